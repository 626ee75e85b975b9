"""Merging a release's organization mentions into one name each, by short forms: the
longest full form wins, and "Golden Matrix", "GMGI" and "Golden Matrix Group" become aliases
of "Golden Matrix Group, Inc."; so do a name without its place, its people's word, its
parent's initials or the part before "and" ("Department of Justice" of the "U.S. Department
of Justice", "Heart Association" of the "American Heart Association", "Southwestern Medical
Center" of "UT Southwestern Medical Center", "Exchange Commission" of the "Securities and
Exchange Commission"), and an org word written short ("GW Pharma", "GW Pharmaceuticals").
Kept apart from org_aliases.py, which finds the short forms a sentence defines: this compares
the names of a whole release with each other.
"""
from __future__ import annotations

import re

from . import lexicon
from .names import key, strip_suffix, words
from .org_aliases import initials
from .org_names import NAME_OPENERS, POLITY_WORDS, OrgMention
from .titles import is_title


def merge(mentions: list[OrgMention]) -> dict[str, set[str]]:
    """Canonical name -> aliases: the longest full form wins; short forms ("Golden
    Matrix"), acronyms and tickers become its aliases."""
    names: dict[str, set[str]] = {}
    for m in sorted(mentions, key=lambda m: -len(words(m.name))):
        target = _find(names, m.name)
        if target is None:
            # an alias names an organization only as itself: "PPI" is not short for "PPI Umbrella Committee"
            target = next((n for a in m.aliases if (n := _find(names, a, exact=True))), None)
        if target is None:
            names[m.name] = set()
            target = m.name
        elif m.name != target:
            names[target].add(m.name)
        names[target].update(a for a in m.aliases if a != target)
    return names


def short_for(names: dict[str, set[str]], name: str) -> str | None:
    """The organization of `names` that `name` is a short form of, as merge() reads it, or None:
    "Golden Matrix" of "Golden Matrix Group, Inc.", "RedHill" of "RedHill Biopharma Ltd."."""
    return _find(names, name)


# A body a company sets up beside itself, which its short name never means: "Toyota Foundation".
_SIBLING_WORDS = frozenset({"Foundation", "Institute", "Fund", "Trust", "Charity", "Charities", "Society"})


def _find(names: dict[str, set[str]], name: str, exact: bool = False) -> str | None:
    k = key(name)
    for canon, aliases in names.items():
        if k == key(canon) or any(k == key(a) for a in aliases):
            return canon
    if exact:
        return None
    nw = words(strip_suffix(name))
    # "Blackwell 3D Corporation" is short for "Blackwell 3D Construction Corp." too
    nu = nw[:-1] if len(nw) > 2 and nw[-1] in _SPELLED_SUFFIXES else nw
    full = [(canon, words(strip_suffix(canon))) for canon in names]
    org = lexicon.org_words()
    first = None
    for canon, cw in full:
        if len(nw) >= 2 and _unsuffixed(cw) == _unsuffixed(nw):
            return canon  # "Gladstone Commercial Corp." is the "Gladstone Commercial Corporation"
        if (len(nu) < len(cw) and cw[: len(nu)] == nu and not (len(nu) == 1 and nu[0].lower() in lexicon.common_words())
                and name not in lexicon.known_organizations()):  # (the "United Nations" is a body of its own)
            # "Golden Matrix" is short for "Golden Matrix Group, Inc."; of two, for the one only org words
            # follow: "Comcast" of "Comcast Corporation", not of its program "Comcast RISE"
            if all(w in org for w in cw[len(nu):]) and _SIBLING_WORDS.isdisjoint(cw[len(nu):]):
                return canon  # (not a company's foundation: "Toyota" is not the "Toyota Foundation")
            first = first or canon
        if len(cw) > 2 and cw[0] in NAME_OPENERS and cw[1: len(nw) + 1] == nw:
            return canon  # "Pacific Metals", cut from "New Pacific Metals Corp." opening a sentence
    if first:
        return first
    if len(nw) >= 2:
        for canon, aliases in names.items():
            for alias in aliases:
                aw = words(strip_suffix(alias))
                if len(nw) < len(aw) and aw[: len(nw)] == nw:
                    return canon  # "Viking Steel", short for the trade name "Viking Steel Fabricators"
    for canon, cw in full:
        cw = _before_for_the(cw)  # "District Court" of the "U.S. District Court for the Eastern District of Michigan"
        if nw and len(nw) < len(cw) and cw[-len(nw):] == nw and (_a_place(cw[: -len(nw)]) or _a_peoples(cw[: -len(nw)], nw) or (
                cw[-len(nw) - 1] in ("and", "&") and (len(nw) >= 2 or nw != words(name)))
                or (len(nw) >= 2 and len(cw) == len(nw) + 1 and _a_parents_initials(cw[0], nw))):
            # "Southwestern Medical Center" is the "UT Southwestern Medical Center"
            # "Department of Justice" is the "U.S. Department of Justice", "Phillies" the "Philadelphia
            # Phillies"; "Exchange Commission" was cut from the "Securities and Exchange Commission",
            # "Alloys, Inc." from "CC Metals and Alloys, LLC"
            return canon
    return None


def _a_place(ws: list[str]) -> bool:
    """The words name a place, a state's or a county's word after it too: "Texas",
    "Washington State", "Orange County"."""
    return " ".join(ws) in lexicon.places() or (len(ws) > 1 and ws[-1] in POLITY_WORDS
                                                and " ".join(ws[:-1]) in lexicon.places())


def _before_for_the(ws: list[str]) -> list[str]:
    """The words of a name before its "for the" and what the body is for."""
    for i in range(1, len(ws) - 1):
        if ws[i] == "for" and ws[i + 1] == "the":
            return ws[:i]
    return ws


def _a_peoples(head: list[str], rest: list[str]) -> bool:
    """One people's word before a name of two words or more, which the release drops: the
    "Heart Association" is the "American Heart Association", the "Red Cross" the "American Red Cross"
    (not the "University of Hong Kong" beside the "Chinese University of Hong Kong", another one)."""
    return len(head) == 1 and len(rest) >= 2 and head[0] in lexicon.demonyms() and "of" not in rest


def _a_parents_initials(word: str, rest: list[str]) -> bool:
    """A short name's capitals before a name, its owner's ("UT Southwestern Medical Center",
    "NASA Glenn Research Center"); not a title ("SVP"), nor the initials of the rest ("NIA
    Nonprofits Insurance Alliance", a glued acronym)."""
    return (bool(_INITIALISM.fullmatch(word)) and not is_title(word)
            and not initials(rest, "caps_first").startswith(word))


_INITIALISM = re.compile(r"[A-Z]{2,4}")
_SPELLED_SUFFIXES = frozenset({"Corporation", "Incorporated", "Limited", "Company"})  # "Corp.", "Inc." written out


def _unsuffixed(ws: list[str]) -> list[str]:
    ws = [_SHORT_WORDS.get(w, w) for w in ws]  # "GW Pharma" is "GW Pharmaceuticals"
    return ws[:-1] if len(ws) > 1 and ws[-1] in _SPELLED_SUFFIXES else ws


# Org words and their short forms, as one name writes them both ways.
_SHORT_WORDS = {"Pharma": "Pharmaceuticals", "Tech": "Technologies", "Technology": "Technologies",
                "Labs": "Laboratories", "Intl": "International", "Intl.": "International", "Bros.": "Brothers",
                "Mfg": "Manufacturing", "Mfg.": "Manufacturing", "Assn": "Association", "Assn.": "Association"}
