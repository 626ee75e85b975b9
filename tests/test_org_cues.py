"""The cues before a name that make it an organization: the cheap gates agree with the searches."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st


@given(st.lists(st.sampled_from(["Partnership With ", "PARTNERSHIP with\u00a0", "backed by ", "Backed By", "Acme ",
                                 "jo\u0130ned ", "\u0131nvested \u0131n ", "\u017felected by ", "sponsored  by ",
                                 "joins\n", "\u2019", "x", "Such As ", "LIKE ", "including\t"]), max_size=6).map("".join))
def test_the_cue_test_on_folded_text_is_the_case_ignoring_search(sentence):
    from summarize.org_cues import _KINDS_BEFORE, _LISTING, _ORG_CUES, org_cue_start

    # the plain alternation, case ignored, as the reference for the folded trie search
    found = [m.start() for m in (re.search(rf"(?:{_ORG_CUES}|{_KINDS_BEFORE}|giant)\s", sentence, re.IGNORECASE),
                                 re.search(rf"(?:{_LISTING})\s", sentence, re.IGNORECASE)) if m]
    start = org_cue_start(sentence)
    assert (start is None) == (not found)
    assert start is None or start <= min(found)  # no name after a cue is left unread


@given(st.lists(st.sampled_from(["Partnered With ", "brands such as", "top brands, like\u00a0", "gas giant ", "oil firm",
                                 "the ", "THE\n", "rejo\u0130ned ", "\u017felected by ", "retailers including  ",
                                 "aircraft carrier ", "Acme ", ", ", "x", "\u2019"]), max_size=6).map("".join))
def test_the_last_word_test_before_the_cue_searches_skips_no_cue(before):
    assert _cue_before_as_searched(before)


def test_every_cue_passes_the_last_word_test():
    from summarize import lexicon
    from summarize.org_cues import _KINDS_BEFORE, _LISTING, _ORG_CUES

    cues = [*_ORG_CUES.split("|"), *_KINDS_BEFORE.split("|"), "oil giant",
            *(f"{kind} {listing}" for kind in lexicon.org_kinds() for listing in _LISTING.split("|"))]
    for cue in cues:
        for before in (f"{cue} ", f"x {cue.upper()}  the ", f"re{cue},\t", f"{cue}\u00a0The\n"):
            assert _cue_before_as_searched(before), before


def _cue_before_as_searched(before: str) -> bool:
    """cue_before, with a kind alone a cue, tells what the searches alone tell."""
    from summarize.org_cues import _KIND_BEFORE, _ORG_BEFORE, _kind_list_re, cue_before

    tail = max(0, len(before) - 80)
    return cue_before(before, kind=True) == any(p.search(before, tail) is not None
                                                for p in (_ORG_BEFORE, _KIND_BEFORE, _kind_list_re()))
