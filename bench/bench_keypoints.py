"""Key-point quality and speed of every algorithm, all on the same cleaned sentences.

    python bench/bench_keypoints.py [EVAL_DIR] [--limit N] [--systems press,lead]

- CNN/DM (cnndm_val.jsonl): 3 sentences, ROUGE-1/2/Lsum F1 x100 (rouge-score, Porter stemmer;
  chosen sentences joined by newlines; references are the summary's lines).
- Press releases (participants_dev*.jsonl): key-sentence F1 against the editor's choice. A
  predicted sentence matches a gold one when either contains the other (compared as
  lower-cased words) or their word-set Jaccard is >= 0.6; each gold sentence matches once.
- BBC (bbc_dev.jsonl): as many sentences as the reference has; reported, never tuned for.
- ms/doc: mean scoring and selection time per document over all three sets.
Needs the `bench` extra (rouge-score). Documents go through our own cleaner and splitter;
CNN/DM and BBC documents get their `title` as the headline.
"""
from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarize.models import Document, Sentence  # noqa: E402
from summarize.pipeline import clean_text, document_sentences, key_point_candidates, without_fillers  # noqa: E402
from summarize.score import ALGORITHMS, DEFAULT_ALGORITHM, Length, get_scorer  # noqa: E402

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Case:
    """One evaluation document: cleaned, split, with its gold sentences or reference lines."""

    document: Document
    sentences: tuple[Sentence, ...]
    gold: tuple[str, ...]
    k: int


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _case(text: str, gold, k: int, headline: str | None = None) -> Case | None:
    try:
        document = clean_text(text)
    except Exception:  # empty input: skipped, as the CLI would refuse it
        return None
    if headline is not None:
        document = replace(document, headline=headline or None)
    sentences = document_sentences(document)
    candidates = key_point_candidates(sentences)  # what the command chooses from
    return Case(document, candidates, tuple(gold), k) if candidates else None


def load_press(folder: Path) -> list[Case]:
    texts = {d["id"]: d["text"] for d in _jsonl(folder / "participants_dev_texts.jsonl")}
    out = []
    for d in _jsonl(folder / "participants_dev.jsonl"):
        gold = d.get("key_sentences") or []
        if gold and d["id"] in texts:
            out.append(_case(texts[d["id"]], gold, len(gold)))
    return [c for c in out if c]


def load_news(path: Path, k: int | None = None, limit: int | None = None) -> list[Case]:
    out = []
    for d in _jsonl(path)[:limit]:
        refs = [line.strip() for line in d["summary"].split("\n") if line.strip()]
        out.append(_case(d["text"], refs, k or len(refs), d.get("title", "")))
    return [c for c in out if c]


def choose(scorer, case: Case) -> list[str]:
    scores = scorer.score(case.sentences, case.document)
    chosen = scorer.select(case.sentences, scores, Length(sentences=case.k))
    if scorer.name != "lead":  # the command's choice; Lead-k stays the plain first k sentences
        chosen = without_fillers(chosen, case.sentences)
    return [case.sentences[i].text for i in chosen]


def _norm(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def matches(predicted: list[str], gold: list[str]) -> int:
    """One-to-one matches: containment of word sequences, or word-set Jaccard >= 0.6."""
    used, hits = set(), 0
    for p in predicted:
        pw = _norm(p)
        ps = " ".join(pw)
        for g, gold_text in enumerate(gold):
            if g in used:
                continue
            gw = _norm(gold_text)
            gs = " ".join(gw)
            a, b = set(pw), set(gw)
            jaccard = len(a & b) / len(a | b) if a | b else 0.0
            if (gs and gs in ps) or (ps and ps in gs) or jaccard >= 0.6:
                used.add(g)
                hits += 1
                break
    return hits


def key_sentence_f1(picks: list[list[str]], cases: list[Case]) -> float:
    hit = sum(matches(p, list(c.gold)) for p, c in zip(picks, cases))
    npred = sum(len(p) for p in picks)
    ngold = sum(len(c.gold) for c in cases)
    prec, rec = hit / (npred or 1), hit / (ngold or 1)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


@functools.cache
def _rouge_scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)


