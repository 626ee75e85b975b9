import pytest

from summarize.dateline import find_dateline, glued_to_title, own_line, release_date


@pytest.mark.parametrize(
    "paragraph, place, date, rest",
    [
        ("LAS VEGAS - (NewMediaWire) - January 2, 2025 - Acme opened a store.", "LAS VEGAS", "2025-01-02", "Acme opened a store."),
        ("BAKU, Nov. 27 (Reuters) - Talks began on Monday.", "BAKU", None, "Talks began on Monday."),
        ("WASHINGTON, D.C. -- The agency said it would act.", "WASHINGTON, D.C.", None, "The agency said it would act."),
        ("ATLANTA, GA, July 23, 2024 /24-7PressRelease/ -- Acme Academy launched a course.", "ATLANTA, GA", "2024-07-23", "Acme Academy launched a course."),
        ("Springfield, Ohio (Example Wire) Wednesday Jan 15, 2025 @ 8:00 AM America/Chicago \u2014 Acme grew.", "Springfield, Ohio", "2025-01-15", "Acme grew."),
        ("Lancaster, PA (Example.ai) Friday Feb 16, 2024 @ 7:00 AM Eastern \u2014 Acme grew.", "Lancaster, PA", "2024-02-16", "Acme grew."),
        ("SEATTLE\u2013(BUSINESS WIRE)\u2013Acme, a maker of tools, grew.", "SEATTLE", None, "Acme, a maker of tools, grew."),
        ("(NewMediaWire) - August 25, 2024 - Glendale, CA -- The museum opened.", "Glendale, CA", "2024-08-25", "The museum opened."),
        ("PARIS, FRANCE - 17 June 2026 - Acme ranked second.", "PARIS, FRANCE", "2026-06-17", "Acme ranked second."),
        ("OSLO, NORWAY / BERGEN, NORWAY, March 3, 2025 /Example Wire/ -- acmeco grew.", "OSLO, NORWAY / BERGEN, NORWAY", "2025-03-03", "acmeco grew."),
        ("Dallas, TX -- April 13, 2026", "Dallas, TX", "2026-04-13", ""),
        ("BURLINGTON, ON / Example Wire / February 4, 2025 10:50", "BURLINGTON, ON", "2025-02-04", ""),
        ("Singapore / June 3, 2024 \u2013 In light of the attacks, Acme acted.", "Singapore", "2024-06-03", "In light of the attacks, Acme acted."),
        ("NEWARK, CALIFORNIA / ACCESS Newswire / September 11, 2025 / Acme, a maker, grew.", "NEWARK, CALIFORNIA", "2025-09-11", "Acme, a maker, grew."),
        ("Carmel, United States - July 8, 2025 / Example Concrete, Inc. /", "Carmel, United States", "2025-07-08", ""),
        ("Portugal, 12th December \u2013 Acme opened its first store.", "Portugal", None, "Acme opened its first store."),
        ("Villa del Mar, Chile (Example.ai) Friday Dec 15, 2023 @ 7:00 AM Eastern \u2014 Acme grew.",
         "Villa del Mar, Chile", "2023-12-15", "Acme grew."),  # "del" is read whole, not as "de"
    ],
)
def test_datelines_are_read(paragraph, place, date, rest):
    dateline, remainder = find_dateline(paragraph)
    assert dateline.place == place
    assert dateline.date == date
    assert remainder == rest
    assert paragraph.startswith(dateline.text)


def test_the_wire_is_not_the_place():
    dateline, _ = find_dateline("LAS VEGAS - (NewMediaWire) - January 2, 2025 - Acme grew.")
    assert "NewMediaWire" not in dateline.place


@pytest.mark.parametrize(
    "paragraph",
    [
        "Acme Corp (NASDAQ: ACME) said on Monday that sales rose.",
        "Whatfix, the global leader in adoption platforms, today announced a product.",
        "Apple, Google and Meta - the giants - agreed on a standard.",
        "Acme Corp - The leader in anvils - grew.",
        "Sales rose 5% in the quarter.",
    ],
)
def test_ordinary_sentences_have_no_dateline(paragraph):
    assert find_dateline(paragraph) is None


