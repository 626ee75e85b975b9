"""What stands before a name: titles, honorifics, ranks, owners."""
from __future__ import annotations

import pytest

from summarize.name_prefix import split_prefix


def test_split_prefix_reads_demonym_title_and_name():
    role, name, country, honorific = split_prefix("Kenyan Ambassador Sami Haddad")
    assert (role, name, country, honorific) == (["Ambassador"], ["Sami", "Haddad"], "Kenya", False)


def test_title_words_before_a_title_are_part_of_the_role():
    assert split_prefix("Senior Managing Director Jane Roe")[:3] == (["Senior Managing Director"], ["Jane", "Roe"], None)
    assert split_prefix("Avalon Deputy Foreign Secretary Tom Hale")[:3] == (["Deputy Foreign Secretary"], ["Tom", "Hale"], "Avalon")
    assert split_prefix("Chief Executive Dana Price")[:2] == (["Chief Executive"], ["Dana", "Price"])
    # three words after a title's opening word: no owner before "Officer"
    assert split_prefix("Chief Public Relations Officer Dana Price")[:3] == (
        ["Chief Public Relations Officer"], ["Dana", "Price"], None)
    assert split_prefix("Quarrow Chief Customer Experience Officer Dana Price")[:3] == (
        ["Chief Customer Experience Officer"], ["Dana", "Price"], "Quarrow")


def test_a_time_word_before_a_title_is_no_affiliation():
    assert split_prefix("Now Home Secretary Tom Hale")[:3] == (["Home Secretary"], ["Tom", "Hale"], None)
    assert split_prefix("Tuesday Foreign Secretary Tom Hale")[2] is None


@pytest.mark.parametrize("span, role, affiliation", [
    ("Finance Minister Anil Mehta", ["Finance Minister"], None),  # a portfolio, not an employer
    ("Interim CEO Dana Price", ["Interim CEO"], None),
    ("Under President Tom Hale", ["President"], None),  # a function word is dropped
    ("Crane Widgets CEO Dana Price", ["CEO"], "Crane Widgets"),
    ("First Minister Jack Reid", ["First Minister"], None),
])
def test_one_common_word_before_a_title_qualifies_it(span, role, affiliation):
    got_role, name, got_affiliation, _ = split_prefix(span)
    assert (got_role, got_affiliation) == (role, affiliation)


@pytest.mark.parametrize("span, role, affiliation", [
    ("Tidal Labs CEO & Founder Dana Price", ["CEO & Founder"], "Tidal Labs"),
    ("Tidal Labs President and CEO Dana Price", ["President and CEO"], "Tidal Labs"),
])
def test_titles_joined_by_and_make_one_role(span, role, affiliation):
    got_role, name, got_affiliation, _ = split_prefix(span)
    assert (got_role, name, got_affiliation) == (role, ["Dana", "Price"], affiliation)


@pytest.mark.parametrize("span, owner", [
    ("Although President Tom Hale", None),
    ("You're Judge Dana Price", None),
    ("US President Tom Hale", "United States"),
])
def test_a_function_word_owns_no_title_but_an_acronym_may(span, owner):
    assert split_prefix(span)[2] == owner


@pytest.mark.parametrize("span, role, name, owner", [
    ("Emory Associate Professor Dr. Sandra Fryhofer", ["Associate Professor"], ["Sandra", "Fryhofer"], "Emory"),
    ("WKRN Chief Medical Correspondent Dr. Lena Park", ["Chief Medical Correspondent"], ["Lena", "Park"], "WKRN"),
    ("Florida Surgeon General Dr. Omar Haddad", ["Surgeon General"], ["Omar", "Haddad"], "Florida"),
    ("Senate Majority Leader Omar Haddad", ["Majority Leader"], ["Omar", "Haddad"], "Senate"),
    # an honorific written without its stop is no part of the name either
    ("Quarrow Oil CEO Dr Tom Hale", ["CEO"], ["Tom", "Hale"], "Quarrow Oil"),
    ("Deputy Prime Minister Mr Hale", ["Deputy Prime Minister"], ["Hale"], None),
    ("Auditor General Sir Tom Hale", ["Auditor General"], ["Tom", "Hale"], None),
    ("U.S. Magistrate Judge Dana Price", ["Magistrate Judge"], ["Dana", "Price"], "United States"),
    # an honorific that opens a title is the title's
    ("Lord Chancellor Lord Vey", ["Lord Chancellor"], ["Vey"], None),
    ("Lord Chief Justice Lord Vey", ["Lord Chief Justice"], ["Vey"], None),
])
def test_a_title_and_its_owner_before_an_honorific_or_a_chamber(span, role, name, owner):
    assert split_prefix(span)[:3] == (role, name, owner)


