"""Start-up time: `summarize --version`, and summarizing the seed release against `import nltk`.

    python bench/bench_startup.py [../shared/seed/oic_ambassadors_meeting.txt] [--repeat 11]

Targets: `--version` under 150 ms; summarizing the seed at most 1.5x `python -c "import nltk"`
(the floor for any tool that splits sentences with nltk). Medians of several runs, each a
fresh process, as `hyperfine --warmup 1 'summarize --version'` would measure them.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc_stats import SUMMARIZE, median_run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", nargs="?", default="../shared/seed/oic_ambassadors_meeting.txt")
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()

    cases = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("python -c 'import nltk'", [sys.executable, "-c", "import nltk"]),
        ("summarize --version", [SUMMARIZE, "--version"]),
        ("summarize --help", [SUMMARIZE, "--help"]),
        ("summarize SEED", [SUMMARIZE, args.seed]),
        ("summarize -a lexrank SEED", [SUMMARIZE, "-a", "lexrank", args.seed]),
    ]
    results = {}
    print(f"median of {args.repeat} runs each, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for name, command in cases:
        result = median_run(command, args.repeat)
        if result.returncode:
            sys.exit(f"{name} failed with exit code {result.returncode}")
        results[name] = result
        print(f"  {name:28} {result.wall * 1000:7.0f} ms  cpu {result.cpu * 1000:6.0f} ms  {result.peak_mib:6.1f} MiB")
    version = results["summarize --version"].wall * 1000
    nltk, seed = results["python -c 'import nltk'"], results["summarize SEED"]
    print(f"--version: {version:.0f} ms (target < 150 ms): {'met' if version < 150 else 'NOT met'}")
    ratio, cpu_ratio = seed.wall / nltk.wall, seed.cpu / nltk.cpu
    print(f"seed / import nltk: {ratio:.2f}x wall, {cpu_ratio:.2f}x cpu (target <= 1.5x): {'met' if ratio <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
