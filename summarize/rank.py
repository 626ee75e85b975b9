"""The default scorer ("press"): what an editor would pick from a press release or a news story.

A sentence's score is a weighted sum of these parts, each shown by `--explain`:

- position: the inverted pyramid puts the news first, `(1 + rank) ** -decay`, where rank
  counts only real sentences (not subtitles or headings the cleaner left in);
- headline: the share of the headline's content words the sentence repeats;
- centrality: PACSUM's position-aware graph centrality (see `centrality`);
- facts and length: figures and enough content words, the substance editors keep;
- penalties: flags for sentences that make a poor stand-alone bullet (see `bullets`, `list_items`
  and `quotes`), among them "restated" for a sentence made of the headline's words, which tells
  the reader nothing new.

Selection is MMR: each next point is the best remaining one after subtracting its largest
similarity to the points already chosen, so two sentences saying the same thing are not
both picked. The weights are in `data/press_weights.json`, tuned by `bench/tune_press.py`
on dev data only. Long texts stay near-linear: see `centrality` (graph rows capped) and
`LIGHT_STEM_CHARS` (a light stemmer where Snowball would dominate the time).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from . import resources
from .models import Document, Sentence
from .scorer import Length, Scorer, limit_for, word_count

WEIGHTS_FILE = "press_weights.json"
MMR_POOL = 40  # selection looks at this many best-scored sentences only
LIGHT_STEM_CHARS = 100_000  # longer texts (about 16,000 words) use a light English stemmer
FULL_LENGTH = 30  # content words at which the length part is full
# Two sentences this similar (TF-IDF cosine) make one point: a release's highlight bullet and
# the body sentence it was cut from ("Trilogy Metals is boldly advancing ..." / "The company
# is boldly advancing ..."); the second is never chosen.
DUPLICATE_SIMILARITY = 0.6
# A release's highlight bullet and the body sentence it sums up say the same in other words
# more loosely ("Acme announced a board and its 25 members." / "Acme, a treasury company,
# recently announced the creation of a board, naming its 25 members."): between a list item
# and a paragraph's sentence this much is one point (two body sentences this alike often
# tell two facts of one event).
HIGHLIGHT_SIMILARITY = 0.46
# A figure: "740", "$10 million", "3.5%", "2025" (one match per run of digits). Written
# "\d\d*" rather than "\d+" so that re skips to the next digit instead of trying every position.
_NUMBER = re.compile(r"\d\d*(?:[.,]\d+)*")


def weights() -> dict[str, float]:
    """The tuned weights (a fresh dict, safe to change)."""
    return dict(resources.json_data(WEIGHTS_FILE))


@functools.cache
def _stem_table(stem, stop_words: frozenset[str]):
    """The process-wide table of a stemmer's stems (see `centrality.StemTable`); it is the
    memo, so an `lru_cache` around the stemmer is bypassed rather than filled twice."""
    from .centrality import StemTable

    return StemTable(getattr(stem, "__wrapped__", stem), stop_words)


class _Features:
    """What the scorer computes once per document: cheap parts, vectors, centrality."""

    def __init__(self, sentences: Sequence[Sentence], document: Document, w: dict[str, float], language: str):
        import numpy as np

        from .boilerplate import is_release
        from .bullets import flags, penalty
        from .centrality import MAX_ROWS, light_stem, pacsum, tokens, vectors
        from .list_items import menu_rows
        from .quotes import inside_quotes
        from .sumy_bridge import stemmer, stop_words

        stem = stemmer(language)
        if language == "english" and sum(len(s.text) for s in sentences) > LIGHT_STEM_CHARS:
            stem = light_stem  # Snowball is the largest cost in very long texts
        stems = _stem_table(stem, stop_words(language))
        toks = [tokens(s.text, stems) for s in sentences]
        title = set(tokens(document.headline or "", stems))
        n = len(sentences)
        # (teasers are flagged in releases only, their names looked for in the body)
        release = " ".join(s.text for s in sentences) if is_release(document) else None
        self.flags = [flags(s.text, release, t, title) for s, t in zip(sentences, toks)]
        for i in menu_rows([s.text for s in sentences]):  # (a menu's row leans on its list)
            self.flags[i]["dangling"] = 1.0
        for i in inside_quotes([s.text for s in sentences], [s.block for s in sentences]):  # (its speaker is elsewhere)
            self.flags[i]["dangling"] = 1.0
        # Position counts real sentences only: a subtitle, a stray heading or a link line the
        # cleaner left in does not push the lead back.
        real = np.array([f["fragment"] == 0 for f in self.flags])
        order = np.argsort([s.index for s in sentences], kind="stable")
        rank = np.empty(n)
        rank[order] = np.cumsum(real[order]) - real[order]
        self.position = (1.0 + rank) ** -w["position_decay"]
        self.headline = np.array([len(title.intersection(t)) / len(title) if title else 0.0 for t in toks])
        # Editors pick sentences with substance: figures, dates, amounts, and enough content words.
        self.facts = np.array([min(1.0, len(_NUMBER.findall(s.text)) / 2) for s in sentences])
        self.length = np.array([min(1.0, len(t) / FULL_LENGTH) for t in toks])
        self.vectors = vectors(toks)
        self.listed = np.array([document.blocks[s.block].kind == "list_item" if s.block < len(document.blocks)
                                else False for s in sentences])
        rows = None
        if n > MAX_ROWS:  # long text: the graph only for the best candidates on cheap parts
            cheap = (
                w["position"] * self.position + w["headline"] * self.headline + w["facts"] * self.facts
                + w["length"] * self.length - w["bullet"] * np.array([penalty(f) for f in self.flags])
            )
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
        """The document's features, computed once for `score`, `parts` and `select`."""
        found = self._cached_for(sentences)
        if found is None or self._cached[1] != document.headline:
            found = _Features(sentences, document, self.weights, self.language)
            self._cached = (sentences, document.headline, found)
        return found

    def _cached_for(self, sentences) -> _Features | None:
        if self._cached is None:
            return None
        seen = self._cached[0]
        same = seen is sentences or (len(seen) == len(sentences) and all(a == b for a, b in zip(seen, sentences)))
        return self._cached[2] if same else None

    def parts(self, sentences, document):
        from .bullets import SEVERITY

        if not sentences:
            return []
        f, w = self.features(sentences, document), self.weights
        out = []
        for i in range(len(sentences)):
            part = {
                "position": w["position"] * float(f.position[i]),
                "headline": w["headline"] * float(f.headline[i]),
                "centrality": w["centrality"] * float(f.centrality[i]),
                "facts": w["facts"] * float(f.facts[i]),
                "length": w["length"] * float(f.length[i]),
            }
            part.update({name: -w["bullet"] * SEVERITY.get(name, 1.0) * v for name, v in f.flags[i].items() if v})
            out.append(part)
        return out

    def score(self, sentences, document):
        """The sum of `parts`, taken over whole arrays in the same order (the same floats)."""
        import numpy as np

        from .bullets import FLAGS, SEVERITY

        if not sentences:
            return []
        f, w = self.features(sentences, document), self.weights
        total = w["position"] * f.position
        total = total + w["headline"] * f.headline
        total = total + w["centrality"] * f.centrality
        total = total + w["facts"] * f.facts
        total = total + w["length"] * f.length
        values = np.array([list(flags.values()) for flags in f.flags]).T  # one row per flag, FLAGS order
        for name, column in zip(FLAGS, values):  # a flag at 0 adds -0.0, which changes no sum
            total = total + (-w["bullet"] * SEVERITY.get(name, 1.0)) * column
        return total.tolist()

    def select(self, sentences, scores, length: Length) -> list[int]:
        """MMR in score order: the next point maximizes score minus redundancy with those chosen."""
        if not sentences:
            return []
        import numpy as np

        from .centrality import similarity

        f = self._cached_for(sentences)
        if f is None:  # scores from elsewhere: no vectors to compare, plain top-k
            from .score import select_top

            return select_top(sentences, scores, length)
        s = np.asarray(scores, dtype=float)
        limit = limit_for(length, len(sentences))
        size = max(MMR_POOL, limit if limit is not None else length.words)
        pool = np.argsort(-s, kind="stable")[:size]
        sim = similarity(f.vectors, pool)[:, pool]
        budget = length.words if limit is None else None
        chosen: list[int] = []  # positions in pool
        used = 0
        left = list(range(len(pool)))
        pooled = s[pool]
        listed = f.listed[pool]
        # Each one's largest similarity to those chosen, updated as each is chosen rather
        # than taken again over all of them every round (the same maximum).
        red = np.zeros(len(pool), dtype=sim.dtype)
        spare: list[int] = []  # positions in pool passed over as repeats, best first
        while left and (limit is None or len(chosen) < limit):
            value = pooled[left] - self.weights["redundancy"] * red[left]
            best = left[int(np.argmax(value))]
            left.remove(best)
            if chosen and self.weights["redundancy"] > 0 and (
                    red[best] >= DUPLICATE_SIMILARITY or _restates(best, chosen, sim, listed)):
                spare.append(best)  # the same point again, in other words: only if nothing else is left
                continue
            if budget is not None:
                n = word_count(sentences[pool[best]].text)
                if used + n > budget:
                    continue
                used += n
            chosen.append(best)
            red = sim[:, best] if len(chosen) == 1 else np.maximum(red, sim[:, best])
        if limit is not None:
            chosen.extend(spare[: limit - len(chosen)])  # (a count asked for is given while sentences last)
        return sorted(int(pool[c]) for c in chosen)


def _restates(best: int, chosen: list[int], sim, listed) -> bool:
    """Whether `best` sums up a chosen point from the other side of a highlight list: one of
    the two a list item, the other a paragraph's sentence, `HIGHLIGHT_SIMILARITY` alike."""
    return any(listed[best] != listed[c] and sim[best, c] >= HIGHLIGHT_SIMILARITY for c in chosen)
