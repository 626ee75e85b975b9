"""The role and organization a person of the release is shown with, made final from the
roles their mentions gave: the best role (current over past, a title over a deed, one with its
organization over a longer one), the organization a role holds or names its owner ("SageHome's
CEO", "President of Recharge Resources", "Arsenal manager"), a role owned by another person
("Durst's lawyer"), and the organization's full name for a short form.

Its own module because these rules read only role and organization names, not the mentions
that release_people.py merges into persons.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .names import key, looks_like_person, strip_suffix, surname, words
from .release_orgs import department_of, stands_in
from .titles import RANKS, has_title_head, internal_body, is_title


def shown_role(roles: list[tuple[int, str, bool, bool, str | None]], affiliation: str | None, name: str,
               people: list[str], orgs: dict[str, set[str]], surnames: set[str], text: str) -> tuple[str | None, str | None]:
    """The role and organization a person is shown with, from the roles of their mentions
    (position, role, names a body, a title not a deed, organization) and the affiliation first
    read: the best role, then the organization it holds or its owner names, in full."""
    best = _best_role(roles)
    # the chosen role's own organization: "Acme CEO Jane Roe" after "Jane Roe, former CEO of Beta" is Acme's
    affiliation = best[4] if best and best[4] else affiliation
    if not affiliation and best and PAST_ROLE.match(best[1]):  # only past roles named one
        affiliation = next((r[4] for r in sorted(roles) if r[4]), None)
    role, affiliation = _owner_of_role(_without_description(best[1]) if best else None, affiliation, surnames)
    role = _GENERIC_TAIL.sub("", role) if role and " the " in role else role
    if role and _names_a_body(role):
        return None, None  # "Tulare County Board" (of Supervisors), "then Council" (of Europe): a body read as a role
    role, affiliation = _org_in_role(role, affiliation, orgs)
    role, affiliation = _unit_owner_in_role(role, affiliation, surnames)
    role, affiliation = _named_qualifier(role, affiliation, text)
    if affiliation and role and role.rsplit(None, 1)[-1].lower() in _kinship_words() and not (
            _HONORED.match(affiliation) or _someone_else(affiliation, name, people)):
        affiliation = None  # "grandson" read with "Hilton Hotel", "distant cousin" with England: a tie to a person
    ties = lexicon.person_ties()
    personal = role and (role.rsplit(None, 1)[-1].lower() in ties or role.lower() in ties)  # ("romantic partner")
    if (affiliation and role and (
            (_HONORED.match(affiliation) and (personal or not has_title_head(role) or not affiliation.startswith("Dr")))
            or ((personal or not has_title_head(role)) and _another_persons_name(affiliation, name, people))
            or ((personal or role.startswith(_UNIT_HEAD)) and _someone_else(affiliation, name, people, text, role)))):
        # (an office is held at a body named after a person: "president of Tory Burch", "at Dr Pepper";
        # not after Mr, Sir or Dame: "partner of Sir Elton John")
        # a person owns the role, no organization: "Durst's lawyer Dick Roe" -> role "Durst's lawyer"
        role, affiliation = affiliation + ("' " if affiliation.endswith("s") else "'s ") + role, None
    return role, full_affiliation(affiliation, orgs, name)


# A body the role names by its kind alone, which says nothing the affiliation does not: "CEO| of the
# company", "spokeswoman| for the agency", "partner| of the law firm" (not "head of the team behind ...").
_GENERIC_TAIL = re.compile(r"\s+(?:of|at|with|for)\s+the\s+(?:company|firm|law\s+firm|group|organi[sz]ation|business|bank|fund|"
                           r"agency|charity)(?=$|\s+and\s)")
# An honorific and a name: a person, never a body ("lawyer for Mr Begg", "partner of Sir Elton John").
_HONORED = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+[A-Z][a-z]")
# The head of a unit an owner has, as apposition.py reads ", who leads Acme's research team":
# a person may own it too ("who leads Roe's campaign team").
_UNIT_HEAD = ("head of ", "chair of ")


@functools.cache
def _kinship_words() -> frozenset[str]:
    return resources.word_set("kinship_words.txt")


def _another_persons_name(affiliation: str, name: str, people: list[str]) -> bool:
    """The affiliation is the full name of another person of the release, whatever the role:
    "romantic partner" of "Bobbi Kristina Brown"."""
    k = key(affiliation)
    return " " in affiliation and k != key(name) and any(k == key(p) for p in people)


# Who serves a person in law more often than a body: "Rice's attorney".
_COUNSEL = frozenset({"lawyer", "attorney", "solicitor", "barrister", "counsel", "defense attorney", "defence lawyer"})


def _someone_else(affiliation: str, name: str, people: list[str], text: str = "", role: str = "") -> bool:
    """The affiliation names another person of the release, by full name or surname ("Putin"
    with Vladimir Putin named; not the person's own: "Jane Dugan, CEO at Dugan's Travels"), or,
    for a lawyer, is a surname the text writes after a given name where no person was read (a
    lead's "Kostas Kenteris" and the body's "Kenteris' lawyer"; a club's coach is a club's)."""
    k = key(affiliation)
    if k == key(surname(name)):
        return False
    if any(k == key(p) or (len(words(p)) >= 2 and k == key(surname(p))) for p in people if p != name):
        return True
    return (role in _COUNSEL and " " not in affiliation and affiliation not in lexicon.places()
            and affiliation not in lexicon.honorifics() and re.search(rf"\b(?!(?:The|A|An|In|At|Of|For|By|And|But|With|From|To|On)\b)[A-Z][a-z]+ {re.escape(affiliation)}\b(?! [A-Z])", text) is not None)


_ROLE_JOIN = re.compile(r"\s(?:of|at|for|with)\s+(?:the\s+)?")
# A capitalized word read as the kind of a role by its ending ("Executive producer", "Presidential
# spokesman"), then the rest of the role in lower case.
_QUALIFIED_ROLE = re.compile(r"([A-Z][a-z]+(?:al|ive))\s+([a-z][a-z -]*)")


def _named_qualifier(role: str | None, affiliation: str | None, text: str) -> tuple[str | None, str | None]:
    """A role led by a word that looks like an adjective but which the text uses as a name, owning
    something or doing something ("Arsenal's", "Arsenal had", "Real are"): the role at that body,
    ("Arsenal manager", None) -> ("manager", "Arsenal"); "Presidential spokesman" stays."""
    m = _QUALIFIED_ROLE.fullmatch(role) if role and not affiliation else None
    if m and re.search(rf"\b{m.group(1)}(?:['’]s?\s|\s+(?:is|are|was|were|has|have|had|will|[a-z]{{3,}}ed)\b)", text):
        return m.group(2), m.group(1)
    return role, affiliation


def _org_in_role(role: str | None, affiliation: str | None, orgs: dict[str, set[str]]) -> tuple[str | None, str | None]:
    """A role ending in an organization the release names is that role at it: "President
    of Recharge Resources" (whose words alone look like a department) -> ("President",
    "Recharge Resources")."""
    if not role or affiliation:
        return role, affiliation
    full = {key(n) for n in orgs}
    short = {key(a) for aliases in orgs.values() for a in aliases} - full
    common = lexicon.common_words()
    for m in _ROLE_JOIN.finditer(role):
        tail = role[m.end():]
        k = key(tail)
        # a name of common words is an organization only as the short form of a longer
        # one ("Recharge Resources Ltd."), not alone ("the Supervisory Board")
        if m.start() and not internal_body(tail) and (k in short or (k in full and not all(w.lower() in common for w in words(tail)))):
            return role[: m.start()], tail
    return role, affiliation


# A unit a named body owns, inside a role: "vice president in |Microsoft|'s security business unit",
# "Partner on |RTP Global|'s Asia Investment team".
_UNIT_OWNED_IN_ROLE = re.compile(r"\s(?:in|on|of|at|with)\s+(?:the\s+)?([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?:['’]s|(?<=s)['’])"
                                 r"\s+(?:[\w&-]+\s+){0,5}(?i:team|division|unit|department|group|centre|center|office|practice|"
                                 r"business|programme|program|lab|laboratory|desk)$")


def _unit_owner_in_role(role: str | None, affiliation: str | None, surnames: set[str]) -> tuple[str | None, str | None]:
    """A role in a unit that a named body owns is held at that body, the role kept whole:
    ("vice president in Microsoft's security business unit", None) -> (..., "Microsoft"); not
    a person's ("member of Jane Roe's team") nor a place's."""
    m = _UNIT_OWNED_IN_ROLE.search(role) if role and not affiliation and "s" in role else None
    owner = m.group(1) if m else ""
    if (not m or looks_like_person(owner) or key(words(owner)[-1]) in surnames or owner in lexicon.places()
            or lexicon.is_function_word(owner) or is_title(owner)):
        return role, affiliation  # (nor an office's: "senior adviser in the Governor's office")
    return role, owner


