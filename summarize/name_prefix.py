"""What stands before a name in a capitalized span: titles, honorifics, ranks, a demonym or
a place, an owner. "Palestinian Ambassador Nasir Abdul Karim", "Arizona Sen. John McCain",
"Tidal Labs CEO & Founder Dana Price" are a role, a name and whose the role is.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .names import words
from .titles import TIME_QUALIFIERS, TITLE_OPENERS, common_word, describing, is_title, joined_titles, role_kind

# Honorifics written after "the": "The Honorable Jane Roe" is a person, but "The Dr. Jane
# Roe Scholarship" and "The Sir Francis Drake" (a building) are named after one.
_STYLED_WITH_THE = frozenset({"Honorable", "Honourable", "Hon.", "Rev.", "Reverend"})


def split_prefix(span_text: str) -> tuple[list[str], list[str], str | None, bool]:
    """Leading title words, the rest, a demonym's country, and whether an honorific led:
    "Palestinian Ambassador Nasir Abdul Karim" -> (["Ambassador"], [Nasir, Abdul, Karim], Palestine, False)."""
    ws = words(span_text)
    if ws[0] == "Fellow" and len(ws) > 3:
        # "Fellow Lib Dem Norman Baker": what they share, then the name from its first name on
        j = next((j for j in range(2, len(ws) - 1) if ws[j] in lexicon.first_names()), None)
        if j is not None:
            return [" ".join(ws[1:j])], ws[j:], None, False
    role: list[str] = []
    country = None
    honorific = False
    i = 0
    while i < len(ws) - 1:
        w = ws[i]
        if w == "The" and ws[i + 1] in _STYLED_WITH_THE:
            i += 1
            continue
        if (w in lexicon.honorifics() or _clerical(ws, i)) and not _honorific_title(ws, i):
            honorific, i = True, i + 1
            if w in lexicon.role_abbreviations():
                role.append(lexicon.role_abbreviations()[w])  # "Gov." is a rank and a role
            continue
        if w in lexicon.role_abbreviations():
            role.append(lexicon.role_abbreviations()[w])
            i += 1
            continue
        if w in lexicon.demonyms() and not role:
            country, i = lexicon.demonyms()[w], i + 1
            continue
        for n in range(min(4, len(ws) - 1 - i), 0, -1):
            if is_title(" ".join(ws[i:i + n])) and not (w in _INFORMAL_TITLES and len(ws) - i - n < 2):
                role.append(" ".join(ws[i:i + n]))
                i += n
                break
        else:
            break
    if role and i < len(ws) and ws[i] in ("of", "at", "for"):
        # "Secretary of the Avalon Caucus Jane Roe": the organization ends at an org word
        org = lexicon.org_words()
        k = max((j for j in range(i, len(ws) - 1) if ws[j] in org), default=None)
        if k is not None and 2 <= len(ws) - k - 1 <= 3:
            return [" ".join(role) + " " + " ".join(ws[i:k + 1])], ws[k + 1:], country, honorific
    if not role and not honorific and not country:
        ranked = _rank_inside(ws)  # "New Jersey Gov. Chris Christie"
        if ranked:
            return ranked
        # a title inside the span: "Benchmark Transaction Director Jane Roe"
        for j in range(1, len(ws) - 1):
            for n in range(min(4, len(ws) - 1 - j), 0, -1):
                if not is_title(" ".join(ws[j:j + n])):
                    continue
                n = joined_titles(ws, j + n) - j  # "Lava CEO & Founder Jane Roe"
                if ws[j + n][0].isupper() and not all(w in _GENERATIONS for w in ws[j + n:]):
                    # Title words before the title are part of the role: "UK | Shadow Foreign Secretary"
                    k = j
                    while k > 0 and ws[k - 1].lower() in lexicon.title_words():
                        k -= 1
                    # ... and so are the words after a title's opening word: "Chief Customer Officer",
                    # "Chief Public Relations Officer"
                    k = next((x for x in range(max(0, k - 3), k) if ws[x].lower() in TITLE_OPENERS), k)
                    head = ws[:k] if not all(w in lexicon.non_names() for w in ws[:k]) else []  # "Now", "New"
                    while len(head) > 1 and _qualifies_title(head[-1]):
                        head, k = head[:-1], k - 1  # "BBC Political Correspondent", "CNN Safety Analyst"
                    if len(head) > 1 and head[0] in TIME_QUALIFIERS:
                        head = head[1:]  # "Former Italian Prime Minister" -> Italy
                    elif len(head) == 2 and head[0] in ("Assistant", "Associate") and k == 2:
                        head, k = [], 0  # "Assistant U.S. Attorney" is an office of its own (not "Acting U.S.| Attorney")
                    if len(head) == 1 and (common_word(head[0]) or _qualifies_title(head[0])):
                        # a qualifier ("Founding Director", "Sales Director", "Spine Surgeon") or a function word ("Under")
                        k, head = (k if lexicon.is_function_word(head[0]) else k - 1), []
                    while len(head) > 1 and head[0].lower() in lexicon.openers():
                        head = head[1:]  # "As Israeli Prime Minister X" -> Israel
                    if len(head) > 1 and describing(head[0]) and _place(" ".join(head[1:])):
                        head = head[1:]  # "Embattled Ferguson Police Chief" (not "Rolling Stone Managing Editor")
                    if len(head) == 1 and (describing(head[0]) or _function_word(head[0])):
                        head = []  # "Ousted President X", "Although President Bush" (but "US President X")
                    if head and head[-1] in ("&", "and"):
                        head = []  # "Tim & Dean Charrier": a list of names, no owner
                    body = max((x for x in range(k, j) if ws[x] in _BODY_WORDS), default=None) if head else None
                    if body is not None:  # the body's name is read whole: "Metropolitan Police| Commissioner"
                        head, k = head + ws[k:body + 1], body + 1
                    if len(head) == 1 and head[0] in _GENERIC_BODIES:
                        head, k = [], k - 1  # "House Speaker", "City Manager": which house or city, the text says elsewhere
                    if (len(ws) == 3 and k == 1 and head and head[0] in lexicon.first_names() and _name_word(ws[1])
                            and not _place(head[0])):
                        # a first name, a title that is also a name, a surname: "James Dean Bradfield",
                        # "John Singer Sargent" (not "Tory MP Jones", "Ariel Partner Sean Kelly")
                        return [], ws, None, False
                    owner = " ".join(head)  # "South Korean President X" -> South Korea
                    start = j + n
                    while start < len(ws) - 1 and ws[start] in lexicon.honorifics():
                        start += 1  # "Baron Oil CEO Dr Andy Butler": the honorific is no part of the name
                    place = lexicon.demonyms().get(owner) or lexicon.places().get(owner, owner) or None
                    return [" ".join(ws[k:j + n])], ws[start:], place, start > j + n
    return role, ws[i:], country, honorific


def _honorific_title(ws: list[str], i: int) -> bool:
    """An honorific that opens a title of two or three words before a name: "Lord Chancellor
    Lord Falconer", "Lord Chief Justice Jane Roe" (not "Lord Falconer")."""
    return any(is_title(" ".join(ws[i:i + n])) for n in (3, 2) if i + n < len(ws))


