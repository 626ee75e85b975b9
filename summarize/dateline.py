"""The dateline: where and when, and through which wire, at the start of the first paragraph.

Real forms: "LAS VEGAS - (NewMediaWire) - January 2, 2025 -", "BAKU, Nov. 27 (Reuters) -",
"WASHINGTON, D.C. --", "ATLANTA, GA, July 23, 2024 /24-7PressRelease/ --",
"Houston, TX (Newsworthy.ai) Wednesday Jul 23, 2025 @ 7:00 AM US/Central --",
"SEATTLE--(BUSINESS WIRE)--". The text is read as a sequence of parts (place, date, wire)
joined by separators; the wire is dropped, place and date become fields.
"""
from __future__ import annotations

import datetime
import re

from . import lexicon, resources
from .models import Dateline

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH = _MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WEEKDAY = _WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# a time after the date: "@ 8:00 AM America/Toronto", "10:50", "9:00 a.m. ET"
_TIME = r"(?:\s*(?:@|at)?\s*\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z][A-Za-z_]+/[A-Za-z_/]+|Pacific|Eastern|Central|Mountain|[A-Z]{2,4})\b)?)?"

# (name, pattern): the parts a dateline is made of, tried in this order at each position.
PARTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "January 2, 2025", "Nov. 27", "Wednesday Jan 15, 2025 @ 8:00 AM America/Toronto", "[November 7, 2024]"
    # (the day may be glued to the month before a year, as typed in a hurry: "January28, 2025")
    ("date", re.compile(rf"\[?{_WEEKDAY}(?P<month>{_MONTH})(?:\s+|(?=\d{{1,2}},?\s+(?:19|20)\d\d)){_DAY}(?:,?\s+{_YEAR})?{_TIME}\]?", re.I)),
    # "17 June 2026", "12th December" (as "Nov. 27" above, no year: no ISO date)
    ("date", re.compile(rf"\[?{_WEEKDAY}{_DAY}\s+(?P<month>{_MONTH})(?:,?\s+{_YEAR})?{_TIME}\]?", re.I)),
    # "2025-01-02"
    ("date", re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)")),
    # "(NewMediaWire)", "(BUSINESS WIRE)", "/24-7PressRelease/", "/ PR Karma /", "[Noticias Newswire]"
    ("wire", _WIRE_IN_BRACKETS := re.compile(r"\((?P<wire>[^()\n]{2,40})\)|/(?P<wire5>[^/\s]{2,40})/|/\s?(?P<wire2>[^/\n\d]{2,100}?)\s?/(?!/)|/(?P<wire4>[^/\s,]{2,40})(?=\s+--)|\[(?P<wire3>[^\]\n]{2,40})\]")),
    # a wire named without brackets: "Media OutReach Newswire", "PRISM MediaWire (Press Release Service)"
    ("wire", re.compile(r"(?:[A-Z][\w.-]*\s){0,3}(?:[A-Z][a-z]+)?(?:News\s?[Ww]ire|NEWSWIRE|Wire|WIRE)\b"
                        r"(?:\s+\([^()\n]{2,80}\))?")),
)
# separators between parts: " - ", " -- ", "\u2014", ", ", " / ", "--", " | "
_SEP = re.compile(r"\s*(?:--|[\u2013\u2014]|-|,|:|/|\|(?=\s))?\s*")
_DASH_END = re.compile(r"\s*(?:--|[\u2013\u2014]|-(?=\s)|:(?=\s)|/(?=\s)|\|(?=\s))\s*")
# the place: capitalized words joined by commas, "/", "&" or "and", never a month before a
# number: "WASHINGTON, D.C.", "Jacksons Point, Ontario, Canada", "LONDON, UK / STOCKHOLM, SWEDEN"
# (a hyphenated name may hold a lower-case particle: "Seyne-les-Alpes", "Stratford-upon-Avon")
_WORD = rf"(?!{_MONTH}\s+\d)[A-Z][\w.'&]*(?:-(?:(?:les|la|le|de|des|du|en|sur|upon|on|am|im)-)?[A-Z][\w.']*)*"
_PLACE = re.compile(rf"{_WORD}(?:(?:,\s*|\s+|\s*[/&]\s*|\s+and\s+)(?:{_WORD}|(?:de|del|la|of|on|upon)(?!\w))){{0,8}}")
# ... "U.S.", "A.J.", an acronym ("(CNN)NASCAR announced"), "I'm"
_GLUED_START = re.compile(r"[A-Z][a-z]|[AI]\s|[A-Z]\.[A-Z]\.|\"[A-Z]|[“‘]?\d|[A-Z]{2,}(?=[\s,'’])|I['’]")
_SENTENCE_START = re.compile(r"[\"'(A-Z0-9\u00c0-\u00de$\u20ac\u00a3]")
_MAX_PLACE = 70
_EMBEDDED_WITHIN = 250  # characters of a paragraph searched for a glued dateline
_EMBEDDED_WORDS = 40  # at most this many words before it (a subheadline or a caption)
_COMMA_END = re.compile(r",\s+(?=[A-Z])")
_DATE_PERIOD = re.compile(r" ?\.\s(?=[A-Z])")  # (" ." in CNN's "March 10, 2015 . We're ...")
# A label before the date, not a place: "Release Date: September 29, 2025".
_DATE_LABEL = re.compile(r"(?:(?:Release|Publication|Publish|Issue|Posting)\s+)?Date[ds]?|Released|Posted|Published"
                         r"|Updated|Issued|Embargoed(?:\s+[Uu]ntil)?|For\s+[Rr]elease", re.IGNORECASE)


