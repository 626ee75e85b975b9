"""What comes before a person's name in a sentence and gives the role, when no title leads
the name's own span: a title set off by commas ("Bevel CEO, Damon Frost, announced"), a title
joined by "and" to the one that does ("Quotient President and CEO Jane Roe"), a title in the
plural before a list of names ("board members Jane Roe and John Doe"), a deed ("hosted by
Adam Curry"), the body the person leads ("Crossbay is led by CEO Jane Roe"), a past title
held elsewhere ("Unbuzzd, led by former Acme executive Jane Roe") and any title that "former"
or "ex-" makes a past one ("former Liverpool midfielder Jane Roe").

Its own module because these readings look back from the name over the sentence, each with
its own patterns, while people.py decides with them whether and how a span names a person;
what follows a name is apposition.py's.
"""
from __future__ import annotations

import functools
import itertools
import re

from . import lexicon
from .names import looks_like_person, spans, without_the
from .person_names import DAYS, FIRST_NAME_TITLES
from .titles import (ROLE_MODIFIERS, common_word, has_title_word, is_title, owner_first, strip_leading_noise, title_before,
                     title_heads)

_CAPITALIZED_RUN = re.compile(r"(?:[A-Z][\w&.\-]*\s+){1,3}$")
# What someone did, said by the verb before "by" (and the other names of a list): "hosted by
# media veterans Adam Curry and John C. Dvorak", "moderated by Jane Roe".
_AGENT_ROLES = {"hosted": "host", "co-hosted": "co-host", "moderated": "moderator", "founded": "founder",
                "co-founded": "co-founder", "directed": "director", "written": "writer", "produced": "producer",
                "presented": "presenter", "narrated": "narrator", "curated": "curator", "illustrated": "illustrator",
                "authored": "author", "edited": "editor", "photographed": "photographer", "designed": "designer"}
# A name of up to four capitalized words; "by", a few lower-case words and names in a list ending `before`.
_NAME_IN_LIST = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*"
_BY_NAMES = rf"\s+by\s+(?:[a-z][a-z-]*\s+){{0,3}}(?:{_NAME_IN_LIST}(?:,\s*|,?\s+and\s+|\s*&\s*)){{0,3}}$"
_AGENT_BEFORE = re.compile(rf"\b((?i:{'|'.join(_AGENT_ROLES)})){_BY_NAMES}")


def agent_role(before: str) -> str | None:
    """What the names ending `before` did, by the verb before their "by": "hosted by |Adam
    Curry" -> "host", "moderated by Jane Roe and |John Doe" -> "moderator"."""
    agent = _AGENT_BEFORE.search(before, max(0, len(before) - 120))
    return _AGENT_ROLES[agent.group(1).lower()] if agent else None


def owner_run(before: str) -> str:
    """The capitalized words that end `before` and open an owner's name whose last word
    follows: "Meanwhile Helix " (of "Helix Labs") -> "Helix ", "Boko " (of "Boko Haram's leader")."""
    m = _CAPITALIZED_RUN.search(before)
    ws = m.group(0).split() if m else []
    while ws and (lexicon.is_function_word(ws[0]) or ws[0].lower() in lexicon.openers()
                  or ws[0] in DAYS):
        ws = ws[1:]  # "Yesterday Argentina's economy minister, X"
    return " ".join(ws) + " " if ws else ""


@functools.cache
def _leading_title() -> re.Pattern[str]:
    return re.compile(rf"(?:{ROLE_MODIFIERS}\s+)?(?:{lexicon.title_pattern()})\b", re.IGNORECASE)


# What may follow a title and still be part of the role (with a title's word: "general director"):
# "CEO of Acme", "chief and founder".
_ROLE_GOES_ON = frozenset({"of", "at", "for", "to", "in", "on", "with", "from", "and", "&", "emeritus"})


_COPULA_IN = re.compile(r"\s(?:is|was|are|were|be|been|became|remains)\s")


@functools.cache
def _ending_title() -> re.Pattern[str]:
    # (not after a join, whose title owns the role: "the spokesman for the prime minister")
    return re.compile(rf"(?<!\sto)(?<!\sfor)(?<!\sof)(?<!\sat)(?<!\swith)(?<!\sfrom)(?<!\sin)(?<!\son)(?<!\sby)(?<!\sand)(?<!&)"
                      rf"\s(?:the|a|an|its|his|her|their|our)\s+((?:{ROLE_MODIFIERS}\s+)?(?:{lexicon.title_pattern()}))$",
                      re.IGNORECASE)


