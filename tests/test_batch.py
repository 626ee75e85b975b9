"""Batch mode: JSON Lines in and out, --jobs, the progress bar, and the Dask recipe."""
from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarize import batch, cli

from .helpers import RELEASE

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

OTHER = """\
City Library Extends Weekend Hours

The city library will stay open until 8 p.m. on Saturdays and Sundays from June.

Librarian Ana Ruiz said visitors had asked for longer hours for years. The change costs
$40,000 a year and is paid for by the library's friends association.
"""

THIRD = """\
Harbor Ferry Adds Night Crossings

The harbor ferry will run two extra crossings each night during the summer festival.
Tickets for the night crossings cost the same as daytime ones.
"""


def jsonl(*objects) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objects)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(jsonl({"id": "a", "text": RELEASE}, {"id": 7, "text": OTHER}, {"text": THIRD}), encoding="utf-8")
    return path


def outputs(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


# -- records -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, error",
    [
        ("{not json", "invalid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"id": 1}', 'no "text"'),
        ('{"id": 1, "text": 5}', "not a string"),
        ('{"id": 1, "text": "  \\n "}', "empty"),
        (b"\xff\xfe{}", "invalid JSON"),
    ],
)
def test_bad_records_say_why(line, error):
    record = batch.parse_record(line, "in.jsonl:3")
    assert record.text is None and error in record.error
    assert record.source == "in.jsonl:3"


def test_a_record_without_text_names_the_fields_it_has():
    # A news dataset keeps its text under "article": say so rather than only 'no "text" field'.
    record = batch.parse_record('{"id": 9, "article": "Quarrow Labs opened.", "highlights": "Opened."}', "cnn.jsonl:1")
    assert record.error == 'no "text" field (it has "article", "highlights")'
    many = batch.parse_record(json.dumps({f"f{i}": i for i in range(7)}))
    assert many.error == 'no "text" field (it has "f0", "f1", "f2", "f3", "f4", ...)'


def test_good_record_keeps_id_and_text():
    record = batch.parse_record('{"id": "x-1", "text": "Hello there.", "wire": "w"}')
    assert (record.id, record.text, record.error) == ("x-1", "Hello there.", None)
    assert batch.parse_record('{"text": "Hello there."}').id is None


def test_summarize_record_is_a_plain_dict_function():
    out = batch.summarize_record({"id": 42, "text": RELEASE})
    assert out["id"] == 42
    assert out["headline"] == "Acme Widgets Opens New Plant in Ohio"
    assert len(out["key_points"]) == 3
    assert batch.summarize_record({"id": 42, "text": ""}) == {"id": 42, "source": "42", "error": '"text" is empty'}
    assert batch.summarize_line("{oops")["error"].startswith("invalid JSON")
    assert batch.summarize_line(json.dumps({"id": 1, "text": OTHER}))["id"] == 1


class Lines:
    """A binary stream that fails if read past the lines given."""

    def __init__(self, *lines: bytes):
        self.lines = list(lines)

    def readline(self, limit=-1):
        if not self.lines:
            raise AssertionError("read past what was asked for")
        line = self.lines.pop(0)
        if 0 <= limit < len(line):
            line, rest = line[:limit], line[limit:]
            self.lines.insert(0, rest)
        return line


def test_read_records_is_lazy_and_skips_blank_lines():
    records = batch.read_records(Lines(b'{"id": 1, "text": "One."}\n', b"\n", b'{"id": 2, "text": "Two."}\n'), "s")
    assert [next(records).source, next(records).source] == ["s:1", "s:3"]


def test_a_line_too_long_is_an_error_read_in_bounded_blocks():
    long_line = json.dumps({"id": "big", "text": "Word. " * 50_000}).encode() + b"\n"
    fits = json.dumps({"id": "ok", "text": "Fine."}).encode()
    stream = io.BytesIO(long_line + fits + b"\n" + fits)
    reads = []
    real = stream.readline
    stream.readline = lambda limit=-1: reads.append(limit) or real(limit)
    records = list(batch.read_records(stream, "s", max_bytes=len(fits)))
    assert [(r.source, r.error) for r in records] == [
        ("s:1", f"line longer than {len(fits)} bytes"), ("s:2", None), ("s:3", None),
    ]
    assert records[0].size == len(long_line)
    assert all(0 <= limit <= 1 << 16 for limit in reads)


# -- --jsonl -------------------------------------------------------------------------------


def test_jsonl_keeps_order_and_ids(runner, corpus):
    result = runner.invoke(cli.main, ["--jsonl", str(corpus)])
    assert result.exit_code == 0, result.stderr
    out = outputs(result.stdout)
    assert [o["id"] for o in out] == ["a", 7, None]
    assert [o["headline"] for o in out] == [
        "Acme Widgets Opens New Plant in Ohio",
        "City Library Extends Weekend Hours",
        "Harbor Ferry Adds Night Crossings",
    ]
    assert [o["source"] for o in out] == [f"{corpus}:1", f"{corpus}:2", f"{corpus}:3"]
    assert list(out[0])[:2] == ["id", "source"]
    assert result.stderr == ""


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_jsonl_saved_as_utf16_by_powershell_is_read(runner, corpus, tmp_path, encoding):
    # Windows PowerShell 5 writes `>` as UTF-16 with a BOM and CRLF line ends; every line
    # was "invalid JSON", and a phantom one appeared between the real ones.
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes(corpus.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))
    result = runner.invoke(cli.main, ["--jsonl", str(wide)])
    assert result.exit_code == 0, result.stderr
    expected = outputs(runner.invoke(cli.main, ["--jsonl", str(corpus)]).stdout)
    assert [{**o, "source": o["source"].replace(str(wide), str(corpus))} for o in outputs(result.stdout)] == expected


