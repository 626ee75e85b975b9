"""The `summarize` command: read files or stdin, call the pipeline, print reports.

Thin on purpose: options become an `Options`, errors become one line on stderr and an
exit code. nltk and sumy are imported only once there is text to summarize.
"""
from __future__ import annotations

import functools
import os
import shutil
import sys

import click

from . import __version__
from .errors import ExitCode, SummarizeError
from .format import FORMATS
from .score import ALGORITHMS, DEFAULT_ALGORITHM

EPILOG = """\b
Examples:
  summarize release.txt                 headline, 3 key points, participants
  cat release.txt | summarize -n 5      five key points from stdin
  summarize -w 60 a.txt b.txt           as many points as fit in 60 words, per file
  summarize -f json *.txt > out.jsonl   one JSON object per file
  summarize -a lexrank release.txt      another algorithm
"""


def use_color(choice: str, stream) -> bool:
    """Colour on a terminal only, never with NO_COLOR set (unless forced with --color always)."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def stdin_is_terminal() -> bool:
    """True when nothing is piped in, so reading stdin would wait for typing."""
    return sys.stdin is None or sys.stdin.isatty()


def _length(sentences, ratio, words):
    from .score import Length

    given = [name for name, value in (("--sentences", sentences), ("--ratio", ratio), ("--words", words)) if value is not None]
    if len(given) > 1:
        raise click.UsageError(f"use only one of {', '.join(given)}")
    if ratio is not None and not 0 < ratio <= 1:
        raise click.BadParameter("must be greater than 0 and at most 1", param_hint="--ratio")
    return Length(sentences=sentences, ratio=ratio, words=words)


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _os_error_message(path: str, error: OSError) -> str:
    if isinstance(error, IsADirectoryError) or os.path.isdir(path):
        return f"{path}: is a directory"
    reason = error.strerror or str(error)
    return f"{path}: {reason}"


def _error(message: str) -> None:
    click.echo(f"summarize: error: {message}", err=True)


def _warn(message: str) -> None:
    click.echo(f"summarize: warning: {message}", err=True)


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("files", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-n", "--sentences", type=click.IntRange(min=1), help="Number of key points (default 3).")
@click.option("-r", "--ratio", type=float, help="Key points as a share of the body's sentences, 0 < R <= 1.")
@click.option("-w", "--words", type=click.IntRange(min=1), help="As many whole key points as fit in N words.")
@click.option(
    "-a", "--algorithm", type=click.Choice(list(ALGORITHMS)), default=DEFAULT_ALGORITHM, show_default=True,
    help="How key points are chosen.",
)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format; json prints one object per line.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True, help="Colour the text report (auto: only on a terminal, never with NO_COLOR).")
@click.option("--no-participants", is_flag=True, help="Leave out the participants.")
@click.option("--explain", is_flag=True, help="Show each key point's score and its parts.")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
@click.option("--jsonl", is_flag=True, help='Read JSON Lines, one {"id": ..., "text": ...} object a line; write one JSON object per line.')
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, help="Worker processes; 0 uses every core.")
@click.version_option(__version__, "-V", "--version", prog_name="summarize")
def main(files, sentences, ratio, words, algorithm, fmt, color, no_participants, explain, debug, jsonl, jobs):
    """Summarize press releases: the headline, key points and who took part.

    Reads each FILE, or standard input when FILE is - or none is given.
    """
    from .pipeline import Options

    length = _length(sentences, ratio, words)
    if not files:
        if stdin_is_terminal():
            raise click.UsageError("no input: give a FILE or pipe text to standard input")
        files = ("-",)
    options = Options(algorithm=algorithm, length=length, participants=not no_participants, explain=explain)
    colored = use_color(color, sys.stdout) and fmt == "text"
    width = min(shutil.get_terminal_size((80, 24)).columns, 100)
    if jsonl:
        from .batch import run_jsonl

        sys.exit(int(run_jsonl(files, options, jobs, write=functools.partial(click.echo, nl=False), error=_error)))
    from .batch import outcomes

    work = functools.partial(_summarize_one, options=options, fmt=fmt, colored=colored, width=width, explain=explain)
    status = ExitCode.OK
    for number, (path, outcome) in enumerate(outcomes(work, files, jobs)):
        try:
            report = outcome.get()
        except SummarizeError as error:
            if debug:
                raise
            _error(str(error))
            status = max(status, error.exit_code)
            continue
        except OSError as error:
            if debug:
                raise
            _error(_os_error_message(path, error))
            status = max(status, ExitCode.ERROR)
            continue
        if len(files) > 1 and fmt != "json":
            header = f"==> {path} <=="
            click.echo(("\n" if number else "") + header)
        click.echo(report, nl=False, color=colored)
    sys.exit(int(status))


def _summarize_one(path: str, options, fmt: str, colored: bool, width: int, explain: bool) -> str:
    from .format import render
    from .pipeline import summarize_bytes

    summary = summarize_bytes(_read(path), options, source=path)
    for warning in summary.warnings:
        _warn(warning)
    return render(summary, fmt, colored, width, explain)
