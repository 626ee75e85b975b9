"""The people a release names, one each, with the role and affiliation chosen from their
mentions: mentions from every sentence (people.py; surnames alone, surnames.py) merged into
persons by name ("Foreign Minister Chidi Okafor", "Minister Okafor"; two spellings, "Mara
Lindqvist" / "Mara Lindquist"), a role given to a surname alone or by the headline handed to
the full name, then each person's best role and its organization's full name (chosen in
role_affiliation.py), ordered by how central the person is: named in the lead, quoted,
mentioned often.

Its own module because choosing among a person's mentions is one question with many rules,
apart from assembling the release's participants (participants.py: sentences, places, the
issuer, organizations), as release_orgs.py is for organizations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import lexicon
from .models import Person
from .names import key, looks_like_person, peer_surname, same_person, surname, word_starts, words
from .people import PersonMention, sentence_people
from .person_names import FIRST_NAME_TITLES
from .release_orgs import stands_in
from .role_affiliation import OWNED_ROLE, PAST_ROLE, shown_role
from .role_after import headline_office
from .surnames import named_again, people_named_again, surname_roles
from .thing_names import (ends_on_a_word, names_a_band, names_a_business, names_a_ship_or_title, names_a_work,
                          only_after_at, owns_no_one, plays_a_part, short_org_name)
from .titles import has_title_head

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
    roles: list[tuple[int, str, bool, bool, str | None]] = field(default_factory=list)


def org_name_keys(orgs: dict[str, set[str]]) -> set[str]:
    """The comparison keys of every organization's name and aliases."""
    return {key(n) for n in orgs} | {key(a) for aliases in orgs.values() for a in aliases}


# An executive's title: in a release, such a person with no body named speaks for the issuer.
# (Not "President" alone, which heads states as well; nor "Director" or "Manager" alone, which
# a speakers' list gives guests.)
EXECUTIVE = re.compile(r"\b(?:CEO|CFO|COO|CTO|CMO|CIO|CRO|Chief\s.*Officer|(?:Co-)?Founder|Chair(?:man|woman|person)|"
                       r"Owner|Managing\s+(?:Director|Partner)|Vice\s+President|S?VP|EVP|General\s+Manager)\b",
                       re.IGNORECASE)