_GENERIC_OWNER = re.compile(r"^(?:the\s+)?(?:company|firm|group|organization|organisation|bank|fund|agency|team|"
                            r"programme|program|project|charity|foundation|council|committee|department|school|"
                            r"university|club|party)['’]s\s+(?=\S)", re.IGNORECASE)
# "SageHome's CEO", "the IMF's managing director": the owner, then the role.
OWNED_ROLE = re.compile(r"^(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})(?:['’]s|(?<=s)['’])\s+(.+)$")


def _owner_of_role(role: str | None, affiliation: str | None, surnames: set[str]) -> tuple[str | None, str | None]:
    """A role owned by an organization names the affiliation: ("SageHome's CEO", None) ->
    ("CEO", "SageHome"); not when the owner is a person ("Bodine's editor", "Jarek's
    sister") or the rest names no title ("the Chancellor's pre-Budget report")."""
    if role and _GENERIC_OWNER.match(role):
        return _GENERIC_OWNER.sub("", role), affiliation  # "the company's vice president" -> vice president
    m = OWNED_ROLE.match(role) if role and not affiliation else None
    owner = m.group(1) if m else ""
    if not m or key(words(owner)[-1]) in surnames or owner in lexicon.first_names() or not has_title_head(m.group(2)):
        return role, affiliation
    return m.group(2), owner


