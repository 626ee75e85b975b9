"""People: who is named, in what role, for whom.

A person mention is a name-shaped span with evidence: a title or honorific before it
("Foreign Minister Jeyhun Bayramov", "Dr. Lee"), an apposition after it ("Jane Roe,
CEO of Acme,"), an attribution ("said Jane Roe", "according to Jane Roe"), or, weakest,
a known first name. The affiliation comes from the apposition's organization, a
possessive owner ("Azerbaijan's Foreign Minister") or a demonym ("Palestinian
Ambassador" -> Palestine).
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from . import lexicon
from .names import Span, looks_like_person, quoted_alone, spans, surname, words
from .name_prefix import cached_split_prefix
from .organizations import is_org_name
from .places import PLACE_UNITS
from .titles import (ROLE_MODIFIERS, common_word, generic_owner, has_title_head, has_title_word, internal_body, is_title,
                     owner_after, owner_first, the_title_before_pattern, title_before, title_heads)

_SPEECH = (r"said|says|added|adds|noted|notes|stated|states|explained|explains|commented|comments|"
           r"remarked|shared|shares|emphasized|emphasised|stressed|observed|concluded|continued|"
           r"proclaimed|expressed|announced|highlighted|told|wrote|writes|pointed out|recalled|"
           r"affirmed|reiterated|declared|according to")
_SPEECH_WORDS = tuple(_SPEECH.split("|"))
_SAID_AFTER = re.compile(rf"^\s+(?:(?:has|had|have|also|later|then|once|previously)\s+){{0,2}}(?:{_SPEECH})\b")  # "has said"
_SAID_AT_END = re.compile(rf"\s+(?:{_SPEECH})$")  # "CEO of Acme commented": the quote follows
_SAID_AFTER_APPOSITION = re.compile(rf"^,\s+[^\"“”]{{1,160}}?,\s+(?:{_SPEECH})\b")
# A role stated with "as" after the name: "spoke as a doyen of the diplomatic corps", "named
# Jane Roe as its new chief financial officer", "Curtis Brockelman, Jr. as Executive Chairman",
# "Jane Roe, a veteran banker, has joined the company as its CFO"; with only such verbs
# between, so the role is the name's ("positions Emperor as a near-term producer" is not).
_AS = re.compile(
    r"(?:,\s[^,.;:!?\"“”()\n]{1,100},)?\s*(?:(?:has|have|had|will|would|may|might|could|should|can|must|to|is|was|"
    r"were|be|been|being|widely|also|now|previously|formerly)\s+){0,3}"
    r"(?:(?:named|appointed|elected|hired|promoted|selected|confirmed|reappointed|tapped|chosen|designated|"
    r"recognized|recognised|known|regarded|described|introduced|credited|remembered)\s+"
    # a verb whose "as" phrase is its subject's, whatever object or place follows
    r"|(?:joins|joined|join|serves|served|serve|serving|returns|returned|return|continues|continued|continue|"
    r"remains|remained|stays|works|worked|work|acts|acted|act|steps\s+in|stepped\s+in|spoke|speaks|speak|"
    r"participates|participated|comes\s+on\s+board|came\s+on\s+board|began|begins|started|starts)"
    r"(?:\s[^,.;:!?\"“”()\n]{1,60}?)?(?<!\ssuch)(?<!\swell)\s+"
    r"|(?:(?:in|with|for)\s+)?(?:his|her|their)\s+(?:work|role|time|career|tenure|capacity|job)\s+)?"
    r"as\s+(?:(?:a|an|the|its|our|their|his|her)\s+)?(?:new\s+)?(?=[A-Za-z])"
)
_AS_WORDS = re.compile(r"[^,.;:!?()\"“”\n]*")
_AFTER_ROLE = frozenset({"in", "at", "for", "with", "to", "on", "and"})
# "at Acme", "of the Avalon Bank", "at research firm Gartner" (what kind of body, then its name)
_DEPARTMENT_JOIN = re.compile(r"\s+(at|of|for|with)\s+(?:(?:the\s+)?(?:[a-z-]+\s+|[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+){0,2}?(?:firm|company|group|bank|"
                              r"forecaster|consultancy|agency|broker|brokerage|insurer|lender|retailer|maker|publisher|"
                              r"network|giant|watchdog|regulator|charity|think[- ]tank|newspaper|magazine|website|"
                              r"studio|label)\s+)?(?=(?:the\s+)?(?:[A-Z]|[a-z]{1,3}[A-Z]))")  # "of iRocket"
_APPOSITION_START = re.compile(r"^(?:,\s+|\s*[–—-]\s+|:\s+(?=[A-Z][^\"“]{0,80}$))")
_APPOSITION_LIST = re.compile(r"^,\s+(?:and|or)\b")
_APPOSITION_ARTICLE = re.compile(r"^(?:,|\s*[–—-]|:)\s+(?:the|a|an|our|its)\s+")
_APPOSITION_LEAD = re.compile(r"^(?:,|\s*[–—-]|:)\s+")
_THE = re.compile(r"^the\s+")
_AND = re.compile(r"^(?:and|&)\s+")
_DANGLING_END = re.compile(r"(?:\s+(?:of|at|for|and|to|in|with|from|on)(?:\s+(?:the|a|an))?|\s+(?:the|a|an))+$")
_ORIGIN = re.compile(r"-(?:born|based|raised|bred)$")
_RELATIVE = re.compile(r"\s+(?:who|who's|who’s|whose|which)\b")  # "diplomat who's been serving" -> diplomat
# A finite verb no role holds: ", MD, believes AI-driven technology will benefit patients".
_FINITE = re.compile(r"\b(?:will|would|believes|thinks|hopes|expects|wants|feels|knows|argues|predicts|warns)\b")
# A participle and what it governs: "writing for the majority", "speaking at the summit"
# (not "managing director", "acting CEO").
_PARTICIPLE = re.compile(r"[a-z]+ing\s+(?:for|at|in|on|to|with|about|from|the|a|an|his|her|their|that)\b")
_VERB_OBJECT = re.compile(r"\b[a-z]{3,}ed\s+(?:the|a|an|his|her|its|their|these|this|those|our)\b")
# Words before a role in an apposition: ", who is chairman", ", currently a consultant", ", as its new CEO".
_ROLE_LEAD = re.compile(r"^(?:who\s+(?:is|was)|currently|also|now|as)\s+(?:(?:a|an|the|its|our|their)\s+)?")
_LOWER_TITLE_THEN_NAME = re.compile(r"(\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+)[A-Z]")
_OWNED = re.compile(r"\b([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})['’]s\s")
_CAPITALIZED_RUN = re.compile(r"(?:[A-Z][\w&.\-]*\s+){1,3}$")
# Titles at the head of a whole organization, never of a department.
_HEADS_NO_DEPARTMENT = re.compile(r"(?:\b(?:CEO|[Cc]o-?[Ff]ounder|[Ff]ounder|[Oo]wner|[Cc]hair(?:man|woman|person)?)"
                                  r"|[Cc]hief [Ee]xecutive [Oo]fficer)$")
_NAME_RUN = re.compile(r"(?:[A-Z][a-z]+\s+and\s+)?[A-Z][\w.&'’\-]*(?:\s+(?:(?:&|of|the|for)\s+)?[A-Z][\w.&'’\-]*)*")
_RESIDENT_AFTER = re.compile(r"\s+(?:residents?|natives?)\b")  # a place: "Royal Palm Beach resident Jane Roe"
# What someone did, said by the verb before "by" (and the other names of a list): "hosted by
# media veterans Adam Curry and John C. Dvorak", "moderated by Jane Roe".
_AGENT_ROLES = {"hosted": "host", "co-hosted": "co-host", "moderated": "moderator", "founded": "founder",
                "co-founded": "co-founder", "directed": "director", "written": "writer", "produced": "producer",
                "presented": "presenter", "narrated": "narrator", "curated": "curator", "illustrated": "illustrator",
                "authored": "author", "edited": "editor", "photographed": "photographer", "designed": "designer"}
_AGENT_BEFORE = re.compile(rf"\b((?i:{'|'.join(_AGENT_ROLES)}))\s+by\s+(?:[a-z][a-z-]*\s+){{0,3}}"
                           r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:,\s*|,?\s+and\s+|\s*&\s*)){0,3}$")
_HONORIFIC_WORDS = frozenset({"Dr", "Prof", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Lady"})
_AND_TITLE = re.compile(r"\s+and\s+(?=[A-Z])")
_OF_AFTER = re.compile(r",?\s+of\s+(?:the\s+)?")
_OWNER_BEFORE = re.compile(rf"([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){{0,4}})['’]s?\s+(?:{ROLE_MODIFIERS}\s+)?$")
_TERMINATOR = re.compile(r"[;:!?\"“”()]|,(?!\s*(?:Inc|LLC|Ltd|Corp|LLP|Jr|Sr)\b)"
                         r"|\.(?=\s|$)(?<!Inc\.)(?<!Co\.)(?<!Corp\.)(?<!Ltd\.)(?<![A-Z]\.[A-Z]\.)")  # not "U.S."


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person in one sentence."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    strong: bool = False  # a title, honorific, apposition or attribution backs it
    quoted: bool = False
    titled: bool = False  # a title or honorific before the name: "manager Arsene Wenger", "Dr. Roe"
    by_deed: bool = False  # the role is what the sentence says the person did: "hosted by Jane Roe"


# Words no person's name holds: a place or its office ("Wilson County Sheriff"), a road or a
# building named after someone ("George Bush Turnpike", "Frank Erwin Center Arena").
_PLACE_UNITS = frozenset(PLACE_UNITS)
_NOT_IN_NAMES = _PLACE_UNITS | frozenset({"Turnpike", "Highway", "Parkway", "Expressway", "Freeway", "Tunnel",
                                          "Avenue", "Boulevard", "Plaza", "Stadium", "Arena", "Museum", "Library",
                                          "Bridge", "Square", "Station", "Memorial", "Creek"})
# Words that open place names and no one's name: "Santa Barbara", "Los Gatos", "Fort Worth".
_PLACE_OPENERS = frozenset({"Santa", "San", "Los", "Las", "Fort", "Port", "Mount", "Cape"})
# Street abbreviations are in no one's name, titled or not: "Henrietta Rd", "Martin Luther King Jr. Blvd".
_STREET_ABBREVIATIONS = frozenset({"Rd", "Rd.", "Ave", "Ave.", "Blvd", "Blvd.", "Hwy", "Hwy.", "Pkwy", "Pkwy."})


# Degrees and credentials after a name: "Jane Roe, MD, PhD - ...", "John Doe, Esq."
_CREDENTIAL = re.compile(r"^,\s*([A-Z][A-Za-z]{0,4}\.(?:[A-Z][a-z]?\.){0,3}|[A-Z]{2,7}|Esq\.?|ESQ|Jr\.?|Sr\.?"
                         r"|(?:Ph|Pharm|Ed|Psy)D|[MB]Sc|[DM]Phil|DrPH|LLM)"
                         r"(?=[,:;–—-]|\s+[–—-]|\s*$|\s+(?![A-Z]))")  # not "WPG President"


def _strip_credentials(after: str) -> str:
    """Drop degrees after a name (", MD", ", Ph.D."), but not a title (", CEO")."""
    while (m := _CREDENTIAL.match(after)) and not is_title(m.group(1).rstrip(".")):
        after = after[m.end():]
    return after


def _apposition(after: str) -> tuple[str | None, str | None]:
    """Role and organization from ", Chief Executive Officer of Acme Widgets, Inc.," or,
    in a speakers' list, " – Vice President, Acme"."""
    stripped = _strip_credentials(after)
    if stripped != after and (m := _AND_TITLE.match(stripped)):
        stripped = ", " + stripped[m.end():]  # "Howard Dvorkin, CPA and Chairman of Debt.com"
    after = stripped
    if not _APPOSITION_START.match(after) or _APPOSITION_LIST.match(after):
        return None, None
    rest = _APPOSITION_ARTICLE.sub("", after)
    rest = _ROLE_LEAD.sub("", _APPOSITION_LEAD.sub("", rest))
    roles: list[str] = []
    org = None
    listed = False
    for _ in range(3):  # "Managing Director, Head of Global Credit at Bank of America"
        end = _TERMINATOR.search(rest)
        part = rest[: end.start()] if end else rest
        head, _, next_role = part.partition(" and ")
        cut = len(part.split()) > 14 and has_title_word(" ".join(next_role.split()[:4]))
        if cut:  # "volunteer president of the AHA and senior vice president of ...": the first role
            part, end = head, None
        following = rest[end.end():].lstrip() if end else ""
        if roles and not org and not listed and not following.startswith("and ") and _org_after_role(part, following):
            org = part.strip()  # "Erik Gordon – Vice President, FilmHedge, ...": the organization alone
            break
        if not part or len(part.split()) > 14 or not has_title_word(part):
            break
        role, part_org = _role_and_org(_RELATIVE.split(_SAID_AT_END.sub("", part), 1)[0])
        if cut and not (part_org and role and role.split()[-1].lower() in title_heads()
                        and not looks_like_person(" ".join(words(part_org)[-2:]))):
            break  # only "<title> of/at <organization>" stands for the whole (not "... Commons William Hague")
        role = _DANGLING_END.sub("", role)  # "founder of the" before a quoted name -> founder
        if not part_org:
            role, part_org = owner_first(role)
        if not part_org:
            role, part_org = owner_after(role)
        if (len(role.split()) > 9 or not role or role[0].isdigit() or _clause(role) or _introduces_a_person(role)
                or (part_org and _introduces_a_person(part))):
            break  # "..., U.S. Secretary of State John Kerry said": another person's title
        roles.append(role)
        org = part_org  # only a role kept brings its organization
        if org or not end or rest[end.start()] != ",":
            break
        rest = _AND.sub("", following)  # "Founder, President, and CEO of Acme"
        listed = rest != following  # the last of a list: "Usher Raymond, Rapper Future, and Gucci Mane"
    return (", ".join(roles) if roles else None), org