def release_people(sentences, orgs: dict[str, set[str]], places: set[str], text: str, headline: str | None = None,
                   headings: list[str] = ()) -> list[Person]:
    """The release's people, most central first, each with the role and affiliation chosen from
    their mentions (`sentences`: (position, sentence, in a quoted block) of the body; `headings`:
    its title-case lines, where a speakers' list may name people)."""
    org_keys = org_name_keys(orgs)
    mentions: list[tuple[int, PersonMention]] = []
    read = [sentence_people(sentence, quoted) for _, sentence, quoted in sentences]
    again = named_again([sentence for _, sentence, _ in sentences], text) | _honorific_surnames(read)
    if again:  # "Verizon is ..." names the body "Verizon Communications Inc.", not a person's surname
        again -= _org_first_words(orgs)
    # the bodies people work for: "representative of Laboratorios Viñas" (with "Mr. Viñas" named)
    # (not a person's name: "Bobbi Kristina Brown's romantic partner")
    bodies = {m.affiliation for found in read for m in found if m.affiliation and not looks_like_person(m.affiliation)} if again else set()
    body_keys = org_keys | {key(m.affiliation) for found in read for m in found if m.affiliation}
    for (pos, sentence, quoted), found in zip(sentences, read):
        if again:  # "Priya Raman ... Raman spent eleven years": a first name we do not know
            found += [m for m in people_named_again(sentence, quoted, again, found) if m.name not in bodies]
        for m in found:
            if key(m.name) in org_keys or m.name in places or m.name.lower() in lexicon.wire_services():
                continue
            if m.role and key(f"{m.role} {m.name}") in body_keys and owns_no_one(f"{m.role} {m.name}", text):
                continue  # "Broker Complaint Alert" (whose CEO speaks) is a body's name, not a broker's
            mentions.append((pos, m))
    mentions += [(len(sentences) + n, m) for n, line in enumerate(headings) for m in _listed_people(line)]
    names = {m.name for _, m in mentions}
    # "Cecelia Allentucks first book": a possessive without its apostrophe is the same person.
    mentions = [(pos, replace(m, name=m.name[:-1]) if m.name.endswith("s") and m.name[:-1] in names else m)
                for pos, m in mentions]
    found: list[_Person] = []
    # Full names first, so surnames and short forms merge into them ("Lord Goldsmith" between
    # "Peter Goldsmith" and "Goldsmith").
    for pos, m in sorted(mentions, key=lambda pm: (-len(words(pm[1].name)) + peer_surname(pm[1].name) / 2, pm[0])):
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
            target.roles.append((pos, m.role, bool(m.affiliation or OWNED_ROLE.match(m.role)), not m.by_deed,
                                 m.affiliation))
        if m.affiliation and not target.affiliation and not (m.role and PAST_ROLE.match(m.role)):
            target.affiliation = m.affiliation
    _surname_roles(sentences, found)
    if headline:
        _headline_roles(headline, found, sentences, text, org_keys, places)
    found = _knights_merged(_merged_variants(found), text)
    for p in found:  # every mention counts, titled or not ("Bayramov answered")
        last = surname(p.name)
        p.mentions = max(p.mentions, sum(1 for _, s, _ in sentences if stands_in(s, last)))
    people = [p for p in found if (p.strong or p.mentions >= 1) and not ends_on_a_word(p.name, text)
              and not (not (p.roles or p.quoted) and (names_a_work(p.name, text) or names_a_business(p.name, text)
                                                      or names_a_ship_or_title(p.name, text) or only_after_at(p.name, text)))
              and not _a_band(p, text) and not (not p.quoted and plays_a_part(p.name, text))]
    people.sort(key=lambda p: (-(3 * p.lead + 2 * p.quoted + min(p.mentions, 5)), p.first))
    surnames = {key(surname(p.name)) for p in found}
    everyone = [p.name for p in found]
    out = []
    for p in people:
        if not (p.roles or p.quoted or p.strong) and short_org_name(p.name, orgs):
            continue
        role, affiliation = shown_role(p.roles, p.affiliation, p.name, everyone, orgs, surnames, text)
        out.append(Person(_with_honorific(p.name, text), role, affiliation))
    return out


# A social or academic honorific right before a name, as the text writes it: "Mr Blair", "Dr. Seuss",
# "Sir Alan" (a rank gives a role instead: "Sen. Roe").
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.? $")


def _with_honorific(name: str, text: str) -> str:
    """A person known only by one word is shown with the honorific the text writes before it most
    often: "Mr Blair", "Dr Dre", "Sir Alan" (a first name alone, "Alan", says little of whom)."""
    if " " in name:
        return name
    seen: dict[str, int] = {}
    for start in word_starts(name, text):
        if m := _HONORIFIC_BEFORE.search(text, max(0, start - 6), start):
            seen[m.group(0)] = seen.get(m.group(0), 0) + 1
    return max(seen, key=seen.get) + name if seen else name


def _a_band(p: _Person, text: str) -> bool:
    """A band the text names like a person (`names_a_band`): with no role, or with only the title
    its name opens with, "King Crimson" read as King Crimson ("members of King Crimson")."""
    if not p.roles:
        return names_a_band(p.name, text)
    titles = {r[1] for r in p.roles}
    title = titles.pop()
    return not titles and title in FIRST_NAME_TITLES and names_a_band(f"{title} {p.name}", text)


def _listed_people(line: str) -> list[PersonMention]:
    """The person a line in title case opens, with the title after the name: a speakers' list
    ("* Jane Roe, President & CEO, Acme Metals"), whose capitalized words read as a heading."""
    if ", " not in line:
        return []
    opening = line.lstrip(_LIST_MARKS)
    return [m for m in sentence_people(line) if m.role and opening.startswith(m.name + ",")][:1]


