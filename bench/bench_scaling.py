"""Scaling: one long document of 1,000 to 100,000 words, end to end, against sumy's LexRank.

    python bench/bench_scaling.py [../shared/eval] [--sizes 1000,10000,50000,100000]

The document is press releases joined in file order, cut to the word count. Each size runs
the installed command on a file (`/usr/bin/time -v summarize long.txt` gives the same wall
time and peak memory), and the library call alone in this process (no start-up). sumy's
LexRank scores the same sentences (split before the clock starts), up to --sumy-max-words
because it is quadratic (minutes beyond that). Targets: 50,000 words in under 2 s end to
end and at least 10x faster than LexRank; time(100,000) / time(10,000) at most 12.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc_stats import SUMMARIZE, median_run  # noqa: E402
from sumy_baseline import lexrank_input, time_lexrank  # noqa: E402


def long_document(corpus: Path, words: int) -> str:
    """Releases joined (blank line between) until exactly `words` words, the last one cut."""
    parts, total = [], 0
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"].strip()
            n = len(text.split())
            if total + n >= words:
                kept, count = [], 0  # whole lines, then the words of the last one that fit
                for row in text.split("\n"):
                    room = words - total - count
                    if len(row.split()) > room:
                        kept.append(" ".join(row.split()[:room]))
                        break
                    kept.append(row)
                    count += len(row.split())
                parts.append("\n".join(kept))
                return "\n\n".join(parts)
            parts.append(text)
            total += n
    raise SystemExit(f"{corpus} has fewer than {words} words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval", nargs="?", default="../shared/eval")
    parser.add_argument("--sizes", default="1000,10000,50000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sumy-max-words", type=int, default=50000)
    args = parser.parse_args()

    from summarize.pipeline import summarize_text

    corpus = Path(args.eval) / "press_releases_dev.jsonl"
    summarize_text(long_document(corpus, 300))  # load everything once for the in-process timings
    ends = {}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times grow with load; cpu times barely do)")
    print(f"{'words':>7} {'sentences':>9} {'end-to-end s':>12} {'cpu s':>6} {'peak MiB':>8} {'library s':>9} {'sumy LexRank s':>14} {'LexRank/ours':>12}")
    for words in [int(w) for w in args.sizes.split(",")]:
        text = long_document(corpus, words)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
            tmp.write(text)
        try:
            end = median_run([SUMMARIZE, tmp.name], args.repeat)
        finally:
            os.unlink(tmp.name)
        if end.returncode:
            sys.exit(f"summarize failed on {words} words (exit {end.returncode})")
        start = time.perf_counter()
        summarize_text(text)
        library = time.perf_counter() - start
        document = lexrank_input(text)
        sentences = len(document.sentences)
        if words <= args.sumy_max_words:
            lexrank = time_lexrank(document)[0]
            sumy, ratio = f"{lexrank:14.2f}", f"{lexrank / end.wall:11.1f}x"
        else:
            sumy, ratio = f"{'skipped':>14}", f"{'':>12}"
        ends[words] = end.wall
        print(f"{len(text.split()):7} {sentences:9} {end.wall:12.2f} {end.cpu:6.2f} {end.peak_mib:8.0f} {library:9.2f} {sumy} {ratio}")
        if words == 50000:
            versus = "not measured" if words > args.sumy_max_words else ("met" if lexrank >= 10 * end.wall else "NOT met")
            print(f"  50,000 words: {end.wall:.2f} s (target < 2 s): {'met' if end.wall < 2 else 'NOT met'}; "
                  f">= 10x LexRank: {versus}")
    if 10000 in ends and 100000 in ends:
        growth = ends[100000] / ends[10000]
        print(f"time(100,000) / time(10,000) = {growth:.1f} (target <= 12): {'met' if growth <= 12 else 'NOT met'}")


if __name__ == "__main__":
    main()
