"""The `summarize` command: read files or stdin, call the pipeline, print reports.

Thin on purpose: options become an `Options`, errors become one line on stderr and an
exit code. nltk and sumy are imported only once there is text to summarize.
"""
from __future__ import annotations

import functools
import os
import shutil
import sys
from typing import NamedTuple

import click

from . import __version__
from .errors import ExitCode, InputError, OutputError, SummarizeError
from .choices import ALGORITHM_NAMES, DEFAULT_ALGORITHM, FORMATS, INPUT_FORMATS
from .inputs import DEFAULT_MAX_BYTES, human_size, open_error, parse_size, read_input
from .interrupts import ending_signals, quiet_exits, silence_stdout
from .progress import dumb_terminal, is_terminal
from .sanitize import strip_controls

EPILOG = """\b
Examples:
  summarize release.txt                 headline, 3 key points, participants
  cat release.txt | summarize -n 5      five key points from stdin
  summarize -w 60 a.txt b.txt           as many points as fit in 60 words, per file
  summarize -f json *.txt > out.jsonl   one JSON object per file
  summarize -a lexrank release.txt      another algorithm
  summarize --show-clean release.txt    the cleaned text, and what was removed and why
  summarize --jsonl -j 0 day.jsonl      JSON Lines in and out, on every core
"""


class Output(NamedTuple):
    """How reports are written: chosen once per run from the options and the terminal."""

    fmt: str = "text"
    colored: bool = False
    width: int = 80
    explain: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    show_clean: bool = False
    level: int = 1  # the markdown headline's heading level: 2 under each file's heading


