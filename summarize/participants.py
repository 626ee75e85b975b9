"""People, organizations and places that take part in the release (issue #6).

`extract_participants` reads the cleaned document (headline, dateline, body blocks),
finds the body's sentences and places (places.py), the organizations the release keeps
(release_orgs.py) and its people with their roles (release_people.py), and the issuer: the
body an executive with no organization named speaks for.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from . import lexicon, resources
from .boilerplate import is_credit
from .dateline_cities import dateline_end, dateline_place, dateline_places
from .models import Document, Organization, Participants, Person
from .names import key, spans, strip_suffix, surname, words, word_starts, written_in_lower_case
from .org_folding import listed_as
from .org_names import is_org_name
from .organizations import ticker_orgs
from .places import city_in_state, is_qualifier, joined_places, named_whole, paired_places, place_of
from .release_orgs import about_names, release_organizations, stands_at
from .release_people import EXECUTIVE, org_name_keys, release_people
from .role_affiliation import PAST_ROLE
from .titles import describing

# Where the body ends and boilerplate starts, for documents the cleaner has not yet
# trimmed: an "About Acme" heading, a forward-looking or contact heading, a wire footer.
_BOILERPLATE_START = re.compile(
    r"^(?:#+\s*)?(?:\*\*)?(?:About\s+(?:the\s+)?[A-Z][^!?]{0,80}$|About\s+[A-Z][\w.&\- ]{0,60}:"
    r"|About\s+(?:the\s+)?[A-Z][^!?]{0,200}?\b(?:is|are)\s+(?:a|an|the)\b"
    r"|About\s+([A-Z].{2,60}?)\s+\1(?!\w)"  # heading glued to its paragraph
    r"|(?:Cautionary\s+(?:Note|Statement)|Forward[- ]Looking\s+Statements?|Safe\s+Harbor)"
    r"|(?:Media|Press|Investor|Company)?\s*(?:Contacts?|Inquiries|Relations)\s*(?:Information|Details)?:?\s*$"
    r"|(?:Media|Press|Investor)\s+Contacts?\b|###|-\s*###|SOURCE:|Source:|The post\s)"
)
_QUOTE = re.compile(r"[\"“”]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SENTENCE_ENDS = tuple('.!?:;"”')


def body_blocks(document: Document) -> list[str]:
    """The body's blocks up to the first boilerplate heading (a guard until the cleaner
    sets such sections aside itself)."""
    out = []
    for block in document.blocks:
        text = block.text.strip()
        if _BOILERPLATE_START.match(text):
            break
        out.append(text)
    return out


def _sentences(document: Document) -> tuple[list[tuple[int, str, bool]], list[str]]:
    """(position, sentence, in a quoted block) of the body, the dateline cut off the
    first block, and the title-case lines (headings) apart: every word is capitalized
    there, so they show no names, except before a ticker ("2. Nanosonics (ASX: NAN)")."""
    from .split import split_sentences

    out: list[tuple[int, str, bool]] = []
    headings: list[str] = []
    for b, text in enumerate(body_blocks(document)):
        if b < 3:
            text = text[dateline_end(text):]
        quoted = bool(_QUOTE.search(text))
        for sentence in split_sentences(text):
            if title_case(sentence):
                headings.append(sentence)
            elif not is_credit(sentence):
                out.append((len(out), sentence, quoted))
    return out, headings


def _not_surnames(places: list[str], people: list[Person], document: Document, text: str) -> list[str]:
    """Places that are not a person's surname: with Marva Washington in the release,
    "Washington shared the inspiration" names her, not the state (the dateline's place stays); nor
    a person's first name the text never names as a place ("Chad has built ..." with Chad Roe in it)."""
    surnames = {surname(p.name) for p in people if len(words(p.name)) >= 2}
    given = {words(p.name)[0] for p in people if len(words(p.name)) >= 2}
    dateline = set(dateline_places(document.dateline.place)) if document.dateline and document.dateline.place else set()
    return [p for p in places if p in dateline or ((p not in surnames or p in _countries_and_states())
                                                   and not (p in given and not _placed(p, text)))]


def _towns_not_people(people: list[Person], text: str) -> tuple[list[Person], list[str]]:
    """People that are towns the gazetteer lacks: "a clinic in Coral Gables" names a place when the
    text never gives the name a role, a quote or an honorific ("said Mara Quist", "Ms. Quist")."""
    towns = [p.name for p in people if p.role is None and p.affiliation is None and " " in p.name and _a_town(p.name, text)]
    return ([p for p in people if p.name not in towns], towns) if towns else (people, [])


# A preposition of place right before a name, and the word before it: "a clinic in Coral Gables",
# "homes near Quarrow Springs" (not "stand-in Mara Quist").
_LOCATIVE_BEFORE = re.compile(r"(?:(\w+)\s+)?(?<![\w-])(?:[Ii]n|[Nn]ear|[Oo]utside|[Tt]hroughout|[Aa]cross)\s+$")
# After a name, what makes it one of a list of people or describes a person: "in Mara Quist and Ada Park", "in Mara Quist, who".
_PEOPLE_AFTER = re.compile(r"\s+and\s+[A-Z][a-z]+\s+[A-Z]|,\s+who\b")


def _locative(text: str, at: int, end: int) -> bool:
    """The name at `at` follows a preposition of place, not a person's noun ("the nominee in Mara
    Quist"), and starts no list of people."""
    m = _LOCATIVE_BEFORE.search(text, max(0, at - 30), at)
    before = (m.group(1) or "").lower() if m else ""
    return (m is not None and before not in lexicon.title_words() and before not in resources.word_set("people_before_in.txt")
            and not _PEOPLE_AFTER.match(text, end))
# What a person's name has around it: "said Mara Quist", "according to Mara Quist", "Ms. Mara Quist".
_PERSON_BEFORE = re.compile(r"\b(?:said|says|told|according to|Mr|Mrs|Ms|Dr|Prof)\.?\s+$")
_PERSON_AFTER = re.compile(r",?\s+(?:said|says|told|added|explained|noted|stated|wrote)\b|['’]s?\s")


def _a_town(name: str, text: str) -> bool:
    """The text writes the name after a preposition of place and never as a person's, whole
    or by its last word ("Mourinho said" makes "faith in Jose Mourinho" a person's)."""
    placed = False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _PERSON_BEFORE.search(text, max(0, at - 16), at) or _PERSON_AFTER.match(text, end):
            return False
        placed = placed or _locative(text, at, end)
        at = text.find(name, end)
    return placed and not _alone(name.split()[-1], name, text)


def _alone(word: str, name: str, text: str) -> bool:
    """The last word of the name written without the rest, as a surname is ("Mourinho has won");
    a town's is not ("Gables", "Nuys")."""
    start = len(name) - len(word)
    at = text.find(word)
    while at >= 0:
        if not text[at + len(word):at + len(word) + 1].isalpha() and text[at - start:at] != name[:start]:
            return True
        at = text.find(word, at + len(word))
    return False


def _placed(place: str, text: str) -> bool:
    """The text puts something in, at or from the place: "offices in Chad", "a Chad-based firm"
    (not "Chad has built ...", Chad Roe's first name)."""
    # "in Chad", "In Chad, ...", "a Chad-based firm"; not "according to Chad Roffers", the whole name
    # (str.find and two precompiled patterns: a pattern built per place would cost a compile each time)
    at = text.find(place)
    while at >= 0:
        end = at + len(place)
        if not text[at - 1:at].isalnum() and not text[end:end + 1].isalnum():
            if text.startswith("-based", end):
                return True
            if _place_before().search(text, max(0, at - 20), at) and not _CAPITAL_NEXT.match(text, end):
                return True
        at = text.find(place, end)
    return False


_CAPITAL_NEXT = re.compile(r" +[A-Z]")


@functools.cache
def _place_before() -> re.Pattern[str]:
    """A word before a place (data/place_prepositions.txt, with "of" and "visit"), capitalized or
    not, right before it: "in ", "In the ", "visited "."""
    found = resources.word_set("place_prepositions.txt") | {"of", "visit", "visited", "visiting", "visits"}
    words = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(found, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$")


@functools.cache
def _countries_and_states() -> frozenset[str]:
    """Places too wide to be a person's surname in a release: "Australia", "Colorado"."""
    return lexicon.countries() | frozenset(lexicon.state_codes().values())


def title_case(line: str) -> bool:
    """Most words capitalized, as in a headline: "Acme Widgets Signs Deal With Foo"."""
    if line.rstrip().endswith(_SENTENCE_ENDS):
        return False  # a sentence, however many names it holds
    ws = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(ws) >= 3 and sum(w[0].isupper() for w in ws) / len(ws) > 0.7


def extract_participants(document: Document) -> Participants:
    """Participants of the body: `extract_participants(clean(text)).people[0].name`."""
    sentences, headings = _sentences(document)
    text = " ".join(sentence for _, sentence, _ in sentences)  # to look a word up in the whole body
    places = _places(document, sentences, text)
    listed = [m for line in headings for m in ticker_orgs(line, colon=True)]
    orgs = release_organizations(sentences, set(places), about_names(document), listed, document.headline or "")
    lead = sentences[0][1] if sentences else None
    issuer = _issuer(document.headline, orgs, lead)
    people = _with_issuer(release_people(sentences, orgs, set(places), text, document.headline, headings), issuer)
    people, towns = _towns_not_people(people, text)
    places += [t for t in towns if t not in places]
    people_names = {key(p.name) for p in people}
    places = _not_surnames(places, people, document, text)
    organizations = tuple(Organization(name, tuple(sorted(a for a in aliases if not _glued_form(a, name))))
                          for name, aliases in orgs.items() if key(name) not in people_names)
    organizations += _affiliations_unlisted(people, orgs, people_names | {key(p) for p in places})
    return Participants(people=tuple(people), organizations=_most_central_first(organizations, issuer, document.headline or "", text),
                        places=tuple(places))


def _most_central_first(organizations: tuple[Organization, ...], issuer: str | None, headline: str, text: str) -> tuple[Organization, ...]:
    """The issuer first, then those the headline names, then those the release names most (up to
    three times), then the first named: the order a reader scans ("Palermo Law" before the
    credit union it thanks once)."""
    def centrality(org: Organization) -> tuple[bool, bool, int, int]:
        names = (org.name, *org.aliases)
        at = [i for n in names for i in word_starts(n, text)]
        return (org.name != issuer, not any(next(word_starts(n, headline), -1) >= 0 for n in names),
                -min(len(at), 3), min(at, default=len(text)))
    return tuple(sorted(organizations, key=centrality))


def _glued_form(alias: str, name: str) -> bool:
    """An alias that is the name with words glued before it ("No Grungo Law", "Supervisory Board
    of NFON AG"): it helped to find the organization, but no reader calls it that."""
    return len(alias) > len(name) and alias.endswith(f" {name}")


def _word_not_body(name: str) -> bool:
    """An ordinary word, a people's or a kind of body, not a body's name: "Featured", "European", "Group"."""
    return " " not in name and (name.lower() in lexicon.common_words() or name in lexicon.demonyms()
                                or name in lexicon.org_words() or name.lower() in lexicon.stop_words())


def _affiliations_unlisted(people: list[Person], orgs: dict[str, set[str]], not_orgs: set[str]) -> tuple[Organization, ...]:
    """The bodies people run that the organizations found do not hold ("Tim Roe, Founder and
    CEO of Lunar Strategy"): the body an executive heads takes part too. Not a place nor a person."""
    listed = org_name_keys(orgs) | not_orgs
    out: dict[str, Organization] = {}
    for p in people:
        name = _undescribed(p.affiliation or "")
        k = key(name) if name else ""
        if (k and k not in listed and k not in out and p.role and EXECUTIVE.search(p.role)
                and name not in lexicon.places() and name[:1].isupper() and not _word_not_body(name)
                and listed_as(name, orgs) is None):  # ("WRU" of the Welsh Rugby Union listed)
            out[k] = Organization(name, ())
    return tuple(out.values())


def _undescribed(name: str) -> str:
    """The name without the descriptions before it: "UK-based VC Goodthings" -> "VC Goodthings"."""
    words = name.split()
    while len(words) > 1 and "-" in words[0] and describing(words[0]):  # (not "Retouching Zone")
        words.pop(0)
    return " ".join(words)


def _issuer(headline: str | None, orgs: dict[str, set[str]], lead: str | None = None) -> str | None:
    """The organization of the headline that the lead sentence names first, else the one the
    headline names first: the release's issuer ("Danaher Reports Third Quarter 2025 Results" ->
    Danaher Corporation, known also as "Danaher"; "Ford Pickup Shines at Avalon Car Museum", whose
    lead says "Avalon Car Museum welcomes ...": the museum, not the product named first). With no
    body in the headline, the one the lead sentence opens on."""
    in_headline = [(at, name) for name, aliases in orgs.items() if (at := _named_at(headline, name, aliases)) >= 0] if headline else []
    if not in_headline:  # no body in the headline: the one the lead sentence opens on ("Paystar, a Lagos-based ...")
        opening = [name for name, aliases in orgs.items() if lead and " Board" not in name and 0 <= _named_at(lead, name, aliases) <= 4]
        return opening[0] if len(opening) == 1 else None
    if _APPOINTS.search(headline):
        hiring = [name for name, aliases in orgs.items() if " Board" not in name and _appoints(headline, name, aliases)]
        if len(hiring) == 1:  # "SPAC Target Vesicor Therapeutics Names Jane Roe CEO": Vesicor
            return hiring[0]
    first = min(in_headline)[1]
    if lead and " Board" not in first:
        in_lead = [(at, name) for _, name in in_headline
                   if " Board" not in name and (at := _named_at(lead, name, orgs[name])) >= 0]
        if in_lead:
            return min(in_lead)[1]
    return first


# A headline's verb of hiring, after the one who hires (and its tickers): "Acme Inc. (NASDAQ: ACME) Appoints".
_APPOINTS = re.compile(r"\b(?:Names|Appoints|Welcomes|Hires|Promotes|Elects|Taps)\s")
_BEFORE_APPOINTS = re.compile(r"(?:,?\s*\([^)]{0,60}\))*\s+(?:Names|Appoints|Welcomes|Hires|Promotes|Elects|Taps)\s")


def _appoints(headline: str, name: str, aliases: set[str]) -> bool:
    """The headline has the organization hire someone: "Acme Appoints Jane Roe as CFO"."""
    return any(_BEFORE_APPOINTS.match(headline, at + len(form)) for form, at in _found_forms(headline, name, aliases))


def _named_at(text: str, name: str, aliases: set[str]) -> int:
    """Where `text` first names the organization, by any of its forms, or -1."""
    return min((at for _, at in _found_forms(text, name, aliases)), default=-1)


def _found_forms(text: str, name: str, aliases: set[str]):
    """(form, where) for each form of the organization's name that `text` holds as words:
    its name, the name without its legal suffix ("Quillan Forge" of "Quillan Forge Inc."), its aliases."""
    for form in (name, strip_suffix(name), *aliases):
        if len(form) > 2 and (at := stands_at(text, form)) >= 0:
            yield form, at


def _with_issuer(people: list[Person], issuer: str | None) -> list[Person]:
    """An executive with no organization named is the issuer's: "said Rainer M. Blair, President
    and Chief Executive Officer" in Danaher's release."""
    if issuer is None or " Board" in issuer:  # (a board is no issuer: "Acme Board of Directors")
        return people
    return [replace(p, affiliation=issuer) if p.role and p.affiliation is None and EXECUTIVE.search(p.role)
            and not PAST_ROLE.match(p.role) and not _OF_BODY.search(p.role) else p for p in people]


_OF_BODY = re.compile(r"\s(?:of|at)\s+(?:the\s+)?[A-Z0-9]")  # a role that names its own body: "CEO of 1547"


def _places(document: Document, sentences: list[tuple[int, str, bool]], text: str) -> list[str]:
    found: list[str] = []
    if document.dateline and document.dateline.place:
        found.extend(dateline_places(document.dateline.place))
    else:
        blocks = body_blocks(document)  # (only here: it matches a long regex on every block)
        found.extend(p for p in [next((p for p in map(dateline_place, blocks[:3]) if p), None)] if p)
    qualified: list[str] = []
    openers: set[str] = set()  # one-word places met only opening a sentence: "Mobile gaming is ..."
    for _, sentence, _ in sentences:
        for s in spans(sentence):
            place = place_of(s, sentence)
            if place and s.start <= 1 and place == s.text and " " not in place and place not in found:
                openers.add(place)
            elif place:
                openers.discard(place)
            if place is None:
                head, based, _ = s.text.partition("-based")
                if based and head in lexicon.places():
                    place = lexicon.places()[head]  # "a Lagos-based payments company", "Paris-based LVMH"
                elif "-" in s.text or " & " in s.text:  # "the Israel-Iran conflict", "US-China trade", "Europe & Asia": both
                    found.extend(p for p in joined_places(s.text) or paired_places(s, sentence) if p not in found)
            if not place or (_org_like(s.text) and not city_in_state(s, sentence) and "-based " not in s.text):
                continue  # "Bank of America, Texas"; but "a bank in Falls Church, Virginia"
            if is_qualifier(s, sentence):
                qualified.append(place)
            elif place not in found:
                found.append(place)
            if sentence.startswith("/", s.end):  # "Raleigh/Durham", "Dallas/Ft. Worth": the second city too
                found.extend(p for p in paired_places(s, sentence)[1:] if p not in found)
    if openers:  # a city that is also a word the text writes in lower case: "Mobile gaming", "mobile games"
        found = [p for p in found if p not in openers or not written_in_lower_case(p, text)]
    dateline = found[:1] if document.dateline and document.dateline.place else []
    found = [p for p in found if p in dateline or not _a_word_unplaced(p, text)]
    return named_whole(found)


def _a_word_unplaced(place: str, text: str) -> bool:
    """A one-word city the text also writes in lower case or as a surname and never locates, neither
    after a preposition of place nor before its state: "The Mobile plan" or "PC, Mobile, and Consoles"
    with "mobile apps" in the text (not "a salvage company from Mobile, Alabama")."""
    return (" " not in place and place not in _countries_and_states() and place not in lexicon.subdivisions()
            and place not in _COMPASS_REGIONS  # "midwest growers" still names the Midwest
            and (written_in_lower_case(place, text) or _a_surname_in(place, text))
            and not _placed(place, text) and not _before_state(place, text))


def _a_surname_in(place: str, text: str) -> bool:
    """The text writes the city's name after a first name, as a surname: "Chief Thomas Jackson"
    makes "after Jackson resigned" his, when no person holds it."""
    at = text.find(place)
    while at >= 0:
        m = _WORD_BEFORE.search(text, max(0, at - 20), at)
        if m and m.group(1) in lexicon.first_names() and not text[at + len(place):at + len(place) + 1].isalpha():
            return True
        at = text.find(place, at + 1)
    return False


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_COMPASS_REGIONS = frozenset({"Midwest", "Mideast", "Northeast", "Northwest", "Southeast", "Southwest"})


def _before_state(place: str, text: str) -> bool:
    """The text writes the city before its state or country: "Mobile, Alabama", "Reading, England"."""
    at = text.find(f"{place}, ")
    while at >= 0:
        m = _STATE_AFTER.match(text, at + len(place) + 2)
        if m and (m.group(0) in lexicon.state_codes() or m.group(0) in lexicon.places()):
            return True
        at = text.find(f"{place}, ", at + 1)
    return False


_STATE_AFTER = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2}\b")


def _org_like(text: str) -> bool:
    return is_org_name(text) and len(words(text)) > 1
