"""Running text from the printed lines of paged documents (PDF): what a reader of the page reads.

A PDF holds lines, not paragraphs: a paragraph is wrapped into lines, a word may be hyphenated at
a line end, every page repeats a running header and footer (page numbers, a report's name, the
date, title and address a browser prints on a page it saves as PDF). Extraction splits sentences
at single line breaks before a capital and dates events by paragraph, so the stored text must
hold one line per paragraph and no furniture between the halves of a sentence that runs across a
page break. Pure Python: the PDF reader hands over the lines with their position when it knows it.

This module builds the paragraphs (`running_text`); the running headers and footers and the
lines a browser prints are taken off first by page_furniture.py, and the printed `Line` with the
measures both share is page_lines.py's (`Line` is importable from here as before). The PDF
reader hands each page's lines over in reading order (page_columns.py: columns, bands, tables).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from statistics import median

from timeline_app.readers.page_furniture import _printed_by_browser, _without_furniture
from timeline_app.readers.page_lines import (
    _LINE_GAP,
    _NOTE_MARK,
    _NOTE_SIZE,
    _SPACES,
    Line,
    _body_size,
    _line_spacing,
)


@dataclass(frozen=True, slots=True)
class Printed:
    """The running text, and what a browser's print header and footer said about the page."""

    text: str
    url: str = ""
    title: str = ""
    site: str = ""
    heading: str = ""  # the first page's title, in a larger font than the body's
    running: str = ""  # a single page's running header and footer, a line each


# Presentation forms that PDFs keep as one glyph ("ﬁ"): the letters they stand for. And the DEL
# control character, which no text holds: WinAnsiEncoding prints its unused codes as bullets (the
# PDF standard, Annex D; ReportLab writes its bullets as code 127), pypdf reads code 127 as DEL.
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\x7f": "•"}
)
_SOFT_HYPHEN = "\xad"

# Paragraph building.
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ":", ")")
_BULLET = re.compile(r"^(?:[•▪◦●■\-–—*]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)")
_HYPHENATED = re.compile(r"(\w+)-$")
_WORD_START = re.compile(r"^(\w+)")
# Second halves that make a compound after a capitalised word ("Russian-backed", "Kyiv-based",
# "Iran-made"), the longer of them after any word ("state-controlled"), and first halves that
# keep their hyphen ("self-declared", "ex-minister"): a break there is no hyphenation inside a
# word. (Short ones such as "led" or "old" end ordinary words too: "fil-led", "thresh-old".)
_COMPOUND_SECONDS = frozenset(
    ("backed", "based", "led", "run", "owned", "held", "made", "born", "style", "era", "wide")
)
_LONG_COMPOUND_SECONDS = frozenset(
    (
        "controlled", "occupied", "sponsored", "supported", "affiliated", "appointed",
        "installed", "speaking", "funded", "linked", "aligned", "oriented", "leaning",
        "trained", "operated", "guided", "launched", "related", "ranging", "brokered",
    )
)  # fmt: skip
_COMPOUND_FIRSTS = frozenset(("self", "ex", "cross", "semi", "quasi", "vice", "half", "well"))
_HEADING_LINES = 5  # the first page's lines where its title may be
_TITLE_SIZE = 1.3  # a title: a font this much larger than the body's


def running_text(pages: list[list[Line]]) -> Printed:
    """The text of the pages as paragraphs (one line each, a blank line between), without the
    running headers and footers, with words hyphenated at line ends joined again."""
    cleaned = [[ln for ln in map(_clean, page) if ln.text] for page in pages]
    url, title, site = _printed_by_browser(cleaned)
    body, running = _without_furniture(cleaned)
    heading = _first_heading(body)
    return Printed(
        _paragraphs(body),
        url=url,
        title=title,
        site=site,
        heading=heading,
        running="\n".join(running),
    )


def _first_heading(pages: list[list[Line]]) -> str:
    """The title a document prints at the top of its first page with text: a line among its
    first few in a font clearly larger than the body's (a wrapped title: its lines joined)."""
    first = next((page for page in pages if page), [])
    body_size = _body_size([ln for page in pages for ln in page])
    top = first[:_HEADING_LINES]
    if not body_size or not top:
        return ""
    largest = max(ln.size for ln in top)
    if largest < _TITLE_SIZE * body_size:
        return ""
    at = next(i for i, ln in enumerate(top) if ln.size == largest)
    parts = [top[at].text]
    for line in first[at + 1 : at + 3]:
        if line.size != largest:
            break
        parts.append(line.text)
    return " ".join(parts)


