"""Boilerplate leak, headline echo, errors and time over the press-release corpus.

Usage: python bench/bench_boilerplate.py [EVAL_DIR] (default ../shared/eval)

Runs `summarize.pipeline.summarize_text` with default Options over every release in
press_releases_dev.jsonl. Boilerplate regions ("About ..." sections, forward-looking /
safe-harbor statements, contact blocks) are found in the ORIGINAL text by their section
headers, with rules written here independently of the cleaner; each key point is located in
the original text and counted as a leak when it falls inside such a region.
Targets: leak < 0.5% of key points, headline echo 0, errors 0.
"""
from __future__ import annotations

import bisect
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

HEADERS = {
    "about": re.compile(r"about\b", re.I),
    "forward-looking": re.compile(r".{0,30}(forward[- ]?looking|safe[- ]harbou?r|cautionary (note|statement|language))", re.I),
    "contact": re.compile(r"((media|press|investor|investors|public|pr|company)\s+(relations\s+)?(and\s+\w+\s+)?)?(contacts?|inquiries|enquiries)\b", re.I),
}
SEGMENT = re.compile(r"[^\n]+?(?=\s{2,}|\n|$)")
DECORATION = re.compile(r"^[#*_>\s-]+|[*_:\s]+$")
WIRE_MARK = re.compile(r"/\s?[\w .-]{2,30}\s?/\s*(--|\u2014|-)|\((?:[\w .-]*(?:wire|newswire|news|reuters|ai|press)[\w .-]*)\)\s*(--|\u2014|-|\u2013)", re.I)
CAPS_PLACE = re.compile(r"^[A-Z][A-Z.'\- ]{2,30}(,\s*[A-Z][A-Za-z.\- ]{1,25}){0,2}\s*(--|\u2014|\u2013|\s-\s)")
MONTH_DATE = re.compile(r"^(?:[A-Z][\w.'&]*[ ,/-]*){1,8}(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\s*(--|\u2014|\u2013|-|/|\()")


def _segments(text: str):
    """(start, end, text) of lines and of double-space separated parts of long lines."""
    for match in SEGMENT.finditer(text):
        if match.group(0).strip():
            yield match.start(), match.end(), match.group(0)


# "About Acme Centers At Acme Centers children ...": the heading run into its paragraph
ABOUT_RUN_IN = re.compile(r"[Aa]bout\s+(?:the\s+)?([A-Z][^.!?:\n]{1,80}?)\s+(?:(?:[Aa]t|[Ff]or|[Ss]ince|[Ii]n|[Ww]ith|[Aa]s)\s+(?:the\s+)?)?\1\b")

# "About Acme Labs Founded in 1999, Acme ...": the heading run into a sentence opener
ABOUT_OPENER = re.compile(r"[Aa]bout\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,5}[A-Z][\w&.'’-]*\s+"
                          r"(?:Since|Founded|Established|Headquartered|Based|With|For|As|The|Our|We|At|In)\s+[a-z]")


def _header_kind(segment: str) -> str | None:
    bare = DECORATION.sub("", segment.strip())
    if ABOUT_RUN_IN.match(bare) or ABOUT_OPENER.match(bare):
        return "about"
    head, colon, _rest = bare.partition(":")
    words = bare.split()
    title_like = 0 < len(words) <= 12 and not bare.endswith((".", "!", "?", ","))
    for kind, pattern in HEADERS.items():
        if title_like and pattern.match(bare):
            return kind
        if colon and len(head) <= 100 and len(head.split()) <= 12 and pattern.match(head) and pattern.match(head).end() >= len(head) - 60:
            return kind
    return None


def _resumes(segments, i: int) -> bool:
    """A body heading followed by a real paragraph ends a boilerplate region."""
    text = segments[i][2].strip()
    if text.startswith("#"):
        return True
    bare = DECORATION.sub("", text)
    words = bare.split()
    if not (0 < len(words) <= 8) or bare.endswith((".", "!", "?", ",")) or re.search(r"[@\d]|https?:|www\.", bare):
        return False
    capitalized = sum(w[:1].isupper() for w in words) / len(words)
    following = segments[i + 1][2].split() if i + 1 < len(segments) else []
    return capitalized >= 0.6 and len(following) >= 20


