"""Generate the list of first names from outside the US census (summarize/data/world_first_names.txt).

The census list (first_names.txt) misses names common in international news and releases
("Liam", "Vladimir", "Mikhail", "Ngozi"). Faker's person providers (MIT) hold curated first
names for some 80 locales; this keeps the ones written in Latin letters that are not already
census names, common words, places or words the participants extractor reads otherwise.

    pip install faker==40.63.0 names==0.3.0
    python scripts/build_first_names.py ../shared/eval/{press_releases_dev,cnndm_val,bbc_dev}.jsonl

The corpora (JSON Lines with a "text" field) only say which names are also words: a name
seen written lower-case mid-sentence twice or more ("Lucky", "Peace", "Indie") is left out.

Run after build_common_words.py and build_participant_data.py, whose files it reads. The
committed file was made with Faker 40.63.0 and names 0.3.0.
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "summarize" / "data"
_MIN_LENGTH = 3
_MAX_LOWER = 1  # lower-case uses a name may have in the corpora
_WORD = re.compile(r"(?<![\w.@/-])([^\W\d_]{2,})(?![\w@/-])")
# Names that lead other kinds of names in English text ("Kaiser Permanente", "Wadi Rum", "Pak Mail", "Cal Arts").
_NOT_LEADING_PEOPLE = frozenset({"Kaiser", "Wadi", "Pak", "Cal"})


def _latin(name: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in name)


def _words(*files: str) -> frozenset[str]:
    out = set()
    for f in files:
        for line in (DATA / f).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.add(line.split(":")[0].strip().lower())  # "Afghan: Afghanistan" gives "afghan"
    return frozenset(out)


def _places() -> frozenset[str]:
    places = json.loads((DATA / "places.json").read_text(encoding="utf-8"))
    out = set()
    for table in places.values():  # cities are a list, countries and states map names to aliases
        for name in table:
            out.update(n.lower() for n in [name, *(table[name] if isinstance(table, dict) else ())])
    return frozenset(out)


def faker_first_names() -> dict[str, set[str]]:
    """First name -> the Faker locales that list it."""
    import faker.providers.person as person

    out: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            value = getattr(provider, attr)
            if attr.startswith("first_names") and isinstance(value, (dict, list, tuple)):
                for name in (value.keys() if isinstance(value, dict) else value):
                    if isinstance(name, str) and name[:1].isupper() and _latin(name):
                        out.setdefault(name, set()).add(module.name)
    return out


def _census_surnames(top: int = 20_000) -> frozenset[str]:
    from build_participant_data import census_surnames  # (this script's folder is on the path)

    return frozenset(name.title() for name in census_surnames(top))


def _trusted(name: str, locales: set[str], surnames: frozenset[str]) -> bool:
    """A name one country's list holds alone may be a surname or a word in English text
    ("Buhari", "Nazi"), and Faker's generic "en" list mixes in surnames and places ("Jones",
    "York"). So a name needs two countries' lists, or an English-speaking country's, or a
    country's and the generic one; and two countries' lists when it is a frequent US surname
    too ("Collins", "Hudson")."""
    countries = locales - {"en", "en_US"}
    if name in surnames or len(countries) >= 2:
        return len(countries) >= 2
    return bool(countries) and ("en" in locales or next(iter(countries)).startswith("en_"))


def lower_case_uses(paths: list[str]) -> Counter[str]:
    """How often each word is written lower-case, not opening a sentence."""
    out: Counter[str] = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                for sentence in re.split(r"(?<=[.!?:])\s+|\n+", json.loads(line)["text"]):
                    out.update(m.group(1) for m in list(_WORD.finditer(sentence))[1:] if m.group(1).islower())
    return out


def world_first_names(corpora: list[str]) -> list[str]:
    known = _words("first_names.txt", "common_words.txt", "titles.txt", "honorifics.txt", "org_words.txt",
                   "non_names.txt", "demonyms.txt", "peoples.txt", "capitals.txt", "abbreviations.txt") | _places()
    surnames, lower = _census_surnames(), lower_case_uses(corpora)
    return sorted(n for n, locales in faker_first_names().items()
                  if len(n) >= _MIN_LENGTH and n.lower() not in known and n not in _NOT_LEADING_PEOPLE
                  and lower[n.lower()] <= _MAX_LOWER and _trusted(n, locales, surnames))


def main(corpora: list[str]) -> None:
    header = ("# First names from Faker's person providers (MIT), Latin letters, not in first_names.txt.\n"
              "# Generated by scripts/build_first_names.py; names written lower-case in news are left out.\n")
    (DATA / "world_first_names.txt").write_text(header + "\n".join(world_first_names(corpora)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
