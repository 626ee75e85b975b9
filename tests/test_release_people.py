"""The people a release names (release_people.py): mentions merged into one person each, roles
handed from surnames alone and the headline, the role and affiliation chosen from the mentions."""
from __future__ import annotations

import pytest

from summarize.clean import clean
from summarize.participants import extract_participants
from tests.test_participants import doc, people


def test_merge_never_lists_a_surname_alone():
    d = doc("FM Okafor opened the session.",
            "Foreign Minister Chidi Okafor said the talks went well. Minister Okafor left at noon.")
    names = [p.name for p in extract_participants(d).people]
    assert names == ["Chidi Okafor"]


def test_people_ordered_by_importance():
    d = doc("Ravi Menon, CEO of Tidal Labs, opened the plant.",
            "Guests included Laura Chen, Partner at Northgate Ventures.",
            '"We are proud," said Mr. Menon. Menon thanked the staff.')
    assert [p.name for p in extract_participants(d).people] == ["Ravi Menon", "Laura Chen"]


def test_a_kind_of_organization_as_affiliation_names_the_one_of_that_kind():
    d = doc("The Northgate Impact Fund named three advisers on Monday.",
            '"The work matters," said Dana Price, portfolio manager of the Fund.',
            '"We are ready," said Omar Haddad, chief executive of the Company.')
    found = people(d)
    assert found["Dana Price"].affiliation == "Northgate Impact Fund"
    assert found["Omar Haddad"].affiliation is None  # no company named: "the Company" says nothing


def test_a_role_owned_by_an_organization_gives_the_affiliation():
    d = doc("Tidal Labs Inc. named a new chief executive on Monday.",
            '"We are ready," said Dana Price, Tidal Labs\' chief executive officer.',
            '"It was a fine book," said Omar Haddad, Price\'s editor and closest friend.')
    found = people(d)
    assert (found["Dana Price"].role, found["Dana Price"].affiliation) == ("chief executive officer", "Tidal Labs Inc.")
    assert (found["Omar Haddad"].role, found["Omar Haddad"].affiliation) == ("Price's editor and closest friend", None)


def test_a_role_stated_with_its_organization_wins_over_a_longer_one():
    d = doc("Orbis Homes promoted Dana Price to chief executive on Monday.",
            "Dana Price, co-founder, and Chief Operating Officer, has been promoted.",
            '"We are ready," said Dana Price, Orbis Homes\' CEO.')
    found = people(d)
    assert (found["Dana Price"].role, found["Dana Price"].affiliation) == ("CEO", "Orbis Homes")


def test_a_role_ending_in_an_organization_of_the_release_names_it():
    d = doc("Recharge Resources Ltd. will spin out two projects.",
            '"It is a good day," said Dana Price, President and Chief Executive Officer of Recharge Resources.',
            '"We agree," said Omar Haddad, Chairman of the Supervisory Board.',
            "The Supervisory Board met twice; Recharge Resources said so.")
    found = people(d)
    assert (found["Dana Price"].role, found["Dana Price"].affiliation) == (
        "President and Chief Executive Officer", "Recharge Resources Ltd.")
    assert (found["Omar Haddad"].role, found["Omar Haddad"].affiliation) == ("Chairman of the Supervisory Board", None)


def test_a_weak_name_that_starts_an_organization_is_no_person():
    d = doc("Golden Matrix Group, Inc. reported record sales on Monday.",
            "Golden Matrix develops games, and Dana Price of Tidal Labs LLP advised it.",
            '"A fine month," said Omar Haddad, CEO of Golden Matrix Group.')
    names = [p.name for p in extract_participants(d).people]
    assert "Golden Matrix" not in names
    assert "Omar Haddad" in names


def test_a_name_with_a_generational_suffix_is_one_person_with_its_surname():
    parts = extract_participants(doc("Vantor Mills named Owen Pratt, Jr. as its new chief financial officer. "
                                     "Pratt joins from Helix Freight."))
    assert [(p.name, p.role) for p in parts.people] == [("Owen Pratt Jr.", "chief financial officer")]
    assert "Pratt" not in [o.name for o in parts.organizations]


