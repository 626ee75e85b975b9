"""The gazetteer and the "City, ST" shape (the dateline's city: test_dateline_cities.py)."""
from __future__ import annotations

import pytest

from summarize.clean import clean
from summarize.names import spans
from summarize.participants import extract_participants
from summarize.places import is_qualifier, place_of, state_after


def span_of(sentence: str, text: str):
    return next(s for s in spans(sentence) if s.text == text)


def place_in(sentence: str, text: str) -> str | None:
    """The place the span `text` of `sentence` names, if any."""
    return place_of(span_of(sentence, text), sentence)


def test_place_of_gazetteer_and_city_state():
    sentence = "Plants in Smallville, KS and in Kenya grew."
    found = [place_of(s, sentence) for s in spans(sentence)]
    assert "Smallville" in found
    assert "Kenya" in found
    assert "Plants" not in found


def test_a_day_before_a_country_is_no_city():
    sentence = "On Friday, Turkmenistan shut off gas supplies."
    found = [place_of(s, sentence) for s in spans(sentence)]
    assert found == [None, "Turkmenistan"]


@pytest.mark.parametrize("sentence, expected", [
    ("However, Texas regulators said no.", [None, "Texas"]),
    ("Meanwhile, Ohio voters agreed.", [None, "Ohio"]),
    ("A Flint, Michigan, plant closed.", ["Flint", "Michigan"]),
    ("The Roseville, CA, office opened.", ["Roseville"]),
])
def test_a_sentence_opener_before_a_state_is_no_city(sentence, expected):
    assert [place_of(s, sentence) for s in spans(sentence)][:len(expected)] == expected


def test_an_article_before_a_known_place_is_dropped():
    sentence = "The United States and the Philippines agreed."
    assert [place_of(s, sentence) for s in spans(sentence)] == ["United States", "Philippines"]


def test_a_connective_before_a_state_code_is_no_city():
    sentence = "Additionally, UT Dallas earned top marks."
    assert place_of(spans(sentence)[0], sentence) is None


def test_smaller_cities_are_known_by_unambiguous_names_only():
    sentence = "The team moved from Boca Raton to Sugar Land, then met Anand Patel in Bristol."
    found = {s.text: place_of(s, sentence) for s in spans(sentence)}
    assert found["Boca Raton"] == "Boca Raton" and found["Sugar Land"] == "Sugar Land"
    assert found["Anand Patel"] is None  # a smaller city's one-word name ("Anand") stays a name


@pytest.mark.parametrize("sentence, city", [
    ("Founded in 1989 in Santa Cruz, CA, the firm insures nonprofits.", "Santa Cruz"),
    ("He now lives in Coral Gables, Florida and works as a chef.", "Coral Gables"),
])
def test_a_name_shaped_city_after_in_and_before_a_state_is_a_place(sentence, city):
    found = {s.text: place_of(s, sentence) for s in spans(sentence)}
    assert found[city] == city


def test_a_name_shaped_city_needs_in_before_it():
    other = "The award went to Omar Haddad, CA, last year."
    assert all(place_of(s, other) is None for s in spans(other))


@pytest.mark.parametrize("sentence, city, state", [
    ("The store opened in Crystal, Minn. to serve residents.", "Crystal", "Minnesota"),
    ("The store opened in Lenexa, Kan., last week.", "Lenexa", "Kansas"),
    ("The store opened in Pompton Plains, N.J., last week.", "Pompton Plains", "New Jersey"),
    ("The office opened in Bangalore, India.", "Bangalore", "India"),
])
def test_a_city_before_a_news_style_state_abbreviation(sentence, city, state):
    assert place_in(sentence, city) == city
    assert state_after(span_of(sentence, city), sentence) == state


def test_a_news_style_state_abbreviation_alone_names_no_place():
    sentence = "Miss. Roe will Wash. the car."
    assert all(place_of(s, sentence) is None for s in spans(sentence))


@pytest.mark.parametrize("sentence, place", [
    ("Strategically placed in Augusta County, the branch serves the valley.", "Augusta County"),
    ("Serving Berks County and beyond, the firm grew.", "Berks County"),
    ("Work begins in Upper Saucon Township next week.", "Upper Saucon Township"),
    ("The County will vote on Monday.", None),
])
def test_a_county_or_township_is_a_place_whatever_its_name(sentence, place):
    assert place_of(spans(sentence)[0] if place is None else next(
        s for s in spans(sentence) if s.text.endswith(place)), sentence) == place


