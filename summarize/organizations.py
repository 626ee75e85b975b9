"""Organizations: companies, agencies, ministries, universities, associations.

Evidence, strongest first: a ticker after the name ("Golden Matrix Group (NASDAQ:
GMGI)"), an acronym defined in parentheses ("Organization of Islamic Cooperation
(OIC)"), an organization word ending the name ("... Holdings", "... University"), a
well-known body (known_organizations.txt), an apposition ("Acme, a leading provider
of ...") or a corporate verb ("Acme announced"). Mentions are merged by short forms.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .names import Span, glued_twice, key, looks_like_person, quoted_alone, spans, strip_suffix, without_the, words
from .prefilter import fold, holds_any, trie_alternation
from .titles import TITLE_OPENERS, is_title


@dataclass(frozen=True)
class OrgMention:
    """An organization named in a sentence, with an alias the sentence defines."""

    name: str
    aliases: tuple[str, ...] = ()
    strong: bool = True  # found by a pattern, not only by its shape


# A ticker list in parentheses: "(NASDAQ: GMGI)", "(OTCQX: PETV; OTCID PETVW)",
# "(NYSE American: UUUU) (TSX: EFR)".
@functools.cache
def _ticker_re() -> re.Pattern[str]:
    exch = "|".join(re.escape(e) for e in lexicon.exchanges())
    # a space after the exchange, or a colon after its market ("NasdaqGS:", "NASDAQ Global Select:"), and
    # a ticker in capitals: not "(France)", "(Six Flags)"
    return re.compile(rf"\(\s*(?:{exch})(?:[A-Za-z]*(?:\s+[A-Za-z]+){{0,3}}\s*:\s*|\s+)\$?(?-i:([A-Z][A-Z0-9.]{{0,6}}))\b[^)]*\)",
                      re.IGNORECASE)


@functools.cache
def exchanges_upper() -> frozenset[str]:
    return frozenset(e.upper() for e in lexicon.exchanges())


_TICKER = re.compile(r"\b[A-Z][A-Z0-9.]{0,6}\b")
_ROLE_OF = re.compile(r"^(.*?)\s+(?:of|at)\s+(.+)$")
_ROLE_FOR = re.compile(r"^(.*?)\s+for\s+(.+)$")
_BASED = re.compile(r"^(?:\S+\s+){0,2}?\S+-(?:based|backed|owned|held|run|traded|headquartered|founded|domiciled|listed|registered)\s+")
_NOT_INITIAL = re.compile(r"[^A-Z0-9]")
# A degree, or its field of study: neither is an organization, though "Administration" and
# "School" may end one ("Small Business Administration").
_DEGREE = re.compile(r"(?:Master|Bachelor|Doctor|Associate)(?:['’]s)?\s+(?:of|in|degree)\s+(?!the\b)|Juris Doctor\b")
_DEGREE_BEFORE = re.compile(
    r"(?:\b(?:Master|Bachelor|Doctor|Associate)(?:['’]s)?(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:\s+degrees?)?"
    r"|\b(?:B\.?A|B\.?S|B\.?Sc|M\.?S|M\.?Sc|M\.?A|MBA|BBA|Ph\.?D|M\.?Eng|B\.?Eng)\.?"
    r"|\b(?:degrees?|diplomas?|doctorate|majors?|majored|majoring|minored|studies|studied))\s+in\s+$")
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|,?\s*&\s*")

# An acronym or short name defined in parentheses: "(OIC)", "(“AUVSI”)", "(the “Company”)".
_DEFINED = re.compile(r"\(\s*(?:the\s+)?[\"“”']?([A-Z][A-Za-z0-9&/.\-]{1,12})[\"“”']?\s*\)")
# Appositive descriptions that say "this is an organization".
_ORG_NOUNS = (r"company|companies|provider|firm|maker|manufacturer|developer|leader|platform|startup|"
              r"start-up|organization|organisation|agency|bank|group|brand|network|nonprofit|non-profit|"
              r"charity|institution|university|association|foundation|retailer|distributor|supplier|"
              r"innovator|pioneer|operator|producer|publisher|studio|consultancy|agency|dealership|"
              r"dealer|marketplace|exchange|fund|insurer|lender|broker|specialist|partner|subsidiary|"
              r"practice|clinic|hospital|school|museum|podcast|show|law firm|team|body|authority|airline|carrier|"
              r"chain|outlet|newspaper|broadcaster|corporation|conglomerate|supermarket|utility|club|union|"
              r"regulator|watchdog|militia|movement|division")
# The words between the article and the noun: no preposition or clause, where the noun would be
# another's ("Jane Roe, a journalist from the Avalon Gazette newspaper").
_NOT_A_CLAUSE = r"(?!(?:from|at|of|by|with|for|in|within|on|to|behind|about|under|between|among|over|into|through|against|who|whose|which|that)\s)"
_DESCRIBING = rf"(?:{_NOT_A_CLAUSE}[\w$&.’'\-/]+\s+)"
_DESCRIBING_LIST = rf"(?:{_NOT_A_CLAUSE}[\w$&.’'\-/]+,?\s+)"  # "largest nonpartisan, nonprofit"
_APPOSITION = re.compile(rf"^,?\s+(?:a|an|the|one of (?:the|[A-Z]\w+['’]s))\s+{_DESCRIBING}{{0,8}}?(?:{_ORG_NOUNS})s?\b")
_CORPORATE_VERB = re.compile(
    r"^\s+(?:today\s+|has\s+|have\s+|recently\s+|officially\s+|proudly\s+)?"
    r"(?:announced|announces|launched|launches|unveiled|unveils|introduced|introduces|released|releases|"
    r"reported|reports|partners|partnered|signed|signs|acquired|acquires|joined|joins|selected|selects|"
    r"completed|completes|received|receives|expands|expanded|opens|opened|debuts|debuted|is proud|"
    r"is pleased|is excited|will present|will supply|will host|hosts|hosted|issued|issues|confirmed|"
    r"confirms|offers|provides|plans|continues|appoints|appointed|names|named|secures|secured|"
    r"celebrates|awarded|won|wins|has been|"
    rf"is\s+(?:a|an|the|one\s+of\s+the)\s+{_DESCRIBING_LIST}{{0,6}}?(?:{_ORG_NOUNS})|"
    r"aims|specializes|specialises|has developed|"
    r"is committed|is dedicated)\b")
# Contexts after which a capitalized name is an organization: "partnership with X",
# "clients including X", "CEO of X" (the last is handled with people).
_ORG_CUES = (
    r"partnership with|partnerships with|partnered with|partners with|in collaboration with|"
    r"collaboration with|collaborations with|agreement with|agreements with|acquisition of|acquired by|"
    r"clients including|customers including|"
    r"partners including|partners such as|clients such as|backed by|funded by|invested in|"
    r"joined|joins|selected by|powered by|sponsored by|supported by")
_ORG_BEFORE = re.compile(rf"(?:{trie_alternation(_ORG_CUES.split('|'))})\s+(?:the\s+)?$", re.IGNORECASE)
# A kind of business written before the name, as news does: "oil firm Rosneft", "budget
# carrier Germanwings", "broadcaster Yonhap" (lower-case: not "Acme Group Chairman").
_KINDS_BEFORE = (r"firm|company|carrier|airline|retailer|carmaker|automaker|insurer|lender|broadcaster|newspaper|"
                 r"militia|conglomerate|supermarket|chain|startup|manufacturer|distributor|supplier|utility|telecom|"
                 r"network|agency|charity|nonprofit")
# "giant" after its trade only: "gas giant Gazprom", not "giant HDTV screens"
_GIANT = (r"(?:energy|gas|oil|tech|technology|retail|software|media|mining|drinks|food|internet|search|chemicals?|"
          r"drugs?|pharmaceutical|banking|telecoms?|insurance|steel|car|auto|computer|chip|electronics|"
          r"entertainment|engineering|defen[cs]e|industrial|e-commerce|online|consumer|beverage|brewing)\s+giant")
_KIND_BEFORE = re.compile(rf"(?<![\w-])(?<!aircraft )(?:{_KINDS_BEFORE}|{_GIANT})\s+$")  # (not "cross-chain DEX")
# A list after a kind of organization (data/org_kinds.txt) and "such as", "like" or
# "including" names organizations: "top brands like Keystone, Jayco and Forest River", "a
# pay-later provider like Affirm or Klarna", "key players in the market like Acme".
_LISTING = "such as|like|including"
# Any cue at all, a listing word included: a sentence without one needs no search before
# each of its names. (Searched for in the folded sentence: ten times faster than with IGNORECASE.)
_ALL_CUES = f"{_ORG_CUES}|{_KINDS_BEFORE}|giant|{_LISTING}".split("|")
_ORG_CUE = re.compile(rf"(?:{trie_alternation(_ALL_CUES)})\s")


@functools.lru_cache(maxsize=64)  # asked for each name that only a cue could make one: read once
def _org_cue_start(sentence: str) -> int | None:
    """Where the sentence's first cue starts (None without one): names before it need no
    search for a cue before them."""
    folded = fold(sentence)
    m = _ORG_CUE.search(folded)
    if m is None:
        return None
    return m.start() if len(folded) == len(sentence) else 0  # (folding lengthened it: no shortcut)


@functools.cache
def _kind_list_re() -> re.Pattern[str]:
    many = trie_alternation(k for k in lexicon.org_kinds() if k.endswith("s") or " " in k)
    one = trie_alternation(k for k in lexicon.org_kinds() if not (k.endswith("s") or " " in k))
    # "brands, including", but not "its robust platform, including BTC, ETH and ..."
    return re.compile(rf"\b(?:(?:{many}),?\s+(?:such\s+as|like|including)|(?:{one})\s+(?:such\s+as|like))\s+$",
                      re.IGNORECASE)


# The last word of every cue _cue_before looks for: a text whose last word (or the one before
# a last "the") ends with none of them ends in no cue.
_CUE_ENDS = tuple(sorted({cue.split()[-1] for cue in _ALL_CUES}))


def _cue_before(before: str, listing: bool = True, kind: bool = False) -> bool:
    """An organization cue ends `before` (the text before a name); `listing`: a kind of
    organization and "such as" may be the cue; `kind`: a kind alone may ("oil firm"; it
    makes no list: "firm Acme, Jane Roe and ...")."""
    tail = max(0, len(before) - 80)  # (a cue ends `before`: no need to try every earlier position)
    ws = fold(before[tail:]).split()
    if not (ws[-2] if len(ws) > 1 and ws[-1] == "the" else ws[-1] if ws else "").endswith(_CUE_ENDS):
        return False  # (a string test first: the searches cost, and most words end no cue)
    return (_ORG_BEFORE.search(before, tail) is not None or (kind and _KIND_BEFORE.search(before, tail) is not None)
            or (listing and _kind_list_re().search(before, tail) is not None))


def _ends_an_item(sentence: str, s: Span) -> bool:
    """The span ends an item of a list: punctuation, "and", "to", a participle ("designed
    to ...") or the like follows, not a noun it qualifies ("Korean platforms such as Acme and Japanese companies like ...",
    "AI-powered tools") nor the rest of a longer name ("Jazz at Lincoln Center")."""
    m = _AFTER_ITEM.match(sentence, s.end)
    if m is None:
        return False
    word = m.group(1)
    return word is None or word.endswith("ed") or (lexicon.is_function_word(word) and not (
        word in ("at", "of", "for", "de") and sentence[m.end():m.end() + 2].strip()[:1].isupper()))


_AFTER_ITEM = re.compile(r"\s*(?:$|[,.;:!?)\]]|\s\(|\s([a-z]+)\b)")


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


@functools.lru_cache(maxsize=16_384)  # names recur across sentences and releases
def is_org_name(name: str) -> bool:
    """Shape says organization: an org word ends it (or heads "X of Y"), no event word."""
    bare = strip_suffix(name)
    ws = words(bare)
    if not ws:
        return False
    if name in lexicon.known_organizations():
        return True
    if ws[-1] in lexicon.not_org_heads():
        return _head_of_a_field(ws)
    org = lexicon.org_words()
    if bare != name:
        return True
    if ws[-1] in _SURNAME_ORG_WORDS and _a_forename_before(ws):
        return False  # "Jude Law", "Samantha Power", "Thomas Haden Church": a person
    if ws[-1] == "Games" and len(ws) >= 2 and (ws[-2] in _GAMES_EVENTS or ws[-2] in lexicon.places()
                                               or ws[-2] in lexicon.demonyms() or ws[-2].isdigit()):
        return False  # "Commonwealth Games", "London Games", "Asian Games": an event (not "Argonaut Games")
    if ws[-1] in org and len(ws) >= 2 and not _joined_to_its_head(ws):
        # "Happy Valley Genetics" is a name (not "Future of AI", "Generative AI"); "Global Credit Products Group" of only
        # ordinary words needs three words or a proper one, and names a practice when
        # its head is one ("Customer Relationship Management", "Predictive Data Analytics").
        return _a_proper_word(ws) or (len(ws) >= 3 and ws[-1] not in _PRACTICE_HEADS)
    if len(ws) >= 3 and ws[-2] in org and ws[-1] in lexicon.places():
        return True  # "King's College London": an org word, then the place
    # "University of Texas", "National University of Singapore", "Bank of America";
    # not "Council of Ministers"
    return len(ws) >= 3 and _a_proper_word(ws) and any(
        w in org and nxt in ("of", "for", "on") for w, nxt in zip(ws, ws[1:]))


def _a_proper_word(ws: list[str]) -> bool:
    """A capitalized word that is no ordinary word, nor one's plural: "Happy" is, "Credit" is not."""
    common = lexicon.common_words()
    return any(w[0].isupper() and w.lower() not in common and w.lower()[:-1] not in common for w in ws)


