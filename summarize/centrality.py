"""Sentence vectors and position-aware graph centrality (PACSUM), with numpy.

Sentences are TF-IDF vectors of stemmed content words, unit length, so a matrix product
gives every cosine at once. Centrality follows PACSUM (Zheng & Lapata 2019): edges below a
threshold are dropped, and an edge counts with weight `forward` when the neighbour comes
after the sentence and `backward` when it comes before, so a sentence that later ones
elaborate on ranks above one that only echoes earlier ones.

Cost: building vectors is linear in the words. The graph is n x n for up to `MAX_ROWS`
sentences; beyond that only `MAX_ROWS` candidate rows (the ones the caller ranks best on
cheap features) are scored against all n sentences, so time and memory grow linearly.
Vectors are kept sparse; a product is taken over only the terms its rows use, and terms
found in one sentence only are dropped (they never add to a cosine between two sentences).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MAX_ROWS = 200
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)?")  # _WORD on lower-cased ASCII text, faster


# Light English suffix stripping, in order: the first rule that applies wins.
# (suffix, replacement, shortest word it applies to): "policies" -> "policy", "talks" -> "talk".
_LIGHT_RULES = (
    ("sses", "ss", 5), ("ies", "y", 5), ("ss", "ss", 0), ("us", "us", 0), ("is", "is", 0),
    ("s", "", 4), ("ingly", "", 8), ("ing", "", 6), ("edly", "", 7), ("ed", "", 5), ("ly", "", 5),
)


def light_stem(word: str) -> str:
    """A fast, crude English stemmer for very long texts: `light_stem("repairs") == "repair"`."""
    for suffix, replacement, shortest in _LIGHT_RULES:
        if word.endswith(suffix) and len(word) >= shortest:
            return word[: len(word) - len(suffix)] + replacement
    return word


class StemTable(dict):
    """Each word's stem, or None for a word `tokens` leaves out (a stop word, one letter).

    Press releases repeat their vocabulary, so a word costs one dict lookup once seen
    instead of a length test, a stop-word test and a call; the table starts afresh when
    it reaches `limit` words.
    """

    def __init__(self, stem, stop_words, limit: int = 1 << 16):
        super().__init__()
        self.stem, self.stop_words, self.limit = stem, stop_words, limit

    def __missing__(self, word: str) -> str | None:
        if len(self) >= self.limit:
            self.clear()
        value = None if len(word) < 2 or word in self.stop_words else self.stem(word)
        self[word] = value
        return value


def tokens(text: str, stems: StemTable) -> list[str]:
    """Stemmed content words of a text (lower-cased, stop words and 1-letter words out)."""
    lower = text.lower()
    found = (_ASCII_WORD if lower.isascii() else _WORD).findall(lower)
    return [t for t in map(stems.__getitem__, found) if t is not None]


@dataclass(frozen=True)
class Vectors:
    """Unit TF-IDF sentence vectors kept sparse: entry k is `vals[k]` at (`rows[k]`, `cols[k]`).

    Only terms shared by two sentences or more are kept (norms are taken before dropping
    the others, so cosines are exact).
    """

    n: int
    rows: object  # numpy int arrays / float32 array, one entry per (sentence, term)
    cols: object
    vals: object
    n_terms: int

    def dense(self, terms=None):
        """The n x len(terms) matrix over the given term columns (default all)."""
        import numpy as np

        if terms is None:  # every column: the entries go straight in
            out = np.zeros((self.n, self.n_terms), dtype=np.float32)
            out[self.rows, self.cols] = self.vals
            return out
        col_of = np.full(self.n_terms, -1)
        col_of[terms] = np.arange(len(terms))
        keep = col_of[self.cols] >= 0
        out = np.zeros((self.n, len(terms)), dtype=np.float32)
        out[self.rows[keep], col_of[self.cols[keep]]] = self.vals[keep]
        return out


def vectors(token_lists: Sequence[Sequence[str]]) -> Vectors:
    """Sparse unit TF-IDF rows, one per sentence (log-scaled term counts, smoothed idf)."""
    import numpy as np

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for r, toks in enumerate(token_lists):
        rows.extend([r] * len(toks))
        cols.extend([vocab.setdefault(t, len(vocab)) for t in toks])
    n, size = len(token_lists), max(1, len(vocab))
    pair, counts = np.unique(np.asarray(rows, dtype=np.int64) * size + np.asarray(cols, dtype=np.int64), return_counts=True)
    prow, pcol = pair // size, pair % size
    df = np.bincount(pcol, minlength=size)
    weight = (1.0 + np.log(counts)) * (np.log((1.0 + n) / (1.0 + df)) + 1.0)[pcol]
    norms = np.sqrt(np.bincount(prow, weights=weight**2, minlength=n))
    keep = df[pcol] >= 2
    shared = np.flatnonzero(df >= 2)
    col_of = np.full(size, -1)
    col_of[shared] = np.arange(len(shared))
    return Vectors(
        n=n,
        rows=prow[keep],
        cols=col_of[pcol[keep]],
        vals=(weight[keep] / norms[prow[keep]]).astype(np.float32),
        n_terms=len(shared),
    )


def similarity(vecs: Vectors, rows=None):
    """Cosines of `rows` (default all) against every sentence, self-similarity zeroed.

    One matrix product over the terms the given rows use: other terms add nothing to
    their cosines, so the product stays narrow however long the text.
    """
    import numpy as np

    rows = np.arange(vecs.n) if rows is None else np.asarray(rows)
    if len(rows) == vecs.n and np.bincount(rows, minlength=vecs.n).all():
        dense = vecs.dense()  # every sentence uses, together, every (shared) term
    else:
        dense = vecs.dense(np.unique(vecs.cols[np.isin(vecs.rows, rows)]))
    sim = dense[rows] @ dense.T
    sim[np.arange(len(rows)), rows] = 0.0
    return sim


def pacsum(vecs: Vectors, rows=None, threshold: float = 0.3, forward: float = 1.0, backward: float = -0.5):
    """Directed centrality of each row in [0, 1]: `forward * sum(later edges) + backward * sum(earlier)`.

    `threshold` is the share of the way from the smallest to the largest cosine below which
    an edge is dropped (PACSUM's beta). Rows not asked for get 0.
    """
    import numpy as np

    n = vecs.n
    out = np.zeros(n)
    if n < 2 or vecs.n_terms == 0:
        return out
    rows = np.arange(n) if rows is None else np.asarray(rows)
    sim = similarity(vecs, rows)
    low, high = float(sim.min()), float(sim.max())
    edges = np.maximum(sim - (low + threshold * (high - low)), 0.0)
    later = np.arange(n)[None, :] > rows[:, None]
    raw = forward * (edges * later).sum(axis=1) + backward * (edges * ~later).sum(axis=1)
    span = raw.max() - raw.min()
    out[rows] = (raw - raw.min()) / span if span > 0 else 0.0
    return out