def test_an_adverb_before_a_state_is_no_city():
    sentence = "Initially, Scotland police said the man had left."
    assert all(place_of(s, sentence) != "Initially" for s in spans(sentence))


@pytest.mark.parametrize("sentence, span, place", [
    ("When contacted by CNN, Dalian's police said no.", "CNN", None),
    ("He posted on Weibo, China's answer to Twitter.", "Weibo", None),
    ("They met in Tunis, Tunisia's capital, on Monday.", "Tunis", "Tunis"),
    ("They flew to Tunis, Johannesburg, Casablanca and home.", "Tunis", "Tunis"),
    ("They marched in Selma, Alabama's oldest town.", "Selma", "Selma"),
])
def test_what_follows_the_comma_decides_a_city(sentence, span, place):
    assert place_in(sentence, span) == place


def test_a_brand_with_an_inner_capital_is_no_city_before_a_state_code():
    assert place_in("From the Daily Ledger to TikTok, PR to social, we tell stories.", "TikTok") is None
    assert place_in("Stores open in McAllen, TX and DeKalb, IL this week.", "McAllen") == "McAllen"


def test_a_plural_event_word_is_no_city_in_a_list():
    sentence = "We were at the Owners Meetings, San Diego Comic Con and other events."
    assert place_in(sentence, "Owners Meetings") is None


def test_a_first_name_before_a_city_is_someone_addressed():
    assert place_in("Rafael, Miami has become a hub for technology.", "Rafael") is None
    assert place_in("Offices in Tunis, Johannesburg and Lagos opened.", "Tunis") == "Tunis"


def test_a_name_with_initials_before_a_state_is_a_person():
    assert place_in("G. J. Meyer, New York Times bestselling author, praised it.", "G. J. Meyer") is None


@pytest.mark.parametrize("sentence, region", [
    ("The firm serves families across Long Island and beyond.", "Long Island"),
    ("Rainfall in West Africa fell short this year.", "West Africa"),
    ("Growers in Southern California expect a late harvest.", "Southern California"),
])
def test_a_region_no_city_list_holds_is_a_place(sentence, region):
    assert place_in(sentence, region) == region


def test_a_region_shaped_name_is_no_person():
    from summarize.people import sentence_people

    assert sentence_people("The firm serves the Long Island community with pride.") == []


@pytest.mark.parametrize("sentence, span, place", [
    ("Vantor, Canada's third-largest lender, cut rates.", "Vantor", None),
    ("Halden, Norway's biggest brewer, grew.", "Halden", None),
    ("Osaka, Japan's second city, hosts the fair.", "Osaka", "Osaka"),
    ("Karachi, Pakistan's largest port city, flooded.", "Karachi", "Karachi"),
])
def test_a_rank_after_a_country_makes_a_city_only_of_a_settlement(sentence, span, place):
    assert place_in(sentence, span) == place


@pytest.mark.parametrize("sentence, span", [
    ("Like Norway, Denmark saw its output fall.", "Like Norway"),
    ("Despite a year spent on the Cup Final, England dismissed its coach.", "Cup Final"),
    ("In the final of the Shield, Wales have found their style.", "Shield"),
    ("From growth in Serie B, US investors are moving on.", "Serie B"),
    ("Similarly, Scotland kept its lead.", "Similarly"),
    ("Known for AI, AR and VR, the studio grew.", "AI"),
])
def test_no_city_before_a_country_that_opens_a_clause_or_after_an_acronym(sentence, span):
    assert place_in(sentence, span) is None


def test_a_city_before_its_country_is_still_read_before_a_preposition_or_a_full_stop():
    assert place_in("The plant in Lyon, France on Monday opened.", "Lyon") == "Lyon"
    assert place_in("She lives in Vevey, Switzerland.", "Vevey") == "Vevey"


@pytest.mark.parametrize("sentence, span, place", [
    ("Mascots include Pouncer, New Orleans Saints; and Blitz, Seattle.", "Pouncer", None),
    ("Lena Park and Ada Roe, New York Times bestselling authors, spoke.", "Ada Roe", None),
    ("Dana K. Hollis, MD, was named a top doctor.", "Dana K. Hollis", None),
    ("Jun 18 Greenwood, SC Palmetto Arena . Jun 19 Akron, OH Civic Hall.", "Greenwood", "Greenwood"),
])
def test_a_state_that_opens_a_longer_name_makes_no_city(sentence, span, place):
    assert place_in(sentence, span) == place


