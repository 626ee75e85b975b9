"""Character-level normalization, before any structure is looked for.

Copy-pasted releases carry NFD accents, non-breaking and zero-width spaces, soft hyphens,
curly quotes next to straight ones and backticks used as apostrophes; all of these would
split words or sentences wrongly later on.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from .sanitize import ESCAPES

_TOKEN_END = re.compile(r"\S*")
_ADDRESS = re.compile(r"[@/]|\.[A-Za-z]")
_DOMAIN_ENDS = frozenset({"com", "net", "org", "io", "ai", "co", "info", "biz", "app", "xyz", "us", "uk"})


def _glued_sentence(m: re.Match[str]) -> str:
    """The stop and a space when a sentence ends there and no address runs on: after "?" or
    "!" unless in a web address; after "." only a lower-case word ("priority.Sovereign"),
    since "Inc.LaFleur" may be an abbreviation and "Acme.Com", "Jane.Roe@acme.com" are none."""
    text = m.string
    start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    word = text[start:m.start()]
    after = _TOKEN_END.match(text, m.end()).group(0)
    if m.group(0)[0] == ".":
        ended = word.isalpha() and word.islower() and word != "www"
    else:
        ended = "/" not in word and "=" not in after
    if ended and not _ADDRESS.search(after) and after.rstrip(".,;:!?)\"'").lower() not in _DOMAIN_ENDS:
        return m.group(0) + " "
    return m.group(0)


# (name, pattern, replacement, triggers) applied in order; line ends are kept. A rule runs
# only on text holding one of its trigger strings (None: always), since a plain `in` test is
# many times faster than a regex scan that finds nothing, the usual outcome.
RULES: tuple[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str], tuple[str, ...] | None], ...] = (
    # Windows and old Mac line ends: "a\r\nb" -> "a\nb"
    ("line-ends", re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c]"), "\n", ("\r", "\u2028", "\u2029", "\x0b", "\x0c")),
    # zero-width characters and soft hyphens vanish: "inter\u00adnational" -> "international"
    ("invisible", re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]"), "",
     ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")),
    # every other space character is a plain space: "10\u00a0km" -> "10 km"
    ("spaces", re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"), " ",
     ("\t", "\u00a0", "\u1680", *map(chr, range(0x2000, 0x200B)), "\u202f", "\u205f", "\u3000")),
    # a backtick or acute accent used as an apostrophe: "Azerbaijan`s" -> "Azerbaijan's"
    # (the look-behind after the character, not before it, lets the scan skip ahead)
    ("backtick-apostrophe", re.compile(r"[`\u00b4\u2018\u2019\u02bc](?<=\w.)(?=\w)"), "'",
     ("`", "\u00b4", "\u2018", "\u2019", "\u02bc")),
    # typographic single and double quotes made straight, so quotes are consistent
    ("single-quotes", re.compile(r"[\u2018\u2019\u201a\u201b\u2032]"), "'", ("\u2018", "\u2019", "\u201a", "\u201b", "\u2032")),
    ("double-quotes", re.compile(r"[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]"), '"',
     ("\u201c", "\u201d", "\u201e", "\u201f", "\u2033", "\u00ab", "\u00bb")),
    # a sentence glued to the next one gets its space: "a global priority.Sovereign DAO" ->
    # "a global priority. Sovereign DAO", "What's new?1. Faster" -> "What's new? 1. Faster"
    # (not "DigiPay.Guru", "Jane.Roe@acme.com", "www.Acme.com" or "Acme.Com")
    ("sentence-glue", re.compile(r"[.!?](?<=[a-z][a-z][.!?])\"?(?=[A-Z]|\d{1,2}[.)] )"), _glued_sentence, None),
    # terminal escape sequences go whole, parameters included: "a\x1b[2Jb" -> "ab"
    ("escapes", ESCAPES, "", ("\x1b", "\x9b", "\x9d")),
    # other control characters (kept: newline)
    ("controls", re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]"), "", None),
    # trailing spaces at line ends: "end.   \n" -> "end.\n"
    ("trailing-spaces", re.compile(r"[ ]+\n"), "\n", (" \n",)),
    # three or more line ends are a paragraph break: "a\n\n\n\nb" -> "a\n\nb"
    ("blank-lines", re.compile(r"\n[ \n]*\n"), "\n\n", None),
)

_SPACES = re.compile(r" {2,}")
def normalize(text: str) -> str:
    """NFC, uniform spaces, quotes and apostrophes; line ends and runs of spaces kept.

    Runs of spaces are kept because some wires flatten paragraphs into one line separated
    by double spaces; `layout` reads them. `normalize("Baku`s\u00a0port") == "Baku's port"`.
    """
    text = unicodedata.normalize("NFC", text)
    for _name, pattern, replacement, triggers in RULES:
        if triggers is None or any(t in text for t in triggers):
            text = pattern.sub(replacement, text)
    return text.strip("\n ")


# A character reference with its semicolon: "&amp;", "&#233;", "&#x2019;" (not "R&D" or "&para"
# without one, which html.unescape would also turn into characters).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def entities(text: str) -> str:
    """Character references left in plain text or markdown, resolved: copied from a web page,
    "Day &amp; Awards" is "Day & Awards". (HTML input is parsed, which resolves them.)"""
    if "&" not in text:
        return text
    return normalize(_ENTITY.sub(lambda m: html.unescape(m.group(0)), text))


def squash(text: str) -> str:
    """One line, single spaces: `squash(" a \\n b ") == "a b"`."""
    return " ".join(text.split())