def test_an_impossible_date_is_not_invented():
    dateline, _ = find_dateline("ROME, Feb 31, 2025 - Acme grew.")
    assert dateline.date is None


@pytest.mark.parametrize("paragraph, place, rest", [
    ("Kigali (CNN)About 60% of the new road is now open to traffic, the ministry said on Friday.",
     "Kigali", "About 60% of the new road"),
    ("(Reuters)It was always going to be a long night for the two teams in the final match.", None, "It was always"),
    ("Kigali, Rwanda (CNN)A man opposed to the new road attacked the minister as she was about to speak.",
     "Kigali, Rwanda", "A man opposed"),
    ("Kigali (CNN)2015 is set to be the year when the new road opens to all of the traffic in town.",
     "Kigali", "2015 is set"),
    ("(CNN)Is it a prank or a new menu?", None, "Is it a prank"),  # a short question opening the story
    ("Aix-en-Provence, France (CNN)It was a long night for the crews who fought the fire on the hills above town.",
     "Aix-en-Provence, France", "It was a long night"),  # a lower-case particle inside a hyphenated name
    ("Lisbon (CNN)Mara Quist, Dan Roe, Ana Lima, Rui Costa -- four of the crew who came home on Friday.",
     "Lisbon", "Mara Quist, Dan Roe"),  # names fill the opening words: the known place tells
    ("Lisbon (CNN) A new bridge, a new port and a new airport were all opened on the same Friday.",
     "Lisbon", "A new bridge"),
    ("(CNN)NASA astronauts will test the new suits on the space station in the spring, the agency said.",
     None, "NASA astronauts"),  # an acronym opening the story
    ("(CNN)I'm a nurse, and I have worked in the same small hospital in the town for twenty years now.",
     None, "I'm a nurse"),
])
def test_a_wire_in_brackets_glued_to_the_text_ends_the_dateline(paragraph, place, rest):
    dateline, text = find_dateline(paragraph)
    assert dateline.place == place and text.startswith(rest)


@pytest.mark.parametrize("paragraph", [
    "Acme Corp (NASDAQ: ACME)Said in a filing that it would grow its sales in every region this year.",
    "Acme (AcmeWire)Los Angeles, Californiawww.acme.example310.555.0100 Office",
])
def test_a_glued_ticker_or_contact_line_is_no_dateline(paragraph):
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize("paragraph", ["Release Date: September 29, 2025", "Published: March 3, 2024"])
def test_a_label_before_the_date_is_no_place(paragraph):
    dateline, _ = find_dateline(paragraph)
    assert dateline.place is None
    assert dateline.date is not None


def test_a_wire_glued_to_its_kind_with_a_note_in_brackets_is_the_wire():
    dateline, rest = find_dateline("LANDER, Wyo., March 2, 2026 – PRISM MediaWire (Press Release Service – Press "
                                   "Release Distribution) – Acme Corp. (OTC: ACME) today announced results.")
    assert (dateline.place, dateline.date) == ("LANDER, Wyo.", "2026-03-02")
    assert rest.startswith("Acme Corp.")


def test_a_wire_column_name_is_no_place():
    dateline, rest = find_dateline("NetworkNewsWire Editorial Coverage: The sports industry is changing fast.")
    assert dateline.place is None
    assert rest == "The sports industry is changing fast."


def test_a_date_ending_in_a_period_opens_the_release():
    dateline, rest = find_dateline("March 14, 2024. Quillon (www.quillon.example), a lender, has expanded.")
    assert (dateline.place, dateline.date) == (None, "2024-03-14")
    assert rest.startswith("Quillon (www.")
    assert find_dateline("Jan. 5. The team met.") is None


@pytest.mark.parametrize("paragraph", [
    "Harbour Lights at Dusk (1952) – Two boats wait at the quay for the tide.",
    "Quillan Forge (QFG): In a busy market, the firm kept its prices.",
    "Beginning Friday, Nov. 7 – The market opens every weekend until the new year.",
])
def test_a_title_a_company_or_a_word_before_brackets_or_a_date_is_no_place(paragraph):
    found = find_dateline(paragraph)
    assert found is None or found[0].place is None


