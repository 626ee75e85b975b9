"""Bytes to text: the first thing that can go wrong with a file, so it fails clearly."""
from __future__ import annotations

from .errors import InputError

# Control bytes that never occur in text (tab, line feed, form feed and carriage return do).
_BINARY = frozenset(range(0, 32)) - {9, 10, 12, 13}
_BINARY_SHARE = 0.02  # more control bytes than this among the first 8 KB: not a text file
_SAMPLE = 8192


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte in _BINARY)
    return controls / len(sample) > _BINARY_SHARE


def decode(data: bytes, source: str = "-") -> tuple[str, tuple[str, ...]]:
    """Text of `data` and any warnings: UTF-8 (BOM or not), else Windows-1252 with a warning.

    NUL bytes or many other control bytes mean a binary file (an image, a PDF, a zip):
    an InputError, since summarizing it would print nonsense.
    """
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file (it contains NUL bytes)")
    if _looks_binary(data):
        raise InputError(f"{source}: looks like a binary file (it contains control bytes)")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, (f"{source}: not valid UTF-8, read as Windows-1252",)