@pytest.mark.parametrize("sentence, span, place", [
    ("Storms hit Southern Oklahoma overnight.", "Southern Oklahoma", "Southern Oklahoma"),
    ("The clinic serves East Texas families.", "East Texas", "East Texas"),
    ("Fans of Western Union sent money.", "Western Union", None),
    ("A walk in Central Park helps.", "Central Park", None),
])
def test_a_direction_before_a_known_place_names_a_region(sentence, span, place):
    assert place_in(sentence, span) == place


@pytest.mark.parametrize("sentence, span", [
    ("Its MD for Germany, Austria and Switzerland spoke.", "MD for Germany"),
    ("Last April, Halden police opened a case.", "Last April"),
    ("“It works,” said Tomas Lindqvist, PR and Communications Manager at Acme.", "Tomas Lindqvist"),
    ("Registries such as QUIRECS, NC-RETS and NEPOOL joined.", "QUIRECS"),
    ("The firm's Options, Europe and Asia Pacific segments grew.", "Options"),
])
def test_no_city_from_a_phrase_a_month_a_speaker_or_a_code_glued_to_a_word(sentence, span):
    assert place_in(sentence, span) is None


def test_a_city_before_a_state_code_and_based_is_a_place():
    assert place_in("It bought Vantor, a Columbia, MD-based firm.", "Columbia") == "Columbia"


def test_a_name_before_a_nation_that_owns_what_follows_is_no_city():
    assert place_in("Gwyn Rees, Wales' two-try scorer, called it great.", "Gwyn Rees") is None
    assert place_in("They toured Selma, Alabama's bridge town.", "Selma") == "Selma"


@pytest.mark.parametrize("sentence, text", [
    ("The new book by Tovik Bereszi, MD, FACC, is out.", "Tovik Bereszi"),  # degrees after the name, not Maryland
    ("The Peruvian-born, Miami-based chef cooked.", "The Peruvian-born"),
    ("Fans at the Belgian GP, Melbourne and Monza cheered.", "Belgian GP"),
])
def test_a_person_an_origin_or_an_event_before_a_place_is_no_city(sentence, text):
    assert place_in(sentence, text) is None


def test_a_hyphenated_city_before_its_state_is_still_one():
    assert place_in("It opened in Stoke-on-Trent, England.", "Stoke-on-Trent") == "Stoke-on-Trent"


@pytest.mark.parametrize("sentence, text, place", [
    ("He and his wife Charlotte run a trust.", "Charlotte", None),
    ("The couple's daughter Madison spoke first.", "Madison", None),
    ("The swim star's teenager Jordan hopes to follow him.", "Jordan", None),
    ("Her classmate Madison won the prize.", "Madison", None),
    ("He moved to Charlotte last year.", "Charlotte", "Charlotte"),
])
def test_a_relative_named_like_a_city_is_no_place(sentence, text, place):
    assert place_in(sentence, text) == place


def qualifies(sentence: str, text: str) -> bool:
    return is_qualifier(span_of(sentence, text), sentence)


def test_a_state_or_country_after_a_city_only_qualifies_it():
    assert qualifies("Quarrow Labs opened a plant in Brenton, Texas.", "Texas")
    assert qualifies("Harbor Mutual moved to Lyon, France last year.", "France")


def test_a_city_after_another_in_a_list_is_a_place_of_its_own():
    sentence = "Harbor Mutual has offices in Charlotte, Chicago, Denver and Boston."
    assert not qualifies(sentence, "Chicago")
    assert not qualifies(sentence, "Denver")
    assert not qualifies("Quarrow Labs sells across North America, Europe and Asia.", "Europe")


def test_a_city_after_a_state_code_starts_the_next_pair():
    sentence = "Quarrow Labs opened stores in Plano, TX, Provo, Utah and Keene, N.H., Bend, Ore."
    assert not qualifies(sentence, "Provo")
    assert not qualifies(sentence, "Bend")
    assert qualifies(sentence, "Utah")


def test_a_state_after_an_opener_is_no_qualifier():
    assert not qualifies("Meanwhile, Texas regulators fined Quarrow Labs.", "Texas")


def test_washington_dc_is_one_place():
    sentence = "Mara Quist spoke at a summit in Washington, D.C. on Monday."
    assert place_in(sentence, "Washington") == "Washington, D.C."
    assert qualifies(sentence, "D.C.")


