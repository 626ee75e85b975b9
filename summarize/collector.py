"""Python's garbage collector held off while the pipeline loads, for the command only.

Loading nltk, sumy, numpy and our data creates some 150,000 objects that live until the
process ends. The collector runs every 700 new objects and so scans them again and again
while they load: about 100 ms of the 650 ms a one-release run takes (bench/bench_startup.py).
The pipeline makes no reference cycles (memory stays flat over 2,502 releases with the
collector off), so the command holds collection off until its first input is done, then
freezes what was loaded out of all later scans (`gc.freeze`) and collects as usual.
"""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def hold_off() -> None:
    """No cyclic collection until `resume` (reference counting still frees everything else)."""
    gc.disable()


def resume() -> None:
    """Freeze what is loaded out of the collector's scans and collect again from here on."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def resume_after_first(results: Iterable[T]) -> Iterator[T]:
    """`results`, unchanged, with collection resumed once the first has been handled."""
    try:
        for number, result in enumerate(results):
            yield result
            if number == 0:
                resume()
    finally:
        resume()
