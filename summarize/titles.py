"""Titles: which words name a role, and who owns a title written before a name.

"Foreign Minister", "CEO" and "Chief Customer Officer" are titles (summarize/data/titles.txt);
"Azerbaijan's Foreign Minister", "Apple spokesman" and "WPG President" say whose. people.py
reads them around a name.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources

ROLE_MODIFIERS = r"(?:former|current|acting|interim|outgoing|incoming|newly appointed|new|then|co-)"
_TITLE_WORD_SPLIT = re.compile(r"[\s/-]+")
# Describing words, not owners: "Award-winning", "Miami-based", "Italian-American", "Bestselling",
# "Ousted" (but "United").
_ADJECTIVE = re.compile(r"-[a-z]|ing$|^(?!United$)[A-Z][a-z]+ed$|\b(?:[A-Z][a-z]+an|[A-Z][a-z]+ese|[A-Z][a-z]+ish)-[A-Z]")
_BOARD = re.compile(r"^(?:[A-Z][\w-]*\s+){0,2}Board(?:\s+of\b|\s*(?:&|and)\s|$)")  # "Board & CEO of Acme"


def describing(word: str) -> bool:
    """A describing word, not an owner: "Ousted", "Award-winning", "Miami-based"."""
    return bool(_ADJECTIVE.search(word))


@functools.cache
def _lower_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in lexicon.titles())


def is_title(phrase: str) -> bool:
    lower = phrase.lower()
    return lower in _lower_titles() or ("-" in lower and (
        lower.replace("-", " ") in _lower_titles()  # "Director-General"
        or ((m := _HYPHENED_RANK.search(lower)) is not None and lower[:m.start()] in _lower_titles())))


# A title's hyphened end that says its rank ("Editor-in-Chief", "Editor-at-Large",
# "Commander-in-Chief"), left out of titles.txt so that "in" and "at" are no title words.
_HYPHENED_RANK = re.compile(r"-(?:in-chief|at-large)$")


@functools.cache
def title_heads() -> frozenset[str]:
    """The word that ends a title, lower-cased: "officer", "founder" (of "Co-Founder"), and
    "chief" ("Chief of Market Development")."""
    chairs = set(resources.lines("orchestra_chairs.txt"))
    heads = {_TITLE_WORD_SPLIT.split(t)[-1].lower() for t in lexicon.titles() if t not in chairs}
    # A chair's last word heads a title only when it is one alone ("Concertmaster"): an
    # instrument is none ("Viola Davis", "Viola Labs CEO").
    heads |= {h for t in chairs if (h := _TITLE_WORD_SPLIT.split(t)[-1].lower()) in _lower_titles()}
    return frozenset(heads | {"chief"})  # "Chief of Staff"


def has_title_word(phrase: str) -> bool:
    return any(w.lower().strip(",") in lexicon.title_words() for w in _TITLE_WORD_SPLIT.split(phrase))


def has_title_head(phrase: str) -> bool:
    """A phrase naming what someone is: "founder of Acme", not "digital marketing strategy"
    (whose title words only qualify one)."""
    return any(w.lower().strip(",") in title_heads() for w in _TITLE_WORD_SPLIT.split(phrase))


# Where a role's head word ends: "the co-founder| of Acme", "a volunteer| at Acme", "a writer| based
# in Oslo", "a family bakery| that opened in 1990".
_ROLE_HEAD_END = re.compile(r"\s+(?:of|at|for|in|with|from|on|based|that|which|serving|located|offering|known\s+(?:as|for))\b")
# A lower-case noun for a person by its ending, which alone makes a role where no title word
# does: "nutritionist", "historian", "volunteer" (not praise: "a pioneer in the field").
_PERSON_NOUN_HEAD = re.compile(r"(?!pioneer)[a-z]{3,}(?:ist|ian|eer)")


def role_head_end(role: str) -> int:
    """Where a role's head word ends, before "of", "at", "based" ...: "the co-founder| of Acme";
    the one notion of a role's head for every reader of roles (a copula's, a plural's, an
    apposition's, a body's description)."""
    m = _ROLE_HEAD_END.search(role)
    return len(role[: m.start() if m else len(role)].rstrip(" ,"))


def role_head_words(role: str) -> list[str]:
    """A role's words up to its head: "the co-founder of Acme" -> [the, co-founder]."""
    return role[: role_head_end(role)].split()


