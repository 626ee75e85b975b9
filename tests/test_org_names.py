"""An organization's name on its own: its shape and what is cut from around it."""
from __future__ import annotations

import pytest

from summarize.org_names import clean_org, is_org_name


def test_org_words_and_event_words():
    assert is_org_name("Harbor Point Holdings")
    assert is_org_name("University of Avalon")
    assert not is_org_name("Harbor Point Annual Investor Conference")
    assert is_org_name("Quellor Comics")  # a publisher, like "Quellor Press"


@pytest.mark.parametrize("span, name", [
    ("New York-based Donut Labs", "Donut Labs"),
    ("US-domiciled Sarson Funds", "Sarson Funds"),
    ("Singapore Exchange Catalist-listed Mooreast Holdings Ltd.", "Mooreast Holdings Ltd."),
    ("Privately-held Falic Group", "Falic Group"),
    ("Coca-Cola Company", "Coca-Cola Company"),
    ("Highlighting Marathon Digital Holdings Inc.", "Marathon Digital Holdings Inc."),
    ("Learning Technologies Group", "Learning Technologies Group"),
    ("Omar Haddad of the Avalon State Police", "Avalon State Police"),
    ("Bank of America", "Bank of America"),
    ("Co-Founder of Solidus Labs", "Solidus Labs"),
    ("Doesn't the Department of Justice", "Department of Justice"),
])
def test_where_it_is_based_or_a_verb_before_it_is_no_part_of_its_name(span, name):
    assert clean_org(span) == name


@pytest.mark.parametrize("name, org", [
    ("Generative AI", False), ("Agentic AI", False), ("Future of AI", False), ("Products and AI", False),
    ("Marketing and Communications", False), ("Stability AI", True), ("McKinsey & Company", True),
    ("Ministry of Health and Welfare", True),
])
def test_an_org_word_after_a_join_or_a_technology_qualifier_ends_no_name(name, org):
    assert is_org_name(name) is org


def test_a_title_after_an_organization_is_not_part_of_it():
    assert clean_org("Harbor Alliance for Public Broadband Executive Director") == "Harbor Alliance for Public Broadband"
    assert clean_org("Port Authority of Avalon Executive Director Jane Roe") == "Port Authority of Avalon"
    assert clean_org("Quarry Stone Holdings CEO Tim Ash") == "Quarry Stone Holdings"
    # the word before belongs to the title, or the span names a unit, not an organization
    assert clean_org("Office of the Chief Medical Examiner") == "Office of the Chief Medical Examiner"
    assert clean_org("Office of the President") == "Office of the President"
    assert clean_org("Chief Analytics Officer") == "Chief Analytics Officer"
    assert clean_org("Family Office Director") == "Family Office Director"


@pytest.mark.parametrize("name, org", [
    ("Jessica Law", False), ("Linda Marie Power", False),  # a first name and a surname that is an org word too
    ("Grace Church", True), ("Christian Church", True), ("Harrow Steel", True), ("Avalon Press", True),
])
def test_a_first_name_before_a_surname_like_org_word_is_a_person(name, org):
    assert is_org_name(name) is org


@pytest.mark.parametrize("span, org", [
    ("Varga of Quellor University", "Quellor University"),  # a surname and its body
    ("Nadia Orsk of the Avalon Heritage Trust", "Avalon Heritage Trust"),
    ("Samir al Hadad of the Zentar Organization", "Zentar Organization"),
    ("Clinical Director for Marlow University", "Marlow University"),
    ("Marlow University of Avalon and Jane Roe", "Marlow University of Avalon"),
    ("Friends of the Avalon Museum", "Friends of the Avalon Museum"),  # plural nouns open names
    ("House of Avalon Finance Committee", "House of Avalon Finance Committee"),
    ("High Commissioner for Refugees", "High Commissioner for Refugees"),  # no body after "for"
    ("Ohio State Division of Harbor Affairs", "Ohio State Division of Harbor Affairs"),  # a state, no title
])
def test_a_person_before_of_and_a_body_is_cut_off(span, org):
    assert clean_org(span) == org


@pytest.mark.parametrize("name, org", [
    ("Commonwealth Games", False), ("Olympic Games", False), ("Sydney Games", False), ("Quellor Games", True),
    ("Champions League", False), ("Quellor Europa League", False), ("Quellor League", True), ("Premier League", True),
])
def test_games_after_a_place_or_an_event_word_and_a_club_competition_are_events(name, org):
    assert is_org_name(name) is org


def test_an_executives_title_and_name_after_a_span_are_cut_from_the_business():
    from summarize.org_names import clean_org

    assert clean_org("Quarrow Eagle Gold CEO Mara Quist") == "Quarrow Eagle Gold"
    assert clean_org("Quarrow Eagle Gold Coordinator Mara Quist") == "Quarrow Eagle Gold Coordinator Mara Quist"


@pytest.mark.parametrize("name", ["True AI", "Secure AI", "Safe AI", "Decentralized AI"])
def test_a_quality_of_ai_is_a_kind_of_technology_not_a_company(name):
    assert not is_org_name(name)


@pytest.mark.parametrize("name, trimmed", [
    ("Quellor Gold Cup", "Quellor Gold Cup"),  # a competition: nothing to cut, and no organization
    ("Avalon League Cup", "Avalon League Cup"), ("Quellor Club World Cup", "Quellor Club World Cup"),  # the cup's own name
    ("Harbor Mutual Insurance Grand Prix", "Harbor Mutual Insurance"),  # its sponsor
])
def test_a_competition_is_no_organization_and_only_a_sponsor_is_cut_from_it(name, trimmed):
    from summarize.org_names import trim_org

    assert not is_org_name(name)
    assert trim_org(name) == trimmed


@pytest.mark.parametrize("name", ["Korean Companies", "Mid-Sized Companies", "Fastest Growing Companies", "Industrial Firms"])
def test_ordinary_words_or_a_people_before_companies_name_a_kind_of_business(name):
    assert not is_org_name(name)


@pytest.mark.parametrize("name", ["Charney Companies", "Quarrow Companies", "Cornerstone Building Brands"])
def test_a_name_before_companies_names_a_business(name):
    assert is_org_name(name)


def test_a_guard_or_a_patrol_is_a_body_by_what_it_guards():
    assert is_org_name("Quillby National Guard") and is_org_name("Quillby Highway Patrol") and is_org_name("U.S. Coast Guard")
    assert not is_org_name("Frost Guard") and not is_org_name("Pet Patrol")  # products
