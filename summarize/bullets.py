"""Flags for sentences that read badly as a stand-alone bullet.

A key point is read out of context, so a sentence that is a fragment, asks a question,
leans on an earlier sentence ("He added ...", "However, ..."), only praises, or tells the
reader to click somewhere makes a poor bullet however central it is. Each flag is a number
in [0, 1]; the ranker turns their sum into a penalty.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence, Set

from . import resources
from .list_items import list_label
from .prefilter import holds_any, required, trie_alternation
from .quotes import unattributed_quote
from .run_in_titles import heading_run_in, title_case

FLAGS = ("fragment", "question", "dangling", "praise", "promotional", "background", "call_to_action", "short", "long",
         "teaser", "restated")
# How much each flag weighs against the others. Something that is not a sentence at all, or
# that is a contact line, should lose to any real sentence; a sentence opening on a
# connective often still carries the news ("However, the agency found ..."), so it counts less;
# a company's history or self-description is what its About section says, never the news; a
# sentence made of the headline's words tells the reader nothing new, and loses to any real
# sentence (position, headline and centrality together).
SEVERITY = {"fragment": 2.0, "call_to_action": 2.0, "dangling": 0.5, "background": 2.0, "teaser": 2.0, "restated": 4.0}

SHORT_WORDS = 6  # fewer words than this: too thin to be a point
LONG_WORDS = 60  # more than this: penalty grows until twice as many
_FINAL = tuple('.!"\u201d\')\u2019')
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"[^\W_]")  # a character c with c.isalnum()
_QUOTES = re.compile(r"[\"\u201c\u201d]")
# A word as the ranker sees it: letters or digits, with an inner apostrophe or hyphen.
WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*")  # WORD on ASCII text, faster
# "said John Lai" / "she says" / "according to": a quote's attribution.
_ATTRIBUTION = re.compile(r"\b(said|says|adds|added|stated|commented|noted|explained)\b", re.I)


class _WordList:
    """One pattern for a whole list, anchored by a look-behind rather than a leading \\b
    (Python's re scans ~10x faster this way), and, when `guarded`, the literals a match
    needs: a sentence holding none of them is not scanned at all (see prefilter)."""

    def __init__(self, body: str, guarded: bool = True):
        self.pattern = re.compile(r"(?<!\w)(?:" + body + ")")
        self.needs = required(self.pattern.pattern, shortest=1) if guarded else None

    def search(self, lower: str) -> bool:
        """Whether the lower-cased text holds a phrase of the list."""
        return holds_any(lower, self.needs) and self.pattern.search(lower) is not None


@functools.cache
def _call_to_action() -> _WordList:
    return _patterns("reader_calls_to_action.txt", "contacts_and_legal.txt")


@functools.cache
def _reader_call() -> _WordList:
    return _patterns("reader_calls_to_action.txt")


def _patterns(*names: str) -> _WordList:
    entries = (p.removeprefix("\\b") for name in names for p in resources.lines(name))
    return _WordList("|".join(f"(?:{p})" for p in entries))


def _word_list(name: str, end: str) -> _WordList:
    """Any phrase of a word list, from a word start to `end`. The phrases share their
    prefixes in one trie (see prefilter), which searches faster unguarded than the literal
    test would: promo_words.txt ~3 us a sentence instead of ~7."""
    return _WordList(f"(?:{trie_alternation(resources.word_set(name))}){end}", guarded=False)


@functools.cache
def _praise() -> _WordList:
    return _word_list("praise_words.txt", r"\b")


@functools.cache
def _opener() -> re.Pattern:
    """A weak opener: a pronoun or a connective as the first word(s), then a word break
    (not a dot inside a name: "So.Social announces ...")."""
    entries = resources.word_set("weak_openers.txt") | resources.word_set("connectives.txt")
    words = sorted(entries, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w|\.\w)")


@functools.cache
def _pointing() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in resources.lines("pointing_openers.txt")))


# A sentence wholly in brackets, an aside on the one before: "(Probably a lot better than
# picking a perfect bracket.)", "(The second one opens May 1.)".
_ASIDE = re.compile(r"\([^()]*\)\W*$")


def dangling(text: str) -> bool:
    """True when the sentence opens on an unresolved pronoun or a connective: "However, it ...",
    "This is why ...", on a list item's label, is a quote with no speaker or an aside in brackets."""
    head = text.lstrip("\"'\u201c\u2018([ ")[:40].lower()
    return (
        bool(_opener().match(head))
        or (text[:1] == "(" and _ASIDE.match(text) is not None)
        or (head[:1] == text[:1].lower() and bool(_pointing().match(head)))  # (not inside a quote)
        or list_label(text)
        or text.rstrip().endswith((": .", ":."))  # leads into what follows: "Here's how it works: ."
        or unattributed_quote(text)
    )


def praise(text: str, words: list[str]) -> bool:
    """True for a quote of praise or a short sound bite with no fact in it (no figure):
    '"We are thrilled," said X.', '"Our people drive our growth," said X.'"""
    return not _DIGIT.search(text) and _praising(text, words)


def _praising(text: str, words: list[str]) -> bool:
    """`praise` but for the figure test."""
    # cheapest tests first: the praise words, then quote marks or "said"
    if not _praise().search(" ".join(words).lower()):
        return sound_bite(text)
    return bool(_QUOTES.search(text) or _ATTRIBUTION.search(text))


# A sound bite: a short quote and its speaker, nothing else ('"Our people drive our growth,"
# said the CEO of Acme.'). Too short to carry a fact of its own, unless it names someone or
# something after its first word ('"Boko Haram is recruiting in Cameroon," said ...'); a
# figure is checked apart.
_NAME_INSIDE = re.compile(r"(?<=\s)(?!I\b|I['\u2019])[A-Z]")
_SOUND_BITE = re.compile(
    r"[\"\u201c]([^\"\u201c\u201d]{1,90})[,.!?][\"\u201d],? (?:said|says|stated|added|noted|explained|commented)\b[^\"\u201c\u201d]*$"
)
SOUND_BITE_WORDS = 12


def sound_bite(text: str) -> bool:
    """True for a short quote and its speaker: '"We love it here," said Ann Lee.'."""
    found = _SOUND_BITE.match(text) if text[:1] in "\"\u201c" else None
    if found is None:
        return False
    quote = found.group(1)
    return len(quote.split()) <= SOUND_BITE_WORDS and _NAME_INSIDE.search(quote) is None


@functools.cache
def _promo() -> _WordList:
    return _word_list("promo_words.txt", r"(?!\w)")


@functools.cache
def _background() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in resources.lines("background_openers.txt")))


