"""Places: countries, states, cities and regions named in the release's sentences.

A place comes from the gazetteer (summarize/data/places.json, generated from pycountry
and GeoNames, plus place_aliases.txt), from a demonym ("Azerbaijani forces" ->
Azerbaijan), or from the "City, ST" shape ("Fort Worth, TX"). The dateline's city is read
apart, in dateline_cities.py.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .demonyms import demonym_country
from .names import Span, looks_like_person, quoted_alone

# Words no city name holds: "MD for Germany, Austria and Switzerland".
_NO_CITY_WORD = re.compile(r"\s(?:for|and|the|with|from|at)\s")
_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December)$")
# A speaker: "said Jane Roe, PR and Communications Manager" names a person, not "Roe, PR".
_SAID = re.compile(r"\b(?:said|says|according to)\s+$")
# The state or country is the start of a longer name: "Pretty Vibe, Las Vegas Services".
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
_DIRECTIONS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                         "Northeast", "Northwest", "Southeast", "Southwest", "Upstate", "Downstate"})
# "Fort Worth, TX" or "Atlanta, Georgia": the part before the comma is a city.
_CITY_STATE = re.compile(r"^,\s*(?P<state>[A-Z]\.[A-Z][a-z]?\.|[A-Z][a-z]{1,4}\.(?=[\s,;)]|$)|[A-Z]{2}\b(?!-(?!based))"
                         r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b)")  # "N.Y.", "Minn.", "TX", "New Mexico"


# Words a place's name writes short: "Ft. Lauderdale", "Mt. Vernon", "Pt. Pleasant".
SHORT_WORDS = {"Ft.": "Fort", "Mt.": "Mount", "Pt.": "Point"}
SHORT_WORD = re.compile(r"\b(?:Ft|Mt|Pt)\.")


# The word after a city's comma, which may finish its name: "Washington, D.C.".
_WITH_DISTRICT = re.compile(r",\s*([A-Z][\w.]*)")
# A brand's inner capital ("TikTok", "YouTube"); not a name's ("McAllen", "DeKalb", "LaGrange").
_INITIAL = re.compile(r"[A-Z]\.\s")
_CAMEL = re.compile(r"\b(?!Mc|Mac|De|La|Le|Di|Du|Van|Fitz)[A-Z][a-z]+[A-Z]")


def place_of(span: Span, sentence: str) -> str | None:
    """The place a span names, if any: gazetteer, demonym, or "City, ST" shape."""
    text = span.text
    known = lexicon.places()
    if sentence[span.start - 1:span.start] in _QUOTES and quoted_alone(sentence, span):
        return None  # the 1993 film "Philadelphia", the song "Galway Girl": a work's title
    if sentence.endswith("of ", 0, span.start) and _FIRM_OF.search(sentence, max(0, span.start - 40), span.start):
        return None  # "Lloyd's of London", "Harrods of London": a firm's name
    whole = _WITH_DISTRICT.match(sentence, span.end)
    if whole and f"{text}, {whole.group(1)}" in known:
        return known[f"{text}, {whole.group(1)}"]  # "Washington, D.C.": a city named with its district
    joined = _joined_name(span, sentence)
    if joined:
        return joined
    if sentence.endswith("mid-", 0, span.start) and f"Mid-{text}" in known:
        return known[f"Mid-{text}"]  # "the mid-Atlantic region": the Mid-Atlantic, not the ocean (but "mid-Ohio": Ohio)
    if text in known:
        if _dish(span, sentence):
            return None  # "chicken Kiev", "Brussels sprouts": a dish, not the city
        if text in lexicon.first_names() and _KIN_BEFORE.search(sentence, max(0, span.start - 16), span.start):
            return None  # "his daughter Victoria", "the titular Hamilton": a person named like a place
        return None if _club(span, sentence, known[text]) else known[text]
    if text in lexicon.demonyms():
        return demonym_country(span, sentence)
    if (sentence.startswith(" area", span.end) or sentence.startswith(" region", span.end)) and (area := _area(span, sentence)):
        return area
    if text.endswith(PLACE_UNITS) and _COUNTY.fullmatch(text):
        return _county(text)  # "Augusta County", "Bucks County": a county is a place, whatever its name
    article, _, rest = text.partition(" ")
    if article in _DIRECTIONS and rest in known:
        return text  # "Southern Oklahoma", "East Texas", "North London": a part of a known place
    if (span.start <= 1 and sentence.startswith(" ", span.end) and rest in known and known[rest] in regions()
            and lexicon.is_function_word(article) and article not in _MODAL_NAMES):
        return known[rest]  # "Three Florida police officers", "Many Texas residents" (not "Will Jordan said"): a word opening the sentence
    if (article in ("the", "The", "A", "An") or article.lower() in resources.word_set("place_prepositions.txt")) and rest:
        # "The UK", "A Flint, Michigan, plant", "Near Digne, France" (a preposition opening the sentence)
        if rest in known:
            if article == "The" and known[rest] not in lexicon.countries() and _MID_SENTENCE.search(sentence, 0, span.start):
                return None  # "a story in The Atlantic", "wrote for The Pacific": a title (not "in The Netherlands")
            return known[rest]
        text = rest
    if (sentence.endswith(" in ", 0, span.start) and _BASED_IN.search(sentence, max(0, span.start - 20), span.start)
            and _a_town_name(span, sentence)):
        return _without_region(text)  # "a network based in Leicester", "headquartered in Elsenfeld": a town the gazetteer lacks
    if ((sentence.startswith(" and ", span.end) or sentence.endswith(" and ", 0, span.start))
            and _listed_with_city(span, sentence)):
        return text  # "offices in Auburn and San Francisco": a town the gazetteer lacks, listed with a city
    if not sentence.startswith(",", span.end):
        return None  # what is left is the "City, ST" shape, and most spans have no comma after
    m = _CITY_STATE.match(sentence[span.end:])
    if (m and len(span.text.split()) <= 3 and not span.possessive and not _STREET.search(text)
            and not function_word(text)  # "However, Texas regulators said"
            and not (text.endswith("ly") and (text.lower() in lexicon.common_words()
                                              or text.lower()[:-2] in lexicon.common_words()))  # "Initially, Scotland", "Similarly, Wales"
            and text not in lexicon.non_names()  # "On Friday, Turkmenistan acted": a day, not a city
            and not any(w.lower() in lexicon.title_words() for w in text.split())
            and not _CAMEL.search(text)  # "From the Wall Street Journal to TikTok, PR to social"
            and not _INITIAL.search(text)  # "G. J. Meyer, New York Times ...", "Christie E. Matter, MD"
            and not _NO_CITY_WORD.search(text)  # "MD for Germany, Austria and Switzerland"
            and not _MONTH_WORD.search(text)  # "Last April, Milwaukee police"
            and not _SAID.search(sentence, 0, span.start)  # "said Edrian Ostulano, PR and Communications"
            and not (_NAME_GOES_ON.match(sentence, span.end + m.end())  # "Gumbo, New Orleans Saints"
                     and _state(m) not in lexicon.state_codes())  # (not "Greenville, SC Bon Secours Arena")
            and not (text.isupper() and len(text) <= 3)  # "AI, AR and VR", "PC, Mobile and Consoles": acronyms
            and not _HYPHEN_ADJECTIVE.search(text)  # "The Brazilian-born, Miami-based designer"
            and not _CREDENTIALS.match(sentence, span.end + m.end())  # "Jane Roe, MD, FACC": degrees, not Maryland
            and (not looks_like_person(text) or _LOCATIVE.search(sentence[:span.start]) and _a_state(_state(m)))):
        state = _state(m)
        owned = _OWNED.match(sentence, span.end + m.end())
        nation = known.get(state) in lexicon.countries() or state in _NATIONS
        if nation and _CLAUSE_AFTER.match(sentence, span.end + m.end()):
            return None  # "prepare for the World Cup, England dismissed ...": the country opens a clause
        if owned and not owned.group(1) and (nation or not _a_state(state)):
            return None  # "posted on Weibo, China's equivalent", "Wales' scorer"; not "Tunis, Tunisia's capital"
        if _a_state(state):
            return text  # "Fort Worth, TX", "Selma, Alabama's bridge"
        if owned and owned.group(1) in _RANKS and not _SETTLEMENT.match(sentence, owned.end()):
            return None  # "Sumitomo, Japan's third-largest bank" (not "Osaka, Japan's second city")
        if known.get(state) in lexicon.countries() or (
                state in known and state not in _CITY_WORDS and text not in lexicon.first_names()  # "Rafael, Miami has"
                and text.split()[0] not in lexicon.demonyms()  # "the Australian GP, Melbourne"
                and text.lower() not in lexicon.common_words()  # "the firm's Options, Europe and Asia Pacific segments"
                and not any(w in lexicon.not_org_heads() or w[:-1] in lexicon.not_org_heads() for w in text.split())):
            return text  # "Lyon, France"; a list of cities, "Tunis, Johannesburg" (not "NFL Owners Meetings, San Diego")
    return None


@functools.cache
def _dish_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before and after a place that make it a dish (data/dishes.txt)."""
    entries = resources.lines("dishes.txt")
    before = [e[:-1].strip() for e in entries if e.endswith("*")]
    after = [e[1:].strip() for e in entries if e.startswith("*")]
    return (re.compile(r"\b(?:" + "|".join(before) + r")\s+$"),  # "chicken " before "Kiev"
            re.compile(r"\s+(?:" + "|".join(after) + r")\b"))  # " sprouts" after "Brussels"


