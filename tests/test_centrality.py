"""Sentence vectors and PACSUM centrality on small texts."""
from __future__ import annotations

import numpy as np
from hypothesis import example, given
from hypothesis import strategies as st

from summarize import centrality
from summarize.centrality import StemTable, pacsum, similarity, tokens, vectors

STOP = frozenset({"the", "a", "of", "in", "and", "to", "on", "is", "its", "for"})


def _tok(texts):
    return [tokens(t, StemTable(str, STOP)) for t in texts]


def test_tokens_drop_stop_words_and_lower_case():
    assert tokens("The Harbour is open.", StemTable(str, STOP)) == ["harbour", "open"]


def test_the_stem_table_stems_each_word_once_and_starts_afresh_when_full():
    seen = []
    table = StemTable(lambda w: seen.append(w) or w.rstrip("s"), STOP, limit=3)
    assert tokens("Ports and ports, a port", table) == ["port", "port", "port"]
    assert seen == ["ports", "port"]  # "and" is a stop word, "a" one letter: never stemmed
    assert table == {"port": "port"}  # full at "port": cleared, then "port" stored
    assert tokens("Ports open", StemTable(str.upper, STOP)) == ["PORTS", "OPEN"]


def test_similarity_is_cosine_with_zero_diagonal():
    vecs = vectors(_tok(["harbour budget approved", "harbour budget delayed", "library opens"]))
    sim = similarity(vecs)
    assert sim.shape == (3, 3)
    assert np.allclose(np.diag(sim), 0.0)
    assert np.allclose(sim, sim.T)
    assert sim[0, 1] > 0.5 and sim[0, 2] == 0.0


def test_similarity_of_some_rows_matches_the_full_matrix():
    texts = ["harbour budget approved", "harbour budget delayed", "budget vote library", "library harbour"]
    vecs = vectors(_tok(texts))
    assert np.allclose(similarity(vecs, [1, 3]), similarity(vecs)[[1, 3]])
    assert np.allclose(similarity(vecs, [3, 0, 2, 1]), similarity(vecs)[[3, 0, 2, 1]])
    assert np.allclose(similarity(vecs, [1, 1, 3, 3]), similarity(vecs)[[1, 1, 3, 3]])


def test_the_matrix_of_every_term_is_the_matrix_over_all_terms():
    vecs = vectors(_tok(["harbour budget approved", "harbour budget delayed", "budget vote library", "library vote"]))
    assert vecs.n_terms == 4
    assert np.array_equal(vecs.dense(), vecs.dense(np.arange(vecs.n_terms)))
    assert vecs.dense([2, 0]).shape == (4, 2)


def test_a_sentence_later_ones_elaborate_on_is_most_central():
    texts = [
        "council approves harbour budget repairs",
        "weather sunny",
        "harbour repairs start spring",
        "budget repairs cost millions",
        "harbour budget repairs praised",
    ]
    centrality = pacsum(vectors(_tok(texts)), threshold=0.0, forward=1.0, backward=-0.5)
    assert centrality.argmax() == 0
    assert centrality.min() == 0.0 and centrality.max() == 1.0


def test_backward_edges_change_the_ranking():
    texts = ["harbour repairs", "unrelated words here", "harbour repairs budget"]
    vecs = vectors(_tok(texts))
    forward = pacsum(vecs, threshold=0.0, forward=1.0, backward=0.0)
    backward = pacsum(vecs, threshold=0.0, forward=0.0, backward=1.0)
    assert forward[0] > forward[2] and backward[2] > backward[0]


def test_restricted_rows_leave_others_at_zero():
    texts = ["harbour budget", "harbour repairs", "budget repairs", "library"]
    centrality = pacsum(vectors(_tok(texts)), rows=[0, 1])
    assert centrality[2] == 0.0 and centrality[3] == 0.0


def test_no_shared_words_gives_zero_centrality():
    assert list(pacsum(vectors(_tok(["harbour", "library"])))) == [0.0, 0.0]


def test_light_stem_strips_common_english_suffixes():
    from summarize.centrality import light_stem

    assert [light_stem(w) for w in ("repairs", "policies", "class", "walked", "bus")] == [
        "repair", "policy", "class", "walk", "bus"]


@given(st.text(alphabet=st.sampled_from("az09'-_ .,K\u212a\u2019"), max_size=30))
@example("it's 3rd-party a_b x''y \u212a")
def test_ascii_tokens_are_the_same_tokens(text):
    lower = text.lower()
    if lower.isascii():
        assert centrality._ASCII_WORD.findall(lower) == centrality._WORD.findall(lower)
