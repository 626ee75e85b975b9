"""An organization's name on its own, without the sentence around it: whether a span's
words have a name's shape (is_org_name: an org word ends it, "Harbor Point Holdings",
"University of Avalon"), what in a span is no part of the name (clean_org: "CEO of",
"New York-based", a title after it; trim_org: an event after it), whether "X and Y" is one
name or two, and what a span's text alone says (org_shape).

Its own module because people.py, apposition.py, role_org.py and release_orgs.py ask only
these questions of a name, and the finder (organizations.py) asks them of every span before
it reads the sentence around it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .names import glued_twice, looks_like_person, strip_suffix, without_the, words
from .titles import TITLE_OPENERS, is_title


@dataclass(frozen=True)
class OrgMention:
    """An organization named in a sentence, with an alias the sentence defines."""

    name: str
    aliases: tuple[str, ...] = ()
    strong: bool = True  # found by a pattern, not only by its shape


# What a span may hold before the name: a role or a person ("CEO of Acme", "Medical Director
# for Acme"), where the body is based or who owns it ("New York-based Acme").
_ROLE_OF = re.compile(r"^(.*?)\s+(?:of|at)\s+(.+)$")
_ROLE_FOR = re.compile(r"^(.*?)\s+for\s+(.+)$")
_BASED = re.compile(r"^(?:\S+\s+){0,2}?\S+-(?:based|backed|owned|held|run|traded|headquartered|founded|domiciled|listed|registered)\s+")


# Organization words that also name a practice or a kind of product.
_JOINS = frozenset({"of", "for", "on", "in", "to", "with", "+"})
_PRACTICE_HEADS = frozenset({"Management", "Analytics", "Solutions", "Systems"})


def _joined_to_its_head(ws: list[str]) -> bool:
    """The org word is the object of a phrase or a kind of technology, not a name's end:
    "Future of AI", "Products and AI" (not "Ministry of Health and Welfare"), "Generative AI"."""
    before = ws[-2]
    if before.lower() in _JOINS or (before == "and" and "of" not in ws):
        return True
    return ws[-1] == "AI" and before in lexicon.technology_qualifiers()


# What a guard or a patrol that is a body guards: "U.S. Coast Guard", "Border Patrol".
_GUARD_KINDS = frozenset({"National", "Coast", "Highway", "Border", "Honor", "State", "Air", "Republican", "Revolutionary", "Home"})


@functools.lru_cache(maxsize=16_384)  # names recur across sentences and releases
def is_org_name(name: str) -> bool:
    """Shape says organization: an org word ends it (or heads "X of Y"), no event word."""
    bare = strip_suffix(name)
    ws = words(bare)
    if not ws:
        return False
    if name in lexicon.known_organizations():
        return True
    org = lexicon.org_words()
    if len(ws) >= 4 and ws[0] in org and ws[1:3] == ["for", "the"]:
        return True  # "Institute for the Study of War": the org word, then "for the" and its purpose
    if len(ws) >= 2 and ws[-1] in ("Guard", "Patrol") and ws[-2] in _GUARD_KINDS:
        return True  # "Kentucky National Guard", "Florida Highway Patrol" (not a product: "Frost Guard")
    if ws[-1] in lexicon.not_org_heads():
        return _head_of_a_field(ws)
    if bare != name:
        return True
    if ws[-1] in _KINDS_OF_BUSINESS and len(ws) >= 2 and all(_describes_a_kind(w) for w in ws[:-1]):
        return False  # "Korean Companies", "Mid-Sized Companies", "Fastest Growing Companies": a kind of business
    if ws[-1] in _SURNAME_ORG_WORDS and _a_forename_before(ws):
        return False  # "Jude Law", "Samantha Power", "Thomas Haden Church": a person
    if ws[-1] == "Games" and len(ws) >= 2 and (ws[-2] in _GAMES_EVENTS or ws[-2] in lexicon.places()
                                               or ws[-2] in lexicon.demonyms() or ws[-2].isdigit()):
        return False  # "Commonwealth Games", "London Games", "Asian Games": an event (not "Argonaut Games")
    if ws[-1] == "League" and len(ws) >= 2 and ws[-2] in _LEAGUE_EVENTS:
        return False  # "Champions League", "UEFA Europa League": a competition (not "Arab League", "Premier League")
    if ws[-1] in org and len(ws) >= 2 and not _joined_to_its_head(ws):
        # "Happy Valley Genetics" is a name (not "Future of AI", "Generative AI"); "Global Credit Products Group" of only
        # ordinary words needs three words or a proper one, and names a practice when
        # its head is one ("Customer Relationship Management", "Predictive Data Analytics").
        return _a_proper_word(ws) or (len(ws) >= 3 and ws[-1] not in _PRACTICE_HEADS)
    if len(ws) >= 3 and ws[-2] in org and ws[-1] in lexicon.places():
        return True  # "King's College London": an org word, then the place
    # "University of Texas", "National University of Singapore", "Bank of America", a body
    # named for its mission: "Committee to Protect Journalists"; not "Council of Ministers"
    return len(ws) >= 3 and _a_proper_word(ws) and any(
        w in org and nxt in ("of", "for", "on", "to") for w, nxt in zip(ws, ws[1:]))


_KINDS_OF_BUSINESS = frozenset({"Companies", "Firms", "Businesses", "Startups"})  # (not "Brands": "Cornerstone Building Brands")


def _describes_a_kind(w: str) -> bool:
    """An ordinary word, a people's, a place's or a compound adjective: "Industrial", "Korean", "Mid-Sized"."""
    return w.lower() in lexicon.common_words() or w in lexicon.demonyms() or "-" in w or w in lexicon.places()


def _a_proper_word(ws: list[str]) -> bool:
    """A capitalized word that is no ordinary word, nor one's plural: "Happy" is, "Credit" is not."""
    common = lexicon.common_words()
    return any(w[0].isupper() and w.lower() not in common and w.lower()[:-1] not in common for w in ws)


