"""Train nltk's Punkt on the press-release dev corpus and write summarize/data/punkt_en.json.

Usage: python bench/train_punkt.py [EVAL_DIR]   (default ../shared/eval)

The corpus is CC0; only derived facts (abbreviation types, collocations, frequent sentence
starters, orthographic context) are written, merged with our curated lists in
summarize/data/ (abbreviations.txt, abbreviations_before_names.txt, sentence_starters.txt).
The output is deterministic: documents in file order, every list sorted.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "summarize" / "data"
OUT = DATA / "punkt_en.json"

# Orthographic context bits, as nltk.tokenize.punkt defines them.
ORTHO_MID_UC = 1 << 2
ORTHO_LC = (1 << 4) | (1 << 5) | (1 << 6)

# Markdown link "[text](url)" -> "text": the URL would teach nothing but noise.
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# Emphasis markers "**bold**", "__bold__".
_EMPHASIS = re.compile(r"\*\*|__")
_DOTTED = re.compile(r"^[a-z]{1,2}(?:\.[a-z]{1,3})+$")
_FINAL = ('.', '!', '?', '"', "\u201d", ")")
# Words kept in the orthographic context only when seen this often: rarer words hardly ever
# follow an abbreviation, and pruning keeps the data file small.
MIN_ORTHO_COUNT = 3


def curated(name: str) -> list[str]:
    out = []
    for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
        entry = raw.split("#", 1)[0].strip()
        if entry:
            out.append(entry.lower())
    return out


def prose_paragraphs(text: str):
    """Running prose only: headings, title-case lines and unpunctuated lines would teach
    Punkt that common words are capitalized mid-sentence."""
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = _EMPHASIS.sub("", _LINK.sub(r"\1", paragraph)).strip()
        if not paragraph or paragraph.startswith(("#", "|", ">")):
            continue
        if not paragraph.endswith(_FINAL):
            continue
        words = paragraph.split()
        if len(words) < 6:
            continue
        capitalized = sum(w[:1].isupper() for w in words)
        if capitalized > 0.6 * len(words):
            continue
        yield " ".join(words)


def train(eval_dir: Path) -> dict:
    from nltk.tokenize.punkt import PunktTrainer

    trainer = PunktTrainer()
    counts: Counter[str] = Counter()
    with open(eval_dir / "press_releases_dev.jsonl", encoding="utf-8") as f:
        for line in f:
            text = "\n\n".join(prose_paragraphs(json.loads(line)["text"]))
            counts.update(w.strip(".,;:!?\"'()[]\u201c\u201d\u2019").lower() for w in text.split())
            trainer.train(text, finalize=False)
    trainer.finalize_training()
    params = trainer.get_params()

    # Learned abbreviations are noisy ("gay", "5pm", "'mr"): keep only dotted initialisms
    # such as "ph.d" or "u.a.e"; the rest comes from the curated lists.
    abbrevs = {a for a in params.abbrev_types if _DOTTED.match(a)}
    before_names = set(curated("abbreviations_before_names.txt"))
    abbrevs |= set(curated("abbreviations.txt")) | before_names
    # Learned starters include brand names after wire-service credits ("benzinga"); keep
    # words also seen in lower case, which are common words.
    # Single letters ("i") are left out: "I" is also an initial or a Roman numeral.
    learned = {
        w for w in params.sent_starters
        if len(w) > 1 and w.isalpha() and params.ortho_context[w] & ORTHO_LC
    }
    starters = learned | set(curated("sentence_starters.txt"))
    starters -= abbrevs
    ortho: dict[int, list[str]] = {}
    for word, flags in params.ortho_context.items():
        # Only words seen in lower case change a decision (see split_rules.ortho_says_start).
        if flags & ORTHO_LC and counts[word] >= MIN_ORTHO_COUNT and word.isalpha():
            ortho.setdefault(flags, []).append(word)
    return {
        "about": "Punkt parameters for press releases: bench/train_punkt.py, do not edit by hand",
        "abbrev_types": sorted(abbrevs),
        "abbreviations_before_names": sorted(before_names),
        # "##number## google" would glue "in 2023. Google ..." together: initials only.
        "collocations": sorted([a, b] for a, b in params.collocations if a.isalpha()),
        "sent_starters": sorted(starters),
        "ortho_context": {str(k): sorted(v) for k, v in sorted(ortho.items())},
    }


def main(argv: list[str]) -> None:
    eval_dir = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "eval"
    data = train(eval_dir)
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(data['abbrev_types'])} abbreviations, "
        f"{len(data['collocations'])} collocations, "
        f"{len(data['sent_starters'])} sentence starters, "
        f"{sum(len(v) for v in data['ortho_context'].values())} ortho words"
    )


if __name__ == "__main__":
    main(sys.argv)
