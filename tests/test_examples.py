"""The example reports in examples/output are what the program prints today."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_example_outputs_are_current():
    result = subprocess.run([sys.executable, str(EXAMPLES / "update_outputs.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_there_is_an_output_for_every_example():
    releases = {p.name for p in EXAMPLES.glob("*.txt")}
    assert len(releases) >= 4
    assert releases == {p.name for p in (EXAMPLES / "output").glob("*.txt")}
