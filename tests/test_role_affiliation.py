"""The role and organization a person is shown with (role_affiliation.py): an affiliation's full name."""
from __future__ import annotations

from summarize.role_affiliation import _affiliation, describes, full_affiliation, shown_role


def test_an_affiliation_read_as_the_owner_of_a_body_named_after_it_is_that_body():
    assert _affiliation("Mara", {"Mara's Bar & Grill": set(), "Quarrow": set()}) == "Mara's Bar & Grill"
    assert _affiliation("Mara", {"Mara's Bar": set(), "Mara’s Grill": set()}) == "Mara"  # two: neither


def test_an_organization_holding_the_persons_own_name_is_no_affiliation():
    orgs = {"Quarrow Labs CEO Mara Vey": {"Quarrow Labs"}, "Office of Governor Tomas Vey": {"Office of"}}
    assert full_affiliation("Quarrow Labs", orgs, "Mara Vey") == "Quarrow Labs"
    assert full_affiliation("Office of", orgs, "Tomas Vey") is None
    assert full_affiliation("Quarrow Labs", {"Quarrow Labs Inc.": {"Quarrow Labs"}}, "Mara Vey") == "Quarrow Labs Inc."


def test_an_office_beats_a_longer_description_of_the_person():
    roles = [(2, "seasoned business leader", True, True, "Harbor Mutual"), (9, "CEO", True, True, "Harbor Mutual")]
    assert shown_role(roles, None, "Mara Quist", ["Mara Quist"], {}, set(), "") == ("CEO", "Harbor Mutual")
    roles = [(0, "Founder and President", False, True, None), (2, "recognized leader in project management", False, True, None)]
    assert shown_role(roles, None, "Mara Quist", ["Mara Quist"], {}, set(), "")[0] == "Founder and President"
    assert shown_role([(1, "seasoned stylist", False, True, None)], None, "Mara Quist", [], {}, set(), "")[0] == "seasoned stylist"


def test_a_role_read_with_as_after_a_description_drops_the_description():
    roles = [(1, "nationally recognized investment banker; Senior Advisor", False, True, None)]
    assert shown_role(roles, None, "Mara Quist", ["Mara Quist"], {}, set(), "")[0] == "Senior Advisor"
    assert describes("highly respected surgeon") and not describes("Distinguished Professor") and not describes("CEO")


def test_the_head_of_a_unit_a_person_owns_is_that_persons():
    people = ["Mara Quist", "Tomas Reyes"]
    roles = [(1, "head of campaign team", True, True, "Reyes")]
    assert shown_role(roles, "Reyes", "Mara Quist", people, {}, set(), "") == ("Reyes' head of campaign team", None)


def test_an_affiliation_an_honorific_leads_is_a_person_who_owns_the_role():
    roles = [(3, "lawyer", True, True, "Mr Vey")]
    assert shown_role(roles, "Mr Vey", "Mara Quist", ["Mara Quist"], {}, set(), "") == ("Mr Vey's lawyer", None)
    roles = [(3, "founder", True, True, "Miss Avalon Pageant")]  # a pageant's "Miss" is no honorific
    assert shown_role(roles, None, "Mara Quist", ["Mara Quist"], {}, set(), "") == ("founder", "Miss Avalon Pageant")


def test_where_a_body_is_based_and_an_inverted_said_are_not_its_name():
    assert full_affiliation("London-based Avalon Observatory", {"Avalon Observatory": set()}, "Mara Quist") == "Avalon Observatory"
    assert full_affiliation("Va.-based Quarrow Engineering", {}, "Mara Quist") == "Quarrow Engineering"
    assert full_affiliation("Said Harbor Mutual", {}, "Mara Quist") == "Harbor Mutual"
    assert full_affiliation("Saidi Holdings", {}, "Mara Quist") == "Saidi Holdings"


def test_a_role_in_a_unit_a_named_body_owns_is_held_at_that_body():
    role = "vice president in Quarrow's security business unit"
    assert shown_role([(1, role, False, True, None)], None, "Mara Quist", ["Mara Quist"], {}, set(), "") == (role, "Quarrow")
    role = "Partner on Harbor Mutual's Asia Investment Team"
    assert shown_role([(1, role, False, True, None)], None, "Mara Quist", [], {}, set(), "") == (role, "Harbor Mutual")
    role = "member of Reyes' campaign team"  # a person's
    assert shown_role([(1, role, False, True, None)], None, "Mara Quist", [], {}, {"reyes"}, "") == (role, None)
    role = "senior adviser in the Governor's office"  # an office's
    assert shown_role([(1, role, False, True, None)], None, "Mara Quist", [], {}, set(), "") == (role, None)


def test_a_body_named_by_its_kind_alone_is_no_part_of_the_role():
    roles = [(1, "Executive Director and CEO of the company", False, True, None)]
    assert shown_role(roles, None, "Mara Quist", [], {}, set(), "")[0] == "Executive Director and CEO"
    roles = [(1, "head of the team behind the first tablet", False, True, None)]
    assert shown_role(roles, None, "Mara Quist", [], {}, set(), "")[0] == "head of the team behind the first tablet"


def test_a_body_read_as_a_role_gives_neither_role_nor_affiliation():
    roles = [(1, "Avalon County Board", True, True, "Supervisors")]
    assert shown_role(roles, "Supervisors", "Mara Quist", [], {}, set(), "") == (None, None)
    roles = [(1, "then Council", True, True, "Europe")]
    assert shown_role(roles, "Europe", "Mara Quist", [], {}, set(), "") == (None, None)
    roles = [(1, "Board Member", True, True, "Harbor Mutual")]
    assert shown_role(roles, "Harbor Mutual", "Mara Quist", [], {}, set(), "") == ("Board Member", "Harbor Mutual")


def test_a_tie_to_a_person_holds_no_body_and_another_persons_name_owns_the_role():
    roles = [(1, "grandson", True, True, "Quarrow Hotel")]
    assert shown_role(roles, "Quarrow Hotel", "Mara Quist", [], {}, set(), "") == ("grandson", None)
    people = ["Mara Quist", "Tomas Reyes"]
    roles = [(1, "romantic partner", True, True, "Tomas Reyes")]
    assert shown_role(roles, "Tomas Reyes", "Mara Quist", people, {}, set(), "") == ("Tomas Reyes' romantic partner", None)
    roles = [(1, "Managing Partner", True, True, "Harbor Partners")]
    assert shown_role(roles, "Harbor Partners", "Mara Quist", people, {}, set(), "") == ("Managing Partner", "Harbor Partners")


def test_an_office_at_a_body_named_after_a_person_stays_the_bodys():
    people = ["Mara Quist", "Tomas Reyes"]
    roles = [(1, "president", True, True, "Tomas Reyes")]  # "president of Tomas Reyes" (the fashion house he founded)
    assert shown_role(roles, "Tomas Reyes", "Mara Quist", people, {}, set(), "") == ("president", "Tomas Reyes")
    roles = [(1, "vice president of marketing", True, True, "Dr Quarrow")]  # a brand "Dr" opens
    assert shown_role(roles, "Dr Quarrow", "Mara Quist", people, {}, set(), "")[1] == "Dr Quarrow"
    roles = [(1, "partner", True, True, "Sir Tomas Reyes")]  # a knight is a person
    assert shown_role(roles, "Sir Tomas Reyes", "Mara Quist", people, {}, set(), "") == ("Sir Tomas Reyes' partner", None)
