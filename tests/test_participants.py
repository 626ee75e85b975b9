"""Behaviour of the participants extractor on short releases we wrote ourselves."""
from __future__ import annotations

import pytest

from summarize.models import Block, Dateline, Document
from summarize.clean import clean
from summarize.participants import body_blocks, extract_participants


def doc(*paragraphs: str, headline: str | None = None, dateline: Dateline | None = None) -> Document:
    return Document(headline=headline, blocks=tuple(Block(p) for p in paragraphs), dateline=dateline)


def people(document: Document) -> dict:
    return {p.name: p for p in extract_participants(document).people}


def org_names(document: Document) -> dict:
    return {o.name: o.aliases for o in extract_participants(document).organizations}


def test_title_before_name_gives_role_and_possessive_affiliation():
    d = doc("Norland's Foreign Minister Tomas Varga met the delegation on Monday.",
            "Minister Varga spoke about trade. FM Varga then answered questions.")
    found = people(d)
    assert list(found) == ["Tomas Varga"]
    assert found["Tomas Varga"].role == "Foreign Minister"
    assert found["Tomas Varga"].affiliation == "Norland"


def test_merge_never_lists_a_surname_alone():
    d = doc("FM Okafor opened the session.",
            "Foreign Minister Chidi Okafor said the talks went well. Minister Okafor left at noon.")
    names = [p.name for p in extract_participants(d).people]
    assert names == ["Chidi Okafor"]


def test_apposition_gives_role_and_organization():
    d = doc('"We are glad," said Maria Lopez, Chief Executive Officer of Bluewater Analytics, Inc. '
            '"The deal matters."')
    found = people(d)
    assert found["Maria Lopez"].role == "Chief Executive Officer"
    assert found["Maria Lopez"].affiliation == "Bluewater Analytics, Inc."
    assert "Bluewater Analytics, Inc." in org_names(d)


def test_attribution_finds_a_speaker_without_title():
    d = doc('"It was a long year for the team," said Priya Raman. "We are ready for the next one."',
            'The plan is sound, according to Daniel Brooks.')
    found = people(d)
    assert "Priya Raman" in found
    assert "Daniel Brooks" in found


def test_demonym_gives_affiliation_not_place():
    d = doc("Veloran Ambassador Sami Haddad spoke as a doyen of the diplomatic corps in Kenya.")
    parts = extract_participants(doc("Kenyan Ambassador Sami Haddad spoke as a doyen of the diplomatic corps."))
    assert parts.people[0].affiliation == "Kenya"
    assert "doyen of the diplomatic corps" in (parts.people[0].role or "")
    assert "Kenya" not in parts.places
    assert "Kenya" in extract_participants(d).places


def test_demonym_before_a_common_noun_names_a_country():
    parts = extract_participants(doc("Chilean exporters welcomed the new port rules."))
    assert parts.places == ("Chile",)


def test_acronym_definition_gives_alias():
    d = doc("Members of the Federation of Coastal Fisheries (FCF) met in Lisbon. The FCF agreed a plan.")
    assert org_names(d) == {"Federation of Coastal Fisheries": ("FCF",)}


def test_ticker_gives_alias_and_exchange_is_no_participant():
    d = doc("Corvane Robotics Group (NASDAQ: CVRB) today announced a new arm. "
            "Corvane Robotics expects orders to grow.")
    orgs = org_names(d)
    assert list(orgs) == ["Corvane Robotics Group"]
    assert "CVRB" in orgs["Corvane Robotics Group"]
    assert "Corvane Robotics" in orgs["Corvane Robotics Group"]
    assert not any("NASDAQ" in name.upper() for name in orgs)


def test_wire_service_is_not_an_organization():
    d = doc("TORONTO, Oct. 2, 2025 (GLOBE NEWSWIRE) -- Maplefield Holdings Inc. announced results. "
            "The release was sent by Business Wire.")
    orgs = org_names(d)
    assert "Maplefield Holdings Inc." in orgs
    assert not any("wire" in name.lower() for name in orgs)


