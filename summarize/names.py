"""Capitalized spans in a sentence, name shapes, and matching of name mentions.

A span is a run of capitalized words, joined by a few lower-case connectors
("Bank of America", "Women in Film & Television") and by a legal suffix after a comma
("Acme Widgets, Inc."). Later stages decide whether a span is a person, an organization
or a place.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from . import lexicon, resources
from .titles import title_heads

# One capitalized word: initials ("J.", "U.S.", "A&M" of "Texas A&M"), a legal abbreviation
# with its period ("Inc."), a rank before a name ("Gen. Sergei Shoigu"), a word starting
# upper-case ("PetVivo", "D'Antignac", "Coca-Cola", "B2i"), a domain name ("HR.com") or a
# camel-case brand ("eBay").
_CAP = (
    r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=\s+[A-Z])|[A-Z]{1,3}&[A-Z]{1,3}\b"
    r"|(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Bros)\."
    r"|(?:Gen|Gov|Sen|Rep|Col|Capt|Lt|Maj|Sgt|Adm|Rev|Hon)\.(?=\s+[A-Z])"
    r"|[A-Z][\w\-]*(?<!-)(?:['’][A-Za-z]+)?(?:\.(?:com|ai|io|net|org|co|app|dev|tech|xyz|so|me|tv|fm|us))?"
    r"|[a-z]{1,3}[A-Z][\w\-]*(?:\.(?:com|ai|io|net|org|co|app))?|(?:al|el|ad|as|bin|ibn)-[A-Z][\w\-]*)"
)
# Lower-case words that may join capitalized ones inside a name ("University of X").
# Two-word particles first: "Ursula von der Leyen", "Jorge de la Cruz".
_CONNECTORS = (r"(?:van\s+de[nr]?|von\s+der|de\s+la|de\s+l[oa]s|"
               r"of\s+the|of|for|and|&|\+|the|de|del|da|di|du|la|le|van|von|der|on|bin|al|y)")
# How every alternative of _CAP starts: `re` tries _SPAN at each position of a sentence,
# and this cheap test turns away most of them before the long alternation is tried.
_CAP_START = r"(?=[A-Z]|[a-z]{1,3}[A-Z]|(?:al|el|ad|as|bin|ibn)-)"
# (A "Sr." before two capitalized words is a title's "Senior": "Jane Roe, Sr. Ecommerce Expert".)
_SPAN = re.compile(
    rf"(?<![\w@/.]){_CAP_START}({_CAP}(?:(?:\s+{_CONNECTORS}\s+|\s+|\s*,\s+(?=(?:Inc|Corp|Co|Ltd|LLC|LLP|PLC|L\.P|LP|GmbH|AG|S\.A)\b(?!-)|(?:Jr|Sr)\b(?!-)(?!\.\s+[A-Z][a-z]+\s+[A-Z]))){_CAP})*)"
)
_LEGAL_END = re.compile(r",?\s(?:Inc|Corp|Co|Ltd|LLC|LLP|PLC|GmbH|AG)\.?$")
_COMMON_OF = re.compile(r"^([A-Z][a-z]+)\s+(?:of|for|on|and|the)\s+(?:the\s+)?(?=[A-Z])")
# A date after "on" is not part of a name: "applied by Acme Markets Group on October 2",
# "approved by its Board on Nov. 3".
MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ON_DATE = re.compile(rf"\s+on\s+(?:{MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\.|$)"
                      r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$")
# A capitalized "The" inside a run starts a new name: a heading glued to its sentence,
# "Film Festival The Avalon Film Alliance".
_INNER_THE = re.compile(r"\s+(?=The\s+[A-Z])")
# A possessive that is part of a name: "King's College", "St Mary's Hospital" (but
# "the Sheriff's Office" is an owner and its office).
_NAME_POSSESSIVE = re.compile(r"[A-Z][a-z]+['’]s")
_POSSESSIVE_INSTITUTIONS = frozenset({"College", "Hospital", "School", "University", "Church", "Cathedral"})
_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_CONNECTOR = re.compile(rf"^(?:{_CONNECTORS})\s+")
_TRAILING_CONNECTOR = re.compile(rf"\s+(?:{_CONNECTORS})$")
_PIECE = re.compile(r"\S.*?(?:['’]s(?=\s)|$)")
_HEAD_JOIN = re.compile(r"\s(?:of|for|on)\s")
_TWICE = re.compile(r"(.{3,}?)\s+\1")
_THE = re.compile(r"^(?:the|The)\s+")
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|bin|ibn)-[A-Z]")  # "al-Abadi"
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset('"“'), frozenset('"”')
_GENERATIONS = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# A name made a describing word: "Hong Kong-based", "Will Smith-starring", "Willy Wonka-esque".
_DESCRIBED = re.compile(r"-(?:based|esque|starring|led|backed|owned|funded|like|style|era|inspired|themed|born|"
                        r"focused|driven|run|affiliated|linked|aligned|sponsored|branded|designed)\b")
_PUNCTUATION = re.compile(r"[^\w\s]")
# (Initials run together are a name's too: "J.R.R. Tolkien".)
_NAME_WORD = re.compile(r"(?:[A-Z][a-zà-ÿ'’\-]+(?:[A-Z][a-zà-ÿ'’\-]+)*|[A-Z]\.|(?:[A-Z]\.){2,3}|Jr\.?|Sr\.?|II|III|IV"
                        r"|de|van|von|der|den|da|bin|al|del|la|las|los|le|(?:al|el|ad|as|bin|ibn)-[A-Z][a-zà-ÿ'’\-]+)")


@dataclass(frozen=True)
class Span:
    """A capitalized run in a sentence: its text, offsets, and a trailing possessive."""

    text: str
    start: int
    end: int
    possessive: bool = False


@functools.lru_cache(maxsize=2048)  # places, organizations and people all read each sentence's spans
def spans(sentence: str) -> tuple[Span, ...]:
    """Capitalized spans: `spans("Jane Roe met Acme Corp.")` -> Jane Roe, Acme Corp."""
    out = []
    lead = len(sentence) - len(sentence.lstrip(LEAD_IN))  # where the first word may start
    for m in _SPAN.finditer(sentence):
        start, end = m.span(1)
        for text, offset, possessive in _run_names(m.group(1), start == lead, sentence.startswith(("'", "’"), end)):
            out.append(Span(text, start + offset, start + offset + len(text), possessive))
    return tuple(_with_nicknames(out, sentence)) if '"' in sentence and _NICKNAME.search(sentence) else tuple(out)


def quoted_alone(sentence: str, s: Span) -> bool:
    """The span is all there is between two quote marks, a work's title or an alias more
    often than a name: 'the movie "Star Wars,"', '"The Healing Power of Your Aura"'."""
    return sentence[s.start - 1:s.start] in _OPEN_QUOTES and sentence[s.end:s.end + 2].lstrip(",.!?")[:1] in _CLOSE_QUOTES


def _with_nicknames(found: list[Span], sentence: str) -> list[Span]:
    """A nickname in quotes between a first name and a surname is part of the name:
    `President Christopher "Luke" Breivik` is one span, not three."""
    out: list[Span] = []
    i = 0
    while i < len(found):
        first = found[i]
        if i + 2 < len(found) and words(first.text)[-1] in lexicon.first_names() and not first.possessive:
            nick, last = found[i + 1], found[i + 2]
            if (_NICKNAME.fullmatch(sentence, first.end, last.start) and len(words(last.text)) <= 2
                    and " " not in nick.text):
                out.append(Span(sentence[first.start:last.end], first.start, last.end, last.possessive))
                i += 3
                continue
        out.append(first)
        i += 1
    return out


# The words `_split` may cut a run at: "Acme Markets Group on October 2", "Film Festival The
# Avalon Film Alliance", "Jane Roe of Acme LLP", "Jane Roe and John Doe", "Jane Roe for Acme".
_CUT_WORDS = frozenset({"on", "The", "of", "and", "for"})


def _split(text: str) -> tuple[tuple[str, int], ...]:
    """A possessive ends a name ("Acme's Chief Executive Jane Roe" is two spans), and so
    does "and" unless an "of" came first ("Department of Health and Human Services").
    Each part comes with its offset in `text`."""
    ws = text.split()
    if len(ws) == 1 or ("'" not in text and "’" not in text and "\n" not in text and _CUT_WORDS.isdisjoint(ws)):
        return ((text, 0),)  # one word, most runs, or no possessive or word to cut at
    parts = []
    pieces = [(m.group(0), m.start()) for m in _PIECE.finditer(text)]
    joined: list[tuple[str, int]] = []
    for piece, offset in pieces:
        prev = joined[-1][0] if joined else ""
        if (_NAME_POSSESSIVE.fullmatch(prev) and words(piece)[0] in _POSSESSIVE_INSTITUTIONS
                and prev[:-2].rstrip("'’") not in lexicon.places()):
            joined[-1] = (prev + text[joined[-1][1] + len(prev):offset] + piece, joined[-1][1])
        else:
            joined.append((piece, offset))
    expanded: list[tuple[str, int]] = []
    for piece, offset in joined:
        cut = _ON_DATE.search(piece)
        piece = piece[: cut.start()] if cut else piece
        for inner in _INNER_THE.split(piece):
            expanded.append((inner, offset))
            offset += len(inner) + 1
    expanded = [part for piece, offset in expanded for part in _person_of(piece, offset)]
    for piece, offset in expanded:
        while " and " in piece and (not _HEAD_JOIN.search(piece.split(" and ")[0])
                                    or _LEGAL_END.search(piece.split(" and ", 1)[1])):
            head, _, tail = piece.partition(" and ")
            parts.append((head, offset))
            offset += len(head) + 5
            piece = tail
        parts.append((piece, offset))
    return tuple(parts)


def _person_of(piece: str, offset: int) -> list[tuple[str, int]]:
    """A person's name and the organization or place after "of" are two names: "Jane Roe
    of Acme LLP", "Dr Piers Mitchell of the University of Cambridge", "Jane Roe of Boston";
    not "Bank of America"."""
    m = _PERSON_OF.match(piece)
    if not m:
        return [(piece, offset)]
    if m.group(2) == "for":
        return _person_for(piece, offset, m)
    head = m.group(1).split()
    titled = 0
    while titled < len(head) - 1 and (head[titled] in lexicon.honorifics() or head[titled].lower() in lexicon.title_words()):
        titled += 1  # "Dr", "Professor", "Senior Researcher"
    name = head[titled:]
    first_named = len(name) >= 2 and name[0] in lexicon.first_names() and name[0].lower() not in lexicon.common_words()
    named = (titled and name[0] not in _AFTER_TITLES) or first_named
    tail = piece[m.end():]
    # After a first name and a surname, a name of several words is someone's body or place: "Dale
    # Roe of Top Gun Dog Training" (not "Diamond Sponsor of HackaTRON", "Exit Planner of the Year").
    if (not named or not ((first_named and (" " in tail or BODY_LETTERS.fullmatch(tail))) or any(w in lexicon.org_words() for w in words(tail))
                          or tail in lexicon.known_organizations() or tail in lexicon.places())
            or any(_not_a_surname_word(w) for w in name[1:] or name)):
        return [(piece, offset)]  # not "Diamond Sponsor of HackaTRON", "Sunni Sons of Iraq"
    return [(m.group(1), offset), (tail, offset + m.end())]


def _person_for(piece: str, offset: int, m: re.Match[str]) -> list[tuple[str, int]]:
    """A first name and a surname before "for" are a person's, whom the rest is for or by:
    "went to Jane Roe for Blue Days", "Jane Roe for Acme said"; not "Center for Disease Control",
    "Friends for Life" (no first name opens them)."""
    name = m.group(1).split()
    if (not 2 <= len(name) <= 3 or name[0] not in lexicon.first_names() or name[0].lower() in lexicon.common_words()
            or any(_not_a_surname_word(w) for w in name[1:])):
        return [(piece, offset)]
    return [(m.group(1), offset), (piece[m.end():], offset + m.end())]


def _not_a_surname_word(word: str) -> bool:
    """A word after a first name that makes no person's name: an org word, a title word or a
    common word that is no surname ("Diamond Sponsor", "Center for")."""
    low = word.lower()
    return (word in lexicon.org_words() or low in lexicon.title_words()
            or (low in lexicon.common_words() and low not in lexicon.surname_words()))


_AFTER_TITLES = frozenset({"Emeritus", "Emerita", "Elect", "General"})  # "Professor Emeritus of History"
BODY_LETTERS = re.compile(r"[A-Z]{2,6}")  # a body known by its letters: "Jane Roe of ADS"
_NICKNAME = re.compile(r'\s+"[A-Z][a-z]+"\s+')
_PERSON_OF = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+(of|for)\s+(?:the\s+)?(?=[A-Z])")


# What may come before a sentence's first word: spaces, quotes, brackets.
LEAD_IN = " \t\"'“‘(["  # what may come before a sentence's first word (a person's name)


@functools.lru_cache(maxsize=16_384)  # the same runs of capitalized words come back
def _run_names(run: str, opens: bool, apostrophe_after: bool) -> tuple[tuple[str, int, bool], ...]:
    """The names in a run of capitalized words: (text, offset in the run, possessive) of each.
    `opens`: the run opens the sentence; `apostrophe_after`: an apostrophe follows the run
    ("the Roberts' house")."""
    out = []
    for text, start in _split(run):
        end = start + len(text)
        if opens and start == 0:  # "For Rick Dean, director of ..." names Rick Dean
            opener, space, rest = text.partition(" ")
            if space and opener.lower() in lexicon.openers():
                text, start = rest.lstrip(), end - len(rest.lstrip())
        apostrophe = run[end] in "'’" if end < len(run) else apostrophe_after
        possessive = text.endswith(("'s", "’s")) or (apostrophe and text.endswith("s"))
        skipped, text = _trimmed(text, possessive)
        if text:
            out.append((text, start + skipped, possessive))
    return tuple(out)


@functools.lru_cache(maxsize=16_384)  # the same runs of words come back
def _trimmed(text: str, possessive: bool) -> tuple[int, str]:
    """The name in a run of words, and how many characters before it were dropped."""
    start = 0
    text = _POSSESSIVE.sub("", text) if possessive else text
    # "Shares of Bank of Avalon": an ordinary word and a connector do not start a name.
    lead = _COMMON_OF.match(text)
    if lead and (lead.group(1).lower() in lexicon.common_words() or lead.group(1) in lexicon.non_names()) \
            and lead.group(1) not in lexicon.org_words():  # "Saturday the State Department"
        start, text = start + lead.end(), text[lead.end():]
    lead = _LEADING_CONNECTOR.match(text)
    if lead:
        start, text = start + lead.end(), text[lead.end():]
    text = _TRAILING_CONNECTOR.sub("", text)
    twice = glued_twice(text)  # "Acme Labs Acme Labs": a heading glued on
    return start, twice.group(1) if twice else text


def glued_twice(text: str) -> re.Match[str] | None:
    """The match of a text written twice over ("Acme Labs Acme Labs"), its half in group 1."""
    # cheap test first: the half's first three characters must come back after it
    return _TWICE.fullmatch(text) if text.find(text[:3], 4) >= 0 else None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # exactly what the regex \w matches in str patterns


def word_starts(name: str, text: str, not_after: str = ""):
    """Where `name` stands in `text` as whole words, as `(?<!\\w)name(?!\\w)` would find it, and
    before none of `not_after` ("'" leaves out "Complaint Alerts'"). A string search: a pattern
    per name would be compiled for every name of every release."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not (start and _is_word_char(text[start - 1])) and not (
                end < len(text) and (_is_word_char(text[end]) or text[end] in not_after)):
            yield start
        start = text.find(name, start + 1)


