"""A person's name on its own, before the sentence around it is read: what a span's words
say of a person (span_name: the title and honorific before the name, the party written before
it, "Tory Liam Fox", a word glued before it by a heading, "Added Jane Roe"), and the words no
person's name holds (a place's or a road's, "Wilson County Sheriff", "George Bush Turnpike";
a title's end, "Professor Emeritus"; a day, "Today").

Its own module because people.py asks these questions of every span before it reads the
sentence, and the answers are cached per span text: they hang on the words alone.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .names import PEERAGES, Span, common_name, looks_like_person, ordinary_last_word, words
from .name_prefix import cached_split_prefix
from .places import PLACE_UNITS
from .titles import TITLE_ENDS

_DESCRIBED_BY = re.compile(r"^[A-Z][a-z]+-([a-z]{4,})$")


def _described_by(word: str) -> bool:
    """A word that says what the person is, glued before the name: "Grammy-winner", "Owner-breeder",
    "Fly-half" (not a given name such as "Man-hee" or "Sung-eun")."""
    m = _DESCRIBED_BY.match(word)
    return bool(m) and (m.group(1).endswith("er") or m.group(1) in ("half", "back", "star"))


_ORIGIN = re.compile(r"-(?:born|based|raised|bred)$")


# Words no person's name holds: a place or its office ("Wilson County Sheriff"), a road or a
# building named after someone ("George Bush Turnpike", "Frank Erwin Center Arena", "Clinton
# White House", "Ellis Island", "Miami's Diplomat Hotel"), a club ("Dundee United").
# ... and their plurals: "in Tarrant, Parker and Johnson Counties".
_PLACE_UNITS = frozenset(PLACE_UNITS) | frozenset(
    u[:-1] + "ies" if u.endswith("y") else u + "es" if u.endswith(("sh", "s", "x")) else u + "s" for u in PLACE_UNITS)
_NOT_IN_NAMES = _PLACE_UNITS | frozenset({"Turnpike", "Highway", "Parkway", "Expressway", "Freeway", "Tunnel",
                                          "Avenue", "Boulevard", "Plaza", "Stadium", "Arena", "Museum", "Library",
                                          "Bridge", "Square", "Station", "Memorial", "Creek", "House", "Island",
                                          "Gardens", "Palace", "United", "City", "Pavilion", "Theatre", "Theater",
                                          "Center", "Centre", "Laboratory", "Laboratories", "Observatory",
                                          "Valley", "Mine", "Auditorium", "Coliseum", "Amphitheater", "Amphitheatre"})
# A family's or a force's business, no one's name: "Shannon Family Mortuary", "Croom Army Vet".
_NOT_IN_NAMES |= frozenset({"Family", "Army"})
# Buildings no one is named, even after a title: "The Prince Park Tower Hotel", "Miami's Diplomat Hotel".
_BUILDINGS = frozenset({"Hotel", "Resort", "Casino", "Airport", "Cathedral", "Hospital"})
_NOT_IN_NAMES |= _BUILDINGS
# Words no name holds even after a title: "General Santos City", "In Jersey City", "Man City".
_NEVER_IN_NAMES = _PLACE_UNITS | {"City"} | _BUILDINGS
# Words that open place names and no one's name: "Santa Barbara", "Los Gatos", "Fort Worth", "Greater Manchester".
_PLACE_OPENERS = frozenset({"Santa", "San", "Los", "Las", "Fort", "Port", "Mount", "Cape", "Greater"})
# Street abbreviations are in no one's name, titled or not: "Henrietta Rd", "Martin Luther King Jr. Blvd".
_STREET_ABBREVIATIONS = frozenset({"Rd", "Rd.", "Ave", "Ave.", "Blvd", "Blvd.", "Hwy", "Hwy.", "Pkwy", "Pkwy."})


@functools.cache
def _attributive() -> frozenset[str]:
    return resources.word_set("attributive_titles.txt", lower=False)


# Two words glued where a link or a heading was taken out: "About [Jane Roe](url)Jane founded",
# "Design CentreJane Roe" (not "MaryEllen", "AbdulAziz", "FitzGerald": a short first part).
GLUED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{5,}(?=[A-Z][a-z])")


def unglued(s: Span) -> Span | None:
    """The part of a glued span that can be a name of two words or more: the part after the
    glue if it holds a first name ("Design CentreJane Roe", "LondonAcme CEO Jane Roe"), else
    the part before ("Jane RoeInvestor Relations"); none of "SpongeBob SquarePants"."""
    cut = GLUED.search(s.text).end()
    head, tail = s.text[:cut], s.text[cut:]
    if " " in tail and not GLUED.search(tail) and any(w in lexicon.first_names() for w in tail.split()):
        return Span(tail, s.start + cut, s.end, s.possessive)
    return Span(head, s.start, s.start + len(head)) if " " in head else None


DAYS = frozenset({"Yesterday", "Today", "Tomorrow", "Tonight", "Monday", "Tuesday", "Wednesday", "Thursday",
                  "Friday", "Saturday", "Sunday"})


# Function words that are first names often enough to lead a name: "Will Smith", "May Tan"
# (but "In Jersey City", "My Forsyth", "So Royal Caribbean" are the word, not a name).
_NAMES_LIKE_FUNCTION_WORDS = frozenset({"Will", "May"})


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
    if at_start and len(name_words) >= 3 and _glued_common_word(name_words[0]) and not (
            _first_name(name_words[1]) and _says_what_someone_is(name_words[0]) and _kind_role(name_words[0])):
        # (not "Reviewer Jane Roe": the role, read by _without_kind)
        name_words = name_words[_heading_words(name_words):]  # "Added Patrick Davis", "Customer Endorsement Laura Brouk"
    if _GERUND.fullmatch(name_words[0]) and name_words[0].lower() in lexicon.common_words() and not _first_name(name_words[0]):
        if len(name_words) < 3 or not _first_name(name_words[1]):
            return None  # "Rolling Stone", "Sporting Kansas": a gerund opens a thing's name
    return name_words


def _without_kind(name_words: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """The name without the words before a first name that say what someone is, and the role
    those words give: "Pollster Avi Degani" -> (Avi Degani, Pollster), "Senators Mark Kelly" ->
    (Mark Kelly, Senator), "Tweeted Garry Kasparov" -> (Garry Kasparov, None)."""
    kind = None
    while len(name_words) >= 3 and _says_what_someone_is(name_words[0]) and _first_name(name_words[1]) and not (
            len(name_words[-1]) == 2 and name_words[-1].endswith(".")):
        kind = _kind_role(name_words[0])  # "Pollster Avi Degani", "Senators Mark Kelly", "the Commons Oliver Heald"
        name_words = name_words[1:]
    return name_words, kind


def _kind_role(word: str) -> str | None:
    """The role an agent noun or a title in the plural gives ("Pollster", "Producers" -> Producer,
    "Senators" -> Senator); none from a past tense ("Tweeted"), an inhabitant's name ("Londoner":
    a place before -er) or another plural ("Commons", "Parents")."""
    singular = word[:-1] if word.endswith("ers") or (word.endswith("s") and word[:-1].lower() in lexicon.title_words()) else word
    if singular in _NO_KINDS:
        return None  # "last November Jane Roe", "Sister Jane Roe": a date, a kin (or a nun)
    if singular.endswith("er") and singular[:-2] not in lexicon.places() and singular[:-3] not in lexicon.places():
        return singular  # (not "Beijinger": Beijing + er)
    return singular if singular != word else None


def _heading_words(name_words: tuple[str, ...]) -> int:
    """How many common words a heading or a verb glued before a first name and a surname at a
    sentence's start: 1 of "Added Patrick Davis", 2 of "Customer Endorsement Laura Brouk", 0 of
    "White Stone Bridge" (no first name with a surname after the common words)."""
    for j in range(1, len(name_words) - 1):
        if _first_name(name_words[j]):
            return j
        if not _glued_common_word(name_words[j]):
            return 0
    return 0


def _says_what_someone_is(word: str) -> bool:
    """A capitalized word before a first name that says what someone is or did ("Pollster",
    "Flanker", "Tweeted") or names a kind of them in the plural ("Senators", "Veterans",
    "Commons"): no given name, unless a list knows it ("Oliver"); not "Vinhomes", "Christmas"."""
    if not _AGENT_OR_PLURAL.fullmatch(word) or word in lexicon.first_names():
        return False
    if word.endswith(("er", "ers", "ed")):
        return True
    singular = word[:-1].lower()
    return singular in lexicon.common_words() or singular in lexicon.title_words()


# Words ending in -er that say when or how, or whose kin, not what someone is.
_NO_KINDS = frozenset({"September", "October", "November", "December", "Brother", "Sister", "Mother", "Father",
                       "Daughter", "Earlier", "Later", "Together", "Further", "Never", "Ever", "Rather", "Whatever"})
_GERUND = re.compile(r"[A-Z][a-z]+ing")
# An agent noun, a past tense or a plural: "Pollster", "Londoner", "Tweeted", "Senators".
_AGENT_OR_PLURAL = re.compile(r"[A-Z][a-z]+(?:er|ers|ed|s)")


@functools.cache
def parties() -> frozenset[str]:
    """Parties written before a member's name: "Tory", "Labour" (data/parties.txt)."""
    return resources.word_set("parties.txt", lower=False)