_GAMES_EVENTS = frozenset({"Olympic", "Olympics", "Paralympic", "Commonwealth", "Winter", "Summer", "Indoor",
                           "Invictus", "Hunger", "Youth", "World", "Special", "Island", "Pan", "Gay", "X"})
# Words before "League" that name a club competition, not a body: who plays in it or its tier.
_LEAGUE_EVENTS = frozenset({"Champions", "Europa", "Nations", "Conference"})
# Org words that are frequent surnames too.
_SURNAME_ORG_WORDS = frozenset({"Law", "Power", "Steel", "Church", "Court", "Press"})


def _a_forename_before(ws: list[str]) -> bool:
    """A first name (not an ordinary word: "Grace Church", "Hope Court") opens a name of
    two words, or three with a middle name."""
    first = ws[0]
    return (2 <= len(ws) <= 3 and first in lexicon.first_names() and first.lower() not in lexicon.common_words()
            and first.lower() not in lexicon.surname_words() and first not in lexicon.places()
            and all(w[0].isupper() and w.isalpha() and w not in lexicon.org_words() and w not in lexicon.peoples()
                    and w not in lexicon.demonyms() for w in ws[:-1]))  # (not "Roman Catholic Church")


def _head_of_a_field(ws: list[str]) -> bool:
    """An org word heads the name and ordinary words after "of", "for" or "on" say its
    field, whatever they end with: "Institute for Technology Law & Policy", "Ministry of
    Science and Technology" (not "University of Avalon Research Program")."""
    org = lexicon.org_words()
    for i, w in enumerate(ws[:-2]):
        if w in org and ws[i + 1] in ("of", "for", "on") and w not in ("International", "Global"):
            return all(x in ("&", "and") or (x != "the" and _ordinary(x)) for x in ws[i + 2:])  # not "... of the Year"
    return False


