"""Score the participants extractor against the hand-annotated releases.

    python bench/bench_participants.py [EVAL_DIR]   (default ../shared/eval)

Matching (../shared/eval/README.md): a prediction matches a gold entity when, after
lower-casing and removing punctuation and corporate suffixes (inc, corp, co, ltd, llc,
plc, the), it equals the name or an alias; a person also matches on the full surname
plus one more token of the name. Each gold entity matches once.

Affiliation accuracy, over the same people: right when both are empty or the prediction
names the gold body (equal or containing after normalizing, or an alias of it).

Role accuracy, over matched people: the role is right when the normalized predicted
role equals, contains or is contained in the gold role or one of its parts (gold roles
may list several, separated by ";"), where normalizing lower-cases, drops punctuation
and "former"/"the", and expands CEO/CFO/COO/CTO/VP. A gold role that is empty counts
as right only when the prediction is empty too.

Also prints the time per document over press_releases_dev.jsonl (clean + extract).
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarize.errors import SummarizeError  # noqa: E402
from summarize.participants import extract_participants  # noqa: E402
from summarize.pipeline import clean_text  # noqa: E402

_SUFFIXES = {"inc", "corp", "co", "ltd", "llc", "plc", "the"}
_EXPAND = {"ceo": "chief executive officer", "cfo": "chief financial officer",
           "coo": "chief operating officer", "cto": "chief technology officer",
           "vp": "vice president", "svp": "senior vice president", "evp": "executive vice president"}


def norm(text: str) -> str:
    tokens = re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'").replace("'s ", "s ")).split()
    return " ".join(t for t in tokens if t not in _SUFFIXES)


def norm_role(text: str) -> str:
    tokens = re.sub(r"[^\w\s]", " ", text.lower()).split()
    return " ".join(_EXPAND.get(t, t) for t in tokens if t not in ("former", "the", "a", "an"))


def names_of(gold: dict) -> set[str]:
    return {norm(n) for n in [gold["name"], *gold.get("aliases", [])] if norm(n)}


def matches(pred: str, gold: dict, person: bool) -> bool:
    p = norm(pred)
    if p in names_of(gold):
        return True
    if person:
        gt, pt = norm(gold["name"]).split(), p.split()
        if gt and pt and gt[-1] == pt[-1] and len(set(pt) & set(gt)) >= 2:
            return True
    return False


def role_right(pred: str | None, gold: str | None) -> bool:
    if not (gold or "").strip():
        return not pred
    if not pred:
        return False
    p = norm_role(pred)
    for g in [gold, *gold.split(";")]:
        g = norm_role(g)
        if g and p and (p == g or p in g or g in p):
            return True
    return False


def affiliation_right(pred: str | None, gold: str | None, organizations: list[dict]) -> bool:
    """Right when both are empty, or the prediction names the gold body: the same normalized
    name, one containing the other, or an alias of the gold organization of that name."""
    if not (gold or "").strip():
        return not pred
    if not pred:
        return False
    p, g = norm(pred), norm(gold)
    if p and g and (p == g or p in g or g in p):
        return True
    return any(norm(o["name"]) == g and p in names_of(o) for o in organizations)


def score(preds: list[str], golds: list[dict], person: bool = False):
    """(tp, fp, fn, matched pairs) with each gold matched at most once."""
    used: set[int] = set()
    pairs = []
    fp = []
    for i, p in enumerate(preds):
        j = next((j for j, g in enumerate(golds) if j not in used and matches(p, g, person)), None)
        if j is None:
            fp.append(p)
        else:
            used.add(j)
            pairs.append((i, j))
    fn = [g["name"] for j, g in enumerate(golds) if j not in used]
    return len(pairs), fp, fn, pairs


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(folder: str = "../shared/eval", verbose: bool = False) -> None:
    root = Path(folder)
    texts = {}
    for line in open(root / "participants_dev_texts.jsonl", encoding="utf-8"):
        d = json.loads(line)
        texts[d["id"]] = d["text"]
    totals = {k: [0, 0, 0] for k in ("people", "organizations", "places")}
    roles_right = roles_total = affiliations_right = 0
    for line in open(root / "participants_dev.jsonl", encoding="utf-8"):
        gold = json.loads(line)
        got = extract_participants(clean_text(texts[gold["id"]]))
        preds = {"people": [p.name for p in got.people],
                 "organizations": [o.name for o in got.organizations],
                 "places": list(got.places)}
        for kind in totals:
            tp, fp, fn, pairs = score(preds[kind], gold[kind], person=kind == "people")
            totals[kind][0] += tp
            totals[kind][1] += len(fp)
            totals[kind][2] += len(fn)
            if verbose and (fp or fn):
                print(f"{gold['id'][:60]} {kind}: FP {fp} FN {fn}")
            if kind == "people":
                for i, j in pairs:
                    roles_total += 1
                    ok = role_right(got.people[i].role, gold["people"][j].get("role"))
                    roles_right += ok
                    right = affiliation_right(got.people[i].affiliation, gold["people"][j].get("affiliation"),
                                              gold["organizations"])
                    affiliations_right += right
                    if verbose and not ok:
                        print(f"   role: {got.people[i].name}: {got.people[i].role!r} vs {gold['people'][j].get('role')!r}")
                    if verbose and not right:
                        print(f"   affiliation: {got.people[i].name}: {got.people[i].affiliation!r} "
                              f"vs {gold['people'][j].get('affiliation')!r}")
    print(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}   (tp fp fn)")
    for kind, (tp, fp, fn) in totals.items():
        p, r, f = prf(tp, fp, fn)
        print(f"{kind:<14}{p:7.3f}{r:7.3f}{f:7.3f}   ({tp} {fp} {fn})")
    print(f"role accuracy {roles_right / roles_total if roles_total else 0:.3f} ({roles_right}/{roles_total} matched people)")
    print(f"affiliation accuracy {affiliations_right / roles_total if roles_total else 0:.3f} "
          f"({affiliations_right}/{roles_total} matched people)")
    corpus = root / "press_releases_dev.jsonl"
    if corpus.exists():
        docs = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
        start = time.perf_counter()
        found = []
        for text in docs:
            try:
                found.append(extract_participants(clean_text(text)))
            except SummarizeError:
                pass
        elapsed = time.perf_counter() - start
        n = len(found)
        print(f"time per document {1000 * elapsed / max(n, 1):.1f} ms over {n} press releases (clean + extract)")
        counts = unlikely_names(found)
        print(f"names no reader would accept, over the same releases (led by a sentence starter or an article, "
              f"or a function word alone): people {counts['people']}, organizations {counts['organizations']}, "
              f"places {counts['places']}")


def unlikely_names(found) -> dict[str, int]:
    """A precision check without gold: names that cannot be right ("But Microsoft", "The Sun"
    as a person, "However" as a city), counted over many releases."""
    from summarize import lexicon

    starters, stop = lexicon.openers(), lexicon.stop_words()

    def unlikely(name: str, article_ok: bool) -> bool:
        first = name.split()[0]
        return (first.lower() in starters or name.lower() in stop
                or (not article_ok and first in ("The", "A", "An")))

    return {
        "people": sum(unlikely(p.name, False) for f in found for p in f.people),
        "organizations": sum(unlikely(o.name, True) for f in found for o in f.organizations),
        "places": sum(unlikely(p, False) for f in found for p in f.places),
    }


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    main(args[0] if args else "../shared/eval", verbose="-v" in sys.argv)
