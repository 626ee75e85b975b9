"""Supported languages and the not-this-language warning."""
from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summarize.errors import UsageError
from summarize.language import check_language, language_warnings, stop_word_ratio, supported_languages
from summarize.pipeline import Options, summarize_text

ENGLISH = (
    "The city council voted on Monday to extend the tram line to the new hospital, a project that "
    "has been discussed for more than a decade. The work will begin in the spring and should be "
    "finished within three years, said the mayor, who added that the cost would be shared with the region. "
    "Residents of the eastern districts have asked for the extension since the hospital opened."
)
GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, die Straßenbahn bis zum neuen Krankenhaus zu verlängern, "
    "ein Vorhaben, über das seit mehr als zehn Jahren gesprochen wird. Die Arbeiten sollen im Frühjahr "
    "beginnen und in drei Jahren fertig sein, sagte die Bürgermeisterin, die hinzufügte, dass die Kosten "
    "mit der Region geteilt werden. Die Bewohner der östlichen Viertel fordern die Verlängerung schon lange."
)
CHINESE = "市议会周一投票决定将电车线路延长至新医院这个项目已经讨论了十多年" * 8 + "。"


def test_supported_languages_are_those_sumy_can_serve_here():
    languages = supported_languages()
    assert {"english", "german", "french", "spanish"} <= set(languages)
    assert "thai" not in languages  # sumy has its stop words but no stemmer


def test_check_language_normalizes_and_lists_the_valid_ones():
    assert check_language(" German ") == "german"
    with pytest.raises(UsageError, match="choose from .*english"):
        check_language("klingon")


def test_stop_word_ratio_tells_english_from_german():
    english, words, _ = stop_word_ratio(ENGLISH, "english")
    assert english > 0.3 and words > 50
    assert stop_word_ratio(GERMAN, "english")[0] < 0.12
    assert stop_word_ratio(GERMAN, "german")[0] > 0.2


def test_warning_only_for_text_not_in_the_chosen_language():
    assert language_warnings(ENGLISH, "english") == ()
    assert language_warnings(GERMAN, "german") == ()
    (warning,) = language_warnings(GERMAN, "english", "de.txt")
    assert warning.startswith("de.txt: the text does not look like English")
    assert language_warnings(CHINESE, "english")  # long runs of letters without spaces
    assert language_warnings("Der Stadtrat hat getagt.", "english") == ()  # too short to judge


def test_summary_carries_the_warning_and_still_has_key_points():
    summary = summarize_text(GERMAN)
    assert any("does not look like English" in w for w in summary.warnings)
    assert summary.key_points
    assert not summarize_text(GERMAN, Options(language="german")).warnings


@pytest.mark.parametrize("algorithm", ["press", "luhn", "lexrank"])
def test_language_reaches_the_stemmer_and_stop_words(monkeypatch, algorithm):
    import summarize.sumy_bridge as bridge

    asked = []
    real_stemmer, real_stop_words = bridge.stemmer, bridge.stop_words
    monkeypatch.setattr(bridge, "stemmer", lambda language="english": asked.append(("stemmer", language)) or real_stemmer(language))
    monkeypatch.setattr(bridge, "stop_words", lambda language="english": asked.append(("stop", language)) or real_stop_words(language))
    summarize_text(GERMAN, Options(algorithm=algorithm, language="German"))
    assert ("stemmer", "german") in asked
    assert all(language == "german" for _, language in asked)
    if algorithm != "press":
        assert ("stop", "german") in asked


def test_unsupported_language_in_the_library_is_a_usage_error():
    with pytest.raises(UsageError):
        summarize_text(ENGLISH, Options(language="thai"))


@given(st.text(alphabet=st.sampled_from("aZ09'-_ .,"), max_size=30))
@example("It's the CEO's 3rd year, A_B o'clock x''y")
def test_ascii_words_are_the_same_words(text):
    from summarize import language

    if text.isascii():
        assert language._ASCII_WORD.findall(text.lower()) == [w.lower() for w in language._WORD.findall(text)]
