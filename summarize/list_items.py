"""List items and their labels: "Fast Setup: The app pairs in seconds.", "WHERE: Main Street Park.".

A release often lists its points under short labels. Read out of its list, such an item leans
on it: `list_label` flags it (bullets counts it dangling), `menu_rows` finds the rows of a menu
of offers, and `without_label` drops a label before a full sentence in a key point.
"""
from __future__ import annotations

import re

from .dateline import MONTH

# A list item's label: "Fast Setup: The app pairs in seconds.", "WHERE: Main Street Park."
# The item leans on the list it came from. Two to six capitalized words (small words
# allowed) or one to four in capitals, so that "Update: ..." or "The mayor said: ..." stay.
# An item with a figure is a fact worth its label ("Price Lock: prices fixed for 3 years.").
_LABEL_WORD = r"(?:&|[A-Z][\w'\u2019&-]*|[a-z]{1,3}|and|with|from)"
# The label may follow a bullet or a number ("1. Managed Services: ...", which is no figure) and
# end on a dash instead of a colon ("Periodontal Care \u2013 Preventing tooth loss.", not
# "Ann Lee \u2013 Chief Financial Officer ...").
# A figure stands as a word of its own ("$100", "2-day", "18%"): a digit inside a name is
# none ("Web3 Wallets: ...", "Antminer S19: ...", "W3Rocks").
_FIGURE = re.compile(r"(?<![^\W\d_])\d")
_ENUMERATOR = re.compile(r"[^\w\"'\u201c\u2018(]{0,2}\s*\d{1,2}[.)]\s+")
_LIST_LABEL = re.compile(
    rf"[^\w\"'\u201c\u2018(]{{0,2}}\s*(?:[A-Z][A-Z&/-]+(?: [A-Z&/-]+){{0,3}}|{_LABEL_WORD}(?: {_LABEL_WORD}){{1,5}})"
    r"(?:: [A-Z\"\u201c\d$]| ?[\u2013\u2014] ?[A-Z][a-z]+ [a-z])"  # (after a dash a sentence, not "CEO, Acme")
)


def _label_item(text: str) -> str | None:
    """The item after its label when the text opens on one ("Low Fees: Trades cost 0.1%."), or None."""
    head = text[:80]
    if ":" not in head and "\u2013" not in head and "\u2014" not in head:
        return None
    number = _ENUMERATOR.match(text)
    item = text[number.end():] if number else text
    found = _LIST_LABEL.match(item)
    return item[found.start() :] if found else None


def list_label(text: str) -> bool:
    """True for a list item opening on its label: "Low Fees: Trades cost 0.1%."."""
    item = _label_item(text)
    return item is not None and not _FIGURE.search(item)


# A label before a full sentence, to be dropped from the key point: "Revenue Growth: Acme's
# revenue rose 12%." -> "Acme's revenue rose 12%.", "Acquisition: Acme signs ...", "WHO: Acme
# opens ...", "A: Here at Acme ..." (a Q&A's answer). One to six words, the first capitalized;
# no article first, as a title's first half has ("The SniperSight: Eye Exercises app is ..."),
# no dot in it ("Dr. Quist: ..."), nor a code with letters and digits glued ("BG-8K-1616MA: The
# market's first 8K switcher." names what the rest describes).
_DROPPED_LABEL = re.compile(rf"(?:[A-Z][A-Z&/-]+(?: [A-Z&/-]+){{0,3}}|[QA]|[A-Z][\w'\u2019&-]*(?: (?:{_LABEL_WORD}|\d{{1,3}})){{0,5}}): (?=[A-Z])")
_CODE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_ARTICLE = re.compile(r"(?:The|A|An) ")
# Or a label in sentence case, a noun phrase of two to four words: "Dual incentives: The referrer
# earns 10% ...", "Online casino revenue: ..." (not a clause before a colon, "Our aim is simple:",
# "Acme announced:", "Highlights include:", whose words `_clause_word` tells).
_LOWER_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]{2,}){1,3}: (?=[A-Z])")


# A label that dates the sentence: "October 12: Acme opens ...", "Q3 2025: Revenue rose ..."
# (a numbered part, "Case 1:" or "Phase 2:", says nothing out of its list).
_TELLING_LABEL = re.compile(
    rf"[^:]*(?:\b(?:19|20)\d\d\b|\b[QH][1-4]\b|\b{MONTH}(?!\w)|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
_FIRST_PERSON = re.compile(r"(?:I|We|Our|My)\b")


def _clause_word(word: str) -> bool:
    """Whether a word makes the words before a colon a clause, not a label: a function word
    or a verb ("is", "said", "announced", "include"), a speaker's ("Jones writes:", "Officials warn:")."""
    from .titles import SPEECH_WORDS
    from .lexicon import is_function_word

    return (is_function_word(word) or word.endswith("ed") or word in ("include", "includes")
            or word in SPEECH_WORDS or word in _SPEAKING)


# Verbs of speech in the present that SPEECH_WORDS lacks: "Analysts warn: ...", "Roe asks: ...".
_SPEAKING = frozenset({"say", "write", "add", "note", "warn", "warns", "ask", "asks", "argue", "argues",
                       "explain", "predict", "predicts", "tell", "tells", "reply", "replies", "answer", "answers"})


def _lower_label(text: str) -> bool:
    """Whether the text opens on a label in sentence case: "Dual incentives: The referrer ..."."""
    found = _LOWER_LABEL.match(text)
    return found is not None and not any(_clause_word(w) for w in found.group()[:-2].split())


def without_label(text: str) -> str:
    """The sentence after a list item's label when it is a full sentence on its own
    ("Revenue Growth: Acme's revenue rose 12%." -> "Acme's revenue rose 12%."), else the text:
    a label before a fragment, a call or a gerund ("Websites: Developing fast sites.") stays."""
    from .bullets import SHORT_WORDS, _words, calls_reader, fragment  # (bullets imports this module)

    if ": " not in text[:60]:
        return text
    found = _DROPPED_LABEL.match(text)
    lower = found is None and _lower_label(text)
    if lower:
        found = _LOWER_LABEL.match(text)
    if found is None or _CODE.search(found.group()) or _ARTICLE.match(text) or _TELLING_LABEL.match(found.group()):
        return text
    rest = text[found.end():]
    if not lower and _FIRST_PERSON.match(rest):
        return text  # "Ann Lee: We are thrilled ...": the label is the speaker (a name is capitalized)
    words = _words(rest)
    # the first word past an adverb: "Currently testing the $4 level" is no sentence either
    first = words[1] if len(words) > 1 and words[0].endswith("ly") else words[0] if words else ""
    if len(words) < SHORT_WORDS or fragment(rest, words) or first.endswith("ing") or calls_reader(words):
        return text
    return rest


# A row of a menu of offers: three or more labelled items whose labels end on the same
# word, "Solana Plan: Invest $100 ...", "Polygon Plan: A $700 investment ...". Their
# figures are one option's terms, not the news, and each leans on the list.
MENU_ROWS = 3
_LABEL_END = re.compile(r"([A-Za-z]+)[^A-Za-z]*(?::|\s?[\u2013\u2014])")


def menu_rows(texts: list[str]) -> set[int]:
    """The indices of the texts that are rows of a menu of offers (see MENU_ROWS)."""
    heads: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        item = _label_item(text)
        found = _LABEL_END.search(item) if item is not None else None
        if found:
            heads.setdefault(found.group(1).lower(), []).append(i)
    return {i for rows in heads.values() if len(rows) >= MENU_ROWS for i in rows}
