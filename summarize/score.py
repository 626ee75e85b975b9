"""Sentence scorers behind `--algorithm`, and the choice of key points from their scores.

Every scorer answers `score(sentences, document) -> list[float]` (higher is better) and
may refine `select` (for example to avoid redundant points). sumy's algorithms are
wrapped so that their ratings, not only their picks, are visible.
"""
from __future__ import annotations

import math
import warnings

from . import choices
from .rank import PressScorer
from .scorer import DEFAULT_SENTENCES, Length, Scorer, limit_for, select_top, word_count  # noqa: F401 (re-exported)


class Lead(Scorer):
    """The first sentences: the inverted-pyramid baseline."""

    name = "lead"

    def score(self, sentences, document):
        return [-float(s.index) for s in sentences]


class SumyScorer(Scorer):
    """A sumy summarizer's own ratings of every sentence."""

    summarizer_path = ""  # "module:Class" inside sumy.summarizers

    def _summarizer(self):
        import importlib

        from .sumy_bridge import stemmer, stop_words

        module, cls_name = self.summarizer_path.split(":")
        cls = getattr(importlib.import_module(f"sumy.summarizers.{module}"), cls_name)
        captured = {}

        class Capturing(cls):
            # sumy computes ratings, then keeps only the top ones; catching them here
            # gives every sentence a score without re-implementing the algorithm.
            def _get_best_sentences(self, sentences, count, rating, *args, **kwargs):
                captured.update(sentences=sentences, rating=rating, args=args, kwargs=kwargs)
                return ()

        summarizer = Capturing(stemmer(self.language))
        summarizer.stop_words = stop_words(self.language)
        return summarizer, captured

    def score(self, sentences, document):
        from .sumy_bridge import to_sumy

        if not sentences:
            return []
        summarizer, captured = self._summarizer()
        with warnings.catch_warnings():
            # sumy's numpy code divides by zero on texts made only of stop words (NaN ratings);
            # those become 0 below instead of a RuntimeWarning on the user's terminal.
            warnings.simplefilter("ignore")
            summarizer(to_sumy(sentences, self.language), len(sentences))
            if "rating" not in captured:  # sumy gave up early: no word it could use (only stop words)
                return [0.0] * len(sentences)
            rating = captured["rating"]
            rate = rating.__getitem__ if isinstance(rating, dict) else rating
            scores = [float(rate(s, *captured["args"], **captured["kwargs"])) for s in captured["sentences"]]
        return [x if math.isfinite(x) else 0.0 for x in scores]


def _sumy(name: str, path: str) -> type[SumyScorer]:
    return type(f"Sumy{name.title()}", (SumyScorer,), {"name": name, "summarizer_path": path})


ALGORITHMS: dict[str, type[Scorer]] = {
    "press": PressScorer,
    "lead": Lead,
    "lexrank": _sumy("lexrank", "lex_rank:LexRankSummarizer"),
    "textrank": _sumy("textrank", "text_rank:TextRankSummarizer"),
    "lsa": _sumy("lsa", "lsa:LsaSummarizer"),
    "luhn": _sumy("luhn", "luhn:LuhnSummarizer"),
    "kl": _sumy("kl", "kl:KLSummarizer"),
    "sumbasic": _sumy("sumbasic", "sum_basic:SumBasicSummarizer"),
    "reduction": _sumy("reduction", "reduction:ReductionSummarizer"),
}
DEFAULT_ALGORITHM = choices.DEFAULT_ALGORITHM


def get_scorer(name: str, language: str = "english") -> Scorer:
    """The scorer registered as `name`."""
    from .errors import UsageError

    try:
        return ALGORITHMS[name](language)
    except KeyError:
        raise UsageError(f"unknown algorithm {name!r}; choose from {', '.join(ALGORITHMS)}") from None