# Function words that may open a role: "former CEO", "new director", "his partner".
_ROLE_OPENERS = frozenset({"former", "new", "then", "first", "his", "her", "their"})


def _clause(text: str) -> bool:
    """A clause, not a role: "who previously served as CEO", "will be the main speaker",
    "called the reports fake"."""
    first = text.split(None, 1)[0]
    if first in _SPEECH_WORDS or first in ("called", "calls", "urged", "warned", "described"):
        return True  # "spokesman, Abu Adnani, called reports of ... fake"
    if _VERB_OBJECT.search(text) or _FINITE.search(text) or _PARTICIPLE.match(text):
        return True  # "CEO of the company detailed these findings", "joined the team", "believes AI will help"
    return lexicon.is_function_word(first) and first.lower() not in _ROLE_OPENERS


def _introduces_a_person(role: str) -> bool:
    """The apposition names someone else: "Clippers coach Brian Shaw", "Ana Ruiz and Tom
    Hale as ..." (a name at its start or after a title word; "CEO of Walt Disney" is a role)."""
    for s in spans(role):
        if looks_like_person(s.text):
            before = role[: s.start].split()
            if not before or before[-1].lower() in lexicon.title_words():
                return True
        titles, name, _, _ = cached_split_prefix(s.text)  # "Events Manager Gretchen Sheppard"
        if (titles and len(name) >= 2 and looks_like_person(" ".join(name), strong=True)
                and not _common_name(name) and not _ordinary_last_word(name)):
            return True
    return False


