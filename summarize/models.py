"""The values that pass between pipeline stages.

Every stage takes these and returns new ones; nothing is mutated, so a stage can be
tested, cached or run in another process on its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Dateline:
    """Where and when the release was issued, lifted out of the first paragraph."""

    text: str
    place: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD when it could be read


@dataclass(frozen=True)
class Block:
    """A unit of the body: a paragraph, a heading or a list item (kind)."""

    text: str
    kind: str = "paragraph"


@dataclass(frozen=True)
class Removed:
    """Text the cleaner dropped and why, shown by `--show-clean`."""

    text: str
    reason: str


@dataclass(frozen=True)
class Document:
    """A cleaned press release: structure found, boilerplate set aside."""

    headline: str | None
    blocks: tuple[Block, ...]
    subheadline: str | None = None
    dateline: Dateline | None = None
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        """The body as plain text, one block a paragraph."""
        return "\n\n".join(block.text for block in self.blocks)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body, with its place in the document."""

    text: str
    index: int  # position among all body sentences
    block: int = 0  # index of the Block it came from
    position: int = 0  # position within that block
    is_heading: bool = False


@dataclass(frozen=True)
class KeyPoint:
    """A chosen sentence with the score that chose it and the score's parts (`--explain`)."""

    text: str
    index: int
    score: float = 0.0
    parts: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Participants:
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class Summary:
    """What the formatter prints for one document."""

    source: str
    headline: str | None
    key_points: tuple[KeyPoint, ...]
    participants: Participants | None = field(default_factory=Participants)
    dateline: Dateline | None = None
    warnings: tuple[str, ...] = ()
