"""Which candidate names a release keeps as organizations: not a person's name the release
shortens as a person's ("Tiger Woods" ... "Woods"), not a surname or first name alone, not a
generic or function word, a heading, a board inside the organization or a field of law, nor
a product a sentence names ("its face swap tool, Mango AI"). release_orgs gathers and merges
the candidates; these tests say which of them to drop."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon, resources
from .names import is_name_word, key, spans, surname, words
from .org_names import OrgMention, is_org_name, no_name_word, org_shape
from .organizations import LEAD_IN, org_parts
from .prefilter import holds_any, trie_alternation
from .titles import is_title

_DIGIT = re.compile(r"\d")
_WEB_NAME = re.compile(r"[A-Za-z0-9]\.(?:com|ai|io|co|net|org|app)$")


# What ends a headline's subject: its verb ("Acme Opens"), a colon or a dash ("Acme: 20 Years", "Acme - A Commitment").
_AFTER_SUBJECT = re.compile(r"\s+[A-Z]|:|\s+[-–—|]\s")


def _subject_of(headline: str, name: str) -> bool:
    """The headline opens on the name, then its verb, a colon or a dash."""
    return headline.startswith(name) and bool(_AFTER_SUBJECT.match(headline, len(name)))


def person_keys(names: set[str]) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The surnames (of full names, and of "Mr. Putin"), the full names and the first names
    of the people a release names, as keys."""
    full = [words(n) for n in names if len(words(n)) >= 2]
    return (frozenset(key(surname(n)) for n in names if words(n)),
            tuple(key(" ".join(ws)) for ws in full), frozenset(key(ws[0]) for ws in full))


def runs_into_a_person(m: OrgMention, people: tuple[frozenset[str], tuple[str, ...], frozenset[str]]) -> bool:
    """A weak span that runs into a person's name ("Acme Books Author Jane Roe") is no
    organization; the same one without the person is found on its own. Nor, however found,
    is a person the release names after words that are no organization's ("backed by Ocean
    Partners, CEO Jane Roe", "Sport Secretary Jane Roe"; not "Law Office of Jane Roe")."""
    ws, k = words(m.name), key(m.name)
    if len(ws) < 2 or not any(k.endswith(f) for f in people[1]):
        return False  # (a string test first: most names end in no person's)
    if not m.strong:
        return any(len(k) > len(f) and k.endswith(f) for f in people[1])
    if m.aliases:
        return False  # "Jane Roe (JRO)": a ticker or an acronym says a business
    for n in range(len(ws) - 1, 1, -1):  # (the person alone is the person finder's to judge: "La Stampa")
        if key(" ".join(ws[-n:])) in people[1]:
            head = ws[:-n]
            return not any(w in lexicon.org_words() or w in _NAME_JOINS for w in head) and not is_org_name(m.name)
    return False


_NAME_JOINS = frozenset({"of", "by", "&", "and", "for"})  # "Law Office of Jane Roe", "Botox by Jane Roe"


def a_surname(name: str, people: tuple[frozenset[str], tuple[str, ...], frozenset[str]]) -> bool:
    """A person's surname or first name alone ("Smith aims to ...", "Hair by Jane Roe",
    "Ashish joins the board"), or a title and the surname ("Attorney Danger offers ..."),
    is that person."""
    ws = words(name)
    if len(ws) == 2 and is_title(ws[0]):
        ws = ws[1:]
    return len(ws) == 1 and (key(ws[0]) in people[0] or key(ws[0]) in people[2])


@dataclass(frozen=True)
class _Written:
    """How a release writes its words: its capitalized spans (and those not opening a
    sentence, where any word is capitalized; those after no article or possessive, as a
    person's name stands) and its lower-case words."""

    spans: frozenset[str]
    inside: frozenset[str]
    bare: frozenset[str]
    lower: frozenset[str]


def how_written(sentences) -> _Written:
    every, inside, bare, lower = set(), set(), set(), set()
    for _, sentence, _ in sentences:
        lower.update(_LOWER_WORD.findall(sentence))
        for s in spans(sentence):
            every.add(s.text)
            if sentence[: s.start].strip(LEAD_IN):
                inside.add(s.text)
            if not _DETERMINED.search(sentence, max(0, s.start - 6), s.start):
                bare.add(s.text)
    return _Written(frozenset(every), frozenset(inside), frozenset(bare), frozenset(lower))


_DETERMINED = re.compile(r"(?:\b(?:[Tt]he|an?)|['’]s?)\s+$")  # "the Guard", "Russia's Gold"
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")


def person_shaped(name: str, aliases: set[str]) -> bool:
    """One to three words that may all be a person's, no alias, no org shape."""
    ws = words(name)
    return (not aliases and 1 <= len(ws) <= 3 and not name.isupper() and all(map(_surname_word, ws))
            and not _INNER.search(name) and not is_org_name(name) and name not in lexicon.known_organizations()
            and name not in lexicon.known_organization_aliases())


