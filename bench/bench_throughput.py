"""Throughput: press releases per second through `summarize --jsonl`, against sumy's LexRank.

    python bench/bench_throughput.py [../shared/eval] [--jobs 1,2] [--limit N]

Each run is the installed command end to end (start-up, JSON parsing, cleaning, splitting,
scoring, participants, JSON output) with default settings, as
`time summarize --jsonl -j 1 press_releases_dev.jsonl > /dev/null` measures it. Beside it,
sumy's LexRank scores the same releases' sentences (split before the clock starts), and so,
timed the same way, does our default scorer: a like-for-like figure for scoring alone.
Targets: at least 100 releases/s with -j 1, and at least 5x sumy's LexRank.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc_stats import SUMMARIZE, run  # noqa: E402
from sumy_baseline import lexrank_input, scoring_input, time_lexrank, time_press  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval", nargs="?", default="../shared/eval")
    parser.add_argument("--jobs", default="1,2", help="comma-separated -j values")
    parser.add_argument("--limit", type=int, help="only the first N releases")
    parser.add_argument("--sumy-limit", type=int, help="time sumy on the first N releases only")
    args = parser.parse_args()

    corpus = Path(args.eval) / "press_releases_dev.jsonl"
    with corpus.open(encoding="utf-8") as handle:
        lines = list(islice(handle, args.limit))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        tmp.writelines(lines)
    n = len(lines)
    print(f"{n} releases from {corpus}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    rates, cpu_rates = {}, {}
    try:
        for jobs in [int(j) for j in args.jobs.split(",")]:
            with tempfile.TemporaryFile() as out:
                result = run([SUMMARIZE, "--jsonl", "-j", str(jobs), tmp.name], stdout=out)
                out.seek(0)
                outputs = [json.loads(line) for line in out]
            failed = sum("error" in o for o in outputs)
            if len(outputs) != n:
                sys.exit(f"-j {jobs}: {len(outputs)} outputs for {n} inputs")
            rates[jobs], cpu_rates[jobs] = n / result.wall, n / result.cpu
            print(
                f"summarize -j {jobs}: {result.wall:6.1f} s wall, {result.cpu:6.1f} s cpu, "
                f"{rates[jobs]:6.1f} releases/s ({cpu_rates[jobs]:.1f} per cpu second), peak {result.peak_mib:.0f} MiB, {failed} error lines"
            )
    finally:
        os.unlink(tmp.name)

    sumy_lines = lines[: args.sumy_limit] if args.sumy_limit else lines
    wall = cpu = ours = 0.0
    timed = 0
    time_press(*scoring_input("Warm-up. Acme Corp. said on Monday it will hire 50 people in Paris."))  # imports, data
    for line in sumy_lines:  # sumy and our scorer alternate, release by release, on the same sentences
        try:
            text = json.loads(line)["text"]
            document = lexrank_input(text)
            cleaned, sentences = scoring_input(text)
        except Exception:  # noqa: BLE001 - a release we cannot split is one sumy cannot score either
            continue
        seconds = time_lexrank(document)
        ours += time_press(cleaned, sentences)[1]
        wall, cpu, timed = wall + seconds[0], cpu + seconds[1], timed + 1
    sumy_rate, sumy_cpu_rate = timed / wall, timed / cpu
    print(f"sumy LexRank (scoring only, {timed} releases): {wall:6.1f} s wall, {cpu:6.1f} s cpu, {sumy_rate:6.1f} releases/s")
    print(f"our press scorer, same sentences, scoring only: {ours:6.1f} s cpu, {timed / ours:6.1f} releases/s = "
          f"{cpu / ours:.1f}x sumy LexRank (like for like; the target below compares the whole command)")
    one = rates.get(1)
    if one is not None:
        print(f"-j 1: {one:.1f} releases/s (target >= 100): {'met' if one >= 100 else 'NOT met'}")
        print(f"-j 1 / sumy LexRank: {one / sumy_rate:.1f}x wall, {cpu_rates[1] / sumy_cpu_rate:.1f}x per cpu second (target >= 5x): {'met' if one >= 5 * sumy_rate else 'NOT met'}")
    for jobs, rate in rates.items():
        if jobs != 1 and one:
            print(f"-j {jobs} / -j 1: {rate / one:.2f}x; -j {jobs} / sumy LexRank on one core: {rate / sumy_rate:.1f}x wall")


if __name__ == "__main__":
    main()