_GAMES_EVENTS = frozenset({"Olympic", "Olympics", "Paralympic", "Commonwealth", "Winter", "Summer", "Indoor",
                           "Invictus", "Hunger", "Youth", "World", "Special", "Island", "Pan", "Gay", "X"})
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
               and not (w in _POLITY_WORDS and i and (ws[i - 1] in lexicon.places()
                                                      or " ".join(ws[max(0, i - 2):i]) in lexicon.places()))
               for i, w in enumerate(ws))


_POLITY_WORDS = frozenset({"State", "County", "City", "Province"})  # after a place they name one: "New York State"


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
        if (whole or (len(rest.split()) >= 2 and looks_like_person(rest))) and is_org_name(head):
            return head
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
                kept = ws[: i + 1]
                if kept[0] in _EDITION:
                    return ""  # "(26th) Annual Global Investment Conference": an event, with no organizer named
                if kept[0].lower() not in common and any(w.lower() not in common for w in kept[:-1]):
                    return " ".join(kept)
                break
    return name


# Words that open an event's name after its number: "26th Annual ...", "Inaugural ...".
_EDITION = frozenset({"Annual", "Biennial", "Biannual", "Inaugural", "Quarterly"})


def _initials(phrase_words: list[str], mode: str) -> str:
    out = []
    for w in phrase_words:
        if w in ("&", "+"):
            continue
        if mode == "caps" and w[0].isupper():
            out.append("".join(c for c in w if c.isupper() or c.isdigit()) if not w.isupper() else w)
        elif mode == "caps_first" and w[0].isupper():
            out.append(w[0])
        elif mode == "all" and w.lower() not in ("of", "the", "and", "for"):
            out.append(w[0].upper())
        elif mode == "every":
            out.append(w[0].upper())
    return "".join(out).replace(".", "")


