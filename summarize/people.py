"""People: who is named, in what role, for whom.

A person mention is a name-shaped span with evidence: a title or honorific before it
("Foreign Minister Jeyhun Bayramov", "Dr. Lee"), an apposition after it ("Jane Roe,
CEO of Acme,"), an attribution ("said Jane Roe", "according to Jane Roe"), or, weakest,
a known first name. The affiliation comes from the apposition's organization, a
possessive owner ("Azerbaijan's Foreign Minister") or a demonym ("Palestinian
Ambassador" -> Palestine). What follows a name is read by apposition.py.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon, resources
from .apposition import SPEECH, SPEECH_WORDS, apposition, as_role, copula_role, heads_whole_body
from .names import Span, common_name, looks_like_person, ordinary_last_word, quoted_alone, spans, without_the, words, written_in_lower_case
from .name_prefix import cached_split_prefix
from .org_names import is_org_name
from .places import PLACE_UNITS
from .titles import (ROLE_MODIFIERS, common_word, generic_owner, has_title_head, is_title, owner_first,
                     strip_leading_noise, the_title_before_pattern, title_before, title_heads)

_LEAD_IN = " \t\"'“‘(["  # what may come before a sentence's first word
_SAID_AFTER = re.compile(rf"^\s+(?:(?:has|had|have|also|later|then|once|previously)\s+){{0,2}}(?:{SPEECH})\b")  # "has said"
_SAID_AFTER_APPOSITION = re.compile(rf"^,\s+[^\"“”]{{1,160}}?,\s+(?:{SPEECH})\b")
_DESCRIBED_BY = re.compile(r"^[A-Z][a-z]+-([a-z]{4,})$")


def _described_by(word: str) -> bool:
    """A word that says what the person is, glued before the name: "Grammy-winner", "Owner-breeder",
    "Fly-half" (not a given name such as "Man-hee" or "Sung-eun")."""
    m = _DESCRIBED_BY.match(word)
    return bool(m) and (m.group(1).endswith("er") or m.group(1) in ("half", "back", "star"))


_ORIGIN = re.compile(r"-(?:born|based|raised|bred)$")
_LOWER_TITLE_THEN_NAME = re.compile(r"(\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+)[A-Z]")
_CAPITALIZED_RUN = re.compile(r"(?:[A-Z][\w&.\-]*\s+){1,3}$")
_RESIDENT_AFTER = re.compile(r"\s+(?:residents?|natives?)\b")  # a place: "Royal Palm Beach resident Jane Roe"
# What someone did, said by the verb before "by" (and the other names of a list): "hosted by
# media veterans Adam Curry and John C. Dvorak", "moderated by Jane Roe".
_AGENT_ROLES = {"hosted": "host", "co-hosted": "co-host", "moderated": "moderator", "founded": "founder",
                "co-founded": "co-founder", "directed": "director", "written": "writer", "produced": "producer",
                "presented": "presenter", "narrated": "narrator", "curated": "curator", "illustrated": "illustrator",
                "authored": "author", "edited": "editor", "photographed": "photographer", "designed": "designer"}
# A name of up to four capitalized words; "by", a few lower-case words and names in a list ending `before`.
_NAME_IN_LIST = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*"
_BY_NAMES = rf"\s+by\s+(?:[a-z][a-z-]*\s+){{0,3}}(?:{_NAME_IN_LIST}(?:,\s*|,?\s+and\s+|\s*&\s*)){{0,3}}$"
_AGENT_BEFORE = re.compile(rf"\b((?i:{'|'.join(_AGENT_ROLES)})){_BY_NAMES}")
# A film's cast: "starring Liam Roe as the scientist Alfred Kinsey" names a part, not a role.
_CAST_BEFORE = re.compile(r"\b(?:starring|casting|cast|co-starring)\s+$")
_OF_AFTER = re.compile(r",?\s+(of|from)\s+(?:the\s+)?")
_OWNER_BEFORE = re.compile(rf"([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){{0,4}})['’]s?\s+(?:{ROLE_MODIFIERS}\s+)?$")


# Who runs a thing, after what it is: "World Tree, a climate business led by an LA-based CEO"
# (the CEO is not what World Tree is).
_BY_SOMEONE = re.compile(r"\s(?:led|run|headed|founded|co-founded|owned|chaired|managed|created|started)\s+by\s")
# An acronym in brackets right before or after a span: "AGL (Agent Governance Layer)".
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][\w&-]*[A-Z][\w&-]*)\s*\($")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][\w&-]*[A-Z][\w&-]*)\)")


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person in one sentence."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    strong: bool = False  # a title, honorific, apposition or attribution backs it
    quoted: bool = False
    titled: bool = False  # a title or honorific before the name: "manager Arsene Wenger", "Dr. Roe"
    by_deed: bool = False  # the role is what the sentence says the person did: "hosted by Jane Roe"


# Words no person's name holds: a place or its office ("Wilson County Sheriff"), a road or a
# building named after someone ("George Bush Turnpike", "Frank Erwin Center Arena", "Clinton
# White House", "Ellis Island"), a club ("Dundee United").
# ... and their plurals: "in Tarrant, Parker and Johnson Counties".
_PLACE_UNITS = frozenset(PLACE_UNITS) | frozenset(
    u[:-1] + "ies" if u.endswith("y") else u + "es" if u.endswith(("sh", "s", "x")) else u + "s" for u in PLACE_UNITS)
_NOT_IN_NAMES = _PLACE_UNITS | frozenset({"Turnpike", "Highway", "Parkway", "Expressway", "Freeway", "Tunnel",
                                          "Avenue", "Boulevard", "Plaza", "Stadium", "Arena", "Museum", "Library",
                                          "Bridge", "Square", "Station", "Memorial", "Creek", "House", "Island",
                                          "Gardens", "Palace", "United", "City", "Pavilion", "Theatre", "Theater",
                                          "Center", "Centre", "Laboratory", "Laboratories", "Observatory",
                                          "Valley", "Mine"})
# Words no name holds even after a title: "General Santos City", "In Jersey City", "Man City".
_NEVER_IN_NAMES = _PLACE_UNITS | {"City"}
# Words that end a title: "Professor Emeritus", "President Elect".
_AFTER_TITLE = frozenset({"Emeritus", "Emerita", "Elect", "Designate"})
# Words that open place names and no one's name: "Santa Barbara", "Los Gatos", "Fort Worth".
_PLACE_OPENERS = frozenset({"Santa", "San", "Los", "Las", "Fort", "Port", "Mount", "Cape"})
# Street abbreviations are in no one's name, titled or not: "Henrietta Rd", "Martin Luther King Jr. Blvd".
_STREET_ABBREVIATIONS = frozenset({"Rd", "Rd.", "Ave", "Ave.", "Blvd", "Blvd.", "Hwy", "Hwy.", "Pkwy", "Pkwy."})


@functools.cache
def _attributive() -> frozenset[str]:
    return resources.word_set("attributive_titles.txt", lower=False)


# A surname alone opening a sentence and doing something: "Raman spent eleven years ...",
# "Courtois was forced to ...", "Putin this week called ...", "Kenteris, who won ...". A name whose first name is
# unknown is a person's when the text calls it by its last word so.
_NAMED_AGAIN = re.compile(
    r"[\"'“‘]?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,\s+who\s|\s+(?:(?:also|then|later|now|still|never|has|had|have|is|was|will|would|"
    r"could|can|did|does|this\s+week|on\s+\w+day)\s+)?(?:[a-z]+ed|said|says|told|tells|added|adds|won|wins|made|makes|"
    r"took|takes|went|goes|gave|gives|wrote|writes|is|was|has|had|will|would|believes|thinks|knows|spent|led|leads|"
    r"joined|joins|began|begins|became|becomes|left|leaves|met|meets|saw|sees|ran|runs|came|comes|got|gets)\b)")


def named_again(sentences: list[str], text: str) -> frozenset[str]:
    """The words that open a sentence as a surname alone does ("Raman spent ..."), leaving
    out places, common words and function words ("Britain is ...", "Today is ...")."""
    found = set()
    for sentence in sentences:
        m = _NAMED_AGAIN.match(sentence)
        if m:
            word = m.group(1)
            if not (word in lexicon.places() or word.lower() in lexicon.common_words() or lexicon.is_function_word(word)
                    or word in lexicon.org_words()
                    or word in lexicon.first_names() or word in lexicon.known_organizations()):
                found.add(word)
    if found:  # a word the text also writes in lower case is a thing's: "Copper rose", "copper prices"
        found = {w for w in found if not written_in_lower_case(w, text)}
    return frozenset(found)


def people_named_again(sentence: str, quoted_block: bool, surnames: frozenset[str],
                       found: list[PersonMention]) -> list[PersonMention]:
    """Names in the sentence that no context made a person's but whose last word the text
    uses as a surname alone (see `named_again`): "Priya Raman", then "Raman spent ..."."""
    have = [m.name for m in found]
    out = []
    for s in spans(sentence):
        ws = s.text.split()
        if 2 <= len(ws) <= 3 and ws[-1] in surnames and not any(s.text.endswith(name) for name in have):
            m = person_from_span(s, sentence, quoted_block, confirmed=True)
            name = words(m.name) if m else []
            if len(name) >= 2 and _given_name_shape(name[0]) and not (
                    len(name) == 3 and name[1] in lexicon.first_names() and name[0] not in lexicon.first_names()):  # "Sack Jeremy Roe"
                out.append(m)
    return out


def _given_name_shape(word: str) -> bool:
    """A word that may be a first name with no list to say so: no common word, verb form or
    description glued before the name ("Sack Jeremy Clarkson", "Inmate Roe", "Co-pilot Roe")."""
    return (word.lower() not in lexicon.common_words() and not word.endswith(("ing", "ed", "ly"))
            and not lexicon.is_function_word(word) and word not in lexicon.org_words() and word not in lexicon.demonyms()
            and word.lower() not in lexicon.title_words() and word not in lexicon.honorifics()
            and all(part[:1].isupper() for part in word.split("-")))


def sentence_people(sentence: str, quoted_block: bool = False) -> list[PersonMention]:
    """Person mentions in a sentence, with what the sentence says of each."""
    return list(_sentence_people(sentence, quoted_block))


@functools.lru_cache(maxsize=1024)  # people and organizations both read each sentence's people
def _sentence_people(sentence: str, quoted_block: bool) -> tuple[PersonMention, ...]:
    found = [m for m in (person_from_span(s, sentence, quoted_block) for s in spans(sentence)) if m]
    # A name that another mention reads as its organization is no person: "said Jane Roe,
    # CEO Acme" (the span "CEO Acme" alone reads as a titled Acme), "partner at Pearl Cohen";
    # but an owner of a person's role is one ("Denise Lewis' coach John Doe").
    owners = {m.affiliation for m in found if m.affiliation}
    return tuple(m for m in found if not (owners and m.name in owners and m.name + "'" not in sentence
                                          and m.name + "’" not in sentence))


def surname_roles(sentence: str) -> list[PersonMention]:
    """One-word mentions that an apposition gives a role, where a person stands: opening the
    sentence or after a speech verb ("said Cole, president of Regence."), or a copula opening
    the sentence ("Dr. Owens is a dermatologist in Prosper"). No person on their
    own (a one-word name is too often a body's); participants.py gives the role to the full name."""
    out = []
    lead = len(sentence) - len(sentence.lstrip(_LEAD_IN))
    for s in spans(sentence):
        copula = s.start <= lead and sentence.startswith(_COPULAS, s.end) and not s.possessive
        if s.possessive or not (copula or sentence.startswith(", ", s.end)):
            continue
        name = _honored_surname(s.text) if " " in s.text else s.text  # "Dr. Owens is a dermatologist"
        said = _said_before(sentence[: s.start])
        if not name or not (said or s.start <= lead) or not looks_like_person(name, strong=True) or name in _DAYS:
            continue
        role, org = copula_role(sentence[s.end:]) if copula else apposition(sentence[s.end:])
        if role and copula and not _names_a_title(role):
            continue  # "Putin is the state": "state" ends a title ("Secretary of State") but names none
        if role and has_title_head(role) and not _holds_a_name(role):
            out.append(PersonMention(name, role, _nation(org) if org else None, strong=True, quoted=said))
    return out


_COPULAS = (" is ", " serves as ")
_ROLE_HEAD_JOIN = re.compile(r"\s(?:of|at|for|in|with|on)\s")


def _names_a_title(role: str) -> bool:
    """The role's head, before any "of" or "at", is a title by itself: "a producer of films",
    "Research Consultant on the team", "police chief" (not "the state")."""
    head = _ROLE_HEAD_JOIN.split(role, 1)[0].split()
    return bool(head) and (is_title(head[-1]) or head[-1].lower() == "chief" or is_title(" ".join(head[-2:])))


def _honored_surname(text: str) -> str | None:
    """The surname of an honorific and a surname ("Dr. Owens" -> "Owens"), else None."""
    titles, name, _, honorific = cached_split_prefix(text)
    return name[0] if honorific and not titles and len(name) == 1 else None


def _holds_a_name(role: str) -> bool:
    """The role holds a name, so it is a list or another person's: "Williams and rapper T.I"."""
    return any(looks_like_person(x.text) for x in spans(role))


# Two words glued where a link or a heading was taken out: "About [Jane Roe](url)Jane founded",
# "Design CentreJane Roe" (not "MaryEllen", "AbdulAziz", "FitzGerald": a short first part).
_GLUED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{5,}(?=[A-Z][a-z])")


def _unglued(s: Span) -> Span | None:
    """The part of a glued span that can be a name of two words or more: the part after the
    glue if it holds a first name ("Design CentreJane Roe", "LondonAcme CEO Jane Roe"), else
    the part before ("Jane RoeInvestor Relations"); none of "SpongeBob SquarePants"."""
    cut = _GLUED.search(s.text).end()
    head, tail = s.text[:cut], s.text[cut:]
    if " " in tail and not _GLUED.search(tail) and any(w in lexicon.first_names() for w in tail.split()):
        return Span(tail, s.start + cut, s.end, s.possessive)
    return Span(head, s.start, s.start + len(head)) if " " in head else None


# A kind of work, then its title: "in the film Le Mans", "high school comedy Jane Roe" (a word that is
# a verb as well only after an article or a possessive: "the show Jane Roe", not "to film Jane Roe").
_WORK_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its)\s+(?:(?!(?:to|and|or|that|who|which)\s)[a-z]+\s+){0,2}"
                          r"(?:film|show|book|single)"
                          r"|\b(?:movie|novel|album|song|series|documentary|musical|opera|painting|sculpture|podcast|"
                          r"sitcom|drama|comedy|thriller))\s+$")
