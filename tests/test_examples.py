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


def test_the_readme_sample_output_is_the_stored_report():
    # The README shows `summarize examples/product_launch.txt`; a change to the program must
    # not leave the front page showing a report the program no longer prints.
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("    $ summarize examples/product_launch.txt\n", 1)[1].split("\n\n###", 1)[0]
    shown = "\n".join(line.removeprefix("    ") for line in block.splitlines()) + "\n"
    assert shown == (EXAMPLES / "output" / "product_launch.txt").read_text(encoding="utf-8")
