"""Quote marks of a sentence lifted out of its paragraph, balanced so the bullet reads right.

A quote of several sentences opens in one and closes in another, so a key point may hold
half a pair: `McClaren said: "We are playing exciting football.` or `We will not stop."`.
Out of context the first looks like a typo and the second reads as the release's own voice.
As an editor excerpting a quote does, `balance` adds the missing mark at the open end and
changes no word. A mark it cannot place for sure (quotes nested in the same style, a
title in quotes beside a quote) is left as it is.

The same reading tells the ranker which sentences speak for a speaker named in another one:
a sentence that is all quote (`unattributed_quote`) and one with no mark inside a quote that
its neighbours open and close (`inside_quotes`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_OPEN, _CLOSE = "\u201c", "\u201d"
_QUOTES = re.compile(r"[\"\u201c\u201d]")
_DIGIT = re.compile(r"\d")
# After one of these (or at the start) a straight quote opens a quote: ` "We`, `("We`, `:"We`.
_BEFORE_OPENING = " \t\n([{:\u2014\u2013-/"


def balance(text: str) -> str:
    """`text` with a lone opening quote closed at the end, or a lone closing one opened at
    the start: `balance('He said: "We won.')` -> `'He said: "We won."'`."""
    return _balance_straight(_balance_curly(text))


def _balance_curly(text: str) -> str:
    opens, closes = text.count(_OPEN), text.count(_CLOSE)
    if opens == closes + 1 and text.rfind(_OPEN) > text.rfind(_CLOSE):
        return text + _CLOSE
    if closes == opens + 1 and text.find(_CLOSE) < _first(text.find(_OPEN)):
        return _OPEN + text
    return text


def _first(position: int) -> float:
    return float("inf") if position < 0 else position


def _balance_straight(text: str) -> str:
    marks = _straight_marks(text)  # whether each mark opens a quote, in order
    if len(marks) % 2 == 0:
        return text
    if not marks[0]:
        return '"' + text  # `priorities" in Port Vila.`
    if marks[-1] and (len(marks) == 1 or not marks[-2]):
        return text + '"'  # `said: "We won.`, `"Fine," he said. "We won.`
    return text


def _straight_marks(text: str) -> list[bool]:
    """For each straight double quote, whether it opens a quote. One after a figure closes
    an open quote (`"Mission: Impossible 5"`) and is otherwise inches (`a 55" screen`)."""
    out: list[bool] = []
    i = text.find('"')
    while i >= 0:  # (find, not a loop over every character: most sentences hold no quote)
        if i and text[i - 1].isdigit():
            if out and out[-1]:
                out.append(False)
        else:
            out.append(_opens(text, i))
        i = text.find('"', i + 1)
    return out


def _opens(text: str, i: int) -> bool:
    """Whether the straight quote at `i` opens a quote: nothing or a space-like mark before it,
    a word after it."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _BEFORE_OPENING and not after.isspace()


# A sentence that is all quote: `"We are back!"`, or the first or last sentence of a longer
# quote (`"We are back.`, `We won."`). Its speaker is named in another sentence.
_OPENING = ('"', "\u201c")
_CLOSING = ('"', "\u201d")


def unattributed_quote(text: str) -> bool:
    """True for a sentence that is all quote with no figure: `"We are back in town!"`."""
    stripped = text.strip()
    if '"' not in stripped and "\u201c" not in stripped and "\u201d" not in stripped:
        return False  # (most sentences quote no one: three string tests are cheaper than findall)
    marks = _QUOTES.findall(stripped)
    if not marks or len(marks) > 2 or _DIGIT.search(stripped):
        return False
    opens = stripped.startswith(_OPENING)
    closes = stripped.endswith(_CLOSING)
    if len(marks) == 2:
        return opens and closes
    return (opens and not closes) or (closes and not opens and stripped[-2:-1] in ".!?")


def quote_open_after(text: str, open_: bool) -> bool:
    """Whether a quote is open after `text` when one was open (`open_`) before it:
    `quote_open_after('Ann said: \u201cWe won.', False)` is True (curly marks tell; a straight
    one opens after a space or at the start, as `balance` reads it, inches aside)."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return open_
    last = max(text.rfind("\u201c"), text.rfind("\u201d"))
    if last >= 0 and '"' not in text[last:]:
        return text[last] == "\u201c"
    marks = _straight_marks(text)
    return marks[-1] if marks else open_


def _first_mark_closes(text: str) -> bool:
    """Whether the first quote mark in a sentence that holds one closes a quote."""
    curly = min((i for i in (text.find("\u201c"), text.find("\u201d")) if i >= 0), default=len(text))
    straight = text.find('"')
    if 0 <= straight < curly:
        marks = _straight_marks(text)
        return bool(marks) and not marks[0]
    return curly < len(text) and text[curly] == "\u201d"


def inside_quotes(texts: Sequence[str], blocks: Sequence[int]) -> set[int]:
    """The indices of the sentences with no quote mark that stand inside a quote opened
    by an earlier sentence of their paragraph and closed by a later one: in 'Ann Lee said,
    "We moved. The plant runs. It hires 40."' the middle one, whose speaker is named
    elsewhere ("We are excited to ..." read alone speaks for no one). A quote that never
    closes, or meets another opening mark first, is a typo and holds no sentence; so is
    any in a text of one paragraph, where a typo's quote runs on over the whole text."""
    out: set[int] = set()
    if len(set(blocks)) < 2:
        return out
    pending: list[int] = []
    open_, block = False, None
    for i, (text, b) in enumerate(zip(texts, blocks)):
        if b != block:
            open_, block, pending = False, b, []
        if '"' not in text and "\u201c" not in text and "\u201d" not in text:
            if open_:
                pending.append(i)
            continue
        if pending and _first_mark_closes(text):
            out.update(pending)
        pending = []
        open_ = quote_open_after(text, open_)
    return out