@functools.lru_cache(maxsize=16_384)
def clean_org(name: str, inside: bool = False) -> str:
    """Drop what stands before an organization's name in a span: a role ("CEO of"), a
    leading ordinary word ("About", "As", "The"); not a word that opens names ("New Gold
    Inc.", "Under Armour"), inside a sentence or before a legal suffix."""
    of = _ROLE_OF.match(name)
    m = of or _ROLE_FOR.match(name)
    if m and _holds_a_title(words(m.group(1))) and not is_org_name(m.group(1)) \
            and (of or is_org_name(m.group(2))):  # "Medical Director for Emory University" (not "... for Refugees")
        name = m.group(2)
    elif of and words(of.group(1))[0] in lexicon.first_names() and looks_like_person(of.group(1)):
        name = without_the(of.group(2))  # "Steven Bennett of the Massachusetts State Police"
    elif of and _a_persons_name(of.group(1)) and is_org_name(without_the(of.group(2))):
        name = without_the(of.group(2))  # "Perry of CARE International", "Tzipi Livni of the Zionist Union"
    head, _, tail = name.partition(" and ")
    if tail and any(is_title(" ".join(tail.split()[:n])) for n in (1, 2, 3)):
        name = head  # "MountainOne Bank and President and COO of ...", "NYU Stern and Executive Director of ..."
    head, _, tail = name.rpartition(" and ")
    if head and (tail == "I" or (looks_like_person(tail) and not tail.endswith(_NOUN_ENDINGS[1:]))) \
            and not is_org_name(tail) and is_org_name(head):
        name = head  # "Miami University of Ohio and John Edwards", "the University of Avalon and I"
    if "-" in name:  # (the search only where it may match)
        name = _BASED.sub("", name)
    ws = words(name)
    keep = inside or strip_suffix(name) != name
    while len(ws) > 1 and (ws[0].lower() in _LEADING_NOISE or ("'" in ws[0] and lexicon.is_function_word(ws[0]))) \
            and " ".join(ws[:2]) not in lexicon.places() and not (keep and ws[0] in NAME_OPENERS):
        # (not "New" of "The New York Times Co.", nor after a capitalized "The": "The New Gold Mining Company")
        keep = keep or ws[0] == "The"
        name = name.split(None, 1)[1]
        ws = words(name)
    half = glued_twice(name)  # "Acme Inc. Acme Inc." from a glued heading
    return _before_a_title(half.group(1) if half else name)


def _holds_a_title(ws: list[str]) -> bool:
    """A title's word is among the words, not a place's ("Chief Medical Officer", "Sr. VP
    Agency Development"; not "New York State Division", where "State" follows a place)."""
    return any(w.lower().removeprefix("co-") in lexicon.title_words()
               and not (w in POLITY_WORDS and i and (ws[i - 1] in lexicon.places()
                                                      or " ".join(ws[max(0, i - 2):i]) in lexicon.places()))
               for i, w in enumerate(ws))


POLITY_WORDS = frozenset({"State", "County", "City", "Province"})  # after a place they name one: "New York State"


def _a_persons_name(text: str) -> bool:
    """A person's name, or a surname alone, before "of" and a body, whatever its first name:
    "Perry", "Tzipi Livni", "Hadi al Ameri" (not "Bank", "Friends", "Port Authority", "City")."""
    ws = words(text)
    if not ws or ws[-1].endswith(_NOUN_ENDINGS) or ws[0] in lexicon.org_openers():
        return False  # "Fullness of Joy Church", "Friends of the Earth", "Girl Scouts", "House of Lords"
    return (1 <= len(ws) <= 3 and ws[0][0].isupper() and text not in lexicon.places() and all(
        (w[0].isupper() or w in _NAME_PARTICLES) and w.isalpha() and not no_name_word(w) for w in ws))


def no_name_word(w: str) -> bool:
    """A word no person's name holds: an org word, an ordinary or title word, a place, a
    demonym, a non-name or a function word."""
    return (w in lexicon.org_words() or w.lower() in lexicon.common_words() or w.lower() in lexicon.title_words()
            or w in lexicon.places() or w in lexicon.demonyms() or w in lexicon.non_names() or lexicon.is_function_word(w))


_NOUN_ENDINGS = ("s", "ness", "tion", "sion", "ity", "ment", "ship", "ism", "ance", "ence")  # plurals, abstract nouns
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la"})