_NUMBERED = re.compile(r"\s*(?:#|No\.\s*)\d")
_DAYS = frozenset({"Yesterday", "Today", "Tomorrow", "Tonight", "Monday", "Tuesday", "Wednesday", "Thursday",
                   "Friday", "Saturday", "Sunday"})


def _owner_run(before: str) -> str:
    """The capitalized words that end `before` and open an owner's name whose last word
    follows: "Meanwhile Helix " (of "Helix Labs") -> "Helix ", "Boko " (of "Boko Haram's leader")."""
    m = _CAPITALIZED_RUN.search(before)
    ws = m.group(0).split() if m else []
    while ws and (lexicon.is_function_word(ws[0]) or ws[0].lower() in lexicon.openers()
                  or ws[0] in _DAYS):
        ws = ws[1:]  # "Yesterday Argentina's economy minister, X"
    return " ".join(ws) + " " if ws else ""


def _of_organization(sentence: str, end: int) -> str | None:
    """The organization named after "of" or "from" right after the name ending at `end`: "Jeffrey
    Fritz, of Soloff & Zervanos,", "Jane Roe of the University of Cambridge said", "Prof. Jane
    Roe from Beihang University" (not ", of Boston,", "Jane R. from Toronto")."""
    m = _OF_AFTER.match(sentence, end)
    span = next((x for x in spans(sentence) if x.start == m.end()), None) if m else None
    name = span.text if span else None
    if name and " and " in name and looks_like_person(name.rsplit(" and ", 1)[1]):
        name = name.rsplit(" and ", 1)[0]  # "Jane Roe from Miami University of Ohio and |John Doe from ..."
    if not name or name in lexicon.places():
        return None
    if m.group(1) == "of" and " " in name and sentence[end] == " " and not looks_like_person(name):
        return name  # a name of several words right after "of": "Dale Roe of Top Gun Dog Training"
    return name if is_org_name(name) or " & " in name or name in lexicon.known_organizations() else None