def person_noun_head(word: str) -> bool:
    """A lower-case noun for what a person is: "dermatologist", "historian", "engineer"."""
    return bool(_PERSON_NOUN_HEAD.fullmatch(word))


def names_a_role(role: str) -> bool:
    """The role's head is a title by itself or a person's noun: "the co-founder of Acme", "police
    chief", "Research Consultant on the team", "a nutritionist" (not "the state", whose "state"
    only ends a title: "Secretary of State")."""
    ws = role_head_words(role)
    head = ws[-1].lower() if ws else ""
    return bool(head) and (is_title(head) or is_title(head.removeprefix("co-")) or head == "chief"
                           or is_title(" ".join(ws[-2:])) or person_noun_head(head))


# Words that open a title whatever follows: "Chief Customer Officer", "Vice Provost".
TITLE_OPENERS = frozenset({"chief", "vice", "deputy"})


def joined_titles(ws: list[str], end: int) -> int:
    """Where a title ending at `end` ends with the titles joined to it: "CEO & Founder"."""
    while end < len(ws) - 2 and ws[end] in ("&", "and"):
        n = next((n for n in range(min(4, len(ws) - 2 - end), 0, -1)
                  if is_title(" ".join(ws[end + 1:end + 1 + n])) and ws[end + 1 + n][0].isupper()), 0)
        if not n:
            break
        end += 1 + n
    return end


def strip_leading_noise(owner: str) -> str:
    """A possessive owner without the words before it that start none: "But Iran" -> "Iran",
    "Former Acme" -> "Acme" (but "New Pacific Metals")."""
    while owner and not owner.startswith("New ") and _leading_noise(owner):
        owner = owner.partition(" ")[2]
    return owner


def _leading_noise(owner: str) -> bool:
    """A first word that starts no owner: "The", "But" (but "New York")."""
    first, _, rest = owner.partition(" ")
    if first == "New":  # "New York Observer" owns; "New Southampton manager" is a new manager
        return bool(rest) and " ".join(owner.split()[:2]) not in lexicon.places() and owner not in lexicon.places()
    return (lexicon.is_function_word(first) or first.lower() in lexicon.openers() or first in TIME_QUALIFIERS
            or (first in _STANDING and bool(rest)))


# Words that rank an office, not its owner: "Senior Labour backbencher", "Veteran Tory MP".
_STANDING = frozenset({"Senior", "Junior", "Veteran", "Prominent", "Leading", "Top"})


# Words that date an office, not its owner: "Current England boss Roy Hodgson".
TIME_QUALIFIERS = frozenset({"Current", "Former", "Then", "Outgoing", "Incoming", "Ex", "Future", "Previous", "Prospective",
                             "Would-be", "Presumptive"})


def _qualifier(word: str) -> bool:
    """A word that says what kind of role, not whose: "Executive producer", "Presidential
    spokesman", "Defense attorney", "Music producer", "Pop singer"."""
    return " " not in word and (word.lower() in lexicon.title_words() or word.endswith(("al", "ive"))
                                or role_kind(word))


@functools.cache
def _role_kinds() -> frozenset[str]:
    return resources.word_set("role_kinds.txt", lower=False)


def role_kind(word: str) -> bool:
    """A word naming a kind of role, a field or a genre, never an owner: "Pop", "Veteran",
    "Tournament" (data/role_kinds.txt)."""
    return word in _role_kinds()


def generic_owner(word: str) -> bool:
    """An owner that names no one: "the Company's CEO", "Registrars' spokesman", or a first
    name ("Jane's mother")."""
    singular = word[:-1] if word.endswith("s") else word
    return (word in lexicon.org_words() or word in lexicon.first_names() or common_word(word)
            or common_word(singular))


def common_word(word: str) -> bool:
    """One common word, not an acronym: "Sales", "Interim", "The"; not "US" or "Acme"."""
    return " " not in word and not word.isupper() and word.lower() in lexicon.common_words()