# A dateline on a line of its own as some wires' forms print it, the place typed by hand:
# "Santa clara, CA - March 24, 2026", "Estr. da Quinta do Lago, Portugal - January 30, 2026
# / Acme /", "-, United States - November 21, 2025 / Acme /" (the city left empty).
_OWN_LINE = re.compile(rf"[\s,-]*(?P<place>(?:\d{{1,5}}[A-Za-z]?\s+)?[^\W\d_][\w.'’&-]*(?:,?\s+[^\W\d_][\w.'’&-]*){{0,7}})"
                       rf"\s*(?:--|[-–—])\s*(?P<date>{_WEEKDAY}{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)"
                       r"\s*(?:/[^/\n]{1,80}/)?\s*")
_OWN_LINE_LONGEST = 160
# Words of a place left in lower case when the rest is capitalized: "Quinta do Lago".
_PLACE_PARTICLES = frozenset("da das de del della der des di do dos du la le les of on upon van von".split())


def _without_address(place: str) -> str:
    """The place without the street address typed before it: "Estr. da Quinta do Lago,
    Portugal" -> "Portugal", "12 Harbour Road, Townville, UK" -> "Townville, UK"."""
    parts = place.split(", ")
    streets = resources.word_set("street_words.txt")
    while len(parts) > 1 and any(w.rstrip(".").lower() in streets for w in parts[0].split()):
        parts.pop(0)
    return ", ".join(parts)


def own_line(paragraph: str) -> tuple[Dateline, str] | None:
    """A line that is nothing but a place typed freely, a dash, a date and maybe a wire, or None."""
    if len(paragraph) > _OWN_LINE_LONGEST:
        return None
    found = _OWN_LINE.fullmatch(paragraph)
    if not found or "," not in paragraph[: found.end("place")] or len(found.group("place")) > _MAX_PLACE:
        return None  # (a comma: "City, Region"; not "Release date - May 3, 2025" or a fragment)
    words = _without_address(found.group("place")).split(" ")
    if words[0][:1].isdigit():
        return None  # a number that opens no street address: "2 Days, Left - May 4, 2026"
    place = " ".join(w if not w.islower() or (i and w in _PLACE_PARTICLES) else w.capitalize() for i, w in enumerate(words))
    date = PARTS[0][1].fullmatch(found.group("date"))
    return Dateline(text=paragraph.strip(), place=place, date=_iso(date) if date else None), ""


_RELEASE_MARK = re.compile(r"\W*(?:for immediate release|(?:press|news|media) (?:release|advisory|alert|statement))\W+", re.I)


def release_date(line: str) -> str | None:
    """The ISO date after a release mark: "FOR IMMEDIATE RELEASE - AUGUST 3, 2026"."""
    mark = _RELEASE_MARK.match(line)
    if not mark:
        return None
    for name, pattern in PARTS:
        found = pattern.fullmatch(line.rstrip(" .-\u2013\u2014"), mark.end()) if name == "date" else None
        if found:
            return _iso(found)
    return None


