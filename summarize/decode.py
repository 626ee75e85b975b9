"""Bytes to text: the first thing that can go wrong with a file, so it fails clearly."""
from __future__ import annotations

import codecs
import re

from .errors import InputError

# Control bytes that never occur in text (tab, line feed, form feed and carriage return do).
_BINARY = frozenset(range(0, 32)) - {9, 10, 12, 13}
_BINARY_SHARE = 0.02  # more control bytes than this among the first 8 KB: not a text file
_SAMPLE = 8192

# Byte-order marks of the wide Unicode encodings, longest first (UTF-32-LE starts like UTF-16-LE).
# Notepad's "Unicode" is UTF-16-LE with a BOM; its NUL bytes must not read as a binary file.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Documents that are not text, by their first bytes, with what to do instead: a PDF may
# hold no NUL byte at all, and an RTF file is all ASCII, yet both would summarize to markup.
_NOT_TEXT = (
    (b"%PDF-", "a PDF document; convert it to text first (for example with pdftotext)"),
    (b"{\\rtf", "an RTF document; save it as plain text first"),
    (b"PK\x03\x04", "a binary file: a zip archive or an Office document (.docx, .odt); save it as plain text first"),
    (b"\xd0\xcf\x11\xe0", "a binary file: an old Office document (.doc); save it as plain text first"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte in _BINARY)
    return controls / len(sample) > _BINARY_SHARE


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 read as Windows-1252, so that the valid UTF-8 around them
    stays intact: b"caf\\xc3\\xa9 \\x96 bar" -> "caf\u00e9 \u2013 bar" (a pasted en dash)."""
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("summarize.cp1252", _cp1252_bytes)


def wide_encoding(head: bytes) -> str | None:
    """"utf-16" or "utf-32" when `head`, the first bytes of a file, starts with that BOM."""
    return next((encoding for bom, encoding in _WIDE_BOMS if head.startswith(bom)), None)


def _wide_unicode(data: bytes, source: str) -> str | None:
    """The text of UTF-16 or UTF-32 data that starts with its byte-order mark, else None."""
    encoding = wide_encoding(data[:4])
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{source}: starts like {encoding.upper()} text but is not valid {encoding.upper()}") from None


# A web page's declared encoding: <meta charset="iso-8859-1">, <meta http-equiv="Content-Type"
# content="text/html; charset=shift_jis">, <?xml version="1.0" encoding="windows-1251"?>.
_DECLARED = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9._:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB, if Python knows it: "koi8-r" for
    <meta charset="KOI8-R">; None for plain text or an unknown name."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup((match.group(1) or match.group(2)).decode("ascii")).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a declaration readable as ASCII is not in UTF-16; browsers read it as UTF-8
    return _AS_BROWSERS_READ.get(name, name)


# Labels that browsers read as Windows-1252 (the WHATWG Encoding standard), so that a page
# saying "iso-8859-1" with curly quotes in bytes 0x80-0x9f gets quotes, not control characters.
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def decode(data: bytes, source: str = "-") -> tuple[str, tuple[str, ...]]:
    """Text of `data` and any warnings: UTF-8 (BOM or not), UTF-16 or UTF-32 with a BOM, a
    web page in the encoding it declares; bytes that are not UTF-8 are otherwise read as
    Windows-1252, with a warning.

    NUL bytes or many other control bytes mean a binary file (an image, a zip): an
    InputError, since summarizing it would print nonsense; a PDF, RTF or Office document
    is named, with what to do instead.
    """
    wide = _wide_unicode(data, source)
    if wide is not None:
        return wide.removeprefix("\ufeff"), ()
    for magic, what in _NOT_TEXT:
        if data.startswith(magic):
            raise InputError(f"{source}: looks like {what}")
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file (it contains NUL bytes)")
    if _looks_binary(data):
        raise InputError(f"{source}: looks like a binary file (it contains control bytes)")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        declared = declared_encoding(data)
        if declared is not None and declared != "utf-8":
            try:
                return data.decode(declared), ()  # a saved page in the encoding it names
            except UnicodeDecodeError:
                pass
        text = data.decode("utf-8-sig", errors="summarize.cp1252")
        return text, (f"{source}: not valid UTF-8 throughout; the bytes that are not were read as Windows-1252",)
