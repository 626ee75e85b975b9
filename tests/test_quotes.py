"""Quote marks of a key point lifted out of a quote of several sentences."""
from __future__ import annotations

import pytest

from summarize.quotes import balance, inside_quotes


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


@pytest.mark.parametrize("texts, blocks, expected", [
    (["Mara Quist said, \u201cWe moved the plant.", "We are excited to grow.", "It hires 40 people.\u201d",
      "The plant opened in May."], [0, 0, 0, 1], {1}),
    (['Mara Quist said, "We moved the plant.', "We are excited to grow.", 'It hires 40 people."', "Fine."],
     [0, 0, 0, 1], {1}),
    (["Mara Quist said, \u201cWe moved the plant.", "We are excited to grow."], [0, 1], set()),  # another paragraph
    (["Hamas blessed the attack, \u201cits spokesman posted.", "Tensions rose in the summer.",
      "He said \u201cno.\u201d", "Fine."], [0, 0, 0, 1], set()),  # never closed: a typo, not a long quote
    (['The plant has a 55" screen.', "It shows the output.", 'A "live" feed runs too.', "Fine."], [0, 0, 0, 1], set()),
    (["Mara Quist said, \u201cWe moved the plant.", "We are excited to grow.", "It hires 40 people.\u201d"],
     [0, 0, 0], set()),  # a text of one paragraph: a quote's pairing is no guide there
])
def test_a_sentence_inside_a_longer_quote_is_found(texts, blocks, expected):
    assert inside_quotes(texts, blocks) == expected