def embedded(paragraph: str) -> tuple[str, Dateline, str] | None:
    """A dateline with a wire that follows a subheadline or caption glued to it, as
    "Kids love the museum (NewMediaWire) - August 25, 2024 - Glendale, CA -- The museum ...":
    (the subheadline, the dateline, the rest), or None."""
    for found in _WIRE_IN_BRACKETS.finditer(paragraph[:_EMBEDDED_WITHIN]):
        prefix = paragraph[: found.start()].strip()
        # the prefix is a subheadline or an image caption (which may be a whole sentence)
        if not prefix or len(prefix.split()) > _EMBEDDED_WORDS:
            continue
        inner = find_dateline(paragraph[found.start():])
        if inner and inner[0].date:  # "Acme (NASDAQ: ACME) - the leader" has no date
            return prefix, inner[0], inner[1]
    return None

_CASE_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
_TITLE_MIN_WORDS = 3


def glued_to_title(paragraph: str) -> tuple[str, Dateline, str] | None:
    """A title whose line break before the dateline was lost: "Acme Expands Its Fund
    IndexLisbon, Portugal - Acme continues ..." gives (the title, the dateline, the rest).
    The title is in title case and the place a known one, so a brand written in camel case
    ("GreenLeaf, Inc. - ...") is no dateline."""
    for glue in _CASE_GLUE.finditer(paragraph, 0, _EMBEDDED_WITHIN):
        title = paragraph[: glue.start()]
        if not _title_like(title):
            continue
        found = _read(paragraph[glue.start():])
        if found and found[1] and found[0].place and _known_place(found[0].place):
            return title.strip(), found[0], found[1]
    return None


def _title_like(text: str) -> bool:
    """A title: a few words, no sentence end inside, most longer words capitalized."""
    words = text.split()
    if not _TITLE_MIN_WORDS <= len(words) <= _EMBEDDED_WORDS or _SENTENCE_INSIDE.search(text):
        return False
    long = [w for w in words if len(w) > 3]
    return sum(w[0].isupper() for w in long) >= 0.75 * len(long)


def _known_place(place: str) -> bool:
    """A part of the place is a place or a state code: "Lisbon, Portugal", "Fort Lauderdale, FL"."""
    parts = [part.strip() for part in place.split(",")]
    return any(p in lexicon.places() or p.title() in lexicon.places() or p in lexicon.state_codes() for p in parts)


def _glued_wire(found: re.Match[str]) -> bool:
    """A wire in round brackets that may be glued to the text: "(CNN)", "(Reuters)"; not a
    ticker ("(NASDAQ: ACME)")."""
    inner = found.groupdict().get("wire")
    return bool(inner) and (inner.lower() in lexicon.wire_services() or (inner.isupper() and len(inner) <= 12
                                                                          and ":" not in inner))


_OUTLET = re.compile(r"(?:The\s)?[A-Z][\w.'’]*(?:\s(?:[A-Z][\w.'’]*|of|and|&|\+)){0,4}")


def _glued_outlet(paragraph: str, found: re.Match[str]) -> bool:
    """An outlet's name in brackets opening the text, glued to its first word as a wire is:
    "(The Hollywood Reporter)Good artists borrow.", "(Travel + Leisure)Summer is here"."""
    inner = found.groupdict().get("wire")
    return (bool(inner) and found.start() == 0 and found.end() < len(paragraph)
            and not paragraph[found.end()].isspace() and bool(_OUTLET.fullmatch(inner)))


_CAPITAL_AFTER = re.compile(r" ?[\"“‘']?[A-Z]")


def _after_known_place(paragraph: str, wire: re.Match[str], place: str | None) -> bool:
    """A wire in capitals after a known place, then a capital: "New York (CNN)Kayla Mueller,
    Peter Kassig ...", "Washington (CNN) A huge decision ..." (text too full of names for
    `_prose_after`)."""
    inner = wire.groupdict().get("wire") or ""
    return (place is not None and wire.start() > 0 and inner.isupper() and _known_place(place) and _glued_wire(wire)
            and _CAPITAL_AFTER.match(paragraph, wire.end()) is not None
            and _part(paragraph, _SEP.match(paragraph, wire.end()).end(), None, wire)[1] is None)  # (no date after it)


def _prose_after(paragraph: str, start: int) -> bool:
    """Running text right after `start`: "About 75% of the besieged city is ...", not a
    contact line ("Los Angeles, Californiawww.acme.com310.299.1717")."""
    if not _GLUED_START.match(paragraph, start):
        return False
    ws = paragraph[start:start + 200].split()[:10]
    return len(ws) == 10 and sum(w[0].islower() for w in ws) >= 4