def words(name: str) -> list[str]:
    return name.replace(",", " ").split()


@functools.cache
def _suffix_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(x) for x in sorted(lexicon.legal_suffixes(), key=len, reverse=True))
    return re.compile(rf"(?:, | )(?:{alternatives})$")


@functools.lru_cache(maxsize=16_384)  # organizations and participants ask for the same names again and again
def strip_suffix(name: str) -> str:
    """The name without its legal suffix: "Acme Widgets, Inc." -> "Acme Widgets"."""
    return _suffix_pattern().sub("", name, count=1).strip() if " " in name else name


def without_the(name: str) -> str:
    """The name without a leading article: "the Avalon Caucus" -> "Avalon Caucus"."""
    return _THE.sub("", name)


@functools.lru_cache(maxsize=16_384)
def key(name: str) -> str:
    """A comparison key: lower-case, no punctuation, no legal suffix or leading "the"."""
    name = without_the(strip_suffix(name))
    return _PUNCTUATION.sub("", name.replace("&", "and")).lower().replace(" ", "")


@functools.lru_cache(maxsize=16_384)  # names share their words: read each word once
def is_name_word(word: str) -> bool:
    """A word that can be part of a person's name: capitalized, not an org word."""
    return (bool(_NAME_WORD.fullmatch(word)) and word not in lexicon.org_words()
            and not (word.endswith(".") and word in lexicon.places()))  # "J.R.", not "U.S."


