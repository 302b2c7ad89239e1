"""The printed line of a paged document (PDF), and the measures of lines that both passes over
the pages take: page_furniture.py (running headers and footers, print lines) and pages.py
(paragraphs). A module of its own so that neither pass imports the other's.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median
from typing import NamedTuple


class Line(NamedTuple):
    """One printed line. Positions are in PDF points, y growing upwards; None when unknown."""

    text: str
    y: float | None = None  # baseline
    x: float | None = None  # left end
    right: float | None = None  # right end, as far as the text positions tell
    size: float = 0.0  # font size


_SPACES = re.compile(r"[^\S\n]+")
_LINE_GAP = 1.45  # a gap this many times the usual line spacing separates paragraphs
_NOTE_SIZE = 0.9  # footnotes (and running headers and footers): a font this much smaller
_NOTE_MARK = re.compile(r"^(?:\d{1,3}|[*†‡§]{1,3})\s*\S")  # a footnote's start: "1 See..."


def _body_size(lines: list[Line]) -> float:
    """The body text's font size: the most common one."""
    sizes = Counter(round(ln.size, 1) for ln in lines if ln.size)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _line_spacing(pages: list[list[Line]]) -> float | None:
    """The usual distance between consecutive lines of a paragraph: the median of those between
    lines in one font size that go down the page by less than three times that size (headings,
    running headers and the gaps around them left out)."""
    gaps = [
        a.y - b.y
        for page in pages
        for a, b in zip(page, page[1:], strict=False)
        if a.y is not None
        and b.y is not None
        and a.size == b.size
        and 0 < a.y - b.y < 3 * max(a.size, 1.0)
    ]
    return median(gaps) if gaps else None