def _clean(line: Line) -> Line:
    """Ligatures spelled out, tabs and runs of spaces made one space, soft hyphens kept only at
    the end (where they mark a word broken across lines)."""
    text = _SPACES.sub(" ", line.text.translate(_LIGATURES)).strip()
    if _SOFT_HYPHEN in text:
        ends_soft = text.endswith(_SOFT_HYPHEN)
        text = text.replace(_SOFT_HYPHEN, "") + (_SOFT_HYPHEN if ends_soft else "")
    return line._replace(text=text)


# --- paragraphs ---------------------------------------------------------------------------


# How a line follows the one before it: on the same page or column, at the top of the next
# page or column (the sentence may go on), or after something that ends the paragraph (a
# scanned page, the footnotes' start, a caption).
_FOLLOWS, _NEW_PAGE, _APART = 0, 1, 2


def _paragraphs(pages: list[list[Line]]) -> str:
    """Lines joined into paragraphs across page breaks, paragraphs separated by a blank line."""
    body_size = _body_size([ln for page in pages for ln in page])
    pages, notes = _without_footnotes(pages, body_size)
    placed = _placed(pages) + [(ln, _APART if i == 0 else _FOLLOWS) for i, ln in enumerate(notes)]
    placed = _captions_moved(placed, body_size)
    lines = _with_right_ends([ln for ln, _ in placed])
    if not lines:
        return ""
    spacing = _line_spacing(pages)
    full = _FullWidths(lines)
    words = _Words(lines)
    paragraphs: list[str] = []
    current = lines[0].text
    row = False  # whether `current` is a table's row: it ends where the next row starts
    for index in range(1, len(lines)):
        before, after = lines[index - 1], lines[index]
        how = placed[index][1]
        new_page = how == _NEW_PAGE or _next_column(before, after)
        if not new_page and _same_row(before, after):
            current, row = f"{current} | {after.text}", True  # the row's next cell
        elif how != _APART and _heading_goes_on(before, after, body_size):
            current = f"{current} {after.text}"
        elif (
            row
            or how == _APART
            or (index + 1 < len(lines) and _same_row(after, lines[index + 1]))  # a row starts
            or _ends_paragraph(
                before,
                after,
                new_page,
                spacing,
                body_size,
                partial(full.around, index - 1),
                current,
            )
        ):
            paragraphs.append(current)
            current, row = after.text, False
        else:
            current = _join(current, after.text, words)
    paragraphs.append(current)
    return "\n\n".join(p.replace(_SOFT_HYPHEN, "") for p in paragraphs)


def _placed(pages: list[list[Line]]) -> list[tuple[Line, int]]:
    """Every line with how it follows the one before: the first of a page after a page with
    text may go on its sentence; after a page without text (a scanned page) it may not."""
    placed: list[tuple[Line, int]] = []
    empty_before = False
    for page in pages:
        for i, line in enumerate(page):
            how = _FOLLOWS if i else (_APART if empty_before else _NEW_PAGE)
            placed.append((line, how))
        empty_before = not page and bool(placed)
    return placed


def _captions_moved(placed: list[tuple[Line, int]], body_size: float) -> list[tuple[Line, int]]:
    """The lines with each caption (lines in a smaller font than the body's that interrupt a
    sentence of the body: a figure's legend set inside a paragraph) moved after the line that
    ends the sentence, so that the sentence is whole. The body line after the caption goes on
    the sentence whatever gap the figure left; the caption is a paragraph of its own."""
    out = list(placed)
    index = 1
    while index < len(out):
        start = index
        while index < len(out) and _small(out[index][0], body_size) and out[index][1] != _APART:
            index += 1
        if index == start or index == len(out) or out[index][1] == _APART:
            index += 1
            continue
        before, resume = out[start - 1][0], out[index][0]
        if (
            not _in_body_font(before, body_size)
            or not _in_body_font(resume, body_size)
            or before.text.endswith(_SENTENCE_END)
        ):
            continue
        end = index
        while (
            end + 1 < len(out)
            and out[end + 1][1] != _APART
            and not out[end][0].text.endswith(_SENTENCE_END)
        ):
            end += 1
        caption = [
            (ln, _APART if i == 0 else _FOLLOWS) for i, (ln, _) in enumerate(out[start:index])
        ]
        body = [
            (ln, _NEW_PAGE if i == 0 else how) for i, (ln, how) in enumerate(out[index : end + 1])
        ]
        after = out[end + 1 : end + 2]
        out[start : end + 2] = body + caption + [(ln, _APART) for ln, _ in after]
        index = end + 2
    return out


