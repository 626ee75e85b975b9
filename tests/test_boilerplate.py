"""Boilerplate: reporters' credits, access walls, sections set aside."""
from __future__ import annotations

import pytest

from summarize.boilerplate import (inline_header_reason, is_credit, is_heading_like, line_reason, release_boilerplate,
                                   release_wire, set_aside)
from summarize.models import Block, Removed


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


def _kept(*texts: str) -> list[str]:
    return [b.text for b in set_aside([Block(t) for t in texts])[0]]


def test_a_tagline_after_an_about_header_stays_in_the_section():
    body = "Acme opened its first store in Ohio on Monday, the company said in a statement today."
    about = "Acme Research is run by Acme Advisors, LLC, the manager of the Acme Growth Fund and two other funds."
    assert _kept(body, "About Acme Research", "Investing in the Next Economy.\u2122", about) == [body]



def test_a_tagline_after_an_inline_about_header_stays_in_the_section():
    body = "Quarrow Labs opened a new plant in Dunmore on Tuesday, hiring two hundred workers for the line."
    about = "About Quarrow Labs: Quarrow Labs makes precision valves for water utilities across the region."
    mission = "We believe every town deserves clean water, and we build the valves that keep it flowing for decades."
    assert _kept(body, about, "Our Mission Statement", mission) == [body]

def test_a_disclosure_in_brackets_is_set_aside():
    body = "Acme opened its first store in Ohio on Monday, the company said in a statement today."
    assert _kept(body, "(FAIR DISCLOSURE: Acme Fund owns shares of Beta Mining.)") == [body]


@pytest.mark.parametrize("line", ["Read the full report here.", "Watch the full interview here:", "Download the complete study"])
def test_a_link_text_to_the_full_piece_is_boilerplate(line):
    assert line_reason(line) == "link-text"


def test_a_long_line_of_names_with_phone_numbers_stays_in_the_contact_section():
    body = "Acme opened its first store in Ohio on Monday, the company said in a statement today."
    contacts = ("Jo Lind \u2013 Townville Chapter Lead (Cell: 555-201-0101) Omar Haddad \u2013 Townville Billboard "
                "Campaign Lead (555-201-0102) Lena Park \u2013 Townville Chapter President (Cell: 555- 201- 0103)")
    assert _kept(body, "MEDIA CONTACTS:", contacts) == [body]


_BODY = ["Acme opened its first store in Ohio on Monday, the company said in a statement today.",
         "The store employs forty people from the town and sells tools for farms and gardens.",
         "A second store will open in Indiana next spring, Acme said.",
         "Shoppers lined up before the doors opened at nine in the morning."]


def test_an_unlabeled_about_paragraph_before_the_contacts_is_set_aside():
    about = "Acme Tools is a leading maker and provider of farm tools across the Midwest."
    assert _kept(*_BODY, about, "Media Contact", "Jo Lind") == _BODY


@pytest.mark.parametrize("last", [
    "This is the second store Acme has opened in a year.",  # no name describing itself
    "RNA is a powerful tool for growers, Acme said.",  # no kind of organization
])
def test_a_last_paragraph_that_is_no_self_description_stays(last):
    assert _kept(*_BODY, last, "Media Contact", "Jo Lind") == _BODY + [last]


def test_a_self_description_with_nothing_after_it_stays():
    about = "Acme Tools is a leading maker and provider of farm tools across the Midwest."
    assert _kept(*_BODY, about) == _BODY + [about]


@pytest.mark.parametrize("header", ["Additional Information and Where to Find It", "PARTICIPANTS IN THE SOLICITATION",
                                    "No Offer or Solicitation",
                                    "Important Information About the Merger and Where to Find It"])
def test_a_mergers_securities_legends_are_set_aside(header):
    body = "Acme opened its first store in Ohio on Monday, the company said in a statement today."
    legend = "In connection with the merger, Acme intends to file a registration statement on Form S-4 with the SEC."
    assert _kept(body, header, legend) == [body]


@pytest.mark.parametrize("line", ["Disseminated on behalf of Tinmere Energy Corporation", "Distributed on behalf of Tinmere Labs."])
def test_a_line_naming_whom_a_text_is_disseminated_for_is_a_disclaimer(line):
    assert line_reason(line) == "disclaimer"


@pytest.mark.parametrize("line", ["PRESS RELEASE", "Media Advisory", "News Release - May 4, 2026", "NEWS"])
def test_a_label_naming_the_kind_of_text_is_a_release_mark(line):
    assert line_reason(line) == "release-mark"


def test_a_sentence_about_news_is_no_release_mark():
    assert line_reason("News of the merger lifted Tinmere's shares.") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About Acme \u2013 Acme makes tools for farms.", "about"),
        ("About Acme - Acme makes tools.", "about"),
        ("Media Contact: Jane Roe", "contact"),
        ("Acme makes tools for farms in Ohio and Iowa.", None),  # no colon, no dash
    ],
)
def test_an_inline_header_needs_a_colon_or_a_dash(text, expected):
    assert inline_header_reason(text) == expected


def test_a_heading_like_line_has_at_most_twelve_words():
    words = "One two three four five six seven eight nine ten eleven twelve"
    assert is_heading_like(words)
    assert not is_heading_like(words + " thirteen")
    assert not is_heading_like(words.lower())


def test_release_boilerplate_tells_a_release_from_a_news_story():
    assert release_boilerplate([Removed("About Quarrow Labs", "about section")])
    assert release_boilerplate([Removed("###", "end-mark")])
    assert not release_boilerplate([Removed("Quarrow Park, 3pm", "fixture"), Removed("Harbour Plans", "repeated headline")])
    assert not release_boilerplate([])


@pytest.mark.parametrize("dateline, wire", [
    ("QUARROW, ME, May 1, 2026 /24-7PressRelease/ --", True),
    ("Dunmore, PA (Newsworthy.ai) Tuesday May 5, 2026 --", True),
    ("HARBOR CITY - May 1, 2026 (NEWMEDIAWIRE) -", True),
    ("LONDON (Reuters) -", False),
    ("Quarrow, Maine (CNN)", False),
    ("QUARROW, ME, May 1, 2026 --", False),
])
def test_a_dateline_naming_a_press_release_wire_marks_a_release(dateline, wire):
    assert release_wire(dateline) is wire