def defined_acronym(before: str, acronym: str) -> str | None:
    """The phrase ending `before` whose initials spell `acronym`:
    defined_acronym("the Organization of Islamic Cooperation", "OIC") -> "Organization of Islamic Cooperation"."""
    start = _acronym_start(before, acronym)
    # as written, commas kept: "Department for Environment, Food and Rural Affairs"
    return None if start is None else " ".join(before[start:].split()).rstrip(",")


def _acronym_start(before: str, acronym: str) -> int | None:
    """Where the phrase defined_acronym finds starts in `before`."""
    target = _NOT_INITIAL.sub("", acronym.upper())
    # Only the last 12 words count: read a window at a word boundary, the whole when it holds fewer.
    cut = _SEPARATOR.search(before, max(0, len(before) - 300)) if len(before) > 300 else None
    found = list(_WORD_BETWEEN_COMMAS.finditer(before, cut.end())) if cut else []
    if len(found) < 12:
        found = list(_WORD_BETWEEN_COMMAS.finditer(before))
    ws = [m.group(0) for m in found]
    for k in range(1, min(12, len(ws)) + 1):
        phrase = ws[-k:]
        if not phrase[0][0].isupper() or phrase[0][0].upper() != target[:1]:
            continue  # (every way of reading initials starts with the first word's)
        for mode in ("caps_first", "caps", "all", "every"):
            if _initials(phrase, mode).upper() == target:
                return found[-k].start()
    return None


_WORD_BETWEEN_COMMAS = re.compile(r"[^\s,]+")
_SEPARATOR = re.compile(r"[\s,]")


def _span_ending_at(sentence: str, pos: int, found_spans: tuple[Span, ...] | None = None) -> Span | None:
    found = None
    for s in found_spans if found_spans is not None else spans(sentence[:pos]):
        if s.end > pos:
            break
        if sentence[s.end:pos].strip(" ,") == "":
            found = s
    return found


