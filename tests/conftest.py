"""Shared fixtures: every test runs as on a fresh machine with no NLTK data."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# Property tests: a bounded run by default (CI, about a minute for the whole suite on 2 cores);
# HYPOTHESIS_PROFILE=thorough searches much longer (see bench/README.md).
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("thorough", max_examples=2000, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


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
