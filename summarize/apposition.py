"""What follows a name and says who the person is: an apposition (", CEO of Acme Corp,",
" – Vice President, FilmHedge"), credentials (", PhD,"), a role stated with "is" ("Jane Roe
is the co-founder of Acme"). people.py reads a mention with these; a role told by a verb
("named Jane Roe as its CFO", "Jane Roe founded Quarrow Labs") is role_after.py's.

This module finds where the apposition starts and ends, the roles it lists and whether a part
is a role at all (not a clause, nor another person's title); role_org.py cuts each role into
the role and its organization.
"""
from __future__ import annotations

import re

from . import lexicon, resources
from .name_prefix import cached_split_prefix
from .names import MONTH_NAMES, common_name, looks_like_person, ordinary_last_word, spans, words
from .org_names import is_org_name
from .role_org import NAME_RUN, body_then_title, is_department, org_after_role, role_and_org, unit_at_body
from .titles import (DOCTORATE, SPEECH, SPEECH_WORDS, TITLE_ENDS, common_word, has_title_head, has_title_word, is_title,
                     names_a_role, owner_after, owner_first, person_noun_head, role_head_end, role_head_words, title_heads)

_SAID_AT_END = re.compile(rf"\s+(?:(?:{SPEECH})(?:\s+that)?|(?:told|reported)\s+[A-Za-z][\w\s.]*)$")  # "CEO of Acme commented", "CEO shares that", "farmer told Reuters": the quote follows
# (An em dash may touch the words: "Todd Roe—the CEO & Founder of Acme—joined".)
_APPOSITION_START = re.compile(r"^(?:,\s+|\s*[–—-]\s+|—(?=[A-Za-z])|:\s+(?=[A-Z][^\"“]{0,80}$))")
_APPOSITION_LIST = re.compile(r"^,\s+(?:and|or)\b")
_APPOSITION_ARTICLE = re.compile(r"^(?:(?:,|\s*[–—-]|:)\s+|—)(?:the|a|an|our|its)\s+")
_APPOSITION_LEAD = re.compile(r"^(?:(?:,|\s*[–—-]|:)\s+|—)")
_AND = re.compile(r"^(?:and|&)\s+")
_DANGLING_END = re.compile(r"(?:\s+(?:of|at|for|and|to|in|with|from|on|including|behind|called|so-called|titled|entitled|now|as)(?:\s+(?:the|a|an))?"
                           r"|\s+(?:the|a|an))+$"
                           r"|\s+(?:based|headquartered)\s+(?:in|out\s+of)\s.*$"  # "writer based in Oslo" -> writer
                           rf"|\s+since\s+(?:\d|early|late|mid|{MONTH_NAMES}).*$"  # "president since 2022" -> president
                           rf"|\s+effective\s+(?:immediately|as\s+of|on|from|\d|{MONTH_NAMES}).*$"  # "CEO effective March 17" -> CEO
                           # "hairstylist with over three decades of experience" -> hairstylist
                           r"|\s+with\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?(?:\d+\+?|two|three|four|five|"
                           r"six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|a\s+decade|decades)\s+(?:years|decades)\b.*$")
# A second role that is a tie to another person, after "and": "crime writer| and his longtime confidante",
# "president| and Jacobi's best friend".
_AND_RELATION = re.compile(r"\s+(?:and|&)\s+(?:his|her|their|[A-Z][\w-]*['’]s?)\s.*$")
_RELATIVE = re.compile(r"\s+(?:who|who's|who’s|whose|which|where)\b")  # "diplomat who's been serving" -> diplomat
# A participle and its preposition after a role, what the person does or is: "clinician in
# integrative medicine| focused on chronic illness", "lawyer| specializing in estates".
# (-ing nouns are no participles: "director of marketing at Acme", "head of trading in London".)
_PARTICIPLE_AFTER = re.compile(r"\s+(?:[a-z]{3,}ed|speciali[sz]ing|focus+ing|working|participating|serving|living|residing)"
                               r"\s+(?:on|in|to|for|at|with|by|as|from|into|about)\b")


