"""Lines to paragraphs: undo hard wraps and hyphenation, keep real breaks and list items.

E-mailed releases are wrapped at 70-80 columns, some wires flatten a whole release into one
line with double spaces between paragraphs; both are repaired here so each unit of the body
becomes one line of text.
"""
from __future__ import annotations

import re
from collections.abc import Container

from .dateline import own_line
from .models import Block
from .normalize import squash

# "- item", "* item", "\u2022 item", "1. item", "2) item", "(a) item"
LIST_MARKER = re.compile(r"^\s*(?:[-*+\u2022\u25aa\u25cf\u25e6\u2023]|\(?\d{1,2}[.)]|\([a-z]\))\s+(?=\S)")
# a word broken at a wrap: "inter-" at a line end, "national" at the next line's start
_BROKEN_WORD = re.compile(r"([A-Za-z]+)-$")
_HYPHENATED = re.compile(r"\b([A-Za-z]+)-([a-z]+)\b")
# paragraphs flattened into one long line are separated by two or more spaces
_FLAT_BREAK = re.compile(r"(?<!,)(?<!,\")(?<!,”) {2,}(?![a-z]|\([A-Za-z][\w .-]{1,30}\)[A-Z])")  # not inside a sentence: "David Boren,  president of",
# nor before a wire in brackets glued to the text: "Lynchburg, Virginia  (CNN)Sen. Ted Cruz"
FLAT_LINE = 300  # a line this long with double spaces in it is a flattened release
_WRAP_MIN_WIDTH = 40  # narrower text is a list of short lines (an address), not a wrapped paragraph
_FULL_LINE = 0.7  # a line this close to the widest one was wrapped, not ended
_END = tuple('.!?:;"')
# An upper-case label of two words or more opening a paragraph: "DEFENDANTS' ALLEGED
# MISCONDUCT:The complaint alleges ..." (a heading the wire glued to its paragraph).
_LABEL = re.compile(r"([A-Z0-9][A-Z0-9'\u2019&.,-]*(?: [A-Z0-9&][A-Z0-9'\u2019&.,-]*)+):\s*(?=[A-Z\"\u201c])")
_LABEL_MIN_WORDS = 6  # words after the label: a sentence, not "NAME: value"
GLUED_HEADING_WORDS = 10  # a glued heading or a dateline's opening words are no longer than this (headings.py too)
_NOT_PROSE = re.compile(r"[#>|*+-]|\d+[.)]\s|https?://|www\.")  # markup, a list item or an address


def paragraphs(text: str) -> list[list[str]]:
    """Groups of lines between blank lines; flattened lines split at their double spaces."""
    groups: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", text):
        group: list[str] = []
        for line in chunk.split("\n"):
            # ("  " first: a break needs it, and the look-behinds make the search slow)
            if len(line) > FLAT_LINE and "  " in line and _FLAT_BREAK.search(line.strip()):
                if group:
                    groups.append(group)
                groups.extend([part] for part in _flat_parts(line.strip()))
                group = []
            elif line.strip():
                group.append(line.rstrip())
        if group:
            if groups and _runs_on(groups[-1][-1], group[0]):
                groups[-1].extend(group)  # a line wrapped with a blank line after it
            else:
                groups.append(group)
    return groups


def _flat_parts(line: str) -> list[str]:
    """A flattened line cut at its double spaces, but not inside a sentence: not after a
    word that never ends one ("At the request of  Prime Minister ..."), nor after an
    opening glued to a wire in brackets ("(CNN)A  Palestinian man ...")."""
    parts: list[str] = []
    for part in _FLAT_BREAK.split(line):
        if not part.strip():
            continue
        if parts and _goes_on(parts[-1], len(parts) == 1):
            parts[-1] = f"{parts[-1].rstrip()} {part.lstrip()}"
        else:
            parts.append(part)
    return parts


def _goes_on(part: str, first: bool) -> bool:
    words = part.split()
    if not words or part.rstrip().endswith(_SENTENCE_END):
        return False
    if words[-1] in _NEVER_LAST or _ORDINAL.fullmatch(words[-1]):
        return True
    return first and len(words) <= GLUED_HEADING_WORDS and bool(WIRE_OPENING.match(part))


# An ordinal ends no heading: a double space after it is a non-breaking space's ("a $0.12 1st
# \u00a0Quarter cash dividend"), inside the sentence.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
WIRE_OPENING = re.compile(r"\((?:[A-Z][\w.&' -]{0,30})\)(?=\S)")  # "(CNN)A", "(Reuters)The"
_SENTENCE_END = tuple(".!?\u2026\"\u201d")
# Words that never end a sentence, a heading or a paragraph (lower case: "the", not "The").
_NEVER_LAST = frozenset("a an the of to in on at for with by from into about as and or nor but so that than "
                        "his her its their our your my this these those is are was were be".split())


