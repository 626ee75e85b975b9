"""The command in a pipeline: closed pipes, Ctrl-C, oversized input, unknown languages, hostile text."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from summarize.cli import main
from summarize.errors import ExitCode

RELEASE = """Harbor Robotics opens a repair centre in Dunmore

Harbor Robotics said on Tuesday that it has opened a repair centre in Dunmore that will service \
the warehouse robots it has sold across the region over the past five years, with forty technicians \
and a stock of spare parts large enough to keep every customer running through the winter season.

The company expects the centre to cut the time a broken robot waits for a repair from ten days to \
two, and it plans to train apprentices from the local technical college who will join the staff \
after a two-year course that mixes classroom lessons with supervised work on the repair floor.

"Our customers told us that waiting was the hardest part," said Chief Executive Mara Lindqvist, \
who added that the centre would also refurbish older machines so that smaller firms could buy them \
at a lower price than new ones and still receive the same warranty and the same support contract.
"""


def _env():
    env = dict(os.environ, NLTK_DATA=os.devnull, NO_COLOR="1", PYTHONUNBUFFERED="0")
    env.pop("PYTHONWARNINGS", None)
    return env


def test_closed_pipe_ends_quietly(tmp_path):
    # Enough reports to overflow the pipe buffer, so the writer must meet the closed pipe.
    files = []
    for i in range(120):
        path = tmp_path / f"release{i}.txt"
        path.write_text(RELEASE)
        files.append(str(path))
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarize", "-f", "json", *files],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
    )
    first = proc.stdout.readline()  # like `| head -n 1`
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert first.startswith(b'{"source"')
    assert stderr == ""
    assert proc.returncode == ExitCode.ERROR


def _catches(pid: int, signum: int) -> bool:
    """Has process `pid` a handler of its own for `signum` (Linux: the SigCgt mask in /proc)?"""
    try:
        with open(f"/proc/{pid}/status") as handle:
            caught = next(line for line in handle if line.startswith("SigCgt:"))
    except (OSError, StopIteration):
        return False
    return bool(int(caught.split()[1], 16) >> (signum - 1) & 1)


def _wait_until_reading_a_pipe(pid: int, timeout: float = 60.0) -> None:
    """Past start-up (the command catches SIGTERM: its handlers are in place) and blocked in the
    read of stdin, as Linux tells in /proc; where the kernel hides the wait channel, the handlers
    alone. Without /proc, 2 s. A start-up slowed by a loaded machine is waited for, not raced."""
    if not os.path.exists(f"/proc/{pid}/status"):
        time.sleep(2.0)
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/wchan") as handle:
                where = handle.read()
        except OSError:
            where = ""
        if _catches(pid, signal.SIGTERM) and ("pipe" in where or where in ("0", "")):
            return
        time.sleep(0.05)
    raise AssertionError(f"the command did not start reading standard input within {timeout} s")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
def test_ctrl_c_while_reading_stdin_exits_130_without_a_trace():
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarize"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
    )
    try:
        proc.stdin.write(RELEASE.encode())
        proc.stdin.flush()  # the pipe stays open: the command waits for more
        _wait_until_reading_a_pipe(proc.pid)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:  # a failed wait must not leave the command waiting on its stdin
            proc.kill()
            proc.communicate()
    assert proc.returncode == ExitCode.INTERRUPTED == 130
    assert b"Traceback" not in stderr and b"KeyboardInterrupt" not in stderr
    assert stdout == b""


def test_ctrl_c_during_summarizing_exits_130(monkeypatch):
    import summarize.pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(summarize.pipeline, "summarize_document", interrupted)
    result = CliRunner().invoke(main, [], input=RELEASE)
    assert result.exit_code == 130
    assert "Traceback" not in result.output and "Aborted" not in result.output


def test_input_over_the_limit_is_refused_with_one_line(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(RELEASE)
    size = path.stat().st_size
    result = CliRunner().invoke(main, ["--max-bytes", str(size - 1), str(path)])
    assert result.exit_code == ExitCode.ERROR
    assert result.stderr.count("\n") == 1 and "larger than the limit" in result.stderr and "--max-bytes" in result.stderr
    assert result.stdout == ""
    assert CliRunner().invoke(main, ["--max-bytes", str(size), str(path)]).exit_code == 0


def test_stdin_over_the_limit_is_refused():
    result = CliRunner().invoke(main, ["--max-bytes", "100"], input=RELEASE)
    assert result.exit_code == ExitCode.ERROR
    assert "-: input is larger than the limit of 100 bytes" in result.stderr


def test_one_refused_file_does_not_stop_the_others(tmp_path):
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text(RELEASE)
    big.write_text(RELEASE * 3)
    result = CliRunner().invoke(main, ["-f", "json", "--max-bytes", str(len(RELEASE.encode()) + 10), str(big), str(small)])
    assert result.exit_code == ExitCode.ERROR
    refused, summarized = [json.loads(line) for line in result.stdout.splitlines()]
    assert refused["source"] == str(big) and "larger than the limit" in refused["error"]
    assert summarized["source"] == str(small) and summarized["key_points"]
    assert "big.txt" in result.stderr


def test_unknown_language_is_a_usage_error_listing_the_valid_ones():
    result = CliRunner().invoke(main, ["--language", "klingon"], input=RELEASE)
    assert result.exit_code == ExitCode.USAGE
    assert "klingon" in result.stderr and "english" in result.stderr and "german" in result.stderr


def test_language_option_reaches_the_summary():
    result = CliRunner().invoke(main, ["--language", "German", "-a", "luhn"], input=RELEASE)
    assert result.exit_code == 0
    # English text read as German: the stop-word check says so on stderr, the report still comes.
    assert "does not look like German" in result.stderr
    assert "Key points" in result.stdout


def test_escape_sequences_in_the_input_never_reach_the_terminal(tmp_path):
    hostile = RELEASE.replace("Harbor Robotics said", "Harbor \x1b]0;pwned\x07Robotics \x1b[2Jsaid\x9b1A")
    path = tmp_path / "evil\x1b[31m.txt"
    path.write_text(hostile)
    for fmt in ("text", "markdown", "json"):
        result = CliRunner().invoke(main, ["-f", fmt, "--color", "never", str(path), str(path)])
        assert result.exit_code == 0
        assert "\x1b" not in result.output and "\x07" not in result.output and "\x9b" not in result.output
        assert "Harbor Robotics said" in result.stdout.replace("\n    ", " ")


def test_warnings_and_errors_are_sanitized(tmp_path):
    missing = tmp_path / "gone\x1b[2J.txt"
    result = CliRunner().invoke(main, [str(missing)])
    assert result.exit_code == ExitCode.ERROR
    assert "\x1b" not in result.stderr and "/gone.txt: " in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [["-f", "json"], ["--jsonl"]], ids=["files", "jsonl"])
def test_a_full_disk_is_one_line_not_a_traceback(tmp_path, args):
    path = tmp_path / "release.txt"
    path.write_text(json.dumps({"id": 1, "text": RELEASE}) + "\n" if "--jsonl" in args else RELEASE)
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "summarize", *args, str(path)], stdout=full, stderr=subprocess.PIPE, env=_env(), timeout=60)
    assert done.returncode == ExitCode.ERROR
    assert done.stderr.decode() == "summarize: error: cannot write the output: No space left on device\n"


def test_a_failed_write_is_an_output_error_and_a_closed_pipe_stays_a_broken_pipe(monkeypatch):
    import click

    from summarize import cli
    from summarize.errors import OutputError

    def failing(error):
        def echo(*args, **kwargs):
            raise error
        return echo

    monkeypatch.setattr(click, "echo", failing(OSError(28, "No space left on device")))
    with pytest.raises(OutputError, match="^cannot write the output: No space left on device$"):
        cli._emit("report\n")
    monkeypatch.setattr(click, "echo", failing(BrokenPipeError(32, "Broken pipe")))
    with pytest.raises(BrokenPipeError):
        cli._emit("report\n")


@pytest.mark.parametrize("args", [["-"], ["--jsonl", "-"]], ids=["text", "jsonl"])
def test_closed_standard_input_is_one_line(args):
    # `summarize - <&-`: sys.stdin is None, which was an "internal error (AttributeError ...)".
    done = subprocess.run([sys.executable, "-m", "summarize", *args], stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(), timeout=60,
                          preexec_fn=lambda: os.close(0))
    assert done.returncode == ExitCode.ERROR
    assert done.stderr.decode() == "summarize: error: -: standard input is closed\n"


CJK_RELEASE = (
    "Quarrow Labs Names \u738b\u82b3 Chief Scientist \u2192 Research\n\n"
    "Quarrow Labs said today that \u738b\u82b3 will lead its caf\u00e9 lab in Dunmore. She joins from Harbor Mutual.\n"
)


def _run_with_stdout_encoding(encoding, args, tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(CJK_RELEASE, encoding="utf-8")
    env = dict(_env(), PYTHONIOENCODING=encoding)
    return subprocess.run([sys.executable, "-m", "summarize", *args, str(path)], capture_output=True, env=env, timeout=60)


def test_a_report_on_a_latin1_stdout_does_not_crash(tmp_path):
    # It ended in a UnicodeEncodeError traceback on the first bullet.
    done = _run_with_stdout_encoding("latin-1", [], tmp_path)
    assert done.returncode == 0, done.stderr
    report = done.stdout.decode("latin-1")
    assert report.startswith("Quarrow Labs Names ?? Chief Scientist -> Research\n")
    assert "  * Quarrow Labs said today that ?? will lead its caf\u00e9 lab in Dunmore.\n" in report


def test_json_on_a_latin1_stdout_is_utf8(tmp_path):
    done = _run_with_stdout_encoding("latin-1", ["-f", "json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["headline"] == "Quarrow Labs Names \u738b\u82b3 Chief Scientist \u2192 Research"


def test_plain_stand_ins_for_characters_an_encoding_lacks():
    from summarize import cli

    error = UnicodeEncodeError("latin-1", "a\u2022\u00e9\u738b\u2014b", 1, 5, "cannot encode")
    assert cli._plain_stand_in(error) == ("*e?--", 5)


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as handle:
        return [int(child) for child in handle.read().split()]


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="reads child processes from /proc (Linux)")
@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (getattr(signal, "SIGHUP", 1), 129)], ids=["term", "hup"])
def test_sigterm_ends_the_run_with_143_and_takes_the_workers_along(tmp_path, signum, status):
    # `kill PID` used to end the parent at once and leave the -j workers waiting for work forever.
    day = tmp_path / "day.jsonl"
    day.write_text("".join(json.dumps({"id": i, "text": RELEASE}) + "\n" for i in range(5000)))
    proc = subprocess.Popen([sys.executable, "-m", "summarize", "--jsonl", "-j", "2", str(day)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60  # start-up on a loaded machine
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
            workers = _children(proc.pid)
        assert len(workers) == 2
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == status
        assert b"Traceback" not in stderr
        deadline = time.monotonic() + 10
        while any(_running(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_running(w) for w in workers)
    finally:
        for worker in workers:
            if _running(worker):
                os.kill(worker, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()


def _to_this_thread(signum: int) -> None:
    """`signum` sent to this thread, as the kernel sends `kill PID` to a thread that takes it.

    Not `os.kill(os.getpid(), ...)`: once numpy is loaded (nltk imports it) OpenBLAS has
    threads of its own, which may take a signal this thread holds back and run its handler
    here at once: the hold test failed every time it ran alone.
    """
    signal.pthread_kill(threading.get_ident(), signum)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the ignored SystemExit, on purpose
def test_a_sigterm_lost_in_a_finalizer_still_ends_the_batch():
    # A handler that fires inside a __del__ has its SystemExit ignored; under load a `kill`
    # then let the whole batch run on. The map checks for a received signal after each item.
    from summarize import batch, interrupts

    class Finalized:
        def __del__(self):
            _to_this_thread(signal.SIGTERM)
            sum(range(1000))  # a few bytecodes for the handler to run in

    def work(item):
        if item == 2:
            Finalized()
        return item

    done = []
    with pytest.raises(SystemExit) as ended:
        with interrupts.ending_signals():
            for value in batch.ordered_map(work, range(10), jobs=1):
                done.append(value)
    assert ended.value.code == 143
    assert done == [0, 1, 2]
    assert interrupts._received == []  # cleared on the way out, for whoever runs next


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_while_the_options_are_read_exits_130_without_aborted(monkeypatch):
    # Before the run's own handling began, click turned Ctrl-C into "Aborted!" and status 1.
    import summarize.language

    real = summarize.language.check_language

    def interrupted(value):
        _to_this_thread(signal.SIGINT)
        sum(range(100000))  # the handler runs here
        return real(value)

    monkeypatch.setattr(summarize.language, "check_language", interrupted)
    result = CliRunner().invoke(main, ["-"], input=RELEASE)
    assert result.exit_code == ExitCode.INTERRUPTED == 130
    assert "Aborted" not in result.output and result.stdout == ""


def test_a_worker_ignores_ctrl_c_and_dies_of_sigterm():
    # Ctrl-C reaches the whole process group: the parent shuts the workers down itself.
    code = ("import signal; from summarize.batch import _start_worker; _start_worker(); "
            "print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60)
    assert done.stdout == "True True\n", done.stderr


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_an_ending_signal_waits_until_the_pool_has_its_worker():
    # A SIGTERM that landed while the pool forked a worker ended the run before the pool knew
    # of that worker, which was left behind. Held during the hand-over, it ends the run right after.
    from summarize import interrupts

    reached = []
    with pytest.raises(SystemExit) as ended:
        with interrupts.ending_signals():
            with interrupts.signals_held():
                _to_this_thread(signal.SIGTERM)
                sum(range(100000))
                reached.append("hand-over finished")
            sum(range(100000))
            reached.append("after")
    assert ended.value.code == 143
    assert reached == ["hand-over finished"]


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_a_worker_forked_while_signals_are_held_can_be_terminated():
    code = ("import signal; signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM}); "
            "from summarize.batch import _start_worker; _start_worker(); "
            "print(signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, set()))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60)
    assert done.stdout == "False\n", done.stderr


@pytest.mark.parametrize("args", [[], ["--jsonl"]], ids=["text", "jsonl"])
def test_a_closed_standard_output_is_an_error_not_a_silent_success(tmp_path, args):
    # `summarize a.txt >&-` exited 0 with the report dropped.
    path = tmp_path / "release.txt"
    path.write_text(json.dumps({"id": 1, "text": RELEASE}) + "\n" if args else RELEASE)
    done = subprocess.run([sys.executable, "-m", "summarize", *args, str(path)], stderr=subprocess.PIPE, env=_env(), timeout=60,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == ExitCode.ERROR
    assert done.stderr.decode() == "summarize: error: cannot write the output: standard output is closed\n"
