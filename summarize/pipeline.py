"""The stages in order: decode, clean, split, score, select, participants.

`summarize_text` is the library's one entry point for a text; the CLI, the batch mode
and the Dask recipe all call it (or `summarize_bytes` for raw file contents).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .errors import InputError
from .models import Document, KeyPoint, Sentence, Summary
from .score import DEFAULT_ALGORITHM, Length
from .split_rules import BULLETS


@dataclass(frozen=True)
class Options:
    """Everything a user can choose about one summary."""

    algorithm: str = DEFAULT_ALGORITHM
    length: Length = field(default_factory=Length)
    participants: bool = True
    explain: bool = False
    input_format: str = "auto"
    language: str = "english"


# A bullet left before a list item the splitter cut from a line: "• Low fees", "· Cohort 1", "* Free setup".
_BULLET_MARKS = BULLETS + "\u00b7*"  # the splitter's bullets, a middle dot and a star


def without_bullet(text: str) -> str:
    """The sentence without the bullet before it: "• Low fees." -> "Low fees."."""
    if text[:1] in _BULLET_MARKS and text[1:2].isspace() and len(text) > 2:
        return text[2:].lstrip()
    return text


def document_sentences(document: Document) -> tuple[Sentence, ...]:
    """The body's sentences, numbered, each knowing its block (paragraph)."""
    from .split import split_sentences

    out: list[Sentence] = []
    for b, block in enumerate(document.blocks):
        heading = block.kind == "heading"
        for p, text in enumerate(split_sentences(block.text)):
            out.append(Sentence(text=without_bullet(text), index=len(out), block=b, position=p, is_heading=heading))
    return tuple(out)


def key_point_candidates(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The sentences a key point may be: no heading, no reporters' credit."""
    from .boilerplate import is_credit

    return tuple(s for s in sentences if not s.is_heading and not is_credit(s.text)) or sentences


def without_fillers(chosen: list[int], candidates: tuple[Sentence, ...]) -> list[int]:
    """The chosen sentences less the titles, cut-off teasers and calls to action ("To secure
    your ticket, go to: ...") that only filled the count because the release has too few real
    sentences, unless none is left."""
    from .bullets import opens_on_call_to_action, title_or_cut_off

    def filler(text: str) -> bool:
        return title_or_cut_off(text) or opens_on_call_to_action(text)

    return [i for i in chosen if not filler(candidates[i].text)] or chosen


def key_points(document: Document, sentences: tuple[Sentence, ...], options: Options) -> tuple[KeyPoint, ...]:
    """The chosen sentences as key points, in document order."""
    from .boilerplate import is_release
    from .list_items import without_label
    from .quotes import balance
    from .score import get_scorer

    candidates = key_point_candidates(sentences)
    scorer = get_scorer(options.algorithm, options.language)
    scores = scorer.score(candidates, document)
    chosen = without_fillers(scorer.select(candidates, scores, options.length), candidates)
    parts = scorer.parts(candidates, document) if options.explain else None
    # A release's list item drops its label; a story's "Doctors: Jolie did the right thing" or
    # a team's line-up ("Bolton: Jaaskelainen, Hunt, ...") needs it.
    unlabel = without_label if is_release(document) else str
    return tuple(
        KeyPoint(
            text=balance(unlabel(candidates[i].text)),  # a quote cut in half reads as one
            index=candidates[i].index,
            score=float(scores[i]),
            parts=tuple(parts[i].items()) if parts else (),
        )
        for i in chosen
    )


def summarize_document(document: Document, options: Options = Options(), source: str = "-") -> Summary:
    """A summary of a cleaned document."""
    from .language import check_language, language_warnings

    options = replace(options, language=check_language(options.language))
    # A "sentence" with no letter or digit (a row of dashes, lone punctuation) says nothing.
    sentences = tuple(s for s in document_sentences(document) if any(c.isalnum() for c in s.text))
    if not sentences:
        raise InputError(f"{source}: no sentence found in the input")
    participants = None
    if options.participants:
        from .participants import extract_participants

        participants = extract_participants(document)
    return Summary(
        source=source,
        headline=document.headline,
        dateline=document.dateline,
        key_points=key_points(document, sentences, options),
        participants=participants,
        warnings=document.warnings + language_warnings(document.body, options.language, source),
    )


def clean_text(text: str, options: Options = Options(), source: str = "-") -> Document:
    """The cleaned document, or an InputError for input with nothing in it."""
    from .clean import clean

    if not text.strip():
        raise InputError(f"{source}: the input is empty")
    return clean(text, options.input_format, None if source == "-" else source)


def summarize_text(text: str, options: Options = Options(), source: str = "-") -> Summary:
    """Summarize one press release: `summarize_text(open("pr.txt").read()).key_points`."""
    return summarize_document(clean_text(text, options, source), options, source)


def summarize_bytes(data: bytes, options: Options = Options(), source: str = "-") -> Summary:
    """Summarize raw file contents, decoding them first (decoding warnings are kept)."""
    from .decode import decode

    text, warnings = decode(data, source)
    summary = summarize_text(text, options, source)
    return replace(summary, warnings=tuple(warnings) + summary.warnings) if warnings else summary
