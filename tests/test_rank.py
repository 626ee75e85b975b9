"""The default scorer: each part's effect on small texts, MMR selection, --explain parts."""
from __future__ import annotations

import pytest

from summarize import centrality
from summarize.models import Block, Dateline, Document, Removed, Sentence
from summarize.pipeline import Options, key_points
from summarize.rank import PressScorer, weights
from summarize.score import ALGORITHMS, DEFAULT_ALGORITHM, Length


def _doc(texts, headline=None):
    document = Document(headline=headline, blocks=tuple(Block(t) for t in texts))
    sentences = tuple(Sentence(t, i, block=i) for i, t in enumerate(texts))
    return document, sentences


def _scorer(**changes):
    return PressScorer(weights_=dict(weights(), **changes))


NEUTRAL = dict(position=0.0, headline=0.0, centrality=0.0, facts=0.0, length=0.0, bullet=0.0, redundancy=0.0)

FILLER = [
    "The regional library extended its opening hours for students during the exam season.",
    "A local bakery won a national prize for its rye bread at the autumn fair.",
    "The football club signed a young goalkeeper from a neighbouring town last week.",
]


def test_press_is_the_default_and_registered():
    assert DEFAULT_ALGORITHM == "press"
    assert ALGORITHMS["press"] is PressScorer


def test_weights_file_has_every_weight_the_scorer_reads():
    w = weights()
    for key in ("position", "position_decay", "headline", "centrality", "facts", "length", "bullet",
                "redundancy", "threshold", "backward"):
        assert isinstance(w[key], float)


def test_position_alone_prefers_earlier_sentences():
    document, sentences = _doc(FILLER)
    scores = _scorer(**dict(NEUTRAL, position=1.0)).score(sentences, document)
    assert scores[0] > scores[1] > scores[2]


def test_position_skips_a_subtitle_left_in_the_body():
    document, sentences = _doc(["Harbour Works Begin Next Spring"] + FILLER)
    parts = _scorer().parts(sentences, document)
    assert parts[1]["position"] == parts[0]["position"]  # the first real sentence keeps the lead


def test_headline_overlap_lifts_the_sentence_that_repeats_it():
    texts = FILLER + ["The council approved the harbour repair budget after a long debate on Monday."]
    document, sentences = _doc(texts, headline="Council approves harbour repair budget")
    scores = _scorer(**dict(NEUTRAL, headline=1.0)).score(sentences, document)
    assert max(range(len(scores)), key=scores.__getitem__) == 3
    without = _scorer(**NEUTRAL).score(sentences, _doc(texts)[0])
    assert without[3] == 0.0


def test_centrality_prefers_the_sentence_the_text_is_about():
    texts = [
        "The weather in the valley was mild for most of the week.",
        "The council approved the harbour repair budget on Monday.",
        "Harbour repair work funded by the budget starts in spring.",
        "The harbour repair budget also pays for a new pier.",
    ]
    document, sentences = _doc(texts)
    parts = _scorer().parts(sentences, document)
    assert parts[1]["centrality"] > parts[0]["centrality"]


def test_bad_bullets_are_penalized():
    texts = [
        "He added that the harbour repairs would start in the spring.",
        "The mayor said that the harbour repairs would start in the spring.",
        "Will the harbour repairs start in the spring of next year?",
        "To learn more about the harbour repairs, visit the council website.",
    ]
    document, sentences = _doc(texts)
    scorer = _scorer(**dict(NEUTRAL, bullet=1.0))
    scores = scorer.score(sentences, document)
    assert scores[1] == 0.0 and all(s < 0 for i, s in enumerate(scores) if i != 1)
    chosen = scorer.select(sentences, scores, Length(sentences=1))
    assert chosen == [1]
    assert "dangling" in scorer.parts(sentences, document)[0]


def test_facts_and_length_favour_substance():
    texts = ["The harbour will be repaired soon.", "The council will spend 4.5 million on 12 harbour cranes by 2026."]
    document, sentences = _doc(texts)
    parts = _scorer().parts(sentences, document)
    assert parts[1]["facts"] > parts[0]["facts"] == 0.0
    assert parts[1]["length"] > parts[0]["length"]