def regions(text: str) -> list[tuple[int, int, str]]:
    """Boilerplate regions of the original text: (start, end, kind)."""
    segments = list(_segments(text))
    out: list[tuple[int, int, str]] = []
    current: list | None = None
    for i, (start, end, segment) in enumerate(segments):
        kind = _header_kind(segment) if i else None  # the first line is the headline
        if current and current[2] == "contact" and not kind and len(segment.split()) >= 25 and "@" not in segment:
            current[1] = start  # a contact block is short lines; prose after it is the body
            out.append(tuple(current))
            current = None
            continue
        if kind:
            if current:
                current[1] = start
                out.append(tuple(current))
            current = [start, len(text), kind]
        elif current and _resumes(segments, i):
            current[1] = start
            out.append(tuple(current))
            current = None
    if current:
        out.append(tuple(current))
    return out


def _squeezed(text: str) -> tuple[str, list[int]]:
    """Lower-case letters and digits only, with each one's offset in `text`."""
    chars, offsets = [], []
    for i, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch.lower())
            offsets.append(i)
    return "".join(chars), offsets


def _locate(key_point: str, squeezed: str, offsets: list[int]) -> int | None:
    key, _ = _squeezed(key_point)
    for probe in (key, key[:80], key[-80:]):
        if probe:
            found = squeezed.find(probe)
            if found >= 0:
                return offsets[found]
    return None


def _original_headline(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return DECORATION.sub("", line.strip())
    return None


def echoes(key_point: str, headline: str | None) -> bool:
    """A key point that is mostly the headline again, or carries a dateline."""
    if headline and len(headline.split()) >= 3:
        head, _ = _squeezed(headline)
        own = _squeezed(key_point)[0]
        if head and head in own and len(head) >= 0.6 * len(own):  # mostly the headline again
            return True
    start = key_point[:200]
    return bool(WIRE_MARK.search(start) or CAPS_PLACE.match(start) or MONTH_DATE.match(start))


def main(folder: str = "../shared/eval") -> int:
    from summarize.errors import InputError
    from summarize.pipeline import Options, summarize_text

    rows = [json.loads(line) for line in Path(folder, "press_releases_dev.jsonl").read_text(encoding="utf-8").split("\n") if line.strip()]
    options = Options()
    errors: Counter[str] = Counter()
    refused: list[str] = []
    leaks: Counter[str] = Counter()
    points = unlocated = 0
    echo_docs: list[str] = []
    leak_examples: list[tuple[str, str, str]] = []
    started = time.perf_counter()
    for row in rows:
        text = row["text"]
        try:
            summary = summarize_text(text, options, source=row["id"])
        except InputError as error:  # refused on purpose with a one-line message (a password page)
            refused.append(f"{row['id']}: {error}")
            continue
        except Exception as error:  # noqa: BLE001 - every failure is a figure here
            errors[type(error).__name__] += 1
            continue
        squeezed, offsets = _squeezed(text)
        found = regions(text)
        starts = [r[0] for r in found]
        headline = _original_headline(text)
        echo = False
        for kp in summary.key_points:
            points += 1
            echo = echo or echoes(kp.text, headline)
            where = _locate(kp.text, squeezed, offsets)
            if where is None:
                unlocated += 1
                continue
            i = bisect.bisect_right(starts, where) - 1
            if i >= 0 and found[i][0] <= where < found[i][1]:
                leaks[found[i][2]] += 1
                leak_examples.append((row["id"], found[i][2], kp.text[:120]))
        if echo:
            echo_docs.append(row["id"])
    elapsed = time.perf_counter() - started
    total_leaks = sum(leaks.values())
    print(f"documents: {len(rows)}")
    print(f"key points: {points} (not located in the original: {unlocated})")
    print(f"boilerplate leak: {total_leaks}/{points} = {100 * total_leaks / max(points, 1):.2f}% (target < 0.5%) {dict(leaks)}")
    print(f"headline echo: {len(echo_docs)} documents (target 0)")
    print(f"crashes/errors: {sum(errors.values())} {dict(errors)} (target 0)")
    print(f"refused with a one-line input error: {len(refused)} {refused[:3]}")
    print(f"time: {elapsed:.1f} s total, {1000 * elapsed / max(len(rows), 1):.1f} ms per document")
    if "-v" in sys.argv:
        for doc, kind, text in leak_examples[:40]:
            print(f"  leak [{kind}] {doc}: {text}")
        for doc in echo_docs[:20]:
            print(f"  echo {doc}")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    sys.exit(main(*args[:1]))