@pytest.mark.parametrize(
    "sentence, demonym",
    [
        ("Quarrow Labs offers classes in Spanish in order to reach more parents.", "Spanish"),
        ("Mara Quist is fluent in Portuguese.", "Portuguese"),
        ("The guide is available in Italian, Spanish, Japanese, or French, as requested.", "Japanese"),
        ("The clip came with German subtitles.", "German"),
        ("Harbor Mutual hired a Turkish speaker for the desk.", "Turkish"),
        ("Quarrow Labs offers its guides in both English and Spanish.", "Spanish"),
        ("The app supports 9 languages (including English, Japanese, and Thai) today.", "Thai"),
        ("Read the pages in English (quarrow.org/en) and Spanish (quarrow.org/es) online.", "Spanish"),
        ("Quarrow Labs prints its forms in Spanish and English versions.", "Spanish"),
    ],
)
def test_a_demonym_naming_a_language_is_no_place(sentence, demonym):
    assert place_in(sentence, demonym) is None


@pytest.mark.parametrize(
    "sentence, demonym, country",
    [
        ("Quarrow Labs was named in British and other media.", "British", "United Kingdom"),
        ("Mara Quist has worked in Canadian politics for years.", "Canadian", "Canada"),
        ("Harbor Mutual sent Portuguese engineers to the site.", "Portuguese", "Portugal"),
    ],
)
def test_a_demonym_before_a_noun_still_names_its_country(sentence, demonym, country):
    assert place_in(sentence, demonym) == country


def test_a_release_naming_languages_names_no_countries():
    text = ("Quarrow Labs Opens a Clinic\n\nBRENTON, Texas, May 4, 2026 -- Quarrow Labs opened a clinic "
            "that offers classes in Spanish in order to reach more parents. Staff are fluent in Portuguese "
            "and in French, the company said.")
    places = extract_participants(clean(text)).places
    assert "Brenton" in places
    assert not {"Spain", "Portugal", "France"} & set(places)


@pytest.mark.parametrize(
    "sentence, part, place",
    [
        ("Harbor Mutual opened a desk in Trinidad and Tobago last year.", "Trinidad", "Trinidad and Tobago"),
        ("Harbor Mutual opened a desk in Trinidad and Tobago last year.", "Tobago", "Trinidad and Tobago"),
        ("Quarrow Labs ships to Dar es Salaam.", "Salaam", "Dar es Salaam"),
        ("Mara Quist grew up in Newfoundland and Labrador.", "Newfoundland", "Newfoundland and Labrador"),
    ],
)
def test_a_place_named_across_a_lower_case_word_is_one_place(sentence, part, place):
    assert place_in(sentence, part) == place


def test_places_joined_by_and_stay_apart():
    sentence = "Quarrow Labs sells in Texas and Ohio."
    assert place_in(sentence, "Texas") == "Texas"
    assert place_in(sentence, "Ohio") == "Ohio"


def test_a_city_after_a_slash_keeps_its_first_word():
    sentence = "Quarrow Labs added flights from Dallas/Fort Worth this spring."
    assert place_in(sentence, "Worth") == "Fort Worth"
    assert place_in(sentence, "Dallas") == "Dallas"


def test_a_state_after_another_state_is_no_qualifier():
    sentence = "Quarrow Labs sells in Colorado, Illinois, South Dakota, Utah and Ohio."
    assert not qualifies(sentence, "Illinois")
    assert not qualifies(sentence, "Utah")
    assert not qualifies("Harbor Mutual works in France, Germany and Spain.", "Germany")
    assert qualifies("Harbor Mutual moved to Fort Worth, Texas.", "Texas")


@pytest.mark.parametrize("opener", ["Near", "Outside", "From", "Across"])
def test_a_preposition_opening_the_sentence_is_no_part_of_the_place(opener):
    sentence = f"{opener} Brenton, Texas, Quarrow Labs runs two plants."
    assert place_in(sentence, f"{opener} Brenton") == "Brenton"


def test_a_city_named_again_with_its_district_is_one_place():
    text = ("Quarrow Labs Opens an Office\n\nWASHINGTON, May 4, 2026 -- Quarrow Labs opened an office in "
            "Washington, D.C., near the Capitol. Mara Quist will lead it.")
    places = extract_participants(clean(text)).places
    assert "Washington, D.C." in places
    assert "Washington" not in places


def test_saint_cities_written_short_are_known():
    assert place_in("The firm moved to St. Paul last year.", "St. Paul") == "Saint Paul"


