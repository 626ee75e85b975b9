"""Reports in text, markdown and JSON."""
from __future__ import annotations

import json

from summarize.format import escape_markdown, file_heading, person_line, render, to_dict
from summarize.models import Dateline, KeyPoint, Organization, Participants, Person, Summary

SUMMARY = Summary(
    source="pr.txt",
    headline="Northwind Signs Deal With Contoso",
    dateline=Dateline(text="SEATTLE, May 2, 2025 -", place="SEATTLE", date="2025-05-02"),
    key_points=(
        KeyPoint("Northwind signed a ten-year supply deal with Contoso on Friday, the two companies said in a joint statement.", 0, 0.9, (("position", 0.5),)),
        KeyPoint("The deal is worth $2 billion.", 3, 0.5),
    ),
    participants=Participants(
        people=(Person("Ana Diaz", "CEO", "Northwind"), Person("Bo Li")),
        organizations=(Organization("Northwind Traders", ("Northwind",)), Organization("Contoso")),
        places=("Seattle",),
    ),
)


def test_person_line_leaves_out_what_is_unknown():
    assert person_line(Person("Ana Diaz", "CEO", "Northwind")) == "Ana Diaz - CEO, Northwind"
    assert person_line(Person("Ana Diaz", None, "Northwind")) == "Ana Diaz - Northwind"
    assert person_line(Person("Bo Li")) == "Bo Li"


def test_text_report_exactly():
    assert render(SUMMARY, "text", width=60) == (
        "Northwind Signs Deal With Contoso\n"
        "SEATTLE, 2025-05-02\n"
        "\n"
        "Key points\n"
        "  \u2022 Northwind signed a ten-year supply deal with Contoso on\n"
        "    Friday, the two companies said in a joint statement.\n"
        "  \u2022 The deal is worth $2 billion.\n"
        "\n"
        "Participants\n"
        "  People\n"
        "    \u2022 Ana Diaz - CEO, Northwind\n"
        "    \u2022 Bo Li\n"
        "  Organizations\n"
        "    \u2022 Northwind Traders\n"
        "    \u2022 Contoso\n"
        "  Places\n"
        "    \u2022 Seattle\n"
    )


def test_text_lines_fit_the_width():
    for width in (40, 60, 100):
        assert all(len(line) <= width for line in render(SUMMARY, "text", width=width).splitlines())


def test_markdown_report():
    out = render(SUMMARY, "markdown")
    assert out.startswith("# Northwind Signs Deal With Contoso\n\n*SEATTLE, 2025-05-02*\n\n## Key points\n\n- Northwind")
    assert "**People**\n\n- Ana Diaz - CEO, Northwind\n- Bo Li\n" in out


def test_json_shape():
    data = json.loads(render(SUMMARY, "json"))
    assert data == to_dict(SUMMARY)
    assert data["dateline"] == {"place": "SEATTLE", "date": "2025-05-02"}
    assert data["participants"]["people"][1] == {"name": "Bo Li", "role": None, "affiliation": None}
    assert data["participants"]["organizations"][0] == {"name": "Northwind Traders", "aliases": ["Northwind"]}


def test_json_is_one_line():
    assert render(SUMMARY, "json").count("\n") == 1


def test_colour_only_when_asked():
    assert "\x1b[" not in render(SUMMARY, "text", color=False)
    assert "\x1b[" in render(SUMMARY, "text", color=True)


def test_explain_prints_score_parts():
    out = render(SUMMARY, "text", explain=True)
    assert "[score 0.900: position 0.500]" in out


def test_an_organization_line_leaves_out_the_short_form_its_name_starts_with():
    from summarize.format import organization_line
    from summarize.models import Organization
    assert organization_line(Organization("Kestrel Foods Corp.", ("KSTL", "Kestrel Foods"))) == "Kestrel Foods Corp. (KSTL)"
    assert organization_line(Organization("Kestrel Foods Corp.", ("Kestrel Foods",))) == "Kestrel Foods Corp."
    assert organization_line(Organization("Kestrel Foods Corp.", ("Kestrel",))) == "Kestrel Foods Corp."
    assert organization_line(Organization("Kestrel Foods, Inc.", ("KSTL", "Kestrel Foods"))) == "Kestrel Foods, Inc. (KSTL)"
    assert organization_line(Organization("Kestrel Foods", ("Kestrel Food",))) == "Kestrel Foods (Kestrel Food)"


def test_a_dateline_with_neither_place_nor_date_is_not_shown():
    from dataclasses import replace

    bare = replace(SUMMARY, headline=None, dateline=Dateline(text="(CNN)"), participants=None)
    assert render(bare, "text").startswith("Key points\n")
    assert render(bare, "markdown").startswith("## Key points")
    assert to_dict(bare)["dateline"] is None


