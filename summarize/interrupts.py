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


# Signals that end the run through its clean-up, from the moment the command starts: Ctrl-C
# (SIGINT; while options were parsed click printed "Aborted!" and exited 1), SIGTERM (`kill`,
# `timeout`) and, where it exists, SIGHUP (the terminal closed). The last two would by default
# end this process at once and leave the `-j` workers behind, waiting for work forever.
_ENDING = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


_received: list[int] = []  # an ending signal that arrived, in case its SystemExit was swallowed


def _terminated(signum, frame) -> None:
    _received.append(signum)
    raise SystemExit(128 + signum)  # as the shell reports a process the signal killed: 130, 143, 129


def check_terminated() -> None:
    """End the run now if an ending signal arrived whose SystemExit got lost: a handler that
    fires inside a finalizer (a `__del__`, a weakref callback) has its exception ignored."""
    if _received:
        raise SystemExit(128 + _received[0])


def default_terminate() -> None:
    """In a worker process, which the parent shuts down: Ctrl-C ignored (it reaches the whole
    process group; a worker interrupted inside a finalizer printed "Exception ignored ...
    KeyboardInterrupt"), SIGTERM and SIGHUP back to their defaults and no longer held."""
    for signum in _ENDING:
        signal.signal(signum, signal.SIG_IGN if signum == signal.SIGINT else signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _ENDING)


@contextlib.contextmanager
def signals_held():
    """The ending signals held back, and delivered right after, while work is handed to a
    process pool: one that arrived while the pool was forking a worker ended the run before
    the pool knew of it, leaving that worker behind. The pool's threads, started here, keep
    the signals blocked, so they always reach the main thread."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no such signals to hold
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def ending_signals():
    """Ctrl-C, SIGTERM and SIGHUP end the command with 128 + the signal (130, 143, 129) and
    no trace, through its clean-up (the `-j` workers are shut down)."""
    try:
        previous = {signum: signal.signal(signum, _terminated) for signum in _ENDING}
    except ValueError:  # not the main thread (an embedding program): leave signals alone
        previous = {}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _received.clear()


@contextlib.contextmanager
def quiet_exits():
    """A KeyboardInterrupt exits with status 130 and a broken stdout pipe with status 1, both without a trace."""
    try:
        yield
    except KeyboardInterrupt:
        sys.exit(int(ExitCode.INTERRUPTED))
    except BrokenPipeError:
        silence_stdout()
        sys.exit(int(ExitCode.ERROR))