def test_a_possessive_without_its_apostrophe_is_the_same_person():
    parts = extract_participants(doc("Poet Mara Quillfeather read at the library. "
                                     "Mara Quillfeathers first book sold out in a week."))
    assert [p.name for p in parts.people] == ["Mara Quillfeather"]


def test_a_title_outranks_a_deed_across_mentions():
    parts = extract_participants(doc("The webinar was moderated by Dana Whitfield. Dana Whitfield, CEO of Vantor Mills, spoke."))
    assert [(p.name, p.role) for p in parts.people] == [("Dana Whitfield", "CEO")]


@pytest.mark.parametrize("quote, role, affiliation", [
    ('"We grow," said Acme Robotics CEO Jane Roe.', "CEO", "Acme Robotics"),  # the current role wins
    ('"We grow," said Jane Roe.', "former Chief Executive Officer", "Beta Holdings Inc."),  # a past one alone stays
])
def test_a_current_role_outranks_a_past_one_and_brings_its_organization(quote, role, affiliation):
    found = people(doc("Jane Roe, former Chief Executive Officer of Beta Holdings Inc., joined the board.", quote))
    assert (found["Jane Roe"].role, found["Jane Roe"].affiliation) == (role, affiliation)


def test_a_person_owning_a_lawyer_is_in_the_role_not_the_affiliation():
    d = doc("Omar Reyes was charged on Monday.", "Reyes' lawyer Jane Roe said he would appeal.")
    found = people(d)
    assert found["Jane Roe"].role == "Reyes' lawyer"
    assert found["Jane Roe"].affiliation is None


def test_role_given_to_a_surname_alone_goes_to_the_full_name():
    d = doc("Mara Quist joined the panel on Tuesday.",
            "“We are ready,” said Quist, president of Harbor Mutual. “It starts now.”")
    found = people(d)
    assert (found["Mara Quist"].role, found["Mara Quist"].affiliation) == ("president", "Harbor Mutual")


def test_a_surname_role_with_its_body_goes_to_a_full_name_whose_roles_name_none():
    d = doc("Mara Quist, a longtime member of a panel charged with reviewing fares, spoke on Tuesday.",
            "“We are ready,” said Quist, a member of the Avalon Transit Panel.")
    found = people(d)
    assert (found["Mara Quist"].role, found["Mara Quist"].affiliation) == ("member", "Avalon Transit Panel")
    # not over an executive's title, which the issuer owns
    d = doc("Harbor Mutual named Mara Quist as Chief Digital Officer.",
            "Quist, a veteran leader with executive experience at Quarrow Labs, starts in May.", headline="Harbor Mutual Names CDO")
    assert people(d)["Mara Quist"].role == "Chief Digital Officer"


def test_surname_shared_by_two_people_gets_no_role():
    d = doc("Mara Quist and Tomas Quist joined the panel on Tuesday.",
            "“We are ready,” said Quist, president of Harbor Mutual.")
    assert all(p.role is None for p in people(d).values())


def test_headline_gives_a_title_the_body_did_not():
    d = doc("Mara Quist talks about growth at Harbor Mutual and what comes next.",
            "“We are ready,” Quist said.", headline="Q&A with Mara Quist, CEO of Harbor Mutual")
    found = people(d)
    assert (found["Mara Quist"].role, found["Mara Quist"].affiliation) == ("CEO", "Harbor Mutual")


def test_headline_organization_the_body_never_names_is_not_taken():
    d = doc("Mara Quist talks about growth and what comes next.", "“We are ready,” Quist said.",
            headline="Q&A with Mara Quist, CEO of Harbor Mutual")
    found = people(d)
    assert (found["Mara Quist"].role, found["Mara Quist"].affiliation) == ("CEO", None)