def named_like_a_person(name: str, written: _Written) -> bool:
    """A person-shaped name the release shortens as a person's, to the surname: "Tiger
    Woods" with "Woods" alone elsewhere, "Kenteris" after "Costas Kenteris" (an
    organization drops its last words instead: "Golden Matrix"). Neither the surname nor
    the first name is an ordinary word the release writes in lower case ("Elpis Origin")."""
    ws = words(name)
    if not all(_name_like(w, written) for w in ws):
        return False
    if len(ws) >= 2:
        # "Tiger Woods" ... "Woods has won" (not "Google Cloud" beside "Google", "National Guard")
        return ws[-1] in written.bare and ws[0] not in written.spans and ws[0] not in lexicon.org_openers()
    return any(t.endswith(" " + name) and _forename(t[: -len(name) - 1], t in written.inside, written)
               for t in written.spans)


_INNER = re.compile(r"['’]|[a-z][A-Z]")  # "Zachary's Jewelers", "PlusInvesting": no person's name


def _name_like(word: str, written: _Written) -> bool:
    """A word that may be part of a person's name in this release."""
    return _surname_word(word) and word.lower() not in written.lower


@functools.lru_cache(maxsize=4096)
def _surname_word(word: str) -> bool:
    """A word that may be part of a person's name: not an ordinary word, a place, a people."""
    return is_name_word(word) and "-" not in word and not no_name_word(word) and not _people_word(word)


def _forename(text: str, inside: bool, written: _Written) -> bool:
    """The words before a surname in a span: a known first name, or, inside a sentence (a
    sentence's first word may be any: "Qualified Chartjoy"), a name word or two that
    never stand alone (a maker does: "Heartland" of the "Heartland Torque")."""
    ws = text.split()
    if not 1 <= len(ws) <= 2 or not all(_name_like(w, written) for w in ws):
        return False
    return (len(ws) == 1 and ws[0] in lexicon.first_names()) or (
        inside and ws[0] not in written.spans
        and not ws[0].endswith("ed") and ws[0].lower() not in lexicon.imperatives())


def name_ok(m: OrgMention, leading: str = "") -> bool:
    """Not a generic or function word ("Company", "Furthermore"), not a heading ("Why Choose
    Acme"), and a weak cue needs a word with letters only ("Web3", "OCP-12" and bare
    acronyms are products more often than companies), unless the headline opens on the name
    as its subject (`leading`: "KAFUWELL: 20 Years of Excellence", "4D Smoke Shop - A Commitment")."""
    ws = words(m.name)
    if len(ws) == 1 and (ws[0].lower() in lexicon.common_words() or ws[0] in lexicon.org_words()
                         or lexicon.is_function_word(ws[0]) or ws[0] in lexicon.non_names()):
        return False  # "Company"; "Furthermore", "We're"; "Ramadan"
    if ws[0].lower() in _NOT_ORG_START or ws[0].rstrip(".") in _PERSONAL_HONORIFICS:
        return False  # "Mr Brown", "Prof Etzioni": a person (not "Dr Pepper", "Lord Abbett")
    if (len(ws) == 1 and _people_word(ws[0])) or (is_title(m.name) and not (m.strong and m.name.isupper())) or (
            len(ws) == 2 and ws[0] in lexicon.demonyms() and is_title(ws[1])):
        return False  # "Japanese", "Saudis", "Christians", "Islam"; "President", "Pope", "Russian President" (not "GM" listed)
    if _a_clause(ws):
        return False  # "CBD You Can Trust", "Have I Got News for You": a slogan or a show's title
    if _an_internal_body(ws):
        return False  # "Advisory Board", "Crypto Advisory Board": a body inside the organization
    if _a_field(ws):
        return False  # "Business Law": a field, not a firm
    if (not m.strong and (_DIGIT.search(m.name) or m.name.isupper()) and not _WEB_NAME.search(m.name)
            and not (leading and _subject_of(leading, m.name))):
        return False  # (but "Nextech3D.ai", "1800Flowers.com" are companies by their address)
    return True


def _a_clause(ws: list[str]) -> bool:
    """A subject and its modal ("You Can", "We Will"), or an auxiliary and a subject opening
    the words ("Have I", "Can We"): a clause, which no name holds."""
    return any(w in _SUBJECTS and nxt.lower() in _MODALS for w, nxt in zip(ws, ws[1:])) or (
        len(ws) > 2 and ws[0].lower() in _AUXILIARIES and ws[1] in _SUBJECTS)


_SUBJECTS = frozenset({"I", "You", "We", "They"})
_MODALS = frozenset({"can", "will", "could", "should", "must", "may", "might", "would", "shall"})
_AUXILIARIES = _MODALS | {"have", "has", "do", "does", "did", "are", "is"}


