"""Person mentions: titles, appositions, attributions."""
from __future__ import annotations

from summarize.people import sentence_people, split_prefix


def test_split_prefix_reads_demonym_title_and_name():
    role, name, country, honorific = split_prefix("Kenyan Ambassador Sami Haddad")
    assert (role, name, country, honorific) == (["Ambassador"], ["Sami", "Haddad"], "Kenya", False)


def test_lower_case_title_with_owner_before_name():
    found = sentence_people("Crestline Foods’ former CEO Dana Price joined the board.")
    assert found[0].name == "Dana Price"
    assert found[0].role == "CEO"
    assert found[0].affiliation == "Crestline Foods"


def test_two_part_apposition_role():
    found = sentence_people("said Omar Reyes, Managing Director, Head of Credit Trading at Bank of Avalon.")
    assert found[0].role == "Managing Director, Head of Credit Trading"
    assert found[0].affiliation == "Bank of Avalon"
    assert found[0].quoted


def test_department_after_of_stays_in_role():
    found = sentence_people("Lena Park, Vice President of Sales & Marketing at Orbit Cable, added more.")
    assert found[0].role == "Vice President of Sales & Marketing"
    assert found[0].affiliation == "Orbit Cable"


def test_name_after_a_title_of_the_organization_in_a_list():
    found = sentence_people("Hosted by council members Jane Roe, and Secretary of the Avalon Caucus Omar Haddad, the event opens.")
    omar = next(p for p in found if p.name == "Omar Haddad")
    assert omar.role == "Secretary of the Avalon Caucus"