@pytest.mark.parametrize("sentence, demonym", [
    ("The menu adds Swiss cheese to every dish.", "Swiss"),
    ("Guests ate French fries by the lake.", "French"),
    ("The fair enjoyed an Indian summer this year.", "Indian"),
    ("The car pairs comfort with ergonomic German design.", "German"),
    ("The villas range from modern luxury to French inspired gardens.", "French"),
    ("The chef serves Japanese cuisine at Quarrow Hall.", "Japanese"),
])
def test_a_demonym_in_a_set_phrase_is_no_place(sentence, demonym):
    assert place_in(sentence, demonym) is None
    assert place_in("The team met Swiss regulators.", "Swiss") == "Switzerland"
    assert place_in("It was built with the Italian design house Quarrow.", "Italian") == "Italy"


@pytest.mark.parametrize("sentence, city", [
    ("Birmingham boss Mara Quist praised her side.", "Birmingham"),
    ("Leeds drew with the visitors on Sunday.", "Leeds"),
    ("Barcelona beat the visitors 2-1 on Tuesday.", "Barcelona"),
    ("Newcastle's striker scored twice.", "Newcastle"),
    ("Michigan's quarterback threw two interceptions.", "Michigan"),
    ("Kentucky players celebrated the title.", "Kentucky"),
    ("The visitors lost to Oregon 31-17 at home.", "Oregon"),
    ("The side were held to a 0-0 draw with Leeds on Sunday.", "Leeds"),
    ("He had some hairy moments in last week's win over Birmingham.", "Birmingham"),
])
def test_a_city_named_for_its_club_is_no_place(sentence, city):
    assert lexicon_place(city) and place_in(sentence, city) is None


def test_a_country_named_for_its_national_side_stays_a_place():
    assert place_in("England coach Mara Quist named her side.", "England") == "England"
    assert place_in("Kenya beat the visitors 2-1.", "Kenya") == "Kenya"
    assert place_in("The visitors lost to Kenya on Sunday.", "Kenya") == "Kenya"


def test_an_office_s_city_or_a_city_before_another_word_stays_a_place():
    assert place_in("Quarrow Labs' Barcelona manager Mara Quist opened it.", "Barcelona") == "Barcelona"
    assert place_in("Our Barcelona coach leads the tour.", "Barcelona") == "Barcelona"
    assert place_in("Barcelona is the firm's base.", "Barcelona") == "Barcelona"


def lexicon_place(name: str) -> bool:
    from summarize import lexicon
    return name in lexicon.places()


def test_washington_dc_written_without_periods_is_the_district():
    assert place_in("He was sworn in at a ceremony in Washington DC on Thursday.", "Washington DC") == "Washington, D.C."
    sentence = "Owners from all 50 states, Washington, DC, and Puerto Rico may enter."
    assert place_in(sentence, "Washington") == "Washington, D.C."


def test_a_title_with_a_capital_the_in_mid_sentence_is_no_place():
    assert place_in("Mara Quist wrote a story for The Atlantic last year.", "The Atlantic") is None
    assert place_in("The Atlantic was calm that week.", "The Atlantic") == "Atlantic"
    assert place_in("Quarrow Labs sells in Peru and The Netherlands.", "The Netherlands") == "Netherlands"
    assert place_in("The court in The Hague ruled on Monday.", "The Hague") == "The Hague"


def test_a_firm_named_for_its_founder_and_city_is_no_place():
    assert place_in("Harbor Mutual is insured by Lloyd's of London.", "London") is None
    assert place_in("Mara Quist is the mayor of London.", "London") == "London"


def test_a_place_name_alone_in_quotes_is_a_works_title():
    assert place_in('Mara Quist played a nurse in the film "Philadelphia" in 1993.', "Philadelphia") is None
    assert place_in('Fans sang "Galway" and "Rosanna" all night.', "Galway") is None
    assert place_in('Mara Quist moved to Philadelphia in 1993.', "Philadelphia") == "Philadelphia"


def test_the_mid_atlantic_is_a_region_not_the_ocean():
    assert place_in("Quarrow Labs grew across the Mid-Atlantic last year.", "Mid-Atlantic") == "Mid-Atlantic"
    assert place_in("Quarrow Labs grew in the mid-Atlantic region.", "Atlantic") == "Mid-Atlantic"


def test_a_city_named_again_with_its_district_keeps_its_rank():
    from summarize.places import named_whole
    assert named_whole(["Washington", "Maryland", "Washington, D.C."]) == ["Washington, D.C.", "Maryland"]
    assert named_whole(["Maryland", "Virginia"]) == ["Maryland", "Virginia"]


