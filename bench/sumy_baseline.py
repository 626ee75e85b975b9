"""sumy's LexRank as a user of sumy runs it, on sentences we split, for speed comparisons.

sumy's own `PlaintextParser` needs NLTK's downloaded punkt data, which this project never
reads; giving LexRank our sentences instead also makes the comparison about scoring alone
(splitting is done before the clock starts, so the figures favour sumy).
"""
from __future__ import annotations

import time


def lexrank_input(text: str):
    """sumy's document for `text`, built from our cleaner and splitter (untimed)."""
    from summarize.pipeline import clean_text, document_sentences
    from summarize.sumy_bridge import to_sumy

    return to_sumy(document_sentences(clean_text(text)))


def scoring_input(text: str):
    """Our cleaned document and its sentences, for timing our scorer on what LexRank gets."""
    from summarize.pipeline import clean_text, document_sentences

    document = clean_text(text)
    return document, tuple(s for s in document_sentences(document) if any(c.isalnum() for c in s.text))


def time_press(document, sentences) -> tuple[float, float]:
    """Wall and CPU seconds our default scorer takes to pick 3 key points (as `time_lexrank`)."""
    from summarize.pipeline import Options, key_points

    start, cpu = time.perf_counter(), time.process_time()
    key_points(document, sentences, Options())
    return time.perf_counter() - start, time.process_time() - cpu


def time_lexrank(document, count: int = 3) -> tuple[float, float]:
    """Wall and CPU seconds sumy's LexRankSummarizer takes to pick `count` sentences."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    start, cpu = time.perf_counter(), time.process_time()
    summarizer(document, count)
    return time.perf_counter() - start, time.process_time() - cpu
