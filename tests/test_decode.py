import pytest

from summarize.decode import decode
from summarize.errors import InputError


def test_utf8_with_bom_loses_the_bom():
    text, warnings = decode("\ufeffCaf\u00e9 opens".encode("utf-8"))
    assert text == "Caf\u00e9 opens"
    assert warnings == ()


def test_plain_utf8_has_no_warning():
    assert decode("na\u00efve r\u00e9sum\u00e9".encode("utf-8")) == ("na\u00efve r\u00e9sum\u00e9", ())


def test_invalid_utf8_is_read_as_cp1252_with_a_warning():
    text, warnings = decode("\u201cQuoted\u201d caf\u00e9".encode("cp1252"), "pr.txt")
    assert text == "\u201cQuoted\u201d caf\u00e9"
    assert len(warnings) == 1 and "pr.txt" in warnings[0] and "Windows-1252" in warnings[0]


def test_nul_bytes_are_an_input_error():
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00text", "a.zip")


def test_many_control_bytes_are_an_input_error():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(1, 9)) * 50 + b"some text")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_wide_unicode_with_a_bom_is_read_without_warning(encoding):
    # Notepad's "Unicode" is UTF-16-LE with a byte-order mark: its NUL bytes are not a binary file.
    text = "Quarrow Labs opens a caf\u00e9 in Tulsa \u2013 \u201cat last\u201d."
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(encoding)
    assert decode(data, "pr.txt") == (text, ())


def test_utf16_bom_with_broken_data_is_an_input_error():
    with pytest.raises(InputError, match="pr.txt: .*UTF-16"):
        decode(b"\xff\xfeA\x00\x00\xd8", "pr.txt")


def test_stray_cp1252_bytes_leave_the_utf8_around_them_intact():
    # A UTF-8 release with one en dash pasted from a Windows program: "café" must not become "cafÃ©".
    data = "Caf\u00e9 owner Mara Quist".encode("utf-8") + b" \x96 Tulsa"
    text, warnings = decode(data, "pr.txt")
    assert text == "Caf\u00e9 owner Mara Quist \u2013 Tulsa"
    assert len(warnings) == 1 and "pr.txt" in warnings[0] and "Windows-1252" in warnings[0]


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF document; convert it to text"),
        (b"{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0 Quarrow Labs opens.}", "RTF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"x" * 50, "an old Office document"),
    ],
    ids=["pdf", "rtf", "doc"],
)
def test_documents_that_are_not_text_are_named(data, named):
    # A PDF written without compression holds no NUL byte and an RTF file is plain ASCII:
    # both would otherwise be "summarized" into their markup.
    with pytest.raises(InputError, match=named):
        decode(data, "release.pdf")


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="iso-8859-1">', "latin-1"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8-r"),
        ('<?xml version="1.0" encoding="windows-1251"?>', "cp1251"),
    ],
    ids=["meta-charset", "http-equiv", "xml"],
)
def test_a_saved_page_is_read_in_the_encoding_it_declares(head, encoding):
    # Read as Windows-1252 it gave mojibake for Cyrillic and a needless warning for latin-1.
    name = "Mara Quist\u00e9" if encoding == "latin-1" else "\u041c\u0430\u0440\u0430 \u041a\u0432\u0438\u0441\u0442"
    page = f"<html><head>{head}<title>Harbor Mutual</title></head><body><p>{name} spoke.</p></body></html>"
    assert decode(page.encode(encoding), "page.html") == (page, ())


def test_a_declared_encoding_that_does_not_fit_falls_back_with_the_warning():
    page = '<meta charset="nonsense-8"><p>Caf\u00e9</p>'.encode("cp1252")
    text, warnings = decode(page, "page.html")
    assert text == '<meta charset="nonsense-8"><p>Caf\u00e9</p>' and len(warnings) == 1


def test_a_page_declaring_utf16_is_not_read_as_utf16():
    # The declaration itself is ASCII, so the page is not UTF-16 (browsers read it as UTF-8):
    # decoding it as UTF-16 gave CJK garbage without a warning.
    page = '<meta charset="utf-16"><p>Caf\u00e9 opened.</p>'  # (an even length, which UTF-16 decodes)
    text, warnings = decode(page.encode("cp1252"), "page.html")
    assert text == page and len(warnings) == 1


def test_a_page_declared_latin1_is_read_as_browsers_read_it():
    # Browsers read "iso-8859-1" as Windows-1252: byte 0x93 is a curly quote, not a control character.
    page = '<meta charset="iso-8859-1"><p>\u201cWe opened,\u201d said Mara Quist\u00e9.</p>'
    assert decode(page.encode("cp1252"), "page.html") == (page, ())
