"""Quote marks of a sentence lifted out of its paragraph, balanced so the bullet reads right.

A quote of several sentences opens in one and closes in another, so a key point may hold
half a pair: `McClaren said: "We are playing exciting football.` or `We will not stop."`.
Out of context the first looks like a typo and the second reads as the release's own voice.
As an editor excerpting a quote does, `balance` adds the missing mark at the open end and
changes no word. A mark it cannot place for sure (quotes nested in the same style, a
title in quotes beside a quote) is left as it is.
"""
from __future__ import annotations

_OPEN, _CLOSE = "\u201c", "\u201d"
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
