import pytest

from summarize.markup import detect_format, html_blocks, inline_markdown, markdown_blocks


def test_detect_by_extension_then_content():
    assert detect_format("plain words", "a.md") == "markdown"
    assert detect_format("# Title", "a.txt") == "markdown"
    assert detect_format("Title\n\nPlain words.", "a.txt") == "text"
    assert detect_format("# Title", "a.html") == "html"
    assert detect_format("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert detect_format("# Title\n\nBody with [link](https://x.org).") == "markdown"
    assert detect_format("Title\n\nPlain body, it's `quoted` here.") == "text"


def test_inline_markdown():
    assert inline_markdown("**Acme** and _Beta_ see [the site](https://x.org/a_(b)) ![logo](l.png)") == "Acme and Beta see the site"
    assert inline_markdown("snake_case_name stays") == "snake_case_name stays"
    assert inline_markdown("a \\* b") == "a * b"


def test_markdown_blocks_kinds_and_removed():
    blocks, removed = markdown_blocks("# Head\n\nText line one\ncontinues here.\n\n1. First\n2. Second\n\n***\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert [(b.text, b.kind) for b in blocks] == [
        ("Head", "heading"), ("Text line one continues here.", "paragraph"), ("First", "list_item"), ("Second", "list_item"),
    ]
    assert [r.reason for r in removed] == ["table", "table"]


def test_html_takes_the_densest_container_without_an_article():
    page = (
        "<html><body><div class='menu'><a>Home</a></div><div><p>" + "Real text of the release. " * 10 + "</p>"
        "<p>Second paragraph here.</p><ul><li>One point</li></ul></div><div><p>Short.</p></div></body></html>"
    )
    _title, blocks, _removed = html_blocks(page)
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "list_item"]
    assert "Home" not in " ".join(b.text for b in blocks)


def test_html_never_resolves_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    page = f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body><p>Hello &x; world</p></body></html>'
    _title, blocks, _removed = html_blocks(page)
    assert "TOP SECRET" not in " ".join(b.text for b in blocks)


def test_html_br_lines_stay_apart():
    _title, blocks, _removed = html_blocks("<html><body><article><p>Jane Roe<br>Acme Corp<br>jane@example.com</p></article></body></html>")
    assert [b.text for b in blocks] == ["Jane Roe", "Acme Corp", "jane@example.com"]


@pytest.mark.parametrize("text, heading", [
    ("# Fifth Update –\nWell Tests Succeed\n\nBody.", "Fifth Update – Well Tests Succeed"),
    ("# Acme Enters Ohio with \nPurchase of a Plant\n\nBody.", "Acme Enters Ohio with Purchase of a Plant"),
    ("# Tinmere Labs to Present\nat the Tools Week Summit\n\nBody.", "Tinmere Labs to Present at the Tools Week Summit"),
    ("# The Tinmere Writing Program\nAnnounces Open Enrollment for May\n\nBody.",
     "The Tinmere Writing Program Announces Open Enrollment for May"),
    ("# TINMERE FILM CASTS JANE\nROE IN LEAD ROLE\n\nBody.", "TINMERE FILM CASTS JANE ROE IN LEAD ROLE"),
])
def test_a_heading_that_cannot_end_runs_on_to_the_next_line(text, heading):
    blocks, _ = markdown_blocks(text)
    assert [(b.text, b.kind) for b in blocks] == [(heading, "heading"), ("Body.", "paragraph")]


def test_a_subtitle_or_a_paragraph_under_a_heading_keeps_its_own_line():
    blocks, _ = markdown_blocks("# The Role of Sleep\nImproving Sleep through Diet\n\nBody.")
    assert [b.text for b in blocks] == ["The Role of Sleep", "Improving Sleep through Diet", "Body."]
    blocks, _ = markdown_blocks("# Acme Wins\nthe company said on Monday that it had won a large contract to build bridges in Ohio.")
    assert [b.kind for b in blocks] == ["heading", "paragraph"]


def test_a_finished_heading_keeps_its_own_line():
    blocks, _ = markdown_blocks("# Acme Wins\nAcme said it won.")
    assert [b.kind for b in blocks] == ["heading", "paragraph"]


def test_markdown_line_marks_after_spaces():
    # Marks are found after leading spaces; a heading's second line joins it; a quote is prose.
    text = "   ## Acme Enters Ohio with\nNew Plant\n> A quoted line stays.\n\nTitle Line\n===\n\n  ![logo](l.png)\n\n[1]: https://acme.example/a"
    blocks, removed = markdown_blocks(text)
    assert [(b.text, b.kind) for b in blocks] == [
        ("Acme Enters Ohio with New Plant", "heading"), ("A quoted line stays.", "paragraph"), ("Title Line", "heading"),
    ]
    assert [(r.text, r.reason) for r in removed] == [("![logo](l.png)", "image")]
