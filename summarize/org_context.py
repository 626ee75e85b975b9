"""What the words around a capitalized span say of it being an organization's name, for
organizations.sentence_orgs: a heading run into its paragraph ("Tailored Solutions for Diverse
Industries: ..."), a list naming people more than bodies ("supported by B Tomas Vell, Quillan,
Mara Quist and Ana Sorel"), an ordinary word in the possessive opening the name ("Hell’s Kitchen
Neighborhood Association"), and the quoted title of a work ('an editorial titled "..."').
"""
from __future__ import annotations

import re

from . import lexicon
from .names import Span, looks_like_person, spans, words
from .org_names import POLITY_WORDS, is_org_name
from .titles import is_title

# Between the items of a list: "Acme, Beta and Gamma", "Acme & Beta".
LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|,?\s*&\s*")


def owned_by_a_word(sentence: str, owner: Span, s: Span) -> bool:
    """A word in the possessive opens the name: an ordinary one ("Women’s Business Council"),
    a plural's ("Boston Children’s Hospital"), a name's before its legal suffix ("Harry’s Inc."),
    or any after "the", which owns no possessive ("the Hell’s Kitchen Neighborhood
    Association", "the Children’s Theatre Company"); an organization or a place owning a
    unit would be a name ("Acme’s Advisory Board", "Russia’s Foreign Ministry", "the
    Company’s Audit Committee")."""
    if sentence[owner.end:s.start] not in _POSSESSIVE_GAPS or owner.text in lexicon.places():
        return False
    if s.text in _SUFFIXES_AFTER_A_POSSESSIVE:
        # "Harry’s Inc.", "McDonald's Corp.": no owner has a suffix as its unit (but "Acme's Inc. 5000
        # ranking", "Roe's Inc. magazine profile" name the magazine)
        return not _THE_MAGAZINE.match(sentence, s.end)
    if not owner.text.istitle():
        return False
    if " " in owner.text and owner.text.rsplit(None, 1)[-1] in _PLURAL_OWNERS:
        return is_org_name(f"{owner.text}'s {s.text}")  # "Boston Children’s Hospital" (alone: "Women’s Health", a field)
    if " " in owner.text or not is_org_name(s.text):
        return False
    return owner.text.lower() in lexicon.common_words() or (
        sentence.endswith(("the ", "The "), 0, owner.start) and owner.text not in lexicon.org_words()
        and owner.text not in POLITY_WORDS and owner.text not in _BODIES and owner.text.lower() not in lexicon.title_words())


_POSSESSIVE_GAPS = frozenset({"'s ", "’s "})
_THE_MAGAZINE = re.compile(r"\s+(?:\d|magazine\b|list\b|ranking\b)")
# A legal suffix right after a possessive ends a name that has it: "Harry’s Inc.", "Kohl's Corporation".
_SUFFIXES_AFTER_A_POSSESSIVE = frozenset({"Inc.", "Inc", "Corp.", "Corp", "Corporation", "Incorporated", "LLC", "Ltd.",
                                          "Ltd", "Co.", "PLC", "plc", "GmbH", "AG"})
# Plurals whose possessive opens a name rather than owning it: "Boston Children’s Hospital", "People’s Bank".
_PLURAL_OWNERS = frozenset({"Children", "Women", "Men", "People"})


def a_name_s_place(sentence: str, owner: Span, s: Span) -> bool:
    """A name in the possessive, then "of" and a place or a name, is one business's name:
    "Lloyd's of London", "Monkee's of Fair Oaks Ranch" (no owner's thing is "of" a place)."""
    return (sentence[owner.end:s.start] in _POSSESSIVE_OF and " " not in owner.text and owner.text.istitle()
            and owner.text not in lexicon.places() and owner.text.lower() not in lexicon.common_words()
            and not looks_like_person(s.text))


_POSSESSIVE_OF = frozenset({"'s of ", "’s of "})
# Bodies named by one word, which own their units: "the Army’s Delta Force", "the Party’s Central Committee".
_BODIES = frozenset({"Army", "Navy", "Marines", "Military", "Party", "Parliament", "Senate", "Congress", "Pentagon",
                     "Kremlin", "Cabinet", "Court", "Government", "State"})


# What ends a heading run into its paragraph or a list's item: a colon, a dash, or a share in
# brackets ("Excellent Customer Service (74.3%)").
HEADING_END = re.compile(r"\s*(?::(?:\s|$)|\s[-–—]\s|\(\d[\d.,]*%\))")
# What opens such a heading before the span: the sentence's start, or a bullet's dash after a
# colon ("retention: - Excellent ..."), then a few capitalized or small words ("Access to a ").
_HEADING_LEAD = re.compile(r"(?:^|:\s+[-–—•*]\s+|\s[-–—•*]\s+)[\s\"'“‘(#*>-]*"
                           r"(?:(?:[A-Z][\w'’-]*|a|an|the|to|of|for|and|in|on|with)\s+){0,4}$")


def a_run_in_heading(sentence: str, s: Span) -> bool:
    """The span is a heading run into its paragraph, or a list's item, made of ordinary words
    only: "Tailored Solutions for Diverse Industries: ACCA designed ...", "Access to a Leading
    Firm: ...", "- Excellent Customer Service (74.3%)" (not "Acme Labs: ...", a name)."""
    common = lexicon.common_words()
    if not all(w.lower() in common or lexicon.is_function_word(w) or w == "&" for w in words(s.text)):
        return False
    return _HEADING_LEAD.search(sentence, max(0, s.start - 60), s.start) is not None


# The quoted title of a work: 'an editorial titled "Investors Eye ... Technologies in a Growing Market"'.
TITLED = re.compile(r"\b(?:en)?titled,?\s+[\"“]([^\"”]+)[\"”]")


def a_list_of_people(sentence: str, start: int) -> bool:
    """The list opening at `start` names people more than bodies, two at least: "supported
    by B Jane Roe, Quillan, Mara Quist and Tomas Vell" (not "brands such as Richard Mille,
    Rolex and Omega")."""
    items: list[str] = []
    end = start
    for t in spans(sentence[start:]):
        if items and not LIST_GAP.fullmatch(sentence, end, start + t.start):
            break
        items.append(t.text)
        end = start + t.end
    people = sum(map(_a_person, items))
    return people >= 2 and 2 * people >= len(items)


def _a_person(text: str) -> bool:
    """A person's name, or one after an initial or a title: "Kim Roe", "B David Roe"."""
    ws = text.split()
    return looks_like_person(text) or (len(ws) == 3 and _initial_or_title(ws[0]) and looks_like_person(f"{ws[1]} {ws[2]}"))


def _initial_or_title(word: str) -> bool:
    """A word that may stand before a name: "B", "B.", "Dr.", "Professor" (not "J.P." of "J.P. Morgan Chase")."""
    return _INITIAL.fullmatch(word) is not None or word in lexicon.honorifics() or is_title(word)


_INITIAL = re.compile(r"[A-Z]\.?")
