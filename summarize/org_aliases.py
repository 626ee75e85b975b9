"""Short forms of an organization's name and the full names they stand for: an acronym
defined in parentheses spells the phrase before it ("Organization of Islamic Cooperation
(OIC)"), a short name quoted after a name or a trade name after "dba" is its alias
('Bright Hydrogen Solutions Ltd. ("BrightHy Solutions")'); org_merge.py folds a release's
mentions into one name each by such short forms ("Golden Matrix", "GMGI" of "Golden Matrix
Group, Inc.").

org_spans is here too: it joins the spans that "and" or a coined word cut out of one name,
most often because a short form after them spells the whole ("Tax and Trade Bureau (TTB)"),
and those that "for the" or a mission's "to" cut ("International Centre for the Study of
Radicalisation", "Committee to Protect Journalists").
Kept apart from the finder (organizations.py), which reads cues around a name, because short
forms tie mentions together across a release as well as inside a sentence.
"""
from __future__ import annotations

import functools
import re

from . import lexicon
from .names import Span, looks_like_person, spans, strip_suffix, without_the, words
from .org_names import OrgMention, clean_org, is_org_name, one_name


# An acronym or short name defined in parentheses: "(OIC)", "(“AUVSI”)", "(the “Company”)".
DEFINED = re.compile(r"\(\s*(?:the\s+)?[\"“”']?([A-Z][A-Za-z0-9&/.\-]{1,12})[\"“”']?\s*\)")


def defined_acronym(before: str, acronym: str) -> str | None:
    """The phrase ending `before` whose initials spell `acronym`:
    defined_acronym("the Organization of Islamic Cooperation", "OIC") -> "Organization of Islamic Cooperation"."""
    start = _acronym_start(before, acronym)
    # as written, commas kept: "Department for Environment, Food and Rural Affairs"
    return None if start is None else " ".join(before[start:].split()).rstrip(",")


def _acronym_start(before: str, acronym: str) -> int | None:
    """Where the phrase defined_acronym finds starts in `before`."""
    target = _NOT_INITIAL.sub("", acronym.upper())
    # Only the last 12 words count: read a window at a word boundary, the whole when it holds fewer.
    cut = _SEPARATOR.search(before, max(0, len(before) - 300)) if len(before) > 300 else None
    found = list(_WORD_BETWEEN_COMMAS.finditer(before, cut.end())) if cut else []
    if len(found) < 12:
        found = list(_WORD_BETWEEN_COMMAS.finditer(before))
    ws = [m.group(0) for m in found]
    for k in range(1, min(12, len(ws)) + 1):
        phrase = ws[-k:]
        if not phrase[0][0].isupper() or phrase[0][0].upper() != target[:1]:
            continue  # (every way of reading initials starts with the first word's)
        for mode in ("caps_first", "caps", "all", "every"):
            if initials(phrase, mode).upper() == target:
                return found[-k].start()
    return None


_NOT_INITIAL = re.compile(r"[^A-Z0-9]")
_WORD_BETWEEN_COMMAS = re.compile(r"[^\s,]+")
_SEPARATOR = re.compile(r"[\s,]")


def initials(phrase_words: list[str], mode: str) -> str:
    """The phrase's initials, read in one of four ways (`mode`): "caps_first", "caps", "all", "every"."""
    out = []
    for w in phrase_words:
        if w in ("&", "+"):
            continue
        if mode == "caps" and w[0].isupper():
            out.append("".join(c for c in w if c.isupper() or c.isdigit()) if not w.isupper() else w)
        elif mode == "caps_first" and w[0].isupper():
            out.append(w[0])
        elif mode == "all" and w.lower() not in ("of", "the", "and", "for"):
            out.append(w[0].upper())
        elif mode == "every":
            out.append(w[0].upper())
    return "".join(out).replace(".", "")


def loosely_spells(name: str, short: str) -> bool:
    """`short` starts with the name's first initial and holds all its initials in order,
    with a letter or two more: "Georgia Latino Film Alliance" (GALFA)."""
    spelled = initials(words(strip_suffix(name)), "caps_first")
    if len(spelled) < 2 or not short.startswith(spelled[0]) or len(short) > len(spelled) + 2:
        return False
    rest = iter(short)
    return all(c in rest for c in spelled)