def _clerical(ws: list[str], i: int) -> bool:
    """A priest's "Father" before a full name, a first name and a surname: "Father Raymond
    Brenner" (not the kinship word, "Father Christmas", nor a first name alone, "Father Ray")."""
    return ws[i] == "Father" and len(ws) - i >= 3 and ws[i + 1] in lexicon.first_names()


# Honorifics written without a stop that only ever stand before a name, found inside a span:
# "Lib Dem Sir Archy Kirkwood", "Commenting Mr Macklin" (not "Dr", also a drive).
_BARE_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Sir", "Dame"})


def _party(owner: str) -> str | None:
    """A party written before a member's honorific: "Lib Dem Sir Archy Kirkwood"."""
    return owner if owner in resources.word_set("parties.txt", lower=False) else None


def _rank_inside(ws: list[str]) -> tuple[list[str], list[str], str | None, bool] | None:
    """A place, then an abbreviated rank, then the name: "Arizona Sen. John McCain" ->
    (["Senator"], [John, McCain], Arizona, True); the place only locates the office. So does an
    honorific written without a stop: "Lib Dem Sir Archy Kirkwood" -> ([], [Archy, Kirkwood], Lib Dem, True)."""
    if ws[0] in ("The", "A", "An"):
        return None  # "The Dr. Arthur Kezian Science Scholarship" is named after one
    for j in range(1, len(ws) - 1):
        w = ws[j]
        if (w.endswith(".") and (w in lexicon.honorifics() or w in lexicon.role_abbreviations())) or (
                w in _BARE_HONORIFICS and all(x[0].isupper() for x in ws[:j])):  # (not "the Terraces on Sir Tyler")
            owner = " ".join(ws[:j])
            place = lexicon.demonyms().get(owner) or lexicon.places().get(owner) or _party(owner)
            role = [lexicon.role_abbreviations()[w]] if w in lexicon.role_abbreviations() else []
            if not role and not place:  # "Emory Associate Professor Dr. Sandra Fryhofer"
                n = next((n for n in range(min(4, j), 0, -1) if is_title(" ".join(ws[j - n:j]))), 0)
                while 0 < n < j and (ws[j - n - 1] in _RANKS or ws[j - n - 1].lower() in TITLE_OPENERS):
                    n += 1  # "Associate Professor", "Chief Medical Correspondent"
                k = next((x for x in range(max(0, j - n - 2), j - n) if ws[x].lower() in TITLE_OPENERS), j - n)
                n = j - k
                if n:
                    role, head = [" ".join(ws[j - n:j])], " ".join(ws[:j - n])
                    place = lexicon.demonyms().get(head) or lexicon.places().get(head, head) or None
            k = j + 1
            while k < len(ws) - 1 and ws[k] in lexicon.honorifics():
                if role and ws[k] in lexicon.role_abbreviations():
                    role = [f"{role[-1]} {lexicon.role_abbreviations()[ws[k]]}"]  # "Texas Lt. Gov. X": Lieutenant Governor
                k += 1  # "Army Maj. Gen. Mari Eder"
            return role, ws[k:], place, True
    return None


