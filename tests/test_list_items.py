"""List items and their labels: menus of offers, labels dropped before a full sentence."""
from __future__ import annotations

import pytest

from summarize.list_items import list_label, menu_rows, without_label


@pytest.mark.parametrize("text, labelled", [
    ("Easy Boarding: Passengers walk straight onto the ferry.", True),
    ("1. Night Crossings: Ferries leave the harbour every hour until midnight.", True),
    ("Quiet Cabins \u2013 Passengers can sleep through the crossing.", True),
    ("Price Lock: Fares stay fixed for 3 years.", False),  # a figure: a fact worth its label
    ("Update: The council approved the harbour budget on Monday.", False),  # one word: no list
])
def test_an_item_opening_on_its_label_is_a_list_label(text, labelled):
    assert list_label(text) is labelled


def test_labelled_items_whose_labels_end_alike_are_rows_of_a_menu():
    texts = [
        "Harbor Mutual opens three savings plans for islanders on May 4.",
        "Starter Plan: Save $50 a month and earn 2% a year.",
        "Family Plan: Save $200 a month and earn 3% a year.",
        "1. Gold Plan: A $1,000 deposit that earns 4% a year.",
        "Price Lock: Rates stay fixed for 3 years.",  # a label of its own
    ]
    assert menu_rows(texts) == {1, 2, 3}
    assert menu_rows(texts[:3] + texts[4:]) == set()  # two rows are no menu


@pytest.mark.parametrize("text, expected", [
    ("Revenue Growth: Harbor Mutual's revenue rose to $12 million in the second quarter.",
     "Harbor Mutual's revenue rose to $12 million in the second quarter."),
    ("Acquisition: Quarrow Labs signs a deal to buy the Dunmore valve works outright.",
     "Quarrow Labs signs a deal to buy the Dunmore valve works outright."),
    ("WHERE: The Dunmore harbour park opens its gates to the public on Friday.",
     "The Dunmore harbour park opens its gates to the public on Friday."),
    ("A: Here at Quarrow Labs, our aim is to build valves that last for decades.",
     "Here at Quarrow Labs, our aim is to build valves that last for decades."),
    ("Case 2: A customer's valve failed after the firmware update was installed.",
     "A customer's valve failed after the firmware update was installed."),
    ("Dual savings: The saver earns 2% on the first deposit and 1% on every later one.",
     "The saver earns 2% on the first deposit and 1% on every later one."),  # a label in sentence case
    ("Harbour cargo volume: Quarrow Port handled 12% more containers than a year ago.",
     "Quarrow Port handled 12% more containers than a year ago."),
    ("Plant overview: We run four valve lines and two test benches in Dunmore.",
     "We run four valve lines and two test benches in Dunmore."),  # no name: no speaker
])
def test_a_label_before_a_full_sentence_is_dropped(text, expected):
    assert without_label(text) == expected


@pytest.mark.parametrize("text", [
    "Websites: Developing fast and friendly websites for every harbour shop.",  # a gerund: no sentence
    "Cabot Zone: up to 7% copper in samples; five targets ready to drill.",  # lower case
    "QX-8K-1616: The first 8K valve controller; winner of the harbour award.",  # a product code
    "Harbor Tours: Book your seat on the evening ferry to Quarrow today.",  # a call to the reader
    "The SeaSight: Harbour Watch app tracks every ferry that enters the bay.",  # a title's halves
    "Dr. Quist: The harbour will reopen in May after the repairs are done.",  # a dot in the label
    "New Ferry Line: Quarrow To Dunmore",  # a title after the label
    "The mayor said the harbour budget grew by four million dollars this year.",
    "Our aim is simple: We build valves that last for decades in every harbour.",  # a clause
    "Quarrow announced: The new valve plant opens in May with two hundred workers.",
    "Share price: Currently testing the $4 level; a break could lift it to $5 soon.",  # no subject
])
def test_a_label_before_no_sentence_of_its_own_stays(text):
    assert without_label(text) == text


@pytest.mark.parametrize("text", [
    "Ann Lee: We are thrilled to open the Dunmore valve works to the public.",  # the speaker
    "October 12: Quarrow Labs opens its second valve plant in Dunmore for visitors.",  # the date
    "Q3 2025: Harbor Mutual's revenue rose to $12 million from $9 million a year ago.",
])
def test_a_label_that_names_the_speaker_or_the_date_stays(text):
    assert without_label(text) == text


def test_a_speaker_before_a_colon_is_no_label():
    assert without_label("Roe writes: The new plant will employ 300 people by 2026.").startswith("Roe writes:")
    assert without_label("Officials warn: Prices will rise by ten percent across the region next year.").startswith("Officials")
