"""Which languages sumy can stem and filter, and a warning when the text is not in the one chosen.

The check is a stop-word ratio: in running text of any language, function words make up
a large share of the words (about 40% in English press releases, rarely below 25%). Text in
another language, or no running text at all, shares few words with the chosen stop-word list.
"""
from __future__ import annotations

import functools
import re

from .errors import UsageError

DEFAULT_LANGUAGE = "english"
# Below this share of stop words the text is probably not in the chosen language. On the dev
# press releases the lowest English body scores 0.20 (a list of names), the median 0.39; the
# Swedish and Spanish releases among them score 0.02 and 0.08 (bench/corpus_check.py counts).
MIN_STOP_WORD_RATIO = 0.12
# Fewer words than this say too little to judge (a headline, a list of names).
MIN_WORDS = 30
# Unless the words are long runs of letters: a script written without spaces between words.
MIN_LETTERS = 200
# Languages written without spaces: our tokenizer cannot find their words, so no check.
_UNSPACED = frozenset({"chinese", "japanese"})
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")  # _WORD on lower-cased ASCII text


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """Languages for which sumy has stop words and a stemmer that works here."""
    import os

    import sumy

    from .sumy_bridge import stemmer, stop_words

    folder = os.path.join(os.path.dirname(sumy.__file__), "data", "stopwords")
    out = []
    for name in sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".txt")):
        try:
            stemmer(name)("word")  # some stemmers need an extra package and fail only when used
            stop_words(name)
        except (LookupError, ValueError, ImportError):
            continue
        out.append(name)
    return tuple(out)


def check_language(name: str) -> str:
    """The language's canonical name, or a UsageError that lists the supported ones."""
    language = name.strip().lower()
    if language == DEFAULT_LANGUAGE:
        return language  # no need to import sumy to know this one
    if language not in supported_languages():
        raise UsageError(f"unsupported language {name!r}; choose from {', '.join(supported_languages())}")
    return language


def stop_word_ratio(text: str, language: str = DEFAULT_LANGUAGE) -> tuple[float, int, int]:
    """The share of words of `text` that are stop words of `language`, the words and letters counted."""
    from .sumy_bridge import stop_words

    if text.isascii():  # the same words, found by a plain ASCII pattern (several times faster)
        words = _ASCII_WORD.findall(text.lower())
    else:
        words = list(map(str.lower, _WORD.findall(text)))
    if not words:
        return 0.0, 0, 0
    stops = stop_words(language)
    return sum(map(stops.__contains__, words)) / len(words), len(words), sum(map(len, words))


def language_warnings(text: str, language: str = DEFAULT_LANGUAGE, source: str = "-") -> tuple[str, ...]:
    """A warning when `text` does not look like `language`, else nothing."""
    if language in _UNSPACED:
        return ()
    ratio, count, letters = stop_word_ratio(text, language)
    if (count < MIN_WORDS and letters < MIN_LETTERS) or ratio >= MIN_STOP_WORD_RATIO:
        return ()
    return (
        f"{source}: the text does not look like {language.title()} "
        f"({ratio:.0%} of its words are {language.title()} stop words); the summary may be poor "
        f"(see --language)",
    )