def a_kind(sentence: str, before: str, m: re.Match[str], short: str) -> bool:
    """The acronym defines a kind of thing, not one body: one of many ("its first Exchange-Traded Fund (ETF) on ...", "a
    Decentralized Autonomous Organization (DAO) to ..."; not "a United Nations (UN) report",
    where the article is the report's, nor a known body)."""
    if short in lexicon.known_organization_aliases():
        return False
    start = _acronym_start(before, short)
    if start is None or not _ONE_OF_MANY.search(before, max(0, start - 40), start):
        return False
    following = _NEXT_WORD.match(sentence, m.end())
    return not (following and following.group(1)[0].islower() and not lexicon.is_function_word(following.group(1)))


_ONE_OF_MANY = re.compile(r"(?:^|\s)(?:[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ee]ach|[Ee]very|[Aa]ny)\s+"
                          r"(?:(?:first|new|own|second|single|dedicated|registered|licensed)\s+)?$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*)")


def a_kind_of_body(sentence: str, s: Span) -> bool:
    """Ordinary words after "a" or "an" name a kind of body, not one: "to become a Decentralized
    Autonomous Organization", "a Special Purpose Acquisition Corp." (not "a Quarrow Labs company",
    nor "an Internal Revenue Service agent", where the article is the noun's after it)."""
    following = _NOUN_AFTER.match(sentence, s.end)
    return (_ONE_OF_MANY.search(sentence, max(0, s.start - 40), s.start) is not None
            and not (following and not lexicon.is_function_word(following.group(1)))
            and all(w in lexicon.org_words() or (not w.isupper() and w.lower() in lexicon.common_words())
                    for w in words(s.text)))


_NOUN_AFTER = re.compile(r"\s+([a-z][\w'’-]*)")  # " agent" of "an Internal Revenue Service agent"


# A short name in quotes and parentheses, of one to four words: '("ECS Advisors")', '(“CC Metals”)'.
_QUOTED_ALIAS = re.compile(r"\(\s*(?:the\s+)?[\"“]([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})[\"”]\s*\)")
_CAMEL_PIECES = re.compile(r"[A-Z][a-z]*|[a-z]+|\d+")  # "BrightHy" -> Bright, Hy; "ECS" -> E, C, S
_SKIPPED = frozenset({"and", "&", "of", "the", "for"})


def quoted_aliases(sentence: str) -> list[OrgMention]:
    """An organization and the short name quoted after it, its alias: 'Bright Hydrogen
    Solutions Ltd. ("BrightHy Solutions")' (single acronyms are read with DEFINED)."""
    out = []
    for m in _QUOTED_ALIAS.finditer(sentence):
        alias = m.group(1)
        span = span_ending_at(sentence, m.start(), org_spans(sentence)) if " " in alias else None
        name = clean_org(span.text) if span else ""
        if name and name != alias and is_org_name(name) and _abbreviates(words(strip_suffix(name)), words(alias)):
            out.append(OrgMention(name, (alias,)))
    return out


def _abbreviates(whole: list[str], alias: list[str]) -> bool:
    """The alias is the whole name shortened, from its first word on: its words are the
    whole's words in order (some left out), or spell the initials or the first letters of
    the whole's next words: "CC Metals" of "CC Metals and Alloys", "ECS Advisors" of
    "Export Controls and Sanctions Advisors", "BrightHy Solutions" of "Bright Hydrogen
    Solutions", "Al Shola Gas" of "Al Shola Al Modea Gas Distribution"."""
    j = 0
    for n, a in enumerate(alias):
        if a in whole[j:]:
            if n == 0 and whole[0] != a:
                return False
            j = whole.index(a, j) + 1
            continue
        pieces = _CAMEL_PIECES.findall(a)
        if len(pieces) < 2:
            return False
        for piece in pieces:
            while j < len(whole) and whole[j] in _SKIPPED:
                j += 1
            if j == len(whole) or not whole[j].startswith(piece):
                return False
            j += 1
    return True


# A trade name: "Acme Holdings, LLC dba Acme Steel", "Raadr, Inc., doing business as Telvantis".
DBA_WORDS = re.compile(r"\b(?:dba|DBA|d/b/a|D/B/A|[Dd]oing [Bb]usiness [Aa]s)\b")
# One of them is in every match: a string test first, the search is slow.
DBA_LITERALS = ("dba", "DBA", "/b/a", "/B/A", "usiness ")
_DBA = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s+(?:dba|DBA|d/b/a|D/B/A|[Dd]oing [Bb]usiness [Aa]s)\s+$")  # (a ticker between)


def trade_names(sentence: str, parts: tuple[Span, ...]) -> list[OrgMention]:
    """The company and the name it trades as, one organization: the trade name an alias."""
    out = []
    for right in parts:
        m = _DBA.search(sentence, 0, right.start) if right.start else None
        left = span_ending_at(sentence, m.start(), parts) if m else None
        if left:
            name, trade = clean_org(left.text), without_the(right.text)
            if name and trade and not looks_like_person(name):
                out.append(OrgMention(name, (trade,)))
    return out