def title_without_clause(role: str) -> str:
    """The role of "the <title> ..., Name" up to its title when a clause follows the title: "the
    leader| who impressed him most was ..., Xi", "The Tory leader| wanted to meet ..., Mr Fox";
    the title nearest the name when a clause with no copula ends in one: "the mayor to apologise for
    likening the reporter, |Jane Roe" -> "reporter"; none when the title owns what follows: "the prime
    minister's enthusiasm ... remains undimmed, X"."""
    if " " in role and not _COPULA_IN.search(role) and (last := _ending_title().search(role, max(0, len(role) - 60))):
        return last.group(1)  # (after a copula both titles are hers: "the leader ... was the chancellor")
    m = _leading_title().match(role)
    if m and role.startswith(("'s ", "’s "), m.end()) and not has_title_word(" ".join(role[m.end() + 3:].split()[:2])):
        return ""  # (but "the prosecutor's spokeswoman, X")
    rest = role[m.end():].split(None, 1) if m else []
    if rest and rest[0][:1].islower() and rest[0] not in _ROLE_GOES_ON and rest[0] not in lexicon.title_words():
        return role[: m.end()]
    return role


_CLAUSE_WORDS = frozenset({"as", "a", "an", "or", "than", "like"})
_AS = frozenset({"as"})
# The sentence's verb right after a name: "Acme CEO, Jane Roe| will moderate", "..., Jane Roe| said".
VERB_AFTER = re.compile(r"\s+(?:will|would|has|had|have|is|was|[a-z]{3,}ed|said|says|adds|notes)\b")


def title_set_off(sentence: str, before: str, closed: bool = True) -> tuple[str | None, str | None]:
    """A title and its owner before a name set off by commas (`closed`), or by one with the verb
    after the name: "Bevel CEO, |Damon Frost, announced", "Acme CTO, |Jane Roe will speak",
    "Acme founder, |Jane Roe," -> ("founder", "Acme"); not the title of the person listed before
    ("Jane Roe, CEO, |John Doe, CFO") nor one a clause gives ("as US President, |Tony Blair has said")."""
    head = before[:-2]
    title, owner = title_before(head + " ")
    if not title:
        return None, None
    listed = head.rfind(", ")
    if listed >= 0 and any(x.end == listed and looks_like_person(x.text) for x in spans(sentence)):
        return None, None
    if not (_AS if closed else _CLAUSE_WORDS).isdisjoint(head[: head.rfind(title)].split()[-2:]):
        return None, None  # "as US President, |Tony Blair has said", "a seasoned investor, |Acme Hive is": a clause's
        # (but closed by a comma, "a detective, |Jane Roe, who" is hers)
    if not owner:  # a capitalized owner before a capitalized title: "Bevel CEO"
        run = next((x for x in spans(sentence) if x.end == len(head)), None)
        owner = owner_first(run.text)[1] if run and not run.possessive and run.text.endswith(title) else None
    return title, owner


# A body, then who leads, founded or hosts it: "Crossbay is led by CEO", "The Avalon Show, hosted by
# media veterans Jane Roe and" (before the name's title).
# (An apposition may come between: "Acme, a boutique firm, was founded by", "Acme, a firm founded by".)
_LED_LEAD = (r"(?:,\s+(?:a|an|the)\s+[^,;:()\"“”]{1,80}?(?:,\s+(?:(?:is|was|has\s+been)\s+)?|\s+)"
             r"|,\s*|\s*\(\s*|\s+(?:is|was|are|were|has\s+been)\s+|\s+)")
_LED_VERBS = r"led|headed|run|founded|co-founded|chaired|owned|managed"
_BODY_BY = re.compile(rf"{_LED_LEAD}(?:{_LED_VERBS}|hosted|co-hosted){_BY_NAMES}")


