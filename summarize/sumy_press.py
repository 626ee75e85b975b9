"""The default scorer as a sumy summarizer, to sit beside sumy's own algorithms.

For code that already works with sumy documents: `PressSummarizer()(parser.document, 3)`
returns sumy sentences like `LexRankSummarizer` does. Not used by the CLI (importing sumy's
summarizer base pulls in `requests`, which the default path avoids).
"""
from __future__ import annotations

from sumy.summarizers._summarizer import AbstractSummarizer

from .models import Block, Document, Sentence
from .rank import PressScorer
from .score import Length


def from_sumy(document) -> tuple[Document, tuple[Sentence, ...], list]:
    """Our Document and Sentences for a sumy document, with the sumy sentences in step.

    The first heading becomes the headline; other headings stay as heading sentences.
    """
    headline, blocks, sentences, originals = None, [], [], []
    for paragraph in document.paragraphs:
        texts = []
        # sumy keeps a paragraph's headings apart from its sentences; headings come first.
        for sumy_sentence in tuple(paragraph.headings) + tuple(paragraph.sentences):
            text = str(sumy_sentence)
            if sumy_sentence.is_heading and headline is None and not sentences:
                headline = text
                continue
            texts.append(text)
            sentences.append(Sentence(text, len(sentences), len(blocks), len(texts) - 1, sumy_sentence.is_heading))
            originals.append(sumy_sentence)
        if texts:
            blocks.append(Block(" ".join(texts)))
    return Document(headline=headline, blocks=tuple(blocks)), tuple(sentences), originals


class PressSummarizer(AbstractSummarizer):
    """sumy's summarizer interface over `PressScorer`: `summarizer(document, count)`."""

    def __init__(self, language: str = "english"):
        super().__init__()
        self.language = language

    def __call__(self, document, sentences_count):
        ours, sentences, originals = from_sumy(document)
        candidates = [i for i, s in enumerate(sentences) if not s.is_heading]
        if not candidates:
            return ()
        chosen_sentences = tuple(sentences[i] for i in candidates)
        scorer = PressScorer(self.language)
        scores = scorer.score(chosen_sentences, ours)
        picked = scorer.select(chosen_sentences, scores, Length(sentences=int(sentences_count)))
        return tuple(originals[candidates[i]] for i in picked)