def _owns_next_title(sentence: str, end: int) -> bool:
    """Whether the words after `end` are a lower-case title and a name that the text up to
    `end` owns, as `title_before` reads it: "Cherry Hill| attorney Jeffrey Fritz"."""
    m = _LOWER_TITLE_THEN_NAME.match(sentence, end)
    return bool(m) and title_before(sentence[: m.end(1)])[1] is not None


@functools.cache
def _leading_title() -> re.Pattern[str]:
    return re.compile(rf"(?:{ROLE_MODIFIERS}\s+)?(?:{lexicon.title_pattern()})\b", re.IGNORECASE)


# What may follow a title and still be part of the role (with a title's word: "general director"):
# "CEO of Acme", "chief and founder".
_ROLE_GOES_ON = frozenset({"of", "at", "for", "to", "in", "on", "with", "from", "and", "&", "emeritus"})


def _title_without_clause(role: str) -> str:
    """The role of "the <title> ..., Name" up to its title when a clause follows the title: "the
    leader| who impressed him most was ..., Xi", "The Tory leader| wanted to meet ..., Mr Fox"."""
    m = _leading_title().match(role)
    rest = role[m.end():].split(None, 1) if m else []
    if rest and rest[0][:1].islower() and rest[0] not in _ROLE_GOES_ON and rest[0] not in lexicon.title_words():
        return role[: m.end()]
    return role