_LIST_MARKS = " *•-–—"


def _honorific_surnames(read: list[list[PersonMention]]) -> frozenset[str]:
    """Words an honorific alone makes a person's surname ("Mr. Nijhawan"), so that the full name
    is found where the first name is one we do not know ("cinematographer Udit Nijhawan")."""
    return frozenset(m.name for found in read for m in found if m.titled and not m.role and " " not in m.name)


def _org_first_words(orgs: dict[str, set[str]]) -> set[str]:
    """The first word of each organization's name or alias of several words: "Verizon" of "Verizon
    Communications Inc." (not a word alone: a surname is at times read as a body, "Spieth")."""
    return {form.split(None, 1)[0] for name, aliases in orgs.items() for form in (name, *aliases) if " " in form.strip()}


def _merged_variants(found: list[_Person]) -> list[_Person]:
    """One person for two spellings of a name ("Jeff Schwartz" / "Jeff Schwarz") and for a
    full name with words after it ("Jane Roe" / "Jane Roe Bio", "Jane Roe Lecture"), which
    gives way to the name (not to first names alone: "Juan Carlos" / "Juan Carlos Ferrero").
    Of two spellings, the one mentioned more often stays."""
    order = {id(p): n for n, p in enumerate(found)}
    out: list[_Person] = []
    for p in sorted(found, key=lambda p: (len(p.name), p.first)):
        other = next((q for q in out if _variant(q.name, p.name)), None)
        longer = other is not None and len(words(p.name)) > len(words(other.name))
        if other is None or (longer and all(w in lexicon.first_names() for w in words(other.name))):
            out.append(p)
            continue
        if not longer and (p.mentions, bool(p.roles), p.strong) > (other.mentions, bool(other.roles), other.strong):
            other.name = p.name
        _absorb(other, p, roles=not (longer and other.roles))  # (the longer form's role may be a widget's: "Jane Roe Connect »")
    return sorted(out, key=lambda p: order[id(p)])


def _absorb(into: _Person, p: _Person, roles: bool = True) -> None:
    """Count the mentions of `p` as those of `into`, the same person."""
    if roles:
        into.roles.extend(p.roles)
    into.mentions += p.mentions
    into.quoted |= p.quoted
    into.strong |= p.strong
    into.lead |= p.lead
    into.first = min(into.first, p.first)
    into.affiliation = into.affiliation or p.affiliation


# A knighthood before a first name alone: "Sir Alan said", "Dame Judi".
_KNIGHTED = re.compile(r"(?<![\w.])(?:Sir|Dame) $")


def _knights_merged(found: list[_Person], text: str) -> list[_Person]:
    """A knight is called by the first name after "Sir" ("Sir Alan Budd", then "Sir Alan said"):
    a first name alone the text writes after "Sir" or "Dame" is the one person of the release
    with that first name ("Alan Budd"), when there is one."""
    out = []
    for p in found:
        if " " not in p.name and any(_KNIGHTED.search(text, max(0, i - 5), i) for i in word_starts(p.name, text)):
            full = [q for q in found if q is not p and len(words(q.name)) >= 2 and words(q.name)[0] == p.name]
            if len(full) == 1:
                _absorb(full[0], p)
                continue
        out.append(p)
    return out


def _variant(short: str, long: str) -> bool:
    """`long` is `short` with words after it, or spelled one letter apart (two in a long word)."""
    a, b = words(short), words(long)
    if len(a) < 2:
        return False
    if len(b) > len(a):
        return b[: len(a)] == a
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differ) == 1 and _near(*differ[0])


def _near(x: str, y: str) -> bool:
    """Two spellings of a word: one letter added, dropped, changed or two swapped ("Marshal",
    "Jospeh"); two letters in a word of eight or more ("Jean-Phillipe")."""
    if min(len(x), len(y)) < 5 or x[0] != y[0]:
        return False
    return _distance(x.lower(), y.lower()) <= (2 if min(len(x), len(y)) >= 8 else 1)