def ticker_orgs(text: str, colon: bool = False) -> list[OrgMention]:
    """Organizations named before a stock ticker: "Nanosonics (ASX: NAN)". A ticker with
    its colon (`colon`) is evidence enough even in a heading, where every word is
    capitalized (but "Amelie Mauresmo (Fra)" in a results list is no company)."""
    out: list[OrgMention] = []
    for m in _ticker_re().finditer(text):
        if colon and ":" not in m.group(0):
            continue
        span = _span_ending_at(text, m.start())
        if span:
            span = _parts(text, span)[-1]  # "Stonegate Capital Partners Updates Coverage on Acme Corp. (NYSE: ACM)"
            tickers = tuple(t for t in _TICKER.findall(text, m.start(1), m.end()) if t.upper() not in exchanges_upper())
            out.append(OrgMention(clean_org(span.text), tickers[:2]))
    return out


_DEFINING = re.compile(r"\((?:the\s+)?$")


@functools.lru_cache(maxsize=2048)  # organizations read a sentence's spans several times
def org_spans(sentence: str) -> tuple[Span, ...]:
    """The sentence's spans, with a name that "and" cut in two joined again: the spans
    split at "and" ("Occupational Safety", "Health Administration"), but an acronym
    defined after them may spell the whole ("... (OSHA)"), the two may make a known body
    ("U.S. Securities and Exchange Commission"), or ordinary words may lead an org word's
    ordinary phrase ("Tax and Trade Bureau"; not "Acme and Beta Holdings")."""
    found = spans(sentence)
    if _DIGIT.search(sentence):
        found = _with_coined_words(sentence, found)
    if " and " not in sentence or len(found) < 2:
        return found
    out = list(found)
    for m in _DEFINED.finditer(sentence):
        start = _acronym_start(sentence[: m.start()].rstrip(), m.group(1).rstrip("."))
        if start is not None and " and " in sentence[start:m.start()]:
            inside = [i for i, s in enumerate(out) if start < s.end <= m.start()]
            if len(inside) >= 2:
                first, last = out[inside[0]], out[inside[-1]]
                if first.start < start and _LOWER_WORD.search(sentence, first.start, start):
                    first = Span(sentence[start:first.end], start, first.end)  # not "Inspectors of the ..."
                # else the phrase's first span whole: "Tobacco Tax and Trade Bureau (TTB)"
                out[inside[0]: inside[-1] + 1] = [_joined(sentence, first, last)]
    if "(" in sentence:
        for m in _QUOTED_ALIAS.finditer(sentence):
            j = next((j for j, s in enumerate(out)
                      if s.end <= m.start() and not sentence[s.end:m.start()].strip(" ,")), None)
            if j and sentence[out[j - 1].end:out[j].start] == " and " and not out[j - 1].possessive:
                whole = _joined(sentence, out[j - 1], out[j])
                if _abbreviates(words(strip_suffix(whole.text)), words(m.group(1))) and is_org_name(out[j].text):
                    out[j - 1: j + 1] = [whole]  # 'Export Controls and Sanctions Advisors LLC ("ECS Advisors")'
    i = len(out) - 1
    while i > 0:
        left, right = out[i - 1], out[i]
        if (sentence[left.end:right.start] == " and " and not left.possessive
                and _one_name(left.text, right.text, sentence.endswith(", ", 0, left.start))):
            out[i - 1: i + 1] = [_joined(sentence, left, right)]
        i -= 1
    return tuple(out)


