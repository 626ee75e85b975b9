"""Quote marks of a key point lifted out of a quote of several sentences."""
from __future__ import annotations

import pytest

from summarize.quotes import balance


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote that runs on into the next sentence is closed at the end
        ('Ms. Roe said: "We will open the plant in May.', 'Ms. Roe said: "We will open the plant in May."'),
        ("Ms. Roe said: \u201cWe will open the plant in May.", "Ms. Roe said: \u201cWe will open the plant in May.\u201d"),
        ('"We won," she said. "We will win again.', '"We won," she said. "We will win again."'),
        # the end of a quote opened in an earlier sentence is opened at the start
        ('It is a good day," said Jane Roe.', '"It is a good day," said Jane Roe.'),
        ("It is a good day.\u201d", "\u201cIt is a good day.\u201d"),
        ('Shelter and water are "urgent" needs," the agency said.', 'Shelter and water are "urgent" needs," the agency said.'),
        # a figure before a lone mark is inches; a figure before a closing mark is a title's end
        ('The 55" screen ships in May.', 'The 55" screen ships in May.'),
        ('The trailer for "Mission 5" is out, "a first look.', 'The trailer for "Mission 5" is out, "a first look."'),
    ],
)
def test_a_lone_mark_gets_its_pair(text, expected):
    assert balance(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp. opened a plant in Ohio.",
        '"We won," she said.',
        "\u201cWe won,\u201d she said.",
        'The film "Up" opened in May, "a triumph" says one critic.',
        # nested quotes in one style: which mark is lone is unclear, so none is added
        '"Our blog, "How to Grow" shows how," said Roe.',
    ],
)
def test_balanced_or_unclear_text_is_left_as_it_is(text):
    assert balance(text) == text
