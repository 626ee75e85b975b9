"""People, organizations and places that take part in the release (issue #6).

`extract_participants` reads the cleaned document (headline, dateline, body blocks),
finds mentions sentence by sentence (people.py, organizations.py, places.py), merges
mentions of the same entity, and orders people by how central they are: named in the
lead, quoted, mentioned often.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from . import lexicon
from .boilerplate import is_credit
from .models import Document, Organization, Participants, Person
from .names import key, looks_like_person, same_person, spans, strip_suffix, without_the, words
from .organizations import OrgMention, exchanges_upper, merge, sentence_orgs, ticker_orgs
from .people import PersonMention, has_title_head, internal_body, sentence_people
from .titles import is_title
from .places import dateline_end, dateline_place, dateline_places, is_qualifier, place_of, state_after

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
_DIGIT = re.compile(r"\d")
_LOWER_AFTER = re.compile(r"\s[a-z]")
_LEAD_SENTENCES = 2


@dataclass
class _Person:
    name: str
    role: str | None = None
    affiliation: str | None = None
    mentions: int = 0
    quoted: bool = False
    lead: bool = False
    first: int = 0
    strong: bool = False
    roles: list[tuple[int, str, bool]] = field(default_factory=list)


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


def _not_surnames(places: list[str], people: list[Person], document: Document) -> list[str]:
    """Places that are not a person's surname: with Marva Washington in the release,
    "Washington shared the inspiration" names her, not the state (the dateline's place stays)."""
    surnames = {words(p.name)[-1] for p in people if len(words(p.name)) >= 2}
    dateline = set(dateline_places(document.dateline.place)) if document.dateline and document.dateline.place else set()
    return [p for p in places if p not in surnames or p in dateline or p in _countries_and_states()]


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
    places = _places(document, sentences)
    listed = [m for line in headings for m in ticker_orgs(line, colon=True)]
    orgs = _organizations(sentences, set(places), about_names(document), listed)
    people = _people(sentences, orgs, set(places))
    people_names = {key(p.name) for p in people}
    places = _not_surnames(places, people, document)
    organizations = tuple(Organization(name, tuple(sorted(aliases)))
                          for name, aliases in orgs.items() if key(name) not in people_names)
    return Participants(people=tuple(people), organizations=organizations, places=tuple(places))


def _places(document: Document, sentences: list[tuple[int, str, bool]]) -> list[str]:
    found: list[str] = []
    blocks = body_blocks(document)
    if document.dateline and document.dateline.place:
        found.extend(dateline_places(document.dateline.place))
    else:
        found.extend(p for p in [next((p for p in map(dateline_place, blocks[:3]) if p), None)] if p)
    qualified: list[str] = []
    for _, sentence, _ in sentences:
        for s in spans(sentence):
            place = place_of(s, sentence)
            if place is None:
                # "Azerbaijani forces" names a country; "Palestinian Ambassador X" names
                # the ambassador's affiliation and "French Stewart" a person.
                after = sentence[s.end:s.end + 2]
                if s.text in lexicon.demonyms() and _LOWER_AFTER.match(after):
                    place = lexicon.demonyms()[s.text]
            if not place or (_org_like(s.text) and not _city_in_state(s, sentence)):
                continue  # "Bank of America, Texas"; but "a bank in Falls Church, Virginia"
            if is_qualifier(s, sentence):
                qualified.append(place)
            elif place not in found:
                found.append(place)
    return found


def _city_in_state(s, sentence: str) -> bool:
    """ "in X, <state>": a city whatever its words ("in Falls Church, Virginia")."""
    return sentence.endswith(("in ", "In "), 0, s.start) and state_after(s, sentence) in lexicon.subdivisions()


def _org_like(text: str) -> bool:
    from .organizations import is_org_name

    return is_org_name(text) and len(words(text)) > 1


@functools.cache
def _known_place_keys() -> frozenset[str]:
    return frozenset(key(p) for p in lexicon.places())


def about_names(document: Document) -> tuple[str, ...]:
    """The names an "About ..." heading gives: "About HR.com and the HR Research Institute"
    -> HR.com, HR Research Institute. The cleaner set those sections aside; their
    headings still say whom the release is from."""
    out: list[str] = []
    for r in document.removed:
        m = _ABOUT_HEADING.match(r.text) if r.reason == "about section" else None
        if m:
            for part in _ABOUT_SPLIT.split(_BRACKETS.sub("", m.group(1))):
                part = _CREDENTIALS.sub("", without_the(part.strip()))
                ws = words(part)
                if (part and part[0].isupper() and len(ws) <= 8 and ws[0] not in lexicon.honorifics()
                        and ws[-1] not in lexicon.not_org_heads() and not ws[-1].isdigit()):
                    # not "About Dr. Roe", "About the Summit", "About Inc. 5000"
                    out.append(part)
    return tuple(out)


_ABOUT_HEADING = re.compile(r"^(?:#+\s*)?About\s+(.{2,80}?)\s*:?$")
_ABOUT_SPLIT = re.compile(r"\s+and\s+the\s+")  # "About HR.com and the HR Research Institute"
_BRACKETS = re.compile(r"\s*\([^)]*\)")  # "(OTC: AERA)", "(IMUA)"
_CREDENTIALS = re.compile(r"(?:,\s*(?:[A-Z]{2,6}|Ph\.?D\.?|M\.D\.|Esq\.?))+$")  # "Jane Roe, MD, FACC"


def _ordinary_word(name: str, sentences) -> bool:
    """One word the release also writes in lower case, as a word and not in a web address:
    "About the Author", "Rescuers" beside "the rescuers"; not "Rolex" beside "rolex.com"."""
    if " " in name or not name.isalpha():
        return False
    if not any(name.lower() in s for _, s, _ in sentences):
        return False  # (a string test first: one regex per name churns the regex cache)
    lower = re.compile(rf"(?<![\w./@-]){re.escape(name.lower())}(?![\w/@-]|\.\w)")
    return any(lower.search(s) for _, s, _ in sentences)


def _organizations(sentences, places: set[str], about: tuple[str, ...] = (),
                   listed: list[OrgMention] | None = None) -> dict[str, set[str]]:
    mentions: list[OrgMention] = list(listed or ())
    for _, sentence, _ in sentences:
        mentions.extend(sentence_orgs(sentence))
    person_names: set[str] = set()
    titled: set[str] = set()  # a weak cue ("Arsene Wenger has signed") does not outweigh "manager Arsene Wenger"
    for _, sentence, quoted in sentences:
        for p in sentence_people(sentence, quoted):
            person_names.add(p.name)
            if p.titled:
                titled.add(key(p.name))
            if p.affiliation and p.affiliation not in places and p.affiliation not in lexicon.countries():
                mentions.append(OrgMention(p.affiliation, strong=False))
    for name in about:  # named in an About heading and in the body: an organization of the release
        if (not looks_like_person(name) and name not in person_names and not _ordinary_word(name, sentences)
                and any(_mentions(s, name) for _, s, _ in sentences)):
            mentions.append(OrgMention(name))
    wires = lexicon.wire_services()
    exchanges = exchanges_upper()
    place_keys, known_places = {key(p) for p in places}, _known_place_keys()
    people = _person_keys(person_names)
    kept = [m for m in mentions if m.name.lower() not in wires and m.name.upper() not in exchanges
            and (k := key(m.name)) not in place_keys and k not in known_places and len(k) > 1 and _name_ok(m)
            and not _runs_into_a_person(m, people) and not (not m.strong and k in titled)]
    merged = _fold_glued_prefixes({n: a for n, a in merge(kept).items() if not _a_surname(n, people)})
    # An organization found only by a weak cue must be seen twice, or once with a strong one.
    counts = {name: sum(1 for _, s, _ in sentences if any(_mentions(s, n) for n in {name, *aliases}))
              for name, aliases in merged.items()}
    strong = {key(m.name) for m in kept if m.strong}
    out = {}
    for name, aliases in merged.items():
        if key(name) not in strong and _department_of(name, merged):
            continue  # "Commerce" beside the Department of Commerce
        if key(name) in strong or any(key(a) in strong for a in aliases) or (
                counts[name] >= 2 and not _ordinary_word(name, sentences)):  # not "Rescuers" beside "rescuers"
            out[name] = {a for a in aliases if a.upper() not in exchanges}
    return out


def _fold_glued_prefixes(orgs: dict[str, set[str]]) -> dict[str, set[str]]:
    """A name that is another one with common words glued before it (a list label or a
    heading: "Talent Development Schroder Investment Management") is that organization."""
    out = {n: set(a) for n, a in orgs.items()}
    for name in sorted(orgs, key=lambda n: -len(n)):
        ws = words(name)
        for other in orgs:
            ow = words(other)
            if (other != name and other in out and name in out and len(ws) >= len(ow) + 2 and len(ow) >= 2
                    and ws[-len(ow):] == ow and not all(w.lower() in lexicon.common_words() for w in ow)
                    and all(w.lower() in lexicon.common_words() for w in ws[:-len(ow)])):
                out[other] |= out.pop(name) | {name}
                break
    return out


def _person_keys(names: set[str]) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The surnames (of full names, and of "Mr. Putin"), the full names and the first names
    of the people a release names, as keys."""
    full = [words(n) for n in names if len(words(n)) >= 2]
    return (frozenset(key(words(n)[-1]) for n in names if words(n)),
            tuple(key(" ".join(ws)) for ws in full), frozenset(key(ws[0]) for ws in full))


def _runs_into_a_person(m: OrgMention, people: tuple[frozenset[str], tuple[str, ...], frozenset[str]]) -> bool:
    """A weak span that runs into a person's name ("Acme Books Author Jane Roe") is no
    organization; the same one without the person is found on its own."""
    k = key(m.name)
    return not m.strong and len(words(m.name)) > 1 and any(len(k) > len(f) and k.endswith(f) for f in people[1])


def _a_surname(name: str, people: tuple[frozenset[str], tuple[str, ...], frozenset[str]]) -> bool:
    """A person's surname or first name alone ("Smith aims to ...", "Hair by Jane Roe",
    "Ashish joins the board"), or a title and the surname ("Attorney Danger offers ..."),
    is that person."""
    ws = words(name)
    if len(ws) == 2 and is_title(ws[0]):
        ws = ws[1:]
    return len(ws) == 1 and (key(ws[0]) in people[0] or key(ws[0]) in people[2])


def _name_ok(m: OrgMention) -> bool:
    """Not a generic or function word ("Company", "Furthermore"), not a heading ("Why Choose
    Acme"), and a weak cue needs a word with letters only ("Web3", "OCP-12" and bare
    acronyms are products more often than companies)."""
    ws = words(m.name)
    if len(ws) == 1 and (ws[0].lower() in lexicon.common_words() or ws[0] in lexicon.org_words()
                         or lexicon.is_function_word(ws[0])):
        return False  # "Company"; "Furthermore", "We're"
    if ws[0].lower() in _NOT_ORG_START:
        return False
    if not m.strong and (_DIGIT.search(m.name) or m.name.isupper()):
        return False
    return True


# Words that start a heading or a clause, never an organization's name: "Why Choose Acme
# for Crypto Investments", "But Prioritize Health".
_NOT_ORG_START = lexicon.QUESTION_WORDS | {"but", "although", "however", "furthermore", "moreover", "meanwhile",
                                           "additionally"}


def _mentions(sentence: str, name: str) -> bool:
    """`name` stands in `sentence` as whole words, as `(?<!\\w)name(?!\\w)` would find it
    (a string search: one regex per name would churn the regex cache)."""
    start = sentence.find(name)
    while start >= 0:
        end = start + len(name)
        if not (start and _is_word_char(sentence[start - 1])) and not (end < len(sentence) and _is_word_char(sentence[end])):
            return True
        start = sentence.find(name, start + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # exactly what the regex \w matches in str patterns


def _people(sentences, orgs: dict[str, set[str]], places: set[str]) -> list[Person]:
    org_keys = {key(n) for n in orgs} | {key(a) for al in orgs.values() for a in al}
    mentions: list[tuple[int, PersonMention]] = []
    for pos, sentence, quoted in sentences:
        for m in sentence_people(sentence, quoted):
            if key(m.name) in org_keys or m.name in places or m.name.lower() in lexicon.wire_services():
                continue
            mentions.append((pos, m))
    found: list[_Person] = []
    # Full names first, so surnames and short forms merge into them.
    for pos, m in sorted(mentions, key=lambda pm: (-len(words(pm[1].name)), pm[0])):
        target = next((p for p in found if same_person(m.name, p.name)), None)
        if target is None:
            target = _Person(m.name, first=pos)
            found.append(target)
        target.mentions += 1
        target.quoted |= m.quoted
        target.strong |= m.strong
        target.lead |= pos <= _LEAD_SENTENCES
        target.first = min(target.first, pos)
        if m.role:
            target.roles.append((pos, m.role, bool(m.affiliation or _OWNED_ROLE.match(m.role))))
        if m.affiliation and not target.affiliation:
            target.affiliation = m.affiliation
    for p in found:  # every mention counts, titled or not ("Bayramov answered")
        surname = words(p.name)[-1]
        p.mentions = max(p.mentions, sum(1 for _, s, _ in sentences if _mentions(s, surname)))
    people = [p for p in found if p.strong or p.mentions >= 1]
    people.sort(key=lambda p: (-(3 * p.lead + 2 * p.quoted + min(p.mentions, 5)), p.first))
    surnames = {key(words(p.name)[-1]) for p in found}
    out = []
    for p in people:
        if not (p.roles or p.quoted or p.strong) and _short_org_name(p.name, orgs):
            continue
        role, affiliation = _owner_of_role(_best_role(p.roles), p.affiliation, surnames)
        role, affiliation = _org_in_role(role, affiliation, orgs)
        out.append(Person(p.name, role, _affiliation(affiliation, orgs)))
    return out


def _short_org_name(name: str, orgs: dict[str, set[str]]) -> bool:
    """A name that starts an organization's: "Golden Matrix" (Golden Matrix Group, Inc.),
    "Spring Hill" (Spring Hill Learning Academy); for a person no title, quote or
    attribution backs, the short form of that organization. ("Jane Roe of Acme LLP", a
    person read as an organization, starts none.)"""
    return any(o.startswith(name + " ") and not o[len(name) + 1:].startswith("of ") for o in orgs)


_ROLE_JOIN = re.compile(r"\s(?:of|at|for|with)\s+(?:the\s+)?")


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


_GENERIC_OWNER = re.compile(r"^(?:the\s+)?(?:company|firm|group|organization|organisation|bank|fund|agency|team|"
                            r"programme|program|project|charity|foundation|council|committee|department|school|"
                            r"university|club|party)['’]s\s+(?=\S)", re.IGNORECASE)
# "SageHome's CEO", "the IMF's managing director": the owner, then the role.
_OWNED_ROLE = re.compile(r"^(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})(?:'s|(?<=s)')\s+(.+)$")


def _owner_of_role(role: str | None, affiliation: str | None, surnames: set[str]) -> tuple[str | None, str | None]:
    """A role owned by an organization names the affiliation: ("SageHome's CEO", None) ->
    ("CEO", "SageHome"); not when the owner is a person ("Bodine's editor", "Jarek's
    sister") or the rest names no title ("the Chancellor's pre-Budget report")."""
    if role and _GENERIC_OWNER.match(role):
        return _GENERIC_OWNER.sub("", role), affiliation  # "the company's vice president" -> vice president
    m = _OWNED_ROLE.match(role) if role and not affiliation else None
    owner = m.group(1) if m else ""
    if not m or key(words(owner)[-1]) in surnames or owner in lexicon.first_names() or not has_title_head(m.group(2)):
        return role, affiliation
    return m.group(2), owner


def _best_role(roles: list[tuple[int, str, bool]]) -> str | None:
    """The most specific stated role: one stated with its organization ("SageHome's CEO"
    over "co-founder, Chief Operating Officer"), then the longest, then the earliest."""
    if not roles:
        return None
    return max(roles, key=lambda r: (r[2], len(r[1]), -r[0]))[1]


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
    return _department_of(affiliation, orgs) or affiliation


def _department_of(word: str, orgs) -> str | None:
    """The one organization named "... of <word>": "Commerce Secretary" works for the
    Department of Commerce."""
    if " " in word:
        return None
    found = [name for name in orgs if name.endswith(word) and re.search(
        rf"\b(?:Department|Ministry|Office|Bureau|Secretariat)\s+(?:of|for)\s+(?:the\s+)?{re.escape(word)}$", name)]
    return found[0] if len(found) == 1 else None