def _runs_on(last: str, first: str) -> bool:
    """The paragraph goes on past a blank line: the line before it ends mid-sentence and
    the next starts in lower case ("a leading digital marketing agency" / "specializing in
    law firm growth"), as in a release wrapped with a blank line after every line."""
    last, first = last.rstrip(), first.lstrip()
    return (bool(first[:1]) and first[0].islower() and not last.endswith(_END + (",", ")", "”", "’"))
            and not last.isupper() and not _CAMEL_START.match(first)  # "FOR IMMEDIATE RELEASE" / "eCommerceFastlane.com ..."
            and not _NOT_PROSE.match(last.lstrip()) and not _NOT_PROSE.match(first)
            and not own_line(first))  # "las vegas, United States - May 5, 2025 / Acme /": a dateline


_CAMEL_START = re.compile(r"[a-z]+[A-Z]")  # a brand written lower-case first: "eBay", "iPhone"


def hyphenated_words(text: str) -> frozenset[str]:
    """Compounds written with a hyphen inside a line ("well-known"), kept when broken at a wrap."""
    return frozenset(m.group(0).lower() for m in _HYPHENATED.finditer(text))


class Compounds:
    """`hyphenated_words` of a text, found only when a line break first asks (most texts
    have no word broken at a wrap, and the search reads the whole text)."""

    def __init__(self, text: str):
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = hyphenated_words(self._text)
        return word in self._words


def _join(left: str, right: str, keep: Container[str]) -> str:
    """Join two wrapped lines, undoing hyphenation: "inter-" + "national" -> "international"."""
    broken = _BROKEN_WORD.search(left)
    if broken and right[:1].islower():
        word = right.split()[0]
        head = re.match(r"[a-z]+", word)
        compound = f"{broken.group(1)}-{head.group(0) if head else word}".lower()
        if compound in keep:
            return left + right
        return left[:-1] + right
    return f"{left} {right}"


def _title_like(line: str) -> bool:
    return len(line.split()) <= 12 and not line.endswith(_END + (",",)) and line[:1].isupper()


def unwrap(lines: list[str], keep: Container[str] = frozenset()) -> list[Block]:
    """One group of lines to blocks: wrapped lines joined, list items and short lines apart."""
    width = max(len(line.strip()) for line in lines)
    units: list[list] = []  # [text, kind, last line]
    for raw in lines:
        line = raw.strip()
        marker = LIST_MARKER.match(raw)
        if marker:
            units.append([raw[marker.end():].strip(), "list_item", line])
            continue
        if units:
            previous = units[-1][2]
            wrapped = width >= _WRAP_MIN_WIDTH and len(previous) >= _FULL_LINE * width
            if wrapped and previous.endswith(_END) and len(line) < _FULL_LINE * width and _title_like(line):
                wrapped = False  # "...ended.\nAbout Acme": a heading after a paragraph's last line
            continues = not previous.endswith(_END) and line[:1].islower()
            if wrapped or continues:
                units[-1][0] = _join(units[-1][0], line, keep)
                units[-1][2] = line
                continue
        units.append([line, "paragraph", line])
    return [Block(squash(text), kind) for text, kind, _ in units if text.strip()]


# A break the text lost, left as a mark inside a paragraph: a rule of underscores between two
# sections ("... in Italy. ________ A Solemn Start The congress began ..."), or a bullet's star
# glued to the heading above its list ("Why Choose Acme?* Fast Setup: The app ...", not a
# footnote's star before a lower-case word: "(NASDAQ: ACME)* is").
_LOST_BREAK = re.compile(r"\s*_{4,}\s*|(?<=[^\W_]|[?!:)])\*\s+(?=[A-Z])")


