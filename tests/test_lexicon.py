"""Word lists shaped for lookup."""
from __future__ import annotations

import pytest

from summarize import lexicon


@pytest.mark.parametrize("word, expected", [
    ("However", True), ("Additionally", True), ("said", True), ("We're", True), ("you\u2019ve", True),
    ("isn\u2019t", True), ("O'Leary", False), ("Acme", False), ("Bayramov", False),
])
def test_function_words_include_sentence_starters_and_contractions(word, expected):
    assert lexicon.is_function_word(word) is expected


def test_openers_leave_out_words_that_start_names():
    assert {"after", "but", "for", "in"} <= lexicon.openers()
    assert not {"the", "an", "all", "how"} & lexicon.openers()  # "The Walt Disney Company", "An Post"


def test_national_capitals_are_places_whatever_their_size():
    from summarize import lexicon

    assert {"Tunis", "New Delhi", "Helsinki", "Jerusalem"} <= set(lexicon.places())
    assert "Douglas" not in lexicon.places()  # a capital, but mostly a first name


def test_first_names_include_other_countries_but_not_words_surnames_or_places():
    names = lexicon.first_names()
    assert {"Liam", "Vladimir", "Mikhail", "Clive", "Gareth", "Sami"} <= names
    assert not {"Lucky", "Peace", "Kaiser", "Collins", "York", "Nazi", "Jones"} & names