def promotional(text: str, lower: str | None = None) -> bool:
    """True for marketing language with no figure: "It underscores our commitment to quality."."""
    return not _DIGIT.search(text) and _promo().search(text.lower() if lower is None else lower)


def background(text: str) -> bool:
    """True for a background sentence: "Founded in 1950, the company has grown ..."."""
    return bool(_background().match(text.lstrip("\"'\u201c ").lower()))


# A link given as a reference inside a sentence, not as something to visit: in brackets
# ("Acme (www.acme.com) today launched ...") or set off by a comma ("Acme, at https://acme.com/,
# is pleased to announce ...").
# (Not a Markdown link, "[Get the report](https://...)": that is a pointer to follow.)
_LINK_REFERENCE = re.compile(r"(?<!\])[(\[]\s*(?:https?://|www\.)[^()\[\]]*[)\]]|(?:https?://|www\.)[^\s,]*,(?=\s)")


def call_to_action(text: str, lower: str | None = None) -> bool:
    """True for calls to action and contact lines: "To learn more, visit example.com."."""
    lower = text.lower() if lower is None else lower
    if "http" in lower or "www." in lower:
        lower = _LINK_REFERENCE.sub(" ", lower)
    return _call_to_action().search(lower)


CALL_HEAD = 40  # characters: a call to action this early is what the sentence is for


def opens_on_call_to_action(text: str) -> bool:
    """True for a sentence that is there to send the reader somewhere, its call to action in
    its first words: "To secure your ticket, go to: https://...", "To learn more about
    sailing, visit ...", "This image may be ordered ..." (not "Quarrow Labs (OTC: QRL,
    www.quarrow.com), a maker of valves, today announced ...")."""
    lower = text.lower()
    if "http" in lower or "www." in lower:
        lower = _LINK_REFERENCE.sub(" ", lower)  # (before the cut, which would open a bracket)
    calls = _reader_call()  # (searched whole, not cut: "visit|ors" would end a word at the cut)
    found = calls.pattern.search(lower) if holds_any(lower, calls.needs) else None
    return found is not None and found.start() < CALL_HEAD


# Markdown left in the text: a heading line ("# Title") or a bare link ("[Title](https://...)").
_MARKUP = re.compile(r"^\s*(?:#|\[[^\]]*\]\()")


# A name written lower-case first, not a lower-case start: "eBay", "iPhone", "u-blox",
# "candidate.fyi", "ce\u03c4i AI" (not a link, "www.acme.com", nor "e.g.").
_CAMEL_BRAND = re.compile(r"[a-z]+[A-Z]|(?!www\.|e\.g\b|i\.e\b)[a-z][^\W_]*(?:[-.][^\W_]+)+(?![\w/:])|[a-z]+[^\x00-\x7f\W]")