@functools.cache
def _title_before_pattern() -> re.Pattern[str]:
    # The owner is capitalized even though the title's case is ignored: "said Aston's chief executive".
    # An owner without a possessive stands before a lower-case title: "Tory leader", "Apple spokesman".
    # After an owner, one lower-case word may say what kind of title: "CNN legal analyst", "BBC political editor".
    # "chief" in lower case heads a body alone: "Gazprom chief Jane Roe" (capitalized, it opens a
    # title, "Chief Customer Officer", and is none alone: not in titles.txt).
    return re.compile(rf"(?:(?P<owner>(?-i:(?:(?:[A-Z][\w&.\-]*|&|of)\s+){{0,5}}[A-Z][\w&.\-]*))(?:['’]s?\s+|\s+(?=(?-i:[a-z]))))?"
                      rf"(?(owner)(?:(?P<kind>(?-i:[a-z][a-z-]{{2,}}))\s+(?=\S+\s+$))?)"
                      rf"(?:{ROLE_MODIFIERS}\s+)?(?P<title>(?:{lexicon.title_pattern()})|(?-i:(?<!\bin )chief))\s+$", re.IGNORECASE)


@functools.cache
def the_title_before_pattern() -> re.Pattern[str]:
    """A title named before the person with an article or an owner: "the company's CEO, Jane
    Roe", "the city's mayor, Jane Roe", "ISIS' spokesman, Abu Adnani", "the U.S. ambassador to
    Avalon, Jane Roe"."""
    return re.compile(rf"(?:\b(?:the\s+)?(?:company|firm|group|organization|bank|fund|agency|city|state|country|"
                      rf"county|town|university|school|hospital|museum|club|team|party|union|council|government)['’]s\s+"
                      rf"|\b(?:the|its|our)\s+(?-i:(?P<qualifier>[A-Z][\w&.\-]*)\s+)?|(?-i:\b(?P<owner>[A-Z][\w&.\-]*))['’]s?\s+)"
                      rf"(?P<role>(?:{ROLE_MODIFIERS}\s+)?(?:{lexicon.title_pattern()})\b[^,.;\"“”]{{0,60}}),\s*$",
                      re.IGNORECASE)


@functools.cache
def _title_last_words() -> frozenset[str]:
    """The last word of every title, lower-cased: "Chief Executive Officer" -> "officer"."""
    return frozenset(t.split()[-1].lower() for t in lexicon.titles()) | {"chief"}


@functools.cache
def _title_before_words() -> int:
    """The most words `_title_before_pattern` can match: an owner of six, a modifier of two
    ("newly appointed"), the longest title."""
    return 6 + 1 + 2 + max(len(t.split()) for t in lexicon.titles())


def _last_words_start(text: str, n: int) -> int:
    """Where the last `n` words of `text` start (0 if it has no more): a pattern that
    matches at most `n` words up to the end is searched for from there, not from every
    character of the text (the alternation of titles is long)."""
    parts = text.rsplit(None, n)
    return text.find(parts[1], len(parts[0])) if len(parts) > n else 0


def title_before(before: str) -> tuple[str | None, str | None]:
    """A lower-case or free-standing title right before the name, and its owner:
    "Celsius Holdings’ former CEO " -> ("CEO", "Celsius Holdings")."""
    tail = before.rstrip()
    last = tail[tail.rfind(" ") + 1:].lower()
    if not last or last not in _title_last_words():  # the common case, decided without the regex
        return None, None
    text = before[-300:]
    m = _title_before_pattern().search(text, _last_words_start(text, _title_before_words()))
    if not m:
        return None, None
    owner, title = m.group("owner"), m.group("title")
    if not owner and title.lower() in _BARE_TITLES and m.start() == m.start("title") and (kind := _kind_before(text[: m.start()])):
        return f"{kind} {title}", None  # "band member", "shadow cabinet member": a member of what kind
    if m.group("kind"):  # "CNN legal analyst" -> ("legal analyst", "CNN"); not "Acme hired analyst"
        owner, title = (owner, f"{m.group('kind')} {title}") if _kind_of_title(m.group("kind")) else (None, title)
    while owner and (_leading_noise(owner) or owner.startswith(("& ", "of "))):
        owner = owner.partition(" ")[2]  # "But Labour leader" -> Labour; not "New York Times"
    if owner and is_title(f"{owner.rsplit(' ', 1)[-1]} {title}") and owner.rsplit(" ", 1)[-1] not in lexicon.org_words():
        # the owner's last word opens the title: "Immigration minister", "Supreme leader" (not
        # "Acme Advisory Council| member")
        owner, _, first = owner.rpartition(" ")
        title = f"{first} {title}"
    if owner and title.islower() and not describing(owner) and (
            _qualifier(owner) or (owner in lexicon.org_words() and common_word(owner))):
        owner, title = None, f"{owner} {title}"  # "Council member", "Defense attorney": what kind of role
    if not owner or common_word(owner) or describing(owner) or _qualifier(owner) or _degree(owner):
        owner = None  # "Party leader", "Award-winning author", "Defense attorney", "Ph.D. candidate"
    if owner:
        owner = lexicon.places().get(owner, lexicon.demonyms().get(owner, owner))
    return title, owner


