"""Summaries to text, markdown or JSON. The only module that knows about colour."""
from __future__ import annotations

import json
import re
import textwrap

from .choices import FORMATS  # noqa: F401  (re-exported: the formats render() knows)
from .models import Document, Organization, Participants, Person, Summary
from .sanitize import sanitize


_NO_ID = object()


def to_dict(summary: Summary, record_id=_NO_ID) -> dict:
    """The JSON shape scripts rely on (see README, "JSON output").

    `record_id` is the input's "id" in JSON Lines mode (`--jsonl`); "id" comes first in
    the object then (null when the input had none) and is left out otherwise.
    """
    out: dict = {} if record_id is _NO_ID else {"id": record_id}
    out |= {
        "source": summary.source,
        "headline": summary.headline,
        "dateline": {"place": summary.dateline.place, "date": summary.dateline.date} if _dateline(summary) else None,
        "key_points": [kp.text for kp in summary.key_points],
    }
    parts = summary.participants
    out["participants"] = None
    if parts is not None:
        out["participants"] = {
            "people": [{"name": p.name, "role": p.role, "affiliation": p.affiliation} for p in parts.people],
            "organizations": [{"name": o.name, "aliases": list(o.aliases)} for o in parts.organizations],
            "places": list(parts.places),
        }
    return out


def person_line(person: Person) -> str:
    """`Name - role, affiliation`, leaving out what is unknown."""
    detail = ", ".join(x for x in (person.role, person.affiliation) if x)
    return f"{person.name} - {detail}" if detail else person.name


def organization_line(org: Organization) -> str:
    """`Name (aliases)`, without a short form the name starts with: "Acme Foods Corp. (ACME)",
    not "(ACME, Acme Foods)"."""
    shown = [a for a in org.aliases if not _starts_with(org.name, a)]
    return f"{org.name} ({', '.join(shown)})" if shown else org.name


def _starts_with(name: str, short: str) -> bool:
    """`name` begins with the whole words of `short`: "Acme Foods, Inc." with "Acme Foods"."""
    return len(name) > len(short) and name.startswith(short) and not name[len(short)].isalnum()


def _participant_sections(parts: Participants) -> list[tuple[str, list[str]]]:
    sections = [
        ("People", [person_line(p) for p in parts.people]),
        ("Organizations", [organization_line(o) for o in parts.organizations]),
        ("Places", list(parts.places)),
    ]
    return [(title, items) for title, items in sections if items]


class _Style:
    """ANSI styles from colorama, or nothing at all."""

    def __init__(self, color: bool):
        if color:
            from colorama import Fore, Style

            self.head, self.title, self.dim, self.reset = Style.BRIGHT, Fore.CYAN + Style.BRIGHT, Style.DIM, Style.RESET_ALL
        else:
            self.head = self.title = self.dim = self.reset = ""

    def __call__(self, kind: str, text: str) -> str:
        return f"{getattr(self, kind)}{text}{self.reset}" if self.reset else text


def _explain(kp) -> str:
    parts = ", ".join(f"{name} {value:.3f}" for name, value in kp.parts)
    return f"[score {kp.score:.3f}{': ' + parts if parts else ''}]"


def _dateline(summary: Summary) -> str:
    """The dateline's place and date as shown, or "" when it gave neither (a bare "(CNN)")."""
    d = summary.dateline
    return ", ".join(x for x in (d.place, d.date) if x) if d else ""


def _wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """Lines of at most `width`, broken at spaces only: a line that ends "record-" and a next
    one that starts "breaking" reads, and copies out of the terminal, as two words. A word
    longer than the width (a long web address) gets a line of its own, whole, so that it
    still copies and the terminal still opens it as one link."""
    return textwrap.wrap(
        text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent, break_on_hyphens=False,
        break_long_words=False,
    )


def to_text(summary: Summary, color: bool = False, width: int = 80, explain: bool = False) -> str:
    """The terminal report: headline, dateline, key points, participants."""
    style = _Style(color)
    width = max(width, 30)
    lines: list[str] = []
    if summary.headline:
        lines += [style("title", line) for line in _wrap(summary.headline, width)]
    if shown := _dateline(summary):
        lines.append(style("dim", shown))
    if lines:
        lines.append("")
    lines.append(style("head", "Key points"))
    for kp in summary.key_points:
        lines += _wrap(kp.text, width, initial_indent="  \u2022 ", subsequent_indent="    ")
        if explain:
            # A part's name and value stay on one line: "centrality 0.377", never split.
            explained = _wrap(_explain(kp).replace(" ", "\u00a0").replace(",\u00a0", ", "), width, "    ", "     ")
            lines += [style("dim", line.replace("\u00a0", " ")) for line in explained]
    if summary.participants is not None:
        sections = _participant_sections(summary.participants)
        if sections:
            lines += ["", style("head", "Participants")]
        for title, items in sections:
            lines.append(f"  {style('dim', title)}")
            for item in items:
                lines += _wrap(item, width, initial_indent="    \u2022 ", subsequent_indent="      ")
    return "\n".join(lines) + "\n"


