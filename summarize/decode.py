"""Bytes to text: the first thing that can go wrong with a file, so it fails clearly."""
from __future__ import annotations

from .errors import InputError


def decode(data: bytes, source: str = "-") -> tuple[str, tuple[str, ...]]:
    """Text of `data` and any warnings: UTF-8 (BOM or not), else Windows-1252 with a warning."""
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, (f"{source}: not valid UTF-8, read as Windows-1252",)