def _dish(span: Span, sentence: str) -> bool:
    """A place named in a dish's name: "chicken Kiev", "beef Wellington", "Brussels sprouts"."""
    before, after = _dish_patterns()
    return bool(after.match(sentence, span.end) or before.search(sentence, max(0, span.start - 10), span.start))


# A participle that places what it follows: "based in", "headquartered in".
_BASED_IN = re.compile(r"\b(?:based|located|headquartered|situated)\s+in\s+$")
# Modal verbs that are also first names: "Will Jordan said" names a person, not Jordan.
_MODAL_NAMES = frozenset({"Will", "May", "Can"})


def _without_region(text: str) -> str:
    """The town without the state or country written after it, comma lost: "Scottsdale Arizona" -> Scottsdale."""
    ws = text.split()
    for k in range(1, len(ws)):
        if lexicon.places().get(" ".join(ws[k:])) in regions():
            return " ".join(ws[:k])
    return text


def _a_town_name(span: Span, sentence: str) -> bool:
    """A name that can be a town's: not a street, a suite, a building or a venue ("located in Suite 216",
    "in Victoria Street"), an organization's, a common word or a people, nor the head of a longer
    name ("based in Casal di Principe" is cut)."""
    ws = span.text.split()
    return not (_no_town_shape(span, sentence) or _STREET.search(span.text)
                or ws[-1] in resources.word_set("venue_words.txt", lower=False)
                or any(w in lexicon.org_words() for w in ws) or _INNER_AFTER.match(sentence, span.end))


