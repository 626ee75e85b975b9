"""Headings run into the text after them, their line break lost: a title-case heading glued
to its sentence ("The Hidden Costs of Undetected LeaksLeaks may seem minor"), an "About"
heading run into its paragraph, a one-word section heading. Each becomes a heading block of
its own, so it neither starts a key point nor hides where a boilerplate section opens.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .layout import GLUED_HEADING_WORDS
from .models import Block
from .prefilter import trie_alternation

# A heading glued to the sentence after it, its line break lost: "ConclusionAs the market
# grows", "One-click Traderoom accessIn contrast to ...". The glue is a lower-case letter
# right before a capitalized opener (`heading_openers`); camel-case names that end in one are no glue.
_CASE_CHANGE = re.compile(r"[A-Z](?<=[a-z][A-Z])")  # a capital after a lower-case letter (scanning capitals only: faster)
_CAMEL_CASE = frozenset({"LinkedIn", "CheckIn", "SignIn", "LogIn", "PlugIn", "BuiltIn", "OptIn", "AllIn", "WeWork"})
_HEADING_START = re.compile(r"(?:^|(?<=[.!?:])\s*|(?<=[.!?]\")\s*)(?=[A-Z0-9])")

# A capitalized common word glued to a capitalized name: "PlansHelium", "EngagementDmail".
_GLUED_NAME = re.compile(r"([A-Z](?<![\w#@./:-][A-Z])[a-z]{3,})([A-Z][A-Za-z0-9]{2,})\b")  # (look-behind second: faster)
# Second halves of camel-case brands, never a name the heading runs into: "PRISM MediaWire".
_BRAND_ENDS = frozenset({"Wire", "Media", "Tech", "Hub", "Lab", "Labs", "Pay", "Net", "Works", "Soft", "Link", "Cast",
                         "Point", "Book", "Box", "Chain", "Coin", "Swap", "Hash", "Data", "Cloud", "Bank", "Care",
                         "Health", "Force", "News", "Bot", "Verse", "Scape", "Stream", "Sync", "Ware"})
# An "About" heading run into its paragraph, which names the organization again: "About Acme
# Centers At Acme Centers children learn ...", "ABOUT ACME BOOKS Acme Books is ...".
_ABOUT_GLUED = re.compile(r"(About\s+(?:the\s+)?((?-i:[A-Z])[^!?:\n]{1,80}?))\s*"  # (no space: "About BioUtahBioUtah is")
                          r"(?=(?:(?:At|For|Since|In|With|As|Founded|Today|Established)\s+(?:the\s+)?)?\2(?!\w))", re.I)
# ... or into a sentence opener: "About Galbani Cheese Since its beginnings in 1882, ...".
_ABOUT_OPENER = re.compile(r"(About\s+(?:the\s+)?(?:[A-Z][\w&.'’®™-]*\s+){0,5}[A-Z][\w&.'’®™-]*)\s+"
                           r"(?=(?:Since|Founded|Established|Headquartered|Based|With|For|As|The|Our|We|At|In)\s+[a-z])")
# ... or glued to its first sentence with no space at all (a link's text, then the line
# break lost): "About AcmeSoftMake your hiring faster ..." -> "About AcmeSoft".
_ABOUT_CAMEL = re.compile(r"(About\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*?[a-z])(?=[A-Z][a-z]+\s+[a-z])")
# A one-word section heading before a capitalized sentence: "Background Recent events have ...".
_SECTION_WORD = re.compile(r"((?:Background|Overview|Summary|Conclusion|Introduction|Highlights|Methodology|Outlook))"
                           r"\s+(?=[A-Z][a-z]*\s+[a-z])")
# A title-case heading run into the sentence after it with a space: "More Access, More Risk
# According to the study, ...", "A Thoughtful Approach to Everyday Nutrition Rather than ...".
# Group 1 is the heading, group 2 the capitalized word opening the sentence (read against
# `heading_openers`), which a lower-case word follows.
_TITLE_WORD = r"[\"\u201c(]?[A-Z0-9][^\s]*"
_TITLE_SMALL = r"(?:of|and|the|to|for|in|on|with|at|by|a|an|or|from|into|vs\.?|&|[-\u2013\u2014|])"
_TITLE_RUN = re.compile(rf"({_TITLE_WORD}(?:\s+(?:{_TITLE_SMALL}\s+)*{_TITLE_WORD}){{1,9}})\s+(?=([A-Z][a-z]*)\s+[a-z])")
_TITLE_RUN_MIN_WORDS = 3

_NUMBER_ONLY = re.compile(r"\(?\d{1,2}[.)]?")


def split_glued_headings(blocks: list[Block]) -> list[Block]:
    """Each heading glued to the sentence after it becomes a heading block of its own, so
    that it neither starts a key point nor hides a boilerplate section's start."""
    out: list[Block] = []
    words = _word_counts(blocks)
    for block in _about_split(blocks):
        text = block.text
        lead = _leading_heading(text, blocks, words) if block.kind != "heading" else None
        if lead:
            out.append(Block(lead.group(1), "heading"))
            text = text[lead.end():]
        while block.kind != "heading" and (cut := _glue_point(text, words)):
            start, end = cut
            before = text[:start].strip()
            if before and not _NUMBER_ONLY.fullmatch(before):  # "3." of "3. Advanced analyticsThe ..."
                out.append(Block(before, block.kind))
            out.append(Block(text[start:end].strip(), "heading"))
            text = text[end:]
        out.append(Block(text, block.kind) if text is not block.text else block)
    return out


