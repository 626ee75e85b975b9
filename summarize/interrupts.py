"""Ending quietly when the user presses Ctrl-C or the reader of our output goes away.

`summarize big.jsonl | head -n 1` closes the pipe after one line: the next write raises
BrokenPipeError, and Python would print a traceback, then another one when it flushes
stdout at exit. Ctrl-C would print a KeyboardInterrupt traceback. Neither is an error the
user needs to read about.
"""
from __future__ import annotations

import contextlib
import os
import signal
import sys

from .errors import ExitCode


def silence_stdout() -> None:
    """Point stdout at /dev/null so that the flush at interpreter exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests, IDEs)
        pass


def _terminated(signum, frame) -> None:
    raise SystemExit(int(ExitCode.TERMINATED))


def default_terminate() -> None:
    """SIGTERM back to its default in a worker process, which the parent shuts down itself."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def quiet_exits():
    """Ctrl-C exits with status 130 and a broken stdout pipe with status 1, both without a trace.

    SIGTERM (`kill PID`, `timeout 60 summarize ...`) exits with status 143 through the same
    clean-up: by default it would end this process at once and leave the `-j` workers
    behind, waiting for work forever.
    """
    try:
        previous = signal.signal(signal.SIGTERM, _terminated)
    except ValueError:  # not the main thread (an embedding program): leave signals alone
        previous = None
    try:
        yield
    except KeyboardInterrupt:
        sys.exit(int(ExitCode.INTERRUPTED))
    except BrokenPipeError:
        silence_stdout()
        sys.exit(int(ExitCode.ERROR))
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