def test_dateline_place_comes_first():
    d = doc("AUSTIN, TX, May 4, 2025 -- Hollow Creek Farms opened a store in Denver.")
    assert extract_participants(d).places == ("Austin", "Denver")
    d2 = doc("Hollow Creek Farms opened a store in Denver.", dateline=Dateline("X", place="Boise"))
    assert extract_participants(d2).places[0] == "Boise"


def test_people_only_in_boilerplate_are_excluded():
    d = doc("Lumen Grid Corp. launched a battery today.",
            "About Lumen Grid Corp.",
            "Lumen Grid Corp. was founded by CEO Harold Finch in 2010.",
            "Media Contact: Jane Whitaker, jane@example.com")
    parts = extract_participants(d)
    assert parts.people == ()
    assert [o.name for o in parts.organizations] == ["Lumen Grid Corp."]
    assert body_blocks(d) == ["Lumen Grid Corp. launched a battery today."]


def test_fragments_are_not_people():
    d = doc("The country won the 44-day Patriotic War. FM Aliyev thanked the Council.",
            "Managing Director and Film Executive roles were open.")
    names = [p.name for p in extract_participants(d).people]
    assert "Patriotic War" not in names
    assert "FM" not in names
    assert not any("Director" in n or "Executive" in n for n in names)


def test_people_ordered_by_importance():
    d = doc("Ravi Menon, CEO of Tidal Labs, opened the plant.",
            "Guests included Laura Chen, Partner at Northgate Ventures.",
            '"We are proud," said Mr. Menon. Menon thanked the staff.')
    assert [p.name for p in extract_participants(d).people] == ["Ravi Menon", "Laura Chen"]


def test_sentence_starters_are_not_part_of_participants():
    d = doc("Tidal Labs will open a plant in Salem, Oregon.",
            "After Tidal Labs announced the plan, shares rose 5%.",
            "For Rick Dean, director of sales at Orbital Audio, it is good news.",
            "But Northgate Ventures said it would not invest. In Oregon, the plant will hire 200 people.")
    parts = extract_participants(d)
    assert [p.name for p in parts.people] == ["Rick Dean"]
    assert {"Tidal Labs", "Northgate Ventures"} <= {o.name for o in parts.organizations}
    assert not any(" " in n and n.split()[0] in ("After", "For", "But", "In") for n in
                   [p.name for p in parts.people] + [o.name for o in parts.organizations] + list(parts.places))


def test_a_surname_or_a_span_running_into_a_person_is_no_organization():
    d = doc("Stylist Marla Quince opened Hair by Marla Quince in Dover this week.",
            "Quince announced a loyalty card. Quince opened at nine on Monday.",
            "Orbis Books Author Tom Hadley announced a reading. Orbis Books Author Tom Hadley "
            "has been on tour since May.")
    orgs = org_names(d)
    assert "Quince" not in orgs
    assert not any("Hadley" in name for name in orgs)
    assert {"Marla Quince", "Tom Hadley"} <= set(people(d))


def test_a_title_and_a_persons_surname_is_no_organization():
    d = doc("Attorney Jane Danger opened her practice in Newton.",
            "Attorney Danger offers clients estate planning. Attorney Danger offers free reviews.")
    assert "Attorney Danger" not in org_names(d)
    assert "Jane Danger" in people(d)


def test_a_stated_aim_marks_an_organization_named_twice():
    d = doc("Lumetra Biolabs aims to give researchers faster assays.",
            "Researchers at Lumetra Biolabs tested the platform on brain slices.")
    assert "Lumetra Biolabs" in org_names(d)


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


def test_a_surname_named_with_an_honorific_is_no_organization():
    d = doc("While Mr. Varga is playing golf, Mr. Orlov is laughing.",
            "Orlov is the man behind the man, and Varga announced new tariffs.",
            "Orlov said nothing; Varga is scheming again.")
    found = extract_participants(d)
    assert {o.name for o in found.organizations} & {"Orlov", "Varga"} == set()
    assert {"Orlov", "Varga"} <= {p.name for p in found.people}


def test_a_reporters_credit_names_no_participant():
    d = doc('"We are ready," said Dana Price, the mayor of Avalon.',
            "CNN's Omar Haddad and Lena Brook contributed to this report.")
    names = {p.name for p in extract_participants(d).people}
    assert names == {"Dana Price"}


