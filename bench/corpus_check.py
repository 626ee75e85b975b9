"""Every document of the evaluation corpora through the pipeline, in every output format.

    python bench/corpus_check.py [EVAL_DIR] [--algorithm press] [--jobs 2] [--limit N]

Checks, per document: no exception, a non-empty list of key points whenever the cleaned text
has at least one sentence, JSON that parses and agrees with the summary, text and markdown
reports with no control characters. Prints the counts per corpus and the slowest document.
Exit status 1 if any document failed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

CORPORA = ("press_releases_dev.jsonl", "bbc_dev.jsonl", "cnndm_val.jsonl")


def _text(record: dict) -> str:
    """A news article as the tool would get it: the title as the first line, then the body."""
    title = (record.get("title") or "").strip()
    return f"{title}\n\n{record['text']}" if title else record["text"]


def _printable(output: str) -> bool:
    return all(c in "\n\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in output)


def check(job: tuple[str, str, str, str]) -> tuple[str, str, str, float, tuple[str, ...]]:
    """(corpus, id, outcome, seconds, warnings); outcome is ok, no-sentence, empty or an error."""
    from summarize.errors import InputError
    from summarize.format import FORMATS, render
    from summarize.pipeline import Options, summarize_bytes

    corpus, doc_id, text, algorithm = job
    options = Options(algorithm=algorithm)
    start = time.perf_counter()
    try:
        try:
            summary = summarize_bytes(text.encode("utf-8"), options, source=doc_id)
        except InputError as refusal:
            if not text.strip() or "no sentence found" in str(refusal):
                return corpus, doc_id, "no-sentence", time.perf_counter() - start, ()
            # a page the cleaner refuses on purpose (a password prompt): a one-line error, no crash
            return corpus, doc_id, f"refused: {refusal}", time.perf_counter() - start, ()
        outputs = {fmt: render(summary, fmt) for fmt in FORMATS}
        seconds = time.perf_counter() - start
        if not summary.key_points:
            return corpus, doc_id, "empty", seconds, summary.warnings
        data = json.loads(outputs["json"])
        if len(data["key_points"]) != len(summary.key_points) or outputs["json"].count("\n") != 1:
            return corpus, doc_id, "error: JSON disagrees with the summary", seconds, summary.warnings
        if not all(_printable(out) for out in outputs.values()):
            return corpus, doc_id, "error: control character in a report", seconds, summary.warnings
        return corpus, doc_id, "ok", seconds, summary.warnings
    except Exception as error:  # the point of the check: count every failure, keep going
        return corpus, doc_id, f"error: {type(error).__name__}: {error}", time.perf_counter() - start, ()


def warm_up(algorithm: str) -> None:
    """Import and build everything once per worker, so that no document pays for start-up."""
    from summarize.pipeline import Options, summarize_text

    summarize_text("Warm up.\n\nThe first sentence. The second sentence.", Options(algorithm=algorithm))


def jobs(folder: str, algorithm: str, limit: int | None):
    for name in CORPORA:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if limit is not None and n >= limit:
                    break
                record = json.loads(line)
                yield name, str(record.get("id", n)), _text(record), algorithm


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="../shared/eval")
    parser.add_argument("--algorithm", default="press")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    args = parser.parse_args(argv)

    outcomes: dict[str, Counter] = {name: Counter() for name in CORPORA}
    warned: Counter = Counter()
    failures, slowest = [], (0.0, "", "")
    started = time.perf_counter()
    with ProcessPoolExecutor(args.jobs, initializer=warm_up, initargs=(args.algorithm,)) as pool:
        for corpus, doc_id, outcome, seconds, warnings in pool.map(check, jobs(args.folder, args.algorithm, args.limit), chunksize=8):
            kind = outcome.split(":")[0] if outcome.startswith(("error", "refused")) else outcome
            outcomes[corpus][kind] += 1
            if any("does not look like" in w for w in warnings):
                warned[corpus] += 1
            if kind in ("error", "empty", "refused"):
                failures.append(f"{corpus} {doc_id}: {outcome}")
            if seconds > slowest[0]:
                slowest = (seconds, corpus, doc_id)
    total = Counter()
    print(f"algorithm {args.algorithm}, formats text, markdown, json; {time.perf_counter() - started:.1f} s wall on {args.jobs} jobs")
    for corpus, counts in outcomes.items():
        total.update(counts)
        print(
            f"{corpus:26} {sum(counts.values()):5} documents: {counts['ok']:5} ok, {counts['error']} errors, "
            f"{counts['empty']} empty summaries, {counts['no-sentence']} without a sentence, {counts['refused']} refused; "
            f"{warned[corpus]} language warnings"
        )
    print(f"{'total':26} {sum(total.values()):5} documents: {total['ok']:5} ok, {total['error']} errors, {total['empty']} empty summaries, {total['no-sentence']} without a sentence, {total['refused']} refused (a clear input error, listed below)")
    print(f"slowest document: {slowest[0]:.3f} s ({slowest[1]} {slowest[2]})")
    for line in failures[:20]:
        print("  " + line)
    return 1 if total["error"] or total["empty"] else 0


if __name__ == "__main__":
    sys.exit(main())
