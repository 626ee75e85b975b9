"""The dateline's city: "MIAMI, FL, March 10, 2024 /Wire/ --" -> Miami, and the cities of
the cleaner's dateline place ("LONDON, UK / STOCKHOLM, SWEDEN" -> London, Stockholm).

Its own module because a dateline is read by its shape, not by the cues of a sentence that
place_of (places.py) weighs: a city in capitals at the head of the first paragraph, then its
state or country, a date or a wire; here the rules that tell it from a company or a product
in capitals ("EZCORP (NASDAQ: EZPW)", "NRX-100, a ketamine") and that case its words again
("MCLEAN" -> McLean, "O'FALLON" -> O'Fallon).
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .places import SHORT_WORD, SHORT_WORDS, function_word, regions

# The dateline at the head of the first paragraph: "MIAMI, FL, March 10, 2024 /Wire/ --",
# "MINNEAPOLIS, MN - October 27", "MIAMI–(BUSINESS WIRE)–", "Coden, United States, 2025".
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z.'’ -]{1,40}?|[A-Z][A-Z.'’ -]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z. ]{1,30}?))?(?:,\s*(?P<country>[A-Z][A-Za-z. ]{1,30}?))?"
    r"(?:\s*[-–—]+\s*|\s*,\s*|\s*)(?:\((?!\$)|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
# A bracket after the city: a wire, "LONDON (Reuters)", or a company's ticker, "EZCORP (NASDAQ: EZPW)".
_BRACKET = re.compile(r"\(([^()\n]{1,40})\)")


def dateline_place(first_block: str) -> str | None:
    """The city of the dateline: `dateline_place("MIAMI, FL, March 10, 2024 ...")` -> Miami."""
    m = _DATELINE.match(first_block)
    if not m:
        return None
    city = m.group("city").strip(" -–—")
    if first_block[m.end("city"):m.end("city") + 1].isalnum() or _PRODUCT_CODE.match(first_block, m.end("city")):
        return None  # "NXP900's synergy", "NRX-100, a ketamine": a product's name, not a city and a date
    bracket = _BRACKET.match(first_block, m.end() - 1)
    if bracket and not m.group("region") and (":" in bracket.group(1) or (city.title() not in lexicon.places() and city not in lexicon.places()
                                               and bracket.group(1).lower() not in lexicon.wire_services())):
        return None  # "EZCORP (NASDAQ: EZPW), a leading ...", "UPCX (UPC), a developer": a company
    region = (m.group("region") or "").strip()
    upper = city.isupper()
    known = city.title() in lexicon.places() or city in lexicon.places()
    follows_state = region in lexicon.state_codes() or region in lexicon.places()
    if not (upper or known or follows_state) or len(city.split()) > 4:
        return None
    if upper:
        city = " ".join(_city_case(w) for w in city.split())
    if city.lower() in lexicon.common_words() or function_word(city):  # "A 3D model ... (2024)"
        return None
    return lexicon.places().get(city, city)


_PRODUCT_CODE = re.compile(r"-(?!(?:19|20)\d\d\b)\d+\b(?![-/.]\d)")  # "NRX-100" (not "LONDON-2024", a date glued on)


def _city_case(word: str) -> str:
    """A word of a city in capitals, cased: "ST." -> St., "MCLEAN" -> McLean, "MAINZ-KASTEL" -> Mainz-Kastel,
    "O'FALLON" -> O'Fallon."""
    if word == "ST.":
        return "St."
    cased = _after_mark().sub(lambda m: m.group(0).upper(), word.capitalize())
    return "Mc" + cased[2:].capitalize() if cased.startswith("Mc") and len(cased) > 3 else cased


@functools.cache
def _after_mark() -> re.Pattern[str]:
    """A letter that opens a part of a name in capitals: after a hyphen ("Mainz-Kastel"), unless it
    opens a particle ("Stratford-upon-Avon"), and after the apostrophe of a one-letter prefix
    ("O'Fallon", not "St. Mary's")."""
    particles = "|".join(sorted(resources.word_set("place_particles.txt"), key=len, reverse=True))
    return re.compile(rf"(?<=-)(?!(?:{particles})-)[a-z]|(?<=\b[A-Za-z]['’])[a-z]")


def dateline_places(place: str) -> list[str]:
    """The cities of the cleaner's dateline place, as places: "AUSTIN, Texas" -> Austin;
    "WASHINGTON, D.C." -> Washington, D.C.; "LONDON, UK / STOCKHOLM, SWEDEN" -> London,
    Stockholm; "QINGDAO, SHANGHAI and FRANKFURT" -> all three. The state or country after
    a city only locates it."""
    found: list[str] = []
    for segment in _city_segments(place):
        parts = [p.strip() for p in segment.split(",") if p.strip()]
        first = _one_city(segment)
        listed = bool(first) and first[0] in _city_states()
        cities = []
        for p in parts[1:]:
            # a city-state after a listed city is one more: "QINGDAO, SHANGHAI, HONG KONG" (not "KOWLOON, HONG KONG")
            listed = _listed_city(p) or listed and _city_named(p) in _city_states()
            if listed:
                cities.append(_city_named(p))
        for p in first + cities:
            if p not in found:
                found.append(p)
    return found


