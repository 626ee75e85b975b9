"""Escape sequences and control characters never survive into a report."""
from __future__ import annotations

import pytest

from summarize.format import render
from summarize.models import KeyPoint, Participants, Person, Summary
from summarize.sanitize import sanitize, strip_controls


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("plain text", "plain text"),
        ("red \x1b[31mtext\x1b[0m", "red text"),
        ("clear\x1b[2J\x1b[H screen", "clear screen"),
        ("title \x1b]0;you are owned\x07set", "title set"),
        ("link \x1b]8;;http://example.invalid\x1b\\here\x1b]8;;\x1b\\", "link here"),
        ("8-bit \x9b31mCSI", "8-bit CSI"),
        ("reset\x1bc terminal", "reset terminal"),
        ("bell\x07 back\x08space\x00nul\x7fdel", "bell backspacenuldel"),
        ("keeps\nnewlines\tand tabs", "keeps\nnewlines\tand tabs"),
        ("\u05e9\u05dc\u05d5\u05dd caf\u00e9 \U0001F600 e\u0301", "\u05e9\u05dc\u05d5\u05dd caf\u00e9 \U0001F600 e\u0301"),
        ("dangling \x1b[", "dangling "),
    ],
)
def test_strip_controls(raw, clean):
    assert strip_controls(raw) == clean


def test_sanitize_reaches_every_string_of_a_summary():
    summary = Summary(
        source="in\x1b[1m.txt",
        headline="Head\x1b[2Jline",
        key_points=(KeyPoint("Point\x07 one.", 0, 0.5),),
        participants=Participants(people=(Person("Ana\x1b[8m Ruiz", "CEO\x9b", None),), places=("Lima\x1b]2;x\x07",)),
    )
    clean = sanitize(summary)
    assert clean.source == "in.txt" and clean.headline == "Headline"
    assert clean.key_points[0].text == "Point one." and clean.key_points[0].score == 0.5
    assert clean.participants.people[0] == Person("Ana Ruiz", "CEO", None)
    assert clean.participants.places == ("Lima",)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_render_sanitizes_every_format(fmt):
    summary = Summary(source="-", headline="A\x1b[2J headline", key_points=(KeyPoint("It \x1b]0;t\x07works.", 0),))
    output = render(summary, fmt)
    assert "\x1b" not in output and "\x07" not in output and "\\u001b" not in output
    assert "It works." in output