def _with_coined_words(sentence: str, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """A word of digits and capitals opens an organization's name, which spans leave out:
    "Blackwell 3D Construction Corp.", "4D Smoke Shop", "N6 Group" (the span before it, if
    only a space parts them, is the name's start)."""
    out = list(found)
    for i in range(len(out) - 1, -1, -1):
        s = out[i]
        m = _COINED_BEFORE.search(sentence, max(0, s.start - 12), s.start)
        if m is None or not is_org_name(s.text):
            continue
        start = m.start(1)
        if i and out[i - 1].end == start - 1 and not out[i - 1].possessive and " " not in out[i - 1].text:
            start = out[i - 1].start  # "Blackwell" of "Blackwell 3D Construction Corp."
            out[i - 1: i + 1] = [Span(sentence[start:s.end], start, s.end, s.possessive)]
        else:
            out[i] = Span(sentence[start:s.end], start, s.end, s.possessive)
    return tuple(out)


_DIGIT = re.compile(r"\d")
# "3D", "4D", "N6", "5G" right before a span: a coined word of a name.
_COINED_BEFORE = re.compile(r"(?<![\w.,/:$-])(\d+[A-Z][A-Za-z]*|[A-Z]+\d+[A-Z\d]*) $")
_LOWER_WORD = re.compile(r"\b(?!and\b)[a-z]")  # a word no name of this kind has before its acronym's phrase
# A short name in quotes and parentheses, of one to four words: '("ECS Advisors")', '(“CC Metals”)'.
_QUOTED_ALIAS = re.compile(r"\(\s*(?:the\s+)?[\"“]([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})[\"”]\s*\)")
_CAMEL_PIECES = re.compile(r"[A-Z][a-z]*|[a-z]+|\d+")  # "BrightHy" -> Bright, Hy; "ECS" -> E, C, S
_SKIPPED = frozenset({"and", "&", "of", "the", "for"})


def _abbreviates(whole: list[str], alias: list[str]) -> bool:
    """The alias is the whole name shortened, from its first word on: its words are the
    whole's words in order (some left out), or spell the initials or the first letters of
    the whole's next words: "CC Metals" of "CC Metals and Alloys", "ECS Advisors" of
    "Export Controls and Sanctions Advisors", "BrightHy Solutions" of "Bright Hydrogen
    Solutions", "Al Shola Gas" of "Al Shola Al Modea Gas Distribution"."""
    j = 0
    for n, a in enumerate(alias):
        if a in whole[j:]:
            if n == 0 and whole[0] != a:
                return False
            j = whole.index(a, j) + 1
            continue
        pieces = _CAMEL_PIECES.findall(a)
        if len(pieces) < 2:
            return False
        for piece in pieces:
            while j < len(whole) and whole[j] in _SKIPPED:
                j += 1
            if j == len(whole) or not whole[j].startswith(piece):
                return False
            j += 1
    return True


def _joined(sentence: str, first: Span, last: Span) -> Span:
    return Span(sentence[first.start:last.end], first.start, last.end, last.possessive)


@functools.lru_cache(maxsize=4096)
def _one_name(left: str, right: str, listed: bool = False) -> bool:
    """"left and right" is one organization's name (see org_spans); `listed`: a comma
    comes before left, and the "and" may end a list ("Lava, Domain Money and True Trading
    Group")."""
    whole = clean_org(f"{left} and {right}")
    if whole in lexicon.known_organizations() or whole in lexicon.known_organization_aliases():
        return True
    lw, rw = words(clean_org(left)), words(right)
    if listed or not lw or is_org_name(clean_org(left)):
        return False
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


def _ordinary(word: str) -> bool:
    """A word of a phrase more than of a name: "Tax", "Safety", "Exchange"."""
    return word in lexicon.org_words() or (not word.isupper() and word.lower() in lexicon.common_words())


# Nouns of the appositions that may describe a product as well as a body: "Open Campus U (OCU),
# a learning platform".
_PRODUCT_NOUNS = frozenset({"platform", "platforms", "podcast", "show", "fund", "funds", "exchange", "network", "marketplace"})


def _described_as_body(after: str) -> bool:
    """An apposition right after an acronym says the phrase is a body: "(TNT), one of Germany's
    leading brands", not "(OCU), a cutting-edge learning platform"."""
    m = _APPOSITION.match(after)
    return bool(m) and m.group(0).rsplit(None, 1)[-1].lower() not in _PRODUCT_NOUNS


def sentence_orgs(sentence: str, definitions: list[OrgMention] | None = None) -> list[OrgMention]:
    """Organizations a sentence names, with the aliases it defines; `definitions` gathers the
    acronyms defined for phrases that are no organizations by the sentence alone."""
    out = ticker_orgs(sentence)
    kinds: set[str] = set()  # kinds of thing an acronym defines: "Exchange-Traded Funds (ETFs)"
    for m in _DEFINED.finditer(sentence):
        short = m.group(1).rstrip(".")
        if _ticker_re().match(m.group(0)) or short.lower() in ("company", "the company"):
            continue
        before = sentence[: m.start()].rstrip()
        if _PLURAL_ACRONYM.fullmatch(short) and short not in lexicon.known_organization_aliases():
            kinds.add(defined_acronym(before, short[:-1]) or "")  # "Exchange-Traded Funds (ETFs)"
            continue
        phrase = defined_acronym(before, short)
        joined = _span_ending_at(sentence, m.start(), org_spans(sentence)) if phrase and " and " in phrase else None
        if joined and joined.text.endswith(phrase) and not _LOWER_WORD.search(joined.text[: -len(phrase)]):
            phrase = clean_org(joined.text)  # "Alcohol and Tobacco Tax and Trade Bureau (TTB)", not "Tax and Trade Bureau"
        if phrase and _a_kind(sentence, before, m, short):
            kinds.add(phrase)
        elif phrase and (is_org_name(phrase) or phrase in lexicon.known_organizations()
                         or _HEAD_OF.search(before, max(0, len(before) - len(phrase) - 40), len(before) - len(phrase))
                         or _described_as_body(sentence[m.end():])):  # "True Nutrition Technology (TNT), one of Germany's leading brands"
            # "President of Women in Film & Television Avalon (WIFTA)": its head's title says what it is
            out.append(OrgMention(without_the(phrase), (short,)))
        elif phrase and (verb := _CORPORATE_VERB.match(sentence[m.end():])) and not (
                verb.group(0).endswith("been") or verb.group(0).rsplit(None, 1)[-1] in _PRODUCT_NOUNS):
            # "The Truro Community Kitchen (TCK) announces" (not "the Internet of Things (IoT) has
            # been", "the Internet Computer Protocol (ICP) is a blockchain network")
            out.append(OrgMention(without_the(phrase), (short,), strong=False))
        elif phrase:
            if definitions is not None:  # "U.S. Term Limits (USTL)": an alias if the name is found otherwise
                definitions.append(OrgMention(without_the(phrase), (short,), strong=False))
        else:
            span = _span_ending_at(sentence, m.start())
            # a short name taken from the full one: Lucid Psycheceuticals Inc. ("Lucid")
            if span and short in words(span.text) and is_org_name(span.text):
                out.append(OrgMention(span.text, (short,)))
            elif span and short.isupper() and is_org_name(name := without_the(span.text)) and _loosely_spells(name, short):
                out.append(OrgMention(name, (short,)))  # "Georgia Latino Film Alliance (GALFA)"
    aliased = _quoted_aliases(sentence) if "(" in sentence else []
    out.extend(aliased)
    parts = [part for found in org_spans(sentence) for part in _parts(sentence, found)]
    if holds_any(sentence, _DBA_LITERALS) and _DBA_WORDS.search(sentence):
        out.extend(_trade_names(sentence, parts))
    quoted = '"' in sentence or "”" in sentence  # (without a closing quote no name is quoted: no need to look)
    for i, s in enumerate(parts):
        if _DEGREE.match(s.text) or (sentence.endswith(" in ", 0, s.start)
                                     and _DEGREE_BEFORE.search(sentence, max(0, s.start - 80), s.start)):
            continue  # "a Master of Business Administration", "a degree in Business Administration"
        if (quoted and (quoted_alone(sentence, s) or _ends_a_quoted_title(sentence, s)) and strip_suffix(s.text) == s.text
                and not _DEFINING.search(sentence, max(0, s.start - 6), s.start - 1)):
            continue  # '"The Healing Power of Your Aura"': a title (not '"Acme Inc."', nor '(the "SEC")' defined)
        if s.text in kinds:
            continue
        # (not "CC Metals and Alloys, LLC", whose alias joined it)
        pair = _two_organizations(s.text) if not any(m.name == s.text for m in aliased) else None
        if pair:
            out.extend(OrgMention(n) for n in pair)
            continue
        name, found, contextual = _org_shape(s.text, s.text.split(None, 1)[0] in NAME_OPENERS
                                             and bool(sentence[: s.start].strip(LEAD_IN)))
        if found:
            out.append(found)
            continue
        if s.possessive and _ANNUAL_EVENT.match(sentence, s.end) and (contextual or _INITIALS_NAME.fullmatch(name)):
            out.append(OrgMention(name))  # "H.C. Wainwright’s 27th Annual Global Investment Conference": its organizer
            continue
        if not contextual:
            continue
        after, before = sentence[s.end:], sentence[: s.start]
        owner = s.possessive
        if owner and (bare := _BARE_POSSESSIVE.match(after)):
            # a name ending in "'s" that owns nothing: "players like Moody’s to ...", "Macy’s, a retailer"
            name, owner, after = name + bare.group(1), False, after[2:]
            s = Span(s.text, s.start, s.end + 2)
        if after.startswith(", ") and (located := _LOCATED.match(after)):
            after = after[located.end() + 1:]  # "Acme Psychiatry, located in Lancaster, PA, is a leading provider"
        if (_APPOSITION.match(after) or _CORPORATE_VERB.match(after)) and not owner:
            out.append(OrgMention(name, strong=False))
        elif not owner and _after_a_role(s.text) and _ends_an_item(sentence, s):
            out.append(OrgMention(name))  # "Founder and CEO of Lunar Holdings" (the span from "CEO")
        elif not owner and _among_organizations(sentence, parts, i):
            out.append(OrgMention(name))  # "at King's College London, Seoul National University and CSUN"
        elif (not owner and (cue := _org_cue_start(sentence)) is not None and s.start > cue
              and (_cue_before(before, False, kind=not is_title(name))
                   or (_ends_an_item(sentence, s) and (_cue_before(before) or _in_cued_list(sentence, s))))):
            out.append(OrgMention(name))
    return out


def _quoted_aliases(sentence: str) -> list[OrgMention]:
    """An organization and the short name quoted after it, its alias: 'Bright Hydrogen
    Solutions Ltd. ("BrightHy Solutions")' (single acronyms are read with _DEFINED)."""
    out = []
    for m in _QUOTED_ALIAS.finditer(sentence):
        alias = m.group(1)
        span = _span_ending_at(sentence, m.start(), org_spans(sentence)) if " " in alias else None
        name = clean_org(span.text) if span else ""
        if name and name != alias and is_org_name(name) and _abbreviates(words(strip_suffix(name)), words(alias)):
            out.append(OrgMention(name, (alias,)))
    return out


# A trade name: "Acme Holdings, LLC dba Acme Steel", "Raadr, Inc., doing business as Telvantis".
_DBA_WORDS = re.compile(r"\b(?:dba|DBA|d/b/a|D/B/A|[Dd]oing [Bb]usiness [Aa]s)\b")
# One of them is in every match: a string test first, the search is slow.
_DBA_LITERALS = ("dba", "DBA", "/b/a", "/B/A", "usiness ")
_DBA = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s+(?:dba|DBA|d/b/a|D/B/A|[Dd]oing [Bb]usiness [Aa]s)\s+$")  # (a ticker between)


def _trade_names(sentence: str, parts: list[Span]) -> list[OrgMention]:
    """The company and the name it trades as, one organization: the trade name an alias."""
    out = []
    for right in parts:
        m = _DBA.search(sentence, 0, right.start) if right.start else None
        left = _span_ending_at(sentence, m.start(), tuple(parts)) if m else None
        if left:
            name, trade = clean_org(left.text), without_the(right.text)
            if name and trade and not looks_like_person(name):
                out.append(OrgMention(name, (trade,)))
    return out


# Where a business is, between its name and what it is or does: ", located in Lancaster, PA,".
_LOCATED = re.compile(r",\s+(?:located|based|headquartered)\s+in\s+[^,.;]{2,30}"
                      r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?=,)")
_BARE_POSSESSIVE = re.compile(r"(['’]s)(?=$|[,.;:!?)]|\s(?:and|or|to|as|among|in|for|with)\b)")


@functools.lru_cache(maxsize=16_384)
def _after_a_role(span_text: str) -> bool:
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
_HEAD_OF = re.compile(rf"(?<!Vice )\b(?:{'|'.join(sorted(_HEAD_TITLES))})\s+of\s+(?:the\s+)?$")
_JOINED = re.compile(r"\s(?:and|for|of|&)\s")


def _loosely_spells(name: str, short: str) -> bool:
    """`short` starts with the name's first initial and holds all its initials in order,
    with a letter or two more: "Georgia Latino Film Alliance" (GALFA)."""
    initials = _initials(words(strip_suffix(name)), "caps_first")
    if len(initials) < 2 or not short.startswith(initials[0]) or len(short) > len(initials) + 2:
        return False
    rest = iter(short)
    return all(c in rest for c in initials)


# A yearly event a possessive owner holds: "’s 27th Annual Global Investment Conference".
_ANNUAL_EVENT = re.compile(r"['’]s?\s+(?:\d+(?:st|nd|rd|th)\s+|\d{4}\s+)?Annual\s+(?:(?:[A-Z][\w&-]*|of|in|on|and|for)\s+){0,7}"
                           r"(?:Conference|Summit|Forum|Expo|Symposium|Meeting|Gala|Awards)\b")
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?){2,}[A-Z][a-z]+")  # "H.C. Wainwright", a firm's name from its founders'


