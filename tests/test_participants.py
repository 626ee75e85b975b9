"""Behaviour of the participants extractor on short releases we wrote ourselves."""
from __future__ import annotations

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


def test_a_surname_named_with_an_honorific_is_no_organization():
    d = doc("While Mr. Varga is playing golf, Mr. Orlov is laughing.",
            "Orlov is the man behind the man, and Varga announced new tariffs.",
            "Orlov said nothing; Varga is scheming again.")
    found = extract_participants(d)
    assert {o.name for o in found.organizations} & {"Orlov", "Varga"} == set()
    assert {"Mr. Orlov", "Mr. Varga"} <= {p.name for p in found.people}  # shown with the honorific


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


def test_both_places_of_a_hyphenated_pair_and_a_city_written_without_accents():
    places = extract_participants(doc(
        "The podcast covers the Israel-Iran conflict each week.",
        "One listener wrote in from Montreal with a question.",
    )).places
    assert {"Israel", "Iran", "Montreal"} <= set(places)


def test_both_cities_of_a_pair_written_with_a_slash_or_an_abbreviation():
    places = extract_participants(doc(
        "Quarrow Labs opened stores in Raleigh/Durham and Dallas/Ft. Worth this year.",
        "It will next serve the Minneapolis-St. Paul area.",
    )).places
    assert {"Raleigh", "Durham", "Dallas", "Fort Worth", "Minneapolis", "Saint Paul"} <= set(places)
    assert places.index("Raleigh") < places.index("Durham")


def test_a_body_named_by_a_pair_of_places_gives_no_second_place():
    places = extract_participants(doc("Harbor Mutual joined the Asia-Pacific Broadcasting Union in Lima.")).places
    assert "Pacific" not in places


def test_a_hyphenated_name_with_a_part_that_is_no_place_gives_none():
    assert "Coca" not in extract_participants(doc("Sales of Coca-Cola rose in Peru.")).places


def test_a_firm_named_after_people_is_an_organization_not_a_person():
    found = extract_participants(doc("Merrill Lynch raised its forecast, said Lena Park of Wells Fargo."))
    assert "Merrill Lynch" not in {p.name for p in found.people}
    assert {"Merrill Lynch", "Wells Fargo"} <= {o.name for o in found.organizations}


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


def test_places_joined_by_an_ampersand_are_both_places():
    text = "Quarrow Results\n\nSales in Middle East & Africa rose 6%, and Quarrow Labs hosts events in Reno & Boise."
    places = extract_participants(clean(text)).places
    assert {"Middle East", "Africa", "Reno", "Boise"} <= set(places)


def test_a_place_in_a_based_adjective_glued_to_a_name_is_a_place():
    text = "Fashion Deal Agreed\n\nParis-based Quarrow has sold two labels. The deal went to Oslo-based Harbor Mutual last week."
    places = extract_participants(clean(text)).places
    assert "Paris" in places and "Oslo" in places


def test_the_body_an_executive_runs_is_an_organization_even_when_no_rule_found_it():
    d = doc("The hub is led by Tim Roe, Founder and CEO of Lunar Strategy, who opened it in May.")
    assert people(d)["Tim Roe"].affiliation == "Lunar Strategy"
    assert "Lunar Strategy" in org_names(d)


def test_a_place_or_a_word_an_executive_speaks_for_is_no_organization_and_a_description_is_cut():
    d = doc("Sam Lee, CEO of Portugal, spoke.", "Jane Roe, CEO of Featured, spoke.",
            "Ann Poe, founder of Ireland-based Lunabits, spoke.")
    assert set(org_names(d)) == {"Lunabits"}


def test_a_person_s_first_name_is_no_place_unless_the_text_places_something_there():
    lead = "Chad Quist, CEO of Quarrow Labs, said the plan works."
    assert "Chad" not in extract_participants(doc(lead, "Chad has built three firms.")).places
    assert "Chad" in extract_participants(doc(lead, "Quarrow Labs opened an office in Chad.")).places
    assert "Chad" not in extract_participants(doc(lead, "The plan, according to Chad Quist, pays.")).places
    assert "Chad" in extract_participants(doc(lead, "In Chad, Quarrow Labs runs two farms.")).places
    lead = "Virginia Quist, CEO of Quarrow Labs, said the plan works."
    assert "Virginia" not in extract_participants(doc(lead, "Virginia has built three firms.")).places
    assert "Virginia" in extract_participants(doc(lead, "Harbor Mutual, a Virginia-based firm, joined.")).places


