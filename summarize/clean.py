"""Raw text to a `Document`: normalize, find the headline, set boilerplate aside.

A first version: whitespace and punctuation normalization and the headline. The cleaner
issue (#3) adds formats, layout repair, datelines and boilerplate.
"""
from __future__ import annotations

import re
import unicodedata

from .models import Block, Document

# A backtick or acute accent used as an apostrophe: "Azerbaijan`s" -> "Azerbaijan's".
_APOSTROPHE = re.compile(r"(?<=\w)[`\u00b4](?=\w)")
_FINAL_PUNCT = tuple('.!?:;"\u201d')


def normalize(text: str) -> str:
    """NFC, apostrophes and spaces made uniform, line ends kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _APOSTROPHE.sub("'", text)
    text = text.replace("\u00a0", " ")
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _is_headline(paragraph: str) -> bool:
    return len(paragraph.split()) <= 25 and not paragraph.endswith(_FINAL_PUNCT)


def clean(text: str) -> Document:
    """A `Document` from raw text: `clean("Title\\n\\nBody.").headline == "Title"`."""
    paragraphs = _paragraphs(normalize(text))
    headline = None
    if paragraphs and _is_headline(paragraphs[0]):
        headline = paragraphs.pop(0)
        while paragraphs and paragraphs[0].casefold() == headline.casefold():
            paragraphs.pop(0)
    return Document(headline=headline, blocks=tuple(Block(p) for p in paragraphs))