def _a_kind(sentence: str, before: str, m: re.Match[str], short: str) -> bool:
    """The acronym defines a kind of thing, not one body: one of many ("its first Exchange-Traded Fund (ETF) on ...", "a
    Decentralized Autonomous Organization (DAO) to ..."; not "a United Nations (UN) report",
    where the article is the report's, nor a known body)."""
    if short in lexicon.known_organization_aliases():
        return False
    start = _acronym_start(before, short)
    if start is None or not _ONE_OF_MANY.search(before, max(0, start - 40), start):
        return False
    following = _NEXT_WORD.match(sentence, m.end())
    return not (following and following.group(1)[0].islower() and not lexicon.is_function_word(following.group(1)))


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "ETFs", "NFTs": many of a kind
_ONE_OF_MANY = re.compile(r"(?:^|\s)(?:[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ee]ach|[Ee]very|[Aa]ny)\s+"
                          r"(?:(?:first|new|own|second|single|dedicated|registered|licensed)\s+)?$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*)")


def _ends_a_quoted_title(sentence: str, s: Span) -> bool:
    """The span ends a title in quotes, every word before it in the quotes capitalized or
    small: '"What's Next for the Crypto Field Amid Increasing Venture Capital"'."""
    return (sentence[s.end:s.end + 2].lstrip(",.!?:")[:1] in _CLOSING_QUOTES
            and _QUOTED_TITLE_START.search(sentence, max(0, s.start - 120), s.start) is not None)