@functools.lru_cache(maxsize=16_384)  # the same names come back sentence after sentence
def looks_like_person(name: str, strong: bool = False) -> bool:
    """A name shape: 2-4 name words; without strong context the first must be a known
    first name and the last must not be a common word ("Jane Roe", not "Patriotic War")."""
    ws = words(name)
    if not 1 <= len(ws) <= 5 or not all(map(is_name_word, ws)) or ("-" in name and _DESCRIBED.search(name)):
        return False  # (not "Hong Kong-based Hutchison Whampoa": a place and a firm; "a Will Smith-starring film")
    if len(ws) > 2 and ws[-1] in _GENERATIONS:
        ws = ws[:-1]  # "Robert Haynes Jr." is judged as "Robert Haynes"
    if not ws[0][0].isupper() or not (ws[-1][0].isupper() or _PARTICLE_NAME.match(ws[-1])) or ws[-1].endswith("."):
        return False
    if name in lexicon.places() or not lexicon.demonyms().keys().isdisjoint(ws):
        return False
    if ws[0] in lexicon.places() and not (strong and _first_name_like_place(ws)):
        return False  # "Dallas Cowboys", "Sydney Harbour"; but "said Charlotte Smith", "Dr. Sofia Lindqvist"
    if len(ws) > 2 and (f"{ws[0]} {ws[1]}" in lexicon.places() or " ".join(ws[:3]) in lexicon.places()):
        return False  # "the Hong Kong Dinner", "New Jersey Devils": a place of two or three words leads
    if not lexicon.title_words().isdisjoint(map(str.lower, ws)) and any(
            w.lower() in lexicon.title_words() and w not in lexicon.first_names() and not _title_surname(ws, i)
            for i, w in enumerate(ws)):
        return False  # "Managing Director", "Film Executive"; not "Paxton Singer"
    checked = ws[:-1] if strong and len(ws) > 1 and ws[0] in lexicon.first_names() and ws[-1] in _surnames_among_non_names() else ws
    if not (lexicon.not_org_heads().isdisjoint(_after_first_name(checked)) and lexicon.non_names().isdisjoint(checked)):
        return False  # "Georgia Latino Film Festival"
    if len(ws) == 1:
        return strong and ws[0].lower() not in lexicon.common_words()
    if strong:
        return True
    common = lexicon.common_words()
    return ws[0] in lexicon.first_names() and ws[-1].lower() not in common and ws[0] not in _titles()