def test_redundancy_control_skips_a_repeated_point():
    texts = [
        "The council approved the harbour repair budget of 4 million on Monday.",
        "On Monday the council approved the 4 million harbour repair budget.",
        "A new library will open in the old post office building next year.",
    ]
    document, sentences = _doc(texts)
    plain = _scorer(redundancy=0.0, centrality=0.0)
    mmr = _scorer(redundancy=1.0, centrality=0.0)
    assert plain.select(sentences, plain.score(sentences, document), Length(sentences=2)) == [0, 1]
    assert mmr.select(sentences, mmr.score(sentences, document), Length(sentences=2)) == [0, 2]


@pytest.mark.parametrize(
    "length, count",
    [(Length(), 3), (Length(sentences=2), 2), (Length(sentences=50), 4), (Length(ratio=0.5), 2), (Length(ratio=1.0), 4)],
)
def test_select_respects_sentence_counts_and_ratios(length, count):
    document, sentences = _doc(FILLER + ["The mayor opened a new cycle path along the river on Sunday."])
    scorer = PressScorer()
    chosen = scorer.select(sentences, scorer.score(sentences, document), length)
    assert len(chosen) == count and chosen == sorted(chosen)


def test_select_respects_a_word_budget():
    document, sentences = _doc(FILLER)
    scorer = PressScorer()
    scores = scorer.score(sentences, document)
    budget = len(FILLER[0].split()) + len(FILLER[2].split())
    chosen = scorer.select(sentences, scores, Length(words=budget))
    assert sum(len(sentences[i].text.split()) for i in chosen) <= budget and len(chosen) == 2
    assert scorer.select(sentences, scores, Length(words=3)) == []


def test_select_without_matching_features_falls_back_to_top_scores():
    document, sentences = _doc(FILLER)
    assert PressScorer().select(sentences, [0.0, 2.0, 1.0], Length(sentences=2)) == [1, 2]


def test_parts_add_up_to_the_score():
    document, sentences = _doc(FILLER + ["However, the bakery closed."], headline="Bakery wins bread prize")
    scorer = PressScorer()
    scores = scorer.score(sentences, document)
    for part, score in zip(scorer.parts(sentences, document), scores):
        assert sum(part.values()) == score  # the very same float, not only close
        assert {"position", "headline", "centrality", "facts", "length"} <= set(part)


def test_explain_carries_the_parts_into_key_points():
    document, sentences = _doc(FILLER, headline="Bakery wins bread prize")
    points = key_points(document, sentences, Options(explain=True, length=Length(sentences=2)))
    assert len(points) == 2
    names = {name for name, _ in points[0].parts}
    assert {"position", "headline", "centrality"} <= names
    assert points[0].score == pytest.approx(sum(v for _, v in points[0].parts))


def test_long_texts_score_every_sentence_with_a_restricted_graph(monkeypatch):
    monkeypatch.setattr(centrality, "MAX_ROWS", 5)
    texts = [f"Item {i} of the harbour report covers pier {i % 7} and crane {i % 5}." for i in range(40)]
    document, sentences = _doc(texts)
    scorer = PressScorer()
    scores = scorer.score(sentences, document)
    assert len(scores) == 40
    parts = scorer.parts(sentences, document)
    assert sum(1 for p in parts if p["centrality"] > 0) <= 5


def test_empty_input_gives_no_scores():
    document, _ = _doc([])
    scorer = PressScorer()
    assert scorer.score((), document) == [] and scorer.select((), [], Length()) == []


def test_a_sentence_made_of_the_headline_words_is_no_key_point():
    headline = "Harbor Research Updates Coverage on Quarrow Labs (NYSE: QRL) 2Q26"
    texts = ["Quarrow Labs (NYSE: QRL): Harbor Research updates coverage on Quarrow Labs (NYSE: QRL).",
             "Quarrow Labs grew valve sales by 12% in the second quarter, to $41 million.",
             "The company expects its new Dunmore plant to double output by the end of 2027.",
             "Analysts at Harbor Research raised their price target to $18 from $15."]
    document, sentences = _doc(texts, headline=headline)
    scorer = _scorer()
    chosen = scorer.select(sentences, scorer.score(sentences, document), Length(sentences=3))
    assert chosen == [1, 2, 3]
    assert "restated" in scorer.parts(sentences, document)[0]


