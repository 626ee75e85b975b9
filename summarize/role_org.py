"""A role phrase cut into the role and the organization it is held at: "Vice President of
Sales & Marketing at Acme" -> ("Vice President of Sales & Marketing", "Acme"), where a
department ("of Sales"), a portfolio ("Minister of Health"), a title across the join
("Secretary of State of Arizona") or a creator's work ("author of The Buddha and the Bee")
stays in the role, and a body's whole name is read after a title that heads a whole body
("owner of Zachary's Jewelers"); a body before the title ("American Association for Public
Broadband Executive Director"), a unit before the body ("Retail Solutions at Acme"), a name
alone after a role and a comma (", CEO, Acme Corp,").

Its own module because these are questions of a role's words alone, asked of each part of an
apposition (apposition.py) once it has been cut from the sentence.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .names import Span, looks_like_person, spans, words
from .org_names import is_org_name
from .titles import common_word, generic_owner, has_title_head, has_title_word, internal_body, is_title, title_heads

# "at Acme", "of the Avalon Bank", "at research firm Gartner", "of robot service company Neubility"
# (what kind of body, then its name; the words before the kind join nothing: not "of |marketing for| giant Astra")
_DEPARTMENT_JOIN = re.compile(r"\s+(at|of|for|with|from)\s+(?:(?:the\s+)?(?:(?!(?:at|of|for|with|from|in|on|and|to|the)\s)[a-z-]+\s+|(?:(?:South|North|East|West|Central)\s+)?[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+){0,3}?(?:firm|company|group|bank|"
                              r"forecaster|consultancy|agency|brokers?|brokerage|insurer|lender|retailer|maker|publisher|"
                              r"network|giant|watchdog|regulator|charity|think[- ]tank|newspaper|magazine|website|app|"
                              r"studio|label|organi[sz]ation|broadcaster|nonprofit|non-profit|startup|organi[sz]ers|body|"
                              r"start-up|association|outlet)\s+)?(?=(?:the\s+)?(?:[A-Z]|[a-z]{1,3}[A-Z]|\d+[A-Za-z]))")  # "of iRocket", "at 4Cast"
_THE = re.compile(r"^the\s+")
# A body's name that opens with digits and letters: "20th Century Fox", "4Cast", "3M Company" (not "10T / 1RT").
_DIGIT_BODY = re.compile(r"\d+[A-Za-z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*)*")
_NUMBER_WORD = re.compile(r"\d+(?:s|st|nd|rd|th|am|pm)")  # "the 1970s", "the 3rd": no name
_OWNED = re.compile(r"\b([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})['’]s\s")
# Titles at the head of a whole organization, never of a department.
_HEADS_NO_DEPARTMENT = re.compile(r"(?:\b(?:CEO|[Cc]o-?[Ff]ounder|[Ff]ounder|[Oo]wner|[Cc]hair(?:man|woman|person)?)"
                                  r"|[Cc]hief [Ee]xecutive [Oo]fficer)$")
NAME_RUN = re.compile(r"(?:[A-Z][a-z]+\s+and\s+)?[A-Z][\w.&'’\-]*(?:\s+(?:(?:&|of|the|for)\s+)?[A-Z][\w.&'’\-]*)*[™®]?")  # "Acme™"
_BODY_JOIN = re.compile(r"\s(?:of|for|&)\s")  # "Institute for Technology Law & Policy"


_AT_BODY = re.compile(r"\s+(?:at|with)\s+(?:the\s+)?(?=[A-Z])")


def unit_at_body(part: str) -> tuple[str, str] | None:
    """A unit, then the body it is part of, after a title: "Workplace Solutions at Acme Bank"
    -> ("Workplace Solutions", "Acme Bank") (not a place: "Sales at Boston")."""
    m = _AT_BODY.search(part)
    if not m or has_title_word(part):
        return None
    unit, tail = part[: m.start()].strip(), part[m.end():]
    body = spans(tail)
    if (not (NAME_RUN.fullmatch(unit) and len(unit.split()) <= 6 and body and body[0].start == 0)
            or looks_like_person(unit)):
        return None
    name = body[0].text
    return (unit, name) if name not in lexicon.places() and not looks_like_person(name) else None


# Words of a department's name that the common words leave out: "External Affairs", "Brand".
_UNIT_WORDS = frozenset({"Affairs", "Relations", "Admissions", "Engineering", "Ventures", "Medical", "International",
                         "Brand", "Creative", "E-Commerce", "Ecommerce", "Chain", "Resources"})
# A department whose last word also ends bodies' names ("Recharge Resources"): "Human Resources".
_DEPARTMENT_ENDS = frozenset({("Human", "Resources")})


def _unit_word(word: str) -> bool:
    return word in _UNIT_WORDS or word.lower() in lexicon.common_words()


def _plain_unit_word(word: str) -> bool:
    """A department's word that is no acronym of three letters or more: "Sales", "IT" (not "ITS")."""
    return _unit_word(word) and not (word.isupper() and len(word) > 2)


