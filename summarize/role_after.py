"""A role told by a verb right after a name, not set off as an apposition: with "as" ("named
Jane Roe as its new chief financial officer", "elected as member and Chairman of the Board")
or as a founding ("Jane Roe founded Quarrow Labs in 2019"). people.py reads a mention with
these; appositions are apposition.py's.
"""
from __future__ import annotations

import itertools
import re

from . import lexicon
from .names import MONTH_NAMES, looks_like_person
from .titles import title_heads

# A role stated with "as" after the name: "spoke as a doyen of the diplomatic corps", "named
# Jane Roe as its new chief financial officer", "Curtis Brockelman, Jr. as Executive Chairman",
# "Jane Roe, a veteran banker, has joined the company as its CFO"; with only such verbs
# between, so the role is the name's ("positions Emperor as a near-term producer" is not).
_AS = re.compile(
    r"(?:,\s[^,.;:!?\"“”()\n]{1,100},)?\s*(?:(?:has|have|had|will|would|may|might|could|should|can|must|to|is|was|"
    r"were|be|been|being|widely|also|now|previously|formerly)\s+){0,3}"
    r"(?:(?:named|appointed|elected|hired|promoted|selected|confirmed|reappointed|tapped|chosen|designated|"
    r"recognized|recognised|known|regarded|described|introduced|credited|remembered)\s+"
    # a verb whose "as" phrase is its subject's, whatever object or place follows
    r"|(?:joins|joined|join|serves|served|serve|serving|returns|returned|return|continues|continued|continue|"
    r"remains|remained|stays|works|worked|work|acts|acted|act|steps\s+in|stepped\s+in|spoke|speaks|speak|"
    r"participates|participated|comes\s+on\s+board|came\s+on\s+board|began|begins|started|starts)"
    r"(?:\s[^,.;:!?\"“”()\n]{1,60}?)?(?<!\ssuch)(?<!\swell)\s+"
    r"|(?:(?:in|with|for)\s+)?(?:his|her|their)\s+(?:work|role|time|career|tenure|capacity|job)\s+)?"
    r"as\s+(?:(?:a|an|the|its|our|their|his|her)\s+)?(?:new\s+)?(?=[A-Za-z])"
)
_AS_WORDS = re.compile(r"[^,.;:!?()\"“”\n]*")
_AFTER_ROLE = frozenset({"in", "at", "for", "with", "to", "on", "and"})


# A founding told as a deed right after the name, a partner's name between: "Jane Roe founded
# Quarrow Labs in 2019", "Jane Roe and John Doe co-founded the Harbor Guild" (not "founded in 2019").
_FOUNDED = re.compile(r"^(?:\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}|\s+)(?:also\s+)?(co-?)?founded\s+(?:the\s+)?"
                      r"([A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’-]*){0,5})")


_MONTHS = frozenset(MONTH_NAMES.split("|"))  # a date, not a body, after "founded in"


def founded_role(after: str) -> tuple[str | None, str | None]:
    """Role and organization from " founded Quarrow Labs in 2019": the founder of the body named
    (not a place, a month or a person: "founded Salem", "founded March Events")."""
    m = _FOUNDED.match(after)
    if not m:
        return None, None
    org = m.group(2)
    if org in lexicon.places() or org.split()[0] in _MONTHS or looks_like_person(org):
        return None, None
    return ("co-founder" if m.group(1) else "founder"), org


def as_role(after: str) -> str | None:
    """The role in "as a/its/new <role>" right after a name, up to its last title word:
    lower-case ("as its new chief financial officer", "as a doyen of the diplomatic corps")
    or capitalized and not a title before someone else's name ("as Executive Chairman",
    not "as President Trump arrived")."""
    m = _AS.match(after)
    if not m:
        return None
    ws = _AS_WORDS.match(after, m.end()).group(0).split()
    if ws[0][0].islower():
        lower = list(itertools.takewhile(str.islower, ws))
        end = max((i + 1 for i, w in enumerate(lower[:4]) if w in lexicon.title_words()), default=0)
        if end and ws[end:end + 2] == ["of", "the"]:  # "doyen of the diplomatic corps| in Baku"
            end += next((n for n in (4, 3) if len(lower) >= end + n and (len(ws) == end + n or ws[end + n] in _AFTER_ROLE)), 0)
        if end and ws[end:end + 1] == ["and"] and len(ws) > end + 1 and (more := _capitalized_role(ws[end + 1:])):
            return f"{' '.join(ws[:end])} and {more}"  # "as member and Chairman of the Board"
        return " ".join(ws[:end]) or None
    return _capitalized_role(ws)


def _capitalized_role(ws: list[str]) -> str | None:
    """A capitalized role up to its last title word, no name after it: "Executive Chairman"."""
    ws = list(itertools.takewhile(lambda w: w[0].isupper() or w in ("of", "and", "&"), ws[:6]))
    end = max((i + 1 for i, w in enumerate(ws) if w.lower() in title_heads()), default=0)
    if not end or (end < len(ws) and ws[end][0].isupper()):
        return None
    return " ".join(ws[:end])