_CLOSING_QUOTES = frozenset('"”')
_QUOTED_TITLE_START = re.compile(r"[\"“](?:(?:[A-Z0-9][\w'’:,&.-]*|a|an|the|of|for|and|or|to|in|on|at|with|by)\s+)+$")


def _parts(sentence: str, s: Span) -> list[Span]:
    """The span without a call to action's verb that opens the sentence ("Join Acme Mining
    and increase your income", not "Discover Financial Services reported"), cut at a
    headline's verb after an organization ("Stonegate Capital Partners Updates Coverage on
    Gladstone Commercial Corp." names two)."""
    first, space, rest = s.text.partition(" ")
    if (space and first.lower() in lexicon.imperatives() and not sentence[: s.start].strip(LEAD_IN)
            and not _CORPORATE_VERB.match(after := sentence[s.end:]) and not _AUXILIARY.match(after)):
        s = Span(rest, s.end - len(rest), s.end, s.possessive)
    if " DBA " in s.text or s.text.endswith(" D"):  # (a string test first)
        cut = _TRADE_WORD.search(sentence, s.start, s.end + 6)
        if cut and cut.start() > s.start:
            head = sentence[s.start:cut.start()]
            return [Span(head, s.start, cut.start()),
                    *(Span(t.text, t.start + cut.end(), t.end + cut.end(), t.possessive)
                      for t in spans(sentence[cut.end():max(s.end, cut.end())]))]
    ws = s.text.split()
    for i, w in enumerate(ws[1:-1], 1):
        if w.lower() in lexicon.headline_verbs() and is_org_name(clean_org(head := " ".join(ws[:i]))):
            tail = s.start + s.text.index(f" {w} ") + len(w) + 2
            return [Span(head, s.start, s.start + len(head)),
                    *(Span(t.text, t.start + tail, t.end + tail, t.possessive) for t in spans(sentence[tail:s.end]))]
    return [s]


# A trade name's word in capitals, which a span runs over: "Acme, Inc. DBA Pixlo", "Acme Labs D/B/A Pixlo".
_TRADE_WORD = re.compile(r"\s(?:DBA|D/B/A)\s")
LEAD_IN = " \t\"'“‘([#*>-"  # what may stand before a sentence's first word
_AUXILIARY = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says)\b")


_ADJECTIVE_END = re.compile(r"(?<![Cc]o)-[a-z]+$")  # "Award-winning", "Veteran-owned": a description, not a name
# First words of award lists and of what follows a legal suffix, never of an organization's name.
_NO_ORG_OPENERS = frozenset({"Most", "Inc.", "Inc", "LLC", "Ltd.", "Corp."})


@functools.lru_cache(maxsize=16_384)  # the same names recur sentence after sentence
def _org_shape(span_text: str, inside: bool = False) -> tuple[str, OrgMention | None, bool]:
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
    if all(w.lower() in lexicon.common_words() or w in lexicon.first_names() for w in ws):
        return name, None, False  # "It", "This", "Open" alone: too weak without a pattern
    if ws[-1] in lexicon.not_org_heads():
        return name, None, False  # "My Biz Plan offers ...": a product or event, not its maker
    return name, None, True


@functools.lru_cache(maxsize=16_384)
def _two_organizations(span_text: str) -> tuple[str, str] | None:
    """Two organizations joined by "and": "Beijing Institute of Graphic Communication and
    Beihang University"; not one name with "and" inside ("Securities and Exchange Commission")."""
    if " and " not in span_text:
        return None
    left, _, right = span_text.rpartition(" and ")
    if _one_name(left, right):
        return None  # "U.S. Securities and Exchange Commission"
    left, right = clean_org(left), clean_org(right)  # "... and Chief Operating Officer of Acme Insurance"
    lw = words(left)
    # after "X of Y" the "and" may join the complement: "Council on Lifestyle and Cardiometabolic Health"
    least = 2 if lw and lw[-1] in lexicon.org_words() else 3
    if len(lw) >= 2 and len(words(right)) >= least and is_org_name(left) and is_org_name(right):
        return left, right
    return None


def _among_organizations(sentence: str, parts: list[Span], i: int) -> bool:
    """An item of a list with two other items that are organizations by their names:
    "professors at Avalon University, Quellor Institute and CSUA" (not a title, "CEO", a
    state, "FL", a degree, "M.D.", nor a span run into "Mr. Roe")."""
    s = parts[i]
    if len(parts) < 3 or not _ends_an_item(sentence, s):
        return False
    others = 0
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(parts):
            left, right = (parts[j + step], parts[j]) if step < 0 else (parts[j], parts[j + step])
            if not _LIST_GAP.fullmatch(sentence, left.end, right.start) or parts[j + step].possessive:
                break
            j += step
            if _org_shape(parts[j].text)[1] is None:
                break
            others += 1
    return (others >= 2 and not is_title(s.text) and s.text not in lexicon.state_codes()
            and not _INITIALS_ONLY.fullmatch(s.text) and not any(w in lexicon.honorifics() for w in s.text.split()))


