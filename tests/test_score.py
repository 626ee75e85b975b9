"""The scorer registry, Length handling and the baselines."""
from __future__ import annotations

import subprocess
import sys

import pytest

from summarize.errors import UsageError
from summarize.models import Block, Document, Sentence
from summarize.score import ALGORITHMS, DEFAULT_ALGORITHM, Lead, Length, get_scorer, limit_for, select_top

TEXTS = [
    "The city council approved a budget of 4 million dollars for harbour repairs on Monday.",
    "Repairs to the old pier will start in April and take about two years.",
    "The mayor said the harbour is vital for the fishing fleet and for tourism.",
    "Local fishermen welcomed the decision but asked for a faster timetable.",
    "A public meeting on the harbour plans will be held in the town hall in March.",
]


def _doc():
    return Document("Council funds harbour repairs", tuple(Block(t) for t in TEXTS)), tuple(
        Sentence(t, i, block=i) for i, t in enumerate(TEXTS)
    )


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_every_algorithm_gives_one_score_per_sentence_and_selects(name):
    document, sentences = _doc()
    scorer = get_scorer(name)
    scores = scorer.score(sentences, document)
    assert len(scores) == len(sentences) and all(isinstance(s, float) for s in scores)
    chosen = scorer.select(sentences, scores, Length(sentences=2))
    assert len(chosen) == 2 and chosen == sorted(chosen)
    parts = scorer.parts(sentences, document)
    assert len(parts) == len(sentences) and all(parts)


def test_default_algorithm_is_registered():
    assert DEFAULT_ALGORITHM in ALGORITHMS


def test_unknown_algorithm_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown algorithm"):
        get_scorer("nope")


def test_lead_prefers_the_first_sentences():
    document, sentences = _doc()
    lead = Lead()
    assert lead.select(sentences, lead.score(sentences, document), Length(sentences=3)) == [0, 1, 2]


def test_limit_for_each_kind_of_length():
    assert limit_for(Length(), 10) == 3
    assert limit_for(Length(sentences=4), 10) == 4
    assert limit_for(Length(sentences=40), 10) == 10
    assert limit_for(Length(ratio=0.25), 10) == 2  # round(2.5) is 2
    assert limit_for(Length(ratio=0.01), 10) == 1
    assert limit_for(Length(words=30), 10) is None


def test_select_top_keeps_document_order_and_breaks_ties_early():
    _, sentences = _doc()
    assert select_top(sentences, [1.0, 3.0, 2.0, 3.0, 0.0], Length(sentences=2)) == [1, 3]
    assert select_top(sentences, [1.0, 1.0, 1.0, 1.0, 1.0], Length(sentences=2)) == [0, 1]


def test_select_top_fills_a_word_budget_with_whole_sentences():
    _, sentences = _doc()
    first = len(TEXTS[0].split())
    chosen = select_top(sentences, [5.0, 4.0, 3.0, 2.0, 1.0], Length(words=first + 1))
    assert chosen == [0]


def test_importing_score_loads_no_heavy_library():
    code = "import sys, summarize.score; print(any(m in sys.modules for m in ('numpy', 'nltk', 'sumy')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sumy_scores_are_finite_and_quiet_on_stop_words_only(recwarn):
    import math

    from summarize.pipeline import summarize_text, Options

    for algorithm in ("lexrank", "lsa"):
        summary = summarize_text("It is. It is. The cat. The cat.", Options(algorithm=algorithm, explain=True))
        assert all(math.isfinite(kp.score) for kp in summary.key_points)
    assert not [w for w in recwarn if issubclass(w.category, (RuntimeWarning, UserWarning))]


def test_cli_choices_name_every_registered_algorithm():
    from summarize import choices
    from summarize.score import ALGORITHMS, DEFAULT_ALGORITHM

    assert tuple(ALGORITHMS) == choices.ALGORITHM_NAMES
    assert DEFAULT_ALGORITHM == choices.DEFAULT_ALGORITHM and DEFAULT_ALGORITHM in ALGORITHMS
