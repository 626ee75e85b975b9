"""Acronyms and their phrases, quoted and trade-name aliases, and the spans of one name."""
from __future__ import annotations

from summarize.org_aliases import defined_acronym


def test_defined_acronym_reads_initials():
    assert defined_acronym("members of the Organization of Coastal States", "OCS") == "Organization of Coastal States"
    assert defined_acronym("Women in Film & Television Atlanta", "WIFTA") == "Women in Film & Television Atlanta"
    assert defined_acronym("a new product", "XYZ") is None


def test_a_coined_word_of_digits_opens_a_name_of_ordinary_words_before_an_org_word():
    from summarize.org_aliases import org_spans

    texts = [s.text for s in org_spans("Brian Roe heads 7West Partners in Ohio.")]
    assert "7West Partners" in texts
    texts = [s.text for s in org_spans("They joined 8K Association members in Denver.")]
    assert "8K Association" in texts
    texts = [s.text for s in org_spans("She bought 4 Kansas City Tickets.")]
    assert "Kansas City Tickets" in texts  # a count, no coined word


def test_one_determiner_before_x_and_y_makes_one_name():
    from summarize.org_aliases import org_spans

    def texts(sentence):
        return [s.text for s in org_spans(sentence)]

    assert "Coastal Oceanic and Atmospheric Administration" in texts(
        "She works for the Coastal Oceanic and Atmospheric Administration.")
    assert "Norland Search and Rescue Agency" in texts("according to Avalon's Norland Search and Rescue Agency.")
    # an acronym, a people's body, a place: two bodies
    assert "Tidewater Security Agency" in texts("the CIA and Tidewater Security Agency met.")
    assert "Quellor Airlines" in texts("the Malaysian Government and Quellor Airlines met.")
    assert "Harbor Mutual Union" in texts("the United States and Harbor Mutual Union met.")


def test_a_body_named_for_its_mission_is_one_name():
    from summarize.org_aliases import org_spans
    from summarize.organizations import sentence_orgs

    names = [m.name for m in sentence_orgs("The Harbor Committee to Protect Ferry Riders said fares rose.")]
    assert names == ["Harbor Committee to Protect Ferry Riders"]
    names = [m.name for m in sentence_orgs("She volunteers for the Avalon Coalition to End Tolls and Fees and sings.")]
    assert names == ["Avalon Coalition to End Tolls and Fees"]
    # a headline's verb after a name: no "the" before it, nor running text after it
    assert [s.text for s in org_spans("Quarrow Center to Host Annual Gala on May 5")] == ["Quarrow Center", "Host Annual Gala"]


def test_a_body_s_name_goes_on_after_its_org_word_and_for_the():
    from summarize.organizations import sentence_orgs

    names = [m.name for m in sentence_orgs("Last year the Avalon Centre for the Study of Quarrow Migration found little.")]
    assert names == ["Avalon Centre for the Study of Quarrow Migration"]
    # ordinary words only after one org word, the sentence's "The" in the span or "the" before it
    names = [m.name for m in sentence_orgs("The Institute for the Study of Conflict reported in 2013 that ranks were thin.")]
    assert names == ["Institute for the Study of Conflict"]
    names = [m.name for m in sentence_orgs("Mara Quist of the Institute for the Study of War says the role is clear.")]
    assert "Institute for the Study of War" in names
    # a body working for another body or for a place is two names
    names = [m.name for m in sentence_orgs("Harbor Mutual Networks for the Quarrow Labs Group shipped kits.")]
    assert "Harbor Mutual Networks for the Quarrow Labs Group" not in names
    names = [m.name for m in sentence_orgs("The Environmental Protection Agency for the Quell Gold Project agreed.")]
    assert "Environmental Protection Agency for the Quell Gold Project" not in names


def test_a_name_after_another_and_a_slash_keeps_its_first_word():
    from summarize.organizations import sentence_orgs

    names = [m.name for m in sentence_orgs("Cuffs are preferred, according to an Avalon Heart Association/Avalon Medical "
                                           "Association 2020 joint report.")]
    assert names == ["Avalon Heart Association", "Avalon Medical Association"]
    assert "Fort Quell International Airport" in [m.name for m in sentence_orgs(
        "Flights left Dallas/Fort Quell International Airport on time.")]