# Words of a department's name that the common words leave out: "External Affairs", "Brand".
_UNIT_WORDS = frozenset({"Affairs", "Relations", "Admissions", "Engineering", "Ventures", "Medical", "International",
                         "Brand", "Creative"})


def _unit_word(word: str) -> bool:
    return word in _UNIT_WORDS or word.lower() in lexicon.common_words()


def _role_and_org(part: str) -> tuple[str, str | None]:
    """Split "Vice President of Sales & Marketing at IT" at the join before the org."""
    joins = list(_DEPARTMENT_JOIN.finditer(part))
    # "at Bank of Avalon" names the employer before any "of"; then the first join
    # whose name is not a department ("of Sales & Marketing").
    joins.sort(key=lambda m: (m.group(1) not in ("at", "with"), m.start()))
    for m in joins:
        tail = _THE.sub("", part[m.end():]).strip()
        tail_spans = spans(tail)
        if not tail_spans or tail_spans[0].start != 0:
            continue
        org = tail_spans[0].text
        head = _HEADS_NO_DEPARTMENT.search(part, 0, m.start())
        if head and m.group(1) == "of" and _NAME_RUN.fullmatch(tail) and (" and " not in tail or common_word(tail.split()[0])):
            # the whole name: "owner of Zachary's Jewelers", "of C&C Painting Group", "of Clean and
            # Simple Cleaning" (joined at "and" only after one common word; not "of Tesla and X")
            org = tail if org.endswith(".") else tail.rstrip(".")
        common = lexicon.common_words()
        department = not head and all(w.lower() in common or not w[0].isalpha() for w in words(org))  # not "CEO of Featured"
        if (m.group(1) == "of" and (department or _owned(part[: m.start()]))) or org == "Law" or internal_body(org):
            continue  # "Attorney at Law"; "Avenue Z's Director of PR" (the owner is named first)
        unit, of_the, owner = org.partition(" of the ")
        if m.group(1) == "of" and of_the and " " not in owner and generic_owner(owner):
            return f"{part[: m.start()].strip()} of {unit}", None  # "Director of Communications of the Company"
        unit, _, owner = org.partition(" for ")
        if m.group(1) == "of" and owner and all(_unit_word(w) for w in words(unit)) and not all(map(_unit_word, words(owner))):
            return f"{part[: m.start()].strip()} of {unit}", owner  # "Director of External Affairs for Lotto.com"
        return part[: m.start()].strip(), org
    return part.strip(), None


