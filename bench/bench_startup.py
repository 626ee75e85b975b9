"""Start-up time: `summarize --version`, and summarizing the seed release against `import nltk`.

    python bench/bench_startup.py [../shared/seed/oic_ambassadors_meeting.txt] [--repeat 11]

Targets: `--version` under 150 ms; summarizing the seed at most 1.5x `python -c "import nltk"`
(the floor for any tool that splits sentences with nltk). Medians of several runs, each a
fresh process, as `hyperfine --warmup 1 'summarize --version'` would measure them; the
cases take turns round by round so that a busy machine slows them all alike.
"""
from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc_stats import SUMMARIZE, Run, run  # noqa: E402


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
    print(f"median of {args.repeat} rounds, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    # An installed package has its bytecode: pip compiles it, and an editable install writes it
    # on the first run, unless PYTHONDONTWRITEBYTECODE is set (as on some CI machines), when
    # every run would compile our modules from source (about 60 ms). Compile it as pip would.
    import summarize

    compileall.compile_dir(str(Path(summarize.__file__).parent), quiet=1)
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("PYTHONDONTWRITEBYTECODE is set: the package's bytecode was compiled first, as an install does")
    # Rounds run every case once, in turn, so a change in the machine's load hits all alike.
    for _, command in cases:
        run(command)  # warm the file cache
    runs: dict[str, list[Run]] = {name: [] for name, _ in cases}
    for _ in range(args.repeat):
        for name, command in cases:
            result = run(command)
            if result.returncode:
                sys.exit(f"{name} failed with exit code {result.returncode}")
            runs[name].append(result)
    results = {}
    for name, _ in cases:
        results[name] = result = Run(
            statistics.median(r.wall for r in runs[name]), statistics.median(r.cpu for r in runs[name]),
            statistics.median(r.peak_mib for r in runs[name]), 0,
        )
        print(f"  {name:28} {result.wall * 1000:7.0f} ms  cpu {result.cpu * 1000:6.0f} ms  {result.peak_mib:6.1f} MiB")
    version = results["summarize --version"].wall * 1000
    nltk, seed = results["python -c 'import nltk'"], results["summarize SEED"]
    print(f"--version: {version:.0f} ms (target < 150 ms): {'met' if version < 150 else 'NOT met'}")
    ratio, cpu_ratio = seed.wall / nltk.wall, seed.cpu / nltk.cpu
    print(f"seed / import nltk: {ratio:.2f}x wall, {cpu_ratio:.2f}x cpu (target <= 1.5x): {'met' if ratio <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
