"""The rules around Punkt: masks, list items, and the decision at each candidate boundary.

Punkt (Kiss & Strunk 2006) decides a period after an abbreviation, an initial or an
ellipsis with learned tables: abbreviation types, collocations, frequent sentence starters,
and each word's orthographic context (seen in lower case? capitalized mid-sentence?).
We load those tables from `data/punkt_en.json` (written by bench/train_punkt.py) into nltk's
`PunktParameters` and apply Punkt's heuristics ourselves at each candidate, together with the
rules Punkt cannot learn: list numbering, initials inside names, ellipses, tickers, lower case
after "!" or "?", and abbreviations that stand before names. Deciding per candidate, rather
than running nltk's tokenizer over every word, keeps splitting fast.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Orthographic-context bits as nltk.tokenize.punkt defines them (BEG/MID/UNK x UC/LC).
ORTHO_MID_UC = 1 << 2
ORTHO_LC = (1 << 4) | (1 << 5) | (1 << 6)

OPENERS = "(\"'\u201c\u2018[{"
BULLETS = "\u2022\u2043\u25e6\u25aa\u2023\u25cf\u2219"
CLOSERS = "\"'\u201d\u2019)]}"

# A candidate boundary: sentence-final punctuation, closing quotes or brackets, then a space.
# "\x01" stands for a space inside a spaced ellipsis ". . ." (see MASKS). A footnote mark
# may follow: "have it.[1] Studies show".
CANDIDATE = re.compile(
    r"(?P<punct>[.!?\u2026][.!?\u2026\x01]*)[\"'\u201d\u2019)\]}]*(?:\[\d{1,3}\])?(?=\s)"
)

# Masks: (name, pattern, replacement for the matched text); each keeps the length, so
# offsets in the masked text are offsets in the original.
MASKS = (
    # "[...]" marks an omission inside a quotation, never a boundary: "Bohr [...] used".
    (
        "bracketed_ellipsis",
        re.compile(r"\[(?:\.\s?){2,}\.\]|\[\u2026\]"),
        lambda s: s.replace(".", "_").replace("\u2026", "_"),
    ),
    # ". . ." is one ellipsis: "is . . . I didn't" -> ".\x01.\x01." so it is one token.
    ("spaced_ellipsis", re.compile(r"\.(?: \.){2,}"), lambda s: s.replace(" ", "\x01")),
)

# "(NASDAQ: GMGI)", "(TSX.V: ABC; OTCQB: ABCDF)": refers back to the name before it.
TICKER = re.compile(r"\((?:[A-Z][A-Za-z.&-]*\s?){1,3}:\s?[A-Z0-9][\w.-]*(?:\s?[,;/]\s?[^()]*)?\)")

# A parenthesis after an abbreviation that the sentence then continues in lower case:
# "Telecom Inc. (IT) for the project", "Acme Corp. (the Company) will": a sentence never
# opens on "(...)" followed by lower-case text, so the parenthesis belongs to the name.
PAREN_CONTINUES = re.compile(r"\([^()]{1,60}\)[,;]?\s+[a-z]")

# A list marker: "1.", "1)", "1.)", "(a)", "a.", "iv.", with an optional bullet before it.
LIST_MARKER = re.compile(
    r"(?:(?<=\s)|^)[" + BULLETS + r"]?\s?\(?"
    r"(?P<value>\d{1,3}|[a-z]|[A-Z](?=\))|[ivx]{1,4})(?:\.\)|\)|\.)(?=\s)"
)
# A bullet inside a line starts a new item: "\u2022 first item \u2022 second item"; so does
# "*" after final punctuation, as in a flattened markdown list "risk. * The plan", or right
# after a label's colon, "Highlights:* Format: ..." (checked
# in list_items: a look-behind here would slow every line down). Not "-": "N.Y. - (Wire)".
BULLET = re.compile(r"[" + BULLETS + r"*](?=\s)")
# A list announced by a colon: "It works four ways: 1. Research 2. Care".
_LIST_AFTER_COLON = re.compile(r": (?=\(?(?:1|a|i)(?:\.\)|\)|\.) )")
_BEFORE_FLAT_BULLET = re.compile(r"[.!?:;][\"\u201d)]? $")

# "Item 1A." in a filing caption: a section label before its title.
SECTION_LABEL = re.compile(r"^\d{1,2}[a-z]?$")
SECTION_WORDS = ("Item", "ITEM")
# An unclosed "(" in the text before a candidate, and a ")" soon after it, before any other
# sentence end: the period is inside the brackets.
_OPEN_PAREN = re.compile(r"\([^()]*$")
_CLOSES_SOON = re.compile(r"[^().!?]{1,60}\)")
# The next word is an initial too: "A. Paul".
_INITIAL = re.compile(r"[A-Z]\.\s")
# A dotted initialism such as "u.s", "ph.d", "e.u": an abbreviation even when unlisted.
DOTTED = re.compile(r"^(?:[a-z]\.)+[a-z]$")
# After a dotted initialism a name goes on when a short title-case run ends the sentence or
# a quote: "DISPOSSESSED: A Very L.A. Ghost Story.", '"E.T. The Extra Terrestrial" and'.
_TITLE_TO_END = re.compile(r"[A-Z][\w'\u2019&-]*(?: [A-Z][\w'\u2019&-]*){1,3}(?:[.!?][\"\u201d]?|[\"\u201d][,.]?)(?= |$)")


@dataclass(frozen=True)
class Model:
    """The trained tables, as nltk's PunktParameters, plus the names-only abbreviations."""

    params: object  # nltk.tokenize.punkt.PunktParameters
    before_names: frozenset[str]