def _small(line: Line, body_size: float) -> bool:
    return 0 < line.size < _NOTE_SIZE * body_size


def _in_body_font(line: Line, body_size: float) -> bool:
    return abs(line.size - body_size) < 0.5


def _with_right_ends(lines: list[Line]) -> list[Line]:
    """Lines whose right end pypdf did not report (the last of a page, or every line of some
    producers) given one estimated from their length, font size and the width of a character
    per point of font size on the other lines, or half the font size (an average character of a
    Latin font). (Per point: a footnote's characters are narrower than the body's.)"""
    widths = [
        (ln.right - ln.x) / (len(ln.text) * ln.size)
        for ln in lines
        if ln.right is not None and ln.x is not None and len(ln.text) > 10 and ln.size
    ]
    per_point = median(widths) if widths else 0.5
    return [
        ln._replace(right=ln.x + len(ln.text) * per_point * (ln.size or 11.0))
        if ln.right is None and ln.x is not None
        else ln
        for ln in lines
    ]


def _same_row(before: Line, after: Line) -> bool:
    """Two lines on one baseline, the second to the right of the first: cells of a table row."""
    if before.y is None or after.y is None or before.x is None or after.x is None:
        return False
    return abs(before.y - after.y) < 1.0 and after.x > (before.right or before.x)


def _next_column(before: Line, after: Line) -> bool:
    """The next line higher up the page and further right (further left on a page read right
    to left): the top of the next column, which like the next page may go on with the
    sentence."""
    if before.y is None or after.y is None or before.x is None or after.x is None:
        return False
    return after.y > before.y + 1.0 and abs(after.x - before.x) > 1.0


def _heading_goes_on(before: Line, after: Line, body_size: float) -> bool:
    """A heading wrapped over two lines: both in the same large font, one below the other."""
    if not (_is_heading(before, body_size) and _is_heading(after, body_size)):
        return False
    if before.y is None or after.y is None or abs(before.size - after.size) > 0.5:
        return False
    return 0 < before.y - after.y < 1.6 * before.size


def _without_footnotes(
    pages: list[list[Line]], body_size: float
) -> tuple[list[list[Line]], list[Line]]:
    """The pages without their footnotes, and the footnotes (read after the text: between the
    halves of a sentence running onto the next page or column they would break it). A footnote
    is the bottom of a page or of a column in a font smaller than the body's, from a line
    starting with its mark (and not under a heading: a box's "41 civilians killed")."""
    if not body_size:
        return pages, []
    kept: list[list[Line]] = []
    notes: list[Line] = []
    for page in pages:
        body: list[Line] = []
        index = 0
        while index < len(page):
            end = index
            while end < len(page) and _small(page[end], body_size):
                end += 1
            if end == index:
                body.append(page[index])
                index += 1
                continue
            start = next((i for i in range(index, end) if _NOTE_MARK.match(page[i].text)), end)
            boxed = index > 0 and _is_heading(page[index - 1], body_size)  # "Key figures"
            if (
                start < end
                and not boxed
                and (end == len(page) or _goes_up(page[end - 1], page[end]))
            ):
                notes.extend(page[start:end])
                body.extend(page[index:start])
            else:
                body.extend(page[index:end])
            index = end
        kept.append(body)
    return kept, notes


def _goes_up(before: Line, after: Line) -> bool:
    """The next line higher up the page: the top of the next column."""
    return before.y is not None and after.y is not None and after.y > before.y + 1.0


def _full_width(lines: list[Line]) -> float | None:
    """How wide full lines are: the 90th percentile of widths (a column's width; widths rather
    than right ends, so that every column of a page is measured alike)."""
    widths = sorted(ln.right - ln.x for ln in lines if ln.right is not None and ln.x is not None)
    return widths[int(len(widths) * 0.9)] if len(widths) >= 3 else None


class _FullWidths:
    """How wide full lines are around a line: measured on the lines near it in reading order in
    its font size (a page with a full-width lead above narrow columns has two widths of full
    lines), on all lines when too few are near. Measured only where asked (it is asked for
    only where a paragraph may end)."""

    _AROUND = 8  # lines before and after
    _ENOUGH = 5  # lines measured, at least

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._overall: float | None = None
        self._measured = False

    def around(self, index: int) -> float | None:
        line = self._lines[index]
        near = self._lines[max(0, index - self._AROUND) : index + self._AROUND + 1]
        widths = sorted(
            ln.right - ln.x
            for ln in near
            if ln.right is not None and ln.x is not None and ln.size == line.size
        )
        if len(widths) >= self._ENOUGH:
            return widths[int(len(widths) * 0.9)]
        if not self._measured:
            self._overall, self._measured = _full_width(self._lines), True
        return self._overall


