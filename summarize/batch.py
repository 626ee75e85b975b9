"""Many inputs at once: JSON Lines in and out, and an ordered parallel map.

A day's releases go through one process pool, in input order, with a bounded number of
inputs in flight, so memory stays flat however long the input is. The record-level
function `summarize_record` is what Dask, Spark or any engine that maps a Python
function over records calls (examples/dask_bag.py; README, "Batch mode and scaling out").
"""
from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from .errors import ExitCode, SummarizeError
from .progress import MANY, Progress, is_terminal  # noqa: F401  (re-exported: batch.MANY, batch.is_terminal)

# Chunks in flight per worker: enough to keep workers busy, few enough for flat memory.
AHEAD_PER_JOB = 4


@dataclass(frozen=True)
class Record:
    """One JSON Lines input: its text and id, or why it cannot be summarized."""

    source: str  # "path:line", used in messages and as the summary's source
    id: Any = None
    text: str | None = None
    error: str | None = None
    size: int = 0  # bytes of the line, for progress over a file


def parse_record(line: str | bytes, source: str = "-") -> Record:
    """A `Record` from one line of JSON Lines: an object with "text" and an optional "id"."""
    try:
        value = json.loads(line)
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return Record(source, error=f"invalid JSON: {error}", size=len(line))
    return make_record(value, source, len(line))


def make_record(value: Any, source: str = "-", size: int = 0) -> Record:
    """A `Record` from a parsed JSON value, with the reason when it cannot be summarized."""
    if not isinstance(value, dict):
        return Record(source, error=f"expected a JSON object, got {type(value).__name__}", size=size)
    record_id, text = value.get("id"), value.get("text")
    if text is None:
        return Record(source, record_id, error='no "text" field' + _other_fields(value), size=size)
    if not isinstance(text, str):
        return Record(source, record_id, error='"text" is not a string', size=size)
    if not text.strip():
        return Record(source, record_id, error='"text" is empty', size=size)
    return Record(source, record_id, text=text, size=size)


def _other_fields(value: dict) -> str:
    """The fields an object has instead of "text", to show where the text went:
    ' (it has "article", "highlights")' for a CNN/DM record; "" when it has none but "id"."""
    others = [json.dumps(key) for key in value if key != "id"]
    if not others:
        return ""
    shown = ", ".join(others[:5]) + (", ..." if len(others) > 5 else "")
    return f" (it has {shown})"


def read_records(stream: IO[bytes], name: str = "-", max_bytes: int | None = None) -> Iterator[Record]:
    """Records of a JSON Lines stream, read lazily line by line; blank lines are skipped.

    A line longer than `max_bytes` becomes an error record without being held in memory.
    """
    number = 0
    while line := stream.readline(-1 if max_bytes is None else max_bytes + 1):
        number += 1
        if max_bytes is not None and len(line) > max_bytes and not (len(line) == max_bytes + 1 and line.endswith(b"\n")):
            size = len(line)
            while not line.endswith(b"\n") and (line := stream.readline(1 << 16)):
                size += len(line)  # skip the rest of the line, a block at a time
            yield Record(f"{name}:{number}", error=f"line longer than {max_bytes} bytes", size=size)
        elif line.strip():
            yield parse_record(line, f"{name}:{number}")


def looks_like_json_lines(text: str) -> bool:
    """True when `text` opens with a line that is a whole JSON object: a JSON Lines file
    given without --jsonl, which would be summarized as one document of JSON syntax."""
    first = text.lstrip()[:1]
    if first != "{":
        return False
    line = text.lstrip().split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def summarize_record(value: dict, options=None) -> dict:
    """The JSON output for one input object `{"id": ..., "text": ...}`, errors included.

    Pure, picklable and never raising for bad input, for any engine that maps a function
    over records: `bag.map(summarize_record)`, `rdd.map(summarize_record)`.
    """
    record_id = value.get("id") if isinstance(value, dict) else None
    return record_result(make_record(value, "-" if record_id is None else str(record_id)), options)[0]


def summarize_line(line: str | bytes, options=None) -> dict:
    """`summarize_record` for one line of JSON Lines text; invalid JSON gives an error object."""
    try:
        value = json.loads(line)
    except ValueError as error:
        return record_result(Record("-", error=f"invalid JSON: {error}"), options)[0]
    return summarize_record(value, options)


