"""Reading order of a printed page laid out in columns: what a reader reads first.

pypdf reports text in the order the file draws it. Typesetters and word processors draw a page
column by column, but some producers (report generators, some "print to PDF" drivers) draw it
row by row: the first line of the left column, then the first line of the right column, and so
on. pypdf then puts both on one line and the two columns' sentences interleave, so events take
the date or place of the other column. Sidebars ("Key figures") drawn beside the body and tables
drawn row by row raise the same question.

This module answers it from the positions pypdf gives (where each piece of text starts, the
font size), without pypdf's layout mode (slower, and it prints columns side by side):

1. Split the lines pypdf joined at a gutter (`_split_at_gutters`): a piece that starts on the
   same baseline at an x where other lines of the page start too, and that few lines run across.
2. Find the page's column starts ("gutters") the same way, and cut the page into bands from top
   to bottom: a full-width title or lead above two columns is a band of its own, the columns
   below it another (`_bands`).
3. Read a band of columns column by column, each top to bottom, left to right (right to left on
   an Arabic or Hebrew page); a band that is a table (cells on shared baselines, some column of
   short cells) row by row, one line per row, so that pages.py joins its cells with " | " (a
   label and its value, "Published:" "19 November 2025", as one line of text).

A page without columns keeps pypdf's order unchanged, and a list's numbers or bullets drawn
apart from their items make no column. Columns are found by their left edges; on a right-to-left
page whose columns align only on the right (ragged-left), by their right ends (the page read in
a mirror), which are known when pypdf reports where lines end and estimated otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from statistics import median

from timeline_app.readers.page_lines import Line

# A piece of a line as pypdf reported it: the offset in the line's text where it starts, the x
# and y where the page prints it and its font size (pieces after the first only; pypdf puts
# pieces on one line when their baselines are less than most of a font size apart).
Cut = tuple[int, float, float, float]

_NEAR = 3.0  # points: two starts this close are one alignment
_MIN_STARTS = 3  # lines that must start at an x for it to be a column's left edge
_CROSS_MARGIN = 1.5  # font sizes past a gutter that a line must reach to run across it
_CHAR = 0.5  # an average character's width in font sizes (Latin fonts), when not measured
_SAME_ROW = 2.0  # points between baselines of one row
_TABLE_ALIGNED = 0.6  # share of a band's rows with text in two columns or more: a table's
_TABLE_FILL = 0.55  # a table has a column whose cells fill less than this of its width
_CELL_WORDS = 2  # or whose cells hold this many words or fewer (a line of text holds more)
_RUNNING_WORDS = 5  # running text: its lines hold this many words or more (the median)...
_RUNNING_SHARE = 2 / 3  # ...and this share of them go on with their sentence on the next line
_SENTENCE_END = (".", "!", "?", ":", "…")
_RTL_SHARE = 0.5  # an Arabic or Hebrew page: this share of its letters in those scripts
_RTL_LETTER = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)
_LETTER = re.compile(r"[^\W\d_]")
_LIST_MARK = re.compile(r"[•▪◦●■\-–—*]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]?")


def in_reading_order(lines: list[Line], cuts: list[list[Cut]]) -> list[Line]:
    """The page's lines in reading order: lines pypdf joined across a gutter split, columns read
    one after the other. `cuts` gives, for each line, where pieces after the first started."""
    width = _char_width([ln for ln, line_cuts in zip(lines, cuts, strict=True) if not line_cuts])
    fragments = _split_at_gutters(lines, cuts, width)
    if len(fragments) < _MIN_STARTS or any(f.x is None or f.y is None for f in fragments):
        return fragments
    gutters = _gutters(fragments, width)
    if not gutters:
        return _by_right_edges(fragments, width) if _right_to_left(fragments) else fragments
    rtl = _right_to_left(fragments)
    ordered: list[Line] = []
    for band in _bands(_rows(fragments), gutters, width):
        ordered.extend(_band_order(band, width, rtl))
    return ordered


def _by_right_edges(fragments: list[Line], width: float) -> list[Line]:
    """A right-to-left page whose columns align only on the right (ragged-left, as Arabic and
    Hebrew are set unless justified), in reading order: the page mirrored, so that right edges
    become left edges, read as a left-to-right page, and mirrored back. Unchanged when the
    mirrored page has no columns either."""
    mirrored = [_mirrored(f, width) for f in fragments]
    gutters = _gutters(mirrored, width)
    if not gutters:
        return fragments
    originals = {id(m): f for m, f in zip(mirrored, fragments, strict=True)}
    ordered: list[Line] = []
    for band in _bands(_rows(mirrored), gutters, width):
        ordered.extend(_band_order(band, width, rtl=False))
    return [originals.get(id(m)) or _mirrored(m, width) for m in ordered]  # (joined cells: new)


def _mirrored(line: Line, width: float) -> Line:
    """A line as a mirror shows the page: its right end its left end, and the other way round."""
    return line._replace(x=-_right_end(line, width), right=-(line.x or 0.0))


def _char_width(lines: list[Line]) -> float:
    """The page's width of a character per point of font size, measured on the lines whose
    right end pypdf reported (the average of a Latin font when none did). Lines of several
    pieces are left out: the "end" pypdf reports for them may be where a later piece starts."""
    ratios = [
        (ln.right - ln.x) / (len(ln.text) * ln.size)
        for ln in lines
        if ln.right is not None and ln.x is not None and ln.size and len(ln.text) > 10
    ]
    ratios = [r for r in ratios if 0.25 < r < 0.8]  # (a right end from another column: none)
    return median(ratios) if len(ratios) >= 5 else _CHAR


def _right_end(line: Line, width: float) -> float:
    x = line.x or 0.0
    if line.right is not None and line.right > x:
        return line.right
    return x + len(line.text) * width * (line.size or 11.0)


def _near(x: float, xs: Iterable[float]) -> bool:
    return any(abs(x - g) <= _NEAR for g in xs)


def _crosses(line: Line, gutter: float, width: float) -> bool:
    """Whether a line runs across a gutter: starts left of it and reaches well past it."""
    x = line.x
    if x is None or x > gutter - _NEAR:
        return False
    return _right_end(line, width) > gutter + _CROSS_MARGIN * (line.size or 11.0)


def _aligned_starts(starts: list[float]) -> list[float]:
    """The x where at least `_MIN_STARTS` starts fall within `_NEAR` after it (the smallest of
    each such group)."""
    found: list[float] = []
    xs = sorted(starts)
    for i, x in enumerate(xs):
        if found and x - found[-1] <= _NEAR:
            continue
        if len(xs) - i >= _MIN_STARTS and xs[i + _MIN_STARTS - 1] - x <= _NEAR:
            found.append(x)
    return found


# --- 1. lines joined across a gutter --------------------------------------------------------


def _split_at_gutters(lines: list[Line], cuts: list[list[Cut]], width: float) -> list[Line]:
    """The lines with those pypdf joined across a gutter split there. A piece's start is a
    gutter when lines start there (as pieces or lines of their own) at least `_MIN_STARTS`
    times and no more lines run across it than start at it (a word that happens to start at
    the same x on three lines of a paragraph has the whole paragraph running across it)."""
    pieces = [cut[1] for line_cuts in cuts for cut in line_cuts]
    if not pieces:
        return lines
    starts = [ln.x for ln in lines if ln.x is not None] + pieces
    candidates = [g for g in _aligned_starts(starts) if _near(g, pieces)]
    gutters = [g for g in candidates if _is_gutter(g, lines, cuts, width)]
    if not gutters:
        return lines
    out: list[Line] = []
    for line, line_cuts in zip(lines, cuts, strict=True):
        at_gutters = [cut for cut in line_cuts if _near(cut[1], gutters) and not _marked(line, cut)]
        out.extend(_split(line, at_gutters, width))
    return out


def _marked(line: Line, cut: Cut) -> bool:
    """Whether the text before a cut is a list's bullet or number ("1.", "•"): the item's text
    set at a tab stop goes on the same line, in no column of its own."""
    return _LIST_MARK.fullmatch(line.text[: cut[0]].strip()) is not None


def _is_gutter(gutter: float, lines: list[Line], cuts: list[list[Cut]], width: float) -> bool:
    """Whether lines start at `gutter` (as lines or pieces) `_MIN_STARTS` times or more, and
    more often than other lines between the highest and the lowest of them run across it."""
    using: list[float] = []
    others: list[Line] = []  # the lines that neither start nor have a piece at the gutter
    for line, line_cuts in zip(lines, cuts, strict=True):
        at = [y for _, x, y, _ in line_cuts if abs(x - gutter) <= _NEAR]
        if line.x is not None and abs(line.x - gutter) <= _NEAR:
            at.append(line.y or 0.0)
        if at:
            using += at
        else:
            others.append(line)
    if len(using) < _MIN_STARTS:
        return False
    return len(using) >= _crossing(gutter, others, min(using), max(using), width)


def _crossing(gutter: float, lines: list[Line], low: float, high: float, width: float) -> int:
    """How many lines between the heights `low` and `high` run across a gutter (the lines
    above and below the rows that use it, a title or the text around a table, do not count)."""
    return sum(
        1
        for line in lines
        if line.y is not None and low <= line.y <= high and _crosses(line, gutter, width)
    )


def _split(line: Line, cuts: list[Cut], width: float) -> list[Line]:
    if not cuts:
        return [line]
    out: list[Line] = []
    start, x, y, size = 0, line.x, line.y, line.size
    for at, next_x, next_y, next_size in [*cuts, (len(line.text), None, None, 0.0)]:
        text = line.text[start:at].strip()
        if text and x is not None:
            # The right end: where the next piece starts at most (pypdf's is the last piece's).
            right = (
                line.right if next_x is None else min(_right_guess(x, text, size, width), next_x)
            )
            if right is not None and right <= x:
                right = None
            out.append(Line(text, y=y, x=x, right=right, size=size))
        start, x, y, size = at, next_x, next_y, next_size
    return out


def _right_guess(x: float, text: str, size: float, width: float) -> float:
    return x + len(text) * width * (size or 11.0)


# --- 2. gutters and bands -------------------------------------------------------------------


def _gutters(fragments: list[Line], width: float) -> list[float]:
    """Left edges of the page's columns but the first: an x where at least `_MIN_STARTS` lines
    start, that no more lines run across than start there (an indented first line, a bullet's
    hanging indent or a centred heading has the body's lines running across it) and that has
    lines of another column on its left (a body set in from the running heads has none)."""
    starts = [f.x for f in fragments if f.x is not None]
    leftmost = min(starts)
    gutters = []
    for g in _aligned_starts(starts):
        if g - leftmost <= _NEAR:
            continue
        using = [f.y or 0.0 for f in fragments if f.x is not None and abs(f.x - g) <= _NEAR]
        low, high = min(using), max(using)
        if len(using) >= _crossing(g, fragments, low, high, width) and _beside(
            g, fragments, low, high
        ):
            gutters.append(g)
    return gutters


def _beside(gutter: float, fragments: list[Line], low: float, high: float) -> bool:
    """Whether at least `_MIN_STARTS` lines start left of a gutter between the heights `low`
    and `high`."""
    count = 0
    for f in fragments:
        if f.x is None or f.y is None or not f.x < gutter - _NEAR or not low <= f.y <= high:
            continue
        if _LIST_MARK.fullmatch(f.text) is None:  # (a list's numbers make no column)
            count += 1
            if count >= _MIN_STARTS:
                return True
    return False


def _rows(fragments: list[Line]) -> list[list[Line]]:
    """The fragments grouped by baseline, from the top of the page down, each row left to
    right (the order pypdf gave kept among fragments on one baseline at one x)."""
    ordered = sorted(fragments, key=lambda f: -(f.y or 0.0))
    rows: list[list[Line]] = []
    for fragment in ordered:
        if rows and abs((rows[-1][0].y or 0.0) - (fragment.y or 0.0)) <= _SAME_ROW:
            rows[-1].append(fragment)
        else:
            rows.append([fragment])
    return [sorted(row, key=lambda f: f.x or 0.0) for row in rows]


class _Band:
    """Rows read together: a band of columns (its gutters those its rows start lines at), or a
    band of full-width rows (no gutters) read top to bottom."""

    def __init__(self) -> None:
        self.rows: list[list[Line]] = []
        self.gutters: set[float] = set()
        self.wide = False  # a row of the band runs across a gutter of the page


def _bands(rows: list[list[Line]], gutters: list[float], width: float) -> list[_Band]:
    """The rows cut into bands (`_starts_band`): a full-width title, lead or footnote between
    bands of columns, a table above two columns of text."""
    bands = [_Band()]
    for row in rows:
        blocked = {g for g in gutters for f in row if _crosses(f, g, width)}
        used = {g for g in gutters for f in row if f.x is not None and abs(f.x - g) <= _NEAR}
        band = bands[-1]
        if _starts_band(band, blocked, used):
            band = _Band()
            bands.append(band)
        band.rows.append(row)
        band.gutters |= used
        band.wide = band.wide or bool(blocked)
    return [band for band in bands if band.rows]


def _starts_band(band: _Band, blocked: set[float], used: set[float]) -> bool:
    """Whether a row starts a new band: it runs across a gutter of the band's columns (other
    gutters of the page, those of a table above or below, do not count), or starts a column's
    line after full-width rows."""
    if band.gutters:
        return bool(band.gutters & blocked)
    return bool(used) and band.wide


# --- 3. reading a band ----------------------------------------------------------------------


# A band's row with the column of each of its fragments.
_Row = list[tuple[int, Line]]


def _band_order(band: _Band, width: float, rtl: bool) -> list[Line]:
    if not band.gutters:
        return [f for row in band.rows for f in row]
    gutters = sorted(band.gutters)
    rows = [[(_column(f, gutters), f) for f in row] for row in band.rows]
    columns: list[list[Line]] = [[] for _ in range(len(gutters) + 1)]
    for row in rows:
        for column, fragment in row:
            columns[column].append(fragment)
    if _is_table(rows, columns, gutters, width):
        return _table_rows(rows, rtl)
    if rtl:
        columns.reverse()
    return [f for column in columns for f in column]


def _column(fragment: Line, gutters: list[float]) -> int:
    x = fragment.x or 0.0
    return sum(1 for g in gutters if x >= g - _NEAR)


def _is_table(
    rows: list[_Row], columns: list[list[Line]], gutters: list[float], width: float
) -> bool:
    """A table: most rows have text in two columns or more on one baseline, and some column
    holds cells rather than running text: a word or two a line (a place, a number, a label),
    or lines short for its width. Columns of running text drawn row by row share
    baselines too, but their lines hold several words and fill their columns."""
    filled = sum(1 for row in rows if len({column for column, _ in row}) >= 2)
    if filled < _MIN_STARTS or filled < _TABLE_ALIGNED * len(rows):
        return False
    if any(_running_text(column) for column in columns):
        return False  # a body beside a sidebar of short lines set at the body's spacing
    edges = [min(f.x or 0.0 for column in columns for f in column), *gutters]
    right = max(_right_end(f, width) for column in columns for f in column)
    for cells, left, end in zip(columns, edges, [*edges[1:], right], strict=True):
        if not cells:
            continue
        if median(len(f.text.split()) for f in cells) <= _CELL_WORDS:
            return True
        fill = median(_right_end(f, width) - (f.x or 0.0) for f in cells)
        if fill < _TABLE_FILL * max(end - left, 1.0):
            return True
    return False


def _running_text(lines: list[Line]) -> bool:
    """Whether a column holds running text: lines of several words, most of which end in the
    middle of a sentence that the next line goes on with (in lower case, or after a comma). A
    table's cells start afresh on each row; a cell wrapped over two rows goes on only once."""
    if len(lines) <= _MIN_STARTS or median(len(ln.text.split()) for ln in lines) < _RUNNING_WORDS:
        return False
    going_on = sum(
        1
        for line, after in zip(lines, lines[1:], strict=False)
        if not line.text.rstrip().endswith(_SENTENCE_END)
        and (after.text[:1].islower() or line.text.rstrip().endswith((",", ";", "-")))
    )
    return going_on >= _MIN_STARTS and going_on >= _RUNNING_SHARE * (len(lines) - 1)


