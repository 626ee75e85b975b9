"""The role and organization a person is shown with (role_affiliation.py): an affiliation's full name."""
from __future__ import annotations

from summarize.role_affiliation import _affiliation, full_affiliation


def test_an_affiliation_read_as_the_owner_of_a_body_named_after_it_is_that_body():
    assert _affiliation("Mara", {"Mara's Bar & Grill": set(), "Quarrow": set()}) == "Mara's Bar & Grill"
    assert _affiliation("Mara", {"Mara's Bar": set(), "Mara’s Grill": set()}) == "Mara"  # two: neither


def test_an_organization_holding_the_persons_own_name_is_no_affiliation():
    orgs = {"Quarrow Labs CEO Mara Vey": {"Quarrow Labs"}, "Office of Governor Tomas Vey": {"Office of"}}
    assert full_affiliation("Quarrow Labs", orgs, "Mara Vey") == "Quarrow Labs"
    assert full_affiliation("Office of", orgs, "Tomas Vey") is None
    assert full_affiliation("Quarrow Labs", {"Quarrow Labs Inc.": {"Quarrow Labs"}}, "Mara Vey") == "Quarrow Labs Inc."
