"""Folding the other forms a release writes of one organization's name into its entry.

A release names one body several ways: with words glued before its name ("Talent Development
Schroder Investment Management"), its head cut off ("Police Department" for the "Ferguson
Police Department"), its first words as initials ("CF Foundation"), as a bare acronym ("ACB"
for the "American Council of the Blind"), or by an acronym it defines for a name found
otherwise ("Humane Society Silicon Valley (HSSV)"). Each would otherwise be listed as an
organization of its own. Kept apart from release_orgs.py, which gathers and weighs the
mentions: these read only the merged names against each other.
"""
from __future__ import annotations

import re

from . import lexicon
from .names import key, strip_suffix, word_starts, words
from .org_aliases import initials
from .org_merge import short_for
from .org_names import OrgMention


def fold_variants(orgs: dict[str, set[str]], texts: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """The release's organizations with every glued, cut, initialed or spelled form of a name
    folded into it as an alias (see the _fold_* functions below); `texts`, the release's sentences."""
    return _fold_spelled_acronyms(_fold_initialed_heads(_fold_cut_heads(_fold_glued_prefixes(orgs))), texts)


def with_defined_aliases(orgs: dict[str, set[str]], definitions: list[OrgMention]) -> dict[str, set[str]]:
    """The acronyms a release defines for organizations found otherwise, as their aliases:
    "Humane Society Silicon Valley (HSSV)", whose name has no org word; an organization
    found under the acronym alone is the same one."""
    out = {n: set(a) for n, a in orgs.items()}
    keys = {key(x): n for n, a in out.items() for x in (n, *a)}
    for d in definitions:
        target = keys.get(key(d.name))
        for alias in d.aliases if target else ():
            other = keys.get(key(alias))
            if other is None:
                out[target].add(alias)
                keys[key(alias)] = target
            elif other != target and not out[other]:
                out[target] |= out.pop(other) | {other}  # "HSSV" found on its own
                keys[key(alias)] = target
    return out


def _fold_glued_prefixes(orgs: dict[str, set[str]]) -> dict[str, set[str]]:
    """A name that is another one with common words glued before it (a list label or a
    heading: "Talent Development Schroder Investment Management") is that organization."""
    out = {n: set(a) for n, a in orgs.items()}
    for name in sorted(orgs, key=lambda n: -len(n)):
        ws = words(name)
        for other in orgs:
            if other == name or other not in out or name not in out:
                continue
            ow = words(other)
            if ((len(ws) > len(ow) >= 2 and ws[-len(ow):] == ow
                 and not all(w.lower() in lexicon.common_words() for w in ow) and _glued(ws[:-len(ow)]))
                    or _alias_glued(ws, other, orgs[other])):
                out[other] |= out.pop(name) | {name}
                break
    return out


def _fold_cut_heads(orgs: dict[str, set[str]]) -> dict[str, set[str]]:
    """A name of ordinary words only that ends one other organization of the release, whose
    words before it are a name's, is that organization with its head cut off: "Police
    Department" beside the "Ferguson Police Department", "Heart Association" beside the
    "American Heart Association" (not "School of Medicine" beside two schools)."""
    common, org = lexicon.common_words(), lexicon.org_words()
    out = {n: set(a) for n, a in orgs.items()}
    for name in orgs:
        ws = words(name)
        if len(ws) < 2 or not all(w.lower() in common or w in org or lexicon.is_function_word(w) for w in ws):
            continue
        longer = [o for o in orgs if o.endswith(" " + name) and len(ow := words(o)) > len(ws) and ow[-len(ws):] == ws]
        head = words(longer[0])[:-len(ws)] if len(longer) == 1 else []
        if (head and longer[0] in out and not all(w.lower() in common or lexicon.is_function_word(w) for w in head)
                and not any(w[0].islower() or _LOWER_PART.search(w) for w in head)):
            out[longer[0]] |= out.pop(name) | {name}  # (not "Global Supply Chain for ITS Logistics", "AI-driven Legal Tech")
    return out


def _fold_initialed_heads(orgs: dict[str, set[str]]) -> dict[str, set[str]]:
    """A name opening on the initials of another organization's first words, the rest the
    same, is that organization: "CF Foundation" for the "Cystic Fibrosis Foundation", "NH
    Bar Association" for the "New Hampshire Bar Association"."""
    out = {n: set(a) for n, a in orgs.items()}
    for name in orgs:
        first, _, rest = name.partition(" ")
        if not rest or not _INITIALS.fullmatch(first):
            continue  # (most names open on no initials: no need to read the others)
        for other in orgs:
            if other != name and other in out and name in out and other.endswith(" " + rest):
                head = other[: -len(rest) - 1].split()
                if "".join(w[0] for w in head if w[0].isupper()) == first:
                    out[other] |= out.pop(name) | {name}
                    break
    return out


_INITIALS = re.compile(r"[A-Z]{2,6}")


def _fold_spelled_acronyms(orgs: dict[str, set[str]], texts: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """An acronym found as a name of its own that spells the initials of one other organization
    of the release, with no definition in parentheses to say so, is that organization: "ACB"
    ("Jane Roe, president of ACB") beside the "American Council of the Blind", "QIC" beside
    "Quantum Intelligence Corp."."""
    out = {n: set(a) for n, a in orgs.items()}
    for name in orgs:
        if not _ACRONYM.fullmatch(name):
            continue  # (most names are no acronym: no need to read the others)
        spelled = [o for o in orgs if o != name and name in _spellings(o)]
        if len(spelled) == 1 and spelled[0] in out and name in out and not _side_by_side(name, spelled[0], texts):
            out[spelled[0]] |= out.pop(name) | {name}
    return out


def _side_by_side(acronym: str, name: str, texts: tuple[str, ...]) -> bool:
    """A sentence names both, the acronym not in brackets after the name: two bodies whose
    initials happen to match ("Apex Micro Devices announced a partnership with AMD")."""
    return any(f"({acronym})" not in text and next(word_starts(acronym, text), -1) >= 0
               and next(word_starts(name, text), -1) >= 0 for text in texts)


_ACRONYM = re.compile(r"[A-Z]{3,6}")


def listed_as(name: str, orgs: dict[str, set[str]]) -> str | None:
    """The organization of `orgs` that `name` stands for, by a short form or by the initials it
    spells, or None: an affiliation "RedHill" or "WRU" is the "RedHill Biopharma Ltd." or
    the "Welsh Rugby Union" the release lists, no body of its own."""
    if _ACRONYM.fullmatch(name):
        spelled = [o for o in orgs if name in _spellings(o)]
        if len(spelled) == 1:
            return spelled[0]
    # (not a name in capitals before more words: a parent's, "NFL" of the "NFL Players Association")
    return short_for(orgs, name) if not name.isupper() else None


def _spellings(name: str) -> set[str]:
    """The name's initials, its capitalized words' first letters, with its legal suffix and without:
    "QIC" and "QI" of "Quantum Intelligence Corp.", "ACB" of "American Council of the Blind"."""
    return {initials(words(n), "caps_first") for n in (name, strip_suffix(name)) if n}


_LOWER_PART = re.compile(r"-[a-z]")  # "AI-driven": a description's word


def _glued(ws: list[str]) -> bool:
    """Words glued before a name that name nothing of their own: ordinary words, two at
    least (a heading's: "Talent Development"), small words ("No", "Several", "Whilst the"),
    or a board of the body and a small word ("Supervisory Board of", "Board of Directors of
    the", "Partner on"; not "Youth Innovation Promotion Association of", a body of its own)."""
    common = lexicon.common_words()
    if len(ws) == 1 and ws[0].lower() in _DETERMINERS:
        return False  # an article or an owner may open a name: "A Prosperous Tomorrow", "Our Family Office"
    if (len(ws) >= 2 and all(w.lower() in common for w in ws)) or all(lexicon.is_function_word(w) for w in ws):
        return True
    return lexicon.is_function_word(ws[-1]) and all(
        w in _GLUED_BODIES or lexicon.is_function_word(w) or (w.lower() in common and w not in lexicon.org_words())
        for w in ws)


_DETERMINERS = frozenset({"a", "an", "the", "our", "my", "your", "their", "its", "his", "her"})
# What names a body's board or a role in it, glued before the body's name: "Board of Directors of".
_GLUED_BODIES = frozenset({"Board", "Directors", "Trustees", "Governors", "Supervisory", "Advisory", "Division", "Partner"})


def _alias_glued(ws: list[str], other: str, aliases: set[str]) -> bool:
    """The name is the other one's acronym before its name: "AIT Avalon International
    Telecom" is "Avalon International Telecom Inc." ("AIT")."""
    if not aliases:
        return False  # (most names have none: no need to read the name)
    ow = words(strip_suffix(other))
    return (len(ow) >= 2 and len(ws) > len(ow) and ws[-len(ow):] == ow
            and " ".join(ws[:-len(ow)]) in aliases)