def _whole_body(part: str, join: re.Match[str], tail: str) -> bool:
    """After a title heading a whole body and "of", the whole name: "owner of Zachary's
    Jewelers", "of C&C Painting Group", "of Clean and Simple Cleaning" (joined at "and" only
    after one common word; not "of Tesla and X")."""
    return (join.group(1) == "of" and bool(_HEADS_NO_DEPARTMENT.search(part, 0, join.start()))
            and bool(NAME_RUN.fullmatch(tail)) and (" and " not in tail or common_word(tail.split()[0])))


def _title_across(role: str, join: str, tail: str) -> bool:
    """The role's last words, the join and the tail's first word make a title: "Secretary"
    "of" "State of Arizona"."""
    before, after = role.split()[-2:], tail.split()[:1]
    return bool(before and after) and any(is_title(" ".join([*before[-n:], join, *after])) for n in (1, 2))


def is_department(name: str) -> bool:
    """A department's or a portfolio's name: "Environmental Affairs", "E-Commerce" (not "CARE
    International", "Common Sense Media": an acronym or an organization's word ends them)."""
    ws = words(name)
    return (bool(ws) and (ws[-1] not in lexicon.org_words() or tuple(ws[-2:]) in _DEPARTMENT_ENDS)
            and all(_unit_word(w) and not w.isupper() for w in ws)
            and not is_title(name))  # "for the Attorney General('s Office)" is an office


# A technology's short name opening a department's: "of 5G Strategy", "head of 3D Printing".
_TECH_TERM = re.compile(r"\d[A-Z]\b")


def _tech_unit(tail: str) -> bool:
    """ "5G Strategy", "3D Printing": a department named for a technology, not a body ("4Cast")."""
    first, _, rest = tail.partition(" ")
    return bool(_TECH_TERM.fullmatch(first)) and (not rest or is_department(rest))


@functools.cache
def _creator_titles() -> frozenset[str]:
    return resources.word_set("creator_titles.txt")


def role_and_org(part: str) -> tuple[str, str | None]:
    """Split "Vice President of Sales & Marketing at IT" at the join before the org."""
    joins = list(_DEPARTMENT_JOIN.finditer(part))
    # "at Bank of Avalon" names the employer before any "of"; then the first join
    # whose name is not a department ("of Sales & Marketing").
    joins.sort(key=lambda m: (m.group(1) not in ("at", "with"), m.start()))
    for m in joins:
        if (m.group(1) == "of" and part[: m.start()].rsplit(None, 1)[-1].lower() in _creator_titles()
                and not part.split()[-1][0].islower()):
            # "author of The Buddha and the Bee": a work, not a body (but "author of the Demos report")
            return (part if len(part.split()) <= 9 else part[: m.start()]).strip(), None
        tail = _THE.sub("", part[m.end():]).strip()
        if tail[:1].isdigit():  # a name no span reads: "at 20th Century Fox", "of 3ami"
            if (body := _DIGIT_BODY.fullmatch(tail)) and not _NUMBER_WORD.fullmatch(tail) and not _tech_unit(tail):
                return part[: m.start()].strip(), body.group()
            continue
        tail_spans = spans(tail)
        if not tail_spans or (tail_spans[0].start != 0 and not _whole_body(part, m, tail)):
            continue  # (a body's name may open with a word no span starts at: "of Joy of Wine Company™")
        if _title_across(part[: m.start()], m.group(1), tail):
            continue  # "Secretary of State of Arizona": the join is inside the title
        org = tail_spans[0].text
        if m.group(1) == "from" and not (part[: m.start()].rsplit(None, 1)[-1].lower() in title_heads()
                                         and _body_from(tail_spans[0])):
            continue  # "photographer from Belgium", "judge from Durst's trial", "physician with board
            # certification from the ACC": where from, not whose
        if (tail_spans[0].possessive and len(tail_spans) > 1
                and not tail[tail_spans[0].end:tail_spans[1].start].strip(" '’s")):
            named = " " in tail_spans[1].text or is_org_name(tail_spans[1].text)
            if named and org in lexicon.places():
                org = tail_spans[1].text  # "of Britain's Mammal Society": the place says where the body is
            elif (named and org in lexicon.first_names() and words(tail_spans[1].text)[-1] in lexicon.org_words()) or (
                    _named_after(org)):
                org = tail[: tail_spans[1].end]  # "at Bernie's Book Bank" (but "IMF's European Department": the IMF)
        head = _HEADS_NO_DEPARTMENT.search(part, 0, m.start())
        if _whole_body(part, m, tail):
            org = (tail if org.endswith(".") else tail.rstrip(".")).rstrip("™®")
        common = lexicon.common_words()
        department = not head and (all(w.lower() in common or not w[0].isalpha() for w in words(org))  # not "CEO of Featured"
                                   or is_department(org))
        if (m.group(1) == "of" and (department or _owned(part[: m.start()]))) or org == "Law" or internal_body(org):
            continue  # "Attorney at Law"; "Avenue Z's Director of PR" (the owner is named first)
        if m.group(1) == "for" and is_department(org):
            continue  # "Vice President for Environmental Affairs": a portfolio
        if m.group(1) == "of" and part[: m.start()].rsplit(None, 1)[-1].lower() == "minister" and org not in lexicon.places():
            continue  # "Minister of Health and Wellness": a portfolio, not a body
        unit, of_the, owner = org.partition(" of the ")
        if m.group(1) == "of" and of_the and " " not in owner and generic_owner(owner):
            return f"{part[: m.start()].strip()} of {unit}", None  # "Director of Communications of the Company"
        unit, _, owner = org.partition(" for ")
        if m.group(1) == "of" and owner and all(_unit_word(w) for w in words(unit)) and not all(map(_plain_unit_word, words(owner))):
            return f"{part[: m.start()].strip()} of {unit}", owner  # "Director of External Affairs for Lotto.com"
        return part[: m.start()].strip(), org
    return part.strip(), None


