"""Character normalization: what each rule does, and that its trigger never skips it wrongly."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summarize.normalize import RULES, normalize, squash


def _every_rule(text: str) -> str:
    """normalize() without the trigger shortcut: every rule applied unconditionally."""
    text = unicodedata.normalize("NFC", text)
    for _name, pattern, replacement, _triggers in RULES:
        text = pattern.sub(replacement, text)
    return text.strip("\n ")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("One.\r\nTwo.\r\n\r\n\r\n\r\nThree.", "One.\nTwo.\n\nThree.", id="line-ends-and-blank-lines"),
        pytest.param("inter\u00adnational\u200b 10\u00a0km\tmore", "international 10 km more", id="invisible-and-odd-spaces"),
        pytest.param("Baku`s \u201cnew\u201d port \u2018opens\u2019", "Baku's \"new\" port 'opens'", id="quotes-made-straight"),
        pytest.param("a ` b and `code`", "a ` b and `code`", id="backtick-between-spaces-left-alone"),
        pytest.param("red\x1b[31m text\x07 here   \nnext", "red text here\nnext", id="escapes-and-controls-removed"),
        pytest.param("Para one.  Para two.", "Para one.  Para two.", id="runs-of-spaces-in-a-line-kept"),
        pytest.param('a global priority.Orbis DAO leads. "It is ours."Roe said. Why?Because. New?1. Faster',
                     'a global priority. Orbis DAO leads. "It is ours." Roe said. Why? Because. New? 1. Faster',
                     id="glued-sentences-get-their-space"),
        pytest.param("Mail Jane.Roe@acme.com, see Acme.Com or www.Orbis.com; Acme Inc.Orbis; OrbisPay.Guru; a.php?Id=2",
                     "Mail Jane.Roe@acme.com, see Acme.Com or www.Orbis.com; Acme Inc.Orbis; OrbisPay.Guru; a.php?Id=2",
                     id="addresses-abbreviations-and-brands-keep-their-stops"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_squash():
    assert squash(" a \n b ") == "a b"


# Characters every rule reacts to, mixed with plain text, so that rules fire and interact
# (a tab before a newline becomes a trailing space, a CR LF becomes a blank line ...).
_SPECIAL = st.sampled_from(
    list("\r\n\t `'\"\x0b\x0c\x1b\x9b\x9d\x07[]31mJ\u2028\u2029\u200b\u00ad\ufeff\u00a0\u2003\u3000"
         "\u00b4\u2018\u2019\u02bc\u201a\u2032\u201c\u201d\u00ab\u00bb\x00\x7f\x85")
)
_TEXT = st.text(alphabet=st.one_of(_SPECIAL, st.sampled_from("abcXYZ09 .é")), max_size=60)


@given(_TEXT)
@example("end \nnext\tline\t\nlast")  # a tab at a line end becomes a trailing space
@example("a\r\nb\u2028c\x0bd\x0ce")
@example("e\u00adf\u200bg\ufeffh 10\u00a0km\u2003\u3000")
@example("Baku`s Baku\u00b4s Baku\u2019s Baku\u02bcs \u2018q\u2019 \u201cq\u201d \u00abq\u00bb \u2032")
@example("x\x1b[31my\x9b2Jz\x9d0;t\x07w\x00\x7f\x85")
@example("a\n \n\n \nb")
def test_triggers_never_change_the_result(text):
    assert normalize(text) == _every_rule(text)


@pytest.mark.parametrize("text, expected", [
    ("Fintech Day &amp; Awards", "Fintech Day & Awards"),
    ("caf&#233; and caf&#xE9;", "café and café"),
    ("Acme&rsquo;s plant", "Acme's plant"),  # then normalized like any curly quote
    ("10&nbsp;km", "10 km"),
    ("R&D, AT&T; and &para without a semicolon", "R&D, AT&T; and &para without a semicolon"),
])
def test_character_references_are_resolved_only_when_whole(text, expected):
    from summarize.normalize import entities

    assert entities(text) == expected