def test_headline_titled_person_the_body_names_again_is_a_person():
    # an unknown first name and a possessive: the body alone does not say it is a person
    d = doc("Zorvella Quist’s thirty-year career made her an expert on elder care.",
            "As CEO of Harbor Elder Care, Zorvella has helped thousands.",
            headline="Q&A with Zorvella Quist, Founder and CEO at Harbor Elder Care")
    found = people(d)
    assert (found["Zorvella Quist"].role, found["Zorvella Quist"].affiliation) == ("Founder and CEO", "Harbor Elder Care")


def test_headline_titled_person_the_body_never_names_is_not_taken():
    d = doc("Elder care needs the whole community, and businesses can help.",
            headline="Q&A with Zorvella Quist, Founder and CEO at Harbor Elder Care")
    assert "Zorvella Quist" not in people(d)


def test_two_spellings_of_a_name_are_one_person():
    d = doc("Mara Lindqvist opened the plant on Tuesday.", "“We are ready,” said Mara Lindqvist.",
            "Guests thanked Mara Lindquist for the tour.")
    assert list(people(d)) == ["Mara Lindqvist"]


def test_a_name_with_a_word_after_it_is_the_person():
    d = doc("Mara Lindqvist opened the plant on Tuesday.", "“We are ready,” said Mara Lindqvist.",
            "Read the Mara Lindqvist Bio here, Mara Lindqvist Bio said.")
    assert list(people(d)) == ["Mara Lindqvist"]


def test_which_names_are_variants_of_each_other():
    from summarize.release_people import _variant
    assert _variant("Ada Moss", "Ada Moss Bio") and _variant("Mark Halloway", "Mark Haloway")
    assert not _variant("Mark Hale", "Mary Hale") and not _variant("Matthew Hale", "Michele Hale")


def test_a_name_the_text_calls_by_its_surname_alone_is_a_persons():
    text = ("Crane Widgets Hires a Treasurer\n\nCrane Widgets said on Monday that Priya Ramanathan will lead "
            "its finance team from May. Ramanathan spent eleven years at a regional lender in Ohio. "
            "Copper Ridge will supply the steel, and copper prices have risen this year. Copper rose again.")
    names = [p.name for p in extract_participants(clean(text)).people]
    assert "Priya Ramanathan" in names
    assert not any("Copper" in n for n in names)  # a word also written in lower case is a thing's


def test_a_speakers_list_in_title_case_names_its_people():
    # every word capitalized, as in a heading: each line still opens on a titled person
    d = doc("Quarrow Labs will host a webinar on Monday.",
            "Featured Speakers:\n* Mara Quist, President & CEO, Harbor Metals\n* Tomas Vey, Managing Director, Lindwell Capital",
            "Register Now For Free Access Today")
    found = {p.name: (p.role, p.affiliation) for p in extract_participants(d).people}
    assert found == {"Mara Quist": ("President & CEO", "Harbor Metals"), "Tomas Vey": ("Managing Director", "Lindwell Capital")}


def test_a_surname_an_honorific_gives_makes_the_full_name_a_persons():
    # "Udrit" is no first name we know; "Mr. Nashwal" says "Nashwal" is a surname
    text = ("A Film Opens\n\nThe film was shot by cinematographer Udrit Nashwal, whose work is admired. "
            "Mr. Nashwal guided every frame.")
    assert [p.name for p in extract_participants(clean(text)).people] == ["Udrit Nashwal"]


def test_a_body_someone_works_for_is_no_person_found_by_its_surname():
    text = ("A Chalice Honoured\n\nThe event was opened by Mr. Quelvas, who thanked the city. "
            "Mara Quist, representative of Laboratorios Quelvas, spoke next.")
    names = [p.name for p in extract_participants(clean(text)).people]
    assert "Laboratorios Quelvas" not in names and "Mara Quist" in names


