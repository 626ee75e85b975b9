"""People: who is named, in what role, for whom.

A person mention is a name-shaped span with evidence: a title or honorific before it
("Foreign Minister Jeyhun Bayramov", "Dr. Lee"), an apposition after it ("Jane Roe,
CEO of Acme,"), an attribution ("said Jane Roe", "according to Jane Roe"), or, weakest,
a known first name. The affiliation comes from the apposition's organization, a
possessive owner ("Azerbaijan's Foreign Minister") or a demonym ("Palestinian
Ambassador" -> Palestine).

This module reads a span as a person in its sentence (person_from_span, sentence_people).
What the span's words alone say is person_names.py's; a role before the name that the span
does not hold is role_before.py's; what follows a name is apposition.py's; surnames alone,
across the release, are surnames.py's.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from . import lexicon, resources
from .apposition import COPULAS, apposition, bracketed_role, copula_role
from .names import BODY_LETTERS, LEAD_IN, Span, common_name, looks_like_person, quoted_alone, spans, without_the
from .org_names import is_org_name
from .person_names import FIRST_NAME_TITLES, GLUED, first_and_initial, name_shape, parties, span_name, unglued
from .role_after import appointed_role, as_role, founded_role
from .role_before import (JOINED, VERB_AFTER, agent_role, body_led_by, joined_before_title, joined_title, owner_run, past_title, past_title_of_body_led,
                          plural_title, title_set_off, title_without_clause)
from .role_org import heads_whole_body
from .titles import (RANKS, ROLE_MODIFIERS, SPEECH, SPEECH_WORDS, common_word, generic_owner, has_title_head, is_title,
                     rank_after_office, role_head_words, strip_leading_noise, the_title_before_pattern, title_before)

_SAID_AFTER = re.compile(rf"^\s+(?:(?:has|had|have|also|later|then|once|previously)\s+){{0,2}}(?:{SPEECH})\b")  # "has said"
_SAID_AFTER_APPOSITION = re.compile(rf"^,\s+[^\"“”]{{1,160}}?,\s+(?:{SPEECH})\b")
_LOWER_TITLE_THEN_NAME = re.compile(r"(\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+)[A-Z]")
_RESIDENT_AFTER = re.compile(r"\s+(?:residents?|natives?)\b")  # a place: "Royal Palm Beach resident Jane Roe"
# A film's cast: "starring Liam Roe as the scientist Alfred Kinsey" names a part, not a role.
_CAST_BEFORE = re.compile(r"\b(?:starring|casting|cast|co-starring)\s+$")
# A capitalized word and "of" right before a span: the span ends a body's name the span reader cut
# ("Coordination of |Humanitarian Affairs").
# (not one opening the sentence: "Ahead of Narendra Modi's visit")
_NAME_THEN_OF = re.compile(r"\S\s+[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
_OF_AFTER = re.compile(r",?\s+(of|from)\s+(?:the\s+)?")
_OWNER_BEFORE = re.compile(rf"([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){{0,4}})['’]s?\s+(?:{ROLE_MODIFIERS}\s+)?$")


# Who runs a thing, after what it is: "World Tree, a climate business led by an LA-based CEO"
# (the CEO is not what World Tree is).
_BY_SOMEONE = re.compile(r"\s(?:led|run|headed|founded|co-founded|owned|chaired|managed|created|started)\s+by\s")
# An acronym in brackets right before or after a span: "AGL (Agent Governance Layer)".
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][\w&-]*[A-Z][\w&-]*)\s*\($")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][\w&-]*[A-Z][\w&-]*)\)")


# An apposition that describes rather than names an office: "President Widodo, the leader of a
# strong and proud country," (the title before the name stays).
_DESCRIPTION = re.compile(r"\bof\s+(?:a|an)\s")


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


def sentence_people(sentence: str, quoted_block: bool = False) -> list[PersonMention]:
    """Person mentions in a sentence, with what the sentence says of each."""
    return list(_sentence_people(sentence, quoted_block))


@functools.lru_cache(maxsize=1024)  # people and organizations both read each sentence's people
def _sentence_people(sentence: str, quoted_block: bool) -> tuple[PersonMention, ...]:
    found = [m for m in (_person_from(s, sentence, quoted_block) for s in spans(sentence)) if m]
    # A name that another mention reads as its organization is no person: "said Jane Roe,
    # CEO Acme" (the span "CEO Acme" alone reads as a titled Acme), "partner at Pearl Cohen";
    # but an owner of a person's role is one ("Denise Lewis' coach John Doe").
    owners = {m.affiliation for m in found if m.affiliation}
    return tuple(m for m in found if not (owners and m.name in owners and m.name + "'" not in sentence
                                          and m.name + "’" not in sentence))


def _person_from(s: Span, sentence: str, quoted_block: bool) -> PersonMention | None:
    """A person in a span, read with a comma after the name when a title follows it with none:
    "said Tom Roe Chief Executive Officer of Acme" as "said Tom Roe, Chief Executive Officer of Acme"."""
    cut = _title_after_name(s.text)
    if not cut:
        return person_from_span(s, sentence, quoted_block)
    name = s.text[:cut].rstrip(",")
    at = s.start + len(name)
    letters = s.text[cut + 1:]
    if letters in _POSTNOMINALS or not (_TITLE_GOES_ON.match(sentence, s.end) or _TITLE_GOES_ON.search(letters)):
        # "Paul Vey MP said", "Acme named Jane Roe CEO on Monday": the span's title is the role, the clause goes on
        m = person_from_span(Span(name, s.start, at), sentence[:at] + sentence[s.end:], quoted_block)
        return replace(m, role=m.role or letters, strong=True) if m else None
    comma = "" if sentence.startswith(",", at) else ","  # ("Jane Roe, Sr. Director of Sales": the span held the comma)
    return person_from_span(Span(name, s.start, at), f"{sentence[:at]}{comma}{sentence[at:]}", quoted_block)


# Letters after a name that say what the person is: "Jane Roe MP", "John Doe QC".
_POSTNOMINALS = frozenset({"MP", "MEP", "MSP", "QC", "KC"})


# Titles written before a name and hardly after one, which are surnames as well: "Billie Jean King".
_RANKS_BEFORE_NAMES = frozenset({"King", "Queen", "Prince", "Princess", "Lord", "Lady", "Sir", "Dame", "Pope", "Bishop"})


_TITLE_GOES_ON = re.compile(r"\s+(?:of|at|for|with|in|and|&)\s|,")  # "Jane Roe CEO| of Acme", "Jane Roe CEO|, Acme"


@functools.lru_cache(maxsize=4096)
def _title_after_name(text: str) -> int:
    """Where a first name and a surname end when title words follow them in the same span, up
    to "of", "at", "for" or the end ("Ryan Roe CEO", "Rana Roe President and CEO of Acme"; not "Mary
    Kay President Jane Roe", a name in the title's place), or 0."""
    ws = text.split()
    if len(ws) < 3 or ws[0] not in lexicon.first_names():
        return 0
    if ws[-1] in _POSTNOMINALS and len(ws) in (3, 4):
        return len(text) - len(ws[-1]) - 1  # "Margaret Vey MP"
    titles, common, surnames = lexicon.title_words(), lexicon.common_words(), lexicon.surname_words()
    k = next((k for k in (2, 3) if k < len(ws) and ws[k].lower() in titles and ws[k - 1].lower() not in titles), 0)
    if not k or ws[k] in _RANKS_BEFORE_NAMES or any(
            w.lower() in titles or w in lexicon.org_words() or (w.lower() in common and w.lower() not in surnames)
            for w in ws[1:k]):
        return 0  # (not "Martin Luther King", "Paul Roe Distinguished Chair", "Marvin Sales Representative")
    rest = []
    for w in ws[k:]:
        if w in ("of", "at", "for"):
            break
        rest.append(w)
    if not all(w.lower().strip(",") in titles or w in ("and", "&") for w in rest) or not has_title_head(" ".join(rest)):
        return 0
    if (len(rest) == 1 and rest[0].lower() in surnames) or (ws[k - 1] not in ("Sr.", "Jr.") and (
            ws[k - 1].endswith(".") or ws[k - 1] in lexicon.first_names())):
        return 0  # "Robert A. Dean", "Mary Ellen Farmer": the title word is the surname
    if ws[k - 1] in ("Sr.", "Sr") and k > 2:
        k -= 1  # "Jane Roe, Sr. Director": "Senior" opens the title
    return len(" ".join(ws[:k]))


def holds_a_name(role: str) -> bool:
    """The role holds a name, so it is a list or another person's: "Williams and rapper T.I"."""
    return any(looks_like_person(x.text) for x in spans(role))


# A pet or a thing owned, where no title or speech makes the name a person's: "my Golden
# Retriever", "our Royal Doulton" (a person is seldom "my Jane Roe"; "in" before a name is
# no such sign: "confidence in Tony Blair").
_OWNED_BEFORE = re.compile(r"\b(?:my|our|your)\s+$")
# A kind of work, then its title: "in the film Le Mans", "high school comedy Jane Roe" (a word that is
# a verb as well only after an article or a possessive: "the show Jane Roe", not "to film Jane Roe").
_WORK_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its)\s+(?:(?!(?:to|and|or|that|who|which)\s)[a-z]+\s+){0,2}"
                          r"(?:film|show|book|single)"
                          r"|\b(?:movie|novel|album|song|series|documentary|musical|opera|painting|sculpture|podcast|"
                          r"sitcom|drama|comedy|thriller))\s+$")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?)\s$")