def test_an_about_heading_names_organizations_the_body_mentions():
    text = ("# Orbis Homes opens a model home\n\n"
            "AUSTIN, TX, May 1, 2025 -- Orbis Homes and Tidal Research Institute opened a model home "
            "in Austin on Monday, with Dr. Lena Brook.\n\n"
            "About Orbis Homes and the Tidal Research Institute\n\nOrbis Homes builds houses.\n\n"
            "About Dr. Lena Brook, MD\n\nShe designs them.\n\n"
            "About Inc. 5000\n\nA list.")
    from summarize.pipeline import clean_text
    from summarize.release_orgs import about_names
    document = clean_text(text)
    assert about_names(document) == ("Orbis Homes", "Tidal Research Institute")
    assert {"Orbis Homes", "Tidal Research Institute"} <= set(org_names(document))


def test_a_city_that_is_a_persons_surname_is_that_person():
    d = doc('"Books open doors," said author Dana Houston at the fair in Lisbon.',
            "Houston signed books for an hour; she lives in Canada.")
    found = extract_participants(d)
    assert "Dana Houston" in {p.name for p in found.people}
    assert "Houston" not in found.places
    assert {"Lisbon", "Canada"} <= set(found.places)


def test_a_capitalized_ordinary_word_is_no_organization():
    d = doc("Rescuers said the whales were stranded on Monday near Avalon.",
            "Rescuers worked all night, and the rescuers said more help was coming.",
            "Orbis Police said the road would stay closed, and Orbis Police thanked them.")
    names = set(org_names(d))
    assert "Rescuers" not in names
    assert "Orbis Police" in names


def test_a_first_name_alone_is_the_person_not_an_organization():
    d = doc("Tidal Labs named Omar Haddad to its board on Monday.",
            "Omar founded two companies, and Omar led a large practice.",
            '"It is an honour," said Omar Haddad, the company\'s vice president of research.')
    found = extract_participants(d)
    assert "Omar" not in {o.name for o in found.organizations}
    assert {p.name: p.role for p in found.people}["Omar Haddad"] == "vice president of research"


def test_a_list_label_glued_before_an_organization_is_no_part_of_it():
    d = doc("Tidal Investment Management opened a Tokyo office on Monday.",
            "Talent Development Tidal Investment Management trains new analysts.",
            "Social Responsibility Tidal Investment Management funds local schools.")
    assert set(org_names(d)) == {"Tidal Investment Management"}


def test_a_department_named_by_its_subject_is_that_department():
    d = doc("The Grant Fund, run by the Avalon Department of Commerce, opens in May.",
            "According to Commerce Secretary Omar Haddad, the first grants come in September.",
            "Commerce will publish the rules.")
    found = extract_participants(d)
    assert {p.name: p.affiliation for p in found.people}["Omar Haddad"] == "Avalon Department of Commerce"
    assert "Commerce" not in {o.name for o in found.organizations}


def test_a_city_named_like_an_organization_is_a_place_in_a_state():
    d = doc("Robbers hit a bank in Falls Church, Virginia, on Monday.",
            "It was the second Falls Church robbery this month.")
    assert "Falls Church" in extract_participants(d).places
    assert "Falls Church" not in org_names(d)


def test_a_titled_person_is_no_organization_for_a_corporate_verb_after_the_name():
    d = doc("Orbis manager Zolten Whitlock has signed a new contract with the club.",
            "Zolten Whitlock has led the team since 2019.")
    assert "Zolten Whitlock" in people(d)  # a first name the lexicon does not know
    assert "Zolten Whitlock" not in org_names(d)


def test_a_ticker_in_a_heading_names_an_organization():
    d = doc("Three small tech stocks stood out this quarter.",
            "2. Orbis Labs (ASX: ORB) - Health Tech With Global Reach",
            "The firm sells disinfection units to hospitals in twelve countries.",
            "Mary Pierce (Fra) Beat Dana Price (Usa) In Three Sets")
    orgs = org_names(d)
    assert "Orbis Labs" in orgs
    assert "Mary Pierce" not in orgs  # a country code in a results line is no ticker