@functools.cache
def _surnames_among_non_names() -> frozenset[str]:
    """Words no name holds that are surnames after a first name: "Colin Day" (data/surnames_among_non_names.txt)."""
    return resources.word_set("surnames_among_non_names.txt", lower=False)


def _after_first_name(ws: list[str]) -> list[str]:
    """The words past a leading first name: an event's or a document's last word ("Bill",
    "Gala") is a first name too when a surname follows it ("Bill Clinton", not "Senate Bill")."""
    return ws[1:] if len(ws) > 1 and ws[0] in lexicon.first_names() else ws


def _first_name_like_place(ws: list[str]) -> bool:
    """A first name spelled like a place ("Charlotte", "Austin", "Sofia", "Jordan") before a
    surname: no place, common word or place unit after it ("Jordan Valley", "Victoria Station")."""
    last = ws[-1]
    return (len(ws) > 1 and ws[0] in lexicon.first_names() and last not in lexicon.places()
            and (last.lower() not in lexicon.common_words() or last.lower() in lexicon.surname_words()))


@functools.cache
def _titles() -> frozenset[str]:
    """The titles as a set: a name's first word is looked up in them (not scanned)."""
    return frozenset(lexicon.titles())


def _title_surname(ws: list[str], i: int) -> bool:
    """A title that is also a frequent surname, last in the name: "Paxton Singer"."""
    return i == len(ws) - 1 and i > 0 and ws[i].lower() in lexicon.surname_words()