def _not_a_wire(wire: re.Match[str], place: str) -> bool:
    """Round brackets after a name that hold a year ("(1955)", "(c. 1950)"), or anything but a
    known wire after a name in mixed case that is no known place ("Option2Trade (O2T)",
    "Eli Lilly (LLY)"): the name of a work or a company, not a dateline's place."""
    inner = wire.groupdict().get("wire")
    if not inner:
        return False
    if _YEARS.fullmatch(inner):
        return True
    return (not place.isupper() and "," not in place and place not in lexicon.places()
            and inner.lower() not in lexicon.wire_services())


def _bracketed_place(wire: re.Match[str]) -> str | None:
    """A place written in round brackets where a wire goes, a city and its state or country:
    "(Brenton, Texas)", "(Lyon, France)"; not a wire ("(Newsfile Corp.)") nor a ticker."""
    inner = wire.groupdict().get("wire") or ""
    city, comma, region = inner.rpartition(", ")
    if not comma or inner.lower() in lexicon.wire_services() or not _CITY_WORDS.fullmatch(city):
        return None
    known = region in lexicon.state_codes() or region in lexicon.places() or region.title() in lexicon.places()
    return inner if known else None


_CITY_WORDS = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")  # "Brenton", "St. Louis", "Fort Worth"


_YEARS = re.compile(r"(?:c\.\s*|ca\.\s*)?(?:19|20)\d\d(?:s|\s*[-–]\s*(?:19|20)?\d\d)?")


_PLACE_PARTS = re.compile(r"\s*(?:,|/)\s*")


def _without_wire(place: str) -> str | None:
    """The place less a wire named last: "ST. LOUIS, MO / PR Karma" -> "ST. LOUIS, MO",
    "Baton Rouge, LA, Evertise Ai PR" -> "Baton Rouge, LA"."""
    parts = _PLACE_PARTS.split(place)
    last = parts[-1].lower()
    if len(parts) < 2 or not (last in lexicon.wire_services() or last.replace(" ", "") in lexicon.wire_services()
                              or last.split()[0] in lexicon.wire_services() and parts[-1] not in lexicon.places()):
        return place
    return place[: place.rfind(parts[-1])].rstrip(" ,/") or None


def _ordinary_word(place: str) -> bool:
    """One word in mixed case that is an ordinary word, not a place: "Beginning"."""
    return (" " not in place and not place.isupper() and place.lower() in lexicon.common_words()
            and place not in lexicon.places())


def _date_inside(wire: re.Match[str]) -> re.Match[str] | None:
    """The date a wire's brackets hold: "(Newsfile Corp. - May 4, 2026)"."""
    for name, pattern in PARTS:
        found = pattern.search(wire.group(0)) if name == "date" and wire.group(0)[:1] in "([" else None
        if found and found.group("year"):
            return found
    return None


def _iso(match: re.Match[str]) -> str | None:
    year = match.groupdict().get("year")
    if not year:
        return None
    month = match.group("month").rstrip(".").lower()
    number = int(month) if month.isdigit() else MONTHS.get(month[:3] if month[:4] != "sept" else "sept")
    day = int(match.group("day"))
    try:
        return datetime.date(int(year), number or 0, day).isoformat()
    except ValueError:  # "Feb 31"
        return None


def _part(paragraph: str, start: int, date, wire):
    for name, pattern in PARTS:
        found = pattern.match(paragraph, start)
        if found and not (name == "date" and date) and not (name == "wire" and wire):
            return name, found
    return None, None


def _place_end(paragraph: str, start: int, date, wire) -> int | None:
    """Where the place starting at `start` ends: the shortest run of capitalized words that
    a dash (or, at the very start, a date or wire) follows. "BURLINGTON, ON / PR Karma /"
    gives "BURLINGTON, ON", not "BURLINGTON, ON / PR Karma"."""
    candidate = _PLACE.match(paragraph, start)
    if not candidate:
        return None
    for word in re.finditer(r"[\w.'&]+", candidate.group(0)):
        after = start + word.end()
        if after - start > _MAX_PLACE:
            return None
        dash = _DASH_END.match(paragraph, after)
        if dash and dash.end() > after and "/" not in dash.group(0):
            return after
        if start == 0 and _part(paragraph, _SEP.match(paragraph, after).end(), date, wire)[1]:
            return after
    return None


