"""Titles and the owners written before or after them."""
from __future__ import annotations

import pytest

from summarize.titles import (rank_after_office, has_title_head, has_title_word, internal_body, is_title, names_a_role, owner_after, owner_first,
                              role_head_words, title_before)


def test_titles_come_from_the_word_list_whatever_their_case():
    assert is_title("Chief Executive Officer") and is_title("secretary of state")
    assert not is_title("Marketing Strategy")
    assert is_title("educator") and is_title("Clinician")  # as speakers' lists describe a guest


def test_a_title_head_names_what_someone_is():
    assert has_title_head("founder of Acme") and not has_title_head("digital marketing strategy")


def test_a_word_of_a_hyphenated_position_is_no_title_word_alone():
    assert is_title("fly-half") and not has_title_word("back from injury")
    assert not has_title_word("left off the list")


@pytest.mark.parametrize("before, expected", [
    ("said Aston's chief executive ", ("chief executive", "Aston")),
    ("Labour leader ", ("leader", "Labour")),
    ("French president ", ("president", "France")),
    ("Award-winning author ", ("author", None)),
    ("The spokesman ", ("spokesman", None)),
    ("the weather ", (None, None)),
    ("Pop singer ", ("Pop singer", None)),  # a genre, not an owner: part of the role
    ("Veteran actor ", ("Veteran actor", None)),
    ("Immigration minister ", ("Immigration minister", None)),  # the owner's word opens the title
    ("Acme Advisory Council member ", ("member", "Acme Advisory Council")),
    ("Tory co-chairman ", ("co-chairman", "Tory")),  # a co-holder of an office
    ("Quarrow Air co-pilot ", ("co-pilot", "Quarrow Air")),
    ("said German theologian ", ("theologian", "Germany")),  # professions reports put before a name
    ("the station's meteorologist ", ("meteorologist", None)),
    ("said Gazprom chief ", ("chief", "Gazprom")),  # "chief" in lower case heads a body alone
    ("said Acme investment chief ", ("investment chief", "Acme")),
    ("Acme Chief ", (None, None)),  # capitalized, it opens a title ("Chief Customer Officer")
    ("said Harbor United keeper ", ("keeper", "Harbor United")),  # sports positions
    ("the Quarrow fly-half ", ("fly-half", "Quarrow")),
    # a lower-case word after the owner says what kind of title; a verb does not
    ("said Harbor Radio legal analyst ", ("legal analyst", "Harbor Radio")),
    ("Quarrow sporting director ", ("sporting director", "Quarrow")),
    ("Quarrow hired analyst ", ("analyst", None)),
    ("Reporters covering singer ", ("singer", None)),
    ("Quarrow welcomes CEO ", ("CEO", None)),
])
def test_a_title_right_before_a_name_and_its_owner(before, expected):
    assert title_before(before) == expected


@pytest.mark.parametrize("role, expected", [
    ("WPG President", ("President", "WPG")),
    ("Acme Widgets Chief Executive Officer", ("Chief Executive Officer", "Acme Widgets")),
    ("Beeline's Director", ("Beeline's Director", None)),
    ("HR Director", ("HR Director", None)),
    ("Royal Princess", ("Royal Princess", None)),
    ("Senior Vice President", ("Senior Vice President", None)),
    ("Zentora security manager", ("security manager", "Zentora")),  # a lower-case role
    ("Avalon Bay Transit Authority officer", ("officer", "Avalon Bay Transit Authority")),
    ("Zentora Cloud Client product manager", ("Zentora Cloud Client product manager", None)),  # a product, maybe
    ("Asian studies professor", ("Asian studies professor", None)),
    ("Norland state police spokesman", ("Norland state police spokesman", None)),
    ("QC and law professor", ("QC and law professor", None)),
])
def test_an_organization_written_before_a_title(role, expected):
    assert owner_first(role) == expected


def test_a_board_is_a_body_inside_the_organization():
    assert internal_body("Supervisory Board") and internal_body("Board of Directors")
    assert not internal_body("Avalon State Police")


@pytest.mark.parametrize("role, expected", [
    ("Chief Executive Officer Synergist Technology", ("Chief Executive Officer", "Synergist Technology")),
    ("CEO Manduka", ("CEO", "Manduka")),
    ("senior vice president Boeing", ("senior vice president", "Boeing")),
    ("Chief Technology Officer", ("Chief Technology Officer", None)),
    ("Managing Director Europe", ("Managing Director Europe", None)),  # a region
    ("Vice President Sales", ("Vice President Sales", None)),  # a department
    ("Professor Emeritus", ("Professor Emeritus", None)),
    ("Dean Martin", ("Dean Martin", None)),  # a name in a list of names
])
def test_an_organization_right_after_the_title_is_its_owner(role, expected):
    assert owner_after(role) == expected


