"""Sentence and word splitting, offline: Punkt parameters shipped in the package plus rules.

nltk's `sent_tokenize` and `word_tokenize` need downloaded punkt data; we build
`PunktParameters` from our own data file (see split_rules) and use the data-free
`NLTKWordTokenizer`, so the program works offline on a fresh machine. Every sentence is
a slice of the input with its whitespace collapsed, so key points stay the input's words.
"""
from __future__ import annotations

import functools
import re

from . import split_rules as rules

# A blank line always ends a sentence.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# Punctuation that may end a line of running text; a line without it is a unit of its own.
_LINE_FINAL = tuple(".!?:;\u2026")
_TRAILING_CLOSERS = rules.CLOSERS + "*_"
_MARKS = " " + rules.BULLETS + rules.OPENERS


def _units(block: str):
    """Runs of lines to split further; a line without final punctuation is a unit alone."""
    if "\n" not in block:
        yield " ".join(block.split())
        return
    run: list[str] = []
    for line in block.split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        if line.rstrip(_TRAILING_CLOSERS).endswith(_LINE_FINAL):
            run.append(line)
            continue
        if run:
            yield " ".join(run)
            run = []
        yield line
    if run:
        yield " ".join(run)


def _sentences(text: str, model: rules.Model) -> list[str]:
    """The sentences of one whitespace-normalized unit without list markers inside."""
    masked = rules.mask(text)
    out: list[str] = []
    start = 0
    for m in rules.CANDIDATE.finditer(masked):
        end = m.end()
        tok_start = masked.rfind(" ", 0, m.start()) + 1
        following = masked[end + 1 : end + 80]
        if not following:
            break
        tok = masked[tok_start : m.start()]
        punct = m.group("punct")
        at_start = tok_start - start < 8 and not masked[start:tok_start].strip(_MARKS)
        if tok and punct.startswith(".\x01") and following[:1].isupper():
            # "compounds. . . . The practice": the period ends it, the ellipsis opens the next.
            end = m.start() + 1
        else:
            before = masked[max(start, tok_start - 40) : tok_start]
            if not rules.is_boundary(tok, punct, before, following, at_start, model):
                continue
        sentence = text[start:end].strip()
        if sentence:
            out.append(sentence)
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences of a cleaned text, each stripped: `split_sentences("Hi Mr. Li. Bye.")`.

    Blocks are separated by blank lines; a line without final punctuation (a heading, a
    list item) is a sentence of its own.
    """
    return list(_split(text))


@functools.lru_cache(maxsize=1024)  # the scorer and the participants split the same blocks
def _split(text: str) -> tuple[str, ...]:
    model = rules.model()
    out: list[str] = []
    for block in _BLANK_LINE.split(text):
        for unit in _units(block):
            if not unit:
                continue
            for item in rules.list_items(unit):
                for sentence in _sentences(item, model):
                    out.extend(_unglued(sentence) if _GLUED_END.search(sentence) else (sentence,))
    return tuple(out)


# A sentence run into the next, its space lost: "helmed by Sarson Funds.By raising ...", "on
# December 17, 2025.The Chairman", "(previous year: EUR 2.9 million).In the". The next word must
# open sentences ("By", "With", "The"), which tells it from "inDrive.Money" or "DigiPay.Guru".
# (The pattern looks behind at the mark only, 3x faster than at the letters too; `_glued_after`
# checks what stands before the mark.)
_GLUED_END = re.compile(r"(?<=[.!?])([A-Z][a-z]+)(?= )")
_LOWER_PAIR = re.compile(r"[a-z]{2}")
_DOMAINS = frozenset({"Com", "Org", "Net", "Co", "Io"})


def _glued_after(sentence: str, mark: int) -> bool:
    """Does a sentence end at the mark at `mark`: after two lower-case letters, a figure or a
    closing bracket ("Funds.", "2025.", "million).")?"""
    before = sentence[mark - 1 : mark]
    return before.isdigit() or before == ")" or (mark >= 2 and _LOWER_PAIR.fullmatch(sentence, mark - 2, mark) is not None)


def _unglued(sentence: str) -> list[str]:
    from .lexicon import is_function_word

    out, start = [], 0
    for m in _GLUED_END.finditer(sentence):
        if _glued_after(sentence, m.start() - 1) and is_function_word(m.group(1)) and m.group(1) not in _DOMAINS:
            out.append(sentence[start:m.start()])
            start = m.start()
    out.append(sentence[start:])
    return out


@functools.cache
def _word_tokenizer():
    from nltk.tokenize.destructive import NLTKWordTokenizer

    return NLTKWordTokenizer()


def split_words(sentence: str) -> list[str]:
    """Word tokens of one sentence, punctuation included: `split_words("It's 5.")`."""
    return _word_tokenizer().tokenize(sentence)
