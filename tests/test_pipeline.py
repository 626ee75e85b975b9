"""The library entry point, without the CLI."""
from __future__ import annotations

import pytest

import summarize
from summarize.errors import InputError, UsageError
from summarize.pipeline import Options, clean_text, summarize_bytes, summarize_text
from summarize.score import Length

from .helpers import RELEASE, body_sentence_count


def test_summarize_text_gives_headline_points_and_participants():
    summary = summarize_text(RELEASE)
    assert summary.headline == "Acme Widgets Opens New Plant in Ohio"
    assert len(summary.key_points) == 3
    assert summary.participants is not None


def test_key_points_are_body_sentences_in_document_order():
    summary = summarize_text(RELEASE, Options(length=Length(sentences=4)))
    indices = [kp.index for kp in summary.key_points]
    assert indices == sorted(indices)
    # the cleaned body: the dateline ("COLUMBUS, Ohio, May 5, 2025 -") has left the first sentence
    body = summarize.split_sentences(clean_text(RELEASE).body)
    assert all(kp.text in body for kp in summary.key_points)
    assert all(kp.text != summary.headline for kp in summary.key_points)


def test_length_never_exceeds_the_body():
    summary = summarize_text(RELEASE, Options(length=Length(sentences=100)))
    assert len(summary.key_points) == body_sentence_count(RELEASE)


def test_ratio_rounds_to_at_least_one_point():
    summary = summarize_text(RELEASE, Options(length=Length(ratio=0.01)))
    assert len(summary.key_points) == 1


def test_lead_takes_the_first_sentences():
    summary = summarize_text("First point. Second point. Third point. Fourth point.", Options(algorithm="lead", length=Length(sentences=2)))
    assert [kp.text for kp in summary.key_points] == ["First point.", "Second point."]


def test_no_participants_option():
    assert summarize_text(RELEASE, Options(participants=False)).participants is None


@pytest.mark.parametrize("text", ["", "   \n\n  ", "--- *** ---"])
def test_input_without_sentences_is_an_input_error(text):
    with pytest.raises(InputError):
        summarize_text(text)


def test_unknown_algorithm_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown algorithm"):
        summarize_text(RELEASE, Options(algorithm="nosuch"))


def test_bytes_with_nul_are_rejected_as_binary():
    with pytest.raises(InputError, match="binary"):
        summarize_bytes(b"abc\x00def", source="x.bin")


def test_windows_1252_bytes_are_read_with_a_warning():
    data = "Caf\u00e9 owners met today. They agreed on prices.".encode("cp1252")
    summary = summarize_bytes(data, source="cafe.txt")
    assert any("Windows-1252" in w for w in summary.warnings)
    assert "Caf\u00e9" in summary.key_points[0].text


def test_split_sentences_is_public():
    assert summarize.split_sentences("Mr. Li arrived. He sat down.") == ["Mr. Li arrived.", "He sat down."]


def test_a_reporters_credit_is_never_a_key_point():
    text = ("KIGALI (Wire) -- The new road opened on Monday after three years of work.\n\n"
            "Dana Price reported from Kigali, and Omar Haddad wrote from London.\n\n"
            "Traffic on the old road fell by half within a day.")
    summary = summarize_text(text, Options(length=Length(sentences=3)))
    assert all("reported from" not in k.text for k in summary.key_points)
    assert len(summary.key_points) == 2


def test_a_key_point_cut_from_a_longer_quote_keeps_its_quote_marks_paired():
    text = ("Acme Opens a Plant\n\n"
            'Jane Roe, chief executive of Acme, said: "The plant opens in May with 200 workers. '
            'It will double our output by next year." The plant cost $40 million to build.')
    summary = summarize_text(text, Options(algorithm="lead", length=Length(sentences=2)))
    assert [k.text for k in summary.key_points] == [
        'Jane Roe, chief executive of Acme, said: "The plant opens in May with 200 workers."',
        '"It will double our output by next year."',
    ]


def test_a_teaser_cut_off_mid_sentence_is_no_key_point_when_real_sentences_are_too_few():
    text = ("Acme Opens a Plant\n\nAcme Corp opened a plant in Oslo on Monday, its first in Norway.\n\n"
            "The plant will employ 300 people by the end of next year, the company said.\n\n"
            "Firms like Beta Labs Inc. will be watching how the plant affects the…")
    points = [p.text for p in summarize_text(text).key_points]
    assert points == ["Acme Corp opened a plant in Oslo on Monday, its first in Norway.",
                      "The plant will employ 300 people by the end of next year, the company said."]