# A body, "led by", and the people listed before the one whose title ends the text: "Unbuzzd, led by
# former Acme executive Jane Roe and " (each of the list may hold lower-case words).
_BODY_BY_LIST = re.compile(rf"{_LED_LEAD}(?:{_LED_VERBS})\s+by\s+(?:[^,;:.()\"“”]{{1,80}}?(?:,\s*|,?\s+and\s+|\s*&\s*)){{0,2}}$")
# What comes before a past title and names its owner: "former Acme " (executive), "Acme Holdings’ former " (CEO).
_PAST_OWNER = re.compile(r"\b(?:(?:[Ff]ormer|[Oo]netime|[Ee]x)[\s-]+(?P<owner>(?:[A-Z][\w&.\-]*\s+){0,4}[A-Z][\w&.\-]*)"
                         r"|(?P<possessor>(?:[A-Z][\w&.\-]*\s+){0,4}[A-Z][\w&.\-]*)['’]s?\s+(?:former|onetime|ex-?))\s+$")


def past_title_of_body_led(sentence: str, before: str, title: str) -> tuple[str, str, int] | None:
    """A title the person held at a named owner before, ending `before`, when the sentence says
    what body the person leads now: "Unbuzzd, led by former Acme executive |Jane Roe" ->
    ("former Acme executive", "Unbuzzd", where the title starts); "Acme Holdings’ former CEO"
    reads "former CEO of Acme Holdings". The past body is no affiliation."""
    if not before.endswith(f" {title} "):
        return None
    m = _PAST_OWNER.search(before, max(0, len(before) - len(title) - 120), len(before) - len(title) - 1)
    if not m or m.end() != len(before) - len(title) - 1:
        return None
    body = body_led_by(sentence, m.start(), _BODY_BY_LIST)
    if not body:
        return None
    owner = m.group("possessor")
    role = f"former {title} of {strip_leading_noise(owner)}" if owner else before[m.start():].strip()
    return role, body, m.start()


def body_led_by(sentence: str, end: int, pattern: re.Pattern[str] | None = None) -> str | None:
    """The body named right before "led by" (or "founded by", "hosted by") and the words up to
    `end`, if it names no person or place: "Global Ventures Group, led by |Founder Jane Roe"."""
    m = (pattern or _BODY_BY).search(sentence, max(0, end - 160), end)
    body = next((x for x in spans(sentence) if x.end == m.start()), None) if m else None
    if body is None or body.possessive or looks_like_person(body.text) or body.text in lexicon.places():
        return None
    if sentence[: body.start].rstrip().endswith(","):
        return None  # the end of an address: "based in Rossendale, Lancashire, founded by"
    name = without_the(body.text)
    return name if not common_word(name) else None


# A title in the plural, then the names that hold it: "board members Jane Roe and ", "co-founders ".
# (The names are listed with commas, the last one after "and": not "physicians Jane Roe and John Doe,
# Acme Magazine said".)
_PLURAL_TITLE = re.compile(rf"(\S+\s+)?\b([a-z][a-z-]+[a-rt-z])s\s+(?:{_NAME_IN_LIST},\s*){{0,3}}(?:{_NAME_IN_LIST},?\s+and\s+)?$")
# Plurals that are verbs as often: "Jane Roe heads Acme", "Roe chairs the panel".
_VERB_PLURALS = frozenset({"head", "chair", "lead", "host", "co-host", "coach", "judge", "captain", "co-chair"})


def plural_title(before: str) -> re.Match[str] | None:
    """A title in the plural before the list of names that ends `before`, not a verb's -s
    after its subject ("Roe heads Acme"; but "show hosts Jane Roe and")."""
    tail = before.rstrip()
    last = tail[tail.rfind(" ") + 1:]
    if not (last.endswith(",") or last == "and" or (last[:1].islower() and last.endswith("s")
                                                     and last[:-1].rsplit("-", 1)[-1] in title_heads())):
        return None  # (most names: decided without the regex)
    m = _PLURAL_TITLE.search(before, max(0, len(before) - 160))
    if m and m.group(2) in _VERB_PLURALS and not (m.group(1) or "a")[0].islower():
        return None
    return m


JOINED = re.compile(r"\s(?:and|&)\s+$")