def _party_before(name_words: tuple[str, ...]) -> str | None:
    """A party written before a full name, as the adjective or its members in the plural: "Tory
    Liam Fox" -> Tory, "For the Lib Dems David Laws said" -> Lib Dem (not "Green" of "Green Day")."""
    for n in (2, 1):
        if len(name_words) >= n + 2 and name_words[n] in lexicon.first_names() and (
                party := _party(" ".join(name_words[:n]))):
            return party
    return None


def _party(phrase: str) -> str | None:
    """The party a phrase names, as the adjective or in the plural: "Tory", "Lib Dems" -> Lib Dem."""
    if phrase in parties():
        return phrase
    return phrase[:-1] if phrase.endswith("s") and phrase[:-1] in parties() else None


def _glued_common_word(word: str) -> bool:
    """A common word that is no first name, glued before a name by a heading or a sentence
    start ("Added", "Judges"); a gerund opens a thing's name instead ("Leveling Kit Compatibility")."""
    return word.lower() in lexicon.common_words() and word not in lexicon.first_names() and not word.endswith("ing")


# Titles a person is known by with a first name alone: "King Abdullah", "Prince Frederik", "Pope Francis".
FIRST_NAME_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Empress",
                               "Sultan", "Emir", "Sheikh", "Sheikha"})