def _distance(x: str, y: str) -> int:
    """Edit distance with swaps of two neighbouring letters (optimal string alignment)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(y) + 1)] for i in range(len(x) + 1)]
    for i in range(1, len(x) + 1):
        for j in range(1, len(y) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] != y[j - 1]))
            if i > 1 and j > 1 and x[i - 1] == y[j - 2] and x[i - 2] == y[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def _surname_roles(sentences, found: list[_Person]) -> None:
    """The role a surname alone is given ("said Cole, president of Regence") is that of the one
    person of the release with that surname, when no mention of the full name gave one, or none
    with a body (see `_no_body`)."""
    by_surname: dict[str, list[_Person]] = {}
    for p in found:
        if len(words(p.name)) >= 2:
            by_surname.setdefault(surname(p.name), []).append(p)
    for pos, sentence, _ in sentences:
        if (", " not in sentence and " is " not in sentence and " serves as " not in sentence) or not any(
                name in sentence for name in by_surname):
            continue  # (a role given to no surname of the release's people: not read)
        for m in surname_roles(sentence):
            people = by_surname.get(m.name, [])
            if len(people) == 1 and (not people[0].roles or (m.affiliation and _no_body(people[0].roles))):
                people[0].roles.append((pos, m.role, bool(m.affiliation), True, m.affiliation))
                people[0].quoted |= m.quoted


def _no_body(roles: list[tuple[int, str, bool, bool, str | None]]) -> bool:
    """No role names a body, nor is an executive's (the issuer's, see `_with_issuer` in
    participants.py): a surname's role with its organization says more ("Jane Roe, a black
    member of a commission", then "said Roe, a member of the Avalon Commission")."""
    return not any(r[4] or (r[3] and EXECUTIVE.search(r[1])) for r in roles)  # (not "founded by": a deed)


def _headline_roles(headline: str, found: list[_Person], sentences, text: str = "",
                    org_keys: frozenset[str] | set[str] = frozenset(), places: set[str] = frozenset()) -> None:
    """The title the headline gives a person of the body, when the body gave none: "Q&A with
    Jane Roe, CEO of Acme" (its capitalized words run together, so only a title and an
    organization the body names are taken). A titled person the body names again by full name
    is one even when the body alone did not say so ("Princella Seymour's thirty-year career")."""
    if not (_TITLED_IN_HEADLINE.search(headline) or any(not p.roles and surname(p.name) in headline for p in found)):
        return  # (reading the headline's people costs: most name no one the body left without a role)
    for p in found:
        at = headline.find(p.name) if not p.roles and " " in p.name else -1
        if at >= 0 and (office := headline_office(headline[:at], headline[at + len(p.name):])):
            p.roles.append((-1, office, False, True, None))  # "Jane Roe Joins Acme as Chief Marketing Officer"
    for m in sentence_people(headline):
        if not (m.role and has_title_head(m.role) and len(m.role.split()) <= 8):
            continue
        people = [p for p in found if same_person(m.name, p.name)]
        if (not people and len(words(m.name)) >= 2 and stands_in(text, m.name)
                and key(m.name) not in org_keys and m.name not in places):
            people = [_Person(m.name, first=len(sentences), mentions=1)]
            found.append(people[0])
        if len(people) == 1 and not people[0].roles:
            org = m.affiliation if m.affiliation and any(stands_in(s, m.affiliation) for _, s, _ in sentences) else None
            people[0].roles.append((-1, m.role, bool(org), not m.by_deed, org))
            if org and not PAST_ROLE.match(m.role):
                people[0].affiliation = people[0].affiliation or org


# A comma after a capitalized name, then a capitalized word: where a headline may give a title.
_TITLED_IN_HEADLINE = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+, [A-Z]")