def _without_participle(role: str) -> str:
    """The role without a participle phrase after its title: "clinician in integrative medicine
    focused on chronic illness" -> "clinician in integrative medicine" (kept when no title
    comes before it: "stepped into the CEO role")."""
    role = _without_ing_after_head(role)
    m = _PARTICIPLE_AFTER.search(role)
    if not m or not (has_title_head(role[: m.start()]) or _person_noun_head(role[: m.start()])) or _PASSIVE_BEFORE.search(
            role, 0, m.start()):
        return role  # (a passive verb is the clause's: "figures have been| attributed to")
    return role[: m.start()]


_ING = re.compile(r"\s+[a-z]{3,}ing\b")


def _without_ing_after_head(role: str) -> str:
    """The role up to its title's last word when an -ing word follows that word: "Spanish
    defender| converting after a fine move", "director| overseeing sales" (not "managing
    director", "head of trading": the -ing word opens or follows a join)."""
    for m in _ING.finditer(role):
        if (role[: m.start()].rsplit(None, 1)[-1].lower() in title_heads()
                and m.group().strip() not in lexicon.title_words()):  # (not "chief| operating officer")
            return role[: m.start()]
    return role


_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|has|have|had)$")
# A finite verb no role holds: ", MD, believes AI-driven technology will benefit patients".
_FINITE = re.compile(r"\b(?:will|would|could|can|should|might|must|did|does|had|believes|thinks|hopes|expects|wants|"
                     r"feels|knows|argues|predicts|warns|remains|is|are|was|were)\b")
# A participle and what it governs: "writing for the majority", "speaking at the summit"
# (not "managing director", "acting CEO").
_PARTICIPLE = re.compile(r"[a-z]+ing\s+(?:for|at|in|on|to|with|about|from|the|a|an|his|her|their|that)\b")
# A verb, a name it governs, and "as" or "of": "started as a farmer", "praised Dadayev as a brave
# soldier", "accused Lord Woolf of having".
_VERB_THEN_PREPOSITION = re.compile(r"[a-z]{3,}ed\s+(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:as|of|for|to)"
                                    r"|to|into|with|at|on|from|in|by|for|about|over|through|as)\b")
_VERB_OBJECT = re.compile(r"\b[a-z]{3,}ed\s+(?:the|a|an|his|her|its|their|these|this|those|our)\b")
# A name, then its verb: a new clause, not a role: ", Gallin co-founded FastLine", ", Roe has led".
_NAME_THEN_VERB = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,3})(?:(?:has|had|have|is|was|were|will|would|also)\s"
                             r"|[a-z]+(?:-[a-z]+)?ed\s+[A-Z]|[a-z]{3,}s\s+(?:a|an|the|that|its|his|her|their|our)\s)")
# Words before a role in an apposition: ", who is chairman", ", currently a consultant", ", as its new CEO",
# ", who is now the director" (not "who was also Acme's president": a past one).
_ROLE_LEAD = re.compile(r"^(?:who\s+(?:(?:is|serves\s+as|has\s+(?:served|been\s+serving)\s+as)(?:\s+(?:also|now|currently))?|was)"
                        r"|currently|also|now|as)\s+"
                        r"(?:(?:a|an|the|its|our|their)\s+)?")
# A past role is a former one: ", previously a co-founder of Kaleo" -> "former co-founder";
# ", then the tournament director" -> "then tournament director" (not ", previously served as").
_PAST_LEAD = re.compile(r"^(?:(previously|formerly|who\s+(?:had\s+)?served\s+as)|then)\s+(?:(?:a|an|the|its|our|their)\s+)?(?!\w+ed\b|held\b|led\b|ran\b|was\b)")
_AND_TITLE = re.compile(r"\s+and\s+(?=[A-Z])")
# A role "of"/"at" a named body, then the sentence's own verb, the comma left out:
# "Lado Okhotnikov, CEO of Meta Force announced plans ..." -> "CEO of Meta Force".
_BODY_WORD = r"[A-Z][\w&'’\-]*(?:\.(?:[A-Z]\.)*(?=\s))?"  # "Acme", "Inc.", "U.S." (not "Acme.About")
_BODY_THEN_VERB = re.compile(rf"^(.+?\s(?:of|at)\s+(?:the\s+)?{_BODY_WORD}(?:\s+(?:(?:&|of|the|for)\s+)?{_BODY_WORD})*)"
                             rf"\s+(?=(?:{SPEECH}|has|have|had|is|was|will|[a-z]{{3,}}ed|[a-z]{{3,}}s)\s)")
