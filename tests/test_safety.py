"""Nothing in a document makes the program fetch, load or execute anything."""
from __future__ import annotations

import pathlib
import pickle
import re
import select
import socket

import pytest
from click.testing import CliRunner

import summarize
from summarize.cli import main
from summarize.pipeline import Options, summarize_text

PACKAGE = pathlib.Path(summarize.__file__).parent


def _html(port: int) -> str:
    """HTML-looking input that points at a local canary server in every way it can."""
    url = f"http://127.0.0.1:{port}"
    return f"""<?xml version="1.0"?>
<!DOCTYPE html SYSTEM "{url}/page.dtd" [
  <!ENTITY remote SYSTEM "{url}/entity.txt">
  <!ENTITY % param SYSTEM "{url}/param.dtd"> %param;
]>
<html><head><title>Riverside Mill reopens as a museum</title>
<link rel="stylesheet" href="{url}/style.css"><script src="{url}/app.js"></script>
<meta http-equiv="refresh" content="0; url={url}/refresh"></head>
<body><h1>Riverside Mill reopens as a museum</h1>
<p>The old Riverside Mill will open its doors as a museum of local industry on Saturday, the town said. &remote;</p>
<p>Visitors will see the restored water wheel and <a href="{url}/more">the looms</a> in working order.</p>
<img src="{url}/photo.jpg"><iframe src="{url}/frame"></iframe>
<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}/include.xml"/>
<p>Entry will be free for the first month, and school visits can be booked from next week.</p>
</body></html>
"""


@pytest.fixture
def canary():
    """A listening socket that no one should ever connect to; made before the network is cut."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield server
    server.close()


def _no_connection_reached(server) -> bool:
    readable, _, _ = select.select([server], [], [], 0.2)
    return not readable


def _cut_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.parametrize("input_format", ["auto", "html"])
@pytest.mark.parametrize("algorithm", ["press", "lexrank"])
def test_whole_pipeline_runs_without_the_network(monkeypatch, canary, input_format, algorithm):
    html = _html(canary.getsockname()[1])
    with monkeypatch.context() as patched:
        _cut_network(patched)
        summary = summarize_text(html, Options(algorithm=algorithm, input_format=input_format, explain=True))
    assert summary.key_points
    assert _no_connection_reached(canary)  # also catches fetches from C code (libxml2) that bypass `socket`


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_cli_runs_without_the_network(monkeypatch, canary, fmt):
    html = _html(canary.getsockname()[1])
    with monkeypatch.context() as patched:
        _cut_network(patched)
        result = CliRunner().invoke(main, ["-f", fmt], input=html)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert _no_connection_reached(canary)


def test_no_pickle_is_loaded_while_summarizing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a pickle was loaded")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    for algorithm in ("press", "lexrank", "lsa", "textrank"):
        assert summarize_text(_html(9), Options(algorithm=algorithm)).key_points


def test_no_module_loads_pickles_or_fetches():
    # Anything that deserializes code-bearing formats or reaches the network at run time.
    forbidden = re.compile(
        r"\b(?:pickle|cPickle|dill|joblib|marshal|shelve|urllib|requests|http\.client|nltk\.data\.load|nltk\.download"
        r"|eval|exec)\b\s*[.(]"
    )
    offenders = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if forbidden.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
    assert not [p.name for p in PACKAGE.rglob("*") if p.suffix in {".pickle", ".pkl", ".joblib"}]