def _before_a_title(name: str) -> str:
    """An organization and a title after it are the organization: "Fiber Broadband
    Association President", "Port Authority of Avalon Executive Director Jane Roe"; not
    when the word before belongs to the title ("Office of the Chief Medical Examiner",
    "Acme Chief Financial Officer", "Avalon Health Minister", "Office of the Avalonian
    Information Commissioner")."""
    ws = name.split()
    if len(ws) < 3 or ws[0].lower() in TITLE_OPENERS:
        return name  # "Chief Analytics Officer"
    whole = None
    for j in range(2, len(ws)):
        n = next((n for n in (3, 2, 1) if j + n <= len(ws) and is_title(" ".join(ws[j:j + n]))), 0)
        if not n or not _ends_an_owner(ws[: j]) or any(is_title(" ".join(ws[k:j + n])) for k in range(max(0, j - 3), j)):
            continue
        if n == 1 and ws[j] in _PORTFOLIO_TITLES and ws[j - 1] not in lexicon.places():
            continue  # "Federal Finance Minister", "White House Press Secretary" (not "Church of Scotland Minister")
        head, rest = " ".join(ws[:j]).rstrip(","), " ".join(ws[j + n:])
        if whole is None:
            whole = is_org_name(name)
        # the span was taken for an organization, or a person follows ("Acme Holdings CEO Jane Roe"),
        # not a unit of one ("Survivor Services Coordinator", "Family Office Director")
        person = len(rest.split()) >= 2 and looks_like_person(rest)
        if ((whole or person) and is_org_name(head)) or (person and n == 1 and ws[j] in _HEAD_TITLES):
            return head  # (an executive's title says its owner is a business: "American Eagle Gold CEO Anthony Moreau")
    return name


_PORTFOLIO_TITLES = frozenset({"Minister", "Secretary"})


def _ends_an_owner(ws: list[str]) -> bool:
    """The last word may end the name of a title's owner: not "the", a title's own word
    ("Chief", "Deputy"), a demonym ("Avalonian") or an ordinary adjective ("Social"), nor
    a name started after "and"."""
    last = ws[-1]
    return (last[0].isupper() and ws[-2] not in ("and", "&") and last.lower() not in lexicon.title_words()
            and last not in lexicon.demonyms() and (last in lexicon.org_words() or not _ordinary(last)))


NAME_OPENERS = frozenset({"New", "Under", "All", "Via"})  # "New Line Cinema", "All England Club"
_LEADING_NOISE = frozenset({"about", "as", "the", "a", "an", "this", "that", "these", "both", "at", "by",
                            "with", "for", "from", "in", "on", "to", "and", "our", "its", "their",
                            "while", "when", "after", "before", "through", "via", "under", "since",
                            "during", "if", "unlike", "like", "many", "all", "every", "each", "new",
                            "visit", "follow", "highlighting", "including", "featuring", "joining",
                            "welcoming", "introducing", "incorporating", "launching", "connecting", "using",
                            "making", "leveraging", "harnessing", "integrating", "adopting", "deploying"})


@functools.lru_cache(maxsize=16_384)
def trim_org(name: str) -> str:
    """Cut an event or product tail after the last org word: "Spartan Capital Securities
    Second Annual Investor Conference" -> "Spartan Capital Securities"; "" when what is
    left names the event itself ("Annual Global Investment Conference")."""
    ws = words(name)
    if ws and ws[-1] in lexicon.not_org_heads() and not _head_of_a_field(ws):
        org, common = lexicon.org_words(), lexicon.common_words()
        for i in range(len(ws) - 2, 0, -1):
            if ws[i] in org and ws[i] not in ("International", "Global"):
                if ws[i] in ("League", "Club") and ws[-1] in _CUPS:
                    break  # "English League Cup", "FIFA Club World Cup": the cup's own name, no organizer
                kept = ws[: i + 1]
                if kept[0] in _EDITION:
                    return ""  # "(26th) Annual Global Investment Conference": an event, with no organizer named
                if kept[0].lower() not in common and any(w.lower() not in common for w in kept[:-1]):
                    return " ".join(kept)
                break
    return name