_TERMINATOR = re.compile(r"[;:!?\"“”()—]|\s(?:--|–)\s|,(?!\s*(?:Inc|LLC|Ltd|Corp|LLP|Jr|Sr)\b)"
                         r"|\.(?=\s|$)(?<!Inc\.)(?<!Co\.)(?<!Corp\.)(?<!Ltd\.)(?<![A-Z]\.[A-Z]\.)")  # not "U.S."
# Degrees and credentials after a name: "Jane Roe, MD, PhD - ...", "John Doe, Esq."
_CREDENTIAL = re.compile(r"^,\s*([A-Z][A-Za-z]{0,4}\.(?:[A-Z][a-z]?\.){0,3}|[A-Z]{2,7}|Esq\.?|ESQ|Jr\.?|Sr\.?"
                         rf"|{DOCTORATE}D|[MB]Sc|[DM]Phil|DrPH|LLM)"
                         r"(?=[,:;–—-]|\s+[–—-]|\s*$|\s+(?![A-Z]))")  # not "WPG President"


def _strip_credentials(after: str) -> str:
    """Drop degrees after a name (", MD", ", Ph.D."), but not a title (", CEO") nor a place
    (", U.S. army chief of staff")."""
    while ((m := _CREDENTIAL.match(after)) and not is_title(m.group(1).rstrip("."))
           and m.group(1) not in lexicon.places()):
        after = after[m.end():]
    if m := _DOTTED_DEGREE.match(after):
        after = ", " + after[m.end():]  # ", Ph.D. Founder and CEO of Acme" -> ", Founder and CEO of Acme"
    return after


# A degree spelled with stops, then the title with no comma between: ", Ph.D. Founder and CEO".
_DOTTED_DEGREE = re.compile(rf"^,\s*(?:{DOCTORATE}\.D|M\.D|M\.B\.A|J\.D|D\.D\.S)\.\s+(?=[A-Z][a-z])")


# A relative clause whose verb names the office, then the body: ", who heads the Harbor Guild",
# ", who co-founded Quarrow Labs in 2019" (not "who heads back to Geneva", "who chairs the committee").
_WHO_HEADS = re.compile(r"^,\s+who\s+(?:also\s+|now\s+|currently\s+)?(heads|leads|chairs|founded|co-founded)\s+(?:the\s+)?(?=[A-Za-z])")
_DEED_TITLES = {"heads": "head", "leads": "head", "chairs": "chair", "founded": "founder", "co-founded": "co-founder"}
# Where the body's name ends: a stop, a comma, a bracket or a preposition (not "'s", nor a noun it qualifies:
# "who heads the Acme press office").
_BODY_END = re.compile(r"(?:[,.;:)!?]|\s+(?:in|since|and|on|with|from|at|until|for|which|where|that|who)\b|\s*$)")
# A unit a body owns: "Quarrow Labs' research team", "Evolution's Trade Credit Protection business".
_OWNED_UNIT = re.compile(r"([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?:['’]s|(?<=s)['’])\s+((?:[\w-]+\s+){0,4}?"
                         r"(?:team|business|unit|division|department|group|practice|office|programme|program|lab|laboratory|desk))(?=[,.;:)!?]|\s*$)")