def _no_town_shape(span: Span, sentence: str) -> bool:
    """What no town the gazetteer lacks looks like, whatever the cue: more than three words, a
    possessive, capitals or camel case, a word joined by "-" or "/" after it, common words only,
    a function word, a people's word, or a person's name."""
    ws = span.text.split()
    return (len(ws) > 3 or span.possessive or span.text.isupper() or _CAMEL.search(span.text) is not None
            or sentence[span.end:span.end + 1] in "-/"
            or all(w.lower() in lexicon.common_words() for w in ws)  # "in Marketing and Sales" (not "Quillby Falls")
            or any(lexicon.is_function_word(w) or w in lexicon.demonyms() or w in lexicon.peoples() for w in ws)
            or looks_like_person(span.text))


# A preposition of place, then a list of names: "offices in Auburn and", "in Quarrow Springs, Reno and"
# (words apart by spaces only, so a word in capitals is never split at each letter: no backtracking).
_IN_LIST = re.compile(r"\b(?:in|near|across|throughout|between)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*)*$")
# A list of names before "and": "in Reno, Boise and " (each name between commas looked up).
_LIST_BEFORE = re.compile(r"\b(?:in|near|across|throughout|between)\s+((?:[A-Z][\w'’.-]*[\s,]+){1,8})and $")
_NAME_AFTER_AND = re.compile(r" and ((?:St\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _listed_with_city(span: Span, sentence: str) -> bool:
    """A name the gazetteer lacks, after a preposition of place and beside a city in a list: "our
    offices in Auburn and San Francisco", "in Reno, Boise and Quillby". Not a common word ("in
    Marketing and Sales"), a first name, nor a name beside a country ("in Jordan and Israel" is
    read as known; "in Acme and Canada" says nothing)."""
    ws = span.text.split()
    if _no_town_shape(span, sentence) or any(w in _DIRECTIONS for w in ws) or ws[0] in lexicon.first_names():
        return False  # (not "in Europe and College/Non-commercial radio", "in Europe and Muslim lands", "North and South")
    after = _NAME_AFTER_AND.match(sentence, span.end)
    if after and _IN_LIST.search(sentence, max(0, span.start - 80), span.start):
        return _a_city(after.group(1))  # the whole name after "and" ("in Quarrow and Boston Dynamics" is no list of cities)
    before = sentence.endswith(" and ", 0, span.start) and _LIST_BEFORE.search(sentence, max(0, span.start - 100), span.start)
    if (not before or _WORD_AFTER_NAME.match(sentence, span.end)
            or _CAPITAL_BEFORE.search(sentence, max(0, before.start() - 30), before.start())):
        return False  # (not "Stella in San Tan Valley, and South Bridge Marketplace in Maricopa": a venue and its town)
    names = [name.strip() for name in before.group(1).split(",") if name.strip()]
    # (not "in Boston, Makers Fund, Vessel Ventures and SonicSVM": a list of firms)
    return any(_a_city(name) for name in names) and not any(w in lexicon.org_words() for name in names for w in name.split())


# A name before the preposition: "Aesthetic Center in Plano and Quarrow Dermatology": a venue in its town, then another.
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.&-]*\s+$")
# After a name, a word that says it is no town of the list: "South Bridge Marketplace in Maricopa", "Muslim lands".
_WORD_AFTER_NAME = re.compile(r" (?:in|at|on)\b| (?!(?:to|for|with|and|or|as|by|since|this|last|next)\b)[a-z]")


