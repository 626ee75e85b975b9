"""Small press releases written for the tests."""

RELEASE = """\
Acme Widgets Opens New Plant in Ohio

Acme Widgets Opens New Plant in Ohio

COLUMBUS, Ohio, May 5, 2025 - Acme Widgets Inc. opened a new plant in Columbus on Monday that will employ 300 people.

The plant will build electric motors for farm machinery. It cost $80 million and took two years to complete.

"This plant brings our motors closer to the farmers who use them," said Chief Executive Officer Jane Porter.

Ohio Governor Mark Ellis attended the opening. He said the state had offered tax credits for the project.

The company plans a second plant in Indiana in 2027.
"""


def body_sentence_count(text: str) -> int:
    from summarize.pipeline import clean_text, document_sentences

    return len(document_sentences(clean_text(text)))