# Military and police ranks, written in full or abbreviated before a name ("Sgt." -> Sergeant): an
# office the person holds says more ("Pentagon spokesman Col. Jane Roe", "commander of the Quds Force").
RANKS = frozenset({"General", "Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Admiral", "Commander", "Corporal",
                   "Lieutenant Colonel", "Major General", "Lieutenant General", "Brigadier General", "Brigadier"})


def rank_after_office(role_words: list[str]) -> list[str]:
    """The words of a title before a name without a rank written after an office: ["Defense
    Minister", "General"] -> ["Defense Minister"] (not ["Lieutenant", "Colonel"]: a rank of two words)."""
    if len(role_words) > 1 and role_words[-1] in RANKS and role_words[-2] not in RANKS:
        return role_words[:-1]
    return role_words


# Titles that say little without the kind of body before them: "cast member", "band member".
_BARE_TITLES = frozenset({"member", "members"})


def _kind_before(text: str) -> str:
    """The one or two lower-case words that end `text` and say what kind of title follows
    ("written by band |member", "senior shadow cabinet |member"), not a verb ("hired |member")."""
    kinds: list[str] = []
    for word in reversed(text.split()[-2:]):
        if not (word.isalpha() and word.islower() and _kind_of_title(word) and word not in lexicon.title_words()
                and word not in _TIME_WORDS and word not in SPEECH_WORDS):  # (not "said member Jane Roe")
            break
        kinds.insert(0, word)
    return " ".join(kinds)


# Verbs of speech, as a quote's attribution writes them: "said", "CEO of Acme commented".
SPEECH = (r"said|says|added|adds|noted|notes|stated|states|explained|explains|commented|comments|"
          r"remarked|shared|shares|emphasized|emphasised|stressed|observed|concluded|continued|"
          r"proclaimed|expressed|announced|highlighted|told|wrote|writes|pointed out|recalled|"
          r"affirmed|reiterated|declared|according to")
SPEECH_WORDS = tuple(SPEECH.split("|"))
# Words that date or rank a title, not its kind: "former", "senior", "fellow".
_TIME_WORDS = frozenset(w.lower() for w in TIME_QUALIFIERS) | {"senior", "junior", "veteran", "longtime", "fellow"}


# A degree: "Ph.D.", "Ed.D.", "M.D.", "M.B.A.", "J.D.", "B.A.", "M.S." (not "U.S.", "U.N.").
# The doctorates' first letters, dotted ("Ph.D.") or not ("PhD"), for every reader of degrees.
DOCTORATE = r"(?:Ph|Pharm|Ed|Psy)"
_DEGREE = re.compile(rf"{DOCTORATE}\.D\.|[MBJ]\.[ABDS]\.(?:A\.)?|D\.D\.S\.|R\.N\.")


def _degree(owner: str) -> bool:
    """A degree, not an owner: "Ph.D. candidate", "M.D. student" (but "U.S. ambassador")."""
    return bool(_DEGREE.fullmatch(owner))


def _kind_of_title(word: str) -> bool:
    """A lower-case word that can say what kind of title follows ("legal", "aviation",
    "communications"), not a verb ("hired", "welcomes") nor a function word ("and", "its")."""
    return not (word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "ics", "ions", "news")))
                or lexicon.is_function_word(word) or word in _NOT_KINDS or word in _person_object_verbs())


_NOT_KINDS = frozenset({"former", "then", "new", "first", "by", "ex", "later", "now", "also", "who", "whose"})


@functools.cache
def _person_object_verbs() -> frozenset[str]:
    return resources.word_set("person_object_verbs.txt")


