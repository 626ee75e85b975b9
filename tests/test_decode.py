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
