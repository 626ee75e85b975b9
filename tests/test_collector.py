import gc

import pytest
from click.testing import CliRunner

from summarize.cli import main
from summarize.collector import hold_off, resume, resume_after_first


@pytest.fixture(autouse=True)
def collector_restored():
    yield
    gc.enable()
    gc.unfreeze()


def test_collection_is_held_off_until_the_first_result_is_handled():
    seen = []

    def results():
        for value in "abc":
            seen.append(gc.isenabled())
            yield value

    hold_off()
    assert list(resume_after_first(results())) == ["a", "b", "c"]
    assert seen == [False, True, True]
    assert gc.isenabled()


def test_what_was_loaded_is_frozen_out_of_later_scans():
    hold_off()
    resume()
    assert gc.get_freeze_count() > 0 and gc.isenabled()


@pytest.mark.parametrize("results", [[], ["only"]])
def test_collection_resumes_however_few_results(results):
    hold_off()
    assert list(resume_after_first(results)) == results
    assert gc.isenabled()


def test_collection_resumes_when_the_consumer_stops_on_an_error():
    hold_off()
    with pytest.raises(RuntimeError):
        for _ in resume_after_first(iter(range(3))):
            raise RuntimeError("stop")
    assert gc.isenabled()


def test_resume_leaves_an_enabled_collector_unfrozen():
    resume()
    assert gc.get_freeze_count() == 0


TEXT = "Acme Corp. said on Monday that it will hire 50 engineers in Paris. The plant opens in May."


@pytest.mark.parametrize("args, stdin, code", [
    (["-"], TEXT, 0),
    (["--jsonl", "-"], '{"text": "%s"}\n' % TEXT, 0),
    (["-n", "2", "-r", "0.5", "-"], TEXT, 2),
    (["missing.txt"], "", 1),
])
def test_the_command_leaves_the_collector_running(args, stdin, code):
    result = CliRunner().invoke(main, args, input=stdin)
    assert result.exit_code == code
    assert gc.isenabled()


def test_the_command_holds_collection_off_for_its_first_input_only(monkeypatch, tmp_path):
    import summarize.cli as cli

    states = []
    report_one = cli._report_one

    def recording(path, **kwargs):
        states.append(gc.isenabled())
        return report_one(path, **kwargs)

    monkeypatch.setattr(cli, "_report_one", recording)
    paths = []
    for name in "ab":
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    assert CliRunner().invoke(main, paths).exit_code == 0
    assert states == [False, True]