# An "About" section run into the paragraph before it, its line break lost: "... is English.About
# Acme SE: Acme SE is the leading ...". The name comes back right after the colon.
_ABOUT_MID = re.compile(r"(?<=[.!?])\s*(About\s+(?:the\s+)?([A-Z][\w&.'’-]*)[^:\n]{0,80}?:\s*)")


def _about_split(blocks: list[Block]) -> list[Block]:
    """Each paragraph with an "About" section run into it, as two paragraphs."""
    out: list[Block] = []
    for block in blocks:
        text = block.text
        m = _ABOUT_MID.search(text) if block.kind == "paragraph" and "About " in text else None
        if m and m.group(2) in text[m.end():m.end() + 80]:
            out.extend([Block(text[:m.start()], block.kind), Block(text[m.start(1):], block.kind)])
        else:
            out.append(block)
    return out


def _leading_heading(text: str, blocks: list[Block], words: _Occurrences | None) -> re.Match[str] | None:
    """A heading run into the start of its paragraph, as group 1: "About Acme Acme makes
    ...", "About Galbani Cheese Since its ...", "Background Recent events have ..."."""
    if text.startswith(("About ", "ABOUT ")):
        return (_ABOUT_GLUED.match(text) or _ABOUT_OPENER.match(text) or _about_named_again(text)
                or _about_glued_to_name(text, words or _Occurrences(blocks)))
    return _SECTION_WORD.match(text) or _title_run(text)


def _title_run(text: str) -> re.Match[str] | None:
    """A title-case heading of three words or more run into its sentence, cut before the
    sentence's opening word: "Expanding Access for U.S. Consumers As part of ..." (not "Acme
    Corp. The company ...", whose first sentence ends, nor a label: "Solana Plan: With ...")."""
    space = text.find(" ")
    if space < 0 or not text[space + 1 : space + 2].isupper():
        return None  # (most paragraphs: "The company said ...")
    found = _TITLE_RUN.match(text)
    if not found or found.group(2).lower() not in heading_openers():
        return None
    heading, rest = found.group(1), text[found.end():]
    if (heading.endswith((".", ":", "!", "?", ",", ";")) or len(heading.split()) < _TITLE_RUN_MIN_WORDS
            or _APPOSITIVE.search(heading) or not title_case_heading(_lettered(heading))):
        return None  # ("Standard Capital, the AI-native Series A firm founded by ...": a sentence)
    question = _QUESTION_END.match(rest)
    return None if question else found  # ("Will Acme Continue With its Growth? Acme ...": the heading goes on)


def _lettered(heading: str) -> str:
    """The heading's words that open on a letter: "Mara Quist (1906-1970)" -> "Mara Quist"."""
    return " ".join(w for w in heading.split() if w[:1].isalpha())