# A role the person held before: "former CEO of Beta", "then head of Y", "ex-adviser".
PAST_ROLE = re.compile(r"(?i:former|then|previously|formerly|onetime|one-time|erstwhile|ex)(?:\s|-)")


def _best_role(roles: list[tuple[int, str, bool, bool, str | None]]) -> tuple[int, str, bool, bool, str | None] | None:
    """The most specific current role: a role held now over a past one ("CEO" over "former
    CEO of Beta"), a title over what the person did ("CEO" over "host" of "hosted by"), an
    office over praise ("CEO" over "seasoned business leader") or a rank, one stated with its
    organization ("SageHome's CEO" over "co-founder, Chief Operating Officer"), then the
    longest, then the earliest."""
    if not roles:
        return None
    return max(roles, key=lambda r: (not PAST_ROLE.match(r[1]), r[3], not describes(r[1]), r[1] not in RANKS, r[2], len(r[1]),
                                     -r[0]))


def _names_a_body(role: str) -> bool:
    """A role that is a body's name cut short, not a title: "Federal Reserve Bank", "Tulare County
    Board", "then Council" (capitalized, ending in an organization's word, no title head in it;
    not "Board Member", "Council Leader")."""
    ws = role.split()
    return (ws[-1][:1].isupper() and ws[-1] in lexicon.org_words() and not has_title_head(role)
            and all(w[:1].isupper() or w in ("then", "of", "the", "and", "&") for w in ws))


def _without_description(role: str) -> str:
    """A role read with "as" after a description, without the description: "nationally
    recognized investment banker; Senior Advisor" (", ..., has joined the firm as a Senior
    Advisor") -> "Senior Advisor"."""
    first, sep, rest = role.partition("; ")
    return rest if sep and describes(first) else role


@functools.cache
def _describing_words() -> frozenset[str]:
    return resources.word_set("describing_words.txt")


# An adverb before the describing word: "nationally recognized", "highly respected".
_ADVERB = re.compile(r"[a-z]{3,}ly")


def describes(role: str) -> bool:
    """A role that praises or describes the person, not an office: "seasoned business leader",
    "nationally recognized investment banker" (not "CEO", "Distinguished Professor")."""
    first, _, rest = role.partition(" ")
    if _ADVERB.fullmatch(first) and rest:
        first = rest.partition(" ")[0]
    return bool(rest) and first in _describing_words()


# Words read before a body's name that are not its own: where it is based ("London-based |Syrian
# Observatory", "Va.-based |Acme") or the verb of an inverted attribution ("Said |Acme CEO Jane Roe:").
_LEADING_NOISE = re.compile(r"^(?:\S+-based|Said|Says|Added|Adds)\s+(?=[A-Z])")


def full_affiliation(affiliation: str | None, orgs: dict[str, set[str]], name: str) -> str | None:
    """The organization's full name (`_affiliation`), unless that name holds the person's own: an
    organization read with the person's title and name ("Acme CEO Jane Roe") gives the affiliation
    as read, or none if it is cut short ("Office of")."""
    affiliation = _LEADING_NOISE.sub("", affiliation) if affiliation else affiliation
    full = _affiliation(affiliation, orgs)
    if full and affiliation and stands_in(full, name) and not stands_in(affiliation, name):
        return None if lexicon.is_function_word(affiliation.rsplit(None, 1)[-1]) else affiliation
    return full


def _affiliation(affiliation: str | None, orgs: dict[str, set[str]]) -> str | None:
    """The organization's full name when the affiliation is one of its short forms."""
    if not affiliation:
        return None
    k = key(affiliation)
    for name, aliases in orgs.items():
        if k == key(name) or any(k == key(a) for a in aliases):
            return name
    if affiliation in lexicon.org_words() and affiliation.istitle() and affiliation.isalpha():
        # "portfolio manager of the Fund": the one organization of that kind, else none
        kind = [name for name in orgs if words(strip_suffix(name))[-1] == affiliation]
        return kind[0] if len(kind) == 1 else None
    owned = [name for name in orgs if name.startswith((f"{affiliation}'s ", f"{affiliation}’s "))]
    if len(owned) == 1:  # "Jane Dugan, CEO at Dugan's Travels" read "Dugan": the body named after her
        return owned[0]
    return department_of(affiliation, orgs) or affiliation