def use_color(choice: str, stream) -> bool:
    """Colour on a terminal only, never with NO_COLOR set or on a dumb terminal (TERM=dumb:
    Emacs's shell, some CI logs, which print escape codes raw), unless forced with --color always."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR") or dumb_terminal():
        return False
    return is_terminal(stream)


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


class ByteSize(click.ParamType):
    """A size in bytes, or with a unit as people write it: 1048576, 500KB, 20MB."""

    name = "size"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        try:
            return parse_size(value)
        except ValueError as error:
            self.fail(str(error), param, ctx)


def _check_combination(fmt: str, fmt_given: bool, jsonl: bool, show_clean: bool, explain: bool) -> None:
    """A usage error for flags that would be silently ignored together: `--jsonl -f markdown`
    writes JSON all the same, `--show-clean` prints no summary, JSON has no place for scores."""
    if jsonl and fmt_given and fmt != "json":
        raise click.UsageError(f"--jsonl always writes JSON Lines; leave out --format {fmt}")
    if show_clean and jsonl:
        raise click.UsageError("--show-clean prints one cleaned document as text; it cannot be used with --jsonl")
    if show_clean and fmt != "text":
        raise click.UsageError(f"--show-clean prints the cleaned document as text; leave out --format {fmt}")
    if explain and show_clean:
        raise click.UsageError("--show-clean prints the cleaned document, with no key points for --explain to score")
    if explain and (jsonl or fmt == "json"):
        raise click.UsageError("--explain shows scores in the text and markdown reports, not in JSON")


def _check_language(ctx, param, value: str) -> str:
    from .language import check_language

    try:
        return check_language(value)
    except SummarizeError as error:
        raise click.BadParameter(str(error)) from None


def _os_error_message(path: str, error: OSError) -> str:
    return f"{path or repr('')}: {open_error(path, error)}"


def _error(message: str) -> None:
    click.echo(f"summarize: error: {strip_controls(message)}", err=True)


def _emit(text: str, color: bool = False) -> None:
    """`text` to stdout; a failed write (a full disk) is an OutputError, a closed pipe stays
    a BrokenPipeError (which ends the run quietly)."""
    if sys.stdout is None:  # `summarize a.txt >&-`: click would drop the report without a word
        raise OutputError("cannot write the output: standard output is closed")
    try:
        click.echo(text, nl=False, color=color)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the output: {error.strerror or error}") from error


def _warn(message: str) -> None:
    click.echo(f"summarize: warning: {strip_controls(message)}", err=True)


class _Command(click.Command):
    """The command, with Ctrl-C, SIGTERM and SIGHUP ending it quietly from its first moment."""

    def main(self, *args, **kwargs):
        with ending_signals():
            return super().main(*args, **kwargs)


@click.command(cls=_Command, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("files", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-n", "--sentences", type=click.IntRange(min=1), metavar="N", help="Number of key points (default 3).")
@click.option("-r", "--ratio", type=float, metavar="R", help="Key points as a share of the body's sentences, 0 < R <= 1.")
@click.option("-w", "--words", type=click.IntRange(min=1), metavar="N", help="As many whole key points as fit in N words.")
@click.option(
    "-a", "--algorithm", type=click.Choice(ALGORITHM_NAMES), default=DEFAULT_ALGORITHM, show_default=True,
    help="How key points are chosen.",
)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format; json prints one object a line per input, an error object for one that failed.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True, help="Colour the text report (auto: only on a terminal, never with NO_COLOR).")
@click.option(
    "--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
    help="How to read the input (auto: from the file extension, else the content).",
)
@click.option("--show-clean", is_flag=True, help="Print the cleaned document and what was removed, and why, instead of a summary.")
@click.option("--no-participants", is_flag=True, help="Leave out the participants.")
@click.option("--language", metavar="NAME", default="english", show_default=True, callback=_check_language, help="Language of the text, for stemming and stop words.")
@click.option(
    "--max-bytes", type=ByteSize(), default=human_size(DEFAULT_MAX_BYTES), show_default=True,
    help="Refuse inputs larger than this: bytes, or with a unit (500KB, 20MB).",
)
@click.option("--explain", is_flag=True, help="Show each key point's score and its parts.")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
@click.option("--jsonl", is_flag=True, help='Read JSON Lines, one {"id": ..., "text": ...} object a line; write one JSON object per line.')
@click.option("-j", "--jobs", type=click.IntRange(min=0), metavar="N", default=1, show_default=True, help="Worker processes; 0 uses every core.")
@click.version_option(__version__, "-V", "--version", prog_name="summarize")
def main(files, sentences, ratio, words, algorithm, fmt, color, input_format, show_clean, no_participants, language, max_bytes, explain, debug, jsonl, jobs):
    """Summarize press releases: the headline, key points and who took part.

    Reads each FILE, or standard input when FILE is - or none is given.
    """
    from .pipeline import Options

    _single_threaded_math()
    length = _length(sentences, ratio, words)
    fmt_given = click.get_current_context().get_parameter_source("fmt") is not click.ParameterSource.DEFAULT
    _check_combination(fmt, fmt_given, jsonl, show_clean, explain)
    if not files:
        if stdin_is_terminal():
            raise click.UsageError("no input: give a FILE or pipe text to standard input")
        files = ("-",)
    options = Options(
        algorithm=algorithm,
        length=length,
        participants=not no_participants,
        explain=explain,
        input_format=input_format,
        language=language,
    )
    _encodable_stdout(jsonl or fmt == "json")
    colored = use_color(color, sys.stdout) and fmt == "text"
    width = min(shutil.get_terminal_size((80, 24)).columns, 100)
    output = Output(fmt=fmt, colored=colored, width=width, explain=explain, max_bytes=max_bytes, show_clean=show_clean,
                    level=2 if len(files) > 1 else 1)
    from .collector import hold_off, resume

    hold_off()  # while nltk, sumy and the data load: resumed after the first input
    try:
        with quiet_exits():
            if jsonl:
                from .batch import run_jsonl

                def write(line: str) -> None:
                    _emit(line)
                    resume()  # a no-op after the first line

                sys.exit(int(run_jsonl(files, options, jobs, write=write, error=_error, max_bytes=max_bytes)))
            sys.exit(int(_run(files, options, output, jobs, debug)))
    except OutputError as error:
        if debug:
            raise
        _error(str(error))
        silence_stdout()  # or the flush at exit fails once more, with a traceback
        sys.exit(int(error.exit_code))
    finally:
        resume()


def _encodable_stdout(json_out: bool) -> None:
    """Standard output that cannot fail on a character its encoding lacks.

    Redirected on Windows, or under a latin-1 locale, stdout is not UTF-8, and a headline
    with "→" or a Chinese name would end the run with a UnicodeEncodeError. JSON is
    written as UTF-8, as JSON exchanged between programs must be; a report keeps the
    user's encoding, with a plain stand-in for what it cannot show ("*" for the bullet).
    """
    import codecs

    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if codecs.lookup(encoding).name.startswith("utf") or reconfigure is None:
        return
    codecs.register_error("summarize.plain", _plain_stand_in)
    reconfigure(**({"encoding": "utf-8"} if json_out else {"errors": "summarize.plain"}))


# Stand-ins for the report's own marks and common typography, in any encoding.
_STAND_INS = {"\u2022": "*", "\u2192": "->", "\u2013": "-", "\u2014": "--", "\u2018": "'", "\u2019": "'",
              "\u201c": '"', "\u201d": '"', "\u2026": "..."}


def _plain_stand_in(error: UnicodeEncodeError) -> tuple[str, int]:
    """What to print for characters the output encoding lacks: "•" -> "*", "é" -> "e", "王" -> "?"."""
    import unicodedata

    out = []
    for char in error.object[error.start:error.end]:
        plain = _STAND_INS.get(char) or unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        out.append(plain or "?")
    return "".join(out), error.end


# Thread-pool settings of the linear-algebra libraries numpy may be built with.
_MATH_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _single_threaded_math() -> None:
    """One math thread per process unless the user says otherwise, set before numpy loads.

    A summary's matrix products are small: BLAS threads cost more to wake (and spin) than
    they save, and they would fight `--jobs` workers for the cores.
    """
    for name in _MATH_THREADS:
        os.environ.setdefault(name, "1")


def _run(files, options, output: Output, jobs: int, debug: bool) -> ExitCode:
    """Each input's report in input order; a bad input is reported and the others go on."""
    from .batch import Progress, outcomes
    from .collector import resume_after_first
    from .format import file_heading

    work = functools.partial(_report_one, options=options, output=output)
    status = ExitCode.OK
    progress = Progress(len(files))
    shown = 0  # reports printed so far: a blank line goes between them, not before the first
    for path, outcome in resume_after_first(outcomes(work, files, jobs, progress)):
        if outcome.error is not None:
            progress.clear()  # the error's line must not run on from the bar's
        try:
            report = outcome.get()
        except BrokenPipeError:
            raise
        except ImportError as error:  # a broken install, not a bad input: every other input would fail too
            if debug:
                raise
            _error(f"a required package is missing ({error.name or error}); reinstall summarize with pip as the README says")
            return ExitCode.ERROR
        except Exception as error:
            if debug:
                raise
            message, code = _failure(path, error)
            _error(message)
            if output.fmt == "json":  # one object per input, in order, as --jsonl writes
                _emit(_json_error(path, message))
            status = max(status, code)
            continue
        if len(files) > 1 and output.fmt != "json":
            _emit(("\n" if shown else "") + file_heading(strip_controls(path), output.fmt))
        _emit(report, output.colored)
        shown += 1
    return status


