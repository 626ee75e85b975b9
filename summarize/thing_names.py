"""Names release_people.py reads as a person's that the release shows to name a thing: a
name ending on a word the text writes in lower case ("Crypto Comedy"), one written before or
after a kind of work ("the Harry Potter games", "the film Vera Drake"), a band's ("rock band
X", "X have won"), a part an actor plays ("stars as X"), a business's ("a stake in X"), a body's
name that opens with a title ("Broker Complaint Alert"), a short form of an organization's name
("Golden Matrix"), a venue's ("at Albert Park"), a ship's or a contest's ("the cruise liner Crystal Harmony", "8-time Mr. Olympia").
"""
from __future__ import annotations

import functools
import re

from . import lexicon, resources
from .names import word_starts, words, written_in_lower_case


def ends_on_a_word(name: str, text: str) -> bool:
    """A name whose last word the text also writes in lower case, with no known first name or
    with more words than a person's ("Crypto Comedy", "Sean Casey Animal Rescue"), names a
    thing: its last word is an ordinary noun (not "Paxton Singer", whose surname is a word too)."""
    ws = words(name)
    last = ws[-1]
    if len(ws) < 2 or not last.isalpha() or last.lower() in lexicon.surname_words() or last.lower() in lexicon.title_words():
        return False  # (not "Turi King": a title word is a surname as often)
    if len(ws) == 2 and ws[0] in lexicon.first_names():
        return False  # "Richard Quest", "Nicky Wire"
    return written_in_lower_case(last, text)


def owns_no_one(name: str, text: str) -> bool:
    """The text writes the name other than as a possessive: "CEO of Broker Complaint Alert"
    (not "Prime Minister Dmitry Medvedev's spokeswoman", the owner of a role)."""
    return re.search(rf"(?<!\w){re.escape(name)}(?![\w'’])", text) is not None  # not inside "Complaint Alerts'"


def names_a_work(name: str, text: str) -> bool:
    """The text writes the name before a kind of work or franchise: "the Star Wars DVD trilogy",
    "the Harry Potter games", "the Star Trek franchise" (not "film": "a Tom Cruise film"): a
    work named like a person (data/work_nouns.txt); or after a kind of work: "the film Vera
    Drake", "the musical Billy Elliot", "the fairy tale Edward Scissorhands"."""
    if len(words(name)) < 2:
        return False
    after = _work_noun_after()
    for start in word_starts(name, text):  # (one pattern per name would be compiled for every name of every release)
        if after.match(text, start + len(name)) or _WORK_BEFORE.search(text, max(0, start - 24), start):
            return True
    return False


# A kind of work right before its title (not "show", "play", "game" or "book", verbs or
# a match as often: "to play Jane Roe", "the game Jane Roe won"; nor "film, Jane Roe": a list).
_WORK_BEFORE = re.compile(r"\b(?:film|movie|musical|tale|documentary|biopic|sitcom|novel|album|song|single|track)\s+$")


@functools.cache
def _work_noun_after() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in sorted(resources.word_set("work_nouns.txt", lower=False), key=len, reverse=True))
    return re.compile(rf" (?:{nouns})\b")


# A vessel named right after its kind ("the cruise liner X", "the yacht X", "aircraft carrier X"),
# or a contest's title after the times it was won ("8-time X", "three-time Mr. X": "Mr. Olympia").
_SHIP_OR_TITLE_BEFORE = re.compile(r"(?:\b(?:liner|yacht|tanker|freighter|frigate|destroyer|warship|schooner|steamship"
                                   r"|cruise\s+ship|aircraft\s+carrier|submarine)"
                                   r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|multiple)-time(?:\s+M(?:r|s|iss)\.?)?)\s+$")


def names_a_ship_or_title(name: str, text: str) -> bool:
    """The text writes the name after a kind of vessel or after how often it was won: "The
    luxury cruise liner Crystal Harmony", "Ronnie Coleman (8-time Mr. Olympia)": a ship or a
    contest named like a person (not "two-time winner Jane Roe": the kind stands between)."""
    return any(_SHIP_OR_TITLE_BEFORE.search(text, max(0, start - 24), start) for start in word_starts(name, text))


# "at" before a venue, not after a verb or a word aimed at someone ("criticism aimed at X", "looked at X").
_AT_BEFORE = re.compile(r"(?<!aimed )(?<!directed )(?<!pointed )(?<!looked )(?<!laughed )(?<!shouted )(?<!yelled )"
                        r"(?<!out )(?<!swipe )(?<!jab )(?<!angry )(?<!stared )(?<!glared )(?<!smiled )(?<!waved )"
                        r"(?<!fired )(?<!shot )\bat\s+$")


def only_after_at(name: str, text: str) -> bool:
    """Every time the text writes the name, "at" comes right before it and no possessive after
    it: "won at Albert Park", "taking place at Marina Bay Sands": a venue named like a person
    (not "at Jane Roe's home", nor a person also named elsewhere: "looked at Jane Roe")."""
    starts = list(word_starts(name, text, "'’"))
    return bool(starts) and len(starts) == sum(1 for _ in word_starts(name, text)) and all(
        _AT_BEFORE.search(text, max(0, start - 16), start) for start in starts) and (
        " " not in name or sum(1 for _ in word_starts(name.rsplit(None, 1)[-1], text)) == len(starts))
    # (a surname written alone elsewhere is a person's: "hit back at Jane Roe ... Roe had criticized")


