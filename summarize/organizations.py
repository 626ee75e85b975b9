"""Organizations: companies, agencies, ministries, universities, associations.

Evidence, strongest first: a ticker after the name ("Golden Matrix Group (NASDAQ:
GMGI)"), an acronym defined in parentheses ("Organization of Islamic Cooperation
(OIC)"), an organization word ending the name ("... Holdings", "... University"), a
well-known body (known_organizations.txt), an apposition ("Acme, a leading provider
of ...") or a corporate verb ("Acme announced"). Mentions are merged by short forms.

This module is the finder: sentence_orgs reads the sentence around each name (tickers, cue
phrases, appositions, corporate verbs, lists). The cues before a name and the lists they lead
are org_cues.py's; what a name's own words say is org_names.py's; acronyms and aliases are
org_aliases.py's, the merge by short forms org_merge.py's; the headings, lists of people and
possessive words around a span that make it no name, or more of one, org_context.py's.
"""
from __future__ import annotations

import functools
import re

from . import lexicon
from .names import Span, quoted_alone, spans, strip_suffix, without_the, words
from .org_aliases import (DBA_LITERALS, DBA_WORDS, DEFINED, LOWER_WORD, a_kind, a_kind_of_body, defined_acronym,
                          loosely_spells, org_spans, quoted_aliases, span_ending_at, trade_names)
from .org_context import HEADING_END, TITLED, a_list_of_people, a_name_s_place, a_run_in_heading, owned_by_a_word
from .org_cues import among_organizations, cue_before, ends_an_item, in_cued_list, org_cue_start
from .org_names import (HEAD_OF, NAME_OPENERS, OrgMention, after_a_role, clean_org, is_org_name, org_shape,
                        two_organizations)
from .prefilter import holds_any
from .titles import is_title


# A ticker list in parentheses: "(NASDAQ: GMGI)", "(OTCQX: PETV; OTCID PETVW)",
# "(NYSE American: UUUU) (TSX: EFR)".
@functools.cache
def _ticker_re() -> re.Pattern[str]:
    exch = "|".join(re.escape(e) for e in lexicon.exchanges())
    # a space after the exchange, or a colon after its market ("NasdaqGS:", "NASDAQ Global Select:"), and
    # a ticker in capitals: not "(France)", "(Six Flags)"
    return re.compile(rf"\(\s*(?:{exch})(?:[A-Za-z]*(?:\s+[A-Za-z]+){{0,3}}\s*:\s*|\s+)\$?(?-i:([A-Z][A-Z0-9.]{{0,6}}))\b[^)]*\)",
                      re.IGNORECASE)


@functools.cache
def exchanges_upper() -> frozenset[str]:
    return frozenset(e.upper() for e in lexicon.exchanges())


_TICKER = re.compile(r"\b[A-Z][A-Z0-9.]{0,6}\b")


# A degree, or its field of study: neither is an organization, though "Administration" and
# "School" may end one ("Small Business Administration").
_DEGREE = re.compile(r"(?:Master|Bachelor|Doctor|Associate)(?:['’]s)?\s+(?:of|in|degree)\s+(?!the\b)|Juris Doctor\b")
_DEGREE_BEFORE = re.compile(
    r"(?:\b(?:Master|Bachelor|Doctor|Associate)(?:['’]s)?(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:\s+degrees?)?"
    r"|\b(?:B\.?A|B\.?S|B\.?Sc|M\.?S|M\.?Sc|M\.?A|MBA|BBA|Ph\.?D|M\.?Eng|B\.?Eng)\.?"
    r"|\b(?:degrees?|diplomas?|doctorate|majors?|majored|majoring|minored|studies|studied))\s+in\s+$")


