"""Reading input with a size limit, so one huge file or endless pipe cannot exhaust memory.

Reading stops one byte past the limit: a 5 GB file costs no more than a 20 MB one
before it is refused. The library stays free of I/O; only the CLI calls these.
"""
from __future__ import annotations

import errno
import os
import re
import sys
from typing import BinaryIO

from .errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 1 << 16


def human_size(n: int) -> str:
    """`human_size(20 * 1024 * 1024) == "20 MB"`, for messages (binary units)."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:g} {unit}" if unit == "bytes" else f"{n:.4g} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover - the loop always returns


# A size as a user types it: "1048576", "500KB", "20 MB", "1.5g" (binary units, as human_size).
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b|bytes?)?\s*", re.I)
_UNIT = {None: 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(text: str) -> int:
    """Bytes in a size such as "20MB" or "500k": `parse_size("20 MB") == 20 * 1024 * 1024`.

    A ValueError for anything else, or for a size under one byte.
    """
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"{text!r} is not a size such as 1048576, 500KB or 20MB")
    size = int(float(match.group(1)) * _UNIT[match.group(2) and match.group(2).lower()])
    if size < 1:
        raise ValueError(f"{text!r} is less than one byte")
    return size


def read_limited(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES, source: str = "-") -> bytes:
    """All of `stream`, or an InputError as soon as it holds more than `max_bytes`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(
                f"{source}: input is larger than the limit of {human_size(max_bytes)} (use --max-bytes to change it)"
            )


def stdin_bytes() -> BinaryIO:
    """Standard input as bytes, or an OSError when the shell closed it (`summarize - <&-`)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise OSError(errno.EBADF, "standard input is closed")
    return stream


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, or of standard input when `path` is "-", within the limit."""
    if path == "-":
        return read_limited(stdin_bytes(), max_bytes, "-")
    with open(path, "rb") as handle:
        return read_limited(handle, max_bytes, path)


def open_error(path: str, error: OSError) -> str:
    """Why `path` could not be opened, in a user's words: "is a directory", "No such file or
    directory", or that the name is empty (`summarize "$FILE"` with FILE unset)."""
    if not path:
        return "an empty file name"
    if isinstance(error, IsADirectoryError) or os.path.isdir(path):
        return "is a directory"
    return error.strerror or str(error)