def test_a_generational_suffix_alone_is_no_name_after_a_title():
    assert split_prefix("Dalton Ray King Jnr")[:3] == ([], ["Dalton", "Ray", "King", "Jnr"], None)


def test_a_describing_word_before_a_place_owner_is_dropped():
    assert split_prefix("Acting U.S. Attorney Dana Price")[2] == "United States"
    assert split_prefix("Rolling Stone Managing Editor Dana Price")[2] == "Rolling Stone"


@pytest.mark.parametrize("span, role, affiliation", [
    ("Avalon Police Commissioner Jane Roe", ["Commissioner"], "Avalon Police"),  # the body whole
    ("Harlow City Council Speaker Jane Roe", ["Speaker"], "Harlow City Council"),
    ("House Speaker Tom Hale", ["House Speaker"], None),  # one word says which kind of body
    ("City Manager Tom Hale", ["City Manager"], None),
])
def test_a_body_written_before_a_title_is_read_whole(span, role, affiliation):
    got_role, name, got_affiliation, _ = split_prefix(span)
    assert (got_role, got_affiliation) == (role, affiliation)


def test_what_a_fellow_shares_is_the_role():
    assert split_prefix("Fellow Avalon Party Jane Roe")[:3] == (["Avalon Party"], ["Jane", "Roe"], None)


@pytest.mark.parametrize("span, role, affiliation", [
    ("WKRN Political Correspondent Tom Hale", ["Political Correspondent"], "WKRN"),  # a kind of title, not whose
    ("WKRN National Security Analyst Tom Hale", ["National Security Analyst"], "WKRN"),
    ("Deputy National Security Adviser Tom Hale", ["Deputy National Security Adviser"], None),
    ("Former Kenyan Prime Minister Tom Hale", ["Prime Minister"], "Kenya"),  # "Former" dates the office
    ("Oakridge Senior Living CEO Tom Hale", ["CEO"], "Oakridge Senior Living"),
    ("Navajo Nation President Tom Hale", ["President"], "Navajo Nation"),
])
def test_a_qualifier_before_a_title_is_part_of_the_role(span, role, affiliation):
    got_role, name, got_affiliation, _ = split_prefix(span)
    assert (got_role, got_affiliation) == (role, affiliation)


@pytest.mark.parametrize("span, role, affiliation", [
    ("Assistant U.S. Attorney Tom Hale", ["Assistant U.S. Attorney"], None),  # a rank opens the whole title
    ("Councilwoman Jane Roe", ["Councilwoman"], None),
])
def test_a_rank_or_a_councilwoman_opens_a_title(span, role, affiliation):
    got_role, name, got_affiliation, _ = split_prefix(span)
    assert (got_role, got_affiliation) == (role, affiliation)


def test_an_honorific_without_a_stop_inside_a_span_opens_the_name():
    assert split_prefix("Green Party Sir Tobin Quarrow") == ([], ["Tobin", "Quarrow"], None, True)
    assert split_prefix("Lib Dem Dame Mara Quist") == ([], ["Mara", "Quist"], "Lib Dem", True)
    assert split_prefix("Commenting Mr Venn") == ([], ["Venn"], None, True)
    assert split_prefix("Terraces on Sir Tobin")[1] == ["Terraces", "on", "Sir", "Tobin"]