_NAME_GOES_ON = re.compile(r"\s+(?:and|&)\s+[A-Z]")  # "the MIT Computer Science| and Artificial Intelligence Laboratory"
# A field of work, then the body it is done at: "marketing at Quarrow Labs", "research and development at Acme".
_FIELD_AT = re.compile(r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+at\s+(?:the\s+)?(?=[A-Z])")


def _a_field(words_: str) -> bool:
    """A field of work one heads: "marketing", "research" (not an activity: "workshops", "worship")."""
    return " " not in words_ and (words_.endswith("ing") or words_ in resources.word_set("led_fields.txt"))


def _office_by_deed(after: str) -> tuple[str | None, str | None]:
    """The office and body of ", who heads the Harbor Guild," -> ("head", "Harbor Guild"), of a
    unit the body owns (", who leads Acme's research team," -> ("head of research team", "Acme"))
    or of a field at the body (", who leads marketing at Acme," -> ("head of marketing", "Acme"));
    none when the name is a place's, a person's or more words follow it ("who heads Acme's team
    in Oslo")."""
    m = _WHO_HEADS.match(after)
    if not m:
        return None, None
    title = _DEED_TITLES[m.group(1)]
    if title in ("head", "chair") and (unit := _OWNED_UNIT.match(after, m.end())):
        owner = unit.group(1)
        return (None, None) if looks_like_person(owner) or common_word(owner) else (f"{title} of {unit.group(2)}", owner)
    field = _FIELD_AT.match(after, m.end()) if title == "head" else None
    if field and not _a_field(field.group(1)):
        field = None  # (not "who leads the way at Acme", "who leads workshops at Acme": no field of work)
    if m.group(1) == "leads" and not field:
        return None, None  # (a body led alone may be a unit of another: "who leads Acme Institutional")
    body = NAME_RUN.match(after, field.end() if field else m.end())
    if not body or not _BODY_END.match(after, body.end()) or _NAME_GOES_ON.match(after, body.end()):
        return None, None
    name = body.group().rstrip(".")
    if name in lexicon.places() or looks_like_person(name) or common_word(name) or is_title(name) or is_department(name):
        return None, None  # (nor a department: "who heads Investor Relations")
    return (f"{title} of {field.group(1)}" if field else title), name


def apposition(after: str, plural: bool = False) -> tuple[str | None, str | None]:
    """Role and organization from ", Chief Executive Officer of Acme Widgets, Inc.," or,
    in a speakers' list, " – Vice President, Acme" (`plural`: the name ends a list of people, so
    a title in the plural is theirs: "Jane Roe and John Doe, analysts at Acme"), or from a
    clause that names the office (", who heads the Harbor Guild")."""
    if after.startswith(", who ") and (deed := _office_by_deed(after))[0]:
        return deed
    stripped = _strip_credentials(after)
    if stripped != after and (m := _AND_TITLE.match(stripped)):
        stripped = ", " + stripped[m.end():]  # "Howard Dvorkin, CPA and Chairman of Debt.com"
    after = stripped
    if not _APPOSITION_START.match(after) or _APPOSITION_LIST.match(after):
        return None, None
    rest = _APPOSITION_ARTICLE.sub("", after)
    rest = _ROLE_LEAD.sub("", _APPOSITION_LEAD.sub("", rest))
    rest = _PAST_LEAD.sub(lambda m: "former " if m.group(1) else "then ", rest, 1)
    roles: list[str] = []
    org = None
    listed = last_anded = False
    for _ in range(4):  # "Managing Director, Head of Global Credit at Bank of America"
        end = _TERMINATOR.search(rest)
        part = rest[: end.start()] if end else rest
        if len(part.split()) > 14 and (rel := _RELATIVE.search(part)) and _short_role(part[: rel.start()]):
            part = part[: rel.start()]  # a long relative clause is no part of the role: "war photographer| who has spent ..."
        head, _, next_role = part.partition(" and ")
        cut = len(part.split()) > 14 and has_title_word(" ".join(next_role.split()[:4]))
        if cut:  # "volunteer president of the AHA and senior vice president of ...": the first role
            part, end = head, None
        if (verb := _BODY_THEN_VERB.match(part)) and _clause(part[verb.end(1):].strip()):
            part, end = verb.group(1), None  # the rest is what the person did
        following = rest[end.end():].lstrip() if end else ""
        if (roles and not org and not listed and not following.startswith("and ") and not _listed_on(following)
                and org_after_role(part, following)):
            org = part.strip()  # "Erik Gordon – Vice President, FilmHedge, ...": the organization alone
            if end and end.group() == "," and (body := _last_name_part(following)):
                roles[-1], org = f"{roles[-1]}, {org}", body  # ", VP, Global Inclusive Culture, Comerica": a unit, then the body
            break
        if roles and not org and (unit := unit_at_body(part)):
            roles[-1], org = f"{roles[-1]}, {unit[0]}", unit[1]  # ", Vice President, Retail Solutions at Acme"
            break
        if not part or len(part.split()) > 14 or not (has_title_word(part) or (plural and has_title_word(_singular(part)))
                                                      or _person_noun_head(part)):
            break
        role, part_org = body_then_title(part) or role_and_org(_without_participle(_RELATIVE.split(_SAID_AT_END.sub("", part), 1)[0]))
        if cut and not (part_org and role and role.split()[-1].lower() in title_heads()
                        and not looks_like_person(" ".join(words(part_org)[-2:]))):
            break  # only "<title> of/at <organization>" stands for the whole (not "... Commons William Hague")
        role = _DANGLING_END.sub("", role)  # "founder of the" before a quoted name -> founder
        tie = _AND_RELATION.search(role)
        if tie and tie.group(0).rsplit(None, 1)[-1].lower().strip(".,") in lexicon.person_ties():
            role = role[:tie.start()]  # "crime writer and his longtime confidante" -> crime writer (not "and Acme's chief scientist")
        if not part_org:
            role, part_org = owner_first(role)
        if not part_org:
            role, part_org = owner_after(role)
        if (len(role.split()) > 9 or not role or role[0].isdigit() or _clause(role) or _introduces_a_person(role)
                or (part_org and _introduces_a_person(part))):
            break  # "..., U.S. Secretary of State John Kerry said": another person's title
        if part_org and end and end.group() == "," and not is_org_name(part_org) and (body := _last_name_part(following)) and _OF_UNIT.search(
                part.strip()[: -len(part_org)] if part.strip().endswith(part_org) else ""):
            role, part_org = part.strip(), body  # ", Vice President of Merchandising, Ulta Beauty": a unit, then the body
        if _plural_body(role):
            break  # "Jane Roe, Quarrow Business Advisors of Utah County,": a franchise, not her title
        roles.append(_singular(role))
        last_anded = listed
        org = part_org  # only a role kept brings its organization
        if org or not end or end.group().strip() not in (",", "--", "–", "—"):  # ", CEO – Acme" as ", CEO, Acme"
            break
        rest = _AND.sub("", following)  # "Founder, President, and CEO of Acme"
        listed = rest != following  # the last of a list: "Usher Raymond, Rapper Future, and Gucci Mane"
    if last_anded and len(roles) > 1:  # the text's own "and": "Founder, President, and CEO"
        return ", ".join(roles[:-1]) + ", and " + roles[-1], org
    return (", ".join(roles) if roles else None), org


_LISTED_ON = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]*)*,\s+(?:and\s+)?[A-Z]")


