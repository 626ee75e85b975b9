"""Flags for sentences that read badly as a stand-alone bullet.

A key point is read out of context, so a sentence that is a fragment, asks a question,
leans on an earlier sentence ("He added ...", "However, ..."), only praises, or tells the
reader to click somewhere makes a poor bullet however central it is. Each flag is a number
in [0, 1]; the ranker turns their sum into a penalty.
"""
from __future__ import annotations

import functools
import re

from . import resources

FLAGS = ("fragment", "question", "dangling", "praise", "call_to_action", "short", "long")

SHORT_WORDS = 6  # fewer words than this: too thin to be a point
LONG_WORDS = 60  # more than this: penalty grows until twice as many
_FINAL = tuple('.!"\u201d\')\u2019')
_QUOTES = re.compile(r"[\"\u201c\u201d]")
# A word as the ranker sees it: letters or digits, with an inner apostrophe or hyphen.
WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
# "said John Lai" / "she says" / "according to": a quote's attribution.
_ATTRIBUTION = re.compile(r"\b(said|says|adds|added|stated|commented|noted|explained)\b", re.I)


@functools.cache
def _call_to_action() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in resources.lines("call_to_action.txt"))


@functools.cache
def _openers() -> tuple[frozenset[str], tuple[str, ...]]:
    connectives = tuple(sorted(resources.word_set("connectives.txt"), key=len, reverse=True))
    return resources.word_set("weak_openers.txt"), connectives


def _starts_with(lowered: str, phrase: str) -> bool:
    return lowered.startswith(phrase) and (len(lowered) == len(phrase) or not lowered[len(phrase)].isalnum())


def dangling(text: str) -> bool:
    """True when the sentence opens on an unresolved pronoun or a connective: "However, it ..."."""
    lowered = text.lstrip("\"'\u201c\u2018([ ").lower()
    words = WORD.findall(lowered[:40])
    if not words:
        return False
    pronouns, connectives = _openers()
    return words[0] in pronouns or any(_starts_with(lowered, c) for c in connectives)


def praise(text: str, words: list[str]) -> bool:
    """True for a quote of praise with no fact in it (no figure): '"We are thrilled," said X.'"""
    if not (_QUOTES.search(text) or _ATTRIBUTION.search(text)):
        return False
    if any(c.isdigit() for c in text):
        return False
    lowered = " ".join(words).lower()
    return any(re.search(rf"\b{re.escape(p)}\b", lowered) for p in resources.word_set("praise_words.txt"))


def call_to_action(text: str) -> bool:
    """True for calls to action and contact lines: "To learn more, visit example.com."."""
    return any(p.search(text) for p in _call_to_action())


def fragment(text: str, words: list[str]) -> bool:
    """True for text that is not a full sentence: no closing punctuation or a lower-case start."""
    stripped = text.rstrip()
    first = next((c for c in stripped if c.isalnum()), "")
    return not stripped.endswith(_FINAL) or (first.isalpha() and first.islower())


def flags(text: str) -> dict[str, float]:
    """Each flag's value for one sentence: `flags("Why now?")["question"] == 1.0`."""
    words = WORD.findall(text)
    n = len(words)
    return {
        "fragment": float(fragment(text, words)),
        "question": float(text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")),
        "dangling": float(dangling(text)),
        "praise": float(praise(text, words)),
        "call_to_action": float(call_to_action(text)),
        "short": max(0.0, (SHORT_WORDS - n) / SHORT_WORDS),
        "long": min(1.0, max(0.0, (n - LONG_WORDS) / LONG_WORDS)),
    }
