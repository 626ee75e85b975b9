"""Headings and titles run into a sentence."""
from __future__ import annotations

import pytest

from summarize.run_in_titles import heading_run_in


@pytest.mark.parametrize("text, run_in", [
    ("Our Ferry Story According to the founders, the first ferry sailed in May.", True),  # heading_openers
    ("Our Story One of the first ferries sailed in May.", True),  # run_in_openers.txt
    ("Our StoryThe first ferry sailed in May.", True),  # glued_openers.txt
    ("Lending Forward 2024To further the plan, Harbor Mutual lends more.", True),
    ("Visit our LinkedIn page for the timetable of the ferry.", False),  # "In" ends a brand
    ("Harbor Mutual opened a ferry line to Quarrow on Monday.", False),
])
def test_a_heading_run_into_its_sentence_is_found_by_the_listed_openers(text, run_in):
    assert heading_run_in(text) is run_in


@pytest.mark.parametrize("text, title", [
    ("The Ferry Math Is Different Here In Quarrow, a boat ride is the cost of a house.", True),
    ("The Pier That Changed What Riders Expect Mara Quist, a skipper, says riders wait.", True),
    ("Harbor Mutual Says How Ferries Will Change Ann Berg, its head, spoke on Monday.", True),
    ("All Things Are Possible Foundation will host its harbour awards on Friday night.", False),
    ("Harbor Mutual opened a ferry line to Quarrow on Monday, its first in the north.", False),
])
def test_a_capitalized_is_that_what_or_how_inside_the_first_words_marks_a_title(text, title):
    from summarize.bullets import _words
    from summarize.run_in_titles import title_case

    assert title_case(text, _words(text)) is title