def sentence_people(sentence: str, quoted_block: bool = False) -> list[PersonMention]:
    """Person mentions in a sentence, with what the sentence says of each."""
    return list(_sentence_people(sentence, quoted_block))


@functools.lru_cache(maxsize=1024)  # people and organizations both read each sentence's people
def _sentence_people(sentence: str, quoted_block: bool) -> tuple[PersonMention, ...]:
    return tuple(m for m in (person_from_span(s, sentence, quoted_block) for s in spans(sentence)) if m)


def _owned(role: str) -> bool:
    """A role its organization owns: "Avenue Z's Director" (not "Women's Creative Director",
    "Who's Who listee")."""
    for m in _OWNED.finditer(role):
        ws = m.group(1).split()
        if not lexicon.is_function_word(ws[-1]) or ws[-1].isupper():
            if any(w.isupper() or not common_word(w) for w in ws):
                return True
    return False


def _owner_run(before: str) -> str:
    """The capitalized words that end `before` and open an organization's name whose last
    word follows: "Meanwhile Helix " (of "Helix Labs") -> "Helix "."""
    m = _CAPITALIZED_RUN.search(before)
    ws = m.group(0).split() if m else []
    while ws and (lexicon.is_function_word(ws[0]) or ws[0].lower() in lexicon.openers()):
        ws = ws[1:]
    return " ".join(ws) + " " if ws else ""