# "the" right before a name with no title: a body's, a paper's or a ship's ("led by the Air Transport
# Gendarmerie", "the Daily Mail", "the Queen Mary liner"), not a person's.
_THE_BEFORE = re.compile(r"(?:^|\s)the\s$")
# A lower-case word after "the" and a person-shaped name, no function word: the name describes
# what follows ("the Ben Stiller comedy", "the Monica Lewinsky scandal"), a person named in passing.
_DESCRIBES_AFTER = re.compile(r"\s+(?!(?:who|which|that|whose|of|and|or|in|at|on|within|is|was|are|were|has|had|have|will|"
                              r"would|to|for|from|with|by|as)\b)[a-z]")
# An article of another language that opens a paper's, a place's or a work's name, and the most
# words such a name has here ("Le Monde", "Der Spiegel"; "Le" also opens Vietnamese names of three:
# "Le Van Hung"; not "Les", a first name: "Les Moonves").
_FOREIGN_ARTICLE = {"Le": 2, "La": 4, "Der": 4, "Die": 4, "Das": 4, "El": 4, "Il": 4}
_NUMBERED = re.compile(r"\s*(?:#|No\.\s*)\d")


@functools.cache
def _ticker_after() -> re.Pattern[str]:
    """An exchange's ticker right after a name (data/exchanges.txt, as organizations._ticker_re
    reads it): "Acme's (NYSE: ACM)", "Acme (OTCQB: ACMX)", "Acme (TSX-V: ACM)"."""
    exchanges = "|".join(re.escape(e) for e in lexicon.exchanges())
    return re.compile(rf"(?:['’]s?)?\s*\((?:{exchanges})\w*\b[^)]{{0,12}}:")