# A subordinate clause standing alone, its main clause in the sentence before: "Because he did
# something rare.", "Unless you are a quokka." (a main clause would follow a comma: "Because it
# rained, the race was called off."; a dash may set off the main clause or an aside, "Because it
# rained -- a rare thing here -- the race was called off.", so a clause with one is left alone).
_BARE_CLAUSE = re.compile(r"(?:Because(?! of\b)|Unless)\b[^,\u2013\u2014]*$")


def bare_clause(text: str) -> bool:
    """True for a "Because ..." or "Unless ..." clause with no main clause: "Because it rained."."""
    return text[:1] in "BU" and "--" not in text and _BARE_CLAUSE.match(text) is not None


# A fact box or a list of labelled lines run together, not a sentence: "Passengers: 150
# Airplane: Airbus A320 Airline: Germanwings ...", "Graphene Protection: Provides a coating.
# Hydrophobic Technology: Repels water." (a label: up to three words, the first capitalized).
_LABELLED = re.compile(r"(?<!\S)[A-Z][\w'\u2019&-]*(?: [\w'\u2019&-]+){0,2}: ")
LABELS = 3


def labelled_values(text: str) -> bool:
    """True for three labelled values or more run together: "Size: 4 m Speed: 9 kn Crew: 2"."""
    return text.count(": ") >= LABELS and len(_LABELLED.findall(text)) >= LABELS


def fragment(text: str, words: list[str]) -> bool:
    """True for text that is not a full sentence: a title, a heading, a lower-case start, two
    words, a bare "Because ..." clause, labelled values run together."""
    stripped = text.rstrip()
    found = _ALNUM.search(stripped)
    first = found.group() if found else ""
    return (
        not stripped.endswith(_FINAL)
        or (first.isalpha() and first.islower() and not _CAMEL_BRAND.match(stripped, found.start()))
        or len(words) < 3
        or bool(_MARKUP.match(stripped))
        or title_case(stripped, words)
        or heading_run_in(stripped)
        or bare_clause(stripped)
        or labelled_values(stripped)
    )


def _words(text: str) -> list[str]:
    """The words as the ranker sees them (`WORD`, by a faster pattern on ASCII text)."""
    return (_ASCII_WORD if text.isascii() else WORD).findall(text)


# Where a text stops short: an ellipsis, bare or in brackets ("... data on its drug's
# performance […]"), or a colon leading into a list that is not there ("... several elements
# need to be present:").
_CUT_OFF_ENDS = ("…", "...", "[…]", "[...]", "(…)", "(...)", ":")


def title_or_cut_off(text: str) -> bool:
    """A title ("Upcoming Trends in Consumer Financing") or a teaser cut off mid-sentence
    ("... firms like Acme Corp. are bound to have access to…"): never a point on its own."""
    stripped = text.rstrip()
    if stripped.endswith(_CUT_OFF_ENDS):
        return True
    return not stripped.endswith(_FINAL) and title_case(stripped, _words(text))


# A release's teaser: a short line that whets the appetite and tells no news, "The wait is
# nearly over.", "Smartphones have come a long way.", "Calling all outdoor enthusiasts!". It
# has no figure, no quote and no name after its first word; exclaimed, it may be longer and
# name something ("Mixed Martial Arts fans, your dreams have arrived!").
TEASER_WORDS = 10
TEASER_EXCLAIMED_WORDS = 15
_NAME_AFTER_FIRST = re.compile(r"(?<=\s)[\"\u201c'(]?[A-Z]")
# a quote mark, or an apostrophe that opens or closes a quote rather than a word's ("'Tokyo-ing!")
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d\u2018]|(?<!\w)'|'(?!\w)")


# A promise of news to come, whatever it names: "Stay tuned for our showcase at the June 6
# summit.", "Watch this space for more.", "Keep an eye out for the 2026 line-up."
_STAY_TUNED = re.compile(r"(?:Stay tuned|Watch this space|Keep an eye out)\b")


def teaser(text: str, words: list[str], body: str = "") -> bool:
    """True for a teaser: "The wait is nearly over.", or a call to the reader with no figure,
    "Step into the world of Bel Canto as ...". News stories open on short facts with
    no name too ("There were screams."), so the ranker asks this of press releases only. A
    first word the `body` writes capitalized inside a sentence is a name ("Tidy needs no
    floor markers." where "... said Tidy picked 410 items"), and the line a fact."""
    n = len(words)
    if _STAY_TUNED.match(text):
        return True  # (a date in it is still no news: "Stay tuned for our show at the June 6 fair.")
    if _DIGIT.search(text):
        return False
    if text[:1].isupper() and calls_reader(words) and not _named(words[0], body):  # (not in a quote)
        return True
    if n > TEASER_EXCLAIMED_WORDS or _QUOTE_MARK.search(text):
        return False
    stripped = text.rstrip()
    if stripped.endswith("!"):
        return True
    if n > TEASER_WORDS or not stripped.endswith(".") or _NAME_AFTER_FIRST.search(stripped):
        return False
    return not (words and _named(words[0], body))