def test_utf16_stdin_named_twice_is_read_once_without_a_traceback(runner, corpus):
    # The UTF-16 reader closed stdin when it was collected, so the second "-" raised
    # ValueError. (A real pipe: click's test runner gives a stdin that cannot peek.)
    wide = corpus.read_text(encoding="utf-8").encode("utf-16")
    result = subprocess.run([sys.executable, "-m", "summarize", "--jsonl", "-", "-"], input=wide,
                            capture_output=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    expected = outputs(runner.invoke(cli.main, ["--jsonl", str(corpus)]).stdout)
    drop = lambda o: {k: v for k, v in o.items() if k != "source"}  # noqa: E731
    assert [drop(o) for o in outputs(result.stdout.decode())] == [drop(o) for o in expected]


def test_progress_of_a_utf16_jsonl_file_counts_records_not_bytes(corpus, tmp_path):
    # Its records are measured in UTF-8, so a byte total from the file would stop the bar half-way.
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes(corpus.read_text(encoding="utf-8").encode("utf-16"))
    assert batch._total_size([str(corpus)]) == corpus.stat().st_size
    assert batch._total_size([str(corpus), str(wide)]) is None


def test_json_without_jsonl_has_no_id(runner, tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(RELEASE, encoding="utf-8")
    assert "id" not in json.loads(runner.invoke(cli.main, ["-f", "json", str(path)]).stdout)


def test_jsonl_from_stdin(runner):
    result = runner.invoke(cli.main, ["--jsonl"], input=jsonl({"id": "s", "text": OTHER}, {"id": "t", "text": THIRD}))
    assert result.exit_code == 0, result.stderr
    out = outputs(result.stdout)
    assert [(o["id"], o["source"]) for o in out] == [("s", "-:1"), ("t", "-:2")]


def test_bad_lines_give_error_objects_and_the_run_goes_on(runner, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        jsonl(
            {"id": 1, "text": RELEASE},
            "{this is not json",
            {"id": 3},
            {"id": 4, "text": ""},
            "",
            {"id": 6, "text": "--- *** ---"},
            {"id": 7, "text": OTHER},
        ),
        encoding="utf-8",
    )
    result = runner.invoke(cli.main, ["--jsonl", str(path)])
    assert result.exit_code == 1
    out = outputs(result.stdout)
    assert [o["id"] for o in out] == [1, None, 3, 4, 6, 7]
    assert "error" not in out[0] and "error" not in out[-1]
    assert out[-1]["headline"] == "City Library Extends Weekend Hours"
    errors = {o["source"].rsplit(":", 1)[1]: o["error"] for o in out if "error" in o}
    assert errors["2"].startswith("invalid JSON")
    assert errors["3"] == 'no "text" field'
    assert errors["4"] == '"text" is empty'
    assert "no sentence" in errors["6"]
    assert sorted(errors) == ["2", "3", "4", "6"]  # line 5 is blank: skipped, not an error
    assert len(result.stderr.splitlines()) == 4
    assert f"summarize: error: {path}:2: invalid JSON" in result.stderr


def test_a_bug_on_one_record_does_not_stop_the_batch(runner, corpus, monkeypatch):
    from summarize import pipeline

    real = pipeline.summarize_text

    def flaky(text, *args, **kwargs):
        if text == OTHER:
            raise RuntimeError("boom")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(pipeline, "summarize_text", flaky)
    result = runner.invoke(cli.main, ["--jsonl", str(corpus)])
    assert result.exit_code == 1
    out = outputs(result.stdout)
    assert out[1] == {"id": 7, "source": f"{corpus}:2", "error": "internal error (RuntimeError: boom)"}
    assert out[0]["headline"] and out[2]["headline"]


def test_jsonl_missing_file_is_an_error_and_others_still_run(runner, corpus, tmp_path):
    missing = tmp_path / "missing.jsonl"
    result = runner.invoke(cli.main, ["--jsonl", str(missing), str(corpus)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"summarize: error: {missing}: No such file or directory\n")
    # The file that could not be read has its error object too, in its place.
    out = outputs(result.stdout)
    assert out[0] == {"id": None, "source": str(missing), "error": "No such file or directory"}
    assert [o["id"] for o in out[1:]] == ["a", 7, None]


def test_jsonl_unreadable_files_keep_their_place_with_jobs(runner, corpus, tmp_path):
    args = ["--jsonl", str(corpus), str(tmp_path), str(corpus)]
    one, two = runner.invoke(cli.main, args), runner.invoke(cli.main, ["-j", "2"] + args)
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout and one.stderr == two.stderr
    sources = [o["source"] for o in outputs(one.stdout)]
    assert sources[3] == str(tmp_path) and outputs(one.stdout)[3]["error"] == "is a directory"
    assert len(sources) == 7


# -- --jobs --------------------------------------------------------------------------------


def test_jobs_gives_the_same_jsonl_output_as_one_job(runner, tmp_path):
    texts = [RELEASE, OTHER, THIRD]
    path = tmp_path / "many.jsonl"
    path.write_text(jsonl(*({"id": i, "text": texts[i % 3]} if i % 5 else {"id": i} for i in range(30))), encoding="utf-8")
    one = runner.invoke(cli.main, ["--jsonl", "-j", "1", str(path)])
    two = runner.invoke(cli.main, ["--jsonl", "-j", "2", str(path)])
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    assert [o["id"] for o in outputs(two.stdout)] == list(range(30))


def test_jobs_keeps_file_order_and_output(runner, tmp_path):
    paths = []
    for i, text in enumerate([RELEASE, OTHER, THIRD, OTHER, RELEASE]):
        paths.append(tmp_path / f"r{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    paths.insert(2, tmp_path / "missing.txt")
    paths.insert(4, tmp_path / "latin1.txt")  # decoded with a warning, which must come in order
    paths[4].write_bytes(OTHER.replace("Librarian", "Libr\xe4rian").encode("cp1252"))
    args = [str(p) for p in paths]
    one = runner.invoke(cli.main, ["-j", "1"] + args)
    for jobs in ("2", "0"):
        many = runner.invoke(cli.main, ["-j", jobs] + args)
        assert (many.exit_code, many.stdout, many.stderr) == (one.exit_code, one.stdout, one.stderr)
    assert one.exit_code == 1
    assert one.stderr.index("missing.txt") < one.stderr.index("latin1.txt: not valid UTF-8")
    headers = [line for line in one.stdout.splitlines() if line.startswith("==> ")]
    assert headers == [f"==> {p} <==" for p in args if "missing" not in p]


def test_negative_jobs_is_a_usage_error(runner, corpus):
    assert runner.invoke(cli.main, ["-j", "-1", str(corpus)]).exit_code == 2


def _slow_square(n: int) -> int:
    time.sleep(0.05 if n % 2 == 0 else 0.0)  # the even ones finish last
    return n * n


def test_ordered_map_keeps_input_order_across_processes():
    assert list(batch.ordered_map(_slow_square, range(12), jobs=3)) == [n * n for n in range(12)]


def test_ordered_map_keeps_a_bounded_number_of_items_in_flight():
    pulled = []

    def items():
        for n in range(1000):
            pulled.append(n)
            yield n

    results = batch.ordered_map(_slow_square, items(), jobs=2, chunksize=2)
    assert next(results) == 0
    assert len(pulled) <= 2 * batch.AHEAD_PER_JOB * 2 + 2
    results.close()
    single = batch.ordered_map(_slow_square, items(), jobs=1)
    pulled.clear()
    assert next(single) == 0 and pulled == [0]


def test_resolve_jobs_zero_is_every_core():
    assert batch.resolve_jobs(3) == 3
    assert batch.resolve_jobs(0) >= 1


# -- progress bar --------------------------------------------------------------------------


def _many_files(tmp_path, count):
    paths = []
    for i in range(count):
        path = tmp_path / f"p{i:02}.txt"
        path.write_text(OTHER if i % 2 else THIRD, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_no_progress_bar_in_a_pipe(runner, tmp_path):
    paths = _many_files(tmp_path, batch.MANY + 5)
    result = runner.invoke(cli.main, ["-f", "json"] + paths)
    assert result.exit_code == 0
    assert result.stderr == ""
    done = subprocess.run([str(BIN / "summarize"), "-f", "json"] + paths, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    assert len(done.stdout.splitlines()) == len(paths)


def _stderr_on_a_terminal(args) -> tuple[str, str]:
    """Run the command with stderr on a pseudo-terminal and stdout in a pipe."""
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([str(BIN / "summarize")] + args, stdout=subprocess.PIPE, stderr=slave, text=True)
        os.close(slave)
        stdout, _ = proc.communicate(timeout=120)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO once the terminal's other end is closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    assert proc.returncode == 0
    return stdout, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal_only_for_many_inputs(tmp_path):
    paths = _many_files(tmp_path, batch.MANY + 5)
    stdout, terminal = _stderr_on_a_terminal(["-f", "json"] + paths)
    assert len(stdout.splitlines()) == len(paths)  # the bar never reaches stdout
    assert "summarizing" in terminal and "100%" in terminal
    _, terminal = _stderr_on_a_terminal(["-f", "json"] + paths[:3])
    assert terminal == ""


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_warning_under_the_progress_bar_starts_its_own_line(tmp_path, jobs):
    # It used to run on from the bar: "summarizing  [#####---]  48%summarize: warning: ...".
    paths = _many_files(tmp_path, batch.MANY + 5)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 owner Mara Quist opened a caf\u00e9 in Dunmore today. It seats forty people.".encode("cp1252"))
    paths.insert(batch.MANY + 2, str(latin))
    stdout, terminal = _stderr_on_a_terminal(["-f", "json", "-j", jobs] + paths)
    assert len(stdout.splitlines()) == len(paths)
    before, warning = terminal.split("summarize: warning: ", 1)
    assert "summarizing" in before and before.endswith("\r\x1b[K")
    assert warning.startswith(f"{latin}: not valid UTF-8")


class _Terminal:
    """A stream that says it is a terminal and keeps what is written to it."""

    def __init__(self):
        self.text = ""

    def isatty(self):
        return True

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def test_progress_counts_bytes_of_a_jsonl_file(tmp_path):
    terminal = _Terminal()
    progress = batch.Progress(total=1000, stream=terminal)
    progress.enabled = True  # stdout under pytest is not a terminal; decide for the test
    for _ in range(batch.MANY - 1):
        progress.done(10)
    assert progress.bar is None and terminal.text == ""
    progress.done(10)
    assert progress.bar is not None and progress.bar.pos == 10 * batch.MANY
    progress.close()
    assert "summarizing" in terminal.text


def test_progress_clear_erases_the_bar_line_only_when_drawn():
    terminal = _Terminal()
    progress = batch.Progress(total=None, stream=terminal)
    progress.enabled = True
    progress.clear()  # no bar yet: nothing to erase, nothing written
    assert terminal.text == ""
    for _ in range(batch.MANY):
        progress.done()
    progress.clear()
    assert terminal.text.endswith("\r\x1b[K")
    progress.close()


# -- start-up ------------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_neither_nltk_nor_sumy(flag):
    code = (
        "import sys\n"
        "from summarize.cli import main\n"
        f"try:\n    main([{flag!r}], prog_name='summarize')\n"
        "except SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('nltk', 'sumy', 'numpy', 'requests') if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout


def test_default_summary_does_not_import_requests():
    # sumy.utils imports requests (~100 ms) at module level; the default path avoids it.
    code = (
        "import sys\n"
        "from summarize.pipeline import summarize_text\n"
        f"summarize_text({RELEASE!r})\n"
        "print('NLTK', 'nltk' in sys.modules, 'REQUESTS', 'requests' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "NLTK True REQUESTS False" in done.stdout


# -- the Dask recipe -----------------------------------------------------------------------


def _dask_example():
    spec = importlib.util.spec_from_file_location("dask_bag_example", ROOT / "examples" / "dask_bag.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_example_matches_the_command(tmp_path, corpus, runner):
    pytest.importorskip("dask.bag")
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write(jsonl("not json", {"id": "empty", "text": " "}))
    out = tmp_path / "out"
    written = _dask_example().run(str(corpus), str(out), scheduler="synchronous", blocksize=None)
    got = [json.loads(line) for path in sorted(written) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    expected = outputs(runner.invoke(cli.main, ["--jsonl", str(corpus)]).stdout)
    assert [o["id"] for o in got] == ["a", 7, None, None, "empty"]
    strip = lambda o: {k: v for k, v in o.items() if k != "source"}  # noqa: E731 - sources name lines only in the CLI
    assert [strip(o) for o in got] == [strip(o) for o in expected]


def test_data_files_are_read_once_per_process(monkeypatch):
    from summarize import resources
    from summarize.pipeline import summarize_text

    reads = []
    real = resources._read
    monkeypatch.setattr(resources, "_read", lambda name: reads.append(name) or real(name))
    for cached in (resources.lines, resources.word_set, resources.json_data):
        cached.cache_clear()
    for text in (RELEASE, OTHER, THIRD, RELEASE):
        summarize_text(text)
    assert reads, "the pipeline reads its data through resources"
    assert len(reads) == len(set(reads)), sorted(reads)


def test_no_progress_bar_on_a_dumb_terminal(monkeypatch):
    class Terminal:
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdout", io.StringIO())  # the reports go to a file, the bar to the terminal
    monkeypatch.setenv("TERM", "xterm")
    assert batch.Progress(10, stream=Terminal()).enabled
    monkeypatch.setenv("TERM", "dumb")
    assert not batch.Progress(10, stream=Terminal()).enabled
