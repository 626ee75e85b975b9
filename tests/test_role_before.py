"""The role before a person's name that the name's span does not hold (role_before.py): titles
set off by commas or joined by "and", plural titles before a list, deeds, bodies led by the person."""
from __future__ import annotations

import pytest

from summarize.people import sentence_people
from summarize.role_before import past_title, title_without_clause
from tests.test_people import found_in


@pytest.mark.parametrize("sentence, roles", [
    ("The Avalon Show, hosted by media veterans Adam Curry and John C. Dvorak, aired.",
     {"Adam Curry": "host", "John C. Dvorak": "host"}),
    ("The session, moderated by Dana Whitfield, featured a panel.", {"Dana Whitfield": "moderator"}),
    ("The session, moderated by Dana Whitfield, CEO of Vantor Mills, featured a panel.", {"Dana Whitfield": "CEO"}),
])
def test_a_role_told_by_what_the_person_did(sentence, roles):
    assert {name: role for name, role, _ in found_in(sentence)} == roles


@pytest.mark.parametrize("sentence, affiliation", [
    ("It came from Avalon Harbor's leader, Jane Roe, on Monday.", "Avalon Harbor"),
    ("Yesterday Avalonia's economy minister, Jane Roe, spoke.", "Avalonia"),  # not "Yesterday Avalonia"
])
def test_an_owner_written_before_the_title_and_a_comma_is_read_whole(sentence, affiliation):
    assert [p.affiliation for p in sentence_people(sentence)] == [affiliation]


def test_title_joined_before_the_one_that_leads_the_name():
    assert found_in("Brindle Co. President and Co-Founder Tomas Vey built the firm.") == [
        ("Tomas Vey", "President and Co-Founder", "Brindle Co.")]
    assert found_in("said Quarrow founder and CEO Lia Fenn.") == [("Lia Fenn", "founder and CEO", "Quarrow")]
    assert found_in("said The Lantern House President and CEO Ada Moss.") == [
        ("Ada Moss", "President and CEO", "The Lantern House")]


def test_title_joined_after_another_person_or_both_names_two_people():
    assert ("Lia Fenn", "CEO", None) in found_in("Mara Doyle and CEO Lia Fenn spoke.")
    assert found_in("Both the prime minister and Chancellor Ivo Brandt spoke.") == [("Ivo Brandt", "Chancellor", None)]


def test_body_led_or_hosted_by_the_person():
    assert found_in("Harbor Mutual, led by Founder and CEO Tomas Vey, will integrate it.") == [
        ("Tomas Vey", "Founder and CEO", "Harbor Mutual")]
    assert found_in("Quarrow is led by CEO Lia Fenn, previously of Beta.")[0][2] == "Quarrow"
    assert [p[2] for p in found_in("The Lantern Hour, hosted by broadcasters Ada Moss and Mark Hale, turns ten.")] == [
        "Lantern Hour", "Lantern Hour"]


@pytest.mark.parametrize("sentence, expected", [
    ("Quarrow CEO, Lia Fenn, announced the grant.", ("Lia Fenn", "CEO", "Quarrow")),
    ("It said that Brightfarm Motors founder, Ada Moss, has given funds.", ("Ada Moss", "founder", "Brightfarm Motors")),
    ("Recently, nurse and Harbor Advisory Council member, Mara Quist, toured.", ("Mara Quist", "member", "Harbor Advisory Council")),
    ("Quarrow Chief Strategy Officer, Dr. Lia Fenn will moderate a panel.", ("Lia Fenn", "Chief Strategy Officer", "Quarrow")),
    ("It cleared a detective, Tomas Vey, who said so.", ("Tomas Vey", "detective", None)),
    ("He will lead as Avalon President, Tomas Vey has said.", ("Tomas Vey", None, None)),  # a clause's title
])
def test_a_title_set_off_by_commas_before_the_name(sentence, expected):
    assert found_in(sentence) == [expected]


def test_a_title_after_a_listed_person_is_that_persons():
    assert found_in("Speakers are Lia Fenn, CEO, Tomas Vey, CFO, and others.") == [("Lia Fenn", "CEO", None), ("Tomas Vey", "CFO", None)]


def test_body_described_then_founded_by_the_people():
    # the body's apposition stands between it and "founded by"
    assert found_in("Quarrow Advisors, a boutique firm, was founded by Lia Fenn and Tomas Vey, former officials.") == [
        ("Lia Fenn", "founder", "Quarrow Advisors"), ("Tomas Vey", "founder", "Quarrow Advisors")]
    assert found_in("Brightfarm, a design studio founded by Ada Moss in 2019, opened.") == [("Ada Moss", "founder", "Brightfarm")]


def test_a_past_title_before_the_name_of_one_who_leads_a_body():
    # the past title's owner is no affiliation: the body the person leads now is
    assert found_in("Brightfarm, led by former Pellmark executive Ada Moss and Quarrow Holdings’ former CEO Tomas Vey, "
                    "is preparing a launch.") == [
        ("Ada Moss", "former Pellmark executive", "Brightfarm"),
        ("Tomas Vey", "former CEO of Quarrow Holdings", "Brightfarm")]
    assert found_in("Brightfarm is led by former Pellmark CEO Ada Moss.") == [("Ada Moss", "former Pellmark CEO", "Brightfarm")]
    # with no body led, the title is a past one at the body it names
    assert found_in("The panel, hosted by former Pellmark executive Ada Moss, met.") == [("Ada Moss", "former executive", "Pellmark")]