# Competitions' last words (not_org_heads.txt), which a league or a club may open: "League Cup".
_CUPS = frozenset({"Cup", "Trophy", "Championship", "Championships"})
# Words that open an event's name after its number: "26th Annual ...", "Inaugural ...".
_EDITION = frozenset({"Annual", "Biennial", "Biannual", "Inaugural", "Quarterly"})


_ADJECTIVE_END = re.compile(r"(?<![Cc]o)-[a-z]+$")  # "Award-winning", "Veteran-owned": a description, not a name
# First words of award lists and of what follows a legal suffix, never of an organization's name.
_NO_ORG_OPENERS = frozenset({"Most", "Inc.", "Inc", "LLC", "Ltd.", "Corp."})


@functools.lru_cache(maxsize=16_384)  # the same names recur sentence after sentence
def org_shape(span_text: str, inside: bool = False) -> tuple[str, OrgMention | None, bool]:
    """What a span's text alone says: its organization name, the mention when the name is
    enough, and whether the sentence around it may still make it one (False: never)."""
    name = trim_org(clean_org(span_text, inside))
    if (not name or name.split(None, 1)[0] in _NO_ORG_OPENERS or "EBITDA" in name
            or ("-" in name and _ADJECTIVE_END.search(name))):
        return name, None, False  # "Arizona's Most Admired Companies", "2025 Inc. Power Partners", "Adjusted EBITDA"
    if is_org_name(name):
        return name, OrgMention(name), False
    if name in lexicon.known_organizations():
        return name, OrgMention(name), False
    known_alias = lexicon.known_organization_aliases().get(name)
    if known_alias:
        return name, OrgMention(known_alias, (name,)), False
    ws = words(name)
    if ws[0] in lexicon.honorifics() or looks_like_person(name):
        return name, None, False  # "Dr. Jane Roe, a pioneer in ..." is a person
    if (len(ws) < 2 or ws[-1] not in lexicon.org_words()) and all(
            w.lower() in lexicon.common_words() or (w in lexicon.first_names() and w not in lexicon.places()) for w in ws):
        # "It", "This", "Open" alone: too weak without a pattern (a place that is a first name too
        # counts as a name's word: "Exotic India Art"; so does an org word ending two: "Traders Insurance")
        return name, None, False
    if ws[-1] in lexicon.not_org_heads():
        return name, None, False  # "My Biz Plan offers ...": a product or event, not its maker
    return name, None, True


@functools.lru_cache(maxsize=16_384)
def two_organizations(span_text: str) -> tuple[str, str] | None:
    """Two organizations joined by "and": "Beijing Institute of Graphic Communication and
    Beihang University"; not one name with "and" inside ("Securities and Exchange Commission")."""
    if " and " not in span_text:
        return None
    left, _, right = span_text.rpartition(" and ")
    if one_name(left, right):
        return None  # "U.S. Securities and Exchange Commission"
    left, right = clean_org(left), clean_org(right)  # "... and Chief Operating Officer of Acme Insurance"
    lw = words(left)
    # after "X of Y" the "and" may join the complement: "Council on Lifestyle and Cardiometabolic Health"
    least = 2 if lw and lw[-1] in lexicon.org_words() else 3
    if len(lw) >= 2 and len(words(right)) >= least and is_org_name(left) and is_org_name(right):
        return left, right
    return None