_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.)+")  # "M.D." after a name


def _in_cued_list(sentence: str, span: Span) -> bool:
    """A later item of a list after an organization cue: "clients including Acme,
    Beta Labs and Gamma" makes Beta Labs and Gamma organizations too."""
    if not sentence[: span.start].rstrip().endswith((",", "&", "and", "or")):
        return False  # no list gap before it (a string test first: reading the spans before costs)
    previous = [s for s in spans(sentence[: span.start])]
    pos = span.start
    for s in reversed(previous):
        gap = sentence[s.end:pos]
        if not _LIST_GAP.fullmatch(gap):
            return False
        if _cue_before(sentence[: s.start]):
            return True
        pos = s.start
    return False


def merge(mentions: list[OrgMention]) -> dict[str, set[str]]:
    """Canonical name -> aliases: the longest full form wins; short forms ("Golden
    Matrix"), acronyms and tickers become its aliases."""
    names: dict[str, set[str]] = {}
    for m in sorted(mentions, key=lambda m: -len(words(m.name))):
        target = _find(names, m.name)
        if target is None:
            # an alias names an organization only as itself: "PPI" is not short for "PPI Umbrella Committee"
            target = next((n for a in m.aliases if (n := _find(names, a, exact=True))), None)
        if target is None:
            names[m.name] = set()
            target = m.name
        elif m.name != target:
            names[target].add(m.name)
        names[target].update(a for a in m.aliases if a != target)
    return names


def _find(names: dict[str, set[str]], name: str, exact: bool = False) -> str | None:
    k = key(name)
    for canon, aliases in names.items():
        if k == key(canon) or any(k == key(a) for a in aliases):
            return canon
    if exact:
        return None
    nw = words(strip_suffix(name))
    # "Blackwell 3D Corporation" is short for "Blackwell 3D Construction Corp." too
    nu = nw[:-1] if len(nw) > 2 and nw[-1] in _SPELLED_SUFFIXES else nw
    full = [(canon, words(strip_suffix(canon))) for canon in names]
    for canon, cw in full:
        if len(nw) >= 2 and _unsuffixed(cw) == _unsuffixed(nw):
            return canon  # "Gladstone Commercial Corp." is the "Gladstone Commercial Corporation"
        if (len(nu) < len(cw) and cw[: len(nu)] == nu and not (len(nu) == 1 and nu[0].lower() in lexicon.common_words())
                and name not in lexicon.known_organizations()):  # (the "United Nations" is a body of its own)
            return canon  # "Golden Matrix" is short for "Golden Matrix Group, Inc."
        if len(cw) > 2 and cw[0] in NAME_OPENERS and cw[1: len(nw) + 1] == nw:
            return canon  # "Pacific Metals", cut from "New Pacific Metals Corp." opening a sentence
    if len(nw) >= 2:
        for canon, aliases in names.items():
            for alias in aliases:
                aw = words(strip_suffix(alias))
                if len(nw) < len(aw) and aw[: len(nw)] == nw:
                    return canon  # "Viking Steel", short for the trade name "Viking Steel Fabricators"
    for canon, cw in full:
        if nw and len(nw) < len(cw) and cw[-len(nw):] == nw and (_a_place(cw[: -len(nw)]) or (
                cw[-len(nw) - 1] in ("and", "&") and (len(nw) >= 2 or nw != words(name)))
                or (len(nw) >= 2 and len(cw) == len(nw) + 1 and _a_parents_initials(cw[0], nw))):
            # "Southwestern Medical Center" is the "UT Southwestern Medical Center"
            # "Department of Justice" is the "U.S. Department of Justice", "Phillies" the "Philadelphia
            # Phillies"; "Exchange Commission" was cut from the "Securities and Exchange Commission",
            # "Alloys, Inc." from "CC Metals and Alloys, LLC"
            return canon
    return None


def _a_place(ws: list[str]) -> bool:
    """The words name a place, a state's or a county's word after it too: "Texas",
    "Washington State", "Orange County"."""
    return " ".join(ws) in lexicon.places() or (len(ws) > 1 and ws[-1] in _POLITY_WORDS
                                                and " ".join(ws[:-1]) in lexicon.places())


def _a_parents_initials(word: str, rest: list[str]) -> bool:
    """A short name's capitals before a name, its owner's ("UT Southwestern Medical Center",
    "NASA Glenn Research Center"); not a title ("SVP"), nor the initials of the rest ("NIA
    Nonprofits Insurance Alliance", a glued acronym)."""
    return (bool(_INITIALISM.fullmatch(word)) and not is_title(word)
            and not "".join(w[0] for w in rest if w[0].isupper()).startswith(word))


_INITIALISM = re.compile(r"[A-Z]{2,4}")
_SPELLED_SUFFIXES = frozenset({"Corporation", "Incorporated", "Limited", "Company"})  # "Corp.", "Inc." written out


def _unsuffixed(ws: list[str]) -> list[str]:
    ws = [_SHORT_WORDS.get(w, w) for w in ws]  # "GW Pharma" is "GW Pharmaceuticals"
    return ws[:-1] if len(ws) > 1 and ws[-1] in _SPELLED_SUFFIXES else ws


# Org words and their short forms, as one name writes them both ways.
_SHORT_WORDS = {"Pharma": "Pharmaceuticals", "Tech": "Technologies", "Technology": "Technologies",
                "Labs": "Laboratories", "Intl": "International", "Intl.": "International", "Bros.": "Brothers",
                "Mfg": "Manufacturing", "Mfg.": "Manufacturing", "Assn": "Association", "Assn.": "Association"}
