"""Literal prefilters: what a match must contain, and that a rule is never skipped wrongly."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summarize.boilerplate import header_rules, line_rules, tail_rules
from summarize.prefilter import fold, holds_any, required, scans


def test_a_literal_after_a_lazy_prefix():
    assert required(r".{0,300}?\bforward[- ]looking statements?") == ("looking statement",)


def test_every_alternative_gives_its_literal():
    assert required(r"(view|read) the (original|source) release") == (" release",)  # the longest
    assert required(r"(view|read) (original|source)") == ("original", "source")
    assert set(required(r"(?:appeared first on|originally posted)")) == {"appeared first on", "originally posted"}


def test_no_requirement_when_an_alternative_has_no_literal():
    assert required(r"(?:the post .*|\d+)") is None
    assert required(r"[\w.+-]+@[\w-]+") is None


def test_literals_are_lower_case_and_ascii():
    assert required(r"(?-i:SOURCE)\b.{0,120}$", re.I) == ("source",)
    assert required("stra\u017fse") is None  # long s may match "s" when case is ignored


def test_short_literals_are_not_worth_a_test():
    assert required(r"by\b.*") is None


def test_optional_parts_are_not_required():
    assert required(r"(the )?source:") == ("source:",)
    assert required(r"x(?:longword)?y") is None


def test_scans():
    assert scans(r".{0,300}?\bforward")
    assert scans(r"(?<=[.!?])\s*the post")
    assert not scans(r"source\s*:.{0,120}$")
    assert not scans(r"(?:for immediate release|embargoed)")


_WORDS = st.sampled_from(
    ["the post", " appeared first on ", "example.com", "Forward-looking statements", " within the meaning ",
     "Regulation FD", "click here", "https://x.io", "note to investors", "Acme", " is ", "powered by ",
     "Newswire", "cautionary note", ". ", "\n", "SOURCE", "view the original release", "\u0131", "\u017f",
     "###", "Email: ", "About ", "Media Contact", "+1 555 0100", "jane@example.com", " -30-",
     "\u0130", "\u212a", "\u2019", "S\u017fOURCE", "Note To \u0130nvestors"]
)


@given(st.lists(_WORDS, max_size=8).map("".join))
def test_a_skipped_rule_never_matches(text):
    lower = fold(text)
    for rule in line_rules() + header_rules() + tail_rules():
        if not rule.may_match(lower):
            assert not rule.pattern.search(text), (rule.reason, text)


@given(st.lists(_WORDS, max_size=8).map("".join))
def test_first_match_is_the_plain_loop(text):
    from summarize.boilerplate import _first_match

    for rules in (line_rules(), header_rules()):
        plain = next((rule.reason for rule in rules if rule.pattern.match(text)), None)
        assert _first_match(rules, text) == plain


def test_literal_helpers():
    assert fold("About ACME") == "about acme"
    assert fold("\u017fOURCE: \u0130NC \u212aIT Caf\u00c9") == "source: inc kit caf\u00e9"


def test_fold_makes_every_letter_a_case_ignoring_regex_takes_for_an_ascii_one_that_letter():
    import sys

    any_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = fold(char)
        if any_letter.fullmatch(char):
            assert len(folded) == 1 and "a" <= folded <= "z" and re.fullmatch(folded, char, re.IGNORECASE), hex(code)
        else:
            assert not (len(folded) == 1 and "a" <= folded <= "z"), hex(code)
    assert holds_any("see the post", ("post", "zzz")) and not holds_any("see", ("post",))
    assert holds_any("anything", None)


def test_a_trie_alternation_matches_exactly_its_words():
    import re

    from summarize.prefilter import trie_alternation

    words = ["partnered with", "partners with", "partnership with", "joins", "joined", "like", "a+b"]
    pattern = re.compile(rf"(?:{trie_alternation(words)})")
    assert all(pattern.fullmatch(w) for w in words)
    assert not any(pattern.fullmatch(w) for w in ["partner", "partners", "join", "likes", "ab", ""])
    assert not re.search(trie_alternation([]), "anything")
