"""The dateline: where and when, and through which wire, at the start of the first paragraph.

Real forms: "LAS VEGAS - (NewMediaWire) - January 2, 2025 -", "BAKU, Nov. 27 (Reuters) -",
"WASHINGTON, D.C. --", "ATLANTA, GA, July 23, 2024 /24-7PressRelease/ --",
"Houston, TX (Newsworthy.ai) Wednesday Jul 23, 2025 @ 7:00 AM US/Central --",
"SEATTLE--(BUSINESS WIRE)--". The text is read as a sequence of parts (place, date, wire)
joined by separators; the wire is dropped, place and date become fields.
"""
from __future__ import annotations

import re

from .models import Dateline

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# a time after the date: "@ 8:00 AM America/Toronto", "10:50", "9:00 a.m. ET"
_TIME = r"(?:\s*(?:@|at)?\s*\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z][A-Za-z_]+/[A-Za-z_/]+|[A-Z]{2,4}|Pacific|Eastern|Central|Mountain))?)?"

# (name, pattern): the parts a dateline is made of, tried in this order at each position.
PARTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "January 2, 2025", "Nov. 27", "Wednesday Jan 15, 2025 @ 8:00 AM America/Toronto", "[November 7, 2024]"
    ("date", re.compile(rf"\[?{_WEEKDAY}(?P<month>{_MONTH})\s+{_DAY}(?:,?\s+{_YEAR})?{_TIME}\]?", re.I)),
    # "17 June 2026"
    ("date", re.compile(rf"\[?{_WEEKDAY}{_DAY}\s+(?P<month>{_MONTH}),?\s+{_YEAR}{_TIME}\]?", re.I)),
    # "2025-01-02"
    ("date", re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)")),
    # "(NewMediaWire)", "(BUSINESS WIRE)", "/24-7PressRelease/", "/ PR Karma /", "[Noticias Newswire]"
    ("wire", re.compile(r"\((?P<wire>[^()\n]{2,40})\)|/\s?(?P<wire2>[^/\n]{2,40}?)\s?/(?!/)|\[(?P<wire3>[^\]\n]{2,40})\]")),
    # a wire named without brackets: "Media OutReach Newswire"
    ("wire", re.compile(r"(?:[A-Z][\w.-]*\s){0,3}(?:News\s?[Ww]ire|NEWSWIRE|Wire|WIRE)\b")),
)
# separators between parts: " - ", " -- ", "\u2014", ", ", " / ", "--"
_SEP = re.compile(r"\s*(?:--|[\u2013\u2014]|-|,|:)?\s*")
_DASH_END = re.compile(r"\s*(?:--|[\u2013\u2014]|-(?=\s)|:(?=\s))\s*")
# the place: capitalized words with commas and periods, "WASHINGTON, D.C.", "Jacksons Point, Ontario, Canada"
_PLACE = re.compile(r"(?:[A-Z][\w.'&]*(?:-[A-Z][\w.']*)?)(?:,?\s+(?:[A-Z][\w.'&]*|de|del|la|of|on|upon)(?:-[A-Z][\w.']*)?){0,6}\.?")
_SENTENCE_START = re.compile(r"[\"'(A-Z0-9\u00c0-\u00de$\u20ac\u00a3]")
_MAX_LENGTH = 160


def _iso(match: re.Match[str]) -> str | None:
    year = match.groupdict().get("year")
    if not year:
        return None
    month = match.group("month").rstrip(".").lower()
    number = int(month) if month.isdigit() else MONTHS.get(month[:3] if month[:4] != "sept" else "sept")
    day = int(match.group("day"))
    if not number or not 1 <= number <= 12 or not 1 <= day <= 31:
        return None
    return f"{int(year):04d}-{number:02d}-{day:02d}"


def _place(text: str) -> str | None:
    """The place part, when it looks like one: "LAS VEGAS", "Manchester, UK"; no month names."""
    text = text.strip(" ,")
    match = _PLACE.fullmatch(text)
    if not match or len(text) > 60:
        return None
    if re.match(rf"{_MONTH}\s+\d", text + " 1", re.I) and re.fullmatch(rf"{_MONTH}", text, re.I):
        return None
    return text


def find_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """The dateline at the start of `paragraph` and the rest of the paragraph, or None.

    `find_dateline("BAKU, Nov. 27 (Reuters) - Talks began.")` gives place "BAKU", no date
    (no year) and the rest "Talks began.".
    """
    head = paragraph[:_MAX_LENGTH]
    first = None
    for _name, pattern in PARTS:
        for found in pattern.finditer(head):
            if first is None or found.start() < first.start():
                first = found
            break
    dash = re.search(r"\s+-{1,2}\s+|--|[\u2013\u2014]", head)
    cut = min(x for x in (first.start() if first else None, dash.start() if dash else None) if x is not None) if (first or dash) else None
    if cut is None or cut == 0:
        return None
    place = _place(head[:cut])
    if place is None:
        return None
    date = None
    wire = None
    position = cut
    ended_with_dash = False
    while position < len(paragraph):
        sep = _SEP.match(paragraph, position)
        start = sep.end()
        for name, pattern in PARTS:
            found = pattern.match(paragraph, start)
            if found and not (name == "date" and date) and not (name == "wire" and wire):
                if name == "date":
                    date = found
                else:
                    wire = found
                position = found.end()
                ended_with_dash = False
                break
        else:
            dash_end = _DASH_END.match(paragraph, position)
            if dash_end and dash_end.end() > position:
                position = dash_end.end()
                ended_with_dash = True
            break
    rest = paragraph[position:].lstrip(" -\u2013\u2014:,")
    if rest and not ended_with_dash:
        return None  # "Acme, Inc. (NASDAQ: ACME) said ..." is a sentence, not a dateline
    if rest and not _SENTENCE_START.match(rest):
        return None
    if not (date or wire or place.isupper() or "," in place):
        return None
    text = paragraph[: len(paragraph) - len(rest)].strip()
    return Dateline(text=text, place=place, date=_iso(date) if date else None), rest
