"""Offline on a fresh machine: no NLTK data, no download, the installed command works."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .helpers import RELEASE

BIN = Path(sys.executable).parent


def run(args, tmp_path, stdin=RELEASE, command=None):
    env = {**os.environ, "NLTK_DATA": str(tmp_path / "empty_nltk_data"), "NO_COLOR": "1"}
    (tmp_path / "empty_nltk_data").mkdir(exist_ok=True)
    return subprocess.run(
        (command or [str(BIN / "summarize")]) + args, input=stdin, capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path
    )


def test_installed_command_runs_without_nltk_data(tmp_path):
    assert shutil.which("summarize", path=str(BIN)), "the console script is installed"
    result = run(["-f", "json"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "Acme Widgets Opens New Plant in Ohio"
    assert result.stderr == ""


def test_python_dash_m_runs_with_nltk_download_forbidden(tmp_path):
    # nltk.download raises and nltk's data path is empty: any attempt to fetch data fails loudly.
    code = (
        "import sys, nltk\n"
        "def refuse(*a, **k): raise SystemExit('nltk.download was called')\n"
        "nltk.download = refuse\n"
        "nltk.data.path[:] = []\n"
        "from summarize.cli import main\n"
        "main(['-n', '2'], prog_name='summarize')\n"
    )
    result = run([], tmp_path, command=[sys.executable, "-c", code])
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\u2022") >= 2


def test_no_pickle_is_loaded_anywhere():
    root = Path(__file__).resolve().parents[1] / "summarize"
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "import pickle" not in source and "pickle.load" not in source, path
        assert "nltk.download" not in source and "nltk.data.load" not in source, path