def test_a_hyphenated_title_is_the_title():
    from summarize.titles import is_title

    assert is_title("Director-General") and is_title("Vice-President") and is_title("Co-Founder")
    assert not is_title("Well-Known")


def test_owner_before_titles_joined_by_and():
    from summarize.titles import owner_first
    assert owner_first("Quarrow Chairman and CEO") == ("Chairman and CEO", "Quarrow")
    assert owner_first("Harbor Mutual Co-Founder & CEO") == ("Co-Founder & CEO", "Harbor Mutual")


@pytest.mark.parametrize("before", [
    "In a statement on Monday the Avalon Widgets Group of Northern Ohio's newly appointed Chief Executive Officer ",
    "After a long day of talks with the board, Acme & Sons of Avalon former managing director ",
    "said Acme spokesman ",
    "said the Avalon Broadcasting Corporation of Northern Ohio's newly appointed political editor ",
    "Chief Executive Officer ",
    "  ",
])
def test_the_title_before_a_name_is_searched_for_only_among_the_last_words(before):
    # searching from where the pattern's longest match could start finds what a search of the whole text does
    from summarize.titles import _last_words_start, _title_before_pattern, _title_before_words

    pattern = _title_before_pattern()
    whole = pattern.search(before)
    found = pattern.search(before, _last_words_start(before, _title_before_words()))
    assert (whole and (whole.span(), whole.groups())) == (found and (found.span(), found.groups()))
    assert _last_words_start("one two three", 2) == 4 and _last_words_start("one two", 2) == 0


@pytest.mark.parametrize("role, head, names", [
    ("the co-founder of Quarrow Labs", ["the", "co-founder"], True),
    ("a writer based in Oslo", ["a", "writer"], True),
    ("a family bakery that opened in 1990", ["a", "family", "bakery"], False),
    ("a nutritionist at Harbor Mutual", ["a", "nutritionist"], True),
    ("police chief", ["police", "chief"], True),
    ("the state", ["the", "state"], False),  # "state" only ends a title: "Secretary of State"
])
def test_a_roles_head_and_whether_it_names_a_role(role, head, names):
    assert role_head_words(role) == head
    assert names_a_role(role) is names


def test_a_degree_before_a_title_owns_none():
    assert title_before("the bicyclist, Quarrow mathematics Ph.D. candidate ") == ("candidate", None)
    assert title_before("actress and U.N. envoy ") == ("envoy", "U.N.")


def test_a_prospective_office_is_owned_by_what_follows():
    assert title_before("Prospective Green candidate ") == ("candidate", "Green")


def test_chief_after_in_is_no_title_alone():
    assert title_before("Its editor in chief ") != ("chief", None)
    assert title_before("Gazprom chief ") == ("chief", "Gazprom")


def test_a_title_with_a_hyphened_rank_is_a_title_and_opens_no_title_word():
    assert is_title("Editor-in-Chief") and is_title("editor-at-large") and is_title("Commander-in-Chief")
    assert not is_title("Quarrow-in-Chief") and not has_title_word("in the lobby")
    from summarize.people import sentence_people

    [p] = sentence_people("Vellum Weekly Editor-in-Chief Mara Quist said no.")
    assert (p.name, p.role, p.affiliation) == ("Mara Quist", "Editor-in-Chief", "Vellum Weekly")


def test_a_member_keeps_the_kind_of_body_written_before_it():
    assert title_before("written by band member ") == ("band member", None)
    assert title_before("said cast member ") == ("cast member", None)
    assert title_before("said Quarrow board member ") == ("board member", "Quarrow")
    assert title_before("said member ") == ("member", None)  # a verb says no kind
    assert title_before("he hired member ") == ("member", None)
    assert title_before("and fellow member ") == ("member", None)  # a rank, not a kind


def test_a_rank_written_after_an_office_is_dropped():
    assert rank_after_office(["Defense Minister", "General"]) == ["Defense Minister"]
    assert rank_after_office(["Lieutenant", "Colonel"]) == ["Lieutenant", "Colonel"]
