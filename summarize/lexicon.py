"""Word lists the participants extractor reads, loaded once and shaped for lookup.

All knowledge lives in summarize/data/ (titles, organization words, places, demonyms,
first names, common words); this module only builds sets, maps and regexes from it.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from . import resources


def _longest_first(name: str) -> tuple[str, ...]:
    """A word list with longer entries first, so an alternation prefers "Foreign Minister"."""
    return tuple(sorted(resources.lines(name), key=len, reverse=True))


@functools.cache
def titles() -> tuple[str, ...]:
    """Titles, longest first, so "Foreign Minister" wins over "Minister"; with the offices
    of each government portfolio ("Defence Secretary", "Shadow Health Secretary") and an
    orchestra's first chairs ("Principal Cello")."""
    offices = [f"{p} {office}" for p in resources.lines("portfolios.txt")
               for office in ("Secretary", "Minister", "Commissioner")]
    offices += [f"Shadow {p} Secretary" for p in resources.lines("portfolios.txt")]
    entries = dict.fromkeys([*resources.lines("titles.txt"), *offices, *resources.lines("orchestra_chairs.txt")])
    return tuple(sorted(entries, key=len, reverse=True))


# Words of titles that read as a role only inside the title: "Home Secretary", but not
# "who designed the entire home"; "First Minister", but not "Members First of Maryland".
_NOT_ROLE_WORDS = frozenset({"home", "first", "of", "and", "the", "for", "to", "at",  # "Secretary of State"
                             "back", "half", "full", "right", "left", "centre", "fly", "scrum"})  # "Fly-half", "Right-back"


@functools.cache
def title_words() -> frozenset[str]:
    """Every word of every title in titles.txt, lower-cased: a phrase holding one reads as a
    role (portfolio words do not: "Forum Health CEO")."""
    words = {w.lower() for t in resources.lines("titles.txt") for w in re.split(r"[\s-]+", t)}
    # an orchestra chair's words but its instrument ("Associate Concertmaster"; not "Viola")
    lower_titles = {t.lower() for t in titles()}
    for chair in resources.lines("orchestra_chairs.txt"):
        *rest, last = re.split(r"[\s-]+", chair.lower())
        words.update(rest if last not in lower_titles else (*rest, last))
    return frozenset(words) - _NOT_ROLE_WORDS


@functools.cache
def title_pattern() -> str:
    """Regex alternation of titles (case-insensitive use)."""
    return "|".join(re.escape(t) for t in titles())


@functools.cache
def honorifics() -> frozenset[str]:
    return resources.word_set("honorifics.txt", lower=False)


@functools.cache
def role_abbreviations() -> dict[str, str]:
    """Short titles before a surname and the role they stand for: FM -> Foreign Minister."""
    return dict(_pairs("role_abbreviations.txt", "="))


@functools.cache
def imperatives() -> frozenset[str]:
    """Verbs that open a call to action: "Join", "Explore", "Download"."""
    return resources.word_set("imperatives.txt")


@functools.cache
def headline_verbs() -> frozenset[str]:
    """Verbs a title-case headline puts between two names: "Updates", "Acquires"."""
    return resources.word_set("headline_verbs.txt")


@functools.cache
def person_ties() -> frozenset[str]:
    """Words for what one is to a person, which no body holds: "lawyer", "spokesman", "wife",
    "romantic partner" (personal_roles.txt and kinship_words.txt)."""
    return resources.word_set("personal_roles.txt") | resources.word_set("kinship_words.txt")


@functools.cache
def org_words() -> frozenset[str]:
    return resources.word_set("org_words.txt", lower=False)


@functools.cache
def org_kinds() -> tuple[str, ...]:
    """Nouns for kinds of organization, longest first: "brands", "key players"."""
    return _longest_first("org_kinds.txt")


@functools.cache
def legal_suffixes() -> tuple[str, ...]:
    return _longest_first("legal_suffixes.txt")


# Sentence starters kept at the head of a name: articles that belong to names ("The Walt
# Disney Company", "An Post"), "All" ("All Nippon Airways"), and question words, which open
# headings run into the text ("How Acme Is Changing Care"), not a sentence about a name.
QUESTION_WORDS = frozenset({"how", "what", "why", "where", "who", "which", "whose"})
_KEPT_STARTERS = frozenset({"the", "a", "an", "all"}) | QUESTION_WORDS


@functools.cache
def openers() -> frozenset[str]:
    """Closed-class words that, capitalized at a sentence start, are glued to the name after
    them but are not part of it: "After", "But", "For", "In" (lower case). Not the headings'
    list (`headings.heading_openers`): that one adds open-class words that open a sentence
    after a heading ("Founded", "Located", "Many") but begin names too ("Many Hands Trust"),
    and keeps the articles and question words, which names keep here."""
    return resources.word_set("sentence_starters.txt") - _KEPT_STARTERS


@functools.cache
def stop_words() -> frozenset[str]:
    """English function words (sumy's list, the scorer's too): "said", "however", "we"."""
    from .sumy_bridge import stop_words as sumy_stop_words

    return sumy_stop_words("english")


