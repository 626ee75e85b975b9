"""The default scorer ("press"): what an editor would pick from a press release or a news story.

A sentence's score is a weighted sum of four parts, each shown by `--explain`:

- position: the inverted pyramid puts the news first, `(1 + index) ** -decay`;
- headline: the share of the headline's content words the sentence repeats;
- centrality: PACSUM's position-aware graph centrality (see `centrality`);
- penalties: flags for sentences that make a poor stand-alone bullet (see `bullets`).

Selection is MMR: each next point is the best remaining one after subtracting its largest
similarity to the points already chosen, so two sentences saying the same thing are not
both picked. The weights are in `data/press_weights.json`, tuned by `bench/tune_press.py`.
"""
from __future__ import annotations

from collections.abc import Sequence

from . import resources
from .models import Document, Sentence
from .score import Length, Scorer, limit_for, word_count

WEIGHTS_FILE = "press_weights.json"
MMR_POOL = 40  # selection looks at this many best-scored sentences only


def weights() -> dict[str, float]:
    """The tuned weights (a fresh dict, safe to change)."""
    return dict(resources.json_data(WEIGHTS_FILE))


class _Features:
    """What the scorer computes once per document: cheap parts, vectors, centrality."""

    def __init__(self, sentences: Sequence[Sentence], document: Document, w: dict[str, float], language: str):
        import numpy as np

        from .bullets import flags
        from .centrality import MAX_ROWS, pacsum, tokens, vectors
        from .sumy_bridge import stemmer, stop_words

        memo: dict[str, str] = {}
        base_stem = stemmer(language)

        def stem(word: str) -> str:
            if word not in memo:
                memo[word] = base_stem(word)
            return memo[word]

        stops = stop_words(language)
        toks = [tokens(s.text, stem, stops) for s in sentences]
        title = set(tokens(document.headline or "", stem, stops))
        n = len(sentences)
        index = np.array([s.index for s in sentences], dtype=float)
        # Rank among the candidates, not the raw index: headings left out do not push the lead back.
        rank = np.argsort(np.argsort(index, kind="stable"), kind="stable")
        self.position = (1.0 + rank) ** -w["position_decay"]
        self.headline = np.array([len(title.intersection(t)) / len(title) if title else 0.0 for t in toks])
        self.flags = [flags(s.text) for s in sentences]
        self.penalty = np.array([sum(f.values()) for f in self.flags])
        self.vectors = vectors(toks)
        rows = None
        if n > MAX_ROWS:  # long text: the graph only for the best candidates on cheap parts
            cheap = w["position"] * self.position + w["headline"] * self.headline - w["bullet"] * self.penalty
            rows = np.sort(np.argsort(-cheap, kind="stable")[:MAX_ROWS])
        self.centrality = pacsum(self.vectors, rows, w["threshold"], 1.0, w["backward"])


class PressScorer(Scorer):
    """Position, headline overlap, PACSUM centrality and bullet penalties; MMR selection."""

    name = "press"

    def __init__(self, language: str = "english", weights_: dict[str, float] | None = None):
        super().__init__(language)
        self.weights = weights_ if weights_ is not None else weights()
        self._cached: tuple | None = None

    def features(self, sentences: Sequence[Sentence], document: Document) -> _Features:
        key = (tuple(sentences), document.headline)
        if self._cached is None or self._cached[0] != key:
            self._cached = (key, _Features(sentences, document, self.weights, self.language))
        return self._cached[1]

    def parts(self, sentences, document):
        if not sentences:
            return []
        f, w = self.features(sentences, document), self.weights
        out = []
        for i in range(len(sentences)):
            part = {
                "position": w["position"] * float(f.position[i]),
                "headline": w["headline"] * float(f.headline[i]),
                "centrality": w["centrality"] * float(f.centrality[i]),
            }
            part.update({name: -w["bullet"] * v for name, v in f.flags[i].items() if v})
            out.append(part)
        return out

    def score(self, sentences, document):
        return [sum(p.values()) for p in self.parts(sentences, document)]

    def select(self, sentences, scores, length: Length) -> list[int]:
        """MMR in score order: the next point maximizes score minus redundancy with those chosen."""
        if not sentences:
            return []
        import numpy as np

        f = self._cached[1] if self._cached and self._cached[0][0] == tuple(sentences) else None
        if f is None:  # scores from elsewhere: no vectors to compare, plain top-k
            from .score import select_top

            return select_top(sentences, scores, length)
        s = np.asarray(scores, dtype=float)
        limit = limit_for(length, len(sentences))
        size = max(MMR_POOL, limit if limit is not None else length.words)
        pool = np.argsort(-s, kind="stable")[:size]
        sim = f.vectors[pool] @ f.vectors[pool].T
        budget = length.words if limit is None else None
        chosen: list[int] = []  # positions in pool
        used = 0
        left = list(range(len(pool)))
        while left and (limit is None or len(chosen) < limit):
            red = sim[np.ix_(left, chosen)].max(axis=1) if chosen else np.zeros(len(left))
            value = s[pool[left]] - self.weights["redundancy"] * red
            best = left[int(np.argmax(value))]
            left.remove(best)
            if budget is not None:
                n = word_count(sentences[pool[best]].text)
                if used + n > budget:
                    continue
                used += n
            chosen.append(best)
        return sorted(int(pool[c]) for c in chosen)