def test_a_club_read_as_a_kind_of_role_is_the_affiliation():
    # "Quarrental" looks like an adjective ("Presidential"), but the text has it win and own
    text = ("Quarrental beat Lindwell 2-0 on Saturday. 'We were patient,' Quarrental manager Tomas Vey said. "
            "Quarrental's defence held. Presidential spokesman Ada Moss declined to comment.")
    found = {p.name: (p.role, p.affiliation) for p in extract_participants(clean(text)).people}
    assert found["Tomas Vey"] == ("manager", "Quarrental")
    assert found["Ada Moss"] == ("Presidential spokesman", None)


def test_a_surname_with_a_copula_gives_the_full_name_its_role():
    text = ("Harbor Labs Grows\n\n\"We are ready,\" said Mara Quist on Monday. "
            "Quist is a co-founder of Harbor Labs, a sensor maker.")
    found = {p.name: (p.role, p.affiliation) for p in extract_participants(clean(text)).people}
    assert found["Mara Quist"] == ("co-founder", "Harbor Labs")


def test_a_surname_alone_with_who_after_it_is_a_persons():
    text = ("Trial Opens\n\nThe court heard from Dzhaspar Vashkorin on Monday. "
            "Vashkorin, who denies the charges, did not speak.")
    assert [p.name for p in extract_participants(clean(text)).people] == ["Dzhaspar Vashkorin"]


def test_a_body_named_alone_gives_no_surname():
    # "Quarrowfone is ..." names the body Quarrowfone Networks Inc., so "Select Quarrowfone" is no person
    text = ("Quarrowfone Offers Prizes\n\nQuarrowfone Networks Inc. (NYSE: QFN) announced a contest on Monday. "
            "Select Quarrowfone stores will offer prizes. Quarrowfone is a mobile network.")
    names = [p.name for p in extract_participants(clean(text)).people]
    assert names == []


def test_a_word_glued_before_a_name_found_by_its_surname_is_left_out():
    text = ("Vote Due on Station Plan\n\nProtesters held up signs with Sack Jeremy Vashko on them outside the hall. "
            "Vashko said he would not resign before the vote on Friday.")
    names = [p.name for p in extract_participants(clean(text)).people]
    assert "Sack Jeremy Vashko" not in names


def test_a_name_ending_on_a_noun_the_text_writes_in_lower_case_names_a_thing():
    d = doc("Photos went up after the Tom Baxter Animal Rescue in Dover posted them.",
            "Every rescue needs volunteers, said Jane Roe, who runs the shelter.",
            "Paxton Singer, a singer, and Turi King, a king of puns, also spoke.")
    assert set(people(d)) == {"Jane Roe", "Paxton Singer", "Turi King"}


def test_a_peer_known_by_surname_keeps_the_peerage_and_merges_with_the_full_name():
    alone = doc("Peers debate the levy.", '"The levy is fair," Lord Quarrow said. Lady Venn agreed with Quarrow.')
    assert [p.name for p in extract_participants(alone).people] == ["Lord Quarrow", "Lady Venn"]
    full = doc("Peers debate the levy.", '"The levy is fair," Lord Quarrow said.',
               "Attorney General Maren Quarrow advised the cabinet.")
    assert [p.name for p in extract_participants(full).people] == ["Maren Quarrow"]


def test_a_lawyer_owned_by_a_surname_the_lead_gives_a_first_name_is_that_persons():
    d = doc("Vasko Quarrow will fight the two-year ban at a tribunal.",
            "Quarrow's lawyer Mara Quist told reporters the charges were unfounded. The hearing starts on Monday.")
    found = people(d)
    assert found["Mara Quist"].role == "Quarrow's lawyer" and found["Mara Quist"].affiliation is None


def test_a_name_written_before_a_kind_of_franchise_is_a_work_not_a_person():
    d = doc("Quarrow Labs will make games for the Daniel Varga franchise.",
            "The Daniel Varga games sold well last year, and Mara Quist said more would come.")
    assert [p.name for p in extract_participants(d).people] == ["Mara Quist"]


