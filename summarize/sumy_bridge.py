"""Our sentences in sumy's document model, with our tokenizer.

sumy's own `Tokenizer` loads downloaded punkt data; this bridge hands sumy sentences we
split ourselves and a word tokenizer that needs no data.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

from .models import Sentence
from .split import split_sentences, split_words


class Tokenizer:
    """The two methods sumy calls on a tokenizer, answered without downloaded data."""

    def __init__(self, language: str = "english"):
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        # sumy expects word tokens only: punctuation tokens would count as words.
        return tuple(w for w in split_words(sentence) if any(c.isalnum() for c in w))


def to_sumy(sentences: Sequence[Sentence], language: str = "english"):
    """A sumy `ObjectDocumentModel` with one sumy paragraph per block."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = Tokenizer(language)
    paragraphs: list[list] = []
    last_block = None
    for sentence in sentences:
        if sentence.block != last_block:
            paragraphs.append([])
            last_block = sentence.block
        paragraphs[-1].append(SumySentence(sentence.text, tokenizer, sentence.is_heading))
    return ObjectDocumentModel(tuple(Paragraph(p) for p in paragraphs))


# Words stemmed per process: press releases repeat their vocabulary, and Snowball's
# `stem` is the costliest call of scoring, so each distinct word is stemmed once.
_STEM_CACHE_SIZE = 1 << 16


@functools.cache
def stemmer(language: str = "english"):
    """sumy's stemmer for `language` (nltk's Snowball one where there is one), memoized.

    The Snowball class is taken from nltk directly, as sumy's `Stemmer` does, because
    importing `sumy.nlp.stemmers` imports `sumy.utils` and with it `requests` (~100 ms).
    """
    name = language.lower()
    if name in ("english", "danish", "dutch", "finnish", "french", "german", "hungarian", "italian",
                "norwegian", "portuguese", "romanian", "russian", "spanish", "swedish", "arabic"):
        import nltk.stem.snowball as snowball

        stem = getattr(snowball, name.capitalize() + "Stemmer")().stem
    else:
        from sumy.nlp.stemmers import Stemmer

        stem = Stemmer(language)
    return functools.lru_cache(maxsize=_STEM_CACHE_SIZE)(stem)


@functools.cache
def stop_words(language: str = "english") -> frozenset[str]:
    """sumy's stop words, read from sumy's own data file (as `sumy.utils.get_stop_words` does)."""
    import pkgutil

    try:
        data = pkgutil.get_data("sumy", f"data/stopwords/{language.lower()}.txt")
    except OSError:
        data = None
    if data is None:  # a language code such as "en": let sumy resolve it
        from sumy.utils import get_stop_words

        return frozenset(get_stop_words(language))
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)
