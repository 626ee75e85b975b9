"""The scorer interface, and the choice of key points from scores for a given length.

Kept apart from the registry in `score` so that scorers in their own modules (`rank`)
build on it without an import cycle.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .models import Document, Sentence


@dataclass(frozen=True)
class Length:
    """How long a summary should be: at most one of the three is set."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None


DEFAULT_SENTENCES = 3


def word_count(text: str) -> int:
    return len(text.split())


class Scorer:
    """Base scorer: subclasses set `name` and implement `score`."""

    name = "base"
    language = "english"

    def __init__(self, language: str = "english"):
        self.language = language

    def score(self, sentences: Sequence[Sentence], document: Document) -> list[float]:
        raise NotImplementedError

    def parts(self, sentences: Sequence[Sentence], document: Document) -> list[dict[str, float]]:
        """Each sentence's score broken into named parts, for `--explain`."""
        return [{self.name: s} for s in self.score(sentences, document)]

    def select(self, sentences: Sequence[Sentence], scores: Sequence[float], length: Length) -> list[int]:
        """Indices of the chosen sentences, in document order."""
        return select_top(sentences, scores, length)


def limit_for(length: Length, total: int) -> int | None:
    """The number of key points a length asks for; None when it is a word budget."""
    if length.words is not None:
        return None
    if length.ratio is not None:
        return min(total, max(1, round(length.ratio * total)))
    return min(total, length.sentences if length.sentences is not None else DEFAULT_SENTENCES)


def select_top(sentences: Sequence[Sentence], scores: Sequence[float], length: Length) -> list[int]:
    """Best-scored sentences (ties to the earlier one) that fit `length`, in document order."""
    ranked = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    limit = limit_for(length, len(sentences))
    if limit is not None:
        return sorted(ranked[:limit])
    chosen, used = [], 0
    for i in ranked:  # a word budget: every whole point that still fits, best first
        n = word_count(sentences[i].text)
        if used + n <= length.words:
            chosen.append(i)
            used += n
    return sorted(chosen)
