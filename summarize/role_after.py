"""A role told by a verb right after a name, not set off as an apposition: with "as" ("named
Jane Roe as its new chief financial officer", "elected as member and Chairman of the Board"),
as an appointment without "as" ("Jane Roe has been named Chief Technology Officer", "Acme
promoted Jane Roe to vice president") or as a founding ("Jane Roe founded Quarrow Labs in
2019"). people.py reads a mention with these; appositions are apposition.py's.
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
    return _role_words(after, m.end()) if m else None


def _role_words(after: str, start: int) -> str | None:
    """The role that opens at `start`, up to its last title word (see as_role)."""
    ws = _AS_WORDS.match(after, start).group(0).split()
    if not ws:
        return None
    if ws[0][0].islower():
        lower = list(itertools.takewhile(str.islower, ws))
        end = max((i + 1 for i, w in enumerate(lower[:4]) if w in lexicon.title_words()), default=0)
        if end and ws[end:end + 2] == ["of", "the"]:  # "doyen of the diplomatic corps| in Baku"
            end += next((n for n in (4, 3) if len(lower) >= end + n and (len(ws) == end + n or ws[end + n] in _AFTER_ROLE)), 0)
        if end and ws[end:end + 1] == ["and"] and len(ws) > end + 1 and (more := _capitalized_role(ws[end + 1:])):
            return f"{' '.join(ws[:end])} and {more}"  # "as member and Chairman of the Board"
        return " ".join(ws[:end]) or None
    return _capitalized_role(ws)


# An appointment told without "as". After the name, in the passive: "Jane Roe has been named
# Chief Technology Officer", "was promoted to President", "was elevated to chief operating officer".
_NAMED_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|will|is|was|were|be|been|being|now|also|recently|today)\s+){1,3}"
    r"(?:(?:named|appointed|elected)\s+(?!to\s)|(?:promoted|elevated)\s+to\s+)(?:(?:the|its|our|their|a|an)\s+)?(?:new\s+)?(?=[A-Za-z])"
)
# After the verb and the name, in the active: "Acme named Jane Roe its chief executive",
# "promoted Jane Roe to vice president", "has appointed Jane Roe CEO".
_NAMING_VERB = re.compile(r"\b(?:names|named|appoints|appointed|elects|elected|promotes|promoted|elevates|elevated)\s+$")
_NAMED_BEFORE = re.compile(r"\s+(?:to\s+)?(?:(?:its|our|their|the\s+company's|the\s+company’s)\s+(?:new\s+)?)?(?=[A-Za-z])")

_AWARD_TAIL = re.compile(r"\s+of\s+the\s+(?:Year|Month|Week|Decade|Season|Game|Match|Tournament)\b", re.IGNORECASE)
_NOT_OFFICES = frozenset({"the", "best", "top", "most", "outstanding"})  # a prize or a body, not an office
_BODIES = frozenset({"board", "council", "committee", "panel", "cabinet", "team", "staff", "faculty"})


def appointed_role(before: str, after: str) -> str | None:
    """The office an appointment gives, told without "as": "Jane Roe has been named Chief
    Technology Officer", "Acme named Jane Roe its chief executive" (not "was named one of
    the best", "named Jane Roe on Monday")."""
    m = _NAMED_AFTER.match(after)
    if m is None and _NAMING_VERB.search(before[-16:]):
        m = _NAMED_BEFORE.match(after)
    if m is None or (m.group(0).rstrip().endswith((" a", " an")) and after[m.end()].isupper()):
        return None  # "named a Massachusetts Super Lawyer": an honour
    role = _role_words(after, m.end())
    if role and _AWARD_TAIL.match(after, after.find(role, m.end()) + len(role)):
        return None  # "named Coach of the Year": an award
    if role and (role.split()[0] in _NOT_OFFICES or role.split()[-1] in _BODIES and len(role.split()) == 1):
        return None  # "will be named best supporting actress", "appointed Jane Roe to its board"
    return role


# An appointment a title-case headline tells: "Jane Roe Joins Acme as Chief Marketing Officer",
# "Jane Roe Named Chief Executive", "Acme Appoints Jane Roe as CFO", "Acme Names Jane Roe President".
_HEADLINE_AFTER = re.compile(
    r"\s+(?:(?:Joins|Rejoins|Returns\s+to)(?:\s+[A-Z0-9&][\w&.'’-]*){1,5}\s+as"
    r"|(?:Is\s+|Has\s+Been\s+|Was\s+)?(?:Named|Appointed|Elected|Promoted\s+to|Elevated\s+to|Tapped\s+as)(?:\s+as)?)"
    r"\s+(?:(?:the|its|Its|New|new|Next|next)\s+)*(?=[A-Z])")
_HEADLINE_VERB_BEFORE = re.compile(r"\b(?:Names|Appoints|Promotes|Elects|Hires|Taps|Welcomes|Elevates)\s+$")
_HEADLINE_BEFORE = re.compile(r"\s+(?:as\s+|to\s+)?(?:(?:the|its|Its|New|new)\s+)*(?=[A-Z])")


def headline_office(before: str, after: str) -> str | None:
    """The office a title-case headline gives the name between `before` and `after`:
    ("", " Joins Quarrow Labs as Chief Marketing Officer") -> "Chief Marketing Officer";
    ("Quarrow Labs Names ", " Chief Financial Officer") -> "Chief Financial Officer"."""
    m = _HEADLINE_AFTER.match(after)
    if m is None and _HEADLINE_VERB_BEFORE.search(before):
        m = _HEADLINE_BEFORE.match(after)
    if m is None:
        return None
    role = _capitalized_role(after[m.end():].replace(",", " ").split())
    return None if role and _AWARD_TAIL.match(after, after.find(role, m.end()) + len(role)) else role


def _capitalized_role(words: list[str]) -> str | None:
    """A capitalized role up to its last title word, no name after it: "Executive Chairman",
    "Head of Financial Market Strategy" (a head with what it heads)."""
    ws = list(itertools.takewhile(lambda w: w[0].isupper() or w in ("of", "and", "&"), words[:6]))
    end = max((i + 1 for i, w in enumerate(ws) if w.lower() in title_heads()), default=0)
    if not end or (end < len(ws) and ws[end][0].isupper()):
        return None
    if ws[end - 1] == "Head" and words[end:end + 1] == ["of"]:
        field = list(itertools.takewhile(lambda w: w[0].isupper(), words[end + 1:end + 5]))
        if field:
            return " ".join(words[:end + 1 + len(field)])
    return " ".join(ws[:end])