@functools.cache
def model() -> Model:
    """Punkt parameters built from our JSON data file; no pickle, no NLTK data folder."""
    from nltk.tokenize.punkt import PunktParameters

    from . import resources  # lazy: importlib.resources costs more than the splitter

    data = resources.json_data("punkt_en.json")
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    for flags, words in data["ortho_context"].items():
        for word in words:
            params.ortho_context[word] = int(flags)
    return Model(params=params, before_names=frozenset(data["abbreviations_before_names"]))


def mask(text: str) -> str:
    """The text with ellipses made single tokens and omissions hidden, same length."""
    for _name, pattern, replace in MASKS:
        if pattern.search(text):
            text = pattern.sub(lambda m: replace(m.group()), text)
    return text


_ROMAN = {r: n for n, r in enumerate("i ii iii iv v vi vii viii ix x".split(), start=1)}


def _marker_values(value: str) -> set[tuple[str, int]]:
    """The readings of a list marker: "2" -> number 2; "i" -> letter 9 or Roman 1."""
    if value.isdigit():
        return {("number", int(value))}
    out = {("roman", _ROMAN[value])} if value in _ROMAN else set()
    if len(value) == 1:
        out.add(("letter", ord(value.lower()) - ord("a") + 1))
    return out


def list_items(text: str) -> list[str]:
    """An inline list cut into items: "1) First 2) Second" -> ["1) First", "2) Second"].

    Only a list that starts the text, or follows a colon with "1", "a" or "i" ("four ways:
    1. Research 2. Care"), is cut, and only at markers that continue its sequence (2 after
    1, b after a), so "He paid 2) twice" stays whole.
    """
    cuts = [
        i for i in (m.start() for m in BULLET.finditer(text))
        if i and (text[i - 1] == " " or text[i - 1] == ":" and text[i] == "*")
        and (text[i] != "*" or text[i - 1] == ":" or _BEFORE_FLAT_BULLET.search(text, max(i - 3, 0), i))
    ]
    first = LIST_MARKER.match(text)
    if not first and ": " in text:
        colon = _LIST_AFTER_COLON.search(text)
        first = colon and LIST_MARKER.match(text, colon.end())
        if first:
            cuts.append(first.start())
    if first:
        expected = {(kind, n + 1) for kind, n in _marker_values(first.group("value"))}
        for m in LIST_MARKER.finditer(text, first.end()):
            found = _marker_values(m.group("value")) & expected
            if found:
                cuts.append(m.start())
                expected = {(kind, n + 1) for kind, n in found}
    if not cuts:
        return [text]
    cuts = sorted(set(cuts) | {0})
    items = (text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)]))
    return [item for item in items if item]


def _starts_sentence(word: str, m: Model) -> bool:
    """Punkt's sentence-starter and orthographic heuristics for a capitalized next word."""
    typ = word.lower()
    if typ in m.params.sent_starters:
        return True
    flags = m.params.ortho_context.get(typ, 0)
    return bool(flags & ORTHO_LC) and not flags & ORTHO_MID_UC


def _inside_brackets(before: str, tok: str, following: str) -> bool:
    """An unclosed "(" before the period, a ")" soon after it."""
    opened = _OPEN_PAREN.search(tok) or (")" not in tok and _OPEN_PAREN.search(before))
    return bool(opened) and _CLOSES_SOON.match(following) is not None


def _inside_a_name(previous: str, letter: str) -> bool:
    """A capital initial that opens a name, as the word before it shows: a house number
    before a compass point ("1556 E. Commercial Blvd."), or a compound adjective, which
    never ends a sentence ("the high-purity K. Hill project")."""
    if previous.isdigit():
        return letter in "nsew"
    return "-" in previous and previous.islower() and previous[-1].isalpha()


