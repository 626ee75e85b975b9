"""Titles and headings run into the text of a sentence, which make it no stand-alone bullet.

A line break lost in conversion glues a heading onto the sentence under it ("Our Story In
1990 we opened a shop."), and a title in title case reads as a sentence when it ends on a
full stop. Both are fragments for the bullets' flags.
"""
from __future__ import annotations

import functools
import re

from . import resources


# Function words capitalized inside a sentence mark a title run into the text:
# "Why The Grid Needs Storage And What It Costs The report says ..."
# Only right after another word (not after ":" or "--", where a sentence may start).
_TITLE_WORD = re.compile(r"(?<=[^\W\d_] )(?:The|And|Of|To|For|With|In|On|At|By|From|Into|Your|Our)\b")
TITLE_MAX_WORDS = 15


def title_case(text: str, words: list[str]) -> bool:
    """True for a title: every word of 4+ letters capitalized in a short line, or a capitalized
    function word among the first six words ("Premium Genetics For Home Growers")."""
    head = _TITLE_WORD.search(" ".join(text.split(None, 6)[:6]))
    if head:
        return True
    if len(words) > TITLE_MAX_WORDS:
        return False
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


# A heading run into the sentence after it, its full stop lost with the line break:
# "Quick and Easy Setup The app pairs in seconds." A capitalized run (small function words
# allowed), then a word that opens a sentence, then a lower-case word. ("One" only as
# "One of": "The League One side won" is a name.)
_HEAD_WORD = r"(?:[A-Z][\w'\u2019&-]*|and|of|the|for|to|in|a|an|on|with|your|vs\.?)"


def _capitalized(words: frozenset[str]) -> str:
    """An alternation of the words capitalized, longest first: "One of|The|A"."""
    return "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _run_in() -> re.Pattern:
    from .headings import heading_openers

    openers = heading_openers() | resources.word_set("run_in_openers.txt")
    return re.compile(rf"{_HEAD_WORD}(?: {_HEAD_WORD}){{1,9}} (?:{_capitalized(openers)}) [a-z]")


# Or glued on with no space at all: "What is Acme?Acme is a shop.", "Our StoryThe shop opened.",
# "Lending Forward 2024To further ..." (a lower-case letter or a year, then a word that opens a
# sentence, glued_openers.txt; "LinkedIn page" and "CoinsDo is" have no such word).
_GLUED_CASE = re.compile(r"[A-Z](?<=[a-z\d][A-Z])")  # cheap tests first: "aB", "4B" (scans only capitals) ...
_GLUED_PUNCT = re.compile(r"[!?][A-Z](?<=[^\W_][!?][A-Z])[a-z]")  # ... and "a?Bc" when "?" or "!" is there


@functools.cache
def _glued() -> re.Pattern:
    openers = _capitalized(resources.word_set("glued_openers.txt"))
    return re.compile(rf"(?:[a-z]{{3}}|(?:19|20)\d\d(?=[A-Z][a-z]))(?:{openers}) [a-z]")


def heading_run_in(text: str) -> bool:
    """True for a heading glued to the sentence after it: "Our Story In 1990 we opened a shop."."""
    if _run_in().match(text) is not None:
        return True
    if ("?" in text or "!" in text) and _GLUED_PUNCT.search(text) is not None:
        return True
    return _GLUED_CASE.search(text) is not None and _glued().search(text) is not None