def find_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """The dateline at the start of `paragraph` and the rest of the paragraph, or None.

    `find_dateline("BAKU, Nov. 27 (Reuters) - Talks began.")` gives place "BAKU", no date
    (no year) and the rest "Talks began.". The place may also follow the wire and date:
    "(NewMediaWire) - August 25, 2024 - Glendale, CA -- The museum ...".
    """
    return _read(paragraph) or own_line(paragraph)


def _read(paragraph: str) -> tuple[Dateline, str] | None:
    """`find_dateline` of the forms read as a sequence of parts."""
    place = date = wire = None
    position, ended_with_dash, place_after_wire = 0, False, False
    while position < len(paragraph):
        spaced = re.compile(r"\s*").match(paragraph, position).end()
        name, found = _part(paragraph, spaced, date, wire) if position else (None, None)  # "ON / PR Karma /"
        start = _SEP.match(paragraph, position).end() if position else 0
        if not found:
            name, found = _part(paragraph, start, date, wire)
        if found:
            date, wire = (found, wire) if name == "date" else (date or _date_inside(found), found)
            # "Baghdad (CNN)About 75% of ...": a wire in brackets glued to the first word ends it
            glued = name == "wire" and (_glued_wire(found) or _glued_outlet(paragraph, found)) and (
                _prose_after(paragraph, found.end())
                or found.start() == 0 and bool(_GLUED_START.match(paragraph, found.end()))  # "(CNN)Is it a gag?"
                or _after_known_place(paragraph, found, place))
            position, ended_with_dash = found.end(), bool(glued)
            if glued:
                break
            continue
        period = _DATE_PERIOD.match(paragraph, position) if date and date.group("year") and not wire else None
        if period and (not place or _known_place(place)):
            position, ended_with_dash = period.end(), True  # "March 14, 2024. Sovryn", "Lyon, France, May 2, 2025. Acme"
            break
        after = _place_end(paragraph, start, date, wire) if place is None else None
        if after:
            place = paragraph[start:after].strip(" ,")
            place_after_wire = bool(wire) and not date
            position, ended_with_dash = after, False
            continue
        dash = _DASH_END.match(paragraph, position)
        if dash and dash.end() > position and position:
            if ":" in dash.group(0) and not (date or wire):
                return None  # "CONTACT: Jane Roe" is a label, not a dateline
            if ("/" in dash.group(0) or "|" in dash.group(0)) and not date:
                return None  # "Acme / Beta / ...", "HOME | ABOUT | NEWS" is a list, not a dateline
            position, ended_with_dash = dash.end(), True
        elif date and place and place.isupper() and _COMMA_END.match(paragraph, position):
            position, ended_with_dash = _COMMA_END.match(paragraph, position).end(), True  # "LAGOS - 13 March 2025, Acme"
        break
    if position == 0:
        return None
    rest = paragraph[position:].lstrip(" -\u2013\u2014:,")
    if rest and not ended_with_dash:
        return None  # "Acme, Inc. (NASDAQ: ACME) said ..." is a sentence, not a dateline
    if rest and not (date or wire) and not _SENTENCE_START.match(rest):
        return None
    if not (date or wire or (place and (place.isupper() or "," in place))):
        return None
    text = paragraph[: len(paragraph) - len(rest)].strip()
    place = _without_wire(place) if place else place
    if place and (_DATE_LABEL.fullmatch(place) or (place_after_wire and not date)):
        place = None  # "Release Date: ..."; "NetworkNewsWire Editorial Coverage: ..." (a wire's column)
    if place and wire and not date and _not_a_wire(wire, place):
        if rest[:1].islower():
            return None  # "Quarrow Labs (QL) - a maker of valves, is ...": the name opens the sentence
        place = None  # "Mending Nets (1955) – Three men ...", "Option2Trade (O2T): In the ...": a name, not a place
    if place and not (date or wire) and (_ordinary_word(place) or "," not in place and not _known_place(place)):
        return None  # (a bare place stands alone in AP style only when well known: "BOSTON --", not "UMD-REACH --")
    if place and date and _ordinary_word(place):
        place = None  # "Beginning Thursday, Nov. 6 – ...": a word of the sentence, not a place
    if place is None and date and wire is not None:
        place = _bracketed_place(wire)  # "May 4, 2026 (Brenton, Texas) -"
    return Dateline(text=text, place=place, date=_iso(date) if date else None), rest
