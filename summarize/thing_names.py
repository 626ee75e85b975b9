"""Names release_people.py reads as a person's that the release shows to name a thing: a
name ending on a word the text writes in lower case ("Crypto Comedy"), one written before a
kind of work ("the Harry Potter games"), a body's name that opens with a title ("Broker
Complaint Alert"), a short form of an organization's name ("Golden Matrix").
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .names import words, written_in_lower_case


def ends_on_a_word(name: str, text: str) -> bool:
    """A name whose last word the text also writes in lower case, with no known first name or
    with more words than a person's ("Crypto Comedy", "Sean Casey Animal Rescue"), names a
    thing: its last word is an ordinary noun (not "Paxton Singer", whose surname is a word too)."""
    ws = words(name)
    last = ws[-1]
    if len(ws) < 2 or not last.isalpha() or last.lower() in lexicon.surname_words() or last.lower() in lexicon.title_words():
        return False  # (not "Turi King": a title word is a surname as often)
    if len(ws) == 2 and ws[0] in lexicon.first_names():
        return False  # "Richard Quest", "Nicky Wire"
    return written_in_lower_case(last, text)


def owns_no_one(name: str, text: str) -> bool:
    """The text writes the name other than as a possessive: "CEO of Broker Complaint Alert"
    (not "Prime Minister Dmitry Medvedev's spokeswoman", the owner of a role)."""
    return re.search(rf"(?<!\w){re.escape(name)}(?![\w'’])", text) is not None  # not inside "Complaint Alerts'"


def names_a_work(name: str, text: str) -> bool:
    """The text writes the name before a kind of work or franchise: "the Star Wars DVD trilogy",
    "the Harry Potter games", "the Star Trek franchise" (not "film": "a Tom Cruise film"): a
    work named like a person (data/work_nouns.txt)."""
    if len(words(name)) < 2:
        return False
    after = _work_noun_after()
    start = text.find(name)
    while start >= 0:  # (one pattern per name would be compiled for every name of every release)
        if (start == 0 or not _is_word(text[start - 1])) and after.match(text, start + len(name)):
            return True
        start = text.find(name, start + 1)
    return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@functools.cache
def _work_noun_after() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in sorted(resources.word_set("work_nouns.txt", lower=False), key=len, reverse=True))
    return re.compile(rf" (?:{nouns})\b")


def short_org_name(name: str, orgs: dict[str, set[str]]) -> bool:
    """A name that starts an organization's: "Golden Matrix" (Golden Matrix Group, Inc.),
    "Spring Hill" (Spring Hill Learning Academy); for a person no title, quote or
    attribution backs, the short form of that organization. ("Jane Roe of Acme LLP", a
    person read as an organization, starts none.)"""
    return any(o.startswith(name + " ") and not o[len(name) + 1:].startswith("of ") for o in orgs)