# Words that end a body's name and may open a title too ("Police Chief", "Council Member"):
# before a title, with a name before them, they belong to the body ("City Council Speaker").
_BODY_WORDS = frozenset({"Police", "Council"})
# A body named by one word, which says what the role is, not whose: "House Speaker X".
_GENERIC_BODIES = frozenset({"House", "City", "Town", "County", "Village"})

# What ends a name and is no name alone: "Martin Luther King Jnr" (not King "Jnr" of "Martin Luther").
_GENERATIONS = frozenset({"Jr", "Jr.", "Jnr", "Jnr.", "Sr", "Sr.", "Snr", "Snr.", "II", "III", "IV"})

# Titles written capitalized mostly as part of a brand: "Boss Furniture" (but "Boss Steve Bruce").
_INFORMAL_TITLES = frozenset({"Boss"})

# Ranks before a title, part of the role: "Associate Transport Minister", "Assistant Commissioner".
_RANKS = frozenset({"Associate", "Assistant", "Junior", "Senior", "Acting", "Interim", "Former"})



def _qualifies_title(word: str) -> bool:
    """A common adjective or a kind of role that says what kind of title follows, not whose:
    "Political" of "BBC Political Correspondent", "Safety" of "CNN Safety Analyst", a rank
    ("Deputy National Security Adviser") (not
    "Labs" of "Acme Labs CEO", "Force" of "Air Force General")."""
    return word not in lexicon.org_words() and (role_kind(word) or word in _RANKS or word.lower() in TITLE_OPENERS or (
        _ADJECTIVE_END.search(word) is not None and common_word(word) and not lexicon.is_function_word(word)))


_ADJECTIVE_END = re.compile(r"(?:al|ive|ory|ic)$")


def _name_word(word: str) -> bool:
    """A word also written as a first name or a surname: "Dean", "Singer"."""
    return word in lexicon.first_names() or word.lower() in lexicon.surname_words()


def _place(name: str) -> bool:
    return name in lexicon.places() or name in lexicon.demonyms()


def _function_word(word: str) -> bool:
    """A function word that owns nothing, not an acronym: "Although", "You're" (but "US")."""
    return not word.isupper() and lexicon.is_function_word(word)


@functools.lru_cache(maxsize=16_384)  # the same spans recur sentence after sentence
def cached_split_prefix(span_text: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None, bool]:
    """`split_prefix` as tuples, remembered."""
    role, name, country, honorific = split_prefix(span_text)
    return tuple(role), tuple(name), country, honorific