def span_ending_at(sentence: str, pos: int, found_spans: tuple[Span, ...] | None = None) -> Span | None:
    """The last span before `pos` with only spaces and commas between: the name before a
    ticker, an acronym or a trade name ("Acme Corp., (NYSE: ACM)")."""
    found = None
    for s in found_spans if found_spans is not None else spans(sentence[:pos]):
        if s.end > pos:
            break
        if sentence[s.end:pos].strip(" ,") == "":
            found = s
    return found


@functools.lru_cache(maxsize=2048)  # organizations read a sentence's spans several times
def org_spans(sentence: str) -> tuple[Span, ...]:
    """The sentence's spans, with a name that "and" cut in two joined again: the spans
    split at "and" ("Occupational Safety", "Health Administration"), but an acronym
    defined after them may spell the whole ("... (OSHA)"), the two may make a known body
    ("U.S. Securities and Exchange Commission"), or ordinary words may lead an org word's
    ordinary phrase ("Tax and Trade Bureau"; not "Acme and Beta Holdings")."""
    found = spans(sentence)
    if _DIGIT.search(sentence):
        found = _with_coined_words(sentence, found)
    if "/" in sentence:
        found = _after_a_slash(sentence, found)
    if " and " not in sentence or len(found) < 2:
        return _with_missions(sentence, _with_for_the(sentence, found))
    out = list(found)
    for m in DEFINED.finditer(sentence):
        start = _acronym_start(sentence[: m.start()].rstrip(), m.group(1).rstrip("."))
        if start is not None and " and " in sentence[start:m.start()]:
            inside = [i for i, s in enumerate(out) if start < s.end <= m.start()]
            if len(inside) >= 2:
                first, last = out[inside[0]], out[inside[-1]]
                if first.start < start and LOWER_WORD.search(sentence, first.start, start):
                    first = Span(sentence[start:first.end], start, first.end)  # not "Inspectors of the ..."
                # else the phrase's first span whole: "Tobacco Tax and Trade Bureau (TTB)"
                out[inside[0]: inside[-1] + 1] = [_joined(sentence, first, last)]
    if "(" in sentence:
        for m in _QUOTED_ALIAS.finditer(sentence):
            j = next((j for j, s in enumerate(out)
                      if s.end <= m.start() and not sentence[s.end:m.start()].strip(" ,")), None)
            if j and sentence[out[j - 1].end:out[j].start] == " and " and not out[j - 1].possessive:
                whole = _joined(sentence, out[j - 1], out[j])
                if _abbreviates(words(strip_suffix(whole.text)), words(m.group(1))) and is_org_name(out[j].text):
                    out[j - 1: j + 1] = [whole]  # 'Export Controls and Sanctions Advisors LLC ("ECS Advisors")'
    i = len(out) - 1
    while i > 0:
        left, right = out[i - 1], out[i]
        if (sentence[left.end:right.start] == " and " and not left.possessive
                and one_name(left.text, right.text, sentence.endswith(", ", 0, left.start),
                             left.text.startswith("The ") or _DETERMINER.search(sentence, max(0, left.start - 5), left.start) is not None)):
            out[i - 1: i + 1] = [_joined(sentence, left, right)]
        i -= 1
    return _with_missions(sentence, _with_for_the(sentence, tuple(out)))


