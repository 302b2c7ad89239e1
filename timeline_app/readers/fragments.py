"""HTML fragments (feed item bodies) to plain text, one paragraph per block element."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "tr",
        "table",
        "pre",
        "hr",
        "figure",
        "figcaption",
        "dd",
        "dt",
    ]
)
_DROP = frozenset(
    ["script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "form"]
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")
_LOOKS_HTML = re.compile(r"<\s*(?:p|div|br|a|span|b|i|em|strong|img|ul|li|h\d|table)\b", re.I)


def fragment_text(value: str) -> str:
    """Plain text of an HTML fragment; text that is not HTML comes back tidied."""
    if not _LOOKS_HTML.search(value):
        return _tidy(value)
    try:
        root = lxml_html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]+>", " ", value))
    parts: list[str] = []
    _walk(root, parts)
    return _tidy("".join(parts))


def _walk(node: etree._Element, parts: list[str]) -> None:
    tag = node.tag.lower() if isinstance(node.tag, str) else ""
    if tag in _DROP:
        if node.tail:
            parts.append(node.tail)
        return
    block = tag in _BLOCKS
    if block:
        parts.append("\n")
    if node.text and isinstance(node.tag, str):
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
    if block:
        parts.append("\n")
    if node.tail:
        parts.append(node.tail)


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n", "\n".join(lines)).strip()