def record_result(record: Record, options=None) -> tuple[dict, str | None]:
    """The output object for a record (with "id"), and the error message if it failed."""
    from .format import to_dict
    from .pipeline import Options, summarize_text

    error = record.error
    if error is None:
        try:
            return to_dict(summarize_text(record.text, options or Options(), record.source), record_id=record.id), None
        except SummarizeError as failure:
            error = str(failure).removeprefix(f"{record.source}: ")
        except Exception as failure:  # noqa: BLE001 - a bug on one record must not stop a day's batch
            error = f"internal error ({type(failure).__name__}: {failure})"
    return {"id": record.id, "source": record.source, "error": error}, f"{record.source}: {error}"


def record_output(record: Record, options=None) -> tuple[str, str | None]:
    """`record_result` as one line of JSON Lines."""
    out, message = record_result(record, options)
    return json.dumps(out, ensure_ascii=False) + "\n", message


def resolve_jobs(jobs: int) -> int:
    """Worker processes for `--jobs`: 0 means one per usable core."""
    if jobs > 0:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _apply(func: Callable, chunk: list) -> list:
    return [func(item) for item in chunk]


def _start_worker() -> None:
    """A worker collects garbage whatever the parent does, and dies of SIGTERM as usual."""
    from .collector import resume
    from .interrupts import default_terminate

    resume()
    default_terminate()


def ordered_map(func: Callable, items: Iterable, jobs: int = 1, chunksize: int = 1) -> Iterator:
    """`map(func, items)` over `jobs` processes, results in input order.

    Items are read lazily and at most `jobs * AHEAD_PER_JOB` chunks are in flight, so
    a stream of any length runs in flat memory. `func` must be picklable (top level).
    With one job everything runs here, in this process, one item at a time.
    """
    from .interrupts import check_terminated, signals_held

    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for item in items:
            yield func(item)
            check_terminated()
        return
    from concurrent.futures import ProcessPoolExecutor

    source = iter(items)
    pending: deque = deque()
    # A forked worker inherits the parent's collector state and signal handlers.
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker)
    try:
        while chunk := list(islice(source, chunksize)):
            with signals_held():  # a submit may fork a worker
                pending.append(pool.submit(_apply, func, chunk))
            if len(pending) >= jobs * AHEAD_PER_JOB:
                yield from pending.popleft().result()
                check_terminated()
        while pending:
            yield from pending.popleft().result()
            check_terminated()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class Outcome:
    """A value or the error that stopped it, carried back from a worker in order."""

    value: Any = None
    error: BaseException | None = None
    stderr: str = ""  # what the work wrote to stderr (warnings), when run in a worker

    def get(self):
        """The value, or the error raised here as if the work had run in this process."""
        if self.error is not None:
            raise self.error
        return self.value


@dataclass(frozen=True)
class Attempt:
    """`func` wrapped so that one item's error becomes its `Outcome` instead of ending the map.

    Any `Exception` is carried (a bug on one input must not stop the others; the caller
    decides how to report it); KeyboardInterrupt and SystemExit are not. In a worker,
    `capture` keeps what the work writes to stderr (warnings) with its outcome, so the
    parent prints it in input order, as one process would have.
    """

    func: Callable
    capture: bool = False

    def __call__(self, item) -> Outcome:
        if not self.capture:
            return self._attempt(item)
        import contextlib
        import io

        buffer = io.StringIO()
        with contextlib.redirect_stderr(buffer):
            outcome = self._attempt(item)
        return Outcome(outcome.value, outcome.error, buffer.getvalue())

    def _attempt(self, item) -> Outcome:
        try:
            return Outcome(self.func(item))
        except Exception as error:
            return Outcome(error=error)