def _table_rows(rows: list[_Row], rtl: bool) -> list[Line]:
    """A table's rows, one line each (cells on one baseline, joined by pages.py). A row with
    nothing in the first column right under a row is a cell's wrapped text: it is added to the
    cell above it."""
    out: list[_Row] = []
    for row in rows:
        cells = dict(row)
        if out and 0 not in cells and len(row) < len(out[-1]):
            above = {column: i for i, (column, _) in enumerate(out[-1])}
            if all(column in above for column in cells):
                for column, fragment in cells.items():
                    i = above[column]
                    cell = out[-1][i][1]
                    out[-1][i] = (column, cell._replace(text=f"{cell.text} {fragment.text}"))
                continue
        out.append(list(row))
    lines = [[f for _, f in row] for row in out]
    if rtl:
        lines = [row[::-1] for row in lines]
    return [f for row in lines for f in _label_joined(row)]


def _label_joined(row: list[Line]) -> list[Line]:
    """A row of a label and its value ("Published:", "19 November 2025") as one line, as it
    reads; the cells of other rows as they are."""
    if len(row) != 2 or not row[0].text.endswith(":"):
        return row
    label, value = row
    return [label._replace(text=f"{label.text} {value.text}", right=value.right)]


def _right_to_left(fragments: list[Line]) -> bool:
    """An Arabic or Hebrew page, read right to left: most of its letters in those scripts."""
    text = "".join(f.text for f in fragments)
    if _RTL_LETTER.search(text) is None:  # (most pages: no need to count)
        return False
    return len(_RTL_LETTER.findall(text)) > _RTL_SHARE * len(_LETTER.findall(text))
