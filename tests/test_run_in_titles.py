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