def _with_for_the(sentence: str, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """A body's name that goes on after its org word with "for the", which spans end at: the
    "International Centre for the Study of Radicalisation", the "U.N. Office for the
    Coordination of Humanitarian Affairs" (not a known body's purpose: "the Environmental
    Protection Agency for the Oko West Project", nor one for another body or for a place, nor
    what is no name whole).
    The spans leave out the words that open the rest ("Study of"): the text between is read."""
    if " for the " not in sentence:
        return found  # (a string test first)
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        left, right = out[i], out[i + 1]
        gap = _FOR_THE.fullmatch(sentence, left.end, right.start)
        if gap is None or left.possessive or words(left.text)[-1] not in lexicon.org_words():
            continue
        head = clean_org(without_the(left.text))
        if (head in lexicon.known_organizations() or head in lexicon.known_organization_aliases() or head in lexicon.places()
                or (" " not in head and not left.text.startswith("The ")
                    and not _THE_BEFORE.search(sentence, max(0, left.start - 4), left.start))):
            continue  # (a word alone needs "the": "the Institute for the Future", not "Chief of Police for the ...")
        if right.text.isupper() or right.text in lexicon.places() or is_org_name(right.text):
            continue  # a body for another, or for a place: "Ocean Networks for the HIFL", "CARE International for the Vanuatu"
        whole = _joined(sentence, left, right)
        if is_org_name(clean_org(without_the(whole.text))):
            out[i: i + 2] = [whole]
    return tuple(out)


# " for the " and the capitalized words a span left out: " for the Study of ".
_FOR_THE = re.compile(r" for the (?:[A-Z][\w-]*\s+(?:(?:of|and|&)\s+)?)*")


def _with_missions(sentence: str, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """A body named for its mission, "to" and a verb after its org word, is one name: "the
    National Committee to Preserve Social Security and Medicare called ...", "the Committee to
    Protect Journalists said" (after "the", and ending where running text goes on: not a
    headline's "Acme Center to Host Annual Gala on May 5")."""
    if " to " not in sentence:
        return found  # (a string test first)
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        left, right = out[i], out[i + 1]
        if (sentence[left.end:right.start] != " to " or left.possessive or not right.text[0].isupper()
                or words(left.text)[-1] not in lexicon.org_words() or words(right.text)[0] in lexicon.org_words()
                or not (left.text.startswith("The ") or _THE_BEFORE.search(sentence, max(0, left.start - 4), left.start))):
            continue
        last = i + 1
        if (i + 2 < len(out) and sentence[right.end:out[i + 2].start] == " and " and not right.possessive
                and _RUNNING_ON.match(sentence, out[i + 2].end)):
            last = i + 2  # "... to Preserve Social Security and Medicare called"
        if _RUNNING_ON.match(sentence, out[last].end):
            out[i: last + 1] = [_joined(sentence, left, out[last])]
    return tuple(out)


_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
# Running text after a name: punctuation, or a lower-case word that is no preposition ("said", "and").
_RUNNING_ON = re.compile(r"\s*(?:$|[,.;:!?)]|['’]s\b|\s(?!(?:on|in|at|for|with|from|by|of|to)\b)[a-z])")


_DETERMINER = re.compile(r"(?:\b[Tt]he|\w['’]s)\s$")  # "the ", "Indonesia's " before a name


def _with_coined_words(sentence: str, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """A word of digits and capitals opens an organization's name, which spans leave out:
    "Blackwell 3D Construction Corp.", "4D Smoke Shop", "N6 Group" (the span before it, if
    only a space parts them, is the name's start)."""
    out = list(found)
    for i in range(len(out) - 1, -1, -1):
        s = out[i]
        m = _COINED_BEFORE.search(sentence, max(0, s.start - 12), s.start)
        if m is None or not (is_org_name(s.text) or s.text.rsplit(None, 1)[-1] in lexicon.org_words()):
            continue  # (ordinary words before an org word: "4D Smoke Shop")
        start = m.start(1)
        if i and out[i - 1].end == start - 1 and not out[i - 1].possessive and " " not in out[i - 1].text:
            start = out[i - 1].start  # "Blackwell" of "Blackwell 3D Construction Corp."
            out[i - 1: i + 1] = [Span(sentence[start:s.end], start, s.end, s.possessive)]
        else:
            out[i] = Span(sentence[start:s.end], start, s.end, s.possessive)
    return tuple(out)


def _after_a_slash(sentence: str, found: tuple[Span, ...]) -> tuple[Span, ...]:
    """A name written right after another's and a slash keeps its first word, which spans leave
    out: "American Heart Association/American Medical Association" (not "Medical Association")."""
    out = list(found)
    for i in range(1, len(out)):
        m = _SLASHED_WORD.search(sentence, out[i - 1].end, out[i].start)
        if m and m.start() == out[i - 1].end and m.end() == out[i].start:
            out[i] = Span(sentence[m.start(1):out[i].end], m.start(1), out[i].end, out[i].possessive)
    return tuple(out)


# A slash and a capitalized word between two spans: "Association/American Medical".
_SLASHED_WORD = re.compile(r"/([A-Z][a-z]+) ")
_DIGIT = re.compile(r"\d")
# "3D", "4D", "N6", "5G" right before a span: a coined word of a name.
_COINED_BEFORE = re.compile(r"(?<![\w.,/:$-])(\d+[A-Z][A-Za-z]*|[A-Z]+\d+[A-Z\d]*) $")
LOWER_WORD = re.compile(r"\b(?!and\b)[a-z]")  # a word no name of this kind has before its acronym's phrase


def _joined(sentence: str, first: Span, last: Span) -> Span:
    return Span(sentence[first.start:last.end], first.start, last.end, last.possessive)