def _org_after_role(part: str, following: str) -> bool:
    """A name alone after a role and a comma is its organization: ", CEO, Acme Corp," (not a
    place, a credential, a common word, another title, nor the next person of a list: "Jane
    Roe, CEO of Acme, John Doe, CFO of Beta")."""
    part = part.strip()
    ws = part.split()
    if (not _NAME_RUN.fullmatch(part) or len(ws) > 5 or has_title_word(part) or part in lexicon.places()
            or ws[0].rstrip(".") in _HONORIFIC_WORDS or (len(ws) == 1 and (common_word(part) or len(part) <= 4))):
        return False
    if is_org_name(part) or part in lexicon.known_organizations():
        return True
    person_like = len(ws) >= 2 and looks_like_person(part, strong=True)
    return not (person_like and (ws[0] in lexicon.first_names() or has_title_word(" ".join(following.split()[:4]))))


def _as_role(after: str) -> str | None:
    """The role in "as a/its/new <role>" right after a name, up to its last title word:
    lower-case ("as its new chief financial officer", "as a doyen of the diplomatic corps")
    or capitalized and not a title before someone else's name ("as Executive Chairman",
    not "as President Trump arrived")."""
    m = _AS.match(after)
    if not m:
        return None
    ws = _AS_WORDS.match(after, m.end()).group(0).split()
    if ws[0][0].islower():
        lower = list(itertools.takewhile(str.islower, ws))
        end = max((i + 1 for i, w in enumerate(lower[:4]) if w in lexicon.title_words()), default=0)
        if end and ws[end:end + 2] == ["of", "the"]:  # "doyen of the diplomatic corps| in Baku"
            end += next((n for n in (4, 3) if len(lower) >= end + n and (len(ws) == end + n or ws[end + n] in _AFTER_ROLE)), 0)
        return " ".join(ws[:end]) or None
    ws = list(itertools.takewhile(lambda w: w[0].isupper() or w in ("of", "and", "&"), ws[:6]))
    end = max((i + 1 for i, w in enumerate(ws) if w.lower() in title_heads()), default=0)
    if not end or (end < len(ws) and ws[end][0].isupper()):
        return None
    return " ".join(ws[:end])