def _listed_on(following: str) -> bool:
    """The text after a name goes on listing names: "Civil Aviation, Urban Development, and ..."
    after "Minister of Tourism, International Transport" (portfolios, not a body)."""
    m = _LISTED_ON.match(following)
    return bool(m) and not looks_like_person(following[: following.index(",")])  # (not "Tomas Vey, CFO")


_OF_UNIT = re.compile(r"\s(?:of|for)\s+(?:the\s+)?$")  # "Vice President of |Merchandising"


def _last_name_part(text: str) -> str | None:
    """The name that is all that is left of an apposition's text, up to its end, a stop or a
    comma before a lower-case word: the body after a unit ("Comerica" of ", VP, Global Inclusive
    Culture, Comerica"); not a person, a place or more names."""
    end = _TERMINATOR.search(text)
    part = (text[: end.start()] if end else text).strip()
    if end and end.group() == "," and not text[end.end():].lstrip()[:1].islower():
        return None  # more names follow
    if not part or not NAME_RUN.fullmatch(part) or part in lexicon.places() or looks_like_person(part):
        return None
    return part if org_after_role(part, "") else None


def _short_role(text: str) -> bool:
    """A role of ten words at most, with a title or a person's noun: "war photographer", "chief
    executive of Wippit" (not "member of the Maricopa County Board of Supervisors and one of the
    six": a list the relative clause ends)."""
    return 0 < len(text.split()) <= 10 and (has_title_head(text) or _person_noun_head(text))


def _plural_body(role: str) -> bool:
    """A capitalized name that ends in a title in the plural and opens with a word no title
    holds names a body, not one person's role: "Quarrow Business Advisors", "Harbor Partners"
    (not "Senior Advisors", "Managing Partners")."""
    ws = role.split()
    last = ws[-1] if len(ws) >= 2 else ""
    return (last[:1].isupper() and last.endswith("s") and not last.endswith("ss")
            and last[:-1].lower() in title_heads() and all(w[:1].isupper() for w in ws)
            and not has_title_word(ws[0]) and not common_word(ws[0]))