def _a_city(name: str) -> bool:
    """A known city, neither a state nor a country."""
    place = lexicon.places().get(name)
    return place is not None and place not in regions()


_QUOTES = frozenset("\"“‘'")
# A firm named for its founder and its city: "Lloyd's of London".
_FIRM_OF = re.compile(r"[A-Z][\w&-]*['’]s of $")
# A capital "The" in mid-sentence opens a title: "a story released by The Atlantic" (after a lower-case word or a comma).
_MID_SENTENCE = re.compile(r"[a-z,]\s+$")


# A lower-case word inside a place's name, which cuts it into two spans: "Trinidad and Tobago",
# "Bosnia and Herzegovina", "Dar es Salaam", "Newfoundland and Labrador".
_INNER = r"\s+(?:and|es|el|de|da|do|la|al)\s+"
_INNER_AFTER = re.compile(_INNER + r"([A-Z][\w'’-]*)")
_INNER_BEFORE = re.compile(r"([A-Z][\w'’-]*" + _INNER + r")$")


def _joined_name(span: Span, sentence: str) -> str | None:
    """The place whose name the span starts or ends, across a lower-case word: either half
    of "Trinidad and Tobago" gives Trinidad and Tobago."""
    after = _INNER_AFTER.match(sentence, span.end)
    before = None if after else _INNER_BEFORE.search(sentence, max(0, span.start - 30), span.start)
    before = before or _AFTER_SLASH.search(sentence, max(0, span.start - 12), span.start)
    name = span.text + sentence[span.end:after.end()] if after else before.group(1) + span.text if before else None
    return lexicon.places().get(name) if name else None