# Appositive descriptions that say "this is an organization".
_ORG_NOUNS = (r"company|companies|provider|firm|maker|manufacturer|developer|leader|platform|startup|"
              r"start-up|organization|organisation|agency|bank|group|brand|network|nonprofit|non-profit|"
              r"charity|institution|university|association|foundation|retailer|distributor|supplier|"
              r"innovator|pioneer|operator|producer|publisher|studio|consultancy|agency|dealership|"
              r"dealer|marketplace|exchange|fund|insurer|lender|broker|specialist|partner|subsidiary|"
              r"practice|clinic|hospital|school|museum|podcast|show|law firm|team|body|authority|airline|carrier|"
              r"chain|outlet|newspaper|broadcaster|corporation|conglomerate|supermarket|utility|club|union|"
              r"regulator|watchdog|militia|movement|division")
# The words between the article and the noun: no preposition or clause, where the noun would be
# another's ("Jane Roe, a journalist from the Avalon Gazette newspaper").
_NOT_A_CLAUSE = r"(?!(?:from|at|of|by|with|for|in|within|on|to|behind|about|under|between|among|over|into|through|against|who|whose|which|that)\s)"
_DESCRIBING = rf"(?:{_NOT_A_CLAUSE}[\w$&.’'\-/]+\s+)"
_DESCRIBING_LIST = rf"(?:{_NOT_A_CLAUSE}[\w$&.’'\-/]+,?\s+)"  # "largest nonpartisan, nonprofit"
# "a|an|one of the|one of Germany's ... company": the description that says a body.
_ONE_OF = r"one of (?:the|[A-Z]\w+['’]s)"
_A_BODY = rf"\s+{_DESCRIBING}{{0,8}}?(?:{_ORG_NOUNS})s?\b"
_APPOSITION = re.compile(rf"^,?\s+(?:a|an|the|{_ONE_OF}){_A_BODY}")
# What a sentence opening on "As" says of the name after its comma: "As one of China's top tool
# brands, Kafuwell ...", "As a reliable tool supplier, Kafuwell ..." (not "As a mother of three, ...").
_AS_A_BODY = re.compile(rf"^[\W_]*As\s+(?:a|an|{_ONE_OF}){_A_BODY}[^,;]{{0,80}},\s+$")
_CORPORATE_VERB = re.compile(
    r"^\s+(?:today\s+|has\s+|have\s+|recently\s+|officially\s+|proudly\s+)?"
    r"(?:announced|announces|launched|launches|unveiled|unveils|introduced|introduces|released|releases|"
    r"reported|reports|partners|partnered|signed|signs|acquired|acquires|joined|joins|selected|selects|"
    r"completed|completes|received|receives|expands|expanded|opens|opened|debuts|debuted|is proud|"
    r"is pleased|is excited|is thrilled|is delighted|will present|will supply|will host|hosts|hosted|issued|issues|confirmed|"
    r"confirms|offers|provides|plans|continues|appoints|appointed|names|named|secures|secured|"
    r"celebrates|awarded|won|wins|has been|"
    rf"is\s+(?:a|an|the|one\s+of\s+the)\s+{_DESCRIBING_LIST}{{0,6}}?(?:{_ORG_NOUNS})|"
    r"aims|specializes|specialises|has developed|"
    r"is committed|is dedicated)\b")
def ticker_orgs(text: str, colon: bool = False) -> list[OrgMention]:
    """Organizations named before a stock ticker: "Nanosonics (ASX: NAN)". A ticker with
    its colon (`colon`) is evidence enough even in a heading, where every word is
    capitalized (but "Amelie Mauresmo (Fra)" in a results list is no company)."""
    out: list[OrgMention] = []
    for m in _ticker_re().finditer(text):
        if colon and ":" not in m.group(0):
            continue
        span = span_ending_at(text, m.start())
        if span:
            span = _parts(text, span)[-1]  # "Stonegate Capital Partners Updates Coverage on Acme Corp. (NYSE: ACM)"
            tickers = tuple(t for t in _TICKER.findall(text, m.start(1), m.end()) if t.upper() not in exchanges_upper())
            out.append(OrgMention(clean_org(span.text), tickers[:2]))
    return out


_DEFINING = re.compile(r"\((?:the\s+)?$")