def is_boundary(
    tok: str, punct: str, before: str, following: str, at_start: bool, m: Model
) -> bool:
    """Whether `punct` after the word `tok` ends a sentence, `following` being the next text.

    `before` is the text before `tok` (its last word matters); `at_start` tells that `tok`
    opens the sentence. ("Inc", ".", "of Acme", "The company") -> True;
    ("Gov", ".", "said", "Smith said") -> False; ("Yahoo", "!", "at", "in Sunnyvale") -> False.
    """
    typ = tok.lstrip(OPENERS + BULLETS).lower()
    nxt = following.split(None, 1)[0]
    nxt_core = nxt.lstrip(OPENERS)
    first = nxt_core[:1]
    if not (first.isalnum() or first in "$\u20ac\u00a3#"):
        return False  # punctuation does not open a sentence: "Inc. - (Wire)"
    if first.islower() and nxt_core.lower() == nxt_core:
        # Sentences do not start lower case: "Yahoo! in", "'Great.' she said", "co. at";
        # "iPhone", "eBay", "inDrive" do, as names.
        return False
    quoted = nxt[:1] in "\"\u201c\u2018'"  # an opening quote, then a capital
    nxt_typ = nxt_core.lower().rstrip(".,;:!?\"'\u201d\u2019)]}")

    dots = punct.replace("\x01", "").replace("\u2026", "...")
    if "!" in dots or "?" in dots or len(dots) >= 4:
        return True  # "Hello!? Is that you?", "I never meant that.... She left."
    if len(dots) == 3:
        # Punkt's rule for an ellipsis: a break only before a likely sentence starter.
        return quoted or _starts_sentence(nxt_typ, m)

    if at_start and (typ.isdigit() and len(typ) <= 3 or len(typ) == 1 or typ in _ROMAN):
        return False  # a list marker: "1. The first item", "a. The item"
    params = m.params
    # The last part of a word joined by "/" or "-": "Minneapolis/St." and "Minneapolis-St." end in "St.".
    part = typ.rsplit("/", 1)[-1].rsplit("-", 1)[-1] if "/" in typ or "-" in typ else typ
    abbreviation = (
        typ in params.abbrev_types
        or part in params.abbrev_types
        or "." in typ and DOTTED.match(typ) is not None
    )
    initial = len(typ) == 1 and typ.isalpha()
    if not first.isalpha():
        # "No. 5", "p. 55", "approx. 20" go on; "in 2023. 2024 will" is two sentences.
        return not (abbreviation or initial)
    if ("(" in tok or "(" in before) and _inside_brackets(before, tok, following):
        return False  # inside brackets that close soon: "(U.S. Census Survey, 2023)"
    if following[0] == "(" and TICKER.match(following):
        return False  # "Acme Inc. (NASDAQ: ACME) today"
    if abbreviation and following[0] == "(" and PAREN_CONTINUES.match(following):
        return False  # "International Telecom Inc. (IT) for the link"
    if (typ, nxt_typ) in params.collocations:
        return False
    if SECTION_LABEL.match(typ) and before.rstrip().endswith(SECTION_WORDS):
        return False  # a filing caption: 'see "Item 1A. Risk Factors" in the report'
    if typ in m.before_names or (part in m.before_names or tok == "v") and nxt_typ.lower() not in m.params.sent_starters:
        # "Gov. Smith", "Lt. Gen. Ray", "St. Louis", "Minneapolis/St. Paul"; a lower-case "v." before the
        # other side of a case, "Shelby v. Holder" (a capital "V." may end one: "Rally Fund V."; and
        # a sentence may end on a unit or a slashed title: "outputs 5 v. It ships", "CEO/Pres. The board")
        return quoted
    if abbreviation and "." in typ and not quoted and _TITLE_TO_END.match(following):
        return False  # a title with an initialism in it: "A Very L.A. Ghost Story."
    if abbreviation:
        return quoted or _starts_sentence(nxt_typ, m)
    if initial and _INITIAL.match(following):
        return False  # a run of initials: "Dr. K. A. Paul", "J. R. Ewing"
    if initial:
        # "Jonas E. Smith", "Albert I. Jones" go on, so does "by J. Smith" (Punkt: the next
        # word is never seen in lower case); "you and I. Did you" and "Plan B. The" end.
        words = before.split()
        if words and words[-1][:1].isupper():
            return quoted or nxt_typ in params.sent_starters
        if words and tok[-1:].isupper() and _inside_a_name(words[-1], typ):
            return quoted  # "at 201 N. Brand Blvd.", "its high-purity K. Hill project"
        return quoted or bool(params.ortho_context.get(nxt_typ, 0) & ORTHO_LC)
    return True
