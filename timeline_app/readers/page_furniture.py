"""Furniture of printed pages: page numbers, running headers and footers, and the lines a
browser prints around a page it saves as PDF (the print date and time, the page's title and
address, "1/4"). `_without_furniture` takes them off the pages before paragraphs are built
(pages.py); `_printed_by_browser` reads the page's address, title and site from the print lines.

Kept apart from the paragraph building in pages.py: furniture is known by where a line stands
(the edges of a page) and what repeats from page to page, paragraphs by how lines follow one
another. A single page repeats nothing: there the running header and footer are the small print
on the outermost lines of its top and bottom, set apart from the body (`_margin_lines`). A web
address at a page's edge is a browser's print line only with the time of printing or the page
counter beside it ("1/4"); alone it is a report's footer, no address of the article.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from timeline_app.readers.page_lines import (
    _LINE_GAP,
    _NOTE_MARK,
    _NOTE_SIZE,
    _SPACES,
    Line,
    _body_size,
    _line_spacing,
)

# Furniture: page numbers ("3", "- 3 -", "Page 3 of 12", "3/12", "Seite 3 von 12").
_PAGE_NUMBER = re.compile(
    r"(?:(?:page|p\.|pg\.?|seite|página|pagina|pag\.|стр\.?|страница|сторінка)\s*)?"
    r"[-–—(\[]?\s*\d{1,3}\s*[-–—)\]]?(?:\s*(?:of|/|von|de|sur|из|з)\s*\d{1,3})?",
    re.IGNORECASE,
)
# What a browser prints around a saved page: the print date and time, the page's title, its
# address and "1/4". The date is the day the page was PRINTED, never its publication date.
_PRINT_TIME = re.compile(
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
)
_URL = re.compile(r"https?://\S+")
_PAGE_OF = re.compile(r"\b\d{1,4}\s*(?:/|of)\s*\d{1,4}\b", re.IGNORECASE)
_COUNTER = re.compile(r"\d{1,4}\s*(?:/|of)\s*\d{1,4}", re.IGNORECASE)  # "1/4" on its own
_MAX_PRINTED_TITLE = 120
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be furniture
_ROW_CELLS = 3  # lines on one baseline, at least, of a table's row
_TITLE_SITE = re.compile(r"^(.{12,}?)\s+[-–—|]\s+([^-–—|]{2,40})$")


def _edges(page: list[Line]) -> set[int]:
    """Indices of the lines at the top and bottom of a page: first and last in reading order,
    and highest and lowest on the page (a producer may draw its header and footer first)."""
    count = len(page)
    edge = set(range(min(_EDGE_LINES, count))) | set(range(max(0, count - _EDGE_LINES), count))
    placed = [i for i, ln in enumerate(page) if ln.y is not None]
    if placed:
        by_height = sorted(placed, key=lambda i: page[i].y or 0.0)
        edge |= set(by_height[:_EDGE_LINES]) | set(by_height[-_EDGE_LINES:])
    return edge


def _shape(text: str) -> str:
    """A line with its numbers blanked: "Page 3 of 12" and "Page 4 of 12" have one shape."""
    return re.sub(r"\d+", "#", text.lower())


def _without_furniture(pages: list[list[Line]]) -> tuple[list[list[Line]], list[str]]:
    """The pages without their furniture, and the running header's and footer's lines of a
    single page (where a report prints its date: read for it like a Word report's running
    header, base.py; a browser's print lines and page numbers are not among them)."""
    edges = [_edges(page) for page in pages]
    shapes: Counter[str] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        shapes.update({_shape(page[i].text) for i in edge})
    needed = max(2, (len(pages) + 1) // 2)
    repeated = {s for s, n in shapes.items() if n >= needed} if len(pages) > 1 else set()
    spacing = _line_spacing(pages)
    kept: list[list[Line]] = []
    running: list[str] = []
    for page, edge in zip(pages, edges, strict=True):
        furniture = {
            i
            for i in edge
            if _browser_line(page[i].text) is not None
            or (_PAGE_NUMBER.fullmatch(page[i].text) is not None and not _table_cell(page, i))
            or (_shape(page[i].text) in repeated and _set_apart(page, i, repeated, spacing))
        }
        if len(pages) == 1:
            margins = _margin_lines(page, spacing)
            running = [page[i].text for i in sorted(margins - furniture)]
            furniture |= margins
        kept.append([ln for i, ln in enumerate(page) if i not in furniture])
    return kept, running


def _margin_lines(page: list[Line], spacing: float | None) -> set[int]:
    """Indices of a single page's running header and footer, which no repetition gives away:
    the lines on the outermost baselines of its top and of its bottom in a font smaller than
    the body's, no sentence nor footnote, set apart from the body by a wider gap than between
    its lines ("Flash Update No. 7 | OCHA" above, "(c)2025 Institute for the Study of War"
    below). A small line that is the body's next (a footnote, a caption) is no such line."""
    body_size = _body_size(page)
    if not body_size or spacing is None:
        return set()
    placed = sorted(
        (i for i, ln in enumerate(page) if ln.y is not None), key=lambda i: page[i].y or 0.0
    )
    found: set[int] = set()
    for order in (placed, placed[::-1]):  # from the bottom, from the top
        band = _outer_band(page, order, body_size)
        rest = order[len(band) :]
        if not band or not rest:
            continue
        gap = abs((page[band[-1]].y or 0.0) - (page[rest[0]].y or 0.0))
        if gap > _LINE_GAP * spacing:
            found.update(band)
    return found


def _outer_band(page: list[Line], order: list[int], body_size: float) -> list[int]:
    """The lines that look like a running header's or footer's from the page's edge inwards
    (`order`), on `_EDGE_LINES` baselines at most; none when a line on those baselines does
    not look like one."""
    band: list[int] = []
    baselines: list[float] = []
    for i in order:
        y = page[i].y or 0.0
        if not baselines or abs(y - baselines[-1]) >= 1.0:
            if len(baselines) == _EDGE_LINES or not _margin_like(page[i], body_size):
                break
            baselines.append(y)
        elif not _margin_like(page[i], body_size):
            return []
        band.append(i)
    return band


def _margin_like(line: Line, body_size: float) -> bool:
    """A running header's or footer's line: small print, no sentence, no footnote."""
    text = line.text
    return (
        0 < line.size < _NOTE_SIZE * body_size
        and not text.endswith((".", "!", "?"))
        and (_NOTE_MARK.match(text) is None or _PAGE_NUMBER.fullmatch(text) is not None)
        and len(text) <= _MAX_PRINTED_TITLE
    )


def _printed_furniture(text: str) -> bool:
    return _PAGE_NUMBER.fullmatch(text) is not None or _browser_line(text) is not None


def _table_cell(page: list[Line], index: int) -> bool:
    """Whether a number at the edge of a page is a table's cell rather than a page number: two
    other lines or more share its baseline (a row of cells; a footer's name and its number, or
    a date and a number, are two)."""
    y = page[index].y
    if y is None:
        return False
    return sum(1 for ln in page if ln.y is not None and abs(ln.y - y) < 1.0) >= _ROW_CELLS


def _set_apart(page: list[Line], index: int, repeated: set[str], spacing: float | None) -> bool:
    """Whether a line repeated at the edge of pages stands apart from the body, as running
    headers and footers do: a wider gap than between lines separates it from the next line
    towards the middle of the page, or that line is furniture too. (A paragraph's last line
    "said." may end two pages; it is body text.)"""
    y = page[index].y
    if y is None or spacing is None:
        return True
    top = y >= median([ln.y for ln in page if ln.y is not None])
    towards = [
        (abs(ln.y - y), ln.text)
        for ln in page
        if ln.y is not None and (ln.y < y if top else ln.y > y)
    ]
    if not towards:
        return True
    gap, text = min(towards)
    if gap > _LINE_GAP * spacing:
        return True
    return _shape(text) in repeated or _printed_furniture(text)


def _browser_line(text: str) -> tuple[str, str] | None:
    """(url, title) of a line a browser prints above or below a saved page: "19/11/2025, 14:03
    Title - Site", "https://example.com/a 1/4", "1 of 4 19/11/2025, 14:03"; None for others."""
    timed = _PRINT_TIME.search(text)
    url = _URL.search(text)
    if not timed and not url:
        return None
    rest = _PAGE_OF.sub(" ", _URL.sub(" ", _PRINT_TIME.sub(" ", text)))
    rest = _SPACES.sub(" ", rest).strip(" ,")
    if url and not timed:
        return (url.group(), "") if not rest else None
    if timed and not url and rest and (timed.start() > 0 or not _title_like(rest)):
        return None  # a date and time inside a sentence, or a live report's time stamp
    return (url.group() if url else "", rest)


def _title_like(text: str) -> bool:
    """A page's title as a browser prints it: not a sentence (no full stop at its end) and no
    longer than a browser prints on one line."""
    return len(text) <= _MAX_PRINTED_TITLE and not text.endswith(".")


def _printed_by_browser(pages: list[list[Line]]) -> tuple[str, str, str]:
    """The page's address, title and site as the browser's print header and footer give them
    (on the first page)."""
    if not pages or not pages[0]:
        return "", "", ""
    url = title = ""
    first = pages[0]
    edges = sorted(_edges(first))
    if not any(_print_mark(first[i].text) for i in edges):
        return "", "", ""  # a web address alone: a report's footer ("www.example.org")
    for i in edges:
        found = _browser_line(first[i].text)
        if found:
            url = url or found[0]
            title = title or found[1]
    if not title:
        title = _title_beside(first, pages[1] if len(pages) > 1 else [])
    if not title:
        return url, "", ""
    m = _TITLE_SITE.match(title)
    if m and len(m.group(2).split()) <= 4:
        return url, m.group(1).strip(), m.group(2).strip()
    return url, title, ""


def _print_mark(text: str) -> bool:
    """Whether a line at a page's edge shows what only a browser prints on every page it saves:
    the time of printing, or the page counter "1/4" on its own or beside the page's address (a
    report's footer may give its organisation's web address too, without either)."""
    if _PRINT_TIME.search(text):
        return _browser_line(text) is not None
    return _COUNTER.fullmatch(text) is not None or bool(_URL.search(text) and _PAGE_OF.search(text))


def _title_beside(first: list[Line], second: list[Line]) -> str:
    """The page's title printed on a line of its own beside the print date (on the top line
    but one of the first page, or a line the next page repeats): the highest such line that
    is no print line or page number and looks like a title."""
    placed = sorted((ln for ln in first if ln.y is not None), key=lambda ln: -(ln.y or 0.0))
    repeated = {ln.text for ln in second}
    for line in placed[:_EDGE_LINES]:
        text = line.text
        if _printed_furniture(text) or not _title_like(text):
            continue
        if not second or text in repeated:
            return text
    return ""