# Characters that would turn plain text into markdown syntax: "*" and "`" anywhere (a
# starred footnote "0.09%*" with a later "*" makes italics), "_" at a word's edge ("_new_",
# not "olympe_coin"), "<" opening a tag ("<b>"), and the backslash that escapes them.
_MD_ACTIVE = re.compile(r"[\\`*]|(?<!\w)_|_(?!\w)|<(?=[A-Za-z/!?])")


# What would open a block at the start of an item's text: a numbered or bulleted list, a
# heading, a quote (">50 sites"); "- 4. Glenn gets shot ." is a list nested in the item.
_MD_BLOCK_START = re.compile(r"^(\d{1,9})(?=[.)](?:\s|$))|^(?=>|[-+#](?:\s|$)|#{2,6}(?:\s|$))")


def escape_markdown(text: str) -> str:
    """`text` shown as written once rendered: `escape_markdown("a *new* plan") == "a \\*new\\* plan"`."""
    text = _MD_ACTIVE.sub(lambda m: "\\" + m.group(), text)
    return _MD_BLOCK_START.sub(lambda m: (m.group(1) or "") + "\\", text, count=1)


def to_markdown(summary: Summary, explain: bool = False, level: int = 1) -> str:
    """The report as markdown, for notes, tickets and chat. `level` is the headline's heading
    level: 2 under a heading naming the file when there are several files."""
    top, sub = "#" * level, "#" * (level + 1)
    lines: list[str] = []
    if summary.headline:
        lines += [f"{top} {escape_markdown(summary.headline)}", ""]
    if shown := _dateline(summary):
        lines += [f"*{escape_markdown(shown)}*", ""]
    lines += [f"{sub} Key points", ""]
    for kp in summary.key_points:
        lines.append(f"- {escape_markdown(kp.text)}" + (f" `{_explain(kp)}`" if explain else ""))
    if summary.participants is not None:
        sections = _participant_sections(summary.participants)
        if sections:
            lines += ["", f"{sub} Participants"]
        for title, items in sections:
            lines += ["", f"**{title}**", ""] + [f"- {escape_markdown(item)}" for item in items]
    return "\n".join(lines) + "\n"


def file_heading(path: str, fmt: str) -> str:
    """The line that heads each file's report when there are several: `==> a.txt <==` as
    `head` and `tail` print it, or a markdown heading, which the reports nest under."""
    if fmt == "markdown":
        return f"# {escape_markdown(path)}\n\n"
    return f"==> {path} <==\n"


def to_json(summary: Summary) -> str:
    """One JSON object on one line (JSON Lines when there are several documents)."""
    return json.dumps(to_dict(summary), ensure_ascii=False) + "\n"


def render(summary: Summary, fmt: str = "text", color: bool = False, width: int = 80, explain: bool = False, level: int = 1) -> str:
    """The report in the chosen format, with escape sequences and control characters removed;
    `level` is the markdown headline's heading level."""
    summary = sanitize(summary)
    if fmt == "json":
        return to_json(summary)
    if fmt == "markdown":
        return to_markdown(summary, explain, level)
    return to_text(summary, color, width, explain)


def render_document(document: Document, color: bool = False) -> str:
    """The cleaned document for `--show-clean`: structure, body blocks, and what was removed and why."""
    style = _Style(color)
    lines: list[str] = [f"{style('head', 'Headline')}: {document.headline or '-'}"]
    if document.subheadline:
        lines.append(f"{style('head', 'Subheadline')}: {document.subheadline}")
    if document.dateline:
        d = document.dateline
        lines.append(f"{style('head', 'Dateline')}: {d.text}  [place: {d.place or '-'}, date: {d.date or '-'}]")
    lines += ["", style("head", "Body")]
    marks = {"heading": "##", "list_item": " -", "paragraph": "  "}
    for block in document.blocks:
        lines.append(f"{marks.get(block.kind, '  ')} {block.text}")
    if document.removed:
        lines += ["", style("head", "Removed")]
        for item in document.removed:
            lines.append(f"  {style('dim', '[' + item.reason + ']')} {item.text}")
    return "\n".join(lines) + "\n"