@functools.lru_cache(maxsize=4096)
def one_name(left: str, right: str, listed: bool = False, determined: bool = False) -> bool:
    """"left and right" is one organization's name (see org_aliases.org_spans); `listed`: a comma
    comes before left, and the "and" may end a list ("Lava, Domain Money and True Trading
    Group"); `determined`: "the" or an owner's "'s" comes before left, one determiner for one
    name ("the National Oceanic and Atmospheric Administration", "Indonesia's National Search
    and Rescue Agency"; two bodies would each have their own: "the Acme Group and the ...")."""
    whole = clean_org(f"{left} and {right}")
    if whole in lexicon.known_organizations() or whole in lexicon.known_organization_aliases():
        return True
    lw, rw = words(clean_org(left)), words(right)
    if listed or not lw:
        return False
    if is_org_name(clean_org(left)):
        # "Arkansas Oil and Gas Commission", "US Securities and Exchange Commission": an org word
        # ends the left ("Oil"), but two ordinary words name no body alone ("Gas Commission"), when
        # the left's is an ordinary word too or the right names an agency (not "Acme Oil and Beta
        # Gas", "Quarrow Labs and Research Institute", "MWG Holdings and Perfect Union")
        return (len(rw) == 2 and rw[-1] in lexicon.org_words() and all(_ordinary(w) for w in rw)
                and lw[-1] in lexicon.org_words() and strip_suffix(left) == left
                and (lw[-1].lower() in lexicon.common_words() or rw[-1] in _AGENCY_HEADS))
    if (determined and len(rw) <= 3 and rw[0] != "The" and " and " not in right and is_org_name(right)
            and not (len(lw) == 1 and lw[0].isupper()) and lw[-1] not in lexicon.org_words() and lw[0] not in lexicon.demonyms()
            and lw[-1] not in lexicon.not_org_heads() and " ".join(lw) not in lexicon.places() and not looks_like_person(left)):
        return True  # (not "the United States and European Union", "the CIA and National Security Agency",
        # "the Malaysian Government and Malaysia Airlines", "the Tax Program and Callan Family Office")
    if lw[0].endswith("ed") and lw[0].lower() in lexicon.common_words():
        return False  # a heading's verb: "Strengthened Liquidity and Capital Resources"
    if (2 <= len(rw) <= 3 and rw[0] != "The" and rw[-1] in lexicon.org_words() and all(_ordinary(w) for w in rw)
            and _ordinary(lw[-1])):
        return True  # "UN Economic and Social Council", "Upper Avalon Travel and Recreation Association": no
        # body is named by ordinary words alone ("Social Council"), so the words before "and" start its name
    if not is_org_name(right):
        return False
    if " and " not in right and (len(rw) > 3 or not all(_ordinary(w) for w in rw)):
        return False
    if lw[0] in lexicon.places():
        lw = lw[1:]  # "U.S. Tax and Trade Bureau"
    return bool(lw) and all(_ordinary(w) for w in lw)


_AGENCY_HEADS = frozenset({"Commission", "Bureau", "Authority", "Administration", "Agency"})


def _ordinary(word: str) -> bool:
    """A word of a phrase more than of a name: "Tax", "Safety", "Exchange"."""
    return word in lexicon.org_words() or (not word.isupper() and word.lower() in lexicon.common_words())


@functools.lru_cache(maxsize=16_384)
def after_a_role(span_text: str) -> bool:
    """The title of one who runs a business and "of" open the span: "CEO of Zentrix",
    "President and Founder of Lunar Works" (not "Secretary of State John Kerry", "Vice
    President of Sales & Marketing", "Director of Public Prosecutions", "CEO of AI-based
    Edutech startup Acme", where a noun follows)."""
    m = _ROLE_OF.match(span_text)
    if (not m or span_text[m.end(1):m.start(2)].strip() != "of" or words(m.group(1))[-1] not in _HEAD_TITLES
            or "Vice" in m.group(1)):
        return False  # (a Vice President heads a function: "Vice President of Merchandising")
    ws = words(m.group(2))
    return (len(ws) <= 4 and not _JOINED.search(m.group(2))
            and not any(looks_like_person(" ".join(ws[i:])) for i in range(1, len(ws) - 1)))


# Titles of those who run an organization, before "of" and its name.
_HEAD_TITLES = frozenset({"CEO", "Founder", "Co-Founder", "Co-founder", "Cofounder", "Owner", "Chairman",
                          "Chairwoman", "Chairperson", "President"})
HEAD_OF = re.compile(rf"(?<!Vice )\b(?:{'|'.join(sorted(_HEAD_TITLES))})\s+of\s+(?:the\s+)?$")
_JOINED = re.compile(r"\s(?:and|for|of|&)\s")