class _Recoded:
    """A UTF-16 or UTF-32 stream read as lines of UTF-8 bytes, as `read_records` wants:
    JSON Lines saved with `>` by Windows PowerShell 5 are UTF-16 with a byte-order mark."""

    def __init__(self, stream: IO[bytes], encoding: str):
        import io

        self.text = io.TextIOWrapper(stream, encoding=encoding, errors="replace")

    def readline(self, limit: int = -1) -> bytes:
        return self.text.readline(limit).encode("utf-8")

    def close(self) -> None:
        self.text.close()

    def release(self) -> None:
        """Leave the stream open: stdin may be named again ("--jsonl - -"), and a collected
        wrapper would close it."""
        self.text.detach()


def _open(path: str) -> IO[bytes]:
    """A binary stream for `path`; "-" is stdin. UTF-16 and UTF-32 (with a BOM) come out as UTF-8."""
    from .decode import wide_encoding
    from .inputs import stdin_bytes

    stream = stdin_bytes() if path == "-" else open(path, "rb")
    peek = getattr(stream, "peek", None)
    encoding = wide_encoding(peek(4)[:4]) if peek else None
    return _Recoded(stream, encoding) if encoding else stream


def _all_records(paths, max_bytes: int | None = None) -> Iterator[Record]:
    """The records of every file in turn; a file that cannot be opened is one error record,
    so its `{"id": null, "source": "missing.jsonl", "error": ...}` line comes in order."""
    for path in paths:
        try:
            stream = _open(path)
        except OSError as error:
            from .inputs import open_error

            yield Record(path, error=open_error(path, error))
            continue
        try:
            yield from read_records(stream, path, max_bytes)
        finally:
            if path != "-":
                stream.close()
            elif isinstance(stream, _Recoded):
                stream.release()


def _total_size(paths) -> int | None:
    """Bytes to read, for the progress bar; None when unknown: stdin, or a UTF-16 or UTF-32
    file, whose records are counted in the UTF-8 they become (its bar would stop half-way)."""
    from .decode import wide_encoding

    total = 0
    for path in paths:
        if path == "-":
            return None
        try:
            with open(path, "rb") as handle:
                if wide_encoding(handle.read(4)):
                    return None
            total += os.stat(path).st_size
        except OSError:
            pass
    return total


def run_jsonl(
    paths, options, jobs: int = 1, write=None, error=None, progress: Progress | None = None, max_bytes: int | None = None
) -> ExitCode:
    """Summarize every JSON Lines record of `paths` and write one JSON line each, in order.

    A bad record gives an object with "error" and the run goes on; the exit code is
    ERROR at the end when any record failed. `write` and `error` print a line to stdout
    and stderr (the CLI passes click's echo). A line over `max_bytes` is such a bad record.
    """
    import functools

    status = ExitCode.OK

    progress = progress or Progress(_total_size(paths))
    records = _all_records(paths, max_bytes)
    # Keep record sizes beside the results without sending them to the workers twice.
    sizes: deque[int] = deque()

    def sized(stream):
        for record in stream:
            sizes.append(record.size)
            yield record

    work = functools.partial(record_output, options=options)
    try:
        for line, message in ordered_map(work, sized(records), jobs, chunksize=4):
            write(line)
            if message is not None:
                progress.clear()
                error(message)
                status = ExitCode.ERROR
            size = sizes.popleft()
            progress.done(size if progress.total is not None else 1)
    finally:
        progress.close()
    return status


def outcomes(func: Callable, items: Iterable, jobs: int = 1, progress: Progress | None = None) -> Iterator[tuple[Any, Outcome]]:
    """`(item, Outcome)` pairs in input order, with a progress bar for many items.

    An error on one item is carried in its outcome, so the caller reports it in order
    and goes on with the others (after `progress.clear()` when it writes to stderr).
    What the work writes to stderr is held with its outcome when it runs in a worker, or
    when a bar may be drawn, and written here, below the bar's erased line.
    """
    items = list(items)
    progress = progress or Progress(len(items))
    jobs = min(resolve_jobs(jobs), max(1, len(items)))  # no idle workers for a few files
    capture = jobs > 1 or progress.enabled
    try:
        for item, outcome in zip(items, ordered_map(Attempt(func, capture=capture), items, jobs)):
            if outcome.stderr:
                import sys

                progress.clear()
                sys.stderr.write(outcome.stderr)
                sys.stderr.flush()
            yield item, outcome
            progress.done()
    finally:
        progress.close()