# The nouns of _ORG_NOUNS that may describe a product as well as a body: "Open Campus U (OCU), a
# learning platform", "(ICP) is a blockchain network"; here they only keep an apposition from
# proving a body. Not data/product_nouns.txt, whose nouns make a name ending in "AI" a product
# ("its tool, Mango AI"): "network" there would make one of "Arrive AI, a ... delivery network".
_BODY_OR_PRODUCT_NOUNS = frozenset({"platform", "platforms", "podcast", "show", "fund", "funds", "exchange", "network",
                                    "marketplace"})


def _described_as_body(after: str) -> bool:
    """An apposition right after an acronym says the phrase is a body: "(TNT), one of Germany's
    leading brands", not "(OCU), a cutting-edge learning platform"."""
    m = _APPOSITION.match(after)
    return bool(m) and m.group(0).rsplit(None, 1)[-1].lower() not in _BODY_OR_PRODUCT_NOUNS


def sentence_orgs(sentence: str, definitions: list[OrgMention] | None = None) -> list[OrgMention]:
    """Organizations a sentence names, with the aliases it defines; `definitions` gathers the
    acronyms defined for phrases that are no organizations by the sentence alone."""
    out = ticker_orgs(sentence)
    kinds: set[str] = set()  # kinds of thing an acronym defines: "Exchange-Traded Funds (ETFs)"
    for m in DEFINED.finditer(sentence):
        short = m.group(1).rstrip(".")
        if _ticker_re().match(m.group(0)) or short.lower() in ("company", "the company"):
            continue
        before = sentence[: m.start()].rstrip()
        if _PLURAL_ACRONYM.fullmatch(short) and short not in lexicon.known_organization_aliases():
            kinds.add(defined_acronym(before, short[:-1]) or "")  # "Exchange-Traded Funds (ETFs)"
            continue
        phrase = defined_acronym(before, short)
        joined = span_ending_at(sentence, m.start(), org_spans(sentence)) if phrase and " and " in phrase else None
        if joined and joined.text.endswith(phrase) and not LOWER_WORD.search(joined.text[: -len(phrase)]):
            phrase = clean_org(joined.text)  # "Alcohol and Tobacco Tax and Trade Bureau (TTB)", not "Tax and Trade Bureau"
        if phrase and a_kind(sentence, before, m, short):
            kinds.add(phrase)
        elif phrase and (is_org_name(phrase) or phrase in lexicon.known_organizations()
                         or HEAD_OF.search(before, max(0, len(before) - len(phrase) - 40), len(before) - len(phrase))
                         or _described_as_body(sentence[m.end():])):  # "True Nutrition Technology (TNT), one of Germany's leading brands"
            # "President of Women in Film & Television Avalon (WIFTA)": its head's title says what it is
            out.append(OrgMention(without_the(phrase), (short,)))
        elif phrase and (verb := _CORPORATE_VERB.match(sentence[m.end():])) and not (
                verb.group(0).endswith("been") or verb.group(0).rsplit(None, 1)[-1] in _BODY_OR_PRODUCT_NOUNS):
            # "The Truro Community Kitchen (TCK) announces" (not "the Internet of Things (IoT) has
            # been", "the Internet Computer Protocol (ICP) is a blockchain network")
            out.append(OrgMention(without_the(phrase), (short,), strong=False))
        elif phrase:
            if definitions is not None:  # "U.S. Term Limits (USTL)": an alias if the name is found otherwise
                definitions.append(OrgMention(without_the(phrase), (short,), strong=False))
        else:
            span = span_ending_at(sentence, m.start())
            # a short name taken from the full one: Lucid Psycheceuticals Inc. ("Lucid")
            if span and short in words(span.text) and is_org_name(span.text):
                out.append(OrgMention(clean_org(span.text), (short,)))  # (not "MD-based Quotient, Inc.")
            elif span and short.isupper() and is_org_name(name := without_the(span.text)) and loosely_spells(name, short):
                out.append(OrgMention(name, (short,)))  # "Georgia Latino Film Alliance (GALFA)"
    if "(" in sentence:
        out.extend(_spelled_after(sentence, definitions))
    aliased = quoted_aliases(sentence) if "(" in sentence else []
    out.extend(aliased)
    parts = org_parts(sentence)
    if holds_any(sentence, DBA_LITERALS) and DBA_WORDS.search(sentence):
        out.extend(trade_names(sentence, parts))
    quoted = '"' in sentence or "”" in sentence  # (without a closing quote no name is quoted: no need to look)
    titled = [m.span(1) for m in TITLED.finditer(sentence)] if quoted and "titled" in sentence else []
    for i, s in enumerate(parts):
        if _DEGREE.match(s.text) or (sentence.endswith(" in ", 0, s.start)
                                     and _DEGREE_BEFORE.search(sentence, max(0, s.start - 80), s.start)):
            continue  # "a Master of Business Administration", "a degree in Business Administration"
        if (quoted and (quoted_alone(sentence, s) or _ends_a_quoted_title(sentence, s)) and strip_suffix(s.text) == s.text
                and not _DEFINING.search(sentence, max(0, s.start - 6), s.start - 1)):
            continue  # '"The Healing Power of Your Aura"': a title (not '"Acme Inc."', nor '(the "SEC")' defined)
        if titled and any(start <= s.start and s.end <= end for start, end in titled) and strip_suffix(s.text) == s.text:
            continue  # 'an editorial titled "Investors Eye Next-Gen 3D AI-Imaging Technologies in ..."': a title's words
        if s.text in kinds or (sentence[s.start - 2:s.start] in ("a ", "n ") and a_kind_of_body(sentence, s)):
            continue
        if i and parts[i - 1].possessive:
            owner = parts[i - 1]
            if a_name_s_place(sentence, owner, s):
                out.append(OrgMention(sentence[owner.start:s.end]))  # "Lloyd's of London"
                continue
            first, _, rest = s.text.partition(" ")
            if rest and first in _dotted_suffixes():  # "Harry’s Inc. She joined in 2020": the suffix ends the name
                s = Span(first, s.start, s.start + len(first))
            if owned_by_a_word(sentence, owner, s):
                s = Span(sentence[owner.start:s.end], owner.start, s.end, s.possessive)
        if HEADING_END.match(sentence, s.end) and a_run_in_heading(sentence, s):
            continue  # "Tailored Solutions for Diverse Industries: ACCA designed ...": a heading, not a body
        # (not "CC Metals and Alloys, LLC", whose alias joined it)
        pair = two_organizations(s.text) if not any(m.name == s.text for m in aliased) else None
        if pair:
            out.extend(OrgMention(n) for n in pair)
            continue
        name, found, contextual = org_shape(s.text, s.text.split(None, 1)[0] in NAME_OPENERS
                                             and bool(sentence[: s.start].strip(LEAD_IN)))
        if found:
            out.append(found)
            continue
        if s.possessive and _ANNUAL_EVENT.match(sentence, s.end) and (contextual or _INITIALS_NAME.fullmatch(name)):
            out.append(OrgMention(name))  # "H.C. Wainwright’s 27th Annual Global Investment Conference": its organizer
            continue
        if not contextual:
            continue
        after, before = sentence[s.end:], sentence[: s.start]
        owner = s.possessive
        if owner and (bare := _BARE_POSSESSIVE.match(after)):
            # a name ending in "'s" that owns nothing: "players like Moody’s to ...", "Macy’s, a retailer"
            name, owner, after = name + bare.group(1), False, after[2:]
            s = Span(s.text, s.start, s.end + 2)
        if after.startswith(", ") and (located := _LOCATED.match(after)):
            after = after[located.end() + 1:]  # "Acme Psychiatry, located in Lancaster, PA, is a leading provider"
        if (_APPOSITION.match(after) or _CORPORATE_VERB.match(after)
                or (before.startswith(("As", "\"As")) and _AS_A_BODY.match(before))) and not owner:
            out.append(OrgMention(name, strong=False))
        elif not owner and after_a_role(s.text) and ends_an_item(sentence, s):
            out.append(OrgMention(name))  # "Founder and CEO of Lunar Holdings" (the span from "CEO")
        elif not owner and among_organizations(sentence, parts, i):
            out.append(OrgMention(name))  # "at King's College London, Seoul National University and CSUN"
        elif (not owner and (cue := org_cue_start(sentence)) is not None and s.start > cue
              and (cue_before(before, False, kind=not is_title(name))
                   or (ends_an_item(sentence, s) and (cue_before(before) or in_cued_list(sentence, s))))
              and not a_list_of_people(sentence, s.start)):
            out.append(OrgMention(name))
    return out


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "ETFs", "NFTs": many of a kind
# An acronym with its full name after it in parentheses: "NC3 (National Coalition for Community Capital)".
_SPELLED_OUT = re.compile(r"(?<![\w.-])([A-Z][A-Z0-9&]{1,7})\s+\((?:the\s+)?([A-Z][^()]{4,90})\)")
_AN_ACRONYM = re.compile(r"(?:^|\s)(?:[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Ee]ach|[Ee]very|[Aa]ny)\s+$")  # "an MSB (...)": a kind


