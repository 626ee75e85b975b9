"""Literal prefilters for regexes: skip a regex on text that cannot match it.

Python's `re` tries a pattern that starts with a look-behind or a lazy `.{0,300}?` at every
position of the text, which is slow, and most boilerplate rules match almost no block. Yet
nearly every such pattern holds a literal that any match must contain ("forward",
"the post"); a substring test for it is many times faster than the scan. `required` reads
that literal off the parsed pattern, so the data files stay plain regexes.
"""
from __future__ import annotations

import re

try:  # the parser's modules are private, named so since Python 3.11
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MIN_LITERAL = 3  # shorter literals are in nearly every text: not worth a test


def required(pattern: str, flags: int = 0, shortest: int = MIN_LITERAL) -> tuple[str, ...] | None:
    """Lower-case strings of which every match of `pattern` contains at least one, or None
    when no useful set is found: `required(r".{0,300}?\\bforward[- ]looking")` -> ("forward",)."""
    return analyse(pattern, flags, shortest)[0]


def scans(pattern: str, flags: int = 0) -> bool:
    """Whether a match attempt can run far from where it starts: the pattern opens on a
    long or unbounded repeat ("`.{0,300}?`") or on an assertion. Such a pattern is slow even
    anchored with `match`; one that opens on a literal fails at once and needs no test."""
    return analyse(pattern, flags)[1]


def analyse(pattern: str, flags: int = 0, shortest: int = MIN_LITERAL) -> tuple[tuple[str, ...] | None, bool]:
    """`required` and `scans` from one parse of the pattern (parsing costs start-up time)."""
    try:
        parsed = list(_sre_parse.parse(pattern, flags))
    except re.error:
        return None, True
    found = _sequence(parsed)
    if not found or min(map(len, found)) < shortest or not all(map(str.isascii, found)):
        found = None  # (a non-ASCII literal may match ASCII text when case is ignored: "\u017f" ~ "s")
    return found, _opens_with_scan(parsed)


def _opens_with_scan(items) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is _c.SUBPATTERN:
        return _opens_with_scan(list(av[-1]))
    if op is _c.BRANCH:
        return any(_opens_with_scan(list(alternative)) for alternative in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return av[1] > 20 or _opens_with_scan(list(av[2]))
    return op in (_c.ASSERT, _c.ASSERT_NOT)


def _sequence(items) -> tuple[str, ...] | None:
    """The best requirement of a sequence of parsed items: its longest run of literals, or
    a required group's alternatives."""
    best: tuple[str, ...] | None = None
    run: list[str] = []

    def consider(candidate: tuple[str, ...] | None) -> None:
        nonlocal best
        if candidate and (best is None or _rarity(candidate) > _rarity(best)):
            best = candidate

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        consider(("".join(run),) if run else None)
        run = []
        if op is _c.SUBPATTERN:
            consider(_sequence(av[-1]))
        elif op is _c.BRANCH:
            consider(_branch(av[1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            consider(_sequence(av[2]))
    consider(("".join(run),) if run else None)
    return best


def _rarity(literals: tuple[str, ...]) -> int:
    """How rarely text holds one of `literals`, roughly: the shortest one's length, spaces
    not counted (" is " is in most paragraphs, "powered" or "part" in few)."""
    return min(len(literal.strip()) for literal in literals)


def _branch(alternatives) -> tuple[str, ...] | None:
    out: list[str] = []
    for alternative in alternatives:
        found = _sequence(alternative)
        if not found:
            return None  # an alternative with no literal: the branch needs nothing
        out.extend(found)
    unique = tuple(dict.fromkeys(out))
    # a literal holding another one is in the text whenever that one is: not worth a test
    # ("learn more" beside " more", "transforming" beside "transform")
    return tuple(a for a in unique if not any(b != a and b in a for b in unique))


# Characters a case-ignoring `re` matches to an ASCII letter that lower() does not turn
# into that letter: capital I with dot, dotless i, long s (the Kelvin sign lower-cases to "k").
_CASE_EXTRAS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


def fold(text: str) -> str:
    """`text` lower-cased so that wherever a case-ignoring regex finds an ASCII literal in
    `text`, the literal is in the result: `fold("\u017fOURCE") == "source"`."""
    if not text.isascii():
        for extra, letter in _CASE_EXTRAS.items():  # (rare: faster than translate every time)
            if extra in text:
                text = text.replace(extra, letter)
    return text.lower()


def holds_any(lower: str, needs: tuple[str, ...] | None) -> bool:
    """Whether `lower` holds one of the literals `needs` (True when there is none to test)."""
    if needs is None:
        return True
    for needed in needs:  # (a loop: faster here than any() over a generator)
        if needed in lower:
            return True
    return False


def trie_alternation(words) -> str:
    """A regex matching exactly the literal `words`, with shared prefixes factored out
    ("partner(?:ed with|s with|ship with)"): Python's `re` tries every alternative of a plain
    "a|b|c" at every position, so a long list of words is searched two to three times faster so."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return build(trie) if trie else "(?!)"  # no words: a pattern that never matches
