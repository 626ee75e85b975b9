"""Sentence and word splitting with nltk's Punkt and parameters shipped in the package.

nltk's `sent_tokenize` and `word_tokenize` need downloaded punkt data; we build
`PunktParameters` from our own data file instead and use the data-free
`NLTKWordTokenizer`, so the program works offline on a fresh machine.
"""
from __future__ import annotations

import functools

from . import resources


@functools.cache
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(resources.lines("abbreviations.txt"))
    return PunktSentenceTokenizer(params)


@functools.cache
def _word_tokenizer():
    from nltk.tokenize.destructive import NLTKWordTokenizer

    return NLTKWordTokenizer()


def split_sentences(text: str) -> list[str]:
    """Sentences of a cleaned text, each stripped: `split_sentences("Hi Mr. Li. Bye.")`."""
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        paragraph = " ".join(paragraph.split())
        if paragraph:
            out.extend(s.strip() for s in _punkt().tokenize(paragraph) if s.strip())
    return out


def split_words(sentence: str) -> list[str]:
    """Word tokens of one sentence, punctuation included: `split_words("It's 5.")`."""
    return _word_tokenizer().tokenize(sentence)