def _said_before(before: str) -> bool:
    """`before` ends in a speech verb, spaces and an optional "by": "..., said ", "according to ".

    What the regex `(?:said|...)\\s+(?:by\\s+)?$` finds, read from the end instead of searched
    for from the start (this runs for every name in every sentence).
    """
    head = before.rstrip()
    if len(head) == len(before):
        return False
    if head.endswith(SPEECH_WORDS):
        return True
    if head.endswith("by"):
        rest = head[:-2]
        head = rest.rstrip()
        return len(head) < len(rest) and head.endswith(SPEECH_WORDS)
    return False


_CLAUSE_WORDS = frozenset({"as", "a", "an", "or", "than", "like"})
_AS = frozenset({"as"})
# The sentence's verb right after a name: "Acme CEO, Jane Roe| will moderate", "..., Jane Roe| said".
_VERB_AFTER = re.compile(r"\s+(?:will|would|has|had|have|is|was|[a-z]{3,}ed|said|says|adds|notes)\b")


def _title_set_off(sentence: str, before: str, closed: bool = True) -> tuple[str | None, str | None]:
    """A title and its owner before a name set off by commas (`closed`), or by one with the verb
    after the name: "Bevel CEO, |Damon Frost, announced", "Acme CTO, |Jane Roe will speak",
    "Acme founder, |Jane Roe," -> ("founder", "Acme"); not the title of the person listed before
    ("Jane Roe, CEO, |John Doe, CFO") nor one a clause gives ("as US President, |Tony Blair has said")."""
    head = before[:-2]
    title, owner = title_before(head + " ")
    if not title:
        return None, None
    listed = head.rfind(", ")
    if listed >= 0 and any(x.end == listed and looks_like_person(x.text) for x in spans(sentence)):
        return None, None
    if not (_AS if closed else _CLAUSE_WORDS).isdisjoint(head[: head.rfind(title)].split()[-2:]):
        return None, None  # "as US President, |Tony Blair has said", "a seasoned investor, |Acme Hive is": a clause's
        # (but closed by a comma, "a detective, |Jane Roe, who" is hers)
    if not owner:  # a capitalized owner before a capitalized title: "Bevel CEO"
        run = next((x for x in spans(sentence) if x.end == len(head)), None)
        owner = owner_first(run.text)[1] if run and not run.possessive and run.text.endswith(title) else None
    return title, owner


# A body, then who leads, founded or hosts it: "Crossbay is led by CEO", "The Avalon Show, hosted by
# media veterans Jane Roe and" (before the name's title).
# (An apposition may come between: "Acme, a boutique firm, was founded by", "Acme, a firm founded by".)
_LED_LEAD = (r"(?:,\s+(?:a|an|the)\s+[^,;:()\"“”]{1,80}?(?:,\s+(?:(?:is|was|has\s+been)\s+)?|\s+)"
             r"|,\s*|\s*\(\s*|\s+(?:is|was|are|were|has\s+been)\s+|\s+)")
_LED_VERBS = r"led|headed|run|founded|co-founded|chaired|owned|managed"
_BODY_BY = re.compile(rf"{_LED_LEAD}(?:{_LED_VERBS}|hosted|co-hosted){_BY_NAMES}")


# A body, "led by", and the people listed before the one whose title ends the text: "Unbuzzd, led by
# former Acme executive Jane Roe and " (each of the list may hold lower-case words).
_BODY_BY_LIST = re.compile(rf"{_LED_LEAD}(?:{_LED_VERBS})\s+by\s+(?:[^,;:.()\"“”]{{1,80}}?(?:,\s*|,?\s+and\s+|\s*&\s*)){{0,2}}$")
# What comes before a past title and names its owner: "former Acme " (executive), "Acme Holdings’ former " (CEO).
_PAST_OWNER = re.compile(r"\b(?:(?:[Ff]ormer|[Oo]netime|[Ee]x)[\s-]+(?P<owner>(?:[A-Z][\w&.\-]*\s+){0,4}[A-Z][\w&.\-]*)"
                         r"|(?P<possessor>(?:[A-Z][\w&.\-]*\s+){0,4}[A-Z][\w&.\-]*)['’]s?\s+(?:former|onetime|ex-?))\s+$")


