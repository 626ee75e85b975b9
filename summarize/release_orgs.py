"""The organizations a release names: mentions gathered from every sentence, merged, and
kept when the evidence holds (a strong cue once, a weak one twice), without wire services,
exchanges, places, people's names and ordinary words. The other forms of one name the
release writes (glued, cut short, initialed, spelled as an acronym) are folded in by org_folding.py.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .models import Document
from .names import (key, looks_like_person, lower_case_starts, strip_suffix, without_the, word_starts, words,
                    written_in_lower_case)
from .org_candidates import (a_surname, known_products, name_ok, named_like_a_person, person_keys, person_shaped, product_names,
                             runs_into_a_person, how_written)
from .org_folding import fold_variants, with_defined_aliases
from .org_merge import merge
from .org_names import NAME_OPENERS, OrgMention, is_org_name
from .organizations import ends_at_its_suffix, exchanges_upper, sentence_orgs
from .people import sentence_people
from .titles import internal_body

# What comes before the word in "Department of Commerce" (tested on the name without it: one
# pattern for every word, where a pattern per word would churn the regex cache).
_DEPARTMENT_OF = re.compile(r"\b(?:Department|Ministry|Office|Bureau|Secretariat)\s+(?:of|for)\s+(?:the\s+)?$")
_PAIR = re.compile(r"\s(?:&|and)\s")
_OF_BODY = re.compile(r"\s(?:of|at)\s+(?:the\s+)?([A-Z][^,;]*)$")


@functools.cache
def _known_place_keys() -> frozenset[str]:
    return frozenset(key(p) for p in lexicon.places())


def about_names(document: Document) -> tuple[str, ...]:
    """The names an "About ..." heading gives: "About HR.com and the HR Research Institute"
    -> HR.com, HR Research Institute. The cleaner set those sections aside; their
    headings still say whom the release is from, and so does a dateline ending on its issuer
    between slashes ("Deer Park, United States - April 5, 2025 / Acme Marketing /")."""
    out: list[str] = []
    source = _DATELINE_SOURCE.search(document.dateline.text) if document.dateline else None
    # "Deer Park, United States - April 5, 2025 / Acme Marketing /": a name, by a proper word or its
    # suffix, or one the body gives too (not ordinary words alone, "Digital Agency", a distributor's)
    heads = [source.group(1)] if source and (_named(source.group(1))
                                             or any(source.group(1) in b.text for b in document.blocks)) else []
    for r in document.removed:
        m = (_ABOUT_HEADING.match(r.text) or _ABOUT_RUN_IN.match(r.text)) if r.reason == "about section" else None
        if m:
            heads.append(m.group(1))
    for head in heads:
        for part in _ABOUT_SPLIT.split(_BRACKETS.sub("", head)):
            part = _CREDENTIALS.sub("", without_the(part.strip()))
            ws = words(part)
            if (part and part[0].isupper() and len(ws) <= 8 and ws[0] not in lexicon.honorifics()
                    and ws[-1] not in lexicon.not_org_heads() and not ws[-1].isdigit()):
                # not "About Dr. Roe", "About the Summit", "About Inc. 5000"
                out.append(part)
    return tuple(out)


def _named(name: str) -> bool:
    """A word that is no ordinary or org word, or a legal suffix: "SBMS Media", "Acme Concrete, Inc."."""
    common, org = lexicon.common_words(), lexicon.org_words()
    return strip_suffix(name) != name or any(w.lower() not in common and w not in org for w in words(name))


_ABOUT_HEADING = re.compile(r"^(?:#+\s*)?About\s+(.{2,80}?)\s*:?$")
# The heading run into its paragraph: "About Acme Network SE: Acme Network SE is the leading ...".
_ABOUT_RUN_IN = re.compile(r"(?:#+\s*)?About\s+((?:[^:()\n]|\([^)\n]{0,40}\)){2,80}?):\s")  # (a ticker's colon in brackets: "(NASDAQ: ACMR)")
# The issuer a dateline ends on between slashes: "... - April 5, 2025 / Acme Marketing /".
_DATELINE_SOURCE = re.compile(r"\d{4}\s+/\s*([^/]{2,80}?)\s*/\s*$")
_ABOUT_SPLIT = re.compile(r"\s+and\s+the\s+")  # "About HR.com and the HR Research Institute"
_BRACKETS = re.compile(r"\s*\([^)]*\)")  # "(OTC: AERA)", "(IMUA)"
_CREDENTIALS = re.compile(r"(?:,\s*(?:[A-Z]{2,6}|Ph\.?D\.?|M\.D\.|Esq\.?))+$")  # "Jane Roe, MD, FACC"


def _ordinary_word(name: str, sentences, opens: bool = False) -> bool:
    """One word the release also writes in lower case, as a word and not in a web address:
    "About the Author", "Rescuers" beside "the rescuers"; not "Rolex" beside "rolex.com", nor the
    word the headline opens on (`opens`) written low once ("Keynode" beside "keynode's plan")."""
    if " " in name or not name.isalpha():
        return False
    if not opens:
        return any(written_in_lower_case(name, s) for _, s, _ in sentences)
    low = [(s, at) for _, s, _ in sentences for at in lower_case_starts(name, s)]
    # the word the headline opens on, which the release slips into lower case once with no article,
    # is still its company's name: "Keynode Introduces ..." beside "Start with keynode's plan"
    return len(low) > 1 or (len(low) == 1 and (name.lower() in lexicon.common_words()
                                               or _ARTICLE_BEFORE.search(low[0][0], 0, low[0][1]) is not None))


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+$")


def release_organizations(sentences, places: set[str], about: tuple[str, ...] = (),
                          listed: list[OrgMention] | None = None, headline: str = "") -> dict[str, set[str]]:
    """Name -> aliases of the organizations in `sentences` ((position, text, quoted) each);
    the `headline` counts as one more sighting of a name found weakly."""
    mentions: list[OrgMention] = list(listed or ())
    definitions: list[OrgMention] = []
    products: set[str] = set()
    for _, sentence, _ in sentences:
        mentions.extend(sentence_orgs(sentence, definitions))
        products |= product_names(sentence)
    person_names: set[str] = set()
    employers: set[str] = set()
    titled: set[str] = set()  # a weak cue ("Arsene Wenger has signed") does not outweigh "manager Arsene Wenger"
    for _, sentence, quoted in sentences:
        for p in sentence_people(sentence, quoted):
            person_names.add(p.name)
            employers.add(p.affiliation or "")
            if p.titled:
                titled.add(key(p.name))
            if p.affiliation and p.affiliation not in places and p.affiliation not in lexicon.countries():
                mentions.append(OrgMention(ends_at_its_suffix(p.affiliation), strong=False))
            elif p.role and (body := _body_in_role(p.role)):
                mentions.append(OrgMention(body))  # "Secretary of the Georgia Hispanic Caucus Gabriel Sanchez"
    for name in about:  # named in an About heading and in the body or the headline (or named as one): an organization of the release
        if (not looks_like_person(name) and name not in person_names and not _ordinary_word(name, sentences)
                and (is_org_name(name) or any(stands_in(s, name) for _, s, _ in sentences)
                     or (stands_in(headline, name) and not _LAUNCHES.search(headline)
                         and (headline.startswith(name) or name.rsplit(None, 1)[-1].isupper())))):
            # (the headline's subject, or a name ending in a suffix in capitals, "Quarrow Network SE";
            # not a product or a report the About text describes: "Adds Support for Apple Vision Pro")
            mentions.append(OrgMention(name))
    found = {key(m.name) for m in mentions}  # (a name the body gives keeps the body's form)
    subject = _headline_subject(headline)
    if (subject and key(subject) not in found and subject not in person_names and not looks_like_person(subject)
            and any(stands_in(s, subject) for _, s, _ in sentences)):
        mentions.append(OrgMention(subject, strong=False))  # "MusicFab Launches New Pandora Converter"
    mentions.extend(m for m in _headline_companies(headline, "\n".join(s for _, s, _ in sentences))
                    if key(m.name) not in found)
    products |= _launched(headline, mentions)
    if products:
        products = _products_only(products, mentions, about, employers)
    products |= known_products(mentions) - set(about) - employers  # (its ticker says no body: "Bitcoin (BTC)")
    leading = _leading_name(headline)
    wires = lexicon.wire_services()
    exchanges = exchanges_upper()
    place_keys, known_places = {key(p) for p in places}, _known_place_keys()
    people = person_keys(person_names)
    tails = _complements(mentions)
    kept = [m for m in mentions if (m.strong or m.name not in tails) and m.name.lower() not in wires and m.name.upper() not in exchanges
            and (k := key(m.name)) not in place_keys and k not in known_places and len(k) > 1 and name_ok(m, leading)
            and not runs_into_a_person(m, people) and not (not m.strong and k in titled) and m.name not in products]
    merged = {n: a for n, a in merge(kept).items() if not a_surname(n, people)}
    shaped = [n for n, a in merged.items() if person_shaped(n, a)]
    if shaped:  # (reading how the release writes costs: only then)
        written = how_written(sentences)
        lone = {key(n) for n in person_names if " " not in n}  # "Yoran" of "Mr Yoran"
        for n in shaped:
            if named_like_a_person(n, written) or (" " in n and key(words(n)[-1]) in lone):
                del merged[n]  # ("Amit Yoran" beside "Mr Yoran")
    merged = fold_variants(merged, tuple(s for _, s, _ in sentences))
    if definitions:
        merged = with_defined_aliases(merged, definitions)
    # An organization found only by a weak cue must be seen twice, or once with a strong one.
    strong = {key(m.name) for m in kept if m.strong}
    out = {}
    text = "\n".join(sentence for _, sentence, _ in sentences)
    for name, aliases in merged.items():
        if key(name) not in strong and department_of(name, merged):
            continue  # "Commerce" beside the Department of Commerce
        if _a_town_s_event(name):
            continue  # "Sydney International", "Athens Games": a tournament
        if key(name) in strong or any(key(a) in strong for a in aliases) or (
                (_in_two_sentences({name, *aliases}, sentences) or _opens(headline, name))
                and not _ordinary_word(name, sentences, _opens(headline, name))):  # not "Rescuers" beside "rescuers"
            aliases = {a for a in aliases if a.upper() not in exchanges}
            opener = ((_opener_before(name, sentences, text) if " " in name else None)
                      or _number_before(name, sentences, text, headline))
            last = name.rsplit(None, 1)[-1].lower().rstrip(".")
            if opener and opener.isdigit() and last in resources.word_set("street_words.txt"):
                continue  # "53 Waites Landing Road": an address
            if (not (aliases or opener) and " " in name and name not in about and not _opens(headline, name)
                    and _a_phrase_written_low(name, text)):
                continue  # "Construction Law" beside "all areas of construction law" (not the release's own company)
            out[f"{opener} {name}" if opener else name] = aliases
    return _parties_named(_clubs_named(out, text))


def _a_town_s_event(name: str) -> bool:
    """A known place's name and an event's word, nothing more: "Sydney International",
    "Athens Games" (not "Colliers International", "Norwich Union International")."""
    town, _, event = name.partition(" ")
    return event in resources.word_set("event_words.txt", lower=False) and town in lexicon.places()


def _clubs_named(orgs: dict[str, set[str]], text: str) -> dict[str, set[str]]:
    """A club found by the word that ends its name ("United manager Alex Ferguson") under the
    name the release writes in full after one town, the word its alias: "Manchester United"
    (not when two towns' clubs share the word)."""
    words_ = resources.word_set("club_words.txt", lower=False)
    if not any(name in words_ for name in orgs):
        return orgs  # (most releases name no club)
    out: dict[str, set[str]] = {}
    for name, aliases in orgs.items():
        town = _one_town_before(name, text) if name in words_ else None
        if town and f"{town} {name}" not in orgs:
            out[f"{town} {name}"] = aliases | {name}
        else:
            out[name] = aliases
    return out


def _one_town_before(word: str, text: str) -> str | None:
    """The one known place the text writes right before `word`: "Manchester" of "Manchester
    United" (a string search: the capitalized word before each sighting)."""
    towns = set()
    at = text.find(f" {word}")
    while at > 0:
        end = at + 1 + len(word)
        if end == len(text) or not (text[end].isalnum() or text[end] in "-'’"):
            before = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
            if before[:1].isupper():
                towns.add(before)
        at = text.find(f" {word}", at + 1)
    places = lexicon.places()
    found = {t for t in towns if t in places}
    return found.pop() if len(found) == 1 else None


@functools.cache
def _party_names() -> dict[str, str]:
    """A party's members' word -> the party's name (data/party_names.txt): "Tory" -> "Conservative Party"."""
    return {word.strip(): name.strip() for word, _, name in (line.partition("=") for line in resources.lines("party_names.txt"))}


def _parties_named(orgs: dict[str, set[str]]) -> dict[str, set[str]]:
    """A party found by its members' word ("Tory leader Michael Howard") under the party's name,
    the word its alias, one entry with the party found by its name: "Conservative Party (Tory)"."""
    parties = _party_names()
    if not any(name in parties for name in orgs):
        return orgs  # (most releases name no party)
    out: dict[str, set[str]] = {}
    for name, aliases in orgs.items():
        party = parties.get(name)
        if party is None:
            out.setdefault(name, set()).update(aliases)
        else:
            out.setdefault(party, set()).update(aliases | {name})
    return out


def _a_phrase_written_low(name: str, text: str) -> bool:
    """A name of ordinary words only that the release also writes in lower case with no
    article or owner before it, as a phrase: "Construction Law" beside "areas of construction
    law", "Wealth Management" beside "wealth management tech" (not "Creative Biolabs", "the
    foreign ministry", "Chinese foreign ministry")."""
    ws = words(name)
    if not all(w.lower() in lexicon.common_words() or w in lexicon.org_words() or lexicon.is_function_word(w)
               for w in ws):
        return False  # (a string test first: most names hold a proper word)
    return any(not _DETERMINED_BEFORE.search(text, max(0, at - 8), at) for at in lower_case_starts(name, text))


# (or a proper word: "Chinese foreign ministry")
_DETERMINED_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|our|his|her)|['’]s|\b[A-Z][\w-]*)\s+$")


# A headline's verb of launching, and the words that may open what is launched: "Acme Unveils CLiQ: ...",
# "Acme Launches the New Quill Service".
_LAUNCHES = re.compile(r"\s(?:[Ll]aunches|[Uu]nveils|[Ii]ntroduces|[Dd]ebuts|[Rr]olls [Oo]ut)\s+(?:(?:[Tt]he|[Ii]ts|[Aa]n?|New|All-New)\s+)*")


def _launched(headline: str, mentions: list[OrgMention]) -> set[str]:
    """The names a headline has another organization launch, its products: "Conversion Logix
    Unveils CLiQ: The Premier Marketing Operating System" -> CLiQ."""
    m = _LAUNCHES.search(headline) if headline else None
    if m is None:
        return set()
    subject, launched = headline[: m.start()], headline[m.end():]
    names = {x.name for x in mentions}
    if not any(n in subject for n in names):
        return set()  # (not "Jane Roe Launches Quillo": a founder's start-up)
    return {n for n in names if launched.startswith(n) and n not in subject}


def _products_only(products: set[str], mentions: list[OrgMention], about: tuple[str, ...],
                   affiliations: set[str]) -> set[str]:
    """The products a release names that it names as a body nowhere: not with a ticker or an
    acronym ("Arrive AI (NASDAQ: ARAI)"), in an About heading, nor as someone's employer."""
    bodies = {m.name for m in mentions if m.aliases} | set(about) | affiliations
    return products - bodies


# "404 " of "404 Innovation Studio", a coined "4D " of "4D Smoke Shop" (not "$5 ", "1,000 ", nor a
# year: "2024 Castle Connolly Top Doctors", "a 1979 Mercedes-Benz")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,$])((?!(?:19|20)\d\d\b)\d{2,4}|\d+[A-Z][A-Za-z]*) $")


def _number_before(name: str, sentences, text: str, headline: str = "") -> str | None:
    """The number (or coined word of digits and capitals) the release writes before the name,
    its legal suffix left off, at its first sighting in the body and at two in three of all,
    twice or more, the headline's counted: part of the name ("404 Innovation Studio", "845 Move Now LLC"
    beside "845 Move Now", "4D Smoke Shop"; not "5 Acme stores" once)."""
    bare = strip_suffix(name) or name
    first = text.find(bare)
    if first < 3 or not text[first - 2].isalnum() or not _NUMBER_BEFORE.search(text, max(0, first - 12), first):
        return None  # the body's first sighting has no number right before it (one search, not one a sentence)
    numbers = []
    for sentence in (headline, *(sentence for _, sentence, _ in sentences)):
        at = sentence.find(bare)
        while at >= 0:
            m = _NUMBER_BEFORE.search(sentence, max(0, at - 12), at)
            numbers.append(m.group(1) if m else None)
            at = sentence.find(bare, at + len(bare))
    given = [n for n in numbers if n]
    if not given or len(set(given)) > 1 or len(given) < 2 or 3 * len(given) < 2 * len(numbers):
        return None
    return given[0]


def _opener_before(name: str, sentences, text: str) -> str | None:
    """The word opening names ("New", "All") that the release writes before the name inside
    a sentence, where no capital is the sentence's: a sentence's first "New" was cut off
    ("New Direction Functional Psychiatry, located in ..." gave "Direction Functional Psychiatry")."""
    if not any(f"{opener} {name}" in text for opener in NAME_OPENERS):
        return None  # (the sentences joined: one search each, not one a sentence)
    for _, sentence, _ in sentences:
        for opener in NAME_OPENERS:
            at = sentence.find(f"{opener} {name}")
            if at > 1 and sentence[at - 1] == " " and sentence[at - 2].islower() and stands_at(sentence, name) > 0:
                return opener  # "through New Direction Functional Psychiatry in Lancaster"
    return None


def _opens(headline: str, name: str) -> bool:
    """The headline opens with the name, its subject, and a capitalized word (its verb)
    follows: "Woodbridge Publishers Unleash a Dark New Horror" (a second sighting of a name
    the body gives once; not "Jane Roe's Memoir ...", "Wall Street giant ...")."""
    after = headline[len(name):len(name) + 2] if headline.startswith(name) else ""
    return len(after) == 2 and after[0] == " " and after[1].isupper()




def _headline_companies(headline: str, text: str) -> list[OrgMention]:
    """The companies a headline names with their legal suffix, which says what they are, and
    the body names too, in any case ("Invitation to the Earnings Call of Acme Network AG"
    beside "acme network AG", when no cue in the body finds it), or only by the short name the
    headline defines ("Acme Holding Corp. (ACME): ..." beside "ACME's network"). The headline's capitals run
    over its verbs and words: the name starts after the last of them."""
    if not headline or not any(s in headline for s in lexicon.legal_suffixes()):
        return []  # (a string test first: most headlines hold no suffix)
    out = []
    low = text.lower()
    for m in sentence_orgs(headline, []):
        core = strip_suffix(m.name)
        if not m.strong or core == m.name:
            continue
        ws = core.split()
        start = max((i + 1 for i, w in enumerate(ws) if _cuts_a_headline_name(ws, i)), default=0)
        core = " ".join(ws[start:])
        at = m.name.find(core) if core and core.lower() in low else -1
        if at >= 0:
            out.append(OrgMention(m.name[at:]))
        elif start == 0 and (short := [a for a in m.aliases if stands_in(text, a)]):
            out.append(OrgMention(m.name, tuple(short)))  # "ONAR Holding Corp. (ONAR): ..." beside "ONAR's network"
    return out


def _headline_subject(headline: str) -> str:
    """The name a headline opens on before its verb of company news, the release's company:
    "MusicFab Launches New Pandora Converter" -> MusicFab (one to four capitalized words)."""
    ws = headline.split(None, 5)
    verbs = lexicon.headline_verbs()
    at = next((i for i, w in enumerate(ws[1:5], 1) if w.lower() in verbs), 0)
    if not at or not all(w[0].isupper() and w.isalnum() for w in ws[:at]) or (at == 2 and ws[0] in lexicon.first_names()):
        return ""  # (not "James West Joins Acme", a person)
    return " ".join(ws[:at])


def _cuts_a_headline_name(ws: list[str], i: int) -> bool:
    """A word no company's name in a headline holds: a verb or a small word ("Report on
    Acme Corp.", "Stonegate Updates Coverage on Acme Inc.", "Join Acme Mining Inc."; not the
    "of" of "Bank of Avalon Corp.")."""
    w = ws[i]
    if _SMALL_WORD.match(w):
        return not (w.lower() == "of" and i and ws[i - 1] in lexicon.org_words())
    return (not w[0].isupper() and w != "&") or w.lower() in lexicon.headline_verbs() or w.lower() in lexicon.imperatives()


# The small words a title-case headline capitalizes: "... Files Suit Against Acme Inc."
_SMALL_WORD = re.compile(r"(?i:of|on|to|at|by|for|with|from|in|into|between|among|against|about|over|after|before"
                         r"|as|is|are|was|were|has|have|had|will)$")


def _leading_name(headline: str) -> str:
    """The headline, when a name may open it as its subject: not one in capitals throughout,
    where every word looks like a name."""
    return "" if not headline or headline.isupper() else headline



def _in_two_sentences(names: set[str], sentences) -> bool:
    """Two of the sentences name the organization by one of its `names` (counted only for
    the names no strong cue found, and only up to two)."""
    seen = 0
    for _, sentence, _ in sentences:
        if any(stands_in(sentence, n) for n in names):
            seen += 1
            if seen == 2:
                return True
    return False


def _complements(mentions: list[OrgMention]) -> set[str]:
    """What follows an org word and "for" in a strongly found name, the body's field:
    "Technology Law & Policy" of the "Georgetown Law Institute for Technology Law & Policy"
    (an affiliation cut at the "for" is no organization of its own; but "Board of Acme SE"
    names Acme SE)."""
    out = set()
    for m in mentions:
        head, _, tail = m.name.partition(" for ") if m.strong else ("", "", "")
        if tail and head.split()[-1] in lexicon.org_words() and not is_org_name(tail):
            out.add(tail)  # (not "Pendergraph Management" of "Operations for Pendergraph Management")
    return out


def _body_in_role(role: str) -> str | None:
    """The organization a title is of, when its name says it is one: "Secretary of the
    Georgia Hispanic Caucus" -> Georgia Hispanic Caucus (not "Vice President of Sales")."""
    m = _OF_BODY.search(role)
    body = m.group(1) if m else ""
    if _PAIR.search(body) and len(words(body)) <= 3:
        return None  # "of Geology & Resources", "of Research and Development": a department
    return body if body and is_org_name(body) and not internal_body(body) else None


def stands_in(sentence: str, name: str) -> bool:
    """`name` stands in `sentence` as whole words, as `(?<!\\w)name(?!\\w)` would find it."""
    return stands_at(sentence, name) >= 0


def stands_at(sentence: str, name: str) -> int:
    """Where `name` first stands in `sentence` as whole words, or -1 (a string search: one
    regex per name would churn the regex cache)."""
    return next(word_starts(name, sentence), -1)


def department_of(word: str, orgs) -> str | None:
    """The one organization named "... of <word>": "Commerce Secretary" works for the
    Department of Commerce."""
    if " " in word:
        return None
    found = [name for name in orgs if name.endswith(word) and _DEPARTMENT_OF.search(name[: len(name) - len(word)])]
    return found[0] if len(found) == 1 else None
