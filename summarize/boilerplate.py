"""Boilerplate set aside: sections by their header, single lines by their shape.

The knowledge is data: `data/boilerplate_headers.txt` (headers that open a section, such
as "About Acme", "Forward-Looking Statements", "Media Contact") and
`data/boilerplate_lines.txt` (lines that are boilerplate wherever they stand: "###",
"SOURCE Acme", "View original content", a bare URL, e-mail address or phone number).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .models import Block, Document, Removed
from .prefilter import analyse, fold, holds_any
from .lexicon import is_function_word, wire_services
from .resources import lines, word_set

ACCESS_WALL = "access-wall"  # the reason boilerplate_lines.txt gives a password or login prompt

_FINAL = tuple('.!?,;"')
HEADING_WORDS = 12  # a heading-like line is at most this long
SECTION_RESUMES = 15  # words of a plain paragraph after a plain heading that end a section
CONTACT_ENDS = 25  # a paragraph this long is prose, not part of a contact block
# "About Acme: Acme makes ...", "CONTACT:Jane Doe", "Forward-Looking Statements - This ..."
# (periods allowed: "About Acme Tools. Inc.: Acme ..."; `header_reason` limits the length)
_INLINE_HEADER = re.compile(r"^(?P<header>[^:!?\n]{3,100}?)\s*(?::|\s[-\u2013\u2014]\s)\s*(?P<rest>.*)$", re.S)


_ADDRESS = re.compile(r"https?://|www\.|@")
# A phone number or an e-mail address: "(Cell: 469-555-0101)", "jane@acme.com".
_DETAIL = re.compile(r"\(?\d{3}\)?[\s.-]{0,2}\d{3}[\s.-]{0,2}\d{4}\b|[\w.+-]+@[\w-]+\.\w")
# A heading may end on a company form's period: "About Acme Inc.", "About Dune Co., Ltd.".
_COMPANY_FORM_END = re.compile(r"\b(?:inc|corp|co|ltd|llc|plc|l\.?p|n\.?v|s\.?a|a\.?g|gmbh|pty|cos)\.$", re.I)


@dataclass(frozen=True)
class Rule:
    reason: str
    pattern: re.Pattern[str]
    needs: tuple[str, ...] | None = None  # literals one of which a match holds (see prefilter)

    @classmethod
    def of(cls, reason: str, regex: str, search: bool = False) -> Rule:
        """A rule; a literal test guards it where its regex is slow: any search, and a match
        whose pattern opens on a long repeat (a literal test costs more than a quick match)."""
        pattern = re.compile(regex, re.I)
        needs, opens_with_scan = analyse(pattern.pattern, pattern.flags)
        return cls(reason, pattern, needs if search or opens_with_scan else None)

    def may_match(self, lower: str) -> bool:
        """False when the text, as `prefilter.fold` lower-cases it, cannot match."""
        return holds_any(lower, self.needs)


# A back-reference counts groups, which merging rules renumbers.
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


class Rules(tuple):
    """Rules in order. Rules with no literal guard, one after another, are also merged
    into one alternation that a single `match` tries in the same order (one call instead
    of one per rule: most lines match none)."""

    @functools.cached_property
    def steps(self) -> tuple[tuple[tuple[str, ...] | None, re.Pattern[str], str | dict[str, str]], ...]:
        """(literals needed or None, pattern, its reason or each named group's) in rule order."""
        steps: list = []
        run: list[Rule] = []
        for rule in (*self, None):
            if rule is not None and rule.needs is None and not _BACKREFERENCE.search(rule.pattern.pattern):
                run.append(rule)
                continue
            if run:
                steps.extend(_merged(run))
                run = []
            if rule is not None:
                steps.append((rule.needs, rule.pattern, rule.reason))
        return tuple(steps)


def _merged(run: list[Rule]) -> list:
    """One step for the run, or one a rule if their patterns cannot share a regex."""
    names = {f"_rule{i}": rule.reason for i, rule in enumerate(run)}
    try:
        pattern = re.compile("|".join(f"(?P<{n}>{r.pattern.pattern})" for n, r in zip(names, run)), re.I)
    except re.error:  # (a group name used twice, a global flag inside)
        return [(None, rule.pattern, rule.reason) for rule in run]
    return [(None, pattern, names)]


def _first_match(rules: tuple[Rule, ...], text: str) -> str | None:
    """The reason of the first rule matching at the start of `text`."""
    if not isinstance(rules, Rules):
        rules = Rules(rules)
    lower = None
    for needs, pattern, reason in rules.steps:
        if needs is not None:
            lower = fold(text) if lower is None else lower
            if not holds_any(lower, needs):
                continue
        found = pattern.match(text)
        if found:
            return reason if isinstance(reason, str) else reason[found.lastgroup]
    return None


def _rules(name: str, whole: bool) -> Rules:
    out = []
    for entry in lines(name):
        reason, _, pattern = entry.partition(" ")
        regex = f"(?:{pattern.strip()})" + (r"\s*$" if whole else "")
        out.append(Rule.of(reason, regex))
    return Rules(out)


@functools.cache
def header_rules() -> Rules:
    return _rules("boilerplate_headers.txt", whole=True)


@functools.cache
def tail_rules() -> tuple[Rule, ...]:
    out = []
    for entry in lines("boilerplate_tails.txt"):
        reason, _, pattern = entry.partition(" ")
        out.append(Rule.of(reason, f"(?:{pattern.strip()})\\s*$", search=True))
    return tuple(out)


def cut_tail(block: Block) -> tuple[Block, Removed | None]:
    """A boilerplate sentence glued to the end of a paragraph, cut off:
    "... in the fall. The post Acme Wins appeared first on citybiz." -> "... in the fall."."""
    lower = fold(block.text)
    for rule in tail_rules():
        found = rule.may_match(lower) and rule.pattern.search(block.text)
        if found and found.start() > 0:
            return Block(block.text[: found.start()].rstrip(), block.kind), Removed(found.group(0).strip(), rule.reason)
    return block, None


@functools.cache
def line_rules() -> Rules:
    return _rules("boilerplate_lines.txt", whole=False)


def is_heading_like(text: str) -> bool:
    """Short, no closing punctuation, starts like a title: "About Acme", "Media Contact"."""
    words = len(text.split(None, HEADING_WORDS))  # (a paragraph is not split whole to be counted)
    if not 0 < words <= HEADING_WORDS:
        return False
    # (the form is at most six characters: search only the end, \b still sees the one before)
    final = text.endswith(_FINAL) and not _COMPANY_FORM_END.search(text, max(0, len(text) - 8))
    return not final and not text[:1].islower() and not _ADDRESS.search(text)


@functools.lru_cache(maxsize=1024)  # the cleaner asks again about the same blocks
def header_reason(text: str) -> str | None:
    """Why a heading opens a boilerplate section ("about", "contact", ...), or None."""
    text = text.strip().rstrip(":.-\u2013\u2014 ").strip("*_ ").lstrip("(")  # "(FAIR DISCLOSURE: ...)"
    if not text or len(text.split(None, HEADING_WORDS)) > HEADING_WORDS:
        return None
    return _first_match(header_rules(), text)


@functools.lru_cache(maxsize=1024)  # the cleaner asks again about the same blocks
def inline_header_reason(text: str) -> str | None:
    """A paragraph that opens with a boilerplate header: "About Acme: Acme makes ..."."""
    if ":" not in text and "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return None  # no separator (cheaper to see than to try the header at every length)
    match = _INLINE_HEADER.match(text)
    if not match:
        return None
    header, rest = match.group("header"), match.group("rest")
    reason = header_reason(header)
    if reason == "about" and ":" not in text[match.end("header") : match.start("rest")]:
        # with a dash, "About Acme - Acme makes ..." but not a title: "About Face - A novel ..."
        words = header.split()
        if len(words) < 2 or not rest.startswith(words[1]):
            return None
    return reason


@functools.lru_cache(maxsize=1024)  # the cleaner asks again about the same blocks
def line_reason(text: str) -> str | None:
    """Why a block is boilerplate on its own ("source", "url-only", ...), or None."""
    return _first_match(line_rules(), text)


def _resumes(blocks: list[Block], i: int) -> bool:
    """Does the body resume at heading `i`? Explicit headings do; a plain heading-like line
    only when a real paragraph follows it (so a contact's name does not end a contact block)."""
    block = blocks[i]
    if block.kind == "heading":
        return True
    words = block.text.split()
    if sum(word[:1].isupper() for word in words) < len(words) / 2:
        return False  # "If you suffered losses, click here" is no title
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    return bool(
        following
        and following.kind == "paragraph"
        and len(following.text.split()) >= SECTION_RESUMES
        and line_reason(following.text) is None
        and inline_header_reason(following.text) is None
    )


def set_aside(blocks: list[Block]) -> tuple[list[Block], list[Removed]]:
    """Body blocks kept and boilerplate removed (each with its reason), order kept."""
    kept: list[Block] = []
    removed: list[Removed] = []
    section: str | None = None
    opened = -1  # the index of the header that opened the section
    last = -1  # the index of the last block kept
    for i, block in enumerate(blocks):
        text = block.text
        if block.kind == "heading" or is_heading_like(text):
            reason = header_reason(text) or inline_header_reason(text)
            if reason:
                section, opened = reason, i
                removed.append(Removed(text, f"{reason} section"))
                continue
            if section and _resumes(blocks, i) and not (section == "about" and opened == i - 1 and block.kind != "heading"):
                section = None  # (the line right after "About Acme" is its tagline, not the body again)
        else:
            reason = inline_header_reason(text)
            if reason:
                section, opened = reason, i  # ("About Acme: Acme makes ..." then a tagline-like line)
                removed.append(Removed(text, f"{reason} section"))
                continue
            if section == "contact" and len(text.split()) >= CONTACT_ENDS and not line_reason(text) and not _DETAIL.search(text):
                section = None  # a contact block is short lines (or names with phones); prose after it is body again
        reason = line_reason(text)
        if section:
            removed.append(Removed(text, reason or f"{section} section"))
            continue
        if reason:
            removed.append(Removed(text, reason))
            if reason == "end-mark":
                section = "after end mark"  # "###" and "-30-" close the release itself
            continue
        block, tail = cut_tail(block)
        if tail:
            removed.append(tail)
        kept.append(block)
        last = i
    if len(kept) > ABOUT_MIN_KEPT and _headerless_about(kept[-1], blocks[last + 1 :]):
        removed.append(Removed(kept.pop().text, "about paragraph"))
    return kept, removed


ABOUT_MIN_KEPT = 3  # a short release keeps its last paragraph whatever it says
DESCRIPTION_CHARS = 120  # the description read for its noun: "a leading financial media and data provider"
_WORDS = re.compile(r"[a-z-]+")


# "Acme Corp. is a maker of ...", "Acme, a maker of tools, is ...": a company describing itself
_SELF_DESCRIPTION = re.compile(r"(?:[A-Z][\w&.'’-]*,?\s){1,5}(?:is|are)\s(?:a|an|the|one of)\s"
                               r"|[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4},\s(?:a|an|the)\s[^.;]{5,160},\s(?:is|are)\s")
_TAIL_REASONS = ("contact", "disclaimer", "forward-looking", "end-mark", "about", "notes")


def _headerless_about(last: Block, after: list[Block]) -> bool:
    """The body's last paragraph is the issuer describing itself without an "About" header
    ("Acme is a maker of tools ..."), and a boilerplate section follows it (`after`)."""
    found = _SELF_DESCRIPTION.match(last.text) if last.kind == "paragraph" else None
    if not found or is_function_word(last.text.split(None, 1)[0]):
        return False  # ("This is the second deal", "Here is the background")
    described = _WORDS.findall(last.text[found.end() : found.end() + DESCRIPTION_CHARS].split(".")[0].lower())
    if not any(word in word_set("self_description_nouns.txt") for word in described):
        return False  # "RNA is a powerful tool", "APS is a complex disorder": no organization
    return any((header_reason(b.text) or inline_header_reason(b.text) or line_reason(b.text) or "").startswith(_TAIL_REASONS)
               for b in after)


# What the cleaner sets aside from news stories too: a sports preview's fixture lines, a
# headline or paragraph printed twice, an image, a byline, a paywall's prompt. Anything else
# ("About Acme", "Media Contact", "###", "View original content") is a press release's.
_NEWS_REASONS = frozenset({"fixture", "repeated headline", "repeated paragraph", "repeated subheadline", "image",
                           "byline", ACCESS_WALL})


def release_boilerplate(removed: tuple[Removed, ...] | list[Removed]) -> bool:
    """Whether the cleaner set aside a press release's boilerplate, the mark of a release
    rather than a news story: `release_boilerplate([Removed("About Acme", "about section")])`."""
    return any(r.reason not in _NEWS_REASONS for r in removed)


@functools.cache
def _release_wire() -> re.Pattern[str]:
    names = (re.escape(w) for w in sorted(wire_services() - word_set("news_agencies.txt"), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + "|".join(names) + r")(?!\w)", re.I)


def release_wire(dateline: str) -> bool:
    """Whether a dateline names a press-release wire, the mark of a release that has no
    boilerplate left to set aside: "DANA POINT, CA, April 01, 2025 /24-7PressRelease/ --"
    (not a news agency: "LONDON (Reuters) -", "(CNN)")."""
    return _release_wire().search(dateline) is not None


def is_release(document: Document) -> bool:
    """A press release rather than a news story: its boilerplate was set aside, or its
    dateline names a press-release wire."""
    return release_boilerplate(document.removed) or (
        document.dateline is not None and release_wire(document.dateline.text))


# A reporters' credit: "CNN's Jane Roe contributed to this report", "Jane Roe reported from
# Moscow, and Omar Haddad wrote from London."
_CREDIT = re.compile(r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)|\bcontributed reporting\b", re.IGNORECASE)
_BYLINE = re.compile(r"\b(?:reported|wrote)(?:\s+and\s+(?:reported|wrote))?(?:\s+this\s+(?:story|report))?\s+from\b")


def is_credit(sentence: str) -> bool:
    """A reporters' credit, neither a key point nor a source of participants (a short
    sentence only: a story may say "cases reported from three provinces")."""
    if "ontribut" in sentence and _CREDIT.search(sentence):  # string tests first: this runs for every sentence
        return True
    return ("reported" in sentence or "wrote" in sentence) and len(sentence) < 300 and bool(
        _BYLINE.search(sentence)) and len(sentence.split()) <= 25