def split_lost_breaks(blocks: list[Block]) -> list[Block]:
    """Each paragraph cut where a rule or a bullet's star marks a lost line break, so that
    neither the rule nor the heading before the star joins a sentence."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "paragraph" or ("____" not in block.text and "*" not in block.text):
            out.append(block)  # (most paragraphs: two substring tests)
            continue
        out.extend(Block(part, block.kind) for part in _LOST_BREAK.split(block.text) if part.strip())
    return out


def split_labels(blocks: list[Block]) -> list[Block]:
    """A paragraph opening with an upper-case label becomes a heading and the paragraph, so
    the label never reads as the start of a key point."""
    out: list[Block] = []
    for block in blocks:
        label = _LABEL.match(block.text) if block.kind == "paragraph" else None
        rest = block.text[label.end():] if label else ""
        if label and any(c.isalpha() for c in label.group(1)) and len(rest.split()) >= _LABEL_MIN_WORDS:
            out.extend([Block(label.group(1), "heading"), Block(rest, block.kind)])
        else:
            out.append(block)
    return out


def text_blocks(text: str) -> list[Block]:
    """Plain text to blocks: `text_blocks("Title\\n\\nA long para-\\ngraph.")`."""
    keep = Compounds(text)
    out: list[Block] = []
    for group in paragraphs(text):
        out.extend(unwrap(group, keep))
    return out



# A footnote's mark left in the text when its superscript was flattened: after a sentence's
# end, before the next one ("... by 2030.1 Rising costs ...", "... rose 12%.2 The firm ..."),
# in brackets ("... a panel at Fermilab [1] found ...", "... a study,[2] showed ..."), or a
# superscript after a sentence's punctuation ("... worldwide.\u00b9 Rising ..."). Not a figure
# ("Web 3.0 The", "No.1 Seed": a digit or a short word before the point), a unit ("800 km\u00b2")
# or a reference cited as a noun ("Table 3.2 of [4]", "(Table I, [5])"). Three patterns that
# open on a literal, each tested cheaply, rather than one behind look-behinds (~20x slower).
_DOT_MARK = re.compile(r"[.!?]\d{1,2}(?= +[A-Z\"\u201c])")
_BRACKET_MARK = re.compile(r" ?\[\d{1,2}\](?=[\s.,;:!?)]|$)")
_SUPERSCRIPT_MARK = re.compile(r"(?<=[.,;:!?\"\u201d])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
_BEFORE_DOT_MARK = re.compile(r"(?:[a-z]{3}|[A-Z]{2}|[%)])$")  # "...wide.1", "AI.1", "12%.1" (not "No.1", "3.0")


def without_footnote_marks(blocks: list[Block]) -> list[Block]:
    """The blocks less the footnote marks in their text, so that a sentence ends where it
    should and no key point carries a stray digit: "Sales rose 12%.1 The firm ..." -> "Sales
    rose 12%. The firm ..."."""
    out = []
    for block in blocks:
        text = _without_marks(block.text)
        out.append(block if text == block.text else Block(text, block.kind))
    return out


def _without_marks(text: str) -> str:
    """One text less its footnote marks (cheap substring tests first: most text has none)."""
    if "[" in text:
        text = _BRACKET_MARK.sub(lambda m: "" if _cited(text[: m.start()], m.group()) else m.group(), text)
    text = _DOT_MARK.sub(lambda m: m.group()[0] if _BEFORE_DOT_MARK.search(text[max(0, m.start() - 3):m.start()])
                         else m.group(), text)
    if not text.isascii():
        text = _SUPERSCRIPT_MARK.sub("", text)
    return text


def _cited(before: str, mark: str) -> bool:
    """Whether a bracketed number is a footnote's mark: glued to a word or a sentence's
    punctuation, or after a space that follows a word ("Fermilab [1] found"), not a
    reference cited as a noun ("Table 3.2 of [4]", "(Table I, [5])")."""
    if mark.startswith(" "):
        return bool(before) and (before[-1].isalnum() or before[-1] in '.;:!?%)"\u201d') and not before.endswith(" of")
    return bool(before) and (before[-1].isalnum() or before[-1] in '.,;:!?%)"\u201d')


# A quote opened right after a sentence's end, its space lost: 'from Brazil."Today's vote ..."'.
# The splitter reads such a mark as closing the sentence before ('world."Over the last year'
# is one), so the quote would lose its opening mark. An even count of quote marks before it,
# and one after it to close it, tell that it opens (normalized text has straight quotes only).
# (Not once spaced, 'Brazil." Today's': a quote running over paragraphs upsets the count.)
_GLUED_QUOTE = re.compile(r'[.!?]"(?<=[^\W\d_][.!?]")(?=[A-Z][a-z])')  # (the look-behind after a literal: faster)


def spaced_quotes(blocks: list[Block]) -> list[Block]:
    """The blocks with a space before each quote opened right after a sentence's end:
    'from Brazil."Today's vote ...," said Ann.' -> 'from Brazil. "Today's vote ...'."""
    out = []
    for block in blocks:
        text = block.text
        if '."' in text or '!"' in text or '?"' in text:
            spaced = _GLUED_QUOTE.sub(lambda m: _quote_side(text, m), text)
            if spaced != text:
                block = Block(spaced, block.kind)
        out.append(block)
    return out


def _quote_side(text: str, found: re.Match[str]) -> str:
    opens = text.count('"', 0, found.start()) % 2 == 0 and '"' in text[found.end():]
    return found.group()[0] + ' "' if opens else found.group()