def _failure(path: str, error: Exception) -> tuple[str, ExitCode]:
    """The one-line message for an input that failed, and the exit code it calls for."""
    if isinstance(error, SummarizeError):
        return str(error), error.exit_code
    if isinstance(error, OSError):
        return _os_error_message(path, error), ExitCode.ERROR
    # a bug: reported, and the other files go on
    return f"{path}: internal error ({type(error).__name__}: {error}); --debug shows the traceback", ExitCode.ERROR


def _json_error(path: str, message: str) -> str:
    """The JSON line standing for an input that failed, so that line N of the output is
    still input N: `{"source": "a.txt", "error": "No such file or directory"}`."""
    import json

    reason = strip_controls(message).removeprefix(f"{strip_controls(path)}: ")
    return json.dumps({"source": path, "error": reason}, ensure_ascii=False) + "\n"


def _report_one(path: str, options, output: Output) -> str:
    """One input's report (or its cleaned document with --show-clean); warnings go to stderr."""
    from .decode import decode
    from .format import render, render_document
    from .pipeline import clean_text, summarize_document

    text, warnings = decode(read_input(path, output.max_bytes), path)
    if options.input_format == "auto":
        from .batch import looks_like_json_lines

        if looks_like_json_lines(text):
            raise InputError(f"{path}: looks like JSON Lines, one object a line; use --jsonl to summarize each one")
    document = clean_text(text, options, source=path)
    if output.show_clean:
        for warning in tuple(warnings) + document.warnings:
            _warn(warning)
        return render_document(document, output.colored)
    summary = summarize_document(document, options, source=path)
    for warning in tuple(warnings) + summary.warnings + _length_warnings(summary, options, path):
        _warn(warning)
    return render(summary, output.fmt, output.colored, output.width, output.explain, output.level)


def _length_warnings(summary, options, path: str) -> tuple[str, ...]:
    """A word budget no whole sentence fits leaves the key points empty: say so, rather than
    print an empty list as if the release had nothing to say."""
    words = options.length.words
    if summary.key_points or words is None:
        return ()
    return (f"{path}: no sentence of the body fits in {words} words; give a larger -w/--words",)