_REPEATS = re.compile(r"([A-Z])([2-4])")  # "NC3": N and three Cs; "W3C": three Ws and a C


def _repeated(m: re.Match[str]) -> str:
    return m.group(1) * int(m.group(2))


def _spelled_after(sentence: str, definitions: list[OrgMention] | None) -> list[OrgMention]:
    """An acronym the parentheses after it spell out, the way round of "(OIC)": "chair of NC3
    (National Coalition for Community Capital)" names the coalition, with NC3 its alias; a
    phrase that is no organization by its words ("ICNA (Islamic Circle of North America)") is
    only an alias, kept if the name is found otherwise (not "an MSB (Money Services Business)",
    a kind)."""
    out = []
    for m in _SPELLED_OUT.finditer(sentence):
        short, phrase = m.group(1), m.group(2).rstrip(" ,")
        if (short.upper() in exchanges_upper() or phrase not in (defined_acronym(phrase, short),
                                                                  defined_acronym(phrase, _REPEATS.sub(_repeated, short)))
                or _AN_ACRONYM.search(sentence, max(0, m.start() - 6), m.start())):
            continue
        if is_org_name(phrase) or phrase in lexicon.known_organizations():
            out.append(OrgMention(phrase, (short,)))
        elif definitions is not None:
            definitions.append(OrgMention(phrase, (short,), strong=False))
    return out


