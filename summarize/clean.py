"""Raw text to a `Document`: format, layout, headline, dateline, boilerplate set aside.

The stages, each in its own module: `normalize` (characters), `markup` (markdown and HTML
to blocks, format detection), `layout` (hard wraps), `headings` (headings run into their
text), `dateline`, `boilerplate`. This module only puts them in order and finds the
headline and subheadline.
"""
from __future__ import annotations

import functools
import re

from .boilerplate import ACCESS_WALL, header_reason, line_reason, set_aside
from .dateline import MONTH, WEEKDAY, embedded, find_dateline, glued_to_title, release_date
from . import lexicon
from .errors import InputError, UsageError
from .headings import split_glued_headings, title_case_heading
from .layout import WIRE_OPENING, spaced_quotes, split_labels, split_lost_breaks, text_blocks, without_footnote_marks
from .markup import FORMATS, detect_format, html_blocks, markdown_blocks
from .models import Block, Dateline, Document, Removed
from .normalize import entities, normalize

HEADLINE_WORDS = 30
SUBHEADLINE_WORDS = 45
DATELINE_BLOCKS = 8  # the dateline is looked for in this many blocks after the headline
REPEAT_RATIO = 1.6  # a block this close in length to the headline and containing it repeats it
_NOT_HEADLINE_END = tuple(".:;,")
LEAD_BLOCKS = 3  # a sentence restating the headline is looked for in this many first blocks
# a sentence end, for the one place the cleaner reads sentences: "claim? Filing" -> "claim?", "Filing"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z])")


KICKER_WORDS = 4  # a label above the headline: "Quarterly Results", "Technology"
KICKER_TITLE_WORDS = 6  # the title under it is at least this long, and twice as long
# A fixture's details over a sports preview, one a line: venue, "Tuesday, 1 March", "2000 GMT",
# referee, broadcaster. Known by a date alone and a time alone among its first lines.
FIXTURE_LINES = 6
FIXTURE_WORDS = 8
_DATE_ALONE = re.compile(rf"{WEEKDAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?", re.I)
_TIME_ALONE = re.compile(r"\d{1,2}[:.]?\d\d\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|[ECMP][SD]?T)?|(?:kick-?off|ko)\s*:?\s*\d{1,2}[:.]?\d\d.{0,10}", re.I)
_WORD_RUN = re.compile(r"\w+")