def test_words_glued_before_a_name_fold_into_it_but_are_no_alias():
    # "No Quarrow Labs event ..." and "the Supervisory Board of Quarrow Labs AG" find the
    # company again; a reader calls it neither.
    d = doc("Quarrow Labs AG opened a plant in Reno on Monday. The Supervisory Board of Quarrow Labs AG approved it.",
            "No Quarrow Labs AG event is complete without music, said Mara Quist, CEO of Quarrow Labs AG.")
    orgs = org_names(d)
    assert "Quarrow Labs AG" in orgs
    assert not any(alias.endswith("Quarrow Labs AG") for aliases in orgs.values() for alias in aliases)
    assert not any(name != "Quarrow Labs AG" and name.endswith("Quarrow Labs AG") for name in orgs)


def test_a_town_the_gazetteer_lacks_is_a_place_when_written_after_in_and_never_as_a_persons_name():
    parts = extract_participants(doc(
        "Harbor Mutual opened a clinic in Myra Gables last month.",
        '"We love the town," said Mara Quist, CEO of Harbor Mutual.',
    ))
    assert "Myra Gables" in parts.places
    assert "Myra Gables" not in [p.name for p in parts.people]


def test_a_person_after_in_stays_a_person():
    parts = extract_participants(doc(
        "The party has a strong nominee in Ada Fenwick this year.",
        "The club has two fine players in Tom Reddle and Ivo Brask.",
        "The backup was Ivo Brask, who played in Dan Okoro's place.",
    ))
    assert not {"Ada Fenwick", "Tom Reddle"} & set(parts.places)


def test_a_city_named_like_a_word_the_text_writes_in_lower_case_needs_a_place_cue():
    lead = "Quarrow Games ships its titles on PC, Mobile, and Consoles this year."
    assert "Mobile" not in extract_participants(doc(lead, "Its mobile apps sold well.")).places
    located = extract_participants(doc(lead, "Its mobile apps sold well.", "It hired a studio from Mobile, Alabama.")).places
    assert "Mobile" in located


def test_a_city_written_as_a_persons_surname_and_never_located_is_no_place():
    text = ("The job was left by Chief Tomas Henderson this week.",
            "The council met only hours after Henderson resigned.")
    assert "Henderson" not in extract_participants(doc(*text)).places
    assert "Henderson" in extract_participants(doc(*text, "Quarrow Labs opened a plant in Henderson.")).places


def test_a_city_before_the_days_of_an_event_is_no_club():
    found = extract_participants(doc("Quarrow Labs will host its summit in Barcelona 9-11 June.",
                                     "Tickets for Atlanta fans go on sale Friday at the Harbor Mutual box office.")).places
    assert "Barcelona" in found and "Atlanta" in found


def test_a_part_of_a_website_or_a_hall_is_no_area():
    found = extract_participants(doc("The report is in the Investor Relations area of our website.",
                                     "Visit Quarrow Labs in the Innovation Pavilion area at CES.",
                                     "Quarrow Labs has served the Tidewater area since 1990.")).places
    assert "Investor Relations" not in found and "Innovation Pavilion" not in found
    assert "Tidewater" in found


def test_mid_before_a_state_still_names_the_state():
    found = extract_participants(doc("Harbor Mutual insures growers in mid-Ohio and the mid-Atlantic region.")).places
    assert "Ohio" in found and "Mid-Atlantic" in found


def test_a_person_someone_trusts_is_no_town():
    d = doc("Quarrow Labs has found a proven operator in Mara Quist. She starts in June.",
            "The board has full confidence in Tomas Reed to lead the unit.")
    found = extract_participants(d)
    assert {"Mara Quist", "Tomas Reed"} <= {p.name for p in found.people}
    assert "Mara Quist" not in found.places and "Tomas Reed" not in found.places


def test_a_compass_region_written_in_lower_case_stays_a_place():
    found = extract_participants(doc("Quarrow Labs opened a Midwest hub to serve midwest growers.")).places
    assert "Midwest" in found


def test_a_firm_a_few_words_after_a_style_noun_keeps_the_country():
    assert "India" in extract_participants(doc("Quarrow Labs hired Indian engineering services provider Tavi Systems.")).places
    assert "Germany" not in extract_participants(doc("Quarrow Labs sells chairs of German design.")).places


def test_the_issuer_and_the_bodies_named_most_come_first():
    text = ("Harbor Mutual Opens a Second Office\n\n"
            "The Quarrow Credit Union lent the money, and Harbor Mutual thanked it. "
            "Harbor Mutual said the office in Springvale opens in May. "
            "Harbor Mutual also hired staff trained by Vantor Mills Inc. and Vantor Mills Inc. staff will help.")
    names = [o.name for o in extract_participants(clean(text)).organizations]
    assert names[0] == "Harbor Mutual"  # the issuer, although the credit union comes first
    assert names.index("Vantor Mills Inc.") < names.index("Quarrow Credit Union")  # named twice, against once
