"""One exception family, so callers and the CLI can catch the project's errors alone."""
from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    ERROR = 1  # bad input: the file, its bytes, its text
    USAGE = 2  # bad options, as click uses it
    INTERRUPTED = 130  # Ctrl-C
    HANGUP = 129  # SIGHUP (the terminal closed): 128 + 1, as the shell reports it
    TERMINATED = 143  # SIGTERM (`kill`, `timeout`, a job scheduler): 128 + 15


class SummarizeError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = ExitCode.ERROR


class InputError(SummarizeError):
    """The input cannot be summarized: binary, empty, too large, no sentence."""


class UsageError(SummarizeError):
    """Options that do not make sense together or out of range."""

    exit_code = ExitCode.USAGE


class OutputError(SummarizeError):
    """The report cannot be written: a full disk, a device that failed (not a closed pipe)."""