def _figure_title(name_words: list[str]) -> bool:
    """A name ending on a title a person is known by after "the": "the Dalai Lama" (data/figure_titles.txt)."""
    return len(name_words) > 1 and name_words[-1] in resources.word_set("figure_titles.txt", lower=False)


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
    if m.group(1) == "of" and sentence[end] == " " and BODY_LETTERS.fullmatch(name):
        return name  # a body's letters right after "of": "Gene Roe of UCLA", "Rhian Roe of the JCWI"
    return name if is_org_name(name) or " & " in name or name in lexicon.known_organizations() else None


def _possessive_body(sentence: str, start: int) -> str | None:
    """A body or a country that owns the name at `start` with a possessive, no title between:
    "CNN's Anderson Cooper", "the Conservative Party's Jane Roe", "Britain's Jane Roe" (not a
    person's, "Obama's Joe Biden", nor a word like "the company's")."""
    m = _OWNER_BEFORE.search(sentence, max(0, start - 80), start)
    owner = strip_leading_noise(m.group(1)) if m else None
    if not owner:
        return None
    if owner in lexicon.places() or owner in lexicon.known_organizations() or owner in parties():
        return lexicon.places().get(owner, owner)
    if generic_owner(owner) or (looks_like_person(owner, strong=True) and not is_org_name(owner)):
        return None
    return owner if is_org_name(owner) or (owner.isupper() and len(owner) > 1) else None


def _owns_next_title(sentence: str, end: int) -> bool:
    """Whether the words after `end` are a lower-case title and a name that the text up to
    `end` owns, as `title_before` reads it: "Cherry Hill| attorney Jeffrey Fritz"."""
    m = _LOWER_TITLE_THEN_NAME.match(sentence, end)
    return bool(m) and title_before(sentence[: m.end(1)])[1] is not None


def said_before(before: str) -> bool:
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