# The ASCII characters `\w` does not match, deleted by str.translate.
_ASCII_NON_WORD = {i: None for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")}


@functools.lru_cache(maxsize=1024)  # each block is compared several times
def _key(text: str) -> str:
    """Text compared loosely: case, punctuation and spaces ignored."""
    if text.isascii():  # (most text: translate is twice as fast as the regex)
        return text.translate(_ASCII_NON_WORD).casefold()
    return "".join(_WORD_RUN.findall(text)).casefold()  # (faster than deleting the non-word runs)


def _blocks(text: str, fmt: str) -> tuple[list[Block], list[Removed]]:
    if fmt == "html":
        _title, blocks, removed = html_blocks(text)
        return blocks, removed
    if fmt == "markdown":
        return markdown_blocks(text)
    return text_blocks(text), []


def _fixture(blocks: list[Block], removed: list[Removed]) -> None:
    """Set aside a fixture's lines opening a sports preview, so the venue is no headline."""
    top = []
    for block in blocks[:FIXTURE_LINES]:
        if block.kind != "paragraph" or len(block.text.split()) > FIXTURE_WORDS or block.text.endswith(_NOT_HEADLINE_END):
            break
        top.append(block.text)
    if any(_DATE_ALONE.fullmatch(t) for t in top[:3]) and any(_TIME_ALONE.fullmatch(t) for t in top[:4]) and len(top) < len(blocks):
        removed.extend(Removed(t, "fixture") for t in top)
        del blocks[: len(top)]


def _headline(blocks: list[Block], removed: list[Removed]) -> str | None:
    """Pop the headline: the first heading, or a first short line without final punctuation.
    A date alone over it stays, for the dateline ("Tuesday, May 4, 2026")."""
    _fixture(blocks, removed)
    _above_headline(blocks, removed)
    if not blocks:
        return None
    at = 1 if len(blocks) > 2 and _date_alone(blocks[0].text) else 0
    if not at and _kicker(blocks):
        removed.append(Removed(blocks[0].text, "kicker"))
        blocks.pop(0)
    first = blocks[at]
    words = first.text.split()
    short = len(words) <= HEADLINE_WORDS and (not first.text.endswith(_NOT_HEADLINE_END)
                                              or words[-1] in lexicon.legal_suffixes())  # "... Acquires Tinmere Corp."
    lead = first.kind == "paragraph" and WIRE_OPENING.match(first.text)  # "(CNN)What's your company doing?"
    if first.kind == "heading" or (first.kind == "paragraph" and short and not lead and find_dateline(first.text) is None):
        blocks.pop(at)
        if len(blocks) > at + 1 and not blocks[at].text.strip(_DECORATION):
            removed.append(Removed(blocks.pop(at).text, "rule"))  # "=====" under the title
        if _goes_on(first.text, blocks, at):
            return f"{first.text} {blocks.pop(at).text}"
        return _HEADLINE_DEBRIS.sub("", first.text) or first.text
    return None


def _goes_on(headline: str, blocks: list[Block], at: int) -> bool:
    """A headline ending with a colon goes on in the short line under it: "Acme Releases the
    Second Book in Its Series:" over "“Team Work: Lessons from a Fable”"."""
    if not headline.endswith(":") or len(blocks) <= at + 1:
        return False
    rest = blocks[at].text
    return (len(rest.split()) <= HEADLINE_WORDS and not rest.endswith(_NOT_HEADLINE_END)
            and not line_reason(rest) and not header_reason(rest) and find_dateline(rest) is None)


# A separator left at a headline's end: "Acme Opens a Plant -", "Acme Opens a Plant |"
_HEADLINE_DEBRIS = re.compile(r"\s+[-\u2013\u2014|/]+\s*$")
ISSUER_WORDS = 6  # "Quarrow Labs, Inc." on a line of its own over the headline
CONTACT_WORDS = 4  # a contact's name or title on a line of its own: "Mara Quist", "Director of Communications"
# A contact's details: an e-mail address, a web address, a telephone number ("555-123-4567", "+1 (555) 123 4567")
_CONTACT_DETAIL = re.compile(r"@|www\.|https?://|\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")


def _above_headline(blocks: list[Block], removed: list[Removed]) -> None:
    """Set aside the lines over the headline: boilerplate lines ("FOR IMMEDIATE RELEASE"), the
    contact's details under a contact label ("Media Contact:", "Mara Quist", "555-123-4567"),
    and the issuer's name ("Quarrow Labs, Inc.")."""
    contact = False
    while len(blocks) > 1 and blocks[0].kind != "heading":
        text = blocks[0].text
        reason = _decorated_reason(text) or ("contact-line" if contact and _contact_detail(text) else None)
        reason = reason or ("issuer-name" if _issuer_name(text) and _headline_next(blocks) else None)
        if not reason:
            return
        contact = reason == "contact-line"
        removed.append(Removed(text, reason))
        blocks.pop(0)
    if blocks and blocks[0].kind != "heading" and line_reason(blocks[0].text):
        removed.append(Removed(blocks[0].text, line_reason(blocks[0].text)))
        blocks.pop(0)


def _decorated_reason(text: str) -> str | None:
    """`line_reason` of a line whose marks around it are decoration: "*** FOR IMMEDIATE RELEASE ***"."""
    return line_reason(text) or line_reason(text.strip(_DECORATION) or text)


_DECORATION = " *_=~#-"


def _contact_detail(text: str) -> bool:
    """A line of a contact block: an address or number, or a few words naming no event."""
    words = text.split()
    return bool(_CONTACT_DETAIL.search(text)) or (
        len(words) <= CONTACT_WORDS and not text.endswith(("!", "?"))
        and not any(w.lower() in lexicon.headline_verbs() for w in words))


def _headline_next(blocks: list[Block]) -> bool:
    """Whether the block after the first could be the headline: not a body sentence, so that
    a short headline ending "... Acme Corp." is not taken for the issuer's name line."""
    following = blocks[1]
    return following.kind == "heading" or (
        len(following.text.split()) <= HEADLINE_WORDS and not following.text.endswith(_NOT_HEADLINE_END))


def _issuer_name(text: str) -> bool:
    """A company's name alone, with its legal form: "Quarrow Labs, Inc.", "Harbor Mutual LLC"."""
    words = text.split()
    return (len(words) <= ISSUER_WORDS and words[-1] in lexicon.legal_suffixes()
            and not any(w.lower() in lexicon.headline_verbs() for w in words))


def _date_alone(text: str) -> bool:
    """A date and nothing else: "Tuesday, May 4, 2026", "May 4, 2026"."""
    found = find_dateline(text)
    return bool(found and not found[1] and found[0].date and not found[0].place)


def _kicker(blocks: list[Block]) -> bool:
    """Is the first block a kicker, a short category or company label over the real headline
    ("Quarterly Results" over "Brightline Software Reports Record Third-Quarter Revenue")?
    Not a short headline of its own: one with a headline verb ("Acme Acquires Beta") stays."""
    if len(blocks) < 3 or (blocks[0].kind == "heading" and blocks[1].kind != "heading"):
        return False
    label, title = blocks[0].text.rstrip(":"), blocks[1].text
    words, title_words = label.split(), len(title.split())
    return (
        len(words) <= KICKER_WORDS
        and not label.endswith(_NOT_HEADLINE_END)
        and not any(w.lower() in lexicon.headline_verbs() for w in words)
        and max(KICKER_TITLE_WORDS, 2 * len(words)) <= title_words <= HEADLINE_WORDS
        and not title.endswith(_NOT_HEADLINE_END)
        and title_case_heading(title)
        and not line_reason(title)
        and find_dateline(title) is None
    )


def _after_prefix(text: str, key: str) -> int:
    """Offset in `text` just past the characters that spell `key` (see `_key`)."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == len(key):
            return i
        if re.match(r"\w", ch):
            seen += 1
    return len(text)


def _drop_same(text: str, blocks: list[Block], removed: list[Removed], reason: str) -> list[Block]:
    key = _key(text)
    kept = [b for b in blocks if _key(b.text) != key]
    removed.extend(Removed(b.text, reason) for b in blocks if _key(b.text) == key)
    return kept


def _restating(text: str, key: str) -> tuple[str, str] | None:
    """A lead paragraph without its sentence that only restates the headline:
    "Wondering how to file a claim? Filing is easy." -> "Filing is easy." (headline "How to File a Claim")."""
    sentences = _SENTENCE_END.split(text)
    for i, sentence in enumerate(sentences):
        own = _key(sentence)
        if key in own and len(own) <= REPEAT_RATIO * len(key) and len(sentences) > 1:
            return " ".join(sentences[:i] + sentences[i + 1 :]), sentence
    return None


def _dateline_before(text: str, key: str) -> str | None:
    """The dateline opening a paragraph that otherwise only repeats the headline:
    "NEW YORK, NY, May 2, 2025 /Wire/ -- Acme Wins Award" keeps its dateline."""
    found = find_dateline(text)
    if found and found[1] and _key(found[1]) == key:
        return text[: len(text) - len(found[1])].strip()
    return None


def _drop_repeats(headline: str, blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The headline kept once: repeats go, and so does a headline opening a paragraph."""
    key = _key(headline)
    long_headline = len(headline.split()) >= 4
    kept = []
    for block in blocks:
        own = _key(block.text)
        dateline = _dateline_before(block.text, key) if key and key in own else None
        if dateline:
            removed.append(Removed(block.text[len(dateline):].strip(), "repeated headline"))
            kept.append(Block(dateline, block.kind))
        elif key and (own == key or (key in own and len(own) <= REPEAT_RATIO * len(key))):
            removed.append(Removed(block.text, "repeated headline"))
        elif key and key in own and len(kept) < LEAD_BLOCKS and _restating(block.text, key):
            text, restated = _restating(block.text, key)
            removed.append(Removed(restated, "repeated headline"))
            kept.append(Block(text, block.kind))
        elif long_headline and own.startswith(key):
            cut = _after_prefix(block.text, key)
            removed.append(Removed(block.text[:cut], "repeated headline"))
            rest = block.text[cut:].lstrip(" .:-\u2013\u2014")
            if rest:
                kept.append(Block(rest, block.kind))
        else:
            kept.append(block)
    return kept


def _second_dateline(blocks: list[Block], i: int, dateline: Dateline) -> Dateline:
    """After a dateline on a line of its own, a second one in the next blocks leaves too."""
    for j in range(i + 1, min(i + 3, len(blocks))):
        second = find_dateline(blocks[j].text)
        glued = None if second else glued_to_title(blocks[j].text)
        if second or glued:
            other, rest = second or glued[1:]
            blocks[j : j + 1] = ([Block(glued[0], "heading")] if glued else []) + [Block(rest, blocks[j].kind)]
            return Dateline(text=dateline.text, place=dateline.place or other.place, date=dateline.date or other.date)
        if len(blocks[j].text.split()) > SUBHEADLINE_WORDS:
            break
    return dateline


def _early_mark(removed: list[Removed]) -> tuple | None:
    """A dated release mark set aside above the headline ("PRESS RELEASE - May 4, 2026")."""
    for item in removed:
        if item.reason == "release-mark" and (date := release_date(item.text)):
            return date, item.text, -1
    return None


def _dateline(blocks: list[Block], marked: tuple | None = None) -> tuple[Dateline | None, int]:
    """The dateline and the index of its block among the first few, or (None, -1).

    Some wires print two: "Naples, United States - August 5, 2025 / Apex /" on a line of
    its own, then "NAPLES, FL -- Apex Flooring ..."; both leave the body, the fields of the
    first win and the second fills in what the first lacks.
    """
    # a date after "FOR IMMEDIATE RELEASE", for a dateline without one
    for i, block in enumerate(blocks[:DATELINE_BLOCKS]):
        reason = line_reason(block.text)
        if reason == "release-mark" and marked is None:
            marked = (release_date(block.text), block.text, i)
        if reason or header_reason(block.text):
            continue
        found = find_dateline(block.text)
        if found:
            dateline, rest = found
            blocks[i] = Block(rest, block.kind)
            return _dated((_second_dateline(blocks, i, dateline) if not rest else dateline), marked), i
        glued = embedded(block.text) or glued_to_title(block.text)
        if glued:
            prefix, dateline, rest = glued
            blocks[i : i + 1] = [Block(prefix, "heading"), Block(rest, block.kind)]
            return _dated(dateline, marked), i + 1
        if i >= 1 and block.kind == "paragraph" and len(block.text.split()) > SUBHEADLINE_WORDS:
            break  # past the first real paragraphs
    if marked and marked[0]:
        return Dateline(text=marked[1], date=marked[0]), marked[2]
    return None, -1


def _dated(dateline: Dateline, marked: tuple | None) -> Dateline:
    """The dateline, its date taken from the release mark when it has none."""
    if dateline.date or not marked or not marked[0]:
        return dateline
    return Dateline(text=dateline.text, place=dateline.place, date=marked[0])


def _subheadline(blocks: list[Block], before: int) -> str | None:
    """A heading (or a short unpunctuated line) between the headline and the body."""
    if not blocks:
        return None
    first = blocks[0]
    if before == 0 or not first.text or header_reason(first.text) or line_reason(first.text):
        return None
    unpunctuated = not first.text.endswith(_NOT_HEADLINE_END) and not first.text[:1].islower()
    if first.kind == "heading" or (before > 0 and len(first.text.split()) <= SUBHEADLINE_WORDS and unpunctuated):
        blocks.pop(0)
        return first.text
    return None


def _unique(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """Paragraphs pasted twice are kept once."""
    seen: set[str] = set()
    out = []
    for block in blocks:
        key = _key(block.text)
        if key in seen and len(key) > 40:
            removed.append(Removed(block.text, "repeated paragraph"))
            continue
        seen.add(key)
        out.append(block)
    return out


def _access_wall(kept: list[Block], removed: list[Removed], name: str) -> list[str]:
    """A page behind a password or a login ("This content is password protected ...") is
    no release: an InputError when nothing else is left, else a warning that text may lack."""
    if not any(r.reason == ACCESS_WALL for r in removed):
        return []
    if not kept:
        raise InputError(f"{name}: the page asks for a password or a login; there is no release text to summarize")
    return [f"{name}: the page asks for a password or a login; the text may be incomplete"]


def _reads_as_prose(line: str) -> bool:
    """A line that ends as a sentence does and is too long for a title: "Acme opened a plant in
    Ohio. \"We are pleased,\" said its chief executive." (not "Acme Opens a Plant in Ohio")."""
    return len(line.split()) > 12 and line.rstrip().endswith((".", "!", "?", '"', "”"))


def clean(text: str, input_format: str = "auto", filename: str | None = None) -> Document:
    """A `Document` from raw text: `clean("Title\\n\\nBody.").headline == "Title"`.

    `input_format` is "auto" (from `filename`'s extension, else the content), "text",
    "markdown" or "html".
    """
    if input_format not in FORMATS:
        raise UsageError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    text = normalize(text)
    fmt = detect_format(text, filename) if input_format == "auto" else input_format
    if fmt != "html":
        text = entities(text)
    blocks, removed = _blocks(text, fmt)
    warnings: list[str] = []
    headline = _headline(blocks, removed)
    if headline:
        blocks = _drop_repeats(headline, blocks, removed)
    dateline, where = _dateline(blocks, _early_mark(removed))
    subheadline = _subheadline(blocks, where) if headline else None
    if subheadline:
        blocks = _drop_same(subheadline, blocks, removed, "repeated subheadline")
    blocks = split_glued_headings(split_lost_breaks([b for b in blocks if b.text]))
    kept, set_aside_removed = set_aside(blocks)
    removed.extend(set_aside_removed)
    warnings.extend(_access_wall(kept, set_aside_removed, filename or "input"))
    if not kept and blocks:
        kept = [b for b in blocks if not line_reason(b.text) and not header_reason(b.text)] or blocks
        warnings.append(f"{filename or 'input'}: the whole body looked like boilerplate; kept it")
    if not kept and subheadline:
        kept = [Block(subheadline, "paragraph")]
        warnings.append(f"{filename or 'input'}: no body text; the subheadline stands in for it")
    if not kept and headline and _reads_as_prose(headline):
        kept, headline = [Block(headline, "paragraph")], None  # one line of sentences pasted alone: the body
    kept = spaced_quotes(without_footnote_marks(split_labels(_unique(kept, removed))))
    return Document(
        headline=headline,
        blocks=tuple(kept),
        subheadline=subheadline,
        dateline=dateline,
        removed=tuple(removed),
        warnings=tuple(warnings),
    )