@pytest.mark.parametrize("sentence, text, place", [
    ("Quarrow Steel has served the Tidewater area since 1962.", "Tidewater", "Tidewater"),
    ("Harbor Mutual opened two clinics in the Quarrow Valley region of Brenton.", "Quarrow Valley", "Quarrow Valley"),
    ("Sales grew across the MENA region last year.", "MENA", None),
    ("The report is available from the Investor Relations area of the website.", "Investor Relations", None),
    ("Harbor Mutual now serves the Northeast region.", "Northeast", None),
])
def test_a_name_written_as_an_area_after_a_preposition_is_a_place(sentence, text, place):
    assert place_in(sentence, text) == place


def test_a_county_before_region_is_still_a_county():
    assert place_in("It will connect more Quarrow County region families.", "Quarrow County") == "Quarrow County"


def test_well_known_regions_outside_the_generated_subdivisions_are_places():
    assert place_in("Mara Quist reported from Crimea last spring.", "Crimea") == "Crimea"
    assert place_in("Quarrow Labs opened an office in Kiev.", "Kiev") == "Kyiv"
    assert place_in("Harbor Mutual sells tea grown in Kerala.", "Kerala") == "Kerala"


@pytest.mark.parametrize("sentence, text", [
    ("Mara Quist ordered chicken Kiev at the inn.", "Kiev"),
    ("The menu has beef Wellington and roast potatoes.", "Wellington"),
    ("Quarrow Labs served Brussels sprouts to the staff.", "Brussels"),
    ("Guests ate Buffalo wings at the game.", "Buffalo"),
])
def test_a_place_in_a_dish_is_no_place(sentence, text):
    assert place_in(sentence, text) is None


def test_a_place_beside_a_food_from_it_stays_a_place():
    assert place_in("Mara Quist flew to Kiev for the chicken fair.", "Kiev") == "Kyiv"
    assert place_in("Harbor Mutual buys Maine lobster.", "Maine") == "Maine"


@pytest.mark.parametrize("sentence, text, place", [
    ("Harbor Mutual keeps offices in Quillby and San Francisco.", "Quillby", "Quillby"),
    ("Mara Quist spoke in Toronto, Milan and Quillby Falls this year.", "Quillby Falls", "Quillby Falls"),
    ("Mara Quist invested in Quarrow and Boston Dynamics.", "Quarrow", None),  # a longer name than the city
    ("Radio play grew in Europe and Quillby/Campus stations.", "Quillby", None),
    ("It sold goods in Boston, Makers Fund, Quarrow Ventures and Quillby.", "Quillby", None),  # firms in the list
    ("Sites include Stella in Phoenix, and Quillby Marketplace in Reno.", "Quillby Marketplace", None),  # a venue
    ("It is the best hotel in North and South America.", "North", None),
    ("She works at Quarrow Skin Center in Plano and Quarrow Dermatology, Mohs and Surgery.", "Quarrow Dermatology", None),
])
def test_a_name_listed_with_a_city_after_a_preposition_of_place_is_a_town(sentence, text, place):
    assert place_in(sentence, text) == place


@pytest.mark.parametrize("sentence, text, place", [
    ("Quarrow Labs is a startup based in Quillbury and run by two engineers.", "Quillbury", "Quillbury"),
    ("Previously located in O'Quill, the office moved in May.", "O'Quill", "O'Quill"),
    ("Harbor Mutual, headquartered in Quillby Arizona, grew.", "Quillby Arizona", "Quillby"),  # its state, comma lost
    ("The salon is located in Suite 216 of the mall.", "Suite", None),
    ("The team is based in Harbor Mutual Tower downtown.", "Harbor Mutual Tower", None),
    ("The boutique is located in Quillby Mall.", "Quillby Mall", None),  # a venue
    ("The studio is based in Mara Quist's old house.", "Mara Quist", None),
])
def test_a_name_after_based_in_is_a_town(sentence, text, place):
    assert place_in(sentence, text) == place


@pytest.mark.parametrize("sentence, text, place", [
    ("Three Florida officers were fired on Friday.", "Three Florida", "Florida"),
    ("Will Jordan said the robot ships in May.", "Will Jordan", None),  # a first name, not a function word
    ("Many Texas residents left the coast.", "Many Texas", "Texas"),
    ("Former England captain Mara Quist retired.", "Former England", "England"),
])
def test_a_word_opening_the_sentence_before_a_state_or_country_is_cut(sentence, text, place):
    assert place_in(sentence, text) == place