def test_a_name_with_a_generational_suffix_is_one_person_with_its_surname():
    parts = extract_participants(doc("Vantor Mills named Owen Pratt, Jr. as its new chief financial officer. "
                                     "Pratt joins from Helix Freight."))
    assert [(p.name, p.role) for p in parts.people] == [("Owen Pratt Jr.", "chief financial officer")]
    assert "Pratt" not in [o.name for o in parts.organizations]


def test_a_possessive_without_its_apostrophe_is_the_same_person():
    parts = extract_participants(doc("Poet Mara Quillfeather read at the library. "
                                     "Mara Quillfeathers first book sold out in a week."))
    assert [p.name for p in parts.people] == ["Mara Quillfeather"]


def test_a_possessive_owner_is_the_affiliation_and_the_department_stays_in_the_role():
    people = extract_participants(doc('"Great," said Lena Park, Orbit Cable’s Director of PR.')).people
    assert [(p.name, p.role, p.affiliation) for p in people] == [("Lena Park", "Director of PR", "Orbit Cable")]
    people = extract_participants(doc('"Great," said Lena Park, Women’s Director of Orbit Cable.')).people
    assert [p.affiliation for p in people] == ["Orbit Cable"]  # "Women" owns nothing


def test_a_court_is_an_organization_not_a_person():
    parts = extract_participants(doc("The ruling was upheld by the Narvia Supreme Court on Monday, "
                                     "said Chief Justice Roy Halden of the Narvia Supreme Court."))
    assert "Narvia Supreme Court" in [o.name for o in parts.organizations]
    assert [p.name for p in parts.people] == ["Roy Halden"]


def test_a_title_outranks_a_deed_across_mentions():
    parts = extract_participants(doc("The webinar was moderated by Dana Whitfield. Dana Whitfield, CEO of Vantor Mills, spoke."))
    assert [(p.name, p.role) for p in parts.people] == [("Dana Whitfield", "CEO")]


def test_both_places_of_a_hyphenated_pair_and_a_city_written_without_accents():
    places = extract_participants(doc(
        "The podcast covers the Israel-Iran conflict each week.",
        "One listener wrote in from Montreal with a question.",
    )).places
    assert {"Israel", "Iran", "Montreal"} <= set(places)


def test_a_hyphenated_name_with_a_part_that_is_no_place_gives_none():
    assert "Coca" not in extract_participants(doc("Sales of Coca-Cola rose in Peru.")).places


def test_a_firm_named_after_people_is_an_organization_not_a_person():
    found = extract_participants(doc("Merrill Lynch raised its forecast, said Lena Park of Wells Fargo."))
    assert "Merrill Lynch" not in {p.name for p in found.people}
    assert {"Merrill Lynch", "Wells Fargo"} <= {o.name for o in found.organizations}


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


def test_an_executive_with_no_body_named_speaks_for_the_organization_the_headline_names():
    found = people(doc('"We grew," said Lena Park, Chief Executive Officer.',
                      "Quillan Forge Inc. makes tools for builders.",
                      headline="Quillan Forge Reports Record Sales"))
    assert found["Lena Park"].affiliation == "Quillan Forge Inc."


def test_no_body_is_guessed_without_a_headline_or_for_a_title_any_body_may_give():
    text = ('"We grew," said Lena Park, Chief Executive Officer.', "Quillan Forge Inc. makes tools.",
            "President Omar Haddad visited the plant.")
    assert people(doc(*text))["Lena Park"].affiliation is None
    assert people(doc(*text, headline="Quillan Forge Grows"))["Omar Haddad"].affiliation is None


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
    from summarize.participants import _variant
    assert _variant("Ada Moss", "Ada Moss Bio") and _variant("Mark Halloway", "Mark Haloway")
    assert not _variant("Mark Hale", "Mary Hale") and not _variant("Matthew Hale", "Michele Hale")


def test_issuer_is_the_headline_organization_the_lead_names_first():
    from summarize.participants import _issuer
    orgs = {"Avalon Car Museum": set(), "Quarrow Roadster": set()}
    assert _issuer("Quarrow Roadster Shines at Avalon Car Museum", orgs,
                   "Avalon Car Museum welcomes a rare Quarrow Roadster.") == "Avalon Car Museum"
    assert _issuer("Quarrow Roadster Shines at Avalon Car Museum", orgs, "A rare car arrived.") == "Quarrow Roadster"
    boards = {"Harbor Board": set(), "Former Beta": set()}
    assert _issuer("Harbor Board Names Former Beta CEO as Chair", boards, "Led by former Beta CEO Ada Moss.") == "Harbor Board"