def _singular(role: str) -> str:
    """A title in the plural given to one of the people it names, in the singular: "Jane Roe and
    John Doe, founders of Acme" -> "founder of Acme", "members of the Board" -> "member of the Board"."""
    first = role[: role_head_end(role)]
    ws = first.split()
    lower = ws[-1].lower() if ws else ""
    if (len(ws) > 4 or not lower.endswith("s") or lower.endswith("ss") or lower in title_heads()
            or not all(w.islower() or w.lower() in lexicon.title_words() for w in ws[:-1])  # "Acme Business Advisors"
            or lower[:-1].removeprefix("co-") not in title_heads()):
        return role
    return role[: len(first) - 1] + role[len(first):]


# Function words that may open a role: "former CEO", "new director", "his partner".
_ROLE_OPENERS = frozenset({"former", "new", "then", "first", "his", "her", "their"})


def _clause(text: str) -> bool:
    """A clause, not a role: "who previously served as CEO", "will be the main speaker",
    "called the reports fake"."""
    first = text.split(None, 1)[0]
    if first in SPEECH_WORDS or first in ("called", "calls", "urged", "warned", "described", "alongside", "including",
                                          "starring", "featuring", "winning"):
        return True  # "spokesman, Abu Adnani, called reports of ... fake"; "alongside industry experts"; a film's
        # "starring rapper Asher D", "winning best actress"
    if _VERB_THEN_PREPOSITION.match(text):
        return True  # "stepped into the CEO role", "talked to police", "married to an officer"
    if (first.endswith("ing") and first.isalpha() and first.islower() and first not in lexicon.title_words()
            and not has_title_head(text) and not _person_noun_head(text)):
        return True  # "offering financial innovation solutions" (not "leading researcher", "managing partner")
    if _VERB_OBJECT.search(text) or _FINITE.search(text) or _PARTICIPLE.match(text):
        return True  # "CEO of the company detailed these findings", "joined the team", "believes AI will help"
    if (m := _NAME_THEN_VERB.match(text)) and not has_title_word(m.group(1)):
        return True  # "Gallin co-founded FastLine" (not "CEO has", "Asian studies professor")
    return lexicon.is_function_word(first) and first.lower() not in _ROLE_OPENERS


# A lower-case word for what a person is: "philanthropist", "footballer", "historian".
_PERSON_NOUN = re.compile(r"[a-z]{3,}(?:ist|er|or|ian)")
_NOT_PERSON_NOUNS = frozenset({"former", "latter", "other", "under", "over", "after", "longer", "newer", "older", "larger"})


def _person_noun(word: str) -> bool:
    """A lower-case word for what a person is, right before a name: "philanthropist", "footballer"."""
    return bool(_PERSON_NOUN.fullmatch(word)) and word not in _NOT_PERSON_NOUNS


def _person_noun_head(part: str) -> bool:
    """A role no title word names, whose head is a person's noun: "Award-winning nutritionist focused
    on gut health", "a volunteer at Acme"."""
    ws = role_head_words(_PARTICIPLE_AFTER.split(part, 1)[0])
    return len(ws) <= 4 and bool(ws) and person_noun_head(ws[-1].lower())