# A nationality or a people's adjective that names no country: "English artist", "Jewish group".
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ese)")
# Where a body is or who backs it, no name: "the Frankfurt-based exchange", "U.S.-supported".
_DESCRIBING = re.compile(r"^\S+-(?:based|backed|supported|owned|led|funded|run)$")


def nation(affiliation: str) -> str | None:
    """The country of a nationality read as an affiliation ("the Israeli ambassador" ->
    Israel, "Scottish comedian" -> Scotland), none for one with no country ("English artist")
    or a describing word ("Frankfurt-based")."""
    country = lexicon.demonyms().get(affiliation)
    if country:
        return country
    if _NATIONALITY.fullmatch(affiliation) or _DESCRIBING.search(affiliation):
        return None  # "English artist"; "the Frankfurt-based exchange", "the U.S.-supported President"
    if "-" in affiliation and all(part in lexicon.demonyms() for part in affiliation.split("-")):
        return None  # "Filipino-American author": a heritage, no body or country to speak for
    return affiliation


_NAME_GOES_ON = re.compile(r"\s*[\"“A-Z]")  # 'Jose A. "Pepe" Villalobos'


def _describes_a_body(app_role: str) -> bool:
    """An apposition whose head noun is a kind of body: "a family-owned business from ...",
    "a local bakery in ..." (body_nouns.txt)."""
    ws = role_head_words(app_role)
    return bool(ws) and ws[-1].islower() and ws[-1] in lexicon.body_nouns()  # (not "Vice President, Comcast Business")