def _past_title_of_body_led(sentence: str, before: str, title: str) -> tuple[str, str, int] | None:
    """A title the person held at a named owner before, ending `before`, when the sentence says
    what body the person leads now: "Unbuzzd, led by former Acme executive |Jane Roe" ->
    ("former Acme executive", "Unbuzzd", where the title starts); "Acme Holdings’ former CEO"
    reads "former CEO of Acme Holdings". The past body is no affiliation."""
    if not before.endswith(f" {title} "):
        return None
    m = _PAST_OWNER.search(before, max(0, len(before) - len(title) - 120), len(before) - len(title) - 1)
    if not m or m.end() != len(before) - len(title) - 1:
        return None
    body = _body_led_by(sentence, m.start(), _BODY_BY_LIST)
    if not body:
        return None
    owner = m.group("possessor")
    role = f"former {title} of {strip_leading_noise(owner)}" if owner else before[m.start():].strip()
    return role, body, m.start()


def _body_led_by(sentence: str, end: int, pattern: re.Pattern[str] | None = None) -> str | None:
    """The body named right before "led by" (or "founded by", "hosted by") and the words up to
    `end`, if it names no person or place: "Global Ventures Group, led by |Founder Jane Roe"."""
    m = (pattern or _BODY_BY).search(sentence, max(0, end - 160), end)
    body = next((x for x in spans(sentence) if x.end == m.start()), None) if m else None
    if body is None or body.possessive or looks_like_person(body.text) or body.text in lexicon.places():
        return None
    if sentence[: body.start].rstrip().endswith(","):
        return None  # the end of an address: "based in Rossendale, Lancashire, founded by"
    name = without_the(body.text)
    return name if not common_word(name) else None


# A title in the plural, then the names that hold it: "board members Jane Roe and ", "co-founders ".
# (The names are listed with commas, the last one after "and": not "physicians Jane Roe and John Doe,
# Acme Magazine said".)
_PLURAL_TITLE = re.compile(rf"(\S+\s+)?\b([a-z][a-z-]+[a-rt-z])s\s+(?:{_NAME_IN_LIST},\s*){{0,3}}(?:{_NAME_IN_LIST},?\s+and\s+)?$")
# Plurals that are verbs as often: "Jane Roe heads Acme", "Roe chairs the panel".
_VERB_PLURALS = frozenset({"head", "chair", "lead", "host", "co-host", "coach", "judge", "captain", "co-chair"})


def _plural_title(before: str) -> re.Match[str] | None:
    """A title in the plural before the list of names that ends `before`, not a verb's -s
    after its subject ("Roe heads Acme"; but "show hosts Jane Roe and")."""
    tail = before.rstrip()
    last = tail[tail.rfind(" ") + 1:]
    if not (last.endswith(",") or last == "and" or (last[:1].islower() and last.endswith("s")
                                                     and last[:-1].rsplit("-", 1)[-1] in title_heads())):
        return None  # (most names: decided without the regex)
    m = _PLURAL_TITLE.search(before, max(0, len(before) - 160))
    if m and m.group(2) in _VERB_PLURALS and not (m.group(1) or "a")[0].islower():
        return None
    return m


_JOINED = re.compile(r"\s(?:and|&)\s+$")
_BOTH = re.compile(r"\b[Bb]oth\s+(?:the\s+)?$")  # two people: "both the prime minister and Chancellor Roe"


def _joined_title(sentence: str, before: str) -> tuple[str, str | None, int] | None:
    """A title joined by "and" to the one that leads the name, its owner and where it starts:
    "Quotient President and |CEO Jane Roe" -> ("President", "Quotient", at "Quotient"), "Donut
    founder and |CEO Chris Roe" -> ("founder", "Donut", ...); not "Jane Doe and |CEO John Roe"."""
    m = _JOINED.search(before, max(0, len(before) - 12))
    if not m:
        return None
    end = m.start()
    prev = next((x for x in spans(sentence) if x.end == end), None)
    if prev is None:  # a lower-case title: "Donut founder and" (not "both the prime minister and")
        title, owner = title_before(before[:end] + " ")
        if not title or not before[:end].endswith(title) or _BOTH.search(before, 0, end - len(title)):
            return None
        return title, owner, end - len(title)
    if prev.possessive or prev.text in _FIRST_NAME_TITLES:
        return None  # "the Queen and Prince Philip": a royal title names its own holder
    if is_title(prev.text):
        return prev.text, None, prev.start
    title, owner = owner_first(without_the(prev.text))  # "The Open Door President and"
    return (title, prev.text[: -len(title)].strip(), prev.start) if owner and is_title(title) else None


# Function words that are first names often enough to lead a name: "Will Smith", "May Tan"
# (but "In Jersey City", "My Forsyth", "So Royal Caribbean" are the word, not a name).
_NAMES_LIKE_FUNCTION_WORDS = frozenset({"Will", "May"})