def written_in_lower_case(word: str, text: str) -> bool:
    """The text also writes the word in lower case, as a word and outside a web address: a
    capitalized "Mobile" or "Copper" opening a sentence is then the word, not a name."""
    return next(lower_case_starts(word, text), -1) >= 0


def lower_case_starts(phrase: str, text: str):
    """Where the text writes the phrase in lower case, as words and outside a web address or an
    e-mail ("rolex.com", "@acme", "acme-led" are not the word)."""
    w = phrase.lower()
    at = text.find(w)
    while at >= 0:
        end = at + len(w)
        before, after = text[at - 1: at] or " ", text[end: end + 2] or " "
        if not (before.isalnum() or before in "./@-" or after[0].isalnum() or after[0] in "/@-"
                or (after[0] == "." and after[1:].isalnum())):
            yield at
        at = text.find(w, at + 1)


def surname(name: str) -> str:
    """The last name word, skipping generational suffixes: "John Smith Jr." -> "Smith"."""
    ws = [w for w in words(name) if w not in _GENERATIONS]
    return ws[-1] if ws else name


# A peerage before a surname names the peer: "Lord Goldsmith" is how the text calls him,
# "Peter Goldsmith" his full name (not a first name of his).
PEERAGES = frozenset({"Lord", "Lady", "Baron", "Baroness"})