def joined_before_title(sentence: str, before: str, title: str) -> tuple[str, str | None, int] | None:
    """A title joined by "and" to the free-standing title that ends `before`, as `joined_title`
    reads it: "Acme CEO and |chair |Jane Roe" -> ("CEO", "Acme", at "Acme"), "host and |pastor
    |Jane Roe" -> ("host", None, ...)."""
    tail = before.rstrip()
    if not tail.endswith(f" {title}") or not JOINED.search(tail, max(0, len(tail) - len(title) - 12), len(tail) - len(title)):
        return None
    return joined_title(sentence, tail[: len(tail) - len(title)])
_BOTH = re.compile(r"\b[Bb]oth\s+(?:the\s+)?$")  # two people: "both the prime minister and Chancellor Roe"


def joined_title(sentence: str, before: str) -> tuple[str, str | None, int] | None:
    """A title joined by "and" to the one that leads the name, its owner and where it starts:
    "Quotient President and |CEO Jane Roe" -> ("President", "Quotient", at "Quotient"), "Donut
    founder and |CEO Chris Roe" -> ("founder", "Donut", ...); not "Jane Doe and |CEO John Roe"."""
    m = JOINED.search(before, max(0, len(before) - 12))
    if not m:
        return None
    end = m.start()
    prev = next((x for x in spans(sentence) if x.end == end), None)
    if prev is None:  # a lower-case title: "Donut founder and" (not "both the prime minister and")
        title, owner = title_before(before[:end] + " ")
        if not title or not before[:end].endswith(title) or _BOTH.search(before, 0, end - len(title)):
            return None
        return title, owner, end - len(title)
    if prev.possessive or prev.text in FIRST_NAME_TITLES:
        return None  # "the Queen and Prince Philip": a royal title names its own holder
    if is_title(prev.text):
        return prev.text, None, prev.start
    title, owner = owner_first(without_the(prev.text))  # "The Open Door President and"
    return (title, prev.text[: -len(title)].strip(), prev.start) if owner and is_title(title) else None


# A word that makes the title after it a past one, and the owner's or kind's words between:
# "former |Liverpool |midfielder", "Ex-|Labour |MP", "onetime |spin |chief" (not "former employees
# of |Acme CEO": no function word between).
_PAST_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘']))(?:[Ff]ormer|[Oo]netime|[Oo]ne-time|[Ee]x)(?:\s+|-)"
                          r"((?:[\w&.'’-]+\s+){0,4})$")


def past_title(head: str, role: str, affiliation: str | None) -> tuple[str, str | None]:
    """The role read before a name, as a past one when "former" or "ex-" leads it: "former
    Liverpool |midfielder Jane Roe" -> "former midfielder" (at Liverpool, the affiliation, as
    ", former CEO of Acme," reads), "onetime spin |chief Jane Roe" -> "former spin chief"; with
    the affiliation without its "Ex-" ("Ex-Labour |MP Jane Roe": ("former MP", "Labour")).
    `head` is the sentence up to the title, or up to the name when the title is inside it."""
    tail = head.rstrip()
    if len(tail) > len(role) and tail.endswith(role) and tail[-len(role) - 1] in " -":
        head = tail[: -len(role)]  # the title ends the text: "former Liverpool midfielder ", "ex-finance chief"
    low = head[-60:].lower()
    if "former" not in low and "ex" not in low and "onetime" not in low and "one-time" not in low:
        return role, affiliation  # the common case, decided without the regex
    m = _PAST_BEFORE.search(head, max(0, len(head) - 60))
    if not m or PAST_ROLE_START.match(role):
        return role, affiliation
    between = m.group(1).split()
    if any(lexicon.is_function_word(w) or w.endswith(("'s", "’s", "'", "’")) for w in between) or (
            role.split()[-1].lower() in " ".join(between).lower()):
        return role, affiliation  # "former employees of Acme CEO Jane Roe": the past is not hers; "former Acme
        # directors Jane Roe and": the title read is not where the text ends
    if affiliation:  # the owner's words are the affiliation's: "former |Liverpool |midfielder"
        between = between[len(between) - sum(1 for _ in itertools.takewhile(str.islower, reversed(between))):]
    if affiliation and affiliation.startswith(("Ex-", "ex-")):
        affiliation = affiliation[3:]
    return " ".join(["former", *between, role]), affiliation


PAST_ROLE_START = re.compile(r"(?i:former|then|previously|formerly|onetime|one-time|erstwhile|ex)(?:\s|-)")