# A city's first word after a slash, which the span leaves out: "Dallas/Fort Worth", "Minneapolis/St. Paul"
_AFTER_SLASH = re.compile(r"(?<=/)([A-Z][\w.]*\s+)$")


def named_whole(places: list[str]) -> list[str]:
    """The places less a city named again with its district: "Washington" goes when
    "Washington, D.C." is there (a "WASHINGTON" dateline, "in Washington, D.C., ..."), which
    takes its rank."""
    whole = {p.partition(",")[0]: p for p in places if "," in p}
    if not whole:
        return places
    out: list[str] = []
    for p in places:  # the whole name takes the city's place: a dateline's stays first
        p = whole.get(p, p)
        if p not in out:
            out.append(p)
    return out


def joined_places(text: str) -> list[str]:
    """The places of a hyphenated pair, or of one joined by "&", when every part is one:
    "Israel-Iran" -> Israel, Iran; "Middle East & Africa" -> Middle East, Africa."""
    parts = text.split(" & ") if " & " in text else text.split("-")
    known = lexicon.places()
    return [known[p] for p in parts] if len(parts) > 1 and all(p in known for p in parts) else []


# The second city of a pair after "/" or "-", abbreviated or not: "/Durham", "/Ft. Worth", "-St. Paul".
_PAIRED = re.compile(r"[-/]((?:(?:St|Ft|Mt|Pt)\.\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})")


def paired_places(span: Span, sentence: str) -> list[str]:
    """Two places written as a pair, which the spans cut apart: "Raleigh/Durham" -> Raleigh,
    Durham; "Dallas/Ft. Worth" -> Dallas, Fort Worth; "Minneapolis-St. Paul" -> Minneapolis,
    Saint Paul. The first part must be a place ("and/or Fort Worth" is no pair)."""
    known = lexicon.places()
    left = span.text.partition("-")[0] if "-" in span.text else span.text
    if left not in known or " " in span.text[len(left):]:  # (not "Asia-Pacific Broadcasting Union", a body)
        return []
    m = _PAIRED.match(sentence, span.start + len(left))
    if not m:
        return []
    ws = m.group(1).split()
    for k in range(len(ws), 0, -1):
        name = " ".join(ws[:k])
        place = known.get(name) or known.get(SHORT_WORD.sub(lambda w: SHORT_WORDS[w.group(0)], name))
        if place:
            return [known[left], place]
    return []


# "serving the Tidewater area", "in the Hudson Valley region": a place the gazetteer lacks, named as an area.
_AREA_BEFORE = re.compile(r"\b(?:in|across|throughout|serving|serves|serve|served|serviced|around|to|near|from|within) the $")
# (not "from the Investor Relations area of our website", "the Innovation Pavilion area at CES")
_AREA_AFTER = re.compile(r" (?:area|region)\b(?!-| (?:of|at|on) (?:the|our|its|their|your|this)\b| at [A-Z])")


def _area(span: Span, sentence: str) -> str | None:
    """A name written as an area after a preposition: "in the Tidewater area" -> Tidewater; not an
    acronym ("the MENA region"), a people ("the Arab region") or a direction ("the Northeast region")."""
    text = span.text
    if (not _AREA_AFTER.match(sentence, span.end) or not _AREA_BEFORE.search(sentence, max(0, span.start - 16), span.start)
            or text.isupper() or span.possessive or joined_places(text)):
        return None  # (a pair of places is both: "the Afghanistan-Pakistan region")
    ws = text.split()
    if any(w in lexicon.demonyms() or w in lexicon.peoples() for w in ws) or all(w in _DIRECTIONS or w in _AREA_WORDS for w in ws):
        return None
    if all(w.lower() in lexicon.common_words() for w in ws):
        return None  # "to the Members area", "in the Innovation Pavilion area": a part of a site or a hall
    return text


_AREA_WORDS = frozenset({"Far", "Greater", "Gulf", "Metro", "Upper", "Lower", "Mid", "Inner", "Outer"})