_CONTRACTIONS = ("re", "ve", "d", "ll", "m", "s", "t")


@functools.lru_cache(maxsize=16_384)  # asked for every word of every name, and names come back
def is_function_word(word: str) -> bool:
    """A function word or a sentence starter, or one with a contraction: "However",
    "Additionally", "We're"; never part of a name (though "O'Leary" is)."""
    lower = word.lower().replace("’", "'")
    if lower in stop_words():  # "isn't" is listed whole
        return True
    head, _, tail = lower.partition("'")
    return (head in stop_words() or head in openers()) and (not tail or tail in _CONTRACTIONS)


@functools.cache
def not_org_heads() -> frozenset[str]:
    return resources.word_set("not_org_heads.txt", lower=False)


@functools.cache
def exchanges() -> tuple[str, ...]:
    return _longest_first("exchanges.txt")


@functools.cache
def wire_services() -> frozenset[str]:
    return resources.word_set("wire_services.txt")


@functools.cache
def known_organizations() -> dict[str, tuple[str, ...]]:
    """Organization name -> aliases, for well-known bodies that no pattern finds."""
    return {name: tuple(a.strip() for a in aliases.split(",") if a.strip())
            for name, aliases in _pairs("known_organizations.txt", "=")}


@functools.cache
def known_organization_aliases() -> dict[str, str]:
    """Alias -> the first well-known organization it stands for."""
    out: dict[str, str] = {}
    for name, aliases in known_organizations().items():
        for alias in aliases:
            out.setdefault(alias, name)
    return out


@functools.cache
def first_names() -> frozenset[str]:
    """The US census's first names and, beside them, those of other countries."""
    return resources.word_set("first_names.txt", lower=False) | resources.word_set("world_first_names.txt", lower=False)


@functools.cache
def body_nouns() -> frozenset[str]:
    """Nouns that make an apposition describe a body, not a person ("a family-owned business")."""
    return resources.word_set("body_nouns.txt")


@functools.cache
def surname_words() -> frozenset[str]:
    """Common words that are frequent surnames too ("singer", "do", "small")."""
    return resources.word_set("surname_words.txt")


@functools.cache
def technology_qualifiers() -> frozenset[str]:
    return resources.word_set("technology_qualifiers.txt", lower=False)


@functools.cache
def non_names() -> frozenset[str]:
    return resources.word_set("non_names.txt", lower=False)


@functools.cache
def common_words() -> frozenset[str]:
    return resources.word_set("common_words.txt")


@functools.cache
def org_openers() -> frozenset[str]:
    """Words that open an organization's name, never a person's: "National", "House"."""
    return resources.word_set("org_openers.txt", lower=False)


@functools.cache
def peoples() -> frozenset[str]:
    """Peoples, faiths and scriptures: "Christians", "Islam" (no organization)."""
    return resources.word_set("peoples.txt", lower=False)


@functools.cache
def demonyms() -> dict[str, str]:
    """Demonym -> country: Palestinian -> Palestine."""
    return dict(_pairs("demonyms.txt", ":"))


@functools.cache
def places() -> dict[str, str]:
    """Every known way of writing a place -> the place as reported."""
    data = resources.json_data("places.json")
    out: dict[str, str] = {}
    for group in ("cities",):
        for name in data[group]:
            out[name] = name
    for name in resources.lines("capitals.txt"):  # "Tunis", "Helsinki": too small for the city list
        out[name] = name
    for group in ("subdivisions", "countries"):
        for name, aliases in data[group].items():
            out[name] = name
            for alias in aliases:
                if len(alias) > 2:  # postal codes only count after a city: see state_codes
                    out[alias] = name
    for alias, name in _pairs("place_aliases.txt", "="):
        out[alias] = name
    for name in data["cities"]:  # "Montreal", "Sao Paulo": cities written without accents
        if not name.isascii():
            plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            out.setdefault(plain, plain)
    return out


@functools.cache
def countries() -> frozenset[str]:
    data = resources.json_data("places.json")
    return frozenset(data["countries"]) | frozenset(demonyms().values())


@functools.cache
def subdivisions() -> frozenset[str]:
    """States, provinces and the nations of the UK: what may follow "City, "."""
    return frozenset(resources.json_data("places.json")["subdivisions"])


@functools.cache
def state_codes() -> dict[str, str]:
    """Postal codes and news-style abbreviations of states and provinces: TX -> Texas,
    Minn. -> Minnesota (read only after "City, ")."""
    data = resources.json_data("places.json")
    codes = {a: name for name, aliases in data["subdivisions"].items() for a in aliases if len(a) == 2}
    return codes | dict(_pairs("state_abbreviations.txt", "="))


@functools.cache
def nicknames() -> frozenset[tuple[str, str]]:
    """(short, full) first names, lower-cased: ("bob", "robert")."""
    return frozenset((short.lower(), full.strip().lower()) for short, fulls in _pairs("nicknames.txt", "=")
                     for full in fulls.split(","))


def _pairs(name: str, sep: str) -> list[tuple[str, str]]:
    out = []
    for line in resources.lines(name):
        left, _, right = line.partition(sep)
        out.append((left.strip(), right.strip()))
    return out