def _spells_acronym(text: str, before: str, sentence: str, end: int) -> bool:
    """The span is the long form of an acronym bracketed next to it, a name of a thing:
    "AGL (Agent Governance Layer)", "Agent Governance Layer (AGL)"."""
    if before.endswith("("):
        m = _ACRONYM_BEFORE.search(before[-40:])
    elif sentence.startswith(" (", end):
        m = _ACRONYM_AFTER.match(sentence, end)
    else:
        return False
    initials = "".join(w[0] for w in without_the(text).split() if w[0].isupper())
    return bool(m) and len(initials) >= 2 and m.group(1).replace("-", "").replace("&", "").upper().startswith(initials)


def _function_word(word: str, leading: bool = False) -> bool:
    """A capitalized function word that is no first name ("Said" is one, "Will" not); leading
    a name, only a few such first names are names ("In" is not, but "Kim Jong Un" is one)."""
    return word[0].isupper() and lexicon.is_function_word(word) and (
        word not in lexicon.first_names() or (leading and word not in _NAMES_LIKE_FUNCTION_WORDS))


def _first_name(word: str) -> bool:
    """A first name that is no function word ("In", "My" and "Oh" are names too, rarely)."""
    return word in lexicon.first_names() and not lexicon.is_function_word(word)


def _without_glued_words(name_words: tuple[str, ...], at_start: bool = False) -> tuple[str, ...] | None:
    """The name without a function word glued before a first name ("Said Timothy Troke",
    "Yet Evan Mann"), or None for a title or a heading's words ("The Sun", "Everyone Thinks Is",
    "Summer Of Angels"): a name of three words or more holds none. Two words may ("Sena
    Oh", "Emre Can"). A common word opening the sentence before a first name is a heading's or
    a verb's ("Added Jane Roe, CEO of Acme: ..."), not the name's."""
    if name_words[0] in ("The", "A", "An"):
        return None  # "The Federal Reserve", "The Bee Gees": an article leads no person's name
    if len(name_words) > 1 and (_ORIGIN.search(name_words[0]) or (name_words[1] in lexicon.first_names()
                                                                   and _described_by(name_words[0]))):
        name_words = name_words[1:]  # "Canadian-born Ibsen", "Texas-based Jane Roe", "Grammy-winner Jane Roe"
    if _function_word(name_words[0], leading=True):
        rest = name_words[1:]
        if not rest or not (_first_name(rest[0]) or rest[0] in lexicon.honorifics()):
            return None  # "What Ascent Solar", "Oh My God": no name after the glued word
        name_words = rest
    if len(name_words) >= 3 and any(map(_function_word, name_words[1:])):
        return None
    while at_start and len(name_words) >= 3 and _glued_common_word(name_words[0]) and _first_name(name_words[1]):
        name_words = name_words[1:]  # "Added Patrick Davis", "Customer Endorsement Laura Brouk": a heading's words
    return name_words


@functools.cache
def _parties() -> frozenset[str]:
    return resources.word_set("parties.txt", lower=False)


def _party_before(name_words: tuple[str, ...]) -> str | None:
    """A party written before a full name: "Tory Liam Fox" -> Tory (not "Green" of "Green Day")."""
    for n in (2, 1):
        if (len(name_words) >= n + 2 and " ".join(name_words[:n]) in _parties()
                and name_words[n] in lexicon.first_names()):
            return " ".join(name_words[:n])
    return None


def _glued_common_word(word: str) -> bool:
    """A common word that is no first name, glued before a name by a heading or a sentence
    start ("Added", "Judges"); a gerund opens a thing's name instead ("Leveling Kit Compatibility")."""
    return word.lower() in lexicon.common_words() and word not in lexicon.first_names() and not word.endswith("ing")


# A nationality or a people's adjective that names no country: "English artist", "Jewish group".
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ese)")
# Where a body is or who backs it, no name: "the Frankfurt-based exchange", "U.S.-supported".
_DESCRIBING = re.compile(r"^\S+-(?:based|backed|supported|owned|led|funded|run)$")


def _nation(affiliation: str) -> str | None:
    """The country of a nationality read as an affiliation ("the Israeli ambassador" ->
    Israel, "Scottish comedian" -> Scotland), none for one with no country ("English artist")
    or a describing word ("Frankfurt-based")."""
    country = lexicon.demonyms().get(affiliation)
    if country:
        return country
    if _NATIONALITY.fullmatch(affiliation) or _DESCRIBING.search(affiliation):
        return None  # "English artist"; "the Frankfurt-based exchange", "the U.S.-supported President"
    return affiliation


# Titles a person is known by with a first name alone: "King Abdullah", "Prince Frederik", "Pope Francis".
_FIRST_NAME_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Empress",
                                "Sultan", "Emir", "Sheikh", "Sheikha"})


_NAME_GOES_ON = re.compile(r"\s*[\"“A-Z]")  # 'Jose A. "Pepe" Villalobos'


_HEAD_END = re.compile(r"\s(?:from|in|of|on|at|based|that|which|with|for|serving|known|located|offering)\b")


def _describes_a_body(app_role: str) -> bool:
    """An apposition whose head noun is a kind of body: "a family-owned business from ...",
    "a local bakery in ..." (body_nouns.txt)."""
    head = _HEAD_END.split(app_role, 1)[0].rstrip(" ,").rsplit(None, 1)[-1]
    return head.islower() and head in lexicon.body_nouns()  # (not "Vice President, Comcast Business")


def _name_shape(name_words: tuple[str, ...], strong: bool) -> bool:
    """A person's name by its words (`looks_like_person`), or a testimonial's "Jessica R."."""
    return looks_like_person(" ".join(name_words), strong=strong) or _first_and_initial(name_words)


