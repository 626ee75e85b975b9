"""Boilerplate sentences: reporters' credits."""
from __future__ import annotations

import pytest

from summarize.boilerplate import is_credit


@pytest.mark.parametrize("sentence, expected", [
    ("CNN's Dana Price contributed to this report.", True),
    ("Dana Price reported from Kigali, and Omar Haddad wrote from London.", True),
    ("Omar Haddad reported and wrote this story from Lisbon.", True),
    ("The readers contributed to the fund in record numbers last year.", False),
    ("New cases were reported from three provinces on Monday, the ministry said, and more are "
     "expected over the coming weeks as the testing of samples from the northern districts continues.", False),
])
def test_a_reporters_credit(sentence, expected):
    assert is_credit(sentence) is expected
