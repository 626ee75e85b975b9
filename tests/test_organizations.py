"""Organization evidence and merging of short forms."""
from __future__ import annotations

from summarize.organizations import OrgMention, defined_acronym, is_org_name, merge, sentence_orgs


def test_org_words_and_event_words():
    assert is_org_name("Harbor Point Holdings")
    assert is_org_name("University of Avalon")
    assert not is_org_name("Harbor Point Annual Investor Conference")


def test_defined_acronym_reads_initials():
    assert defined_acronym("members of the Organization of Coastal States", "OCS") == "Organization of Coastal States"
    assert defined_acronym("Women in Film & Television Atlanta", "WIFTA") == "Women in Film & Television Atlanta"
    assert defined_acronym("a new product", "XYZ") is None


def test_role_prefix_is_cut_from_organization():
    names = [m.name for m in sentence_orgs("Tim Ash, CEO of Quarry Stone Group, spoke.")]
    assert "Quarry Stone Group" in names
    assert not any(n.startswith("CEO") for n in names)


def test_merge_makes_short_forms_aliases():
    merged = merge([OrgMention("Golden Ridge Group, Inc.", ("GRG",)), OrgMention("Golden Ridge"),
                    OrgMention("GRG")])
    assert merged == {"Golden Ridge Group, Inc.": {"GRG", "Golden Ridge"}}


def test_items_of_a_cued_list_are_organizations():
    names = [m.name for m in sentence_orgs("It served clients including Norvik, Talbot Freight and Quellix.")]
    assert names == ["Norvik", "Talbot Freight", "Quellix"]