def test_a_known_city_before_a_wire_in_brackets_stays_the_place():
    dateline, rest = find_dateline("Tunis (Wire) -- Talks resumed on Monday.")
    assert dateline.place == "Tunis" and rest == "Talks resumed on Monday."


@pytest.mark.parametrize(
    "line, place, date",
    [
        ("Springfield heights, OH - March 4, 2026", "Springfield Heights, OH", "2026-03-04"),
        ("Vila do Ponte, Portugal - January 9, 2026 / Example Tiles /", "Vila do Ponte, Portugal", "2026-01-09"),
        ("Rua da Ponte do Rio, Portugal - January 9, 2026 / Example Tiles /", "Portugal", "2026-01-09"),
        ("-, United States - November 2, 2025 / Example Deals /", "United States", "2025-11-02"),
        ("austin, texas - Friday, May 1, 2026", "Austin, Texas", "2026-05-01"),
    ],
)
def test_a_dateline_line_typed_freely_is_read(line, place, date):
    dateline, rest = find_dateline(line)
    assert (dateline.place, dateline.date, rest) == (place, date, "")


@pytest.mark.parametrize("line", ["Release date - May 3, 2025", "Acme grew - May 3, 2025",
                                  "Acme grew sales, and so did we - May 3, 2025 and more"])
def test_a_line_without_a_city_and_region_is_no_free_dateline(line):
    assert find_dateline(line) is None


def test_a_title_glued_to_its_dateline_is_cut_off():
    title, dateline, rest = glued_to_title("Acme Widens Its Range of Fund ReportsLisbon, Portugal - Acme keeps growing.")
    assert title == "Acme Widens Its Range of Fund Reports"
    assert (dateline.place, rest) == ("Lisbon, Portugal", "Acme keeps growing.")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Acme Partners With GreenLeaf, Inc. - The deal closes in May.",  # a brand in camel case, no place
        "Acme said sales grew in the northLisbon, Portugal - Acme keeps growing.",  # no title before it
    ],
)
def test_camel_case_or_a_sentence_is_no_glued_title(paragraph):
    assert glued_to_title(paragraph) is None


@pytest.mark.parametrize("paragraph, place", [
    ("TOWNVILLE, OH / PRWeb / March 2, 2025 9:30", "TOWNVILLE, OH"),
    ("RIVERTON, NY / News Direct/ June 3rd, 2024 / Acme, a maker of tools, grew.", "RIVERTON, NY"),
    ("May 5, 2025 \u2013 Riverton, LA, Evertise Ai PR \u2013 Acme, a maker of tools, grew.", "Riverton, LA"),
])
def test_a_wire_named_after_the_place_is_no_part_of_it(paragraph, place):
    assert find_dateline(paragraph)[0].place == place


@pytest.mark.parametrize("line, date", [
    ("FOR IMMEDIATE RELEASE - AUGUST 3, 2026", "2026-08-03"),
    ("for immediate release - january 9, 2026", "2026-01-09"),
    ("For Immediate Release: Monday, May 5, 2025.", "2025-05-05"),
    ("FOR IMMEDIATE RELEASE", None),
])
def test_the_date_of_a_release_mark_is_read(line, date):
    assert release_date(line) == date


def test_a_bare_upper_case_word_that_is_no_known_place_is_no_dateline():
    assert find_dateline("ACME-LAB \u2014Research and Care \u2014 was one of the lucky projects funded.") is None
    assert find_dateline("BOSTON -- Acme, a maker of tools, grew.")[0].place == "BOSTON"


@pytest.mark.parametrize("paragraph, place, date, rest", [
    ("Riverton, NJ, October 18, 2024. The Acme Foundation will host its awards.", "Riverton, NJ", "2024-10-18",
     "The Acme Foundation will host its awards."),
    ("March 10, 2015 . We visit three countries today.", None, "2015-03-10", "We visit three countries today."),
])
def test_a_dateline_may_end_on_a_period_after_its_date(paragraph, place, date, rest):
    dateline, text = find_dateline(paragraph)
    assert (dateline.place, dateline.date, text) == (place, date, rest)


