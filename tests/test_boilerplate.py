"""Boilerplate sentences: reporters' credits, access walls."""
from __future__ import annotations

import pytest

from summarize.boilerplate import is_credit, line_reason


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


@pytest.mark.parametrize("line", [
    "This content is password protected. To view it please enter your password below:",
    "Password:",
    "You must be logged in to view this content.",
    "This article is available to subscribers only.",
    "Please enable JavaScript to continue.",
])
def test_a_password_or_login_prompt_is_an_access_wall(line):
    assert line_reason(line) == "access-wall"


@pytest.mark.parametrize("line", [
    "This content is password protected and encrypted, so only the patient can read it.",
    "Password managers saw record sales in the quarter.",
    "Members can log in to view their rewards from Monday.",
])
def test_a_sentence_about_passwords_is_no_access_wall(line):
    assert line_reason(line) is None