def peer_surname(name: str) -> bool:
    """A peerage and a surname: "Lord Goldsmith", "Baroness Scotland"."""
    ws = words(name)
    return len(ws) == 2 and ws[0] in PEERAGES


def same_person(short: str, full: str) -> bool:
    """A mention `short` names the person `full`: "Bayramov" / "Jeyhun Bayramov",
    "Abdul Karim" / "Nasir Abdul Karim", "John Lowry" / "John D. Lowry", "Lord Goldsmith" /
    "Peter Goldsmith"."""
    if peer_surname(short) and not peer_surname(full):
        short = words(short)[1]
    s, f = ([w.strip('"').lower() for w in words(name) if w not in _GENERATIONS]  # a nickname: "Tony"; "Jr."
            for name in (short, full))  # (lower case: "Van Commenee" opening a sentence / "Charles van Commenee")
    if not s or len(s) > len(f):
        return False
    if f[-len(s):] == s:
        return True
    parts = [p for w in f for p in w.split("-")]
    if len(parts) > len(f) and parts[-len(s):] == s:
        return True  # "Del Rossi" / "Rachel Neufeld-Del Rossi"
    if _initials(s) and _initials(f) and _initials(s) != _initials(f):
        return False  # "George W. Bush" is not "George H.W. Bush"
    return s[-1] == f[-1] and (s[0] == f[0] or (len(s) > 1 and ((s[0], f[0]) in lexicon.nicknames()  # "Brad" / "Bradley A."
                                                               or (f[0], s[0]) in lexicon.nicknames()
                                                               or _short_first_name(s[0], f[0])
                                                               or _initials_of(s[0], f[:-1]))))


def _short_first_name(a: str, b: str) -> bool:
    """The same first name, accents aside ("Clement" / "Clément"), or one cut short of the other
    ("Leo" / "Leonard" in data/nicknames.txt; "Clem" / "Clément", a short form no list holds as a
    first name of its own: not "Chris" / "Christine", who may be two people)."""
    a, b = _folded(a), _folded(b)
    short, full = sorted((a, b), key=len)
    return short == full or (short, full) in lexicon.nicknames() or (
        len(short) >= 3 and full.startswith(short) and short.capitalize() not in lexicon.first_names())


def _initials_of(letters: str, given: list[str]) -> bool:
    """Initials that spell the given names: "a.j." / "anthony jude"."""
    return letters.endswith(".") and len(given) > 1 and letters.replace(".", "") == "".join(w[0] for w in given)


@functools.lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    """A word without its accents: "clément" -> "clement"."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _initials(name_words: list[str]) -> list[str]:
    """The middle initials of a name's words: ["h.w."] of "george h.w. bush"."""
    return [w for w in name_words[1:-1] if w.endswith(".")]


def common_name(name_words: tuple[str, ...]) -> bool:
    """One word, or only common words, with no first name or honorific to make it a person's."""
    first = name_words[0]
    if first in lexicon.first_names() or first in lexicon.honorifics():
        return False
    common = lexicon.common_words()
    return len(name_words) == 1 or all(w.lower() in common for w in name_words)


def ordinary_last_word(name_words: tuple[str, ...]) -> bool:
    """No known first name and a last word that is a common word but no frequent surname,
    or a compound title: "Quantum Workplace", "Jupiter Research", "Acme Co-founder" (but
    "Paxton Singer")."""
    last = surname(" ".join(name_words)).lower()
    return name_words[0] not in lexicon.first_names() and (
        (last in lexicon.common_words() and last not in lexicon.surname_words())
        or (last.startswith("co-") and last[3:] in title_heads()))  # not "King", nor "McEwen-King"