def test_a_title_and_a_name_that_make_a_body_whose_ceo_speaks_are_no_person():
    d = doc("Today, Broker Tidal Watch launches a scam checker.",
            '"We protect investors," says Mara Quist, CEO and Founder of Broker Tidal Watch.',
            "With this service, Broker Tidal Watch helps traders.",
            "Prime Minister Ilse Marren's spokeswoman Dana Roe said nothing.")
    assert set(people(d)) == {"Mara Quist", "Ilse Marren", "Dana Roe"}


def test_a_band_named_like_a_person_is_no_person():
    d = doc("Glasgow rock band Tomas Brandt won two prizes on Sunday.",
            "Tomas Brandt have sold two million records. Mara Quist, their manager, thanked fans.")
    assert [p.name for p in extract_participants(d).people] == ["Mara Quist"]


def test_a_band_named_with_a_title_is_no_person():
    d = doc("Rodgers formed a supergroup with members of King Vellum and Mott on Sunday.",
            "King Abdullah opened the hall.")
    assert [p.name for p in extract_participants(d).people] == ["Abdullah"]


def test_a_person_known_by_one_word_keeps_the_honorific_written_before_it():
    d = doc("Mr Quist said the plan was ready on Monday.",
            '"It works," said Dr. Vellum. Mr Quist agreed, and Mr. Quist left at noon. Mr Quist smiled.')
    assert sorted(p.name for p in extract_participants(d).people) == ["Dr. Vellum", "Mr Quist"]


def test_a_knight_called_by_first_name_is_the_one_person_with_that_first_name():
    d = doc("Sir Alan Quist, the chairman, opened the hall on Monday.",
            '"It works," said Sir Alan. Tomas Vellum agreed.')
    assert [p.name for p in extract_participants(d).people] == ["Alan Quist", "Tomas Vellum"]
    d = doc("Sir Alan Quist, the chairman, opened the hall on Monday.",
            '"It works," said Sir Alan. Alan Vellum agreed.')
    assert "Sir Alan" in [p.name for p in extract_participants(d).people]  # two Alans: which one is unsaid


def test_a_character_an_actor_plays_is_no_person():
    d = doc("Harbor TV cast its new drama on Monday.",
            "Cliff Roe stars as Sean Vell, a teacher.", "Mara Quist, the producer, said it was ready.")
    assert "Sean Vell" not in [p.name for p in extract_participants(d).people]


def test_a_business_named_like_a_person_is_no_person():
    d = doc("Alfa Group said on Monday it would sell its one-fifth stake in Sun Vellum.",
            "Sun Vellum grew fast last year. Mara Quist, its chief executive, said so.")
    assert "Sun Vellum" not in [p.name for p in extract_participants(d).people]


def test_a_ship_or_a_contest_s_title_named_like_a_person_is_no_one():
    d = doc("Quarrow Cruises tests new gates.",
            "The luxury cruise liner Lena Harmony, now in the Gulf, is the setting for the tests.",
            "The firm has worked with Tomas Varga (8-time Mr. Olympia), said Dana Price.")
    assert [p.name for p in extract_participants(d).people] == ["Dana Price", "Tomas Varga"]


def test_a_venue_named_like_a_person_is_no_one():
    d = doc("Quarrow Labs shows its servers.",
            "The expo takes place on 8 October at Albert Vey Sands in Singapore. \"It will be fun,\" said Dana Price.")
    assert [p.name for p in extract_participants(d).people] == ["Dana Price"]


def test_headline_appointment_gives_the_office_the_body_did_not():
    d = doc("Harbor Mutual today announced that Mara Quist has joined the company.",
            "“I am thrilled,” said Quist.", headline="Mara Quist Joins Harbor Mutual as Chief Marketing Officer")
    assert people(d)["Mara Quist"].role == "Chief Marketing Officer"
    d = doc("Harbor Mutual today announced that Mara Quist has joined the company.",
            "“I am thrilled,” said Quist.", headline="Harbor Mutual Welcomes Mara Quist as Strategic Advisor")
    assert people(d)["Mara Quist"].role == "Strategic Advisor"
