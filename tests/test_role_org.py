"""A role cut into the role and its organization (role_org.py): titles that head a whole body,
a creator's work, a unit before its body, a body's name opened by a possessive or a kind of body."""
from __future__ import annotations

import pytest

from summarize.apposition import apposition
from summarize.role_org import heads_whole_body, is_department, org_after_role, role_and_org


def test_titles_that_head_a_whole_organization():
    assert heads_whole_body("CEO") and heads_whole_body("Co-Founder") and heads_whole_body("Chief Executive Officer")
    assert not heads_whole_body("Vice President")


def test_a_creator_of_a_titled_work_names_no_organization():
    assert apposition(", bestselling author of The Lantern and the Moth, said") == (
        "bestselling author of The Lantern and the Moth", None)
    assert apposition(", co-author of the Avalon Institute report, said") == ("co-author", "Avalon Institute")


def test_unit_then_the_body_it_belongs_to_after_a_title():
    assert apposition(", Vice President, Retail Lending at Harbor Mutual, said") == (
        "Vice President, Retail Lending", "Harbor Mutual")
    assert apposition(", CEO, Mara Doyle at Quarrow") == ("CEO", None)  # another person, not a unit


def test_board_joined_to_a_title_is_inside_the_role():
    assert apposition(", Chairman of the Board & CEO of Quarrow, said") == ("Chairman of the Board & CEO", "Quarrow")


@pytest.mark.parametrize("after, org", [
    (", Operations Manager at Henry's Market, said", "Henry's Market"),  # a first name opens a body's name
    (", Founding Partner of Director's Corner, said", "Director's Corner"),  # so does a common word or a title
    (", Head of Operations at Quarrow's Global Health Unit, said", "Quarrow"),  # a body's unit: the body
    (", a researcher at Britain's Mammal Society, said", "Mammal Society"),  # a place says where
])
def test_a_possessive_opening_a_body_after_a_role(after, org):
    assert apposition(after)[1] == org


def test_a_body_described_by_a_two_word_demonym_and_its_kind_is_named_after_them():
    assert apposition(", founder of the South African agency Lumen Media, said so.") == ("founder", "Lumen Media")


@pytest.mark.parametrize("part, expected", [
    ("project manager from QML", ("project manager", "QML")),
    ("archaeology curator from Quarrow Museum", ("archaeology curator", "Quarrow Museum")),
    # where the person is from, or what the person holds, is no body of theirs
    ("photographer from Belgium", ("photographer from Belgium", None)),
    ("judge from Vey's earlier trial", ("judge from Vey's earlier trial", None)),
])
def test_a_body_after_a_role_and_from_is_the_persons(part, expected):
    assert role_and_org(part) == expected


@pytest.mark.parametrize("role, expected", [
    ("president of distribution at 21st Harbor Pictures", ("president of distribution", "21st Harbor Pictures")),
    ("managing director of 4quarrow", ("managing director", "4quarrow")),
    ("interim commander of the 9th Avalon Region", ("interim commander", "9th Avalon Region")),
    ("member of two sides of the 1970s", ("member of two sides of the 1970s", None)),  # a decade, no body
    ("Founder and CEO at 10T / 1RT", ("Founder and CEO at 10T / 1RT", None)),  # not one name
])
def test_a_body_whose_name_opens_with_digits(role, expected):
    assert role_and_org(role) == expected


@pytest.mark.parametrize("role, expected", [
    ("CEO of autonomous robot service company Quarrow", ("CEO", "Quarrow")),  # three words say what kind
    ("analyst at brokers Harbor Mutual", ("analyst", "Harbor Mutual")),
    ("head of gaming industry body AVTA", ("head", "AVTA")),
    ("spokesman for organisers Avalon Promotions", ("spokesman", "Avalon Promotions")),
    ("head of equities trading at brokers Quarrow", ("head of equities trading", "Quarrow")),  # the unit stays
    ("senior vice president of marketing for satellite giant Quarrow", ("senior vice president of marketing", "Quarrow")),
])
def test_what_kind_of_body_before_its_name(role, expected):
    assert role_and_org(role) == expected


def test_a_department_named_for_a_technology_is_no_body():
    assert role_and_org("vice president of 5G Strategy") == ("vice president of 5G Strategy", None)
    assert role_and_org("senior market strategist at 4Cast") == ("senior market strategist", "4Cast")


def test_a_department_before_for_and_the_body_after_it():
    assert role_and_org("Vice President of Global Supply Chain for QRT Logistics") == (
        "Vice President of Global Supply Chain", "QRT Logistics")  # an acronym names a body
    assert is_department("Human Resources") and not is_department("Recharge Resources")


def test_a_body_named_after_a_role_and_a_comma_may_end_in_a_legal_suffix():
    assert org_after_role("Quarrow Business Services, Inc.", "")
    assert apposition(", Head of Human Resources, Quarrow Business Services, Inc.") == (
        "Head of Human Resources", "Quarrow Business Services, Inc.")