def name_shape(name_words: tuple[str, ...], strong: bool) -> bool:
    """A person's name by its words (`looks_like_person`), or a testimonial's "Jessica R."."""
    return looks_like_person(" ".join(name_words), strong=strong) or first_and_initial(name_words)


def first_and_initial(name_words: tuple[str, ...]) -> bool:
    """A known first name and the surname's initial, as customers sign a testimonial: "Jessica R."."""
    return (len(name_words) == 2 and len(name_words[1]) == 2 and name_words[1][0].isupper()
            and name_words[1][1] == "." and name_words[0] in lexicon.first_names())


@functools.lru_cache(maxsize=16_384)  # the same spans recur sentence after sentence
def span_name(text: str, at_start: bool) -> tuple[tuple[str, ...], tuple[str, ...], str | None, bool, str | None, str] | None:
    """What a span's words alone say of a person, before the sentence is read: (role words, name
    words, country, honorific, party, the name as shown), or None when even the strongest context
    would make no person of them (`at_start`: the span opens the sentence)."""
    role_words, name_words, country, honorific = cached_split_prefix(text)
    glued = name_words[0] if len(name_words) > 2 and name_words[1] in lexicon.first_names() and _described_by(
        name_words[0]) and not name_words[0].endswith("-winner") else None
    # "Cabinet-maker Jane Roe", "Owner-breeder Jane Roe": the role ("Oscar-winner" is an honour, not a trade)
    name_words = _without_glued_words(name_words, at_start)
    if name_words is None:
        return None
    if glued and not role_words and name_words[0] != glued:
        role_words = (glued,)
    party = _party_before(name_words)
    if party:
        name_words = name_words[len(party.split()):]  # "Tory Liam Fox", "Lib Dems David Laws"
    elif not (role_words or honorific) and _party(" ".join(name_words)):
        return None  # "The Conservatives and Lib Dems said": a party, no one
    name_words, kind = _without_kind(name_words)
    if kind and kind.lower() in resources.word_set("business_agents.txt"):
        return None  # "Bookmaker William Hill": a company named after its founder
    if kind and not role_words:
        role_words = (kind,)  # "Pollster Avi Degani"
    shown = " ".join(name_words)  # with a nickname: Christopher "Luke" Breivik
    if honorific and len(name_words) == 1 and (ws := words(text))[-1] == name_words[0] and ws[-2] in PEERAGES:
        shown = f"{ws[-2]} {shown}"  # "Lord Goldsmith": a peer known by a surname keeps the peerage
    name_words = tuple(w for w in name_words if not w.startswith('"'))
    name = " ".join(name_words)
    # A name shape that fails even with the strongest context, or one word with no title or honorific.
    if not name_shape(name_words, True) or (
            len(name_words) == 1 and not (role_words or honorific)):
        return None
    if len(name_words) == 1 and role_words and not honorific and role_words[-1].rsplit(None, 1)[-1] in _attributive():
        return None  # "General Store", "Investor Relations": a thing named with a title word
    if len(name_words) == 1 and name_words[0] in TITLE_ENDS:
        return None  # "Clinical Professor Emeritus", "President Elect": the title's end, no name
    if not (role_words or honorific) and len(name_words) > 1 and (
            name_words[0] in _PLACE_OPENERS or name_words[0] in lexicon.org_openers()):
        return None  # "a hospital in Santa Barbara, Clotworthy said"; "Royal Caribbean said": a body's opener
    if any(w in (_NEVER_IN_NAMES if (role_words or honorific) and len(name_words) > 1 else _NOT_IN_NAMES)
           or w in _STREET_ABBREVIATIONS for w in name_words):
        return None  # "Wilson County Sheriff", "George Bush Turnpike" (but "Rabbi Dan Bridge")
    if not (role_words or honorific) and name in lexicon.known_organizations():
        return None  # "Boko Haram declared ...", "Merrill Lynch said": a body known by a name like a person's
    if len(name_words) > 1 and not honorific and (common_name(name_words) or ordinary_last_word(name_words)):
        return None  # "Queen Storage Bed", "Critical Care": common words and no first name
    return role_words, name_words, country, honorific, party, shown