def test_issuer_is_the_organization_the_headline_has_hire():
    from summarize.participants import _issuer
    orgs = {"Harbor Acquisition Corp.": set(), "Quarrow Therapeutics": set()}
    headline = "Harbor Acquisition Corp. (NASDAQ: HAC) Target Quarrow Therapeutics Names Ada Moss CEO"
    assert _issuer(headline, orgs, "Harbor Acquisition announced that Quarrow named a CEO.") == "Quarrow Therapeutics"


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


def test_a_city_named_only_by_a_word_opening_a_sentence_that_the_text_writes_in_lower_case_is_none():
    games = "Game Sales Rise\n\nMobile gaming grew fast this year, analysts said. Players spend more on mobile games than ever."
    storm = "Storm Nears Coast\n\nMobile officials said the storm would arrive on Friday. Schools in Mobile closed early."
    assert "Mobile" not in extract_participants(clean(games)).places
    assert "Mobile" in extract_participants(clean(storm)).places


def test_with_no_body_in_the_headline_an_executive_speaks_for_the_one_the_lead_opens_on():
    text = ("Quarterly Results\n\nTidewell Systems, a maker of marine sensors, reported record sales on Monday. "
            "\"Demand held up in every region,\" said Oren Maddock, chief executive officer.")
    people = {p.name: p for p in extract_participants(clean(text)).people}
    assert people["Oren Maddock"].affiliation == "Tidewell Systems"


def test_a_place_named_in_a_based_adjective_is_a_place():
    text = "Payments Firm Raises Funds\n\nPaystack Lite, a Lagos-based payments company, raised $10 million on Monday."
    assert "Lagos" in extract_participants(clean(text)).places


def test_the_body_an_executive_runs_is_an_organization_even_when_no_rule_found_it():
    d = doc("The hub is led by Tim Roe, Founder and CEO of Lunar Strategy, who opened it in May.")
    assert people(d)["Tim Roe"].affiliation == "Lunar Strategy"
    assert "Lunar Strategy" in org_names(d)


def test_a_place_or_a_word_an_executive_speaks_for_is_no_organization_and_a_description_is_cut():
    d = doc("Sam Lee, CEO of Portugal, spoke.", "Jane Roe, CEO of Featured, spoke.",
            "Ann Poe, founder of Ireland-based Lunabits, spoke.")
    assert set(org_names(d)) == {"Lunabits"}


def test_an_affiliation_read_as_the_owner_of_a_body_named_after_it_is_that_body():
    from summarize.participants import _affiliation
    assert _affiliation("Mara", {"Mara's Bar & Grill": set(), "Quarrow": set()}) == "Mara's Bar & Grill"
    assert _affiliation("Mara", {"Mara's Bar": set(), "Mara’s Grill": set()}) == "Mara"  # two: neither


def test_an_organization_holding_the_persons_own_name_is_no_affiliation():
    from summarize.participants import _full_affiliation
    orgs = {"Quarrow Labs CEO Mara Vey": {"Quarrow Labs"}, "Office of Governor Tomas Vey": {"Office of"}}
    assert _full_affiliation("Quarrow Labs", orgs, "Mara Vey") == "Quarrow Labs"
    assert _full_affiliation("Office of", orgs, "Tomas Vey") is None
    assert _full_affiliation("Quarrow Labs", {"Quarrow Labs Inc.": {"Quarrow Labs"}}, "Mara Vey") == "Quarrow Labs Inc."


def test_a_name_ending_on_a_noun_the_text_writes_in_lower_case_names_a_thing():
    d = doc("Photos went up after the Tom Baxter Animal Rescue in Dover posted them.",
            "Every rescue needs volunteers, said Jane Roe, who runs the shelter.",
            "Paxton Singer, a singer, and Turi King, a king of puns, also spoke.")
    assert set(people(d)) == {"Jane Roe", "Paxton Singer", "Turi King"}