def test_a_sentence_saying_a_chosen_point_again_is_not_chosen():
    texts = ["Quarrow Labs opened a valve plant in Dunmore on Monday, hiring 200 welders and machinists.",
             "Quarrow Labs has opened a valve plant in Dunmore, hiring 200 welders and machinists there.",
             "The mayor of the town praised the new factory at a ribbon cutting held last Friday.",
             "Sales of the firm rose by a tenth last year, to a record for the company."]
    document, sentences = _doc(texts, headline="Quarrow Labs Opens Dunmore Valve Plant")
    scorer = _scorer()
    chosen = scorer.select(sentences, scorer.score(sentences, document), Length(sentences=3))
    assert not {0, 1} <= set(chosen)
    assert len(chosen) == 3


def test_a_highlight_bullet_and_the_lead_that_says_it_again_make_one_point():
    texts = ["Harbor Mutual announced a new advisory board for its ferry fund and named its 12 first members.",
             "Harbor Mutual, an insurer of island ferries, recently set up a panel of advisers to its fund, "
             "naming 12 of its members from the ferry trade.",
             "The mayor of the town praised the insurer at a ribbon cutting held last Friday.",
             "Sales of the firm rose by a tenth last year, to a record for the company.",
             "The football club signed a young goalkeeper from a neighbouring town last week."]
    sentences = tuple(Sentence(t, i, block=i) for i, t in enumerate(texts))
    chosen = {}
    for first in ("list_item", "paragraph"):
        kinds = [first] + ["paragraph"] * (len(texts) - 1)
        document = Document(headline="Harbor Mutual Names Its Ferry Fund Board",
                            blocks=tuple(Block(t, k) for t, k in zip(texts, kinds)))
        scorer = _scorer()
        chosen[first] = set(scorer.select(sentences, scorer.score(sentences, document), Length(sentences=3)))
    assert not {0, 1} <= chosen["list_item"]  # the bullet sums up the lead: one point
    assert {0, 1} <= chosen["paragraph"]  # two body sentences this alike may tell two facts


def test_a_count_asked_for_is_given_even_when_the_points_repeat_each_other():
    texts = [f"Quarrow Labs opened valve plant number {i} in Dunmore this spring." for i in range(5)]
    document, sentences = _doc(texts)
    scorer = _scorer()
    assert len(scorer.select(sentences, scorer.score(sentences, document), Length(sentences=3))) == 3


def test_a_release_opening_on_a_teaser_leads_with_its_news():
    texts = [
        "The wait is nearly over.",
        "Harbor Mutual opens its first branch in Quarrow on May 4, with 12 new staff.",
        "Mara Quist, who has led the bank since 2019, will run the branch herself.",
        "The branch will offer loans to small firms along the waterfront.",
    ]
    sentences = tuple(Sentence(t, i, block=i) for i, t in enumerate(texts))
    news = Document(headline=None, blocks=tuple(Block(t) for t in texts))
    release = Document(headline=None, blocks=news.blocks, removed=(Removed("About Harbor Mutual", "about section"),))
    scorer = PressScorer()
    assert 0 in scorer.select(sentences, scorer.score(sentences, news), Length(sentences=1))
    scorer = PressScorer()
    assert scorer.select(sentences, scorer.score(sentences, release), Length(sentences=1)) == [1]
    # a release with no boilerplate left is known by its wire in the dateline
    wired = Document(headline=None, blocks=news.blocks, dateline=Dateline("QUARROW, ME, May 1, 2026 /PRWeb/ --"))
    scorer = PressScorer()
    assert scorer.select(sentences, scorer.score(sentences, wired), Length(sentences=1)) == [1]


def test_a_row_of_a_menu_of_offers_is_dangling():
    texts = [
        "Harbor Mutual opens three savings plans for islanders on May 4.",
        "Starter Plan: Save $50 a month and earn 2% a year.",
        "Family Plan: Save $200 a month and earn 3% a year.",
        "Gold Plan: A $1,000 deposit that earns 4% a year.",
    ]
    document, sentences = _doc(texts)
    parts = PressScorer().parts(sentences, document)
    assert "dangling" not in parts[0] and all("dangling" in p for p in parts[1:])
