"""Placing one lane's marks and labels in rows without overlap, greedily by importance.

The most important events (starred, most sources, finest date, kinetic types) take room first; a
label that finds none is counted in a "+N" badge for its stretch of the axis, which the analyst
can click to zoom into. Selecting an event does not move it: rows stay as they were, and only a
selected event that would be hidden in a "+N" is given room first. Pure geometry, no Qt.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from timeline_app.domain.model import (
    TYPE_FAMILY,
    EventMark,
    EventStatus,
    EventType,
    Precision,
    TypeFamily,
)
from timeline_app.domain.timescale import Viewport

MAX_LABEL_CHARS = 42
# Zoomed into hours, a day-precise event covers its whole day: a point at noon would claim
# a time of day the text never gave.
DAY_AS_SPAN_PX = 120.0
LABEL_GAP = 4.0


@dataclass(frozen=True, slots=True)
class MarkGlyph:
    """One event's glyph at (x, y); `x0`..`x1` is its span ("point" marks have x0 == x1 == x)."""

    event_id: int
    type: EventType
    lane: str
    x: float
    y: float
    x0: float
    x1: float
    kind: str  # "point" | "exact" (a known multi-day span) | "approx" (week, month, season...)
    precision: Precision
    status: EventStatus
    source_count: int = 1
    starred: bool = False
    edited: bool = False
    selected: bool = False


@dataclass(frozen=True, slots=True)
class LabelBox:
    """A placed label: text in the box (x, y, w, h); the source badge, if any, sits at its left."""

    event_id: int
    text: str
    x: float
    y: float
    w: float
    h: float
    badge: str = ""
    badge_w: float = 0.0
    selected: bool = False
    status: EventStatus = EventStatus.HAPPENED
    on_span: bool = False  # drawn over its own span bar, so it needs a halo to stay legible


@dataclass(frozen=True, slots=True)
class OverflowBadge:
    """ "+N": labels that found no room in one stretch [first_day, last_day] of one lane."""

    lane: str
    count: int
    first_day: float
    last_day: float
    x: float
    y: float
    w: float
    h: float

    @property
    def text(self) -> str:
        return f"+{self.count}"

    def moved_to(self, y: float) -> OverflowBadge:
        return replace(self, y=y + 1)


@dataclass(slots=True)
class PlacedLane:
    marks: list[MarkGlyph]
    labels: list[LabelBox]
    overflow: list[OverflowBadge]
    rows_used: int
    hidden_selected: list[int] = field(default_factory=list)  # selected, yet only in a "+N"


