"""Benchmark the sentence splitter: golden rules, speed on press releases, import time.

Usage: python bench/bench_split.py [EVAL_DIR]   (default ../shared/eval)

Golden rules: the 48 English rules of sbd_golden_rules_en.jsonl, a case counts when the
sentences match exactly after whitespace normalization. For the record the same run scores
nltk's Punkt without parameters and pySBD when it is installed (the `bench` extra).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def norm(sentences) -> list[str]:
    return [" ".join(s.split()) for s in sentences if s.strip()]


def score(name: str, split, rules: list[dict], show: bool) -> int:
    ok = 0
    for rule in rules:
        got = norm(split(rule["text"]))
        if got == norm(rule["sentences"]):
            ok += 1
        elif show:
            print(f"  FAIL {rule['rule']}\n    want {norm(rule['sentences'])}\n    got  {got}")
    print(f"{name:<28} {ok}/{len(rules)} golden rules")
    return ok


def splitters():
    from summarize.split import split_sentences

    yield "summarize.split_sentences", split_sentences, True
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    plain = PunktSentenceTokenizer(PunktParameters()).tokenize
    yield "nltk Punkt (no parameters)", plain, False
    try:
        import pysbd
    except ImportError:
        print("pySBD                        not installed (pip install '.[bench]')")
        return
    yield "pySBD", pysbd.Segmenter(language="en", clean=False).segment, False


def speed(eval_dir: Path) -> None:
    from summarize.split import split_sentences

    with open(eval_dir / "press_releases_dev.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    # Blocks as the cleaner hands them over: one paragraph at a time.
    blocks = [b for t in texts for b in re.split(r"\n\s*\n", t) if b.strip()]
    split_sentences("Warm up. Once.")
    t0 = time.perf_counter()
    n = sum(len(split_sentences(b)) for b in blocks)
    dt = time.perf_counter() - t0
    print(f"speed: {n} sentences from {len(texts)} press releases in {dt:.2f}s "
          f"= {n / dt:,.0f} sentences/s")


_IMPORT = (
    "import time; t0 = time.perf_counter(); import summarize; t1 = time.perf_counter(); "
    "import summarize.split as s; t2 = time.perf_counter(); s.split_sentences('Mr. Li came. He left.'); "
    "t3 = time.perf_counter(); print(t1 - t0, t2 - t1, t3 - t2)"
)


def import_time() -> None:
    """Best of 5 fresh interpreters: the package, the splitter on top, the first call."""
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", _IMPORT], capture_output=True, text=True,
                             cwd=ROOT, check=True).stdout
        runs.append([float(x) * 1000 for x in out.split()])
    package, splitter, first = (min(column) for column in zip(*runs))
    print(f"import: summarize {package:.1f} ms, then summarize.split {splitter:.1f} ms; "
          f"first call (imports nltk, loads data) {first:.0f} ms")


def main(argv: list[str]) -> None:
    eval_dir = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "eval"
    with open(eval_dir / "sbd_golden_rules_en.jsonl", encoding="utf-8") as f:
        rules = [json.loads(line) for line in f]
    for name, split, show in splitters():
        score(name, split, rules, show)
    speed(eval_dir)
    import_time()


if __name__ == "__main__":
    main(sys.argv)