@functools.lru_cache(maxsize=64)  # read by sentence_orgs, then by org_candidates.product_names for the sentence: cut once
def org_parts(sentence: str) -> tuple[Span, ...]:
    """The sentence's organization spans, each cut into the names it holds (see _parts)."""
    return tuple(part for found in org_spans(sentence) for part in _parts(sentence, found))


# Where a business is, between its name and what it is or does: ", located in Lancaster, PA,".
_LOCATED = re.compile(r",\s+(?:located|based|headquartered)\s+in\s+[^,.;]{2,30}"
                      r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?=,)")
_BARE_POSSESSIVE = re.compile(r"(['’]s)(?=$|[,.;:!?)]|\s(?:and|or|to|as|among|in|for|with)\b)")


# A yearly event a possessive owner holds: "’s 27th Annual Global Investment Conference".
_ANNUAL_EVENT = re.compile(r"['’]s?\s+(?:\d+(?:st|nd|rd|th)\s+|\d{4}\s+)?Annual\s+(?:(?:[A-Z][\w&-]*|of|in|on|and|for)\s+){0,7}"
                           r"(?:Conference|Summit|Forum|Expo|Symposium|Meeting|Gala|Awards)\b")
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?){2,}[A-Z][a-z]+")  # "H.C. Wainwright", a firm's name from its founders'