def _of_organization(sentence: str, end: int) -> str | None:
    """The organization named after "of" right after the name ending at `end`: "Jeffrey
    Fritz, of Soloff & Zervanos,", "Jane Roe of the University of Cambridge said" (not
    ", of Boston,")."""
    m = _OF_AFTER.match(sentence, end)
    span = next((x for x in spans(sentence) if x.start == m.end()), None) if m else None
    name = span.text if span else None
    if not name or name in lexicon.places():
        return None
    return name if is_org_name(name) or " & " in name or name in lexicon.known_organizations() else None


def _owns_next_title(sentence: str, end: int) -> bool:
    """Whether the words after `end` are a lower-case title and a name that the text up to
    `end` owns, as `title_before` reads it: "Cherry Hill| attorney Jeffrey Fritz"."""
    m = _LOWER_TITLE_THEN_NAME.match(sentence, end)
    return bool(m) and title_before(sentence[: m.end(1)])[1] is not None


def _said_before(before: str) -> bool:
    """`before` ends in a speech verb, spaces and an optional "by": "..., said ", "according to ".

    What the regex `(?:said|...)\\s+(?:by\\s+)?$` finds, read from the end instead of searched
    for from the start (this runs for every name in every sentence).
    """
    head = before.rstrip()
    if len(head) == len(before):
        return False
    if head.endswith(_SPEECH_WORDS):
        return True
    if head.endswith("by"):
        rest = head[:-2]
        head = rest.rstrip()
        return len(head) < len(rest) and head.endswith(_SPEECH_WORDS)
    return False


