"""A person's name on its own (person_names.py): words no name holds, words glued before a
name, a party before it, a testimonial's first name and initial."""
from __future__ import annotations

import pytest

from summarize.people import sentence_people
from tests.test_people import found_in


@pytest.mark.parametrize("sentence, names", [
    ("Said Tomas Varga, president of Crane Widgets, in a statement.", ["Tomas Varga"]),
    ("Yet Dana Price, senior analyst at Northgate, disagreed.", ["Dana Price"]),
    ("The Morning Ledger said the deal was off.", []),  # a newspaper
    ("What Crane Widgets said was clear.", []),
    ("Summer Of Angels, the film, said little.", []),  # a title's words
    ("Sena Oh, chief executive of Tidal Labs, said so.", ["Sena Oh"]),  # two words may hold one
])
def test_function_words_are_not_part_of_a_persons_name(sentence, names):
    assert [p.name for p in sentence_people(sentence)] == names


@pytest.mark.parametrize("sentence", [
    "Lot 4 is a Queen Storage Bed by Elm Works.",  # a title, then common words
    "The government's latest Budget Speech highlighted plans to grow trade.",  # a speech verb after
    "Sales will grow 7% a year, according to Bright Signals, in its latest survey.",
])
def test_common_words_with_no_first_name_are_no_person(sentence):
    assert sentence_people(sentence) == []


@pytest.mark.parametrize("sentence", ["Royal Quarrow said on Tuesday that its ships will sail.",
                                      "National Harbor Mutual said the fund grew."])
def test_a_name_opened_like_a_body_is_no_person(sentence):
    assert sentence_people(sentence) == []


def test_a_football_club_is_no_person():
    assert sentence_people("Exeter City face a home tie against Man Utd in a replay.") == []


@pytest.mark.parametrize("place", ["John Wayne Airport", "George Bush Turnpike", "Bruce B. Downs Boulevard",
                                   "Edmund Pettus Bridge", "Henrietta Rd", "Martin Luther King Jr. Blvd",
                                   "Santa Barbara", "Los Gatos", "Julia Tagore Scholarship", "the Pierre Hotel",
                                   "the Diplomat Hotel", "Lucia Vey Hospital", "The Prince Quarrow Tower Hotel",
                                   "the Lucia Quarrow Auditorium"])
def test_a_road_or_airport_named_after_someone_is_no_person(place):
    assert sentence_people(f"The new store sits right by {place} in the city.") == []


@pytest.mark.parametrize("sentence", [
    "Those who worked in the Jenkins White House said so.",
    "Tours leave from Ellis Island daily.",
    "The gala is held at Clarence House, the royal residence, said staff.",
    "Fans of Dundee United said the result was fair.",
    "They were neighbors in General Orsen City, a port.",
    "In Harlow City, police said the road was closed.",
    "Mourners gathered at Quinlan Family Mortuary on Friday.",
    "Shoppers praised Tomas Family Leather for its bags.",
])
def test_a_building_place_or_club_named_like_a_person_is_no_person(sentence):
    assert sentence_people(sentence) == []


def test_a_plural_place_unit_is_no_person():
    assert found_in("Stores open in Harlow, Dunmore and Jessica Counties this fall.") == []


def test_a_creek_is_in_no_ones_name():
    assert found_in("The event is at the Signia by Hilton Orlando Bonnet Creek this fall.") == []


@pytest.mark.parametrize("sentence", ["Visit the General Store on Main Street today.",
                                      "Contact Investor Relations for the full report."])
def test_a_title_word_before_one_capitalized_word_names_a_thing(sentence):
    assert found_in(sentence) == []


@pytest.mark.parametrize("sentence", ["I rarely agree with My Holtby, he said.", "In Harlowton, police said so.",
                                      "So Avalonia said nothing."])
def test_a_function_word_that_is_rarely_a_name_leads_no_name(sentence):
    assert sentence_people(sentence) == []


def test_a_function_word_often_a_name_leads_one():
    assert [p.name for p in sentence_people("Will Hale said so.")] == ["Will Hale"]
    assert [p.name for p in sentence_people("Leader Kim Jong Un said so.")] == ["Kim Jong Un"]


def test_a_known_organization_named_like_a_person_is_no_person():
    assert found_in("Merrill Lynch said the fund would close.") == []


@pytest.mark.parametrize("sentence, name", [
    ("Added Jane Roe, CEO of Acme: we are glad.", "Jane Roe"),
    ("Judges Simon Hale and Mary Poe are back.", "Simon Hale"),
    ("Customer Endorsement Laura Vell, Chief Revenue Officer at Quarrow Labs, shared her view.", "Laura Vell"),
    ("Earlier Conservative Graham Quist said the rebate was a test.", "Graham Quist"),
])
def test_a_common_word_opening_the_sentence_is_no_part_of_the_name(sentence, name):
    assert sentence_people(sentence)[0].name == name


def test_a_gerund_opening_the_sentence_opens_a_thing():
    assert sentence_people("Leveling Kit Compatibility by Model Year.") == []


def test_the_end_of_a_title_is_no_name():
    assert found_in("She is a Clinical Professor Emeritus at Avalon College.") == []


def test_glued_words_are_cut_to_the_name():
    assert [p[0] for p in found_in("The Avalon Design CentreMarta Quist said hello.")] == ["Marta Quist"]
    assert [p[0] for p in found_in("said Marta LindqvistMillennials today.")] == ["Marta Lindqvist"]
    assert found_in("said MaryEllen Quist, Executive Director.")[0][0] == "MaryEllen Quist"
    assert found_in("The SpongeBob SquarePants movie opened.") == []