def _a_state(name: str) -> bool:
    """A state or province, by name or code: "TX", "Minn.", "Florida", "Ontario"."""
    return name in lexicon.state_codes() or lexicon.places().get(name) in lexicon.subdivisions()


def _county(text: str) -> str | None:
    """The county without a word glued before it: "Serving Berks County" -> Berks County."""
    ws = text.split()
    while len(ws) > 2 and (lexicon.is_function_word(ws[0]) or ws[0].lower() in lexicon.common_words()):
        ws = ws[1:]
    if lexicon.is_function_word(ws[0]) or ws[0].lower() in lexicon.common_words():
        return None  # "The County", "Each Township"
    return " ".join(ws)


def function_word(text: str) -> bool:
    """One function word or sentence starter: "However", "Available", "A"."""
    return " " not in text and lexicon.is_function_word(text)


def state_after(span: Span, sentence: str) -> str | None:
    """The state or country written after a city: "Atlanta, Georgia" -> Georgia."""
    m = _CITY_STATE.match(sentence[span.end:])
    state = _state(m) if m else None
    if state in lexicon.places():
        return lexicon.places()[state]
    return lexicon.state_codes().get(state) if state and state.endswith(".") else None


def city_in_state(span: Span, sentence: str) -> bool:
    """ "in X, <state>": a city whatever its words look like ("in Falls Church, Virginia")."""
    return sentence.endswith(("in ", "In "), 0, span.start) and state_after(span, sentence) in lexicon.subdivisions()


def _state(m: re.Match[str]) -> str:
    """The state after "City, ": "Minn." keeps its period, "India." at a sentence's end not."""
    state = m.group("state")
    return state if not state.endswith(".") or state in lexicon.state_codes() else state[:-1]


# Units of local government: "Augusta County", "Upper Saucon Township" are places, never people.
PLACE_UNITS = ("County", "Parish", "Township", "Borough")
_COUNTY = re.compile(rf"(?:[A-Z][\w'’.-]*\s+){{1,2}}(?:{'|'.join(PLACE_UNITS)})")
_OWNED = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:(capital|city|largest|biggest|second|third|main|port|town|northern|southern|"
                    r"eastern|western|central|commercial|financial|economic|coastal|ancient|holy)\b)?")
# A rank says what the city is only with a settlement word after it: "second city", "largest port".
_RANKS = frozenset({"largest", "biggest", "second", "third", "main"})
_SETTLEMENT = re.compile(r"(?:[-\w]+\s+){0,2}?(?:city|town|port|capital|metropolis|village|urban|municipality)\b")
# A lower-case word after "X, <country>" that is neither a preposition nor a time: the country
# is the subject of a new clause ("Like Tunisia, Libya saw ...", "in Serie B, US investors are").
_CLAUSE_AFTER = re.compile(r"\s+(?!(?:and|or|in|on|at|for|with|from|to|near|where|which|who|when|during|since|until|by|"
                           r"last|this|next|yesterday|today|earlier|later|area|region|based)\b)[a-z]")
# Subdivisions written as countries: "the World Cup, Wales have ..." opens a clause as a country does.
_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
# After a city, what says it is a club of its name: its staff or players ("Newcastle boss Ann Roe",
# "Leeds' striker"), a result ("Barcelona beat Lyon 2-1").
# A state's college team too: "Michigan's quarterback", "Kentucky players", "Georgia beat Auburn", "Ohio 24-17".
_CLUB_AFTER = re.compile(r"(?:['’]s?)?\s+(?:boss|manager|coach|striker|midfielder|defender|goalkeeper|keeper|winger|skipper|"
                         r"full-back|centre-back|beat|thrashed|drew|quarterback|linebacker|point guard|running back|"
                         r"basketball|football|players)\b"
                         r"|\s+\d{1,3}-\d{1,3}(?![\d-])(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?!\w))")  # (not "Dubai 12-14 October")
