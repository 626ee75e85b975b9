"""The command as a user runs it: inputs, length flags, formats, colour and errors."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from summarize import cli
from summarize.score import ALGORITHMS

from .helpers import RELEASE


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def release(tmp_path):
    path = tmp_path / "acme.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def bullets(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("  \u2022 ")]


def test_file_report_has_headline_once_points_and_participants(runner, release):
    result = runner.invoke(cli.main, [str(release)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Acme Widgets Opens New Plant in Ohio") == 1
    assert result.stdout.startswith("Acme Widgets Opens New Plant in Ohio\n")
    assert "Key points" in result.stdout and "Participants" in result.stdout
    assert len(bullets(result.stdout)) == 3
    assert result.stderr == ""


@pytest.mark.parametrize("args", [[], ["-"]], ids=["no-path", "dash"])
def test_reads_standard_input(runner, args):
    result = runner.invoke(cli.main, args + ["-n", "2"], input=RELEASE)
    assert result.exit_code == 0, result.output
    assert len(bullets(result.stdout)) == 2


def test_terminal_stdin_without_path_is_a_usage_error(runner, monkeypatch):
    monkeypatch.setattr(cli, "stdin_is_terminal", lambda: True)
    result = runner.invoke(cli.main, [])
    assert result.exit_code == 2
    assert "no input" in result.stderr
    assert "Traceback" not in result.output


def test_sentences_flag_sets_the_number_of_points(runner, release):
    result = runner.invoke(cli.main, ["-n", "1", str(release)])
    assert len(bullets(result.stdout)) == 1


def test_never_more_points_than_sentences(runner):
    result = runner.invoke(cli.main, ["-n", "50", "-a", "lead", "--no-participants"], input="One fact here. Another fact there.\n")
    assert result.exit_code == 0, result.output
    assert bullets(result.stdout) == ["  \u2022 One fact here.", "  \u2022 Another fact there."]


def test_ratio_takes_a_share_of_the_body(runner):
    text = " ".join(f"Fact number {i} is stated here." for i in range(10))
    result = runner.invoke(cli.main, ["-r", "0.3", "-f", "json"], input=text)
    assert len(json.loads(result.stdout)["key_points"]) == 3


def test_words_takes_whole_points_that_fit(runner):
    text = "Short one here. " + "This sentence is quite a bit longer than the first one is. " + "Tiny fact."
    result = runner.invoke(cli.main, ["-w", "6", "-a", "lead", "-f", "json"], input=text)
    points = json.loads(result.stdout)["key_points"]
    assert points == ["Short one here.", "Tiny fact."]
    assert sum(len(p.split()) for p in points) <= 6


@pytest.mark.parametrize(
    "args, message",
    [
        (["-n", "2", "-r", "0.5"], "use only one of --sentences, --ratio"),
        (["-n", "2", "-w", "10"], "use only one of --sentences, --words"),
        (["-r", "0"], "--ratio"),
        (["-r", "1.5"], "--ratio"),
        (["-n", "0"], "--sentences"),
        (["-w", "0"], "--words"),
        (["-a", "nosuch"], "--algorithm"),
        (["-f", "yaml"], "--format"),
        (["--color", "rainbow"], "--color"),
    ],
)
def test_bad_options_are_usage_errors(runner, release, args, message):
    result = runner.invoke(cli.main, args + [str(release)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--jsonl", "-f", "markdown"], "--jsonl always writes JSON Lines; leave out --format markdown"),
        (["--jsonl", "-f", "text"], "--jsonl always writes JSON Lines; leave out --format text"),
        (["--show-clean", "--jsonl"], "--show-clean prints one cleaned document as text; it cannot be used with --jsonl"),
        (["--show-clean", "-f", "json"], "--show-clean prints the cleaned document as text; leave out --format json"),
        (["--explain", "-f", "json"], "--explain shows scores in the text and markdown reports, not in JSON"),
        (["--explain", "--jsonl"], "--explain shows scores in the text and markdown reports, not in JSON"),
        (["--explain", "--show-clean"], "--show-clean prints the cleaned document, with no key points for --explain to score"),
    ],
    ids=["jsonl-markdown", "jsonl-text", "show-clean-jsonl", "show-clean-json", "explain-json", "explain-jsonl", "explain-show-clean"],
)
def test_flags_that_would_be_ignored_together_are_usage_errors(runner, release, args, message):
    # Each pair used to run with one flag silently ignored: markdown asked for, JSON written.
    result = runner.invoke(cli.main, args + [str(release)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


@pytest.mark.parametrize("args", [["--jsonl", "-f", "json"], ["--show-clean", "-f", "text"], ["--explain", "-f", "markdown"]])
def test_flags_that_agree_are_accepted(runner, tmp_path, release, args):
    path = release
    if "--jsonl" in args:
        path = tmp_path / "day.jsonl"
        path.write_text(json.dumps({"id": 1, "text": RELEASE}) + "\n", encoding="utf-8")
    result = runner.invoke(cli.main, args + [str(path)])
    assert result.exit_code == 0, result.output


def test_json_has_exactly_the_documented_shape(runner, release):
    result = runner.invoke(cli.main, ["-f", "json", str(release)])
    data = json.loads(result.stdout)
    assert set(data) == {"source", "headline", "dateline", "key_points", "participants"}
    assert data["source"] == str(release)
    assert data["headline"] == "Acme Widgets Opens New Plant in Ohio"
    assert all(isinstance(p, str) for p in data["key_points"])
    assert set(data["participants"]) == {"people", "organizations", "places"}
    for person in data["participants"]["people"]:
        assert set(person) == {"name", "role", "affiliation"}
    for org in data["participants"]["organizations"]:
        assert set(org) == {"name", "aliases"}
    assert all(isinstance(p, str) for p in data["participants"]["places"])


def test_json_from_stdin_names_dash_as_source(runner):
    result = runner.invoke(cli.main, ["-f", "json"], input=RELEASE)
    assert json.loads(result.stdout)["source"] == "-"


def test_json_with_several_files_is_json_lines(runner, release, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Second release here. It has two sentences.\n", encoding="utf-8")
    result = runner.invoke(cli.main, ["-f", "json", str(release), str(other)])
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(release), str(other)]


def test_markdown_report(runner, release):
    result = runner.invoke(cli.main, ["-f", "markdown", str(release)])
    assert result.stdout.startswith("# Acme Widgets Opens New Plant in Ohio\n")
    assert "## Key points" in result.stdout
    assert sum(line.startswith("- ") for line in result.stdout.split("## Participants")[0].splitlines()) == 3


def test_no_participants_leaves_the_section_out(runner, release):
    result = runner.invoke(cli.main, ["--no-participants", str(release)])
    assert "Participants" not in result.stdout
    data = json.loads(runner.invoke(cli.main, ["--no-participants", "-f", "json", str(release)]).stdout)
    assert data["participants"] is None


def test_several_files_are_headed_by_their_names(runner, release, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Second release here. It has two sentences.\n", encoding="utf-8")
    result = runner.invoke(cli.main, [str(release), str(other)])
    assert result.exit_code == 0
    assert f"==> {release} <==" in result.stdout and f"==> {other} <==" in result.stdout


def test_several_files_in_markdown_are_headed_by_markdown_headings(runner, release, tmp_path):
    # "==> a.txt <==" rendered as a paragraph with an arrow, above each report's own "#" headline.
    other = tmp_path / "other.txt"
    other.write_text("Second release here. It has two sentences.\n", encoding="utf-8")
    result = runner.invoke(cli.main, ["-f", "markdown", str(release), str(other)])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"# {release}\n\n## Acme Widgets Opens New Plant in Ohio\n")
    assert f"\n\n# {other}\n\n" in result.stdout and "==>" not in result.stdout
    assert result.stdout.count("\n### Key points\n") == 2
    alone = runner.invoke(cli.main, ["-f", "markdown", str(release)])
    assert alone.stdout.startswith("# Acme Widgets Opens New Plant in Ohio\n")


def test_a_failed_first_file_leaves_no_blank_line_before_the_first_report(runner, release, tmp_path):
    result = runner.invoke(cli.main, [str(tmp_path / "missing.txt"), str(release), str(release)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"==> {release} <==\n")
    assert result.stdout.count(f"\n\n==> {release} <==\n") == 1


def test_json_lines_without_jsonl_is_named_and_the_others_go_on(runner, release, tmp_path):
    # It was summarized as one document: three releases run together, with JSON escapes in the points.
    day = tmp_path / "day.jsonl"
    day.write_text(json.dumps({"id": 1, "text": RELEASE}) + "\n" + json.dumps({"id": 2, "text": RELEASE}) + "\n", encoding="utf-8")
    result = runner.invoke(cli.main, ["-f", "json", str(day), str(release)])
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(day), str(release)]
    assert "looks like JSON Lines" in json.loads(result.stdout.splitlines()[0])["error"]
    assert result.stderr == f"summarize: error: {day}: looks like JSON Lines, one object a line; use --jsonl to summarize each one\n"
    piped = runner.invoke(cli.main, [], input=day.read_text(encoding="utf-8"))
    assert piped.exit_code == 1 and "-: looks like JSON Lines" in piped.stderr
    forced = runner.invoke(cli.main, ["--input-format", "text", str(day)])  # the user insists: read it as text
    assert forced.exit_code == 0


def test_text_that_opens_with_a_brace_is_not_json_lines():
    from summarize.batch import looks_like_json_lines

    assert looks_like_json_lines('{"id": 1, "text": "Quarrow Labs opened."}\n{"id": 2}')
    assert not looks_like_json_lines("{Embargoed} Quarrow Labs opens a lab.\nMore text.")
    assert not looks_like_json_lines('["a", "list"]\n')
    assert not looks_like_json_lines('{\n  "text": "pretty printed"\n}')


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_every_algorithm_runs(runner, release, algorithm):
    result = runner.invoke(cli.main, ["-a", algorithm, "-n", "2", "-f", "json", str(release)])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["key_points"]) == 2


def test_explain_shows_scores(runner, release):
    result = runner.invoke(cli.main, ["--explain", str(release)])
    assert result.stdout.count("[score ") == 3


# Colour: only on a terminal, never with NO_COLOR, forced by --color always.

ESC = "\x1b["


def test_color_always_colours_the_text_report(runner, release):
    assert ESC in runner.invoke(cli.main, ["--color", "always", str(release)]).stdout


@pytest.mark.parametrize("choice", ["auto", "never"])
def test_no_colour_in_a_pipe(runner, release, choice):
    assert ESC not in runner.invoke(cli.main, ["--color", choice, str(release)]).stdout


def test_no_colour_in_json_even_when_forced(runner, release):
    assert ESC not in runner.invoke(cli.main, ["--color", "always", "-f", "json", str(release)]).stdout


class FakeStream:
    def __init__(self, tty):
        self.tty = tty

    def isatty(self):
        return self.tty


def test_no_colour_on_a_dumb_terminal_unless_forced(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "dumb")
    assert cli.use_color("auto", FakeStream(True)) is False
    assert cli.use_color("always", FakeStream(True)) is True


def test_use_color_rules(monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli.use_color("auto", FakeStream(True)) is True
    assert cli.use_color("auto", FakeStream(False)) is False
    assert cli.use_color("never", FakeStream(True)) is False
    assert cli.use_color("always", FakeStream(False)) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.use_color("auto", FakeStream(True)) is False


# Errors: one line on stderr naming the problem and the file, exit 1, no traceback.


def error_cases(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\t\n   \n", encoding="utf-8")
    punct = tmp_path / "punct.txt"
    punct.write_text("---\n\n***\n", encoding="utf-8")
    return {
        "missing": (tmp_path / "nope.txt", "No such file"),
        "directory": (tmp_path, "is a directory"),
        "binary": (binary, "binary"),
        "empty": (empty, "empty"),
        "whitespace": (blank, "empty"),
        "no-sentence": (punct, "no sentence"),
    }


@pytest.mark.parametrize("case", ["missing", "directory", "binary", "empty", "whitespace", "no-sentence"])
def test_input_errors(runner, tmp_path, case):
    path, message = error_cases(tmp_path)[case]
    result = runner.invoke(cli.main, [str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0] and message in lines[0]
    assert "Traceback" not in result.output


def test_an_empty_file_name_is_named_as_such(runner, release):
    # `summarize "$FILE"` with FILE unset passes "": the error must say what went wrong.
    result = runner.invoke(cli.main, ["", str(release)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["summarize: error: '': an empty file name"]
    assert "Key points" in result.stdout


def test_utf16_file_is_summarized_and_a_pdf_is_named(runner, release, tmp_path):
    # Notepad saves "Unicode" as UTF-16 with a BOM; a PDF may hold no NUL byte. Either way
    # the user gets a report or one line saying what the file is, and the other files go on.
    wide = tmp_path / "notepad.txt"
    wide.write_bytes(release.read_text(encoding="utf-8").encode("utf-16"))
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n%%EOF\n")
    result = runner.invoke(cli.main, ["-f", "json", str(wide), str(pdf), str(release)])
    assert result.exit_code == 1
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in reports] == [str(wide), str(pdf), str(release)]
    assert reports[0]["key_points"] == reports[2]["key_points"]
    assert reports[1]["error"].startswith("looks like a PDF document")
    assert result.stderr == f"summarize: error: {pdf}: looks like a PDF document; convert it to text first (for example with pdftotext)\n"


def test_empty_stdin_is_an_error(runner):
    result = runner.invoke(cli.main, ["-"], input="")
    assert result.exit_code == 1
    assert "-: the input is empty" in result.stderr


def test_one_bad_file_does_not_stop_the_others(runner, release, tmp_path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(cli.main, ["-f", "json", str(missing), str(release)])
    assert result.exit_code == 1
    failed, report = [json.loads(line) for line in result.stdout.splitlines()]
    assert report["source"] == str(release) and report["key_points"]
    assert str(missing) in result.stderr
    # Line N of the output stands for input N, as with --jsonl: the failed file is there too.
    assert failed == {"source": str(missing), "error": "No such file or directory"}


def test_json_gives_an_error_object_for_each_failed_input(runner, release, tmp_path):
    folder, empty = tmp_path / "folder", tmp_path / "empty.txt"
    folder.mkdir()
    empty.write_text("")
    result = runner.invoke(cli.main, ["-f", "json", str(folder), str(release), str(empty)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(folder), str(release), str(empty)]
    assert lines[0] == {"source": str(folder), "error": "is a directory"}
    assert lines[2] == {"source": str(empty), "error": "the input is empty"}
    assert "error" not in lines[1]
    # A single file too: the object, besides the line on stderr and the exit status.
    alone = runner.invoke(cli.main, ["-f", "json", str(empty)])
    assert alone.exit_code == 1
    assert json.loads(alone.stdout) == {"source": str(empty), "error": "the input is empty"}
    assert alone.stderr == f"summarize: error: {empty}: the input is empty\n"


def test_debug_shows_the_traceback(runner, tmp_path):
    result = runner.invoke(cli.main, ["--debug", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0
    assert isinstance(result.exception, OSError)


def test_version(runner):
    from summarize import __version__

    result = runner.invoke(cli.main, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"summarize, version {__version__}\n"


def test_help_has_examples_and_every_option_has_help(runner):
    result = runner.invoke(cli.main, ["--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    for param in cli.main.params:
        if getattr(param, "param_type_name", "") == "option":
            assert param.help, f"{param.name} has no help"


def test_help_examples_use_only_options_that_exist(runner):
    # An example a user copies from --help must run: every flag in it is one the command knows.
    known = {opt for param in cli.main.params for opt in getattr(param, "opts", ())}
    examples = cli.EPILOG.split("Examples:", 1)[1].strip().splitlines()
    assert any("--jsonl" in line for line in examples) and any("--show-clean" in line for line in examples)
    for line in examples:
        command = line.split("   ")[0]
        flags = [word for word in command.split() if word.startswith("-") and word != "-"]
        assert all(flag in known for flag in flags), line


def test_help_names_what_each_value_is(runner):
    result = runner.invoke(cli.main, ["--help"])
    for shown in ("-n, --sentences N", "-r, --ratio R", "-w, --words N", "-j, --jobs N", "--language NAME", "--max-bytes SIZE", "[default: 20 MB]"):
        assert shown in result.stdout


def test_max_bytes_takes_a_unit(runner, release):
    result = runner.invoke(cli.main, ["--max-bytes", "0.25KB", str(release)])
    assert result.exit_code == 1
    assert result.stderr == f"summarize: error: {release}: input is larger than the limit of 256 bytes (use --max-bytes to change it)\n"
    assert runner.invoke(cli.main, ["--max-bytes", "20MB", str(release)]).exit_code == 0
    bad = runner.invoke(cli.main, ["--max-bytes", "lots", str(release)])
    assert bad.exit_code == 2 and "'lots' is not a size such as 1048576, 500KB or 20MB" in bad.stderr


def test_a_missing_dependency_says_how_to_fix_the_install(runner, release, monkeypatch):
    import summarize.pipeline

    def broken(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'nltk'", name="nltk")

    monkeypatch.setattr(summarize.pipeline, "summarize_document", broken)
    result = runner.invoke(cli.main, [str(release), str(release)])
    assert result.exit_code == 1
    assert result.stderr == "summarize: error: a required package is missing (nltk); reinstall summarize with pip as the README says\n"


def test_math_libraries_get_one_thread_unless_the_user_chose(runner, monkeypatch):
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")  # recorded, so the test's change is undone after it
    monkeypatch.delenv("OPENBLAS_NUM_THREADS")
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    result = runner.invoke(cli.main, [], input=RELEASE)
    assert result.exit_code == 0
    import os

    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    assert os.environ["OMP_NUM_THREADS"] == "4"


def test_a_word_budget_no_sentence_fits_is_a_warning(runner, release):
    # `-w 3` printed an empty "Key points" list, exit 0, and not a word about why.
    result = runner.invoke(cli.main, ["-w", "3", str(release)])
    assert result.exit_code == 0
    assert result.stderr == f"summarize: warning: {release}: no sentence of the body fits in 3 words; give a larger -w/--words\n"
    assert runner.invoke(cli.main, ["-w", "60", str(release)]).stderr == ""