def _an_internal_body(ws: list[str]) -> bool:
    """A board or committee that advises or oversees the organization, named by its task
    and ordinary words alone: "Advisory Board", "Supervisory Board", "Crypto Advisory Board",
    "Special Committee" (not "Financial Stability Board", "Avalon Advisory Board"), or a board
    of its members after any words: "Board of Directors", "Acme Labs Board of Trustees" (not
    "Tulare County Board of Supervisors", a council).
    Stricter than titles.internal_body, which reads the body after a title's "of the", where
    any board is the employer's ("Chairman of the Financial Stability Board" is a role); a
    candidate found alone is a board inside a body only when its words say nothing else."""
    if len(ws) >= 3 and ws[-3] == "Board" and ws[-2] == "of" and ws[-1] in _BOARD_MEMBERS:
        return True
    return (2 <= len(ws) <= 4 and ws[-1] in _BODY_HEADS and ws[-2] in _INTERNAL_TASKS
            and all(w.lower() in lexicon.common_words() or _DIGIT.search(w) for w in ws[:-2]))  # "340B Patient ..."


def _a_field(ws: list[str]) -> bool:
    """A field of law: ordinary words before "Law" ("Family Law", "Criminal Law"; not
    "Grungo Law", "School of Law"; a firm of ordinary words has another head: "Real
    Business Solutions")."""
    return (len(ws) >= 2 and ws[-1] == "Law"
            and all(w.lower() in lexicon.common_words() and w not in lexicon.org_words() for w in ws[:-1]))


_BODY_HEADS = frozenset({"Board", "Committee", "Council", "Team"})
_INTERNAL_TASKS = frozenset({"Advisory", "Supervisory", "Management", "Executive", "Steering", "Audit",
                             "Nominating", "Compensation", "Leadership", "Special", "Monitoring"})
_BOARD_MEMBERS = frozenset({"Directors", "Trustees", "Governors", "Managers", "Advisors", "Advisers", "Regents"})
_PERSONAL_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Prof"})


def _people_word(w: str) -> bool:
    """A word for a people or a faith: a demonym ("Japanese"), its plural ("Saudis"), or
    peoples.txt ("Christians", "Islam")."""
    return w in lexicon.peoples() or w in lexicon.demonyms() or (w.endswith("s") and w[:-1] in lexicon.demonyms())


# Words that start a heading or a clause, never an organization's name: "Why Choose Acme
# for Crypto Investments", "But Prioritize Health".
_NOT_ORG_START = lexicon.QUESTION_WORDS | {"but", "although", "however", "furthermore", "moreover", "meanwhile",
                                           "additionally"}


# Org words that end the names of products and shows as often as those of companies.
_PRODUCT_HEADS = ("AI", "Podcast")


@functools.cache
def _product_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What before and after a name says it is a product, not its maker."""
    noun = rf"(?:{trie_alternation(sorted(resources.word_set('product_nouns.txt')))})s?"
    # an owner: "IBN’s Bell2Bell Podcast", "its face video swap tool, Mango AI", "hosts The ... Podcast"
    before = re.compile(rf"(?:['’]s|\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er))\s+(?:(?:[a-z][\w-]*\s+){{0,4}}{noun},?\s+)?$"
                        r"|\b(?:[Hh]osts?|[Hh]ost\s+of|episodes?\s+of)\s+(?:[Tt]he\s+)?$"
                        rf"|\b{noun},?\s+(?:like|such\s+as|including)\s+$")  # "AI chatbots, like Muah AI"
    # a product noun or a version: "Talus AI agents", "ASC AI 20 Index"; a maker: ", developed by
    # Anthropic"; an apposition naming a product: ", an advanced AI photo animator"
    after = re.compile(rf"\s+(?:{noun}|\d[\d.]*)\b|,?\s+(?:developed|built|created|powered|hosted|produced)\s+by\b"
                       rf"|,\s+(?:an?|the)\s+(?:[\w$&.’'/-]+\s+){{0,6}}?{noun}\b")
    return before, after


def product_names(sentence: str) -> set[str]:
    """Names ending in "AI" or "Podcast" that the sentence marks as a product or show, not a
    company: "its face video swap tool, Mango AI", "Claude AI, developed by Anthropic", "IBN’s
    Bell2Bell Podcast" (not "Arrive AI, a pioneering autonomous delivery network")."""
    if not holds_any(sentence, _PRODUCT_HEADS):
        return set()
    before, after = _product_marks()
    out: set[str] = set()
    for s in org_parts(sentence):
        name = org_shape(s.text)[0]
        at = sentence.find(name, s.start) if name.endswith(_PRODUCT_HEADS) and " " in name else -1
        if at >= 0 and (before.search(sentence, max(0, at - 60), at) or after.match(sentence, at + len(name))):
            out.add(name)
    return out


def known_products(mentions: list[OrgMention]) -> set[str]:
    """The names of well-known products and coins among the mentions (data/known_products.txt):
    "platforms like ChatGPT", "Bitcoin (BTC)", whose acronym is a coin's ticker, not a body's."""
    famous = resources.word_set("known_products.txt", lower=False)
    return {m.name for m in mentions if m.name in famous}
