"""Merging a release's mentions by short forms: which names are one organization."""
from __future__ import annotations

from summarize.org_merge import merge
from summarize.org_names import OrgMention


def test_merge_makes_short_forms_aliases():
    merged = merge([OrgMention("Golden Ridge Group, Inc.", ("GRG",)), OrgMention("Golden Ridge"),
                    OrgMention("GRG")])
    assert merged == {"Golden Ridge Group, Inc.": {"GRG", "Golden Ridge"}}


def test_a_name_without_its_country_is_an_alias():
    merged = merge([OrgMention("U.S. Department of Justice"), OrgMention("Department of Justice", ("DOJ",))])
    assert merged == {"U.S. Department of Justice": {"Department of Justice", "DOJ"}}
    merged = merge([OrgMention("Crane Widgets Group"), OrgMention("Widgets Group")])
    assert len(merged) == 2  # what is cut off is no place


def test_a_name_cut_after_and_is_an_alias_of_the_full_one():
    merged = merge([OrgMention("U.S. Securities and Exchange Commission"), OrgMention("Exchange Commission"),
                    OrgMention("Harbor Trust Bank and Pine Valley Group"), OrgMention("Pine Valley"),
                    OrgMention("Pine Valley Group Holdings")])
    assert "Exchange Commission" in merged["U.S. Securities and Exchange Commission"]
    assert "Pine Valley" in merged["Pine Valley Group Holdings"]  # a short form before a cut name


def test_merge_reads_a_written_out_suffix_as_the_short_one():
    assert merge([OrgMention("Talbot Freight Corp.", ("TFC",)), OrgMention("Talbot Freight Corporation")]) == {
        "Talbot Freight Corp.": {"TFC", "Talbot Freight Corporation"}}


def test_an_acronym_names_only_itself_when_merging():
    # "ZPA" defined for the Zentro Pipe Association is no short form of the "ZPA Advocacy Committee"
    merged = merge([OrgMention("ZPA Advocacy Committee"), OrgMention("Zentro Pipe Association", ("ZPA",))])
    assert merged == {"ZPA Advocacy Committee": set(), "Zentro Pipe Association": {"ZPA"}}


def test_a_short_form_of_an_alias_is_the_same_organization():
    merged = merge([OrgMention("Quarry Works, LLC", ("Granite Row Builders",)), OrgMention("Granite Row")])
    assert merged == {"Quarry Works, LLC": {"Granite Row Builders", "Granite Row"}}


def test_a_short_org_word_names_the_same_organization():
    assert merge([OrgMention("Quellor Pharmaceuticals Inc."), OrgMention("Quellor Pharma")]) == {
        "Quellor Pharmaceuticals Inc.": {"Quellor Pharma"}}
    assert len(merge([OrgMention("Avalon Labs"), OrgMention("Avalon Laboratories")])) == 1


def test_a_name_cut_at_a_sentence_start_is_the_whole_one():
    assert merge([OrgMention("New Quarry Metals Corp."), OrgMention("Quarry Metals")]) == {
        "New Quarry Metals Corp.": {"Quarry Metals"}}


def test_the_suffixed_part_after_and_is_the_whole_name():
    merged = merge([OrgMention("Quarrow Metals and Alloys, LLC"), OrgMention("Alloys, Inc.")])
    assert list(merged) == ["Quarrow Metals and Alloys, LLC"]


def test_a_name_without_its_place_is_the_same_organization():
    merged = merge([OrgMention("Boston Quellers"), OrgMention("Quellers")])
    assert merged == {"Boston Quellers": {"Quellers"}}


def test_a_name_without_its_state_is_the_same_organization():
    merged = merge([OrgMention("Ohio State Quarrow Care Authority"), OrgMention("Quarrow Care Authority", ("QCA",))])
    assert merged == {"Ohio State Quarrow Care Authority": {"Quarrow Care Authority", "QCA"}}


def test_a_name_and_a_spelled_suffix_is_short_for_a_longer_name():
    merged = merge([OrgMention("Quarrow 3D Printing Corp."), OrgMention("Quarrow 3D Corporation")])
    assert merged == {"Quarrow 3D Printing Corp.": {"Quarrow 3D Corporation"}}


def test_a_known_body_is_no_short_form_of_a_longer_name():
    merged = merge([OrgMention("United Nations Quarrow Council"), OrgMention("United Nations", ("UN",))])
    assert merged == {"United Nations Quarrow Council": set(), "United Nations": {"UN"}}


def test_a_name_without_its_owners_initials_is_the_same_body():
    merged = merge([OrgMention("QU Southwestern Medical Center"), OrgMention("Southwestern Medical Center")])
    assert merged == {"QU Southwestern Medical Center": {"Southwestern Medical Center"}}
    merged = merge([OrgMention("SVP Quarrow Office"), OrgMention("Quarrow Office")])
    assert len(merged) == 2  # a title, not an owner


def test_a_name_without_its_first_people_s_word_is_the_same_organization():
    merged = merge([OrgMention("Canadian Kidney Association"), OrgMention("Kidney Association")])
    assert merged == {"Canadian Kidney Association": {"Kidney Association"}}
    # a university "of" a place is another one
    two = merge([OrgMention("Canadian University of Port Quell"), OrgMention("University of Port Quell")])
    assert len(two) == 2


def test_a_short_form_of_a_name_before_its_for_the_is_that_organization():
    merged = merge([OrgMention("U.S. District Court for the Quell District of Avalon"), OrgMention("District Court")])
    assert merged == {"U.S. District Court for the Quell District of Avalon": {"District Court"}}


def test_a_short_form_of_two_names_goes_to_the_one_only_org_words_follow():
    from summarize.org_names import OrgMention

    merged = merge([OrgMention("Quarrow RISE"), OrgMention("Quarrow Corporation"), OrgMention("Quarrow")])
    assert merged == {"Quarrow RISE": set(), "Quarrow Corporation": {"Quarrow"}}
    # with one name to choose, a short form still goes to it
    assert merge([OrgMention("Quarrow RISE"), OrgMention("Quarrow")]) == {"Quarrow RISE": {"Quarrow"}}
    # a company's foundation is no company: its short form goes to the first full name
    merged = merge([OrgMention("Quarrow Motor North America"), OrgMention("Quarrow Foundation"), OrgMention("Quarrow")])
    assert merged == {"Quarrow Motor North America": {"Quarrow"}, "Quarrow Foundation": set()}
