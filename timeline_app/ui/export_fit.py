"""Fitting an exported timeline to paper: orientation, layout width, label rows and strip heights.

A page laid out at one fixed width left half an A4 sheet empty for a short week and hid labels
behind "+N" on a busy one. Here each candidate (landscape or portrait, at a few layout widths,
narrower meaning larger print) gets as many label rows as the paper has room for, histogram
strips share what is left, and the candidate that covers most of the sheet while hiding fewest
labels wins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.ui.export_layout import EXPORT_ROWS, ROW_H, Composition

# Logical pixels across the printable width; labels are 12 px, so 1400 prints them at ~7 pt
# on A4 landscape and 950 at ~10 pt. Portrait gets fewer pixels across a narrower sheet.
LANDSCAPE_WIDTHS = (1400.0, 1150.0, 950.0, 800.0)
PORTRAIT_WIDTHS = (1000.0, 820.0)
MIN_ROWS = 3
MAX_STRIP_H = 400.0  # a histogram strip taller than this says nothing more
MAX_ROW_STRETCH = 1.6  # rows of labels spaced out to fill a sparse page, up to this much
HIDDEN_WEIGHT = 0.6  # how much a hidden label costs against a sheet filled
LANDSCAPE_BONUS = 0.03  # a time axis reads better wide: landscape wins a near tie

# make(width, rows, lanes_height, row_h) -> the page laid out that way
Make = Callable[[float, int, float, float], Composition]


@dataclass(frozen=True, slots=True)
class PageFit:
    landscape: bool
    width: float
    comp: Composition


def fit_page(make: Make, paper: tuple[float, float]) -> PageFit:
    """The best layout for printable `paper` (long side, short side; any unit)."""
    best: tuple[float, PageFit] | None = None
    for landscape, widths in ((True, LANDSCAPE_WIDTHS), (False, PORTRAIT_WIDTHS)):
        for width in widths:
            comp = fit_at(make, width, room_for(paper, landscape, width))
            score = _score(comp, room_for(paper, landscape, width))
            score += LANDSCAPE_BONUS if landscape else 0.0
            if best is None or score > best[0] + 1e-6:
                best = (score, PageFit(landscape, width, comp))
    assert best is not None
    return best[1]


def room_for(paper: tuple[float, float], landscape: bool, width: float) -> float:
    """The page's height in logical pixels when `width` of them span its printable width."""
    long_side, short_side = paper
    return width * (short_side / long_side if landscape else long_side / short_side)


def fit_at(make: Make, width: float, room: float, *, fill: bool = True) -> Composition:
    """The page at `width`: the most label rows that fit in `room`, then (`fill`) strips take
    the rest."""
    rows = EXPORT_ROWS
    comp = make(width, rows, 0.0, ROW_H)
    if comp.height > room:  # fewer rows, or every row printed smaller: whichever reads better
        fewer, fewer_rows = _fewer_rows(make, width, room)
        if _score(fewer, room) > _score(comp, room):
            comp, rows = fewer, fewer_rows
    if not fill:
        return comp
    comp = _fill_strips(make, width, rows, room, comp)
    return _space_rows(make, width, rows, room, comp)


def _fewer_rows(make: Make, width: float, room: float) -> tuple[Composition, int]:
    """Binary search for the most rows that still fit; MIN_ROWS when none do."""
    lo, hi = MIN_ROWS, EXPORT_ROWS - 1
    found: tuple[Composition, int] | None = None
    while lo <= hi:
        mid = (lo + hi) // 2
        comp = make(width, mid, 0.0, ROW_H)
        if comp.height <= room:
            found, lo = (comp, mid), mid + 1
        else:
            hi = mid - 1
    if found is None:
        return make(width, MIN_ROWS, 0.0, ROW_H), MIN_ROWS
    return found


def _fill_strips(
    make: Make, width: float, rows: int, room: float, comp: Composition
) -> Composition:
    """Give histogram strips the page's spare height (label lanes keep their own)."""
    scene = comp.scene
    dense = [lane for lane in scene.lanes if lane.dense and not lane.collapsed]
    spare = room - comp.height
    if not dense or spare < 8:
        return comp
    layout = scene.layout
    open_lanes = [lane for lane in scene.lanes if not lane.collapsed]
    strip_h = min(dense[0].h + spare / len(dense), MAX_STRIP_H)
    closed = len(scene.lanes) - len(open_lanes)
    lanes_height = layout.axis_h + closed * layout.header_h + len(open_lanes) * strip_h
    grown = make(width, rows, lanes_height - 0.5, ROW_H)
    return grown if grown.height <= room + 0.5 else comp


def _space_rows(make: Make, width: float, rows: int, room: float, comp: Composition) -> Composition:
    """Space out the rows of labels when the page still has height to spare."""
    scene = comp.scene
    layout = scene.layout
    label_rows = sum(
        (lane.h - layout.header_h - layout.footer_h) / layout.row_h
        for lane in scene.lanes
        if not lane.dense and not lane.collapsed
    )
    spare = room - comp.height
    if label_rows < 1 or spare < layout.row_h:
        return comp
    stretch = min(MAX_ROW_STRETCH, 1 + spare / (label_rows * layout.row_h))
    strips = sum(lane.h for lane in scene.lanes if lane.dense and not lane.collapsed)
    n_open = sum(1 for lane in scene.lanes if not lane.collapsed)
    n_dense = sum(1 for lane in scene.lanes if lane.dense and not lane.collapsed)
    lanes_height = 0.0
    if n_dense:  # keep the strips as tall as they were
        closed = len(scene.lanes) - n_open
        lanes_height = layout.axis_h + closed * layout.header_h + n_open * strips / n_dense - 0.5
    for factor in (stretch, (1 + stretch) / 2):
        spaced = make(width, rows, lanes_height, layout.row_h * factor)
        if spaced.height <= room + 0.5 and spaced.hidden <= comp.hidden:
            return spaced
    return comp


def _score(comp: Composition, room: float) -> float:
    """Share of the sheet covered, less a cost for the labels hidden in "N more events"."""
    scale = min(1.0, room / comp.height)
    covered = comp.height * scale / room * scale
    shown = len(comp.scene.labels)
    return covered - HIDDEN_WEIGHT * comp.hidden / max(shown + comp.hidden, 1)
