"""Reading input within a size limit."""
from __future__ import annotations

import io

import pytest

from summarize.errors import InputError
from summarize.inputs import DEFAULT_MAX_BYTES, human_size, parse_size, read_input, read_limited


class Endless(io.RawIOBase):
    """A stream that never ends, counting what was read from it (like `yes | summarize`)."""

    def __init__(self):
        self.served = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        n = len(buffer)
        buffer[:n] = b"y" * n
        self.served += n
        return n


def test_reading_stops_at_the_limit_of_an_endless_stream():
    stream = Endless()
    with pytest.raises(InputError, match="larger than the limit of 1 MB"):
        read_limited(stream, 1024 * 1024, "-")
    assert stream.served == 1024 * 1024 + 1


def test_input_at_the_limit_is_read_whole():
    data = b"x" * 1000
    assert read_limited(io.BytesIO(data), 1000) == data
    with pytest.raises(InputError, match="999 bytes"):
        read_limited(io.BytesIO(data), 999)


def test_read_input_reads_a_file_and_names_it_in_errors(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Some text.")
    assert read_input(str(path)) == b"Some text."
    with pytest.raises(InputError, match="a.txt: input is larger"):
        read_input(str(path), 5)


def test_default_limit_and_sizes_read_well():
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    assert human_size(DEFAULT_MAX_BYTES) == "20 MB"
    assert human_size(1536) == "1.5 KB"
    assert human_size(12) == "12 bytes"


@pytest.mark.parametrize(
    ("text", "size"),
    [("1048576", 1048576), ("500KB", 500 * 1024), ("20 MB", 20 * 1024**2), ("20m", 20 * 1024**2),
     ("2KiB", 2048), ("1.5g", int(1.5 * 1024**3)), ("300 bytes", 300), ("7b", 7)],
)
def test_parse_size_reads_sizes_as_people_write_them(text, size):
    assert parse_size(text) == size


def test_parse_size_reads_what_human_size_writes():
    assert parse_size(human_size(DEFAULT_MAX_BYTES)) == DEFAULT_MAX_BYTES


@pytest.mark.parametrize(("text", "message"), [("lots", "not a size"), ("20 TB", "not a size"), ("0", "less than one byte"), ("0.2", "less than one byte")])
def test_parse_size_refuses_what_is_not_a_size(text, message):
    with pytest.raises(ValueError, match=message):
        parse_size(text)
