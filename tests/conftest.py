"""Shared fixtures: every test runs as on a fresh machine with no NLTK data."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_nltk_data(tmp_path_factory, monkeypatch):
    """NLTK_DATA points at an empty folder and nltk.download fails, for every test."""
    empty = tmp_path_factory.mktemp("nltk_data_empty")
    monkeypatch.setenv("NLTK_DATA", str(empty))
    monkeypatch.setenv("NO_COLOR", "")
    try:
        import nltk
    except ImportError:  # pragma: no cover - nltk is a dependency
        return
    monkeypatch.setattr(nltk.data, "path", [str(empty)])

    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", refuse)
