"""Markdown and HTML to blocks, and telling the three input formats apart.

Markdown is read line by line (headings, lists, tables, rules, images) and its inline
syntax is then removed; HTML is parsed with lxml, never with regular expressions, with a
parser that touches no network and resolves no entities, and only the main content is kept.
"""
from __future__ import annotations

import os
import re

from . import lexicon
from .layout import Compounds, paragraphs, unwrap
from .models import Block, Removed
from .normalize import squash

FORMATS = ("auto", "text", "markdown", "html")
_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".html": "html",
               ".htm": "html", ".xhtml": "html"}  # .txt says nothing: releases saved as .txt are often markdown

_HTML_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(p|div|br|span|a|h[1-6]|ul|li|table|article|section)\b[^>]*>", re.I)
_MD_SIGNS = (
    re.compile(r"^#{1,6}\s+\S", re.M),  # "# Heading"
    re.compile(r"!?\[[^\]\n]*\]\([^)\s]+[^)]*\)"),  # "[text](url)", "![](img.png)"
    re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"),  # "**bold**"
    re.compile(r"^\|.*\|\s*$", re.M),  # "| a | b |"
)


def detect_format(text: str, filename: str | None = None) -> str:
    """"text", "markdown" or "html", from the file's extension, else from the content."""
    if filename:
        known = _EXTENSIONS.get(os.path.splitext(filename)[1].lower())
        if known:
            return known
    head = text[:5000]
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 5:
        return "html"
    if any(sign.search(head) for sign in _MD_SIGNS):
        return "markdown"
    return "text"


# --- markdown ---------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_MD_IMAGE_LINE = re.compile(r"^\s*(\[?\s*!\[[^\]]*\]\([^)]*\)\s*(\]\([^)]*\))?\s*)+$")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
# The first character after the spaces of any line the patterns above match.
_MD_LINE_MARKS = frozenset("#=-*_|[!>")

