"""Package data files, read once per process.

Word lists live in `summarize/data/*.txt`, one entry a line, `#` starts a comment;
structured data in `*.json`. Nothing here reads NLTK's data folders.
"""
from __future__ import annotations

import functools
import json
from importlib import resources


def _read(name: str) -> str:
    return resources.files("summarize").joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """Entries of a word-list file, comments and blank lines dropped, order kept."""
    out = []
    for raw in _read(name).splitlines():
        entry = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if entry:
            out.append(entry)
    return tuple(out)


@functools.cache
def word_set(name: str, lower: bool = True) -> frozenset[str]:
    """A word list as a set, lower-cased unless asked otherwise."""
    return frozenset(e.lower() if lower else e for e in lines(name))


@functools.cache
def json_data(name: str):
    """A JSON data file, parsed once."""
    return json.loads(_read(name))
