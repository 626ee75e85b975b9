"""Folding the other forms of one organization's name into its entry: glued, cut, initialed, spelled."""
from __future__ import annotations

import pytest


def test_a_name_with_its_acronym_glued_before_it_is_that_organization():
    from summarize.org_folding import _fold_glued_prefixes

    folded = _fold_glued_prefixes({"Avalon Telecom Inc.": {"AT"}, "AT Avalon Telecom": set()})
    assert folded == {"Avalon Telecom Inc.": {"AT", "AT Avalon Telecom"}}


@pytest.mark.parametrize("glued", ["Supervisory Board of", "Board of Directors of the", "Partner on", "No", "Several"])
def test_a_board_of_the_body_or_a_small_word_glued_before_its_name_is_that_organization(glued):
    from summarize.org_folding import _fold_glued_prefixes

    folded = _fold_glued_prefixes({f"{glued} Quarrow Labs AG": set(), "Quarrow Labs AG": set()})
    assert folded == {"Quarrow Labs AG": {f"{glued} Quarrow Labs AG"}}


@pytest.mark.parametrize("glued", ["Our", "A", "Youth Innovation Promotion Association of"])
def test_an_article_an_owner_or_a_body_before_a_name_may_be_a_name_of_its_own(glued):
    from summarize.org_folding import _fold_glued_prefixes

    orgs = {f"{glued} Quarrow Labs AG": set(), "Quarrow Labs AG": set()}
    assert _fold_glued_prefixes(orgs) == orgs


def test_ordinary_words_ending_one_other_organization_are_that_organization_cut_short():
    from summarize.org_folding import _fold_cut_heads

    folded = _fold_cut_heads({"Quarrow Police Department": set(), "Police Department": set(), "Harbor Mutual": set()})
    assert folded == {"Quarrow Police Department": {"Police Department"}, "Harbor Mutual": set()}
    # two bodies end with it, or the words before it are a description's: no telling
    two = {"Quarrow School of Medicine": set(), "Avalon School of Medicine": set(), "School of Medicine": set()}
    assert _fold_cut_heads(two) == two
    described = {"AI-driven Legal Tech": set(), "Legal Tech": set()}
    assert _fold_cut_heads(described) == described


def test_an_acronym_spelling_one_other_organization_is_that_organization():
    from summarize.org_folding import _fold_spelled_acronyms

    orgs = {"Avalon Council of the Deaf": set(), "ACD": set(), "Quarrow Intelligence Corp.": set(), "QIC": set(),
            "Harbor Mutual": set()}
    assert _fold_spelled_acronyms(orgs) == {"Avalon Council of the Deaf": {"ACD"}, "Quarrow Intelligence Corp.": {"QIC"},
                                            "Harbor Mutual": set()}
    # two bodies it may spell: neither
    two = {"Avalon Council of the Deaf": set(), "Avalon College of Design": set(), "ACD": set()}
    assert _fold_spelled_acronyms(two) == two


def test_an_affiliation_standing_for_a_listed_organization_is_no_body_of_its_own():
    from summarize.org_folding import listed_as

    orgs = {"Welsh Quoits Union": set(), "Quarrowfin Biopharma Ltd.": {"Quarrowfin Biopharma"},
            "NQL Players Association": set()}
    assert listed_as("WQU", orgs) == "Welsh Quoits Union"
    assert listed_as("Quarrowfin", orgs) == "Quarrowfin Biopharma Ltd."
    assert listed_as("NQL", orgs) is None  # a parent's name in capitals before more words
    assert listed_as("Harbor Mutual", orgs) is None


def test_an_acronym_named_beside_the_name_it_spells_is_another_body():
    from summarize.org_folding import _fold_spelled_acronyms

    orgs = {"Apex Micro Devices": set(), "AMD": set()}
    side_by_side = ("Apex Micro Devices today announced a partnership with AMD.",)
    assert _fold_spelled_acronyms(orgs, side_by_side) == orgs
    defined = ("Apex Micro Devices (AMD) today announced a partnership.", "AMD makes chips.")
    assert _fold_spelled_acronyms(orgs, defined) == {"Apex Micro Devices": {"AMD"}}
