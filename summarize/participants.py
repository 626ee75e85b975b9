"""People, organizations and places that take part in the release.

A first, simple extractor: a known title before a capitalized name, and organizations
whose acronym is defined in parentheses. The participants issue (#6) makes it good.
"""
from __future__ import annotations

import re

from . import resources
from .models import Document, Organization, Participants, Person

_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}"
_ORG_WITH_ACRONYM = re.compile(r"((?:[A-Z][\w&-]*\s+)(?:(?:of|for|and|the|[A-Z][\w&-]*)\s+){0,6}[A-Z][\w&-]*)\s+\(([A-Z][A-Za-z&]{1,9})\)")


def _people(text: str) -> list[Person]:
    titles = sorted(resources.lines("titles.txt"), key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in titles) + r")\s+(" + _NAME + ")")
    found: dict[str, Person] = {}
    for match in pattern.finditer(text):
        name = match.group(2)
        if name not in found:
            found[name] = Person(name=name, role=match.group(1))
    return list(found.values())


def _organizations(text: str) -> list[Organization]:
    found: dict[str, Organization] = {}
    for match in _ORG_WITH_ACRONYM.finditer(text):
        name = re.sub(r"^(?:the|The)\s+", "", match.group(1))
        acronym = match.group(2)
        words = [w for w in name.split() if w[0].isupper()]
        if "".join(w[0] for w in words).upper().endswith(acronym[:2].upper()) or acronym[0] == words[0][0]:
            found.setdefault(name, Organization(name=name, aliases=(acronym,)))
    return list(found.values())


def extract_participants(document: Document) -> Participants:
    """Participants of the body (boilerplate already removed by the cleaner)."""
    text = document.body
    return Participants(people=tuple(_people(text)), organizations=tuple(_organizations(text)))
