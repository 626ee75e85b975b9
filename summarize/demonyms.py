"""Demonyms in the text: the country "Azerbaijani forces" names, and the demonyms that name
none, a language ("German subtitles", "fluent in Spanish") or a thing ("Swiss cheese")."""
from __future__ import annotations

import re

from . import lexicon, resources
from .names import Span


def names_language(span: Span, sentence: str) -> bool:
    """A demonym that names a language, no country: "Spanish-speaking", "German subtitles",
    "fluent in Spanish", "in Italian, Spanish, or French." (not "in British politics")."""
    if _LANGUAGE_NOUN.match(sentence, span.end):
        return True
    if not _LANGUAGE_CUE.search(sentence, 0, span.start):
        return False
    after = sentence[_LIST_REST.match(sentence, span.end).end():]
    if _LANGUAGE_NOUN.match(after):
        return True  # "in Spanish and English versions"
    word = _WORD_AFTER.match(after)
    return not word or not word.group(1) and lexicon.is_function_word(word.group(2))


# "Spanish-language", "German speakers", "French subtitles", "the Japanese version"
_LANGUAGE_NOUN = re.compile(r"[\s-](?:language|languages|speaking|speakers?|subtitles|subtitled|captions|dubbed|translations?|versions?)\b")
# "speaking French", "fluent in Spanish", "translated into Turkish", "in eight languages: English, Korean and" (the
# demonym, maybe after other capitalized list items)
# ("in both English and Spanish", "9 languages (including English, Japanese", "in English (site.org) and Spanish")
_LANGUAGE_CUE = re.compile(r"\b(?:in|into|speak|speaks|spoke|speaking|learn|learning|languages?)\s*[:—–-]?\s*"
                           r"(?:both\s+|either\s+|\((?:including\s+)?)?"
                           r"(?:[A-Z][a-z]+(?:\s+\([^()]{1,60}\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$")
# the list after it: "Spanish, Japanese, or French"
_LIST_REST = re.compile(r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][a-z]+)*")
# the lower-case word after the list, if any: "in British and other media", "in Spanish in order to"
# ("and" before a preposition joins another phrase: "in Portuguese and in French")
_WORD_AFTER = re.compile(r"\s+((?:and|or)\s+(?!(?:in|into|to|for|with|at|on|by)\b))?([a-z]+)")


def demonym_country(span: Span, sentence: str) -> str | None:
    """The country a demonym span stands for, unless it names a language ("German subtitles"),
    opens a set phrase that names a thing ("Swiss cheese", "French fries", "Indian summer") or
    names a style ("German design", "Italian-inspired dishes")."""
    if names_language(span, sentence):
        return None
    nxt = _NEXT_WORD.match(sentence, span.end)
    if nxt and (f"{span.text} {nxt.group(1)}".lower() in resources.word_set("demonym_phrases.txt")
                or nxt.group(1).lower() in resources.word_set("demonym_style_nouns.txt")
                and not _FIRM_AFTER.match(sentence, nxt.end())):
        return None  # "Swiss cheese"; a style: "German design", "Italian-inspired", "Japanese cuisine"
    return lexicon.demonyms().get(span.text)


# A firm after the style noun, within a few words, keeps the country: "the Italian design house
# Pininfarina", "Indian engineering services provider Infosys", "Swiss precision engineering company".
_FIRM_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:house|houses|firm|firms|company|companies|studio|studios|agency|group|"
                         r"brand|school|provider|maker|makers|manufacturer|giant|conglomerate|specialist)\b")
_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+)")  # "cheese" in "Swiss cheese", "fries" in "French-fries"