def owner_first(role: str) -> tuple[str, str | None]:
    """An organization written before the title: "WPG President" -> ("President", "WPG").
    A possessive owner ("Beeline's Director") is read with the person's roles instead."""
    ws = role.split()
    for n in range(1, min(4, len(ws) - 1) + 1):
        head = ws[:n]
        if any(not w[0].isupper() or w.lower() in lexicon.title_words() or w in lexicon.honorifics()
               or describing(w) or w in TIME_QUALIFIERS for w in head) or role_kind(ws[0]):
            break  # not "Oscar-nominated director", "Pop singer"
        title = " ".join(ws[n:])
        if ((_titles(title) or (_lower_role(ws[n:]) and _owner_of_lower_role(head))) and title not in _NOT_SPLIT and not lexicon.is_function_word(ws[0])
                and not any(c in " ".join(head) for c in "/'’")
                and not all(w.lower() in lexicon.common_words() or w in _DEPARTMENTS for w in head)):
            return title, " ".join(head)
    return role, None


_JOIN = re.compile(r"\s+(?:and|&)\s+")


def _titles(phrase: str) -> bool:
    """A title, or titles joined by "and": "Chairman and CEO", "Co-Founder & Board President"."""
    return is_title(phrase) or (" " in phrase and all(map(is_title, _JOIN.split(phrase))))


# What a capitalized name before them is: a place, not an owner ("Borno state police spokesman").
_PLACE_KINDS = frozenset({"state", "county", "city", "province", "provincial", "district", "regional", "municipal"})


def _lower_role(ws: list[str]) -> bool:
    """A role written in lower case and ending in a title's last word: "security manager",
    "chief economist", "vice-president of operations"."""
    return (len(ws) <= 5 and ws[-1].lower() in title_heads() and not lexicon.is_function_word(ws[0])
            and ws[0] not in _PLACE_KINDS
            and all(w.islower() and "'" not in w and "’" not in w for w in ws))


# An adjective of a people or a creed, no owner: "Asian studies professor", "Republican activist".
_ADJECTIVE_OF_PEOPLE = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ic)")


def _owner_of_lower_role(head: list[str]) -> bool:
    """Capitalized words that own a lower-case role: one name ("CNN", "Halifax", "Somali"),
    or a body's or a place's name ("Massachusetts Bay Transportation Authority"; not
    "Microsoft Windows Client", "Asian")."""
    owner = " ".join(head)
    if owner in lexicon.demonyms():
        return True
    if _ADJECTIVE_OF_PEOPLE.fullmatch(head[-1]):
        return False
    return (len(head) == 1 or head[-1] in lexicon.org_words() or owner in lexicon.places()
            or owner in lexicon.known_organizations())


@functools.cache
def owner_after(role: str) -> tuple[str, str | None]:
    """An organization written right after the title, with no "of" or comma: "Chief
    Executive Officer Synergist Technology" -> ("Chief Executive Officer", "Synergist
    Technology"); not "Managing Director Europe" (a region) nor "Director Sales"."""
    ws = role.split()
    if len(ws) < 2 or is_title(role) or len(ws) == 2 and ws[0] in lexicon.first_names():
        return role, None  # not "Dean Martin" in a list of names
    for n in range(len(ws) - 1, 0, -1):
        title, rest = " ".join(ws[:n]), ws[n:]
        if not is_title(title):
            continue
        owner = " ".join(rest)
        if (all(w[0].isupper() and w.lower() not in title_heads() and w not in _TITLE_SUFFIXES
                and not lexicon.is_function_word(w) for w in rest)
                and not all(w.lower() in lexicon.common_words() or w in _DEPARTMENTS for w in rest)
                and owner not in lexicon.places() and not any(w in lexicon.places() for w in rest)):
            return title, owner
        break
    return role, None


# Titles that an organization before them does not own: royal ones ("Royal Princess") and
# ones too generic to split ("Film Executive", "Thought Leader").
_NOT_SPLIT = frozenset({"King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope", "Executive", "Leader",
                        "Member", "Specialist"})
# Words that end a title and name no one: "Professor Emeritus", "President Elect", "Dean Emerita".
TITLE_ENDS = frozenset({"Emeritus", "Emerita", "Elect", "Designate"})
_TITLE_SUFFIXES = TITLE_ENDS | {"General", "General Counsel"}
_DEPARTMENTS = frozenset({"HR", "IT", "PR", "R&D", "Assistant", "Associate", "Regional", "Global", "Acting", "Interim"})


def internal_body(name: str) -> bool:
    """A body inside the organization: "Chairman of the Supervisory Board (of Acme AG)" is
    a role (at Acme AG)."""
    return bool(_BOARD.match(name))