def _first_and_initial(name_words: tuple[str, ...]) -> bool:
    """A known first name and the surname's initial, as customers sign a testimonial: "Jessica R."."""
    return (len(name_words) == 2 and len(name_words[1]) == 2 and name_words[1][0].isupper()
            and name_words[1][1] == "." and name_words[0] in lexicon.first_names())


@functools.lru_cache(maxsize=16_384)  # the same spans recur sentence after sentence
def _span_name(text: str, at_start: bool) -> tuple[tuple[str, ...], tuple[str, ...], str | None, bool, str | None, str] | None:
    """What a span's words alone say of a person, before the sentence is read: (role words, name
    words, country, honorific, party, the name as shown), or None when even the strongest context
    would make no person of them (`at_start`: the span opens the sentence)."""
    role_words, name_words, country, honorific = cached_split_prefix(text)
    name_words = _without_glued_words(name_words, at_start)
    if name_words is None:
        return None
    party = _party_before(name_words)
    if party:
        name_words = name_words[len(party.split()):]  # "Tory Liam Fox"
    shown = " ".join(name_words)  # with a nickname: Christopher "Luke" Breivik
    name_words = tuple(w for w in name_words if not w.startswith('"'))
    name = " ".join(name_words)
    # A name shape that fails even with the strongest context, or one word with no title or honorific.
    if not _name_shape(name_words, True) or (
            len(name_words) == 1 and not (role_words or honorific)):
        return None
    if len(name_words) == 1 and role_words and not honorific and role_words[-1].rsplit(None, 1)[-1] in _attributive():
        return None  # "General Store", "Investor Relations": a thing named with a title word
    if len(name_words) == 1 and name_words[0] in _AFTER_TITLE:
        return None  # "Clinical Professor Emeritus", "President Elect": the title's end, no name
    if not (role_words or honorific) and name_words[0] in _PLACE_OPENERS and len(name_words) > 1:
        return None  # "a hospital in Santa Barbara, Clotworthy said"
    if any(w in (_NEVER_IN_NAMES if (role_words or honorific) and len(name_words) > 1 else _NOT_IN_NAMES)
           or w in _STREET_ABBREVIATIONS for w in name_words):
        return None  # "Wilson County Sheriff", "George Bush Turnpike" (but "Rabbi Dan Bridge")
    if not (role_words or honorific) and name in lexicon.known_organizations():
        return None  # "Boko Haram declared ...", "Merrill Lynch said": a body known by a name like a person's
    if len(name_words) > 1 and not honorific and (common_name(name_words) or ordinary_last_word(name_words)):
        return None  # "Queen Storage Bed", "Critical Care": common words and no first name
    return role_words, name_words, country, honorific, party, shown