def _body_from(span: Span) -> bool:
    """A body's name after a role and "from", so the body is the person's: "project manager
    from MOLA", "analyst from ING Mutual Fund" (not a place, a person or an owner)."""
    name = span.text
    return (not span.possessive and name not in lexicon.places() and not looks_like_person(name)
            and (is_org_name(name) or name in lexicon.known_organizations() or (name.isupper() and len(name) > 1)))


def _named_after(owner: str) -> bool:
    """A possessive that opens a body's name, not a body owning another: a first name, a common
    word or a title ("Henry's Market", "Director's Corner"; not "IMF's", "Sanofi's Global Health
    Unit", "Acme Corp's")."""
    return (" " not in owner and not owner.isupper() and owner not in lexicon.known_organizations()
            and owner not in lexicon.places() and owner not in lexicon.org_words()
            and (owner in lexicon.first_names() or common_word(owner) or owner.lower() in lexicon.title_words()))


def body_then_title(part: str) -> tuple[str, str] | None:
    """A body's whole name, then a title: "American Association for Public Broadband
    Executive Director" -> ("Executive Director", "American Association for Public
    Broadband"), not split at "for" into a role and a body."""
    ws = part.split()
    n = next((n for n in range(min(4, len(ws) - 2), 0, -1) if is_title(" ".join(ws[-n:]))), 0)
    body = " ".join(ws[:-n]) if n else ""
    if not body or not NAME_RUN.fullmatch(body) or has_title_head(body) or not _BODY_JOIN.search(body):
        return None
    return (" ".join(ws[-n:]), body) if is_org_name(body) else None


def _owned(role: str) -> bool:
    """A role its organization owns: "Avenue Z's Director" (not "Women's Creative Director",
    "Who's Who listee")."""
    for m in _OWNED.finditer(role):
        ws = m.group(1).split()
        if not lexicon.is_function_word(ws[-1]) or ws[-1].isupper():
            if any(w.isupper() or not common_word(w) for w in ws):
                return True
    return False


_LEGAL_TAIL = re.compile(r",\s+(?:Inc|LLC|Ltd|Corp|LLP)\.?$")


def org_after_role(part: str, following: str) -> bool:
    """A name alone after a role and a comma is its organization: ", CEO, Acme Corp," (not a
    place, a credential, a common word, another title, nor the next person of a list: "Jane
    Roe, CEO of Acme, John Doe, CFO of Beta")."""
    part = _LEGAL_TAIL.sub("", part.strip())  # "Acme Business Services, Inc."
    ws = part.split()
    # A body named with "of", "for" or "&" holds more words, and title words that head no
    # title: ", Executive Director, Georgetown Law Institute for Technology Law & Policy:".
    # (not a department of common words: ", Vice President, Global Operations Strategy & Planning").
    joined = (len(ws) <= 8 and _BODY_JOIN.search(part) and any(w in lexicon.org_words() for w in ws)
              and not all(_unit_word(w) or w in ("of", "for", "&") for w in ws))
    if (not NAME_RUN.fullmatch(part) or (len(ws) > 5 and not joined)
            or (has_title_head(part) if joined else has_title_word(part) and (common_word(ws[0]) or has_title_head(part)))
            or part in lexicon.places()  # (a brand first is a body: ", Chief Marketing Officer, Verizon Business")
            or ws[0] in lexicon.honorifics() or ws[0] + "." in lexicon.honorifics() or (len(ws) == 1 and (common_word(part) or len(part) <= 4))):
        return False
    if is_org_name(part) or part in lexicon.known_organizations():
        return True
    person_like = len(ws) >= 2 and looks_like_person(part, strong=True)
    return not (person_like and (ws[0] in lexicon.first_names() or has_title_word(" ".join(following.split()[:4]))))


def heads_whole_body(role: str) -> bool:
    """The role heads a whole organization, never a department: "CEO", "founder", "chair"."""
    return bool(_HEADS_NO_DEPARTMENT.search(role))