_APPOSITIVE = re.compile(r", (?:a|an|the) ")
_QUESTION_END = re.compile(r"(?:[^\s.!?]+\s+){0,6}[^\s.!?]+\?")  # a question mark within seven words
# "Doreen Dann, a Marquis Who's Who listee", "Quarrow Labs Inc Today announced ..." (a name typed
# without its period, then the sentence's verb)
_NOT_OPENERS = frozenset({"who", "which", "whose", "that", "today", "now"})


@functools.cache
def heading_openers() -> frozenset[str]:
    """The words that open a sentence a heading was run into (lower case)."""
    return (resources.word_set("sentence_starters.txt") | resources.word_set("heading_openers.txt")) - _NOT_OPENERS


@functools.cache
def _glued() -> re.Pattern:
    """A capitalized heading opener right after two lower-case letters: "...LeaksThe" at "The"."""
    # ("Today" is back: after a space it may follow a name typed without its period, "Acme
    # Inc Today announced", but glued on it opens a sentence, "Our YearToday we ...")
    words = (w.capitalize() for w in heading_openers() | {"today"})
    return re.compile(r"(?<=[a-z][a-z])(?=" + trie_alternation(words) + r"\s)")


_ABOUT_NAME_WORDS = 10
_MARKS = "®™,."
# A word of a name in a heading: "DFW", "Car", "Plato's", "SmarTruckHD®" (not "Acme:", "Acme,",
# "Program--The", "AllianceThe", "Denver-based").
_NAME_WORD = re.compile(r"(?!.*(?:--|-[a-z]|[a-z]The$))[A-Z0-9][\w&'’.®™-]*")


def _about_named_again(text: str) -> re.Match[str] | None:
    """"About X" run into a paragraph that names X again, written a little differently: "About
    Salon and Spa Galleria Salon & Spa Galleria is ...": the name's first word comes back after
    a title-case heading (not "About Face Studio opened a store ... and About Face Studio")."""
    words = text.split(None, _ABOUT_NAME_WORDS + 2)
    start = 2 if len(words) > 2 and words[1].lower() == "the" else 1
    if len(words) <= start + 1:
        return None
    first = words[start].strip(_MARKS)
    for j in range(start + 1, min(len(words) - 1, start + _ABOUT_NAME_WORDS)):
        word = words[j]
        if word.strip(_MARKS) == first and first[:1].isupper():
            j -= words[j - 1].lower() == "the"  # ("About the Acme Trust The Acme Trust funds ...")
            if words[j - 1] in _SMALL_WORDS:
                return None  # ("About US SIF and the US SIF Foundation")
            heading = r"\s+".join(map(re.escape, words[:j]))
            return re.match(rf"({heading})\s+", text)
        if not (word in _SMALL_WORDS or _NAME_WORD.fullmatch(word)):
            return None  # (a header with a colon is read whole: "About Acme: Acme makes ...")
    return None


def _about_glued_to_name(text: str, words: _Occurrences) -> re.Match[str] | None:
    """"About AcmeSoftMake your ...", when the release also writes "AcmeSoft" on its own
    (not "About HubSpot users, ...": "Hub" stands nowhere alone)."""
    found = _ABOUT_CAMEL.match(text)
    if not found:
        return None
    return found if words[found.group(1).split()[-1]] else None


class _Occurrences:
    """How often a word stands alone in the release, counted on demand: few words are ever
    asked for, so counting them all would be waste."""

    def __init__(self, blocks: list[Block]):
        self.text = "\n".join(b.text for b in blocks)
        self.counts: dict[str, int] = {}

    def __getitem__(self, word: str) -> int:
        if word not in self.counts:
            self.counts[word] = sum(1 for _ in self._standalone(word))
        return self.counts[word]

    def _standalone(self, word: str):
        """Each place `word` stands alone: not inside a word, an address or a hashtag."""
        text, start = self.text, self.text.find(word)
        while start >= 0:
            end = start + len(word)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "_#@./-") and not (after.isalnum() or after == "_"):
                yield start
            start = text.find(word, start + 1)


def _word_counts(blocks: list[Block]) -> _Occurrences | None:
    """Standalone word counts of the release, when a word looks glued to a name."""
    if not any(_GLUED_NAME.search(b.text) for b in blocks):
        return None  # the common case, at the cost of one search a block
    return _Occurrences(blocks)