class _RowSpace:
    """The taken horizontal intervals of one row, kept sorted and disjoint."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def free(self, a: float, b: float) -> bool:
        i = bisect_right(self.ends, a)
        return i >= len(self.starts) or self.starts[i] >= b

    def take(self, a: float, b: float) -> None:
        i = bisect_right(self.ends, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


_FAMILY_RANK = {
    TypeFamily.STRIKES: 0,
    TypeFamily.GROUND: 1,
    TypeFamily.DIPLOMACY: 2,
    TypeFamily.CIVIL: 3,
}
_PRECISION_RANK = {p: i for i, p in enumerate(Precision)}


def importance_key(mark: EventMark) -> tuple[int, ...]:
    """Sort key, most important first: star, sources, date precision, type.

    Not the selection: a click must not reshuffle the rows under the analyst's eye.
    """
    type_rank = 9 if mark.type is EventType.OTHER else _FAMILY_RANK[TYPE_FAMILY[mark.type]]
    return (
        not mark.starred,
        -mark.source_count,
        _PRECISION_RANK[mark.precision],
        type_rank,
        mark.day_start,
        mark.id,
    )


def label_text(mark: EventMark) -> str:
    """The label as read on the canvas: star, "≈" when approximate, title, status, edit sign."""
    title = " ".join(mark.title.split()) or mark.type.value.replace("_", " ")
    if len(title) > MAX_LABEL_CHARS:
        title = title[: MAX_LABEL_CHARS - 1].rstrip() + "…"
    approximate = mark.precision is not Precision.DAY
    prefix = ("★ " if mark.starred else "") + ("≈ " if approximate else "")
    unit = f" ({mark.precision.value})" if approximate else ""
    status = "" if mark.status is EventStatus.HAPPENED else f" · {mark.status.value}"
    return f"{prefix}{title}{unit}{status}{' ✎' if mark.edited else ''}"


def _geometry(vp: Viewport, mark: EventMark, r: float) -> tuple[str, float, float, float]:
    """(kind, glyph x, span x0, span x1), the span clipped to just outside the view."""
    x0, x1 = vp.x_of(mark.day_start), vp.x_of(mark.day_end + 1)
    one_day_wide = mark.day_start == mark.day_end and x1 - x0 < DAY_AS_SPAN_PX
    if mark.precision is Precision.DAY and (one_day_wide or x1 - x0 < 2 * r):
        x = (x0 + x1) / 2
        return "point", x, x, x
    kind = "exact" if mark.precision is Precision.DAY else "approx"
    if x1 - x0 < 2 * r + 4:  # too narrow to read as a span: widen it around its centre
        centre = (x0 + x1) / 2
        x0, x1 = centre - r - 2, centre + r + 2
    x0, x1 = max(x0, -2 * r), min(x1, vp.width + 2 * r)
    # The glyph sits at the start of the visible bar, not its middle: a glyph in the middle of
    # a month would read as a confident date.
    return kind, max(x0, 0.0) + r + 2, x0, x1


def place_lane_marks(
    vp: Viewport,
    lane: str,
    marks: Sequence[EventMark],
    *,
    top: float,
    rows: int,
    row_h: float,
    glyph_r: float,
    region_px: float,
    selected: frozenset[int],
    measure: Callable[[str], float],
) -> PlacedLane:
    """Give every mark a row and, where it fits, a label; count the labels that do not fit.

    Rows are laid out as if nothing were selected, so selecting moves nothing; only when a
    selected event would be hidden in a "+N" is the lane laid out again with it placed first.
    """
    ordered = sorted(marks, key=importance_key)
    args = (vp, lane, top, rows, row_h, glyph_r, region_px, selected, measure)
    placed = _place_in_order(ordered, *args)
    if placed.hidden_selected:
        first = set(placed.hidden_selected)
        ordered = [m for m in ordered if m.id in first] + [m for m in ordered if m.id not in first]
        placed = _place_in_order(ordered, *args)
    return placed


def _place_in_order(
    ordered: Sequence[EventMark],
    vp: Viewport,
    lane: str,
    top: float,
    rows: int,
    row_h: float,
    glyph_r: float,
    region_px: float,
    selected: frozenset[int],
    measure: Callable[[str], float],
) -> PlacedLane:
    """Place marks greedily in the given order (most important first)."""
    space = [_RowSpace() for _ in range(rows)]
    out = PlacedLane([], [], [], 0)
    hidden: dict[int, int] = {}
    region_days = region_px / vp.px_per_day
    full: set[tuple[float, float]] = set()  # glyph extents already found to fit in no row
    for mark in ordered:
        kind, gx, x0, x1 = _geometry(vp, mark, glyph_r)
        if not -glyph_r <= gx <= vp.width + glyph_r or x0 >= vp.width or x1 <= 0:
            continue  # fetched as margin for panning, but not in view
        g0, g1 = (gx - glyph_r - 1, gx + glyph_r + 1) if kind == "point" else (x0, x1)
        if (g0, g1) in full:
            # A busy day puts hundreds of marks at one x: once one found no room, the rest
            # cannot either; count them without searching the rows again.
            region = _region_of(vp, mark, region_days)
            hidden[region] = hidden.get(region, 0) + 1
            if selected and mark.id in selected:
                out.hidden_selected.append(mark.id)
            continue
        text = label_text(mark)
        badge = str(mark.source_count) if mark.source_count > 1 else ""
        badge_w = measure(badge) + 8 if badge else 0.0
        text_w = measure(text) + 2
        row, label = _place_with_label(space, vp.width, g0, g1, gx, glyph_r, badge_w, text_w)
        if row is None:
            region = _region_of(vp, mark, region_days)
            hidden[region] = hidden.get(region, 0) + 1
            if selected and mark.id in selected:
                out.hidden_selected.append(mark.id)
            row = _row_for_glyph(space, g0, g1)
            if row is None:  # no room even for the glyph: only the "+N" badge tells of it
                full.add((g0, g1))
                continue
        y_row = top + row * row_h
        out.rows_used = max(out.rows_used, row + 1)
        is_sel = mark.id in selected
        out.marks.append(
            MarkGlyph(
                mark.id, mark.type, lane, gx, y_row + row_h / 2, x0, x1, kind,
                mark.precision, mark.status, mark.source_count, mark.starred, mark.edited, is_sel,
            )
        )  # fmt: skip
        if label is not None:
            lx, lw = label
            out.labels.append(
                LabelBox(
                    mark.id, text, lx, y_row + 2, lw, row_h - 4, badge, badge_w, is_sel,
                    mark.status, x0 <= lx <= x1 and kind != "point",
                )
            )  # fmt: skip
    out.overflow = _overflow_badges(vp, lane, hidden, region_days, measure)
    return out


def _place_with_label(
    space: list[_RowSpace],
    width: float,
    g0: float,
    g1: float,
    gx: float,
    r: float,
    badge_w: float,
    text_w: float,
) -> tuple[int | None, tuple[float, float] | None]:
    """The first row with room for the glyph and its label; returns (row, (label x, label w))."""
    label_w = badge_w + text_w
    inside_x = max(gx + r + LABEL_GAP, 2.0)
    options: list[tuple[float, float, float]] = []  # (taken from, taken to, label x)
    if inside_x + label_w + LABEL_GAP <= min(g1, width) and g1 - g0 > 3 * r:
        options.append((g0, g1, inside_x))
    right_x = max(g1, gx + r) + LABEL_GAP
    if right_x >= 0 and right_x + label_w <= width:
        options.append((g0, right_x + label_w + LABEL_GAP, right_x))
    left_x = min(g0, gx - r) - LABEL_GAP - label_w
    if left_x >= 0:
        options.append((left_x - LABEL_GAP, g1, left_x))
    for row, rs in enumerate(space):
        for a, b, lx in options:
            if rs.free(a, b):
                rs.take(a, b)
                return row, (lx, label_w)
    return None, None


def _region_of(vp: Viewport, mark: EventMark, region_days: float) -> int:
    """The stretch of axis whose "+N" counts this mark: where its visible part is centred."""
    centre = (max(mark.day_start, vp.start) + min(mark.day_end + 1, vp.end)) / 2
    return math.floor(centre / region_days)


def _row_for_glyph(space: list[_RowSpace], g0: float, g1: float) -> int | None:
    """The first row where the bare glyph fits, if any."""
    for row, rs in enumerate(space):
        if rs.free(g0, g1):
            rs.take(g0, g1)
            return row
    return None


def _overflow_badges(
    vp: Viewport,
    lane: str,
    hidden: dict[int, int],
    region_days: float,
    measure: Callable[[str], float],
) -> list[OverflowBadge]:
    badges: list[OverflowBadge] = []
    for region, count in sorted(hidden.items()):
        first, last = region * region_days, (region + 1) * region_days
        if badges and badges[-1].x + badges[-1].w + 4 > vp.x_of(first):
            # Regions cut by the view's edge are narrow: fold them into their neighbour.
            prev = badges.pop()
            count, first = count + prev.count, prev.first_day
        w = measure(f"+{count}") + 10
        centre = (max(vp.x_of(first), 0) + min(vp.x_of(last), vp.width)) / 2
        x = min(max(centre - w / 2, 0), vp.width - w)
        badges.append(OverflowBadge(lane, count, first, last, x, 0.0, w, 12.0))
    return badges
