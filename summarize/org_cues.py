"""The cues before a name that make it an organization, and the lists they lead.

A name no word of its own marks as a body is one when the text before it says so: a cue phrase
("partnership with Acme", "backed by Acme"), a kind of business written before it as news does
("oil firm Rosneft", "gas giant Gazprom"), or a kind and a listing word ("brands like Keystone,
Jayco and Forest River"), whose later items are organizations too; so is an item of a list
whose other items are organizations by their names ("at Avalon University, Quellor Institute
and CSUA"). Kept apart from organizations.py, the finder, which asks these only of a name
that nothing else made one: the cue searches are costly, so each has a cheap gate first.
"""
from __future__ import annotations

import functools
import re

from . import lexicon
from .names import Span, spans
from .org_context import LIST_GAP, a_list_of_people
from .org_names import org_shape
from .prefilter import fold, trie_alternation
from .titles import is_title


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
def org_cue_start(sentence: str) -> int | None:
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


# The last word of every cue cue_before looks for: a text whose last word (or the one before
# a last "the") ends with none of them ends in no cue.
_CUE_ENDS = tuple(sorted({cue.split()[-1] for cue in _ALL_CUES}))


def cue_before(before: str, listing: bool = True, kind: bool = False) -> bool:
    """An organization cue ends `before` (the text before a name); `listing`: a kind of
    organization and "such as" may be the cue; `kind`: a kind alone may ("oil firm"; it
    makes no list: "firm Acme, Jane Roe and ...")."""
    tail = max(0, len(before) - 80)  # (a cue ends `before`: no need to try every earlier position)
    ws = fold(before[tail:]).split()
    if not (ws[-2] if len(ws) > 1 and ws[-1] == "the" else ws[-1] if ws else "").endswith(_CUE_ENDS):
        return False  # (a string test first: the searches cost, and most words end no cue)
    return (_ORG_BEFORE.search(before, tail) is not None or (kind and _KIND_BEFORE.search(before, tail) is not None)
            or (listing and _kind_list_re().search(before, tail) is not None))


def ends_an_item(sentence: str, s: Span) -> bool:
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


def among_organizations(sentence: str, parts: tuple[Span, ...], i: int) -> bool:
    """An item of a list with two other items that are organizations by their names:
    "professors at Avalon University, Quellor Institute and CSUA" (not a title, "CEO", a
    state, "FL", a degree, "M.D.", nor a span run into "Mr. Roe")."""
    s = parts[i]
    if len(parts) < 3 or not ends_an_item(sentence, s):
        return False
    others = 0
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(parts):
            left, right = (parts[j + step], parts[j]) if step < 0 else (parts[j], parts[j + step])
            if not LIST_GAP.fullmatch(sentence, left.end, right.start) or parts[j + step].possessive:
                break
            j += step
            if org_shape(parts[j].text)[1] is None:
                break
            others += 1
    return (others >= 2 and not is_title(s.text) and s.text not in lexicon.state_codes()
            and not _INITIALS_ONLY.fullmatch(s.text) and not any(w in lexicon.honorifics() for w in s.text.split()))


_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.)+")  # "M.D." after a name


def in_cued_list(sentence: str, span: Span) -> bool:
    """A later item of a list after an organization cue: "clients including Acme,
    Beta Labs and Gamma" makes Beta Labs and Gamma organizations too."""
    if not sentence[: span.start].rstrip().endswith((",", "&", "and", "or")):
        return False  # no list gap before it (a string test first: reading the spans before costs)
    previous = [s for s in spans(sentence[: span.start])]
    pos = span.start
    for s in reversed(previous):
        gap = sentence[s.end:pos]
        if not LIST_GAP.fullmatch(gap):
            return False
        if cue_before(sentence[: s.start]):
            return not a_list_of_people(sentence, s.start)
        pos = s.start
    return False