def _ends_a_quoted_title(sentence: str, s: Span) -> bool:
    """The span ends a title in quotes, every word before it in the quotes capitalized or
    small: '"What's Next for the Crypto Field Amid Increasing Venture Capital"'."""
    return (sentence[s.end:s.end + 2].lstrip(",.!?:")[:1] in _CLOSING_QUOTES
            and _QUOTED_TITLE_START.search(sentence, max(0, s.start - 120), s.start) is not None)


_CLOSING_QUOTES = frozenset('"”')
_QUOTED_TITLE_START = re.compile(r"[\"“](?:(?:[A-Z0-9][\w'’:,&.-]*|a|an|the|of|for|and|or|to|in|on|at|with|by)\s+)+$")


def _parts(sentence: str, s: Span) -> list[Span]:
    """The span without a call to action's verb that opens the sentence ("Join Acme Mining
    and increase your income", not "Discover Financial Services reported"), cut at a
    headline's verb after an organization ("Stonegate Capital Partners Updates Coverage on
    Gladstone Commercial Corp." names two)."""
    first, space, rest = s.text.partition(" ")
    if (space and first.lower() in lexicon.imperatives() and not sentence[: s.start].strip(LEAD_IN)
            and not _CORPORATE_VERB.match(after := sentence[s.end:]) and not _AUXILIARY.match(after)):
        s = Span(rest, s.end - len(rest), s.end, s.possessive)
    if " DBA " in s.text or s.text.endswith(" D"):  # (a string test first)
        cut = _TRADE_WORD.search(sentence, s.start, s.end + 6)
        if cut and cut.start() > s.start:
            head = sentence[s.start:cut.start()]
            return [Span(head, s.start, cut.start()),
                    *(Span(t.text, t.start + cut.end(), t.end + cut.end(), t.possessive)
                      for t in spans(sentence[cut.end():max(s.end, cut.end())]))]
    ws = s.text.split()
    for i, w in enumerate(ws[1:-1], 1):
        if w in _dotted_suffixes() and ws[i + 1][0].isupper() and ws[i + 1].rstrip(",") not in lexicon.legal_suffixes():
            end = s.start + s.text.index(f" {w} ") + len(w) + 1  # "Funded by Acme Society, Inc. Inclusion in ..."
            return [Span(sentence[s.start:end], s.start, end),
                    *(Span(t.text, t.start + end + 1, t.end + end + 1, t.possessive) for t in spans(sentence[end + 1:s.end]))]
        if w.lower() in lexicon.headline_verbs() and is_org_name(clean_org(head := " ".join(ws[:i]))):
            tail = s.start + s.text.index(f" {w} ") + len(w) + 2
            return [Span(head, s.start, s.start + len(head)),
                    *(Span(t.text, t.start + tail, t.end + tail, t.possessive) for t in spans(sentence[tail:s.end]))]
    return [s]


def ends_at_its_suffix(name: str) -> str:
    """A name without what runs on after its dotted legal suffix into the next sentence: "MCI Inc."
    of "MCI Inc. Former WorldCom" (not "Acme Co. Ltd.")."""
    ws = name.split()
    for i, w in enumerate(ws[1:-1], 1):
        if w in _dotted_suffixes() and ws[i + 1][0].isupper() and ws[i + 1].rstrip(",") not in lexicon.legal_suffixes():
            return " ".join(ws[: i + 1])
    return name


@functools.cache
def _dotted_suffixes() -> frozenset[str]:
    """The legal suffixes that end with a period, where a name ends and the next sentence may
    start unseen ("Highlighting Acme Inc. America's Bitcoin Miner"); not "Co." of "Co. Ltd."."""
    return frozenset(x for x in lexicon.legal_suffixes() if x.endswith(".") and x != "Co.")


# A trade name's word in capitals, which a span runs over: "Acme, Inc. DBA Pixlo", "Acme Labs D/B/A Pixlo".
_TRADE_WORD = re.compile(r"\s(?:DBA|D/B/A)\s")
LEAD_IN = " \t\"'“‘([#*>-"  # what may stand before a sentence's first word
_AUXILIARY = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says)\b")