def test_text_report_breaks_lines_at_spaces_not_hyphens():
    # "record-" at a line end and "breaking" on the next copy out of a terminal as two words.
    summary = Summary(
        source="pr.txt",
        headline="Quarrow Labs Posts Record-Breaking Quarter",
        dateline=None,
        key_points=(KeyPoint("Quarrow Labs said its battery sensors delivered record-breaking sales.", 0, 0.9),),
        participants=None,
    )
    text = render(summary, "text", width=60)
    assert text == (
        "Quarrow Labs Posts Record-Breaking Quarter\n"
        "\n"
        "Key points\n"
        "  \u2022 Quarrow Labs said its battery sensors delivered\n"
        "    record-breaking sales.\n"
    )


def test_explain_lines_wrap_to_the_width_like_the_points():
    point = KeyPoint("Quarrow Labs opened a lab.", 0, 2.008,
                     (("position", 1.0), ("headline", 0.231), ("centrality", 0.377), ("facts", 0.1), ("length", 0.3), ("dangling", -0.25)))
    summary = Summary(source="pr.txt", headline=None, dateline=None, key_points=(point,), participants=None)
    assert render(summary, "text", width=60, explain=True) == (
        "Key points\n"
        "  \u2022 Quarrow Labs opened a lab.\n"
        "    [score 2.008: position 1.000, headline 0.231,\n"
        "     centrality 0.377, facts 0.100, length 0.300,\n"
        "     dangling -0.250]\n"
    )


def test_markdown_shows_stars_underscores_and_tags_as_written():
    # "0.09%*, ... IINN)*" rendered as italics between the two footnote stars; "<b>" as a tag.
    starred = Summary(
        source="pr.txt",
        headline="Quarrow Labs *Beta* Opens",
        dateline=None,
        key_points=(KeyPoint("Fees are 0.09%*, lower than Harbor Mutual (NASDAQ: HBMU)* says.", 0, 0.9),
                    KeyPoint("Mara Quist, known as _the_ founder, wrote <b>done</b> and `ok`.", 1, 0.5)),
        participants=Participants(people=(Person("Mara Quist", "CEO", "quarrow_labs"),)),
    )
    out = render(starred, "markdown")
    assert out.startswith("# Quarrow Labs \\*Beta\\* Opens\n")
    assert "- Fees are 0.09%\\*, lower than Harbor Mutual (NASDAQ: HBMU)\\* says.\n" in out
    assert "- Mara Quist, known as \\_the\\_ founder, wrote \\<b>done\\</b> and \\`ok\\`.\n" in out
    assert "- Mara Quist - CEO, quarrow_labs\n" in out  # inside a word "_" is no emphasis
    assert "\\" not in render(starred, "text") and "\\" not in render(starred, "json")


def test_escape_markdown_keeps_plain_text_and_escapes_its_backslashes():
    assert escape_markdown("Harbor Mutual rose 3% <3 times") == "Harbor Mutual rose 3% <3 times"
    assert escape_markdown("C:\\data\\new_file") == "C:\\\\data\\\\new_file"


def test_markdown_nests_under_a_file_heading():
    assert file_heading("a_1.txt", "text") == "==> a_1.txt <==\n"
    assert file_heading("_draft.md", "markdown") == "# \\_draft.md\n\n"
    out = render(SUMMARY, "markdown", level=2)
    assert out.startswith("## Northwind Signs Deal With Contoso\n\n*SEATTLE, 2025-05-02*\n\n### Key points\n")
    assert "\n### Participants\n" in out


def test_a_long_web_address_is_never_cut():
    # It was cut every `width` characters: "https://www.quarrowlabs.e" / "xample.com/...".
    url = "https://www.quarrowlabs.example.com/events/spring-workshop-2026/registration?source=press"
    linked = Summary(source="pr.txt", headline="Quarrow Labs Opens Registration", dateline=None,
                     key_points=(KeyPoint(f"Registration is open at {url} for every member of Harbor Mutual.", 0, 0.9),),
                     participants=None)
    lines = render(linked, "text", width=60).splitlines()
    assert f"    {url}" in lines
    assert all(len(line) <= 60 for line in lines if url not in line)


def test_markdown_items_open_no_list_heading_or_quote_of_their_own():
    # "- 4. Glenn gets shot ." rendered as a numbered list nested in the bullet.
    assert escape_markdown("4. Glenn gets shot .") == "4\\. Glenn gets shot ."
    assert escape_markdown("1) Harbor Mutual") == "1\\) Harbor Mutual"
    assert escape_markdown("- Mara Quist") == "\\- Mara Quist"
    assert escape_markdown("## Quarrow") == "\\## Quarrow"
    assert escape_markdown(">50 sites") == "\\>50 sites"
    for plain in ("#1 Rated Quarrow Labs", "2024 was good. 3. Then", "-5 degrees", "3.5 percent", "a > b"):
        assert escape_markdown(plain) == plain