def person_from_span(s: Span, sentence: str, quoted_block: bool = False, confirmed: bool = False) -> PersonMention | None:
    """A person mention if the span names a person in this sentence, else None (`confirmed`:
    the text elsewhere calls the name's last word a person's, see `named_again`)."""
    if "," not in s.text and len(s.text.split(None, 1)) == 1:
        return None  # one word, most spans: no title or honorific before a name (as `_span_name` finds)
    if _GLUED.search(s.text):
        s = _unglued(s)
        if s is None:
            return None
    if s.text[-2:-1] == " " and sentence.startswith(".", s.end) and s.text[-1].isupper() and not _NAME_GOES_ON.match(sentence, s.end + 1):
        s = Span(f"{s.text}.", s.start, s.end + 1)  # "Jessica R. from Toronto": the initial is the name's end
    named = _span_name(s.text, not sentence[:s.start].strip(_LEAD_IN))
    if named is None:
        return None
    role_words, name_words, country, honorific, party, shown = named
    if role_words and _first_and_initial(name_words):
        return None  # "President Donald J. trump": a titled name has its surname (a testimonial's "Jessica R." has none)
    before, after = sentence[: s.start], sentence[s.end:]
    if not (role_words or honorific) and _NUMBERED.match(after):
        return None  # "Bruce Banner #3", "Jane Roe No. 5": a product or a strain named after someone
    if _spells_acronym(s.text, before, sentence, s.end):
        return None  # "AGL-SG (Agent Governance Layer)": a thing's name spelled out
    if not (role_words or honorific) and (_owns_next_title(sentence, s.end) or _RESIDENT_AFTER.match(sentence, s.end)):
        return None  # "Cherry Hill attorney Jeffrey Fritz": the span says whose attorney; "Royal Palm Beach resident"
    if role_words and (s.text.startswith("The ") or before.endswith(("the ", "The "))) and common_name(name_words):
        return None  # "the General Assembly", "the General Data Protection Regulation"
    role = " ".join(role_words) if role_words else None
    affiliation = country or party
    strong = bool(role_words) or honorific
    titled = strong
    strong = strong or confirmed
    title_start = s.start  # where the title before the name starts: "Acme President and CEO Jane Roe"
    if role_words and not honorific and (joined := _joined_title(sentence, before)):
        first, owner, title_start = joined
        role, affiliation = f"{first} and {role}", affiliation or owner
    if not role:
        free_title, owner = title_before(before)
        if free_title:
            role, strong, titled = free_title, True, True
            affiliation = affiliation or owner
            if owner and "by" in before and (past := _past_title_of_body_led(sentence, before, free_title)):
                role, affiliation, title_start = past  # "Unbuzzd, led by former Acme executive Jane Roe": Unbuzzd's
    if not role and (listed := _plural_title(before)):
        # "Committee members Jane Roe, John Doe and ...": each of the list holds the title
        free_title, owner = title_before(before[: listed.end(2)] + " ")
        if free_title:
            role, strong, titled = free_title, True, True
            affiliation = affiliation or owner
    if not role:
        m = the_title_before_pattern().search(before) if before.rstrip().endswith(",") else None
        if m and not _holds_a_name(m.group("role")):  # (not "the athlete and team-mates Jane Roe, |John Doe")
            role, strong = _title_without_clause(m.group("role")), True
            owner = m.group("owner") or m.group("qualifier")
            if m.group("qualifier") and generic_owner(owner):
                role, owner = f"{owner} {role}", None  # "its Council member, Prof. Roe"
            elif m.group("owner"):
                owner = _owner_run(before[: m.start("owner")]) + owner  # "Helix Labs’ CEO, Jane Roe"
            if owner and not affiliation and not generic_owner(owner):
                affiliation = lexicon.places().get(owner, owner)  # "Beeline's CEO, Jane Roe", "the U.S. ambassador, ..."
    if (not role and before.endswith(", ") and (after.startswith(",") or _VERB_AFTER.match(after)) and not s.possessive
            and not common_word(name_words[0])):  # (not "speaker, Clinical Pharmacist Jane Roe,")
        set_off, owner = _title_set_off(sentence, before, closed=after.startswith(","))
        if set_off:  # "Bevel CEO, Damon Frost, announced"
            role, strong, titled = set_off, True, True
            affiliation = affiliation or owner
    by_deed = False
    if not role and "by" in before:
        agent = _AGENT_BEFORE.search(before, max(0, len(before) - 120))
        if agent:  # "hosted by Adam Curry and John Dvorak"
            role, by_deed = _AGENT_ROLES[agent.group(1).lower()], True
    if role_words and not honorific and role == " ".join(role_words) and "by" in before and role in s.text and (
            past := _past_title_of_body_led(sentence, sentence[: s.start + s.text.index(role) + len(role)] + " ", role)):
        role, affiliation, title_start = past  # "Unbuzzd, led by Acme’s former CEO Jane Roe": Unbuzzd's
    if role and not affiliation and "by" in before:
        affiliation = _body_led_by(sentence, title_start)  # "Crossbay is led by CEO Jane Roe"
    if role and not affiliation:
        owner = _OWNER_BEFORE.search(sentence, 0, title_start)
        if owner and (owner_name := strip_leading_noise(owner.group(1))):
            head, _, last = owner_name.rpartition(" ")
            if head and is_title(f"{last}'s {role}"):  # "Baltimore City State's Attorney X": a title with a possessive
                role, owner_name = f"{last}'s {role}", head
            affiliation = lexicon.places().get(owner_name, owner_name)  # "But Iran's Supreme Leader X" -> Iran
    app_role, app_org = (None, None) if s.possessive else apposition(after, _JOINED.search(before[-6:]) is not None)
    if not (app_role or role or s.possessive) and (after.startswith(" is ") or after.startswith(" serves as ")):
        app_role, app_org = copula_role(after)  # "Jane Roe is the co-founder of Acme, a ..."
    if app_role and not (strong or has_title_head(_BY_SOMEONE.split(app_role, 1)[0])
                         or name_words[0] in lexicon.first_names()):
        app_role, app_org = None, None  # "Witness Directory, showcasing ... marketing strategies"
    if app_role and not role and _describes_a_body(app_role):
        return None  # "Taylor Made Treats, a family-owned business from Egg Harbor City": a company
    if app_role and role and not by_deed and app_role.startswith("former ") and not role.lower().startswith("former"):
        app_role, app_org, strong = None, None, True  # "Phlow CEO Eric Roe, previously a co-founder of Kaleo": Phlow's CEO
    if app_role:
        strong = True
        role = app_role if not role or by_deed or len(app_role) > len(role) else role  # a title over a deed
        by_deed = by_deed and role != app_role
        affiliation = app_org or affiliation
    elif not s.possessive:
        affiliation = _of_organization(sentence, s.end) or affiliation  # "Jeffrey Fritz, of Soloff & Zervanos,", "Jane Roe of Acme"
    # "said Jane Roe's lawyer", "he highlighted Acme Auctions' policy": the owner does not speak
    said = bool((_said_before(before) and not s.possessive) or _SAID_AFTER.match(after)
                or _SAID_AFTER_APPOSITION.match(after))
    extra = as_role(after) if "as " in after and not _CAST_BEFORE.search(before) else None
    strong = strong or said or (extra is not None and len(name_words) > 1)  # "Priya Raman will join as CFO"
    if not _name_shape(name_words, strong) or (not strong and (quoted_alone(sentence, s) or _WORK_BEFORE.search(before[-40:]))):
        return None  # 'the movie "Star Wars,"', "the film Le Mans": a work's title
    if len(name_words) == 1 and name_words[0] in lexicon.first_names() and not honorific and not (
            role_words and role_words[-1] in _FIRST_NAME_TITLES and "and" not in role_words and not s.possessive):
        return None  # "President Trump" names a surname; "Minister Jane" is a fragment (but "King Abdullah"; not "Prince George's County")
    if extra and extra.lower() not in (role or "").lower():
        role = f"{role}; {extra}" if role else extra
    if affiliation and common_word(affiliation) and not heads_whole_body(role or ""):
        affiliation = None  # "Director, Sales", "the Ranking Member": a department or a qualifier
    if affiliation:
        affiliation = _nation(affiliation)
    return PersonMention(name=shown, role=role, affiliation=affiliation, strong=strong,
                         quoted=said or (quoted_block and strong), titled=titled, by_deed=by_deed and role is not None)