@pytest.mark.parametrize("call", [
    "To buy a ticket, go to:https://quarrow.example/tickets",
    "This photo may be ordered by typing its number in the box on the harbour page.",
])
def test_a_call_to_action_is_no_key_point_when_real_sentences_are_too_few(call):
    text = ("Harbor Mutual Opens a Ferry Line\n\nHarbor Mutual opened a ferry line to Quarrow on Monday, "
            "with 12 crossings a day.\n\nMara Quist, who runs the line, said tickets cost 4 dollars.\n\n" + call)
    points = [p.text for p in summarize_text(text).key_points]
    assert points == ["Harbor Mutual opened a ferry line to Quarrow on Monday, with 12 crossings a day.",
                      "Mara Quist, who runs the line, said tickets cost 4 dollars."]


def test_a_call_to_action_named_in_brackets_late_is_still_a_key_point():
    text = ("Quarrow Labs Opens a Plant\n\nQuarrow Labs (OTC: QRL, www.quarrow.example), a maker of valves, "
            "opened a plant in Dunmore on Monday.\n\nThe plant will employ 300 people by the end of next year.")
    assert len(summarize_text(text).key_points) == 2


@pytest.mark.parametrize("lead", [
    "The Securities and Exchange Commission on Tuesday cleared Quarrow Labs to sell shares.",
    "Visitors to the Dunmore plant will see how the valves are made, Quarrow Labs said.",
    "Subscribers to the Quarrow valve service rose to 4,000 in May, the company said.",
])
def test_a_sentence_opening_on_a_legal_body_or_a_word_like_a_call_is_still_a_key_point(lead):
    # Only a call to the reader in a sentence's first words drops it, not a legal or contact
    # pattern ("securities and exchange commission") nor a word a call's word starts ("visit|ors").
    text = f"Quarrow Labs Cleared\n\n{lead}\n\nThe plant will employ 300 people by the end of next year."
    assert lead in [p.text for p in summarize_text(text).key_points]


def test_a_release_of_titles_only_still_has_a_key_point():
    assert summarize_text("Acme Opens a Plant\n\nA New Plant For Norway And Its People").key_points


@pytest.mark.parametrize("bullet", ["\u2022", "*"])
def test_a_key_point_cut_from_an_inline_list_drops_its_bullet(bullet):
    text = ("Quarrow Labs Opens Its Doors\n\nQuarrow Labs opened a valve plant in Dunmore on Monday. "
            f"The plant offers: {bullet} Free tours for schools on every Friday of the month. "
            f"{bullet} Forty new jobs for welders and machinists from the county.\n\n"
            "\u00b7 Twelve apprenticeships a year for school leavers from Dunmore.")
    points = [p.text for p in summarize_text(text, Options(participants=False, length=Length(sentences=5))).key_points]
    assert "Forty new jobs for welders and machinists from the county." in points
    assert "Twelve apprenticeships a year for school leavers from Dunmore." in points
    assert not any(p.startswith((bullet, "\u00b7")) for p in points)


def test_a_release_key_point_drops_the_label_of_the_list_item_it_came_from():
    body = ("Harbor Mutual reported its results for the year on Monday.\n\n"
            "Revenue Growth: Harbor Mutual's revenue rose to $12 million, up 9% from last year.\n\n")
    release = ("Harbor Mutual Reports Its Year\n\n" + body + "About Harbor Mutual\n\n"
               "Harbor Mutual is an insurer for ferry lines based in Dunmore.\n\n"
               "Media Contact: Mara Quist, press@harbormutual.example\n")
    story = "Harbor Mutual Reports Its Year\n\n" + body
    expected = "Harbor Mutual's revenue rose to $12 million, up 9% from last year."
    assert expected in [p.text for p in summarize_text(release, Options(participants=False)).key_points]
    assert "Revenue Growth: " + expected in [p.text for p in summarize_text(story, Options(participants=False)).key_points]


def test_a_sentence_from_the_middle_of_a_quote_is_no_key_point():
    text = ("Harbor Mutual Opens a Ferry Line to Quarrow\n\nHarbor Mutual opened a ferry line to Quarrow on Monday.\n\n"
            "Mara Quist, who runs the line, said: \u201cWe waited years for this. The new ferry line to Quarrow "
            "carries 300 passengers a day across the bay for Harbor Mutual. Tickets are cheap.\u201d\n\n"
            "The line will add a night boat in the summer, the company said.\n\n"
            "Harbor Mutual bought two boats for the line from a yard in Dunmore.")
    points = [p.text for p in summarize_text(text, Options(participants=False)).key_points]
    assert len(points) == 3
    assert not any(p.startswith("The new ferry line") for p in points)