@functools.cache
def _city_states() -> frozenset[str]:
    """Countries that are cities too: "Hong Kong", "Singapore"."""
    return frozenset(resources.json_data("places.json")["cities"]) & lexicon.countries()


# Between the cities of a dateline: "LONDON / STOCKHOLM", "SAN FRANCISCO & NEW YORK", "DALLAS and KANSAS CITY"
_CITIES_BETWEEN = re.compile(r"\s*/\s*|\s+(?:and|AND|&)\s+")


def _city_segments(place: str) -> list[str]:
    """The place cut between its cities, not inside a name: "ST. JOHN'S, Newfoundland and Labrador" is one."""
    segments: list[str] = []
    start = 0
    for cut in _CITIES_BETWEEN.finditer(place):
        left, right = place[start:cut.start()], place[cut.end():]
        name = f"{left.split(',')[-1].strip()} and {right.split(',')[0].strip()}"
        if name in lexicon.places() or name.title() in lexicon.places():
            continue  # "Newfoundland and Labrador", "Trinidad and Tobago"
        segments.append(left)
        start = cut.end()
    segments.append(place[start:])
    return [s for s in segments if s.strip()]


def _listed_city(part: str) -> bool:
    """A part after a dateline's first city that is a city of its own, not its state or
    country: "SHANGHAI" in "QINGDAO, SHANGHAI" (not "CA", "Texas", "UNITED STATES")."""
    if part in lexicon.state_codes() or part.replace(".", "") in lexicon.state_codes():
        return False
    place = lexicon.places().get(part) or _places_any_case().get(part.lower())
    return place is not None and place not in lexicon.subdivisions() and place not in lexicon.countries()


def _city_named(part: str) -> str | None:
    return lexicon.places().get(part) or _places_any_case().get(part.lower())


@functools.cache
def _places_any_case() -> dict[str, str]:
    """The gazetteer by lower-case name, for datelines in capitals: "hong kong sar" -> Hong Kong."""
    return {name.lower(): place for name, place in lexicon.places().items()}


def _one_city(place: str) -> list[str]:
    """The city opening one dateline place: "IRVINE CA" -> Irvine, "NY, United States" -> New York."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if not parts:
        return []
    city = parts[0]
    if function_word(city):  # "Available October 28 --" read as a dateline
        return []
    ws = city.split()
    if len(ws) > 1 and ws[-1] in lexicon.state_codes():
        city, parts = " ".join(ws[:-1]), [" ".join(ws[:-1]), ws[-1], *parts[1:]]  # "IRVINE CA", "Washington DC"
    elif len(ws) > 1 and city.lower() not in _places_any_case() and (k := _region_words(ws)):
        city, parts = " ".join(ws[:-k]), [" ".join(ws[:-k]), " ".join(ws[-k:]), *parts[1:]]  # "Melbourne Australia"
    cased = " ".join(_city_case(w) for w in city.split()) if city.isupper() else city
    if len(parts) > 1 and parts[1].replace(".", "").upper() == "DC":
        return [f"{cased}, D.C."]
    if city in lexicon.places():
        return [lexicon.places()[city]]  # "NYC", "LA"
    if city in lexicon.state_codes():
        return [lexicon.state_codes()[city]]  # "NY, United States": the state, not "Ny"
    if city.isupper() and city.lower() in _places_any_case():
        return [_places_any_case()[city.lower()]]  # "HONG KONG SAR"
    full = SHORT_WORD.sub(lambda m: SHORT_WORDS[m.group(0)], cased)  # "Ft. Lauderdale" -> Fort Lauderdale
    return [lexicon.places().get(cased) or lexicon.places().get(full, cased)]


def _region_words(ws: list[str]) -> int:
    """How many last words of a dateline's city are a state or country, longest first, so that
    "SANTA FE NEW MEXICO" loses "New Mexico", not just "Mexico" (0 when none)."""
    return next((k for k in (3, 2, 1) if len(ws) > k
                 and lexicon.places().get(" ".join(ws[-k:]).title()) in regions()), 0)


def dateline_end(first_block: str) -> int:
    """Where the text after the dateline's place starts (0 when there is none)."""
    m = _DATELINE.match(first_block)
    if not m or dateline_place(first_block) is None:
        return 0
    return max(m.end("city"), m.end("region") if m.group("region") else 0,
               m.end("country") if m.group("country") else 0)
