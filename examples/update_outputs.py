"""Regenerate (or, with --check, verify) the report stored beside each example release.

    python examples/update_outputs.py          # rewrite examples/output/*.txt
    python examples/update_outputs.py --check  # exit 1 if any stored report is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

from summarize.format import render
from summarize.pipeline import summarize_bytes

HERE = Path(__file__).resolve().parent
WIDTH = 80


def report(path: Path) -> str:
    return render(summarize_bytes(path.read_bytes(), source=path.name), "text", color=False, width=WIDTH)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for release in sorted(HERE.glob("*.txt")):
        target = HERE / "output" / release.name
        fresh = report(release)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != fresh:
                stale.append(release.name)
        else:
            target.parent.mkdir(exist_ok=True)
            target.write_text(fresh, encoding="utf-8")
    for name in stale:
        print(f"examples/output/{name} is out of date: run python examples/update_outputs.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