def _introduces_a_person(role: str) -> bool:
    """The apposition names someone else: "Clippers coach Brian Shaw", "Ana Ruiz and Tom
    Hale as ..." (a name at its start or after a title word; "CEO of Walt Disney" is a role)."""
    for s in spans(role):
        before = role[: s.start].split()
        if looks_like_person(s.text):
            if not before or before[-1].lower() in lexicon.title_words() or _person_noun(before[-1]) or _name_and(before):
                return True  # "and philanthropist Bill Gates", "Phil Singer and Blake Zeff" (not "CEO of Walt
                # Disney", "at consultancy Roe Hale")
        elif (not before and len(ws := s.text.split()) == 2 and all(w in lexicon.first_names() for w in ws)
              and ws[1] not in TITLE_ENDS):  # ("Dean Emerita" is a title)
            return True  # "Frank Sinatra, Dean Martin, and ...": a name of two first names, though "Dean" is a title
        elif before and " " in s.text and not s.possessive and (
                (before[-1].lower().removeprefix("co-") in title_heads() and looks_like_person(s.text, strong=True))
                or (_person_noun(before[-1]) and s.text.split()[0] in lexicon.first_names() and before[-2:-1] != ["of"])):
            return True  # "co-founder Zhouxun Yin", "and philanthropist Bill Gates": a title right before a name
            # (not "daughter of activist Malcolm Roe": whose daughter)
        titles, name, _, honorific = cached_split_prefix(s.text)  # "Events Manager Gretchen Sheppard"
        if (honorific and name and before and before[-1].lower() in lexicon.title_words()
                and not has_title_word(" ".join(name))):
            return True  # "elections chief Lord Rennard" (not "the Lord Chief Justice", "lawyer for Mr Begg")
        if (titles and len(name) >= 2 and looks_like_person(" ".join(name), strong=True)
                and not common_name(name) and not ordinary_last_word(name)):
            return True
        ws = s.text.split()
        if (len(ws) >= 3 and ws[0].lower() in lexicon.title_words() and ws[1] in lexicon.first_names()
                and looks_like_person(" ".join(ws[1:]))):
            return True  # "Deputy Lindsey Rhodes": a title word the list does not hold alone, then a name
    return False


def _name_and(before: list[str]) -> bool:
    """The words before a name are another name and "and": "Phil Singer and" (a list of people)."""
    return (3 <= len(before) <= 4 and before[-1] == "and" and before[0] in lexicon.first_names()
            and looks_like_person(" ".join(before[:-1]), strong=True))


# A role stated with a copula right after the name: "Jane Roe is the co-founder of Acme, a ...";
# COPULAS is the string test a caller makes before asking for it.
COPULAS = (" is ", " serves as ")
_COPULA = re.compile(r"^\s+(?:is|serves\s+as)\s+(?:(?:the|a|an|its|our|their)\s+)?(?=[A-Za-z])")


def copula_role(after: str) -> tuple[str | None, str | None]:
    """Role and organization from " is the co-founder of Acme, a brand": read as an apposition,
    kept only when it names what someone is ("is a leading provider" is no role)."""
    m = _COPULA.match(after)
    if not m:
        return None, None
    role, org = apposition(", " + after[m.end():])
    role = _COPULA_TAIL.sub("", role) if role else role  # "photographer based in Brooklyn" -> photographer
    return (role, org) if role and _plain_title(role) else (None, None)


# A bracket right after a name: "Jane Roe (CEO, Acme) said", "Jane Roe (MBA), Partner at Acme".
_BRACKET = re.compile(r"^\s*\(([^()\"“”;]{1,80})\)")


def bracketed_role(after: str) -> tuple[str | None, str | None]:
    """Role and organization a bracket after the name holds, read as an apposition ("(CEO,
    BitGo)"), or else the apposition that follows it ("(MBA), Partner, CFO"); a place or a
    person's name in the bracket gives none ("(Spain)", "(Mara Quist)", "(Quist)")."""
    m = _BRACKET.match(after)
    if not m:
        return None, None
    role, org = apposition(f", {m.group(1)},")
    if role and not has_title_head(role):
        return None, None  # "Kara Zor-El (Benoist)": the actor playing her
    return (role, org) if role else apposition(after[m.end():])


# What follows a role after a copula and says no more of it: "based in", "originally from".
_COPULA_TAIL = re.compile(r"\s+(?:based|originally|seeking|studying|who|which)\b.*$")
_QUOTE_CHARS = re.compile(r"['\"“”‘’]\s|\s['\"“”‘’]")  # a quoted title cut in two: "author of 'A Finger"


def _plain_title(role: str) -> bool:
    """A role that ends in a title before any "of"/"at", with no verb in it: "the co-founder of
    Acme", "a professor of history" (not "tipped to win best actor", "emerging as a leader",
    "an outsider in the best director category")."""
    ws = role_head_words(role)
    return (len(ws) <= 5 and len(role.split()) <= 10 and names_a_role(role) and not _QUOTE_CHARS.search(role)
            and not any(w.endswith(("ing", "ed")) and not is_title(w) for w in ws))
