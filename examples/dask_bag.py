"""Summarize a JSON Lines corpus with Dask bags, on one machine or a cluster.

    pip install 'summarize[dask]'
    python examples/dask_bag.py releases.jsonl out/   # writes out/0.jsonl, out/1.jsonl, ...

Each input line is an object with "text" and an optional "id"; each output line is the
summary's JSON object with that "id", or {"id": ..., "source": ..., "error": ...} for a bad
record (invalid JSON, no "text", an empty one), as `summarize --jsonl` writes them.
`summarize.batch.summarize_line` (`summarize_record` for parsed records) is a plain
function from a line (a dict) to a dict, so any engine that maps a Python function over
records runs it the same way (README, "Batch mode and scaling out"). Pass a
`dask.distributed.Client`'s scheduler to run on a cluster.
"""
from __future__ import annotations

import json
import sys

from summarize.batch import summarize_line


def summarize_bag(lines):
    """A bag of summary dicts from a bag of JSON Lines strings (lazy: call .compute())."""
    return lines.filter(str.strip).map(summarize_line)


def run(inputs: str, outputs: str, scheduler: str | None = None, blocksize: str | None = "8MiB") -> list[str]:
    """Summarize the JSON Lines files `inputs` (a path or glob) into `outputs` (a folder)."""
    import dask.bag as db

    lines = db.read_text(inputs, blocksize=blocksize)
    return summarize_bag(lines).map(json.dumps, ensure_ascii=False).to_textfiles(
        f"{outputs.rstrip('/')}/*.jsonl", compute=True, scheduler=scheduler
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python examples/dask_bag.py INPUT.jsonl OUTPUT_FOLDER")
    for path in run(sys.argv[1], sys.argv[2]):
        print(path)
