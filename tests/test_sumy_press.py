"""The default scorer through sumy's summarizer interface."""
from __future__ import annotations

from summarize.sumy_bridge import Tokenizer
from summarize.sumy_press import PressSummarizer, from_sumy


def sumy_document(headline: str, paragraphs: list[list[str]]):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = Tokenizer()
    heading = Paragraph([Sentence(headline, tokenizer, is_heading=True)])
    body = [Paragraph([Sentence(s, tokenizer) for s in p]) for p in paragraphs]
    return ObjectDocumentModel([heading] + body)


DOC = sumy_document(
    "Harbor Robotics opens a repair centre in Dunmore",
    [
        ["Harbor Robotics opened a repair centre in Dunmore on Tuesday with forty technicians.", "It cost $12 million."],
        ["The centre will cut repair times from ten days to two.", "For more information, visit our website."],
        ["He added that it was great."],
    ],
)


def test_first_heading_becomes_the_headline():
    document, sentences, originals = from_sumy(DOC)
    assert document.headline == "Harbor Robotics opens a repair centre in Dunmore"
    assert [s.text for s in sentences][0].startswith("Harbor Robotics opened")
    assert len(sentences) == len(originals) == 5
    assert [s.block for s in sentences] == [0, 0, 1, 1, 2]


def test_press_summarizer_returns_sumy_sentences_in_document_order():
    picked = PressSummarizer()(DOC, 2)
    texts = [str(s) for s in picked]
    assert len(texts) == 2
    assert texts[0].startswith("Harbor Robotics opened")
    assert "For more information, visit our website." not in texts
    originals = from_sumy(DOC)[2]
    assert [originals.index(s) for s in picked] == sorted(originals.index(s) for s in picked)
