"""`--show-clean`, `--input-format` and the dateline in reports (cli.py and format.py wiring)."""
import json

from click.testing import CliRunner

from summarize.cli import main

RELEASE = (
    "Acme Opens Plant\n\nCLEVELAND, OH, March 3, 2025 /Example Wire/ -- Acme Corp opened a plant in Ohio today. "
    "It will employ three hundred people.\n\nAbout Acme\n\nAcme Corp makes tools.\n"
)


def run(tmp_path, *args, text=RELEASE, name="pr.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, [*args, str(path)])


def test_show_clean_prints_structure_and_removed_with_reasons(tmp_path):
    result = run(tmp_path, "--show-clean")
    assert result.exit_code == 0, result.output
    assert "Headline: Acme Opens Plant" in result.output
    assert "place: CLEVELAND, OH, date: 2025-03-03" in result.output
    assert "[about section] Acme Corp makes tools." in result.output
    assert "Key points" not in result.output


def test_json_has_the_dateline(tmp_path):
    result = run(tmp_path, "-f", "json", "--no-participants")
    data = json.loads(result.output)
    assert data["dateline"] == {"place": "CLEVELAND, OH", "date": "2025-03-03"}
    assert all("Example Wire" not in point and "makes tools" not in point for point in data["key_points"])


def test_input_format_option_overrides_detection(tmp_path):
    page = "<html><body><article><h1>Acme Opens Plant</h1><p>Acme Corp opened a plant in Ohio today.</p></article></body></html>"
    as_html = run(tmp_path, "--show-clean", "--input-format", "html", text=page, name="page.txt")
    assert "Headline: Acme Opens Plant" in as_html.output
    assert "<p>" not in as_html.output


def test_binary_input_is_one_line_error(tmp_path):
    path = tmp_path / "img.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = CliRunner().invoke(main, [str(path)])
    assert result.exit_code == 1
    assert "binary" in result.output and "Traceback" not in result.output