def test_places_and_buildings_named_after_someone_are_no_people():
    assert found_in("The show moved to the Mark Hale Theater, said Ada Moss.") == [("Ada Moss", None, None)]
    assert found_in("Work at the Ada Moss Mine and the Quist Valley resumed.") == []


def test_words_glued_before_a_name_are_no_part_of_it():
    assert found_in("said Premier Ada Moss.") == [("Ada Moss", "Premier", None)]
    assert found_in("the premier event, said Mark Hale.") == [("Mark Hale", None, None)]
    assert found_in("said Poet Laureate Ada Moss.") == [("Ada Moss", "Poet Laureate", None)]
    assert found_in("said Doctor Ada Moss.")[0][0] == "Ada Moss"
    assert found_in("the Oscar-winner Ada Moss said.")[0][0] == "Ada Moss"
    assert found_in("said Lee Man-hee, the chairman.")[0][0] == "Lee Man-hee"


def test_party_before_a_name_is_the_affiliation():
    assert found_in("said Tory Mark Hale.") == [("Mark Hale", None, "Tory")]
    assert found_in("Liberal Democrat Ada Moss said no.") == [("Ada Moss", None, "Liberal Democrat")]


@pytest.mark.parametrize("sentence, names", [
    ('Priya K. from Leeds: "The app saves me an hour a day."', ["Priya K."]),
    ("It works, says Tomas B., a customer in Denver.", ["Tomas B."]),
    ("Harry S. Truman signed it.", ["Harry S. Truman"]),  # a middle initial, not the end
    ("Take Vitamin D. It helps.", []),  # no first name before the letter
    ("It beat then-President Donald J. roe in the race.", []),  # a titled name whose surname is lost
])
def test_a_first_name_and_an_initial_sign_a_testimonial(sentence, names):
    assert [p[0] for p in found_in(sentence)] == names


@pytest.mark.parametrize("sentence, name", [
    ("Pollster Avi Vell said the race was close.", "Avi Vell"),
    ("The bill was introduced by Senators Mark Quist and others.", "Mark Quist"),
    ("Shadow leader of the Commons Oliver Vey said no.", "Oliver Vey"),
    ("Beijinger Robert Zhav went on a trip to Tibet.", "Robert Zhav"),
])
def test_a_word_saying_what_someone_is_before_a_first_name_is_no_part_of_the_name(sentence, name):
    assert [m.name for m in sentence_people(sentence)] == [name]


@pytest.mark.parametrize("sentence, role", [
    ("Pollster Avi Vell said the race was close.", "Pollster"),
    ("The bill was introduced by Senators Mark Quist and others.", "Senator"),
    ("Beijinger Robert Zhav went on a trip to Tibet.", None),  # Beijing's, no role
    ("Tweeted Garry Vellum: no.", None),
    ("And last November Samuel Quist, a Belgian national, was held.", None),
    ("Reviewer Cecily Vell called it a must-read.", "Reviewer"),  # a sentence's first word
    ("Judges Simon Vell and Mary Poe are back.", "Judge"),
    ("Earlier Graham Quist said the rebate was a test.", None),
])
def test_a_word_saying_what_someone_is_before_a_first_name_is_the_role(sentence, role):
    assert sentence_people(sentence)[0].role == role


def test_a_kind_of_business_before_a_name_like_a_person_s_names_a_company():
    assert sentence_people("Bookmaker William Vell has stopped taking bets on the race.") == []


def test_a_plural_that_names_no_kind_of_person_stays_in_the_name():
    assert "Hai Vell Bay" not in [m.name for m in sentence_people("Homes rose at Vinhomes Hai Vell Bay in Da Nang.")]
    assert [m.name for m in sentence_people("The show was held at the Los Angeles Quist Hall.")] == []


def test_a_gerund_opens_a_thing_s_name_not_a_person_s():
    assert sentence_people('At the time, a rep told Rolling Vell he had "been signed off with stress".') == []
    assert [m.name for m in sentence_people("Head coach of Sporting Vell, Peter Quist, highlighted it.")] == ["Peter Quist"]


def test_a_name_opened_by_greater_is_a_place_s():
    names = [m.name for m in sentence_people('Mr Quist told Greater Vellum Radio: "It is such a pity."')]
    assert "Greater Vellum Radio" not in names


@pytest.mark.parametrize("sentence, found", [
    ("For the Lib Dems Mara Quist said: no.", [("Mara Quist", "Lib Dem")]),
    ("Greens Tomas Vey said no.", [("Tomas Vey", "Green")]),
    ("The Conservatives and Lib Dems said the pledges were worthless.", []),
])
def test_a_party_s_members_in_the_plural_before_a_name_are_its_affiliation_and_no_one_alone(sentence, found):
    assert [(m.name, m.affiliation) for m in sentence_people(sentence)] == found


@pytest.mark.parametrize("sentence, role", [
    ("Cabinet-maker Michael Quist has just finished the coffin.", "Cabinet-maker"),
    ("Owner-breeder Dee Vell-Quist told reporters the dog was ill.", "Owner-breeder"),
    ("Grammy-winner Patti Vell said she was thrilled.", None),  # an honour, not a trade
])
def test_a_hyphened_word_saying_what_someone_does_before_a_first_name_is_the_role(sentence, role):
    [m] = sentence_people(sentence)
    assert m.role == role and " " in m.name and "-maker" not in m.name
