"""Names the CLI offers as choices, kept apart so `--help` and `--version` import nothing heavy.

`score.ALGORITHMS` and `format` are checked against these by the tests.
"""
from __future__ import annotations

ALGORITHM_NAMES = ("press", "lead", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "reduction")
DEFAULT_ALGORITHM = "press"
FORMATS = ("text", "markdown", "json")
INPUT_FORMATS = ("auto", "text", "markdown", "html")