def person_from_span(s: Span, sentence: str, quoted_block: bool = False, confirmed: bool = False) -> PersonMention | None:
    """A person mention if the span names a person in this sentence, else None (`confirmed`:
    the text elsewhere calls the name's last word a person's, see `named_again`)."""
    if "," not in s.text and len(s.text.split(None, 1)) == 1:
        return None  # one word, most spans: no title or honorific before a name (as `span_name` finds)
    if GLUED.search(s.text):
        s = unglued(s)
        if s is None:
            return None
    if s.text[-2:-1] == " " and sentence.startswith(".", s.end) and s.text[-1].isupper() and not _NAME_GOES_ON.match(sentence, s.end + 1):
        s = Span(f"{s.text}.", s.start, s.end + 1)  # "Jessica R. from Toronto": the initial is the name's end
    named = span_name(s.text, not sentence[:s.start].strip(LEAD_IN))
    if named is None:
        return None
    role_words, name_words, country, honorific, party, shown = named
    if role_words and first_and_initial(name_words):
        return None  # "President Donald J. trump": a titled name has its surname (a testimonial's "Jessica R." has none)
    before, after = sentence[: s.start], sentence[s.end:]
    if not honorific and _ARTICLE_BEFORE.search(before[-4:]) and not looks_like_person(" ".join(name_words)):
        return None  # "its role as a Presenter Level Sponsor": a kind, not a person (but "a Paul Scholes header")
    if (not (honorific or role_words or party) and _THE_BEFORE.search(before[-5:])
            and (not looks_like_person(" ".join(name_words)) or not _DESCRIBES_AFTER.match(after))
            and not any(w in lexicon.first_names() for w in name_words[1:]) and not _figure_title(name_words)):
        return None  # "the Red Cross", "the Daily Telegraph", "the Hilton Anatole," (but "the Commons Oliver Heald": a
        # name glued to a body's; "the Ben Stiller comedy", "the Michael Brown case": a person's name describing a thing)
    if not (role_words or honorific or party) and _NAME_THEN_OF.search(before[-40:]) and not looks_like_person(" ".join(name_words)):
        return None  # "the Office for the Coordination of Humanitarian Affairs said": the end of a body's name
    if not (role_words or honorific) and _ticker_after().match(after):
        return None  # "Eli Lilly’s (NYSE: LLY) Trulicity": a listed company named after its founder
    if not (role_words or honorific) and _NUMBERED.match(after):
        return None  # "Bruce Banner #3", "Jane Roe No. 5": a product or a strain named after someone
    if _spells_acronym(s.text, before, sentence, s.end):
        return None  # "AGL-SG (Agent Governance Layer)": a thing's name spelled out
    if not (role_words or honorific) and (_owns_next_title(sentence, s.end) or _RESIDENT_AFTER.match(sentence, s.end)):
        return None  # "Cherry Hill attorney Jeffrey Fritz": the span says whose attorney; "Royal Palm Beach resident"
    if (role_words and not honorific and (s.text.startswith("The ") or before.endswith(("the ", "The ")))
            and common_name(name_words)):
        return None  # "the General Assembly", "the General Data Protection Regulation"
    role = " ".join(rank_after_office(role_words)) if role_words else None
    ranked = role in RANKS and s.text.split(None, 1)[0].endswith(".")  # an abbreviated rank: "Col. Jane Roe"
    if ranked and (office := title_before(before))[0]:
        role, party = office[0], party or office[1]  # "Pentagon spokesman Col. Jane Roe": the office over the rank
    affiliation = country or party
    strong = bool(role_words) or honorific
    titled = strong
    strong = strong or confirmed
    title_start = s.start  # where the title before the name starts: "Acme President and CEO Jane Roe"
    if role_words and not honorific and (joined := joined_title(sentence, before)):
        first, owner, title_start = joined
        role, affiliation = f"{first} and {role}", affiliation or owner
    if not role:
        free_title, owner = title_before(before)
        if free_title:
            role, strong, titled = free_title, True, True
            affiliation = affiliation or owner
            if owner and "by" in before and (past := past_title_of_body_led(sentence, before, free_title)):
                role, affiliation, title_start = past  # "Unbuzzd, led by former Acme executive Jane Roe": Unbuzzd's
            elif not owner and (joined := joined_before_title(sentence, before, free_title)):
                first, owner, title_start = joined  # "Mullen Automotive CEO and chair Jane Roe"
                role, affiliation = f"{first} and {free_title}", affiliation or owner
    if not role and (listed := plural_title(before)):
        # "Committee members Jane Roe, John Doe and ...": each of the list holds the title
        free_title, owner = title_before(before[: listed.end(2)] + " ")
        if free_title:
            role, strong, titled = free_title, True, True
            affiliation = affiliation or owner
    if not role or ranked:  # (a rank says less: "The commander of the Quds Force, Gen. Jane Roe")
        m = the_title_before_pattern().search(before) if before.rstrip().endswith(",") else None
        if m and not holds_a_name(m.group("role")) and (title := title_without_clause(m.group("role"))):
            # (not "the athlete and team-mates Jane Roe, |John Doe", "The prime minister's enthusiasm ..., X")
            role, strong = title, True
            owner = m.group("owner") or m.group("qualifier")
            if m.group("qualifier") and generic_owner(owner):
                role, owner = f"{owner} {role}", None  # "its Council member, Prof. Roe"
            elif m.group("owner"):
                owner = owner_run(before[: m.start("owner")]) + owner  # "Helix Labs’ CEO, Jane Roe"
            if owner and not affiliation and not generic_owner(owner):
                affiliation = lexicon.places().get(owner, owner)  # "Beeline's CEO, Jane Roe", "the U.S. ambassador, ..."
    if (not role and before.endswith(", ") and (after.startswith(",") or VERB_AFTER.match(after)) and not s.possessive
            and not common_word(name_words[0])):  # (not "speaker, Clinical Pharmacist Jane Roe,")
        set_off, owner = title_set_off(sentence, before, closed=after.startswith(","))
        if set_off:  # "Bevel CEO, Damon Frost, announced"
            role, strong, titled = set_off, True, True
            affiliation = affiliation or owner
    by_deed = False
    if not role and "by" in before:
        agent = agent_role(before)
        if agent:  # "hosted by Adam Curry and John Dvorak"
            role, by_deed = agent, True
    if role_words and not honorific and role == " ".join(role_words) and "by" in before and role in s.text and (
            past := past_title_of_body_led(sentence, sentence[: s.start + s.text.index(role) + len(role)] + " ", role)):
        role, affiliation, title_start = past  # "Unbuzzd, led by Acme’s former CEO Jane Roe": Unbuzzd's
    if role and not affiliation and "by" in before:
        affiliation = body_led_by(sentence, title_start)  # "Crossbay is led by CEO Jane Roe"
    if role and not affiliation:
        owner = _OWNER_BEFORE.search(sentence, 0, title_start)
        if owner and (owner_name := strip_leading_noise(owner.group(1))):
            head, _, last = owner_name.rpartition(" ")
            if head and is_title(f"{last}'s {role}"):  # "Baltimore City State's Attorney X": a title with a possessive
                role, owner_name = f"{last}'s {role}", head
            affiliation = lexicon.places().get(owner_name, owner_name)  # "But Iran's Supreme Leader X" -> Iran
    if role and not by_deed:  # "former Acme CEO X", "Ex-Labour MP X": a past title
        at = sentence.find(role, title_start, s.end)
        role, affiliation = past_title(sentence[: at if at >= 0 else title_start], role, affiliation)
    app_role, app_org = (None, None) if s.possessive else apposition(after, JOINED.search(before[-6:]) is not None)
    if not (app_role or role or s.possessive) and after.startswith(COPULAS):
        app_role, app_org = copula_role(after)  # "Jane Roe is the co-founder of Acme, a ..."
    if not (app_role or s.possessive) and after.lstrip().startswith("("):
        app_role, app_org = bracketed_role(after)  # "Jane Roe (CEO, Acme)", "Jane Roe (MBA), Partner"
    founded = False
    if not (app_role or role or s.possessive) and "founded " in after[:80]:
        app_role, app_org = founded_role(after)  # "Jane Roe founded Quarrow Labs in 2019"
        founded = app_role is not None  # a deed: a title written elsewhere comes first
    if app_role and not (strong or has_title_head(_BY_SOMEONE.split(app_role, 1)[0])
                         or name_words[0] in lexicon.first_names()):
        app_role, app_org = None, None  # "Witness Directory, showcasing ... marketing strategies"
    if app_role and not role and _describes_a_body(app_role):
        return None  # "Taylor Made Treats, a family-owned business from Egg Harbor City": a company
    if app_role and role and not by_deed and app_role.startswith("former ") and not role.lower().startswith("former"):
        app_role, app_org, strong = None, None, True  # "Phlow CEO Eric Roe, previously a co-founder of Kaleo": Phlow's CEO
    if app_role:
        strong = True
        role = app_role if not role or by_deed or (len(app_role) > len(role) and not _DESCRIPTION.search(app_role)) else role  # a title over a deed
        by_deed = (by_deed and role != app_role) or founded
        affiliation = app_org or affiliation
    elif not s.possessive:
        affiliation = _of_organization(sentence, s.end) or affiliation  # "Jeffrey Fritz, of Soloff & Zervanos,", "Jane Roe of Acme"
    # "said Jane Roe's lawyer", "he highlighted Acme Auctions' policy": the owner does not speak
    said = bool((said_before(before) and not s.possessive) or _SAID_AFTER.match(after)
                or _SAID_AFTER_APPOSITION.match(after))
    extra = as_role(after) if "as " in after and not _CAST_BEFORE.search(before) else None
    if extra is None and ("named" in before[-16:] or "ed " in after[:30] or " to " in after[:40] or before.endswith("s ")):
        extra = appointed_role(before, after)  # "Jane Roe has been named CTO", "Acme named Jane Roe its CFO"
    strong = strong or said or (extra is not None and len(name_words) > 1)  # "Priya Raman will join as CFO"
    if not name_shape(name_words, strong) or (not strong and (quoted_alone(sentence, s) or _WORK_BEFORE.search(before[-40:])
                                                              or _OWNED_BEFORE.search(before[-8:]))):
        return None  # 'the movie "Star Wars,"', "the film Le Mans": a work's title
    if len(name_words) == 1 and name_words[0] in lexicon.first_names() and not honorific and not (
            role_words and role_words[-1] in FIRST_NAME_TITLES and "and" not in role_words and not s.possessive):
        return None  # "President Trump" names a surname; "Minister Jane" is a fragment (but "King Abdullah"; not "Prince George's County")
    if not (role or extra or honorific) and _FOREIGN_ARTICLE.get(name_words[0], 0) >= len(name_words):
        return None  # "Le Parisien newspaper reported", "Der Spiegel", "La Colorada" (but "architect Le Corbusier")
    if extra and extra.lower() not in (role or "").lower():
        role = f"{role}; {extra}" if role else extra
    if not affiliation and before.endswith(("'s ", "’s ", "s' ", "s’ ")):
        affiliation = _possessive_body(sentence, s.start)  # "CNN's Anderson Cooper", "Labour's Paul Flynn"
    if affiliation and common_word(affiliation) and not heads_whole_body(role or ""):
        affiliation = None  # "Director, Sales", "the Ranking Member": a department or a qualifier
    if affiliation:
        affiliation = nation(affiliation)
    return PersonMention(name=shown, role=role, affiliation=affiliation, strong=strong,
                         quoted=said or (quoted_block and strong), titled=titled, by_deed=by_deed and role is not None)