def rouge(picks: list[list[str]], cases: list[Case]) -> tuple[float, float, float]:
    scorer = _rouge_scorer()
    totals = [0.0, 0.0, 0.0]
    for p, c in zip(picks, cases):
        s = scorer.score("\n".join(c.gold), "\n".join(p))
        for i, key in enumerate(("rouge1", "rouge2", "rougeLsum")):
            totals[i] += s[key].fmeasure
    return tuple(100 * t / max(1, len(cases)) for t in totals)


def run(name: str, cases: list[Case]) -> tuple[list[list[str]], float]:
    scorer = get_scorer(name)
    start = time.perf_counter()
    picks = [choose(scorer, c) for c in cases]
    return picks, time.perf_counter() - start


def long_document_ms(cases: list[Case], words: int = 50_000) -> tuple[int, float, float]:
    """Time of the default scorer on one long text made of many news articles."""
    sentences, total = [], 0
    for c in cases:
        for s in c.sentences:
            sentences.append(Sentence(s.text, len(sentences), block=len(sentences) // 5))
            total += len(s.text.split())
        if total >= words:
            break
    case = Case(Document("A long report", ()), tuple(sentences), (), 3)
    scorer = get_scorer(DEFAULT_ALGORITHM)
    warm = tuple(Sentence(t, i) for i, t in enumerate(["Imports load once.", "Then timing starts."]))
    choose(scorer, Case(Document(None, ()), warm, (), 1))  # numpy, sumy stop words: once per process
    start, cpu = time.perf_counter(), time.process_time()
    choose(scorer, case)
    return total, 1000 * (time.perf_counter() - start), 1000 * (time.process_time() - cpu)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="../shared/eval", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="at most N CNN/DM and BBC documents")
    parser.add_argument("--systems", default=",".join(ALGORITHMS))
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    press = load_press(args.folder)
    cnn = load_news(args.folder / "cnndm_val.jsonl", 3, args.limit)
    bbc = load_news(args.folder / "bbc_dev.jsonl", None, args.limit)
    print(f"loaded {len(press)} releases, {len(cnn)} CNN/DM, {len(bbc)} BBC documents "
          f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    # First, with cold caches (no stem seen yet), as in a fresh `summarize` process.
    words, long_ms, long_cpu = long_document_ms(cnn)
    held_out = cnn[1::2]  # bench/tune_press.py tunes on cnn[0::2] only
    print("| system | CNN/DM R-1 | R-2 | R-Lsum | CNN/DM held-out half R-1 | R-2 | R-Lsum "
          "| press key-sentence F1 | BBC R-1 | R-2 | R-Lsum | ms/doc |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in args.systems.split(","):
        (pp, tp), (cp, tc), (bp, tb) = run(name, press), run(name, cnn), run(name, bbc)
        c1, c2, cl = rouge(cp, cnn)
        h1, h2, hl = rouge(cp[1::2], held_out)
        b1, b2, bl = rouge(bp, bbc)
        ms = 1000 * (tp + tc + tb) / (len(press) + len(cnn) + len(bbc))
        label = f"{name} (default)" if name == DEFAULT_ALGORITHM else name
        print(f"| {label} | {c1:.2f} | {c2:.2f} | {cl:.2f} | {h1:.2f} | {h2:.2f} | {hl:.2f} "
              f"| {key_sentence_f1(pp, press):.3f} | {b1:.2f} | {b2:.2f} | {bl:.2f} | {ms:.1f} |", flush=True)
    print(f"\n{DEFAULT_ALGORITHM} on one {words:,}-word text (first call in the process): "
          f"{long_ms:.0f} ms wall, {long_cpu:.0f} ms CPU (all threads)")
    seed = args.folder.parent / "seed" / "oic_ambassadors_meeting.txt"
    if seed.exists():
        from summarize.pipeline import summarize_text

        print(f"\nkey points of {seed.name}:")
        for point in summarize_text(seed.read_text(encoding="utf-8")).key_points:
            print(f"- [{point.index}] {point.text[:100]}")


if __name__ == "__main__":
    main()
