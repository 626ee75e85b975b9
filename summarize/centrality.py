"""Sentence vectors and position-aware graph centrality (PACSUM), with numpy.

Sentences are TF-IDF vectors of stemmed content words, unit length, so a matrix product
gives every cosine at once. Centrality follows PACSUM (Zheng & Lapata 2019): edges below a
threshold are dropped, and an edge counts with weight `forward` when the neighbour comes
after the sentence and `backward` when it comes before, so a sentence that later ones
elaborate on ranks above one that only echoes earlier ones.

Cost: building vectors is linear in the words. The graph is n x n for up to `MAX_ROWS`
sentences; beyond that only `MAX_ROWS` candidate rows (the ones the caller ranks best on
cheap features) are scored against all n sentences, so time and memory grow linearly.
Terms that occur in one sentence only are dropped after the norms are taken: they never
contribute to a cosine between two different sentences, and dropping them keeps the
matrices narrow.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

MAX_ROWS = 400
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


def tokens(text: str, stem, stop_words) -> list[str]:
    """Stemmed content words of a text (lower-cased, stop words and 1-letter words out)."""
    out = []
    for w in _WORD.findall(text.lower()):
        if len(w) > 1 and w not in stop_words:
            out.append(stem(w))
    return out


def vectors(token_lists: Sequence[Sequence[str]]):
    """Unit TF-IDF rows (float32), one per sentence, over terms shared by two sentences or more."""
    import numpy as np

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for r, toks in enumerate(token_lists):
        for t in toks:
            rows.append(r)
            cols.append(vocab.setdefault(t, len(vocab)))
    n = len(token_lists)
    if not vocab:
        return np.zeros((n, 0), dtype=np.float32)
    rows_a, cols_a = np.asarray(rows), np.asarray(cols)
    tf = np.zeros((n, len(vocab)), dtype=np.float32) if n * len(vocab) <= 4_000_000 else None
    if tf is None:  # long text: count (row, term) pairs without a dense n x V matrix
        pair, counts = np.unique(rows_a.astype(np.int64) * len(vocab) + cols_a, return_counts=True)
        prow, pcol = pair // len(vocab), pair % len(vocab)
    else:
        np.add.at(tf, (rows_a, cols_a), 1.0)
        prow, pcol = np.nonzero(tf)
        counts = tf[prow, pcol]
    df = np.bincount(pcol, minlength=len(vocab))
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    weight = (1.0 + np.log(counts)) * idf[pcol]
    norms = np.sqrt(np.bincount(prow, weights=weight**2, minlength=n))
    keep = df[pcol] >= 2
    shared = np.flatnonzero(df >= 2)
    col_of = np.full(len(vocab), -1)
    col_of[shared] = np.arange(len(shared))
    out = np.zeros((n, len(shared)), dtype=np.float32)
    safe = np.where(norms > 0, norms, 1.0)
    out[prow[keep], col_of[pcol[keep]]] = weight[keep] / safe[prow[keep]]
    return out


def similarity(vecs, rows=None):
    """Cosines of `rows` (default all) against every sentence, self-similarity zeroed."""
    import numpy as np

    rows = np.arange(len(vecs)) if rows is None else np.asarray(rows)
    sim = vecs[rows] @ vecs.T
    sim[np.arange(len(rows)), rows] = 0.0
    return sim


def pacsum(vecs, rows=None, threshold: float = 0.3, forward: float = 1.0, backward: float = -0.5):
    """Directed centrality of each row in [0, 1]: `forward * sum(later edges) + backward * sum(earlier)`.

    `threshold` is the share of the way from the smallest to the largest cosine below which
    an edge is dropped (PACSUM's beta). Rows not asked for get 0.
    """
    import numpy as np

    n = len(vecs)
    out = np.zeros(n)
    if n < 2 or vecs.shape[1] == 0:
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