def _function_word(word: str) -> bool:
    """A capitalized function word that is no first name ("Said" is one, "Will" not)."""
    return word[0].isupper() and lexicon.is_function_word(word) and word not in lexicon.first_names()


def _first_name(word: str) -> bool:
    """A first name that is no function word ("In", "My" and "Oh" are names too, rarely)."""
    return word in lexicon.first_names() and not lexicon.is_function_word(word)


def _without_glued_words(name_words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name without a function word glued before a first name ("Said Timothy Troke",
    "Yet Evan Mann"), or None for a title or a heading's words ("The Sun", "Everyone Thinks Is",
    "Summer Of Angels"): a name of three words or more holds none. Two words may ("Sena
    Oh", "Emre Can")."""
    if name_words[0] in ("The", "A", "An"):
        return None  # "The Federal Reserve", "The Bee Gees": an article leads no person's name
    if len(name_words) > 1 and _ORIGIN.search(name_words[0]):
        name_words = name_words[1:]  # "Canadian-born Ibsen", "Texas-based Jane Roe"
    if _function_word(name_words[0]):
        rest = name_words[1:]
        if not rest or not (_first_name(rest[0]) or rest[0] in lexicon.honorifics()):
            return None  # "What Ascent Solar", "Oh My God": no name after the glued word
        name_words = rest
    if len(name_words) >= 3 and any(map(_function_word, name_words[1:])):
        return None
    return name_words


def _common_name(name_words: tuple[str, ...]) -> bool:
    """One word, or only common words, with no first name or honorific to make it a person's."""
    first = name_words[0]
    if first in lexicon.first_names() or first in lexicon.honorifics():
        return False
    common = lexicon.common_words()
    return len(name_words) == 1 or all(w.lower() in common for w in name_words)


def _ordinary_last_word(name_words: tuple[str, ...]) -> bool:
    """No known first name and a last word that is a common word but no frequent surname,
    or a compound title: "Quantum Workplace", "Jupiter Research", "Acme Co-founder" (but
    "Paxton Singer")."""
    last = surname(" ".join(name_words)).lower()
    return name_words[0] not in lexicon.first_names() and (
        (last in lexicon.common_words() and last not in lexicon.surname_words())
        or (last.startswith("co-") and last[3:] in title_heads()))  # not "King", nor "McEwen-King"


def person_from_span(s: Span, sentence: str, quoted_block: bool = False) -> PersonMention | None:
    """A person mention if the span names a person in this sentence, else None."""
    role_words, name_words, country, honorific = cached_split_prefix(s.text)
    name_words = _without_glued_words(name_words)
    if name_words is None:
        return None
    shown = " ".join(name_words)  # with a nickname: Christopher "Luke" Breivik
    name_words = tuple(w for w in name_words if not w.startswith('"'))
    name = " ".join(name_words)
    # What the span alone rules out, decided before reading the sentence: a name shape
    # fails even with the strongest context, or one word with no title or honorific.
    if not looks_like_person(name, strong=True) or (len(name_words) == 1 and not (role_words or honorific)):
        return None
    if not (role_words or honorific) and name_words[0] in _PLACE_OPENERS and len(name_words) > 1:
        return None  # "a hospital in Santa Barbara, Clotworthy said"
    if any(w in (_PLACE_UNITS if (role_words or honorific) and len(name_words) > 1 else _NOT_IN_NAMES)
           or w in _STREET_ABBREVIATIONS for w in name_words):
        return None  # "Wilson County Sheriff", "George Bush Turnpike" (but "Rabbi Dan Bridge")
    if len(name_words) > 1 and not honorific and (_common_name(name_words) or _ordinary_last_word(name_words)):
        return None  # "Queen Storage Bed", "Critical Care": common words and no first name
    before, after = sentence[: s.start], sentence[s.end:]
    if not (role_words or honorific) and (_owns_next_title(sentence, s.end) or _RESIDENT_AFTER.match(sentence, s.end)):
        return None  # "Cherry Hill attorney Jeffrey Fritz": the span says whose attorney; "Royal Palm Beach resident"
    if role_words and (s.text.startswith("The ") or before.endswith(("the ", "The "))) and _common_name(name_words):
        return None  # "the General Assembly", "the General Data Protection Regulation"
    role = " ".join(role_words) if role_words else None
    affiliation = country
    strong = bool(role_words) or honorific
    titled = strong
    if not role:
        free_title, owner = title_before(before)
        if free_title:
            role, strong, titled = free_title, True, True
            affiliation = affiliation or owner
    if not role:
        m = the_title_before_pattern().search(before) if before.rstrip().endswith(",") else None
        if m:
            role, strong = m.group("role"), True
            owner = m.group("owner") or m.group("qualifier")
            if m.group("qualifier") and generic_owner(owner):
                role, owner = f"{owner} {role}", None  # "its Council member, Prof. Roe"
            elif m.group("owner") and owner in lexicon.org_words():
                owner = _owner_run(before[: m.start("owner")]) + owner  # "Helix Labs’ CEO, Jane Roe"
            if owner and not affiliation and not generic_owner(owner):
                affiliation = lexicon.places().get(owner, owner)  # "Beeline's CEO, Jane Roe", "the U.S. ambassador, ..."
    by_deed = False
    if not role and "by" in before:
        agent = _AGENT_BEFORE.search(before, max(0, len(before) - 120))
        if agent:  # "hosted by Adam Curry and John Dvorak"
            role, by_deed = _AGENT_ROLES[agent.group(1).lower()], True
    if role and not affiliation:
        owner = _OWNER_BEFORE.search(before)
        if owner and s.start - owner.end() <= 0:
            affiliation = lexicon.places().get(owner.group(1), owner.group(1))
    app_role, app_org = (None, None) if s.possessive else _apposition(after)
    if app_role and not (strong or has_title_head(app_role) or name_words[0] in lexicon.first_names()):
        app_role, app_org = None, None  # "Witness Directory, showcasing ... marketing strategies"
    if app_role:
        strong = True
        role = app_role if not role or by_deed or len(app_role) > len(role) else role  # a title over a deed
        by_deed = by_deed and role != app_role
        affiliation = app_org or affiliation
    elif not s.possessive:
        affiliation = _of_organization(sentence, s.end) or affiliation  # "Jeffrey Fritz, of Soloff & Zervanos,", "Jane Roe of Acme"
    # "said Jane Roe's lawyer", "he highlighted Acme Auctions' policy": the owner does not speak
    said = bool((_said_before(before) and not s.possessive) or _SAID_AFTER.match(after)
                or _SAID_AFTER_APPOSITION.match(after))
    strong = strong or said
    if not looks_like_person(name, strong=strong) or (not strong and quoted_alone(sentence, s)):
        return None  # 'the movie "Star Wars,"': a quoted name alone is a work's title
    if len(name_words) == 1 and name_words[0] in lexicon.first_names() and not honorific:
        return None  # "President Trump" names a surname; "Minister Jane" is a fragment
    extra = _as_role(after) if "as " in after else None
    if extra and extra.lower() not in (role or "").lower():
        role = f"{role}; {extra}" if role else extra
    if affiliation and common_word(affiliation) and not _HEADS_NO_DEPARTMENT.search(role or ""):
        affiliation = None  # "Director, Sales", "the Ranking Member": a department or a qualifier
    return PersonMention(name=shown, role=role, affiliation=affiliation, strong=strong,
                         quoted=said or (quoted_block and strong), titled=titled, by_deed=by_deed and role is not None)