def test_a_royal_title_joins_no_other():
    assert found_in("Guests included the Queen and Prince Edvard.") == [("Edvard", "Prince", None)]
    assert found_in("The King and Queen Sofira visited.") == [("Sofira", "Queen", None)]


def test_no_body_led_by_from_an_address_or_a_common_word():
    assert found_in("a firm based in Dunmore, Avalonshire, founded by Lia Fenn.")[0][2] is None
    assert found_in("The team, led by Professor Ada Moss, found it.")[0][2] is None


def test_plural_title_before_a_list_of_names():
    found = found_in("Hosted by Avalon Film & TV Committee members Ada Moss, Mark Hale, and others, it opens.")
    assert found == [("Ada Moss", "member", "Avalon Film & TV Committee"),
                     ("Mark Hale", "member", "Avalon Film & TV Committee")]
    assert found_in("Quarrow co-founders Ada Moss and Mark Hale said it.")[1] == ("Mark Hale", "co-founder", "Quarrow")


def test_plural_title_list_ends_at_its_and_and_a_verb_is_no_title():
    found = found_in("It works with clinic physicians Ada Moss and Mark Hale, Avalon Weekly said.")
    assert [p[0] for p in found if p[1] == "physician"] == ["Ada Moss", "Mark Hale"]
    assert found_in("Ada Moss heads Harbor Mutual, a big firm.") == [("Ada Moss", None, None)]


def test_a_clause_after_the_title_before_a_name_is_no_part_of_the_role():
    assert found_in("Of all of them, the leader who impressed him most was the new chancellor, Ivo Brandt.") == [
        ("Ivo Brandt", "leader", None)]
    assert found_in("The Quarrow leader wanted to meet voters, Mr Brandt said.")[0][1:] == ("leader", "Quarrow")
    assert found_in("The company's general director, Ivo Brandt, said.")[0][1] == "general director"


def test_a_title_that_owns_what_follows_gives_no_role():
    assert title_without_clause("prime minister's enthusiasm for the job remains undimmed") == ""
    assert title_without_clause("prosecutor's spokeswoman") == "prosecutor's spokeswoman"


def test_the_title_owning_a_thing_before_a_name_is_no_role_of_it():
    found = sentence_people("The prime minister's enthusiasm for the job remains undimmed, Tomas Vey, a strategist, said.")
    assert [(m.name, m.role) for m in found] == [("Tomas Vey", "strategist")]


@pytest.mark.parametrize("head, role, affiliation, expected", [
    ("praised by former Quarrow ", "midfielder", "Quarrow", ("former midfielder", "Quarrow")),
    ("praised by former spin ", "chief", None, ("former spin chief", None)),  # a kind of title, no owner
    ("He met ex-", "chief financial officer", None, ("former chief financial officer", None)),
    ("Ex-Labour ", "MP", "Ex-Labour", ("former MP", "Labour")),  # "Ex-Labour MP Jane Roe": the owner loses its "Ex-"
    ("Harbor Mutual’s former ", "CEO", "Harbor Mutual", ("former CEO", "Harbor Mutual")),
    ("said Harbor Mutual ", "CEO", "Harbor Mutual", ("CEO", "Harbor Mutual")),  # a current title
    ("Former employees of Harbor ", "CEO", "Harbor", ("CEO", "Harbor")),  # the past is the employees'
    ("They sued former Harbor directors Jane Roe and ", "director", "Harbor", ("director", "Harbor")),
    ("the company's former ", "former CEO", None, ("former CEO", None)),  # already past
])
def test_a_title_after_former_is_a_past_one(head, role, affiliation, expected):
    assert past_title(head, role, affiliation) == expected


def test_a_past_title_before_a_name_is_read_as_past():
    [m] = sentence_people("The plan was praised by former Quarrow Labs chief Mara Quist on Monday.")
    assert (m.role, m.affiliation) == ("former chief", "Quarrow Labs")


@pytest.mark.parametrize("role, expected", [
    ("mayor to apologise for likening the reporter", "reporter"),  # the title nearest the name is hers
    ("leader who impressed him most was the president", "leader"),  # after a copula, both are hers: the first
    ("spokesman for the prime minister", "spokesman for the prime minister"),  # a join: the title owns the role
    ("adviser to the president", "adviser to the president"),
])
def test_the_title_nearest_the_name_after_a_clause(role, expected):
    assert title_without_clause(role) == expected


@pytest.mark.parametrize("sentence, expected", [
    ('"We grew," said Quarrow Motors CEO and chair Mara Quist.', ("Mara Quist", "CEO and chair", "Quarrow Motors")),
    ("The show features host and pastor Tomas Vey.", ("Tomas Vey", "host and pastor", None)),
    ("Jane Doe and director Tomas Vey agreed.", ("Tomas Vey", "director", None)),  # a person before "and"
])
def test_a_title_joined_by_and_to_a_free_standing_title(sentence, expected):
    assert expected in found_in(sentence)
