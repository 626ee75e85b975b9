"""Which candidate names a release keeps as organizations."""
from __future__ import annotations

import pytest

from summarize.org_candidates import how_written, name_ok, named_like_a_person
from summarize.org_names import OrgMention


@pytest.mark.parametrize("name, ok", [
    ("Moreover", False), ("We're", False), ("You\u2019ve", False),
    ("Why Choose Crane Widgets for Crypto Investments", False), ("But Prioritize Health", False),
    ("O'Leary", True), ("Crane Widgets", True), ("First Avalon Bank", True),
    ("Advisory Board", False), ("Crypto Advisory Board", False), ("Supervisory Board", False),  # inside a firm
    ("Avalon Advisory Board", True), ("Financial Stability Board", True), ("340B Patient Advisory Committee", False),
    ("Special Committee", False), ("Board of Directors", False), ("Quarrow Labs Board of Trustees", False),
    ("Tulare Valley Board of Supervisors", True), ("Data Safety Monitoring Board", False),
    ("Family Law", False), ("Criminal Law", False), ("Quarrow Law", True), ("Quarrow School of Law", True),  # a field
])
def test_function_words_and_headings_are_not_organizations(name, ok):
    assert name_ok(OrgMention(name, strong=True)) is ok


def test_a_holiday_is_no_organization():
    assert not name_ok(OrgMention("Ramadan"))
    assert name_ok(OrgMention("Acme Labs"))


@pytest.mark.parametrize("name, strong, ok", [
    ("Veldorians", False, True),  # no demonym known: a name like any other
    ("Japanese", True, False), ("Saudis", False, False), ("Christians", False, False), ("Islam", False, False),
    ("President", True, False), ("Prime Minister", False, False), ("Russian President", True, False),
    ("Mr Quell", False, False), ("Prof. Ambrin", True, False),
    ("GM", True, True),  # a listed firm, though a title's abbreviation too
    ("Dr Fizzwell Beverages", True, True),
])
def test_peoples_faiths_titles_and_people_are_not_organizations(name, strong, ok):
    assert name_ok(OrgMention(name, strong=strong)) is ok


def test_a_maker_before_a_name_is_no_first_name():
    sentences = [(0, "The new Harlow Torva seats six.", False), (1, "Harlow builds it, and the Torva has won praise.", False),
                 (2, "Torva won a design award.", False)]
    assert not named_like_a_person("Torva", how_written(sentences))  # Harlow stands alone: a maker
    assert named_like_a_person("Torva", how_written([(0, "He met Nils Torva there.", False), *sentences[2:]]))


def test_a_web_address_name_is_a_company_even_with_digits():
    assert name_ok(OrgMention("Vantix3D.ai", strong=False))
    assert not name_ok(OrgMention("Vantix3D", strong=False))  # a product as often


@pytest.mark.parametrize("sentence, product", [
    ("Quarrow Labs has introduced its face swap tool, Pindle AI, which swaps faces in videos.", "Pindle AI"),
    ("Harbor Mutual integrated Velmo AI, developed by Quarrow Labs, into its systems.", "Velmo AI"),
    ("Mara Quist joined the latest episode of Corvin Media’s Dockside Podcast to discuss sales.", "Dockside Podcast"),
    ("The Brisk AI 30 Index tracks the top tokens.", "Brisk AI"),
    ("Nexor coordinates Tamsin AI agents across chains.", "Tamsin AI"),
    ("Brolly AI, an advanced AI photo animator, turns photos into videos.", "Brolly AI"),
    ("Lonely people turn to AI chatbots, like Quibble AI, for company.", "Quibble AI"),
    ("Mara Quist hosts The Harbor Talk Podcast, now in its third season.", "Harbor Talk Podcast"),
])
def test_a_name_ending_in_ai_or_podcast_that_the_sentence_makes_a_product(sentence, product):
    from summarize.org_candidates import product_names

    assert product_names(sentence) == {product}


@pytest.mark.parametrize("sentence", [
    "Quarrow AI, a pioneering autonomous delivery network, signed a deal with Harbor Mutual.",
    "Quarrow AI announced its first revenue today.",
    "Its partner Quarrow Labs opened a plant.",
])
def test_a_company_named_ai_is_no_product(sentence):
    from summarize.org_candidates import product_names

    assert product_names(sentence) == set()


@pytest.mark.parametrize("name, ok", [
    ("Hemp You Can Trust", False), ("Have I Got Gossip for You", False), ("Quarrow Labs", True),
    ("We Do Play", True), ("Our Family Office", True),
])
def test_a_clause_is_no_organization(name, ok):
    from summarize.org_candidates import name_ok
    from summarize.org_names import OrgMention

    assert name_ok(OrgMention(name)) is ok
