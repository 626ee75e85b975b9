"""Surnames alone: the words a text uses as a surname by itself ("Raman spent eleven years
...", named_again), which make a person of a full name whose first name no list knows
("Priya Raman", people_named_again), and the role an apposition or a copula gives a surname
alone, or an honorific and a surname ("said Cole, president of Regence", "Dr. Owens is a
dermatologist", surname_roles), for participants.py to give to the full name.

Its own module because these read the whole release, or hand a role on to a name found
elsewhere, where people.py reads one sentence's names.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .apposition import COPULAS, apposition, copula_role
from .names import looks_like_person, spans, words, written_in_lower_case
from .name_prefix import cached_split_prefix
from .people import LEAD_IN, PersonMention, holds_a_name, nation, person_from_span, said_before
from .person_names import DAYS
from .titles import has_title_head

# A surname alone opening a sentence and doing something: "Raman spent eleven years ...",
# "Courtois was forced to ...", "Putin this week called ...", "Kenteris, who won ...". A name whose first name is
# unknown is a person's when the text calls it by its last word so.
_NAMED_AGAIN = re.compile(
    r"[\"'“‘]?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,\s+who\s|\s+(?:(?:also|then|later|now|still|never|has|had|have|is|was|will|would|"
    r"could|can|did|does|this\s+week|on\s+\w+day)\s+)?(?:[a-z]+ed|said|says|told|tells|added|adds|won|wins|made|makes|"
    r"took|takes|went|goes|gave|gives|wrote|writes|is|was|has|had|will|would|believes|thinks|knows|spent|led|leads|"
    r"joined|joins|began|begins|became|becomes|left|leaves|met|meets|saw|sees|ran|runs|came|comes|got|gets)\b)")


def named_again(sentences: list[str], text: str) -> frozenset[str]:
    """The words that open a sentence as a surname alone does ("Raman spent ..."), leaving
    out places, common words and function words ("Britain is ...", "Today is ...")."""
    found = set()
    for sentence in sentences:
        m = _NAMED_AGAIN.match(sentence)
        if m:
            word = m.group(1)
            if not (word in lexicon.places() or word.lower() in lexicon.common_words() or lexicon.is_function_word(word)
                    or word in lexicon.org_words()
                    or word in lexicon.first_names() or word in lexicon.known_organizations() or word in _holidays()):
                found.add(word)
    if found:  # a word the text also writes in lower case is a thing's: "Copper rose", "copper prices"
        found = {w for w in found if not written_in_lower_case(w, text)}
    return frozenset(found)


@functools.cache
def _holidays() -> frozenset[str]:
    """Feasts that open a sentence as a surname does: "Christmas is a special time" (data/holidays.txt)."""
    return resources.word_set("holidays.txt", lower=False)


def people_named_again(sentence: str, quoted_block: bool, surnames: frozenset[str],
                       found: list[PersonMention]) -> list[PersonMention]:
    """Names in the sentence that no context made a person's but whose last word the text
    uses as a surname alone (see `named_again`): "Priya Raman", then "Raman spent ..."."""
    have = [m.name for m in found]
    out = []
    for s in spans(sentence):
        ws = s.text.split()
        if 2 <= len(ws) <= 3 and ws[-1] in surnames and not any(s.text.endswith(name) for name in have):
            m = person_from_span(s, sentence, quoted_block, confirmed=True)
            name = words(m.name) if m else []
            if len(name) >= 2 and _given_name_shape(name[0]) and not (
                    len(name) == 3 and name[1] in lexicon.first_names() and name[0] not in lexicon.first_names()):  # "Sack Jeremy Roe"
                out.append(m)
    return out


def _given_name_shape(word: str) -> bool:
    """A word that may be a first name with no list to say so: no common word, verb form or
    description glued before the name ("Sack Jeremy Clarkson", "Inmate Roe", "Co-pilot Roe")."""
    return (word.lower() not in lexicon.common_words() and not word.endswith(("ing", "ed", "ly"))
            and not lexicon.is_function_word(word) and word not in lexicon.org_words() and word not in lexicon.demonyms()
            and word.lower() not in lexicon.title_words() and word not in lexicon.honorifics()
            and all(part[:1].isupper() for part in word.split("-")))


def surname_roles(sentence: str) -> list[PersonMention]:
    """One-word mentions that an apposition gives a role, where a person stands: opening the
    sentence or after a speech verb ("said Cole, president of Regence."), or a copula opening
    the sentence ("Dr. Owens is a dermatologist in Prosper"). No person on their
    own (a one-word name is too often a body's); participants.py gives the role to the full name."""
    out = []
    lead = len(sentence) - len(sentence.lstrip(LEAD_IN))
    for s in spans(sentence):
        copula = s.start <= lead and sentence.startswith(COPULAS, s.end) and not s.possessive
        if s.possessive or not (copula or sentence.startswith(", ", s.end)):
            continue
        name = _honored_surname(s.text) if " " in s.text else s.text  # "Dr. Owens is a dermatologist"
        said = said_before(sentence[: s.start])
        if not name or not (said or s.start <= lead) or not looks_like_person(name, strong=True) or name in DAYS:
            continue
        role, org = copula_role(sentence[s.end:]) if copula else apposition(sentence[s.end:])
        if role and has_title_head(role) and not holds_a_name(role):
            out.append(PersonMention(name, role, nation(org) if org else None, strong=True, quoted=said))
    return out


def _honored_surname(text: str) -> str | None:
    """The surname of an honorific and a surname ("Dr. Owens" -> "Owens"), else None."""
    titles, name, _, honorific = cached_split_prefix(text)
    return name[0] if honorific and not titles and len(name) == 1 else None