# Before a city, a result against its club: "a 3-0 win over Leeds", "beat Newcastle", "lost to Valencia".
_CLUB_BEFORE = re.compile(r"\b(?:beat|beating|beaten by|lost to|losing to|drew with|draw with|defeated|thrashed|"
                          r"win over|victory over|defeat to|defeat by|defeat at)\s+$")
# An owner before the city makes it an office's: "Acme's London manager", "our Boston coach".
_OWNER_BEFORE = re.compile(r"(?:['’]s?|\b(?i:our|its|their|his|her|your|my))\s+$")


def _club(span: Span, sentence: str, place: str) -> bool:
    """A city or a state named for the sports club of its name: "Newcastle boss Ann Roe", "Barcelona beat
    Lyon 2-1", "a 3-0 win over Leeds", "Michigan's quarterback" (not a country, whose side plays for it)."""
    return ((_CLUB_AFTER.match(sentence, span.end) is not None or _CLUB_BEFORE.search(sentence, max(0, span.start - 16), span.start))
            and place not in lexicon.countries() and place not in _NATIONS  # a national side: "England coach"
            and not _OWNER_BEFORE.search(sentence, max(0, span.start - 8), span.start))


_KIN_BEFORE = re.compile(r"\b(?:daughter|son|wife|husband|brother|sister|mother|father|mom|dad|grandson|granddaughter|"
                         r"grandmother|grandfather|niece|nephew|cousin|widow|girlfriend|boyfriend|fianc[eé]e?|titular|"
                         r"teenager|youngster|boy|girl|baby|toddler|friend|classmate|teammate)\s+$")
_HYPHEN_ADJECTIVE = re.compile(r"-(?:born|based|bred|raised|grown|owned|made|style|era|led|backed)\b")
_CREDENTIALS = re.compile(r"\s*,\s*(?:[A-Z]{2,5}|Ph\.?D\.?)(?:[,;)]|\.?$)")  # ", FACC,", ", PhD"
# "in Santa Cruz, CA": a preposition of place before "Name Name, ST" makes it a city.
_LOCATIVE = re.compile(r"\b(?:in|from|near)\s+$")
# Street words: "McMillan Parkway, TX" is an address, not a city.
_STREET = re.compile(r"\b(?:Parkway|Pkwy|Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Drive|Dr|Lane|Ln|"
                     r"Highway|Hwy|Way|Suite|Plaza|Court|Ct|Place|Pl|Floor|Building)\b|\d")


def is_qualifier(span: Span, sentence: str) -> bool:
    """The state or country that only qualifies a city: "Texas" in "Cleveland, Texas"; not a
    city after another in a list ("Charlotte, Chicago, Denver"), nor a state after an opener
    ("Meanwhile, Texas regulators")."""
    qualified = _QUALIFIED_CITY.search(sentence, max(0, span.start - 60), span.start)
    if not qualified or function_word(qualified.group(1)):
        return False
    if f"{qualified.group(1)}, {span.text}" in lexicon.places():
        return True  # "D.C." in "Washington, D.C.", which the city's span names whole
    if _region(qualified.group(0).rstrip(", ")):
        return False  # a list of states or countries: "Colorado, Illinois, Indiana", "South Dakota, Utah"
    region = lexicon.places().get(span.text, span.text)
    return region in lexicon.subdivisions() or region in lexicon.countries() or region not in lexicon.places()


def _region(words: str) -> bool:
    """The last words name a state or a country: "Colorado", "in South Dakota", "TX" (so
    "Plano, TX, Provo, Utah" lists two cities: Provo qualifies no state)."""
    ws = words.split()
    return ws[-1] in lexicon.state_codes() or any(lexicon.places().get(" ".join(ws[-k:])) in regions()
                                                  for k in range(1, min(3, len(ws)) + 1))


@functools.cache
def regions() -> frozenset[str]:
    """The states, provinces and countries: the places that only locate a city."""
    return lexicon.subdivisions() | lexicon.countries()


_QUALIFIED_CITY = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,2}([A-Z][\w.]*),\s*$")
# Names that are places but, after a comma, usually start a new list item.
_CITY_WORDS = frozenset({"Inc", "Corp", "Ltd", "LLC"})
