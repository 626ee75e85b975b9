"""Timing a command as a user runs it: wall time, CPU time and peak memory of one process.

`os.wait4` gives the resource usage of exactly that child (not of every child so far),
the same figures `/usr/bin/time -v` prints. The benchmarks run on shared machines, so they
print CPU time beside wall time: CPU time barely moves when other work competes for cores.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# The `summarize` console script of the Python running the benchmark (its venv).
SUMMARIZE = str(Path(sys.executable).parent / "summarize")


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds
    peak_mib: float  # maximum resident set size
    returncode: int


def run(args: list[str], stdin_path: str | None = None, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) -> Run:
    """Run `args` once, its output discarded unless `stdout` says otherwise."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdin=stdin, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    finally:
        if stdin_path:
            stdin.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def median_run(args: list[str], repeat: int, **kwargs) -> Run:
    """The median of each figure over `repeat` runs (after one untimed warm-up run)."""
    run(args, **kwargs)
    runs = [run(args, **kwargs) for _ in range(repeat)]
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        statistics.median(r.peak_mib for r in runs),
        max(r.returncode for r in runs),
    )
