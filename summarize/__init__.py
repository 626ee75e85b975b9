"""Summarize press releases: headline, key points and participants, offline.

The library is free of I/O and of click; `summarize.cli` is a thin layer over it.
Heavy imports (nltk, sumy, numpy) happen lazily, on first use.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "split_sentences", "summarize_text"]


def __getattr__(name: str):
    # Lazy so that `summarize --version` and `--help` never import nltk or sumy (#7).
    if name == "split_sentences":
        from .split import split_sentences

        return split_sentences
    if name == "summarize_text":
        from .pipeline import summarize_text

        return summarize_text
    raise AttributeError(f"module 'summarize' has no attribute {name!r}")
