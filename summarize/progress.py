"""A progress bar over many inputs, drawn on a terminal only, that messages can interrupt.

Kept apart from `batch`, which maps the work: this decides whether a bar is wanted at all
(never in a pipe, on a dumb terminal or over the reports themselves) and keeps it out of
the way of the error and warning lines printed while it runs.
"""
from __future__ import annotations

import os

# Inputs from which a progress bar is worth drawing (on a terminal only).
MANY = 20


class Progress:
    """click's progress bar on stderr, drawn only on a terminal and only for many inputs.

    Never in a pipe, and not when stdout is the same terminal, where the bar would be
    drawn over the reports themselves (`summarize *.txt > out` shows it, `| less` not).

    It starts once `MANY` inputs are done, so a handful of inputs never flashes a bar.
    `total` is a count or a byte size (then `done` is called with byte counts); None
    when unknown (a pipe), and the bar shows the position alone.
    """

    def __init__(self, total: int | None, stream=None, label: str = "summarizing"):
        import sys

        self.stream = stream if stream is not None else sys.stderr
        self.total, self.label = total, label
        self.items = self.amount = 0
        self.bar = None
        self.enabled = is_terminal(self.stream) and not is_terminal(sys.stdout) and not dumb_terminal()

    def done(self, amount: int = 1) -> None:
        self.items += 1
        self.amount += amount
        if self.bar is not None:
            self.bar.update(amount)
        elif self.enabled and self.items >= MANY:
            import click

            if self.total is None:
                self.bar = click.progressbar(iter(int, 1), label=self.label, file=self.stream, show_pos=True)
            else:
                self.bar = click.progressbar(length=self.total, label=self.label, file=self.stream)
            self.bar.__enter__()
            self.bar.update(self.amount)

    def clear(self) -> None:
        """Erase the bar's line before a message goes to the same terminal, so that the
        message starts its own line instead of running on from "summarizing [###-] 48%".
        The bar is drawn again below it at the next step."""
        if self.bar is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def is_terminal(stream) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def dumb_terminal() -> bool:
    """TERM=dumb (Emacs's shell, some CI logs) prints escape codes raw: no colour, no bar."""
    return os.environ.get("TERM") == "dumb"