def _ends_paragraph(
    before: Line,
    after: Line,
    new_page: bool,
    spacing: float | None,
    body_size: float,
    full_width: Callable[[], float | None],
    current: str,
) -> bool:
    """Whether a paragraph ends between two lines (a heading is a paragraph of its own)."""
    text = before.text
    if _BULLET.match(after.text) or _is_heading(before, body_size) or _is_heading(after, body_size):
        return True
    if not new_page and _gap_between(before, after, spacing):
        return True
    if text.endswith((",", ";", "-", "–", _SOFT_HYPHEN)) or after.text[:1].islower():
        return False
    if not text.endswith(_SENTENCE_END):
        # No full stop: a headline or label ("Published: 19 November 2025") when short and the
        # paragraph is that one line; otherwise a sentence going on (a name at the line start).
        return current == text and _short(before, after, full_width())
    return _short(before, after, full_width()) or (not new_page and _indented(before, after))


def _indented(before: Line, after: Line) -> bool:
    """A first line set in from the lines before it (how books and many reports start a
    paragraph, without a gap)."""
    if before.x is None or after.x is None:
        return False
    size = before.size or 11.0
    return 0.8 * size < after.x - before.x < 4 * size


def _gap_between(before: Line, after: Line, spacing: float | None) -> bool:
    if spacing is None or before.y is None or after.y is None:
        return False
    return before.y - after.y > _LINE_GAP * spacing


def _is_heading(line: Line, body_size: float) -> bool:
    """A line in a larger font than the body text, not ending like a sentence."""
    return bool(body_size and line.size > body_size * 1.15 and not line.text.endswith("."))


def _short(before: Line, after: Line, right: float | None) -> bool:
    """Whether a line was ended on purpose rather than wrapped: the next line's first word would
    have fitted after it, before the right edge of full lines (the last line of a paragraph, a
    heading, a label). Without positions: a line much shorter than full ones."""
    word = after.text.split(" ", 1)[0]
    if right is not None and before.right is not None and before.x is not None:
        width = before.right - before.x
        return width + (len(word) + 1) * width / max(len(before.text), 1) < right
    return len(before.text) + len(word) + 1 < 60


class _Words:
    """The words a document spells elsewhere, whole ("zaporizhzhia") or with a hyphen
    ("russian-backed"): its own evidence of how a word broken at a line end is spelled."""

    def __init__(self, lines: list[Line]) -> None:
        self._text = "\n".join(ln.text for ln in lines).lower()
        self._spelled: set[str] | None = None

    def spelled(self, word: str) -> bool:
        if self._spelled is None:  # (built on the first hyphen at a line end)
            self._spelled = set(_SPELLED.findall(self._text))
        return word in self._spelled


_SPELLED = re.compile(r"\w+(?:-\w+)*")


def _join(paragraph: str, line: str, words: _Words) -> str:
    """A line added to a paragraph: a word hyphenated at the line end joined again, unless the
    hyphen belongs to a compound ("Russian-backed", "anti-aircraft", "2025-26")."""
    if paragraph.endswith(_SOFT_HYPHEN):
        return paragraph[:-1] + line
    m = _HYPHENATED.search(paragraph)
    if m and not paragraph.endswith("--"):
        if _breaks_word(m.group(1), line, words):
            return paragraph[:-1] + line
        return paragraph + line
    return f"{paragraph} {line}"


def _breaks_word(left: str, line: str, words: _Words) -> bool:
    """Whether "left-" at a line end and the next line's first word are one word broken in two.
    The document's own spelling decides when it has one; otherwise a word is broken when the
    next line goes on in lower case, neither half is a number and the halves are no usual
    compound ("Zapo-rizhzhia", "Tues-day" yes; "Russian-backed", "self-declared" no)."""
    m = _WORD_START.match(line)
    if not m:
        return False
    right = m.group(1)
    if not right[:1].islower() or left.isdigit() or right.isdigit():
        return False
    if words.spelled(f"{left}-{right}".lower()):
        return False
    if words.spelled(f"{left}{right}".lower()):
        return True
    second = right.lower()
    if second in _LONG_COMPOUND_SECONDS or left.lower() in _COMPOUND_FIRSTS:
        return False
    return not (left[:1].isupper() and second in _COMPOUND_SECONDS)