def _glued_points(text: str, words: _Occurrences | None) -> tuple[set[int], set[int]]:
    """Where a heading runs into the text with no space, read from one pass over the capitals
    glued to a word: (names, openings).

    Names: a title-case heading runs into a name the release also writes on its own, "Three
    Mining PlansHelium Farm offers ..." (never "OpenAI" or "FluidTokens", which the release
    writes whole again, nor a short right part: "LinkedIn").
    Openings: the heading's last word runs into a sentence whose second word is in lower
    case, "The Hidden Costs of Undetected LeaksLeaks may seem minor" (never a camel-case name
    the release writes whole again: "VideoMost is new ... VideoMost ships")."""
    names: set[int] = set()
    openings: set[int] = set()
    if not words:
        return names, openings
    for m in _GLUED_NAME.finditer(text):
        left, right = m.group(1), m.group(2)
        if right in _BRAND_ENDS:
            continue
        if left.lower() in lexicon.common_words() and words[right] and words[left + right] <= 1:
            names.add(m.start(2))
        elif right[1:].islower() and _LOWER_NEXT.match(text, m.end()) and words[left + right] <= 1:
            openings.add(m.start(2))  # (not "SingularityNET and")
    return names, openings


_LOWER_NEXT = re.compile(r" [a-z]")
# A two-letter opener then a verb: "MoveOn is ...", "SpotOn said ..." (no sentence opens "On is").
_SHORT_OPENER = re.compile(r"[A-Z][a-z] (?:is|was|has|had|have|will|would|said|says|announced|reported)\b")
_SMALL_WORDS = frozenset("of and the to for in on with at by a an or from into vs vs. & - \u2013 \u2014".split())
_STRICT_TITLE_WORDS = 4


def strict_title(heading: str) -> bool:
    """Four words or more, no comma, each capitalized but the small ones: "How to Get
    Affordable Dental Implants" (not "On March 24, Florida Governor Ron De" of "DeSantis
    signed", "Based on Coin" of "CoinGecko data", "Express, ASMPT, Ocean" of "OceanAlpha and")."""
    words = heading.split()
    return len(words) >= _STRICT_TITLE_WORDS and "," not in heading and title_case_heading(heading) and all(
        w[0].isupper() or w in _SMALL_WORDS or not w[0].isalnum() for w in words)


def _glue_point(text: str, words: _Occurrences | None = None) -> tuple[int, int] | None:
    """(start, end) of the first glued heading in `text`, or None."""
    if not _CASE_CHANGE.search(text):
        return None  # every glue is a lower-case letter before a capital; most blocks have none
    names, openings = _glued_points(text, words)
    # (tried only where a capital follows a lower-case letter, faster than scanning the whole
    # text with the look-behind; `match` at a position still sees the letters before it)
    glues = {m.start() for m in _CASE_CHANGE.finditer(text) if _glued().match(text, m.start())}
    openings -= glues
    for pos in sorted(glues | names | openings):
        word_start = max(text.rfind(" ", 0, pos), text.rfind(".", 0, pos)) + 1
        word_end = text.find(" ", pos)
        if text[word_start:word_end].strip("\"'()") in _CAMEL_CASE:
            continue
        start = max((m.end() for m in _HEADING_START.finditer(text, 0, word_start)
                     if text.count("(", 0, m.start()) <= text.count(")", 0, m.start())), default=0)  # not "(ASX: NAN)"
        heading = text[start:pos]
        if not heading.strip() or len(heading.split()) > GLUED_HEADING_WORDS:
            continue
        if pos in openings and not strict_title(heading):
            continue
        if pos in glues and _SHORT_OPENER.match(text, pos):
            continue  # a word glued to a two-letter opener before a verb is a brand, not "OutlookAs demand ..."
        if pos not in names or title_case_heading(heading):
            return start, pos
    return None


def title_case_heading(heading: str) -> bool:
    """Two longer words or more, nearly all capitalized: "Three Exceptional Mining Plans"
    (not "As Green" of "As GreenLeaf noted")."""
    long = [w for w in heading.split() if len(w) > 3]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.75 * len(long)