# Inline markdown, in order: (name, pattern, replacement).
MD_INLINE: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # images go entirely: "![logo](a.png)" -> ""
    ("image", re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    # links keep their text: "[Acme](https://acme.com)" -> "Acme"; "[Acme][1]" -> "Acme"
    ("link", re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)"), r"\1"),
    ("ref-link", re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    # autolinks keep their address: "<https://acme.com>" -> "https://acme.com"
    ("autolink", re.compile(r"<((?:https?://|mailto:)[^>\s]+)>"), r"\1"),
    # stray inline tags: "a<br>b" -> "a b"
    ("tag", re.compile(r"</?(?:br|span|sup|sub|u|b|i|em|strong|a|font|div|p)\b[^>]*>", re.I), " "),
    # emphasis: "**bold**", "__bold__", "*it*", "_it_" -> the words
    ("strong", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    ("emphasis", re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    ("emphasis_", re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"), r"\1"),
    # inline code: "`x`" -> "x"
    ("code", re.compile(r"`([^`\n]+)`"), r"\1"),
    # backslash escapes: "\*" -> "*"
    ("escape", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),
)


# Every inline pattern needs one of these characters: text without any is left as it is.
_MD_INLINE_CHARS = re.compile(r"[\[<*_`\\]")


def inline_markdown(text: str) -> str:
    """Markdown inline syntax removed: `inline_markdown("[Acme](u) **wins**") == "Acme wins"`."""
    if not _MD_INLINE_CHARS.search(text):
        return squash(text)
    for _name, pattern, replacement in MD_INLINE:
        text = pattern.sub(replacement, text)
    return squash(text)


# A heading line that cannot end there: a dash, "&" or a connecting word last.
HEADING_RUN_ON_WORDS = 15  # a longer line under a heading is a paragraph, not its second line
_UNFINISHED_HEADING = re.compile(r"(?:\s[–—-]|&|\b(?:and|of|the|for|to|with|in|a|an|on|at|from|by))\s*$")


def _heading_goes_on(heading: str, line: str) -> bool:
    """Does `line`, right under a heading line, carry on the same heading? When the heading
    cannot end there ("Enters Orlando Market with"), or the line starts in lower case ("# Acme
    to Present" / "at Tools Week"), with a headline verb ("# The Acme Program" / "Announces
    Open Enrollment"), or both are in capitals (a name cut in two)."""
    words = line.split()
    if not words:
        return False
    first = words[0]
    return bool(_UNFINISHED_HEADING.search(heading)) or len(words) <= HEADING_RUN_ON_WORDS and (
        first[:1].islower() or first.lower() in lexicon.headline_verbs() or heading.isupper() and line.isupper()
    )


def markdown_blocks(text: str) -> tuple[list[Block], list[Removed]]:
    """Markdown to blocks; images, tables and link definitions are set aside."""
    keep = Compounds(text)
    blocks: list[Block] = []
    removed: list[Removed] = []
    for group in paragraphs(text):
        pending: list[str] = []

        def flush() -> None:
            if pending:
                for block in unwrap(pending, keep):
                    clean = inline_markdown(block.text)
                    if clean:
                        blocks.append(Block(clean, block.kind))
                pending.clear()

        under_heading = False  # the line before matched _MD_HEADING
        for i, line in enumerate(group):
            marked = line.lstrip()[:1] in _MD_LINE_MARKS  # (most lines are prose: no pattern to try)
            heading = marked and _MD_HEADING.match(line)
            if heading:
                flush()
                if inline_markdown(heading.group(2)):
                    blocks.append(Block(inline_markdown(heading.group(2)), "heading"))
            elif under_heading and _heading_goes_on(group[i - 1], line) and inline_markdown(line):
                # "# Fifth Update –" / "Successful Conclusion of Well Testing": one heading on two lines
                blocks[-1] = Block(f"{blocks[-1].text} {inline_markdown(line)}", "heading")
            elif not marked:
                pending.append(line)
            elif _MD_SETEXT.match(line) and pending and len(pending) == 1 and i > 0:
                blocks.append(Block(inline_markdown(pending.pop()), "heading"))
            elif _MD_RULE.match(line):
                flush()
            elif _MD_TABLE.match(line):
                flush()
                if not re.fullmatch(r"[\s|:-]+", line):
                    removed.append(Removed(squash(line), "table"))
            elif _MD_IMAGE_LINE.match(line):
                flush()
                removed.append(Removed(squash(line), "image"))
            elif _MD_REFDEF.match(line):
                flush()
            else:
                pending.append(_MD_QUOTE.sub("", line))
            under_heading = bool(heading)
        flush()
    return blocks, removed


# --- HTML -------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "nav", "footer", "aside", "form", "noscript", "iframe", "svg",
              "button", "select", "template", "object", "embed", "canvas", "map", "dialog")
_BLOCK_TAGS = frozenset("p div section article main header ul ol li table h1 h2 h3 h4 h5 h6 blockquote "
                        "figure figcaption pre dl dt dd hr address center".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())


def _noise_words() -> frozenset[str]:
    from .resources import word_set

    return word_set("html_noise.txt")


def _is_noise(element) -> bool:
    """Menus, share bars, cookie banners: class or id words from data/html_noise.txt."""
    words = set(re.split(r"[^a-z0-9]+", f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}".lower()))
    return bool(words & _noise_words())


def _text(element) -> str:
    return squash(element.text_content())


def _main_content(body):
    """The article/main element, else the element holding most paragraph text (readability-style)."""
    for path in ("//article", "//main", "//*[@role='main']"):
        found = body.xpath(path)
        if found:
            return max(found, key=lambda e: len(_text(e)))
    best, best_score = body, 0
    for element in body.iter("div", "section", "td", "body"):
        score = sum(len(_text(p)) for p in element if getattr(p, "tag", None) == "p")
        if score > best_score:
            best, best_score = element, score
    return best


def _walk(element, blocks: list[Block], removed: list[Removed]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _HEADINGS:
        if _text(element):
            blocks.append(Block(_text(element), "heading"))
    elif tag == "li":
        if _text(element):
            blocks.append(Block(_text(element), "list_item"))
    elif tag == "table":
        if _text(element):
            removed.append(Removed(_text(element)[:200], "table"))
    elif tag in ("figcaption", "figure"):
        if _text(element):
            removed.append(Removed(_text(element), "image caption"))
    elif tag == "p" or not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element):
        _paragraph_lines(element, blocks)
    else:
        if element.text and element.text.strip():
            blocks.append(Block(squash(element.text), "paragraph"))
        for child in element:
            _walk(child, blocks, removed)
            if child.tail and child.tail.strip():
                blocks.append(Block(squash(child.tail), "paragraph"))


def _paragraph_lines(element, blocks: list[Block]) -> None:
    """A paragraph; <br> separates lines that are not one sentence (addresses, contacts)."""
    breaks = list(element.iter("br"))
    for br in breaks:
        br.tail = "\n" + (br.tail or "")
    text = element.text_content()
    lines = [squash(line) for line in text.split("\n") if line.strip()]
    if not lines:
        return
    if breaks:
        blocks.extend(Block(line, "paragraph") for line in lines)
    else:
        blocks.append(Block(squash(text), "paragraph"))


def html_blocks(text: str) -> tuple[str | None, list[Block], list[Removed]]:
    """A saved web page to (title, blocks, removed): the main content only."""
    from lxml import etree, html

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input that declares an encoding
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None, [], []
    title = squash(root.findtext(".//title") or "") or None
    for element in list(root.iter(*_DROP_TAGS)):
        element.drop_tree()
    for element in list(root.iter("header")):
        if not list(element.iter("h1")):
            element.drop_tree()
    for element in list(root.iter()):
        if isinstance(element.tag, str) and element.tag not in ("html", "body") and element.getparent() is not None and _is_noise(element):
            element.drop_tree()
    body = root.find("body") if root.find("body") is not None else root
    main = _main_content(body)
    blocks: list[Block] = []
    removed: list[Removed] = []
    h1 = [e for e in body.iter("h1") if _text(e)]
    if h1 and not any(True for e in main.iter("h1")):
        blocks.append(Block(_text(h1[0]), "heading"))
    _walk(main, blocks, removed)
    if not any(b.kind == "heading" for b in blocks[:1]) and title:
        blocks.insert(0, Block(title, "heading"))
    return title, [b for b in blocks if b.text], removed
