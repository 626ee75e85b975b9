"""The dateline's city (dateline_cities.py): its shape, its words cased again, and what is no city."""
from __future__ import annotations

import pytest

from summarize.dateline_cities import dateline_place, dateline_places


def test_dateline_forms():
    assert dateline_place("DENVER, CO, May 4, 2025 /Wire/ -- Text.") == "Denver"
    assert dateline_place("ST. LOUIS, MO - May 4, 2025 - Text.") == "St. Louis"
    assert dateline_place("Smallville, KS (Wire) Text.") == "Smallville"
    assert dateline_place("Acme Corp. announced a product.") is None


@pytest.mark.parametrize(
    "place, expected",
    [
        ("AUSTIN, Texas", ["Austin"]),
        ("WASHINGTON, D.C.", ["Washington, D.C."]),
        ("MIAMI, FL", ["Miami"]),
        ("LAS VEGAS", ["Las Vegas"]),
        ("NY, United States", ["New York"]),  # a state's code is the state, not "Ny"
        ("LA, United States", ["Los Angeles"]),
        ("NYC", ["New York City"]),
        ("IRVINE CA", ["Irvine"]),  # the state's code without its comma
        ("Washington DC", ["Washington, D.C."]),
        ("MILFORD AND BRIGHTON, MI", ["Milford", "Brighton"]),
        ("Chicago & Fort Lauderdale, Fla.", ["Chicago", "Fort Lauderdale"]),
        ("BOSTON & DENVER & MUNICH", ["Boston", "Denver", "Munich"]),
        ("TUCSON, AZ / OSLO, NORWAY", ["Tucson", "Oslo"]),
        ("HONG KONG / LYON, FRANCE", ["Hong Kong", "Lyon"]),
        ("DENVER, CO and LONDON", ["Denver", "London"]),
        ("QINGDAO, SHANGHAI and FRANKFURT", ["Qingdao", "Shanghai", "Frankfurt"]),
        ("QINGDAO, SHANGHAI, HONG KONG and FRANKFURT", ["Qingdao", "Shanghai", "Hong Kong", "Frankfurt"]),  # a city-state listed
        ("KOWLOON, HONG KONG", ["Kowloon"]),  # a city-state after the first city locates it
        ("SINGAPORE, HONG KONG", ["Singapore", "Hong Kong"]),  # a city-state never lies in another
        ("HONG KONG SAR", ["Hong Kong"]),
        ("ST. JOHN'S, Newfoundland and Labrador", ["St. John's"]),  # one province, not two places
        ("MCLEAN, VA", ["McLean"]),
        ("BRENTON-KASTEL, Germany", ["Brenton-Kastel"]),
        ("O'FALLON, MO", ["O'Fallon"]),
        ("ST. MARA'S, GA", ["St. Mara's"]),  # a possessive's s stays small
        ("BRENTON-UPON-QUILL, England", ["Brenton-upon-Quill"]),  # and so does a particle
        ("AIX-EN-QUARROW", ["Aix-en-Quarrow"]),
        ("Brenton Australia", ["Brenton"]),  # the country without its comma
        ("MARLOWE NEW SOUTH WALES", ["Marlowe"]),  # a region of several words, not just its last
        ("QUILLBY NEW MEXICO", ["Quillby"]),
        ("WEST VIRGINIA", ["West Virginia"]),
        ("FT. LAUDERDALE, Fla.", ["Fort Lauderdale"]),  # the gazetteer's name, written short
    ],
)
def test_dateline_place_as_places(place, expected):
    assert dateline_places(place) == expected


def test_a_function_word_is_no_dateline_place():
    assert dateline_place("A 3D model of the site (2024) is in the works.") is None
    assert dateline_places("Available") == []
    assert dateline_places("AUSTIN, Texas") == ["Austin"]


@pytest.mark.parametrize("block", [
    "QUILLCO (NASDAQ: QLCO), a maker of pens, reported sales.",
    "ZORBEX (ZRB), a developer of payment systems, announced a sponsor.",
])
def test_a_company_in_capitals_before_its_ticker_is_no_dateline_place(block):
    assert dateline_place(block) is None


def test_a_city_before_its_wire_is_a_dateline_place():
    assert dateline_place("LONDON (Reuters) - Shares rose.") == "London"


def test_a_name_glued_to_digits_is_no_dateline_place():
    assert dateline_place("BBC1, Radio 4 and this website") is None
    assert dateline_place("NXP900's synergy in lung cancer was shown.") is None


def test_a_product_code_is_no_dateline():
    assert dateline_place("ZEV-240, a once-daily tablet, is under review.") is None
    assert dateline_place("DENVER-2025 /Wire/ -- Text.") == "Denver"


def test_a_dateline_city_in_capitals_is_cased_like_a_name():
    assert dateline_place("MCLEAN, Va., March 3, 2026 -- Quarrow Labs") == "McLean"
    assert dateline_place("O'FALLON, Mo., March 3, 2026 -- Quarrow Labs") == "O'Fallon"