def test_a_wire_glued_to_an_initialism_ends_the_dateline():
    dateline, text = find_dateline("(CNN)U.S. officials met on Monday to talk about the new road and the bridge over the river.")
    assert text.startswith("U.S. officials met")


@pytest.mark.parametrize("line, date", [
    ("PRESS RELEASE - October 28, 2026", "2026-10-28"),
    ("News Release: 28 October 2026", "2026-10-28"),
    ("Media Advisory", None),
])
def test_the_date_of_a_release_label_is_read(line, date):
    assert release_date(line) == date


@pytest.mark.parametrize("line, place", [
    ("Rua das Flores, Portugal - March 3, 2026 / Tinmere Labs /", "Portugal"),
    ("12 Harbour Road, Millbrook, United Kingdom - March 3, 2026", "Millbrook, United Kingdom"),
    ("Calle Mayor, Valdemoro, Spain - March 3, 2026", "Valdemoro, Spain"),
    ("St. Louis, MO - March 3, 2026", "St. Louis, MO"),
])
def test_a_street_address_typed_before_the_place_is_no_part_of_it(line, place):
    assert own_line(line)[0].place == place


def test_a_number_opening_no_address_is_no_dateline():
    assert own_line("2 Days, Left - March 3, 2026") is None


@pytest.mark.parametrize("paragraph, rest", [
    ("(The Millbrook Courier)Good plans take time.", "Good plans take time."),
    ("(Garden + Home)Summer is here.", "Summer is here."),
    ("(Tinmere.com)It's official: the show returns.", "It's official: the show returns."),
])
def test_an_outlet_glued_to_the_opening_word_is_read_as_a_wire(paragraph, rest):
    dateline, text = find_dateline(paragraph)
    assert (dateline.place, dateline.date, text) == (None, None, rest)


@pytest.mark.parametrize("paragraph", ["(NASDAQ: TINM)Tinmere grew.", "(Photo: Jane Roe)A man walks.", "(Pictured) Jane Roe smiles."])
def test_a_ticker_or_a_caption_in_brackets_is_no_outlet(paragraph):
    assert find_dateline(paragraph) is None


def test_a_day_glued_to_its_month_before_a_year_is_read():
    dateline, rest = find_dateline("Townville, Spain – March4, 2026 – Tinmere Labs opened a plant.")
    assert (dateline.place, dateline.date, rest) == ("Townville, Spain", "2026-03-04", "Tinmere Labs opened a plant.")


def test_a_name_with_its_initials_opening_a_sentence_is_no_dateline():
    assert find_dateline("Quarrow Labs (QL) - a maker of valves for water utilities, joins the list.") is None


def test_a_date_inside_the_wires_brackets_dates_the_dateline():
    found = find_dateline("Brenton, Ontario--(Newsfile Corp. - May 4, 2026) - Quarrow Labs opened a plant.")
    assert found is not None
    dateline, rest = found
    assert (dateline.place, dateline.date, rest) == ("Brenton, Ontario", "2026-05-04", "Quarrow Labs opened a plant.")


def test_a_dateline_with_bars_between_its_parts():
    dateline, rest = find_dateline("BRENTON, Texas | May 4, 2026 | Quarrow Labs opened a plant.")
    assert (dateline.place, dateline.date, rest) == ("BRENTON, Texas", "2026-05-04", "Quarrow Labs opened a plant.")


def test_a_menu_with_bars_is_no_dateline():
    assert find_dateline("HOME | ABOUT | NEWS | CONTACT") is None
    assert find_dateline("DENVER | ABOUT | NEWS | CONTACT") is None


def test_a_place_in_brackets_after_a_bare_date_is_the_place():
    dateline, rest = find_dateline("May 4, 2026 (Brenton, Texas) - Quarrow Labs opened a plant.")
    assert (dateline.place, dateline.date, rest) == ("Brenton, Texas", "2026-05-04", "Quarrow Labs opened a plant.")
    dateline, _ = find_dateline("May 4, 2026 (Newsfile Corp.) - Quarrow Labs opened a plant.")
    assert dateline.place is None