# A group of musicians named before its name, read backwards from the name: "Scottish rock band
# X", "Glasgow group X", "girl group X", "dance act X", "members of X" (not "writing group Jane
# Roe", "comedy duo Jane Roe and John Doe", "Acme Group CEO Jane Roe").
_GROUP_BEFORE = re.compile(r"(?:\bbands?|\brockers|\bmembers\s+of|(?:\b[A-Z][a-z]+|\b(?:pop|rock|girl|boy|singing|vocal|folk|"
                           r"punk|metal|indie|dance|jazz|rap|hip-hop|soul|music))\s+(?:group|act|outfit))\s+$")
# A plural verb right after a name that opens a sentence, as British English writes of a band
# ("X have won two awards", "Nevertheless X were", "X, who were shortlisted"), not a subjunctive
# ("were to"); a name within a sentence is often one of a list ("prop Jane Roe and John Doe have").
_PLURAL_AFTER = re.compile(r"(?:,\s+who)?\s+(?:were|are|have)\b(?!\s+to\b)")
# ... or anywhere, before a relative clause with a plural verb ("beat X, who were shortlisted"),
# unless the clause may be another noun's ("the neighbours of Jane Roe, who have").
_WHO_PLURAL_AFTER = re.compile(r",\s+who\s+(?:were|are|have)\b")
_OWNED_OR_LISTED = re.compile(r"(?:\b(?:of|to|for|with|by|from|at|and|or)|&|,)\s+$")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\"“]|\b(?:But|And|Yet|Nevertheless|Now|So|However,)\s+)$")


def names_a_band(name: str, text: str) -> bool:
    """The text writes the name as a group's: after a kind of group ("rock band X", "members of
    X") or, opening a sentence, before a plural verb ("X have won", "X, who were"), not as an
    owner ("members of Jane Roe's family"): a band named like a person."""
    if len(words(name)) < 2:
        return False
    for start in word_starts(name, text, "'’"):
        end, before = start + len(name), text[max(0, start - 24):start]
        if (_GROUP_BEFORE.search(before) or (_PLURAL_AFTER.match(text, end) and _OPENS_SENTENCE.search(before))
                or (_WHO_PLURAL_AFTER.match(text, end) and not _OWNED_OR_LISTED.search(before))):
            return True
    return False


# A part an actor plays, read backwards from the name: "stars as X", "is set as X", "co-star as
# X", "DC Comics character X", "the lead role of X", "portraying X", "voiced X" (not "industry voices X", a noun; not "the role of
# Jane Roe in the talks", "played Jane Roe in the final": a person's part in events, a match).
_PART_BEFORE = re.compile(r"(?:\b(?:stars?|starred|starring|co-stars?|co-starred|is\s+set|cast)\s+as|\bcharacters?"
                          r"|\b(?:lead|leading|title|starring|main|supporting)\s+role\s+(?:of|as)"
                          r"|\bportray(?:s|ed|ing)?|\bvoic(?:ed|ing)|\bdressed\s+as)\s+(?:the\s+)?$")


def plays_a_part(name: str, text: str) -> bool:
    """The text writes the name as a part an actor plays: "Cliff Roe stars as Sean Vell, a
    teacher", "Jane Roe plays the character Mara Quist": a character named like a person."""
    for start in word_starts(name, text):
        if _PART_BEFORE.search(text, max(0, start - 40), start):
            return True
    return False


# A business named right after what it is or what is owned of it: "a stake in X", "shares of X",
# "the takeover of X", "German marques X and BMW", "mortgage giant X", "the cosmetics company X",
# "advisory firm X", "record label X" (not "a bid for X": a player is bought as well).
_BUSINESS_BEFORE = re.compile(r"(?:\bstake\s+in|\bshares\s+(?:of|in)|\btakeover\s+of|\bmerger\s+with|\bsubsidiary\s+of"
                              r"|\b(?:marques?|carmaker|brewer|retailer|airline|firm|company|giant|record\s+label))\s+$")


def names_a_business(name: str, text: str) -> bool:
    """The text writes the name as a business's: "a one-fifth stake in Sun Interbrew", "mortgage
    giant Fannie Mae", "German marques Mercedes Benz": a business named like a person."""
    return any(_BUSINESS_BEFORE.search(text, max(0, start - 24), start) and not _OWNER_CLAUSE.match(text, start + len(name))
               for start in word_starts(name, text))


# A clause of the person's after the name: "the company Maria Lopez founded", "the firm Jane Roe runs".
_OWNER_CLAUSE = re.compile(r"\s+(?:co-)?(?:founded|started|runs|ran|owns|owned|leads|led|built|bought|launched|created|"
                           r"joined|left|manages|managed|set\s+up|heads|headed)\b")


def short_org_name(name: str, orgs: dict[str, set[str]]) -> bool:
    """A name that starts an organization's: "Golden Matrix" (Golden Matrix Group, Inc.),
    "Spring Hill" (Spring Hill Learning Academy); for a person no title, quote or
    attribution backs, the short form of that organization. ("Jane Roe of Acme LLP", a
    person read as an organization, starts none.)"""
    return any(o.startswith(name + " ") and not o[len(name) + 1:].startswith("of ") for o in orgs)