@functools.cache
def _reader_calls() -> frozenset[str]:
    from .lexicon import imperatives

    return imperatives() | resources.word_set("reader_calls.txt")


def calls_reader(words: list[str]) -> bool:
    """True for a sentence that opens by telling the reader to do something, its verb
    before a lower-case word: "Discover a new wellness oasis ...", "Don't miss this chance."
    (not a name: "Learn And Play Montessori School ...", "Get Found is an agency", nor a
    noun: "Watch parties will be held ...", "Experience shows that ...")."""
    if len(words) < 2 or not words[1][:1].islower():
        return False
    calls = _reader_calls()
    first, second = words[0].lower().replace("\u2019", "'"), words[1].replace("\u2019", "'")
    return first in calls and (first == "don't" or second in resources.word_set("reader_call_objects.txt")
                               or second in calls)  # ("Come meet ...")


def _named(word: str, body: str) -> bool:
    """Whether a sentence's first word is a name: the body writes it capitalized after a
    lower-case word ("... said Tidy"), and it is no common or function word ("Waste", "The")."""
    from .lexicon import common_words, is_function_word

    if word.lower() in common_words() or is_function_word(word) or word not in body:
        return False  # (the word lists first: a search of the whole body per line is slow in long texts)
    # "[a-z] WORD\b" by str.find, not a pattern compiled for each word
    found = body.find(" " + word)
    while found >= 0:
        end = found + 1 + len(word)
        if found and "a" <= body[found - 1] <= "z" and not (end < len(body) and (body[end].isalnum() or body[end] == "_")):
            return True
        found = body.find(" " + word, found + 1)
    return False


# A sentence made of the headline's words: "Acme (NYSE: AC): Stonegate Updates Coverage on Acme
# (NYSE: AC)." under "Stonegate Updates Coverage on Acme (NYSE: AC) 4Q25".
RESTATED_SHARE = 0.9
RESTATED_MIN_WORDS = 4  # content words


def restated(tokens: Sequence[str], title: Set[str]) -> bool:
    """True when a sentence's content words (`tokens`) are (nearly) all the headline's (`title`),
    both as the ranker stems them: `restated(["acm", "updat", "cover"], {"acm", "updat", "cover"})`."""
    if not title or len(tokens) < RESTATED_MIN_WORDS:
        return False
    return sum(t in title for t in tokens) >= RESTATED_SHARE * len(tokens)


def penalty(flag_values: dict[str, float]) -> float:
    """The flags' sum, each weighted by its SEVERITY (default 1)."""
    return sum(SEVERITY.get(name, 1.0) * v for name, v in flag_values.items())


# "It" opening a release's sentence stands for the product or the company named before: "It's
# portable and quiet." (a figure makes the sentence a fact worth its pronoun, "It aims for a $5M
# presale."; a story's "It" is its subject too often to count: "It was flying from Tulsa ...").
_IT = re.compile(r"It(?:['\u2019]s)? ")


def flags(text: str, release: str | None = None, tokens: Sequence[str] = (), title: Set[str] = frozenset()
          ) -> dict[str, float]:
    """Each flag's value for one sentence: `flags("Why now?")["question"] == 1.0`. A teaser
    is flagged only in a press release, whose body is `release`; a restated headline only
    when the sentence's and the headline's content words are given (`tokens`, `title`)."""
    words = _words(text)
    n = len(words)
    lower = text.lower()
    figure = _DIGIT.search(text) is not None  # (looked for once: praise and promotion need none)
    return {
        "fragment": float(fragment(text, words)),
        "question": float(text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")),
        "dangling": float(dangling(text) or (release is not None and not figure and _IT.match(text) is not None)),
        "praise": float(not figure and _praising(text, words)),
        "promotional": float(not figure and _promo().search(lower)),
        "background": float(background(text)),
        "call_to_action": float(call_to_action(text, lower)),
        "short": max(0.0, (SHORT_WORDS - n) / SHORT_WORDS),
        "long": min(1.0, max(0.0, (n - LONG_WORDS) / LONG_WORDS)),
        "teaser": float(release is not None and teaser(text, words, release)),  # (teaser tests for figures itself)
        "restated": float(restated(tokens, title)),
    }
