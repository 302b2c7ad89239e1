"""The drawable timeline scene: lanes, marks, labels, "+N" counts and histogram strips, as geometry.

Pure code (no Qt): `build_scene` turns a `Viewport`, lane specs and the store's `EventMark` /
`DayCount` rows into rectangles and points the painter draws and the widget hit-tests. Text widths
come from a `measure` callable so the same layout serves the screen, SVG and PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from timeline_app.domain.model import (
    DayCount,
    EventMark,
    EventStatus,
    EventType,
    Precision,
)
from timeline_app.domain.scene_histogram import (
    HistBar,
    bin_days_for,
    histogram_bars,
)

# Lanes live in scene_lanes.py; callers keep importing them from here.
from timeline_app.domain.scene_lanes import GROUPINGS as GROUPINGS
from timeline_app.domain.scene_lanes import LaneSpec as LaneSpec
from timeline_app.domain.scene_lanes import entity_lanes as entity_lanes
from timeline_app.domain.scene_lanes import lane_of_type
from timeline_app.domain.scene_lanes import lanes_for as lanes_for
from timeline_app.domain.scene_layout import (
    LabelBox,
    MarkGlyph,
    OverflowBadge,
    place_lane_marks,
)
from timeline_app.domain.timescale import AxisTicks, Viewport, axis_ticks, weekend_days

Measure = Callable[[str], float]


def approx_measure(text: str) -> float:
    """A font-free width estimate (DejaVu Sans 9 pt averages ~6.4 px a character)."""
    return len(text) * 6.4


@dataclass(frozen=True, slots=True)
class SceneLayout:
    """Pixel sizes of the scene's parts; one place to tune density."""

    axis_h: float = 44.0
    header_h: float = 20.0
    row_h: float = 20.0
    footer_h: float = 14.0
    glyph_r: float = 5.0
    bin_px: float = 5.0
    region_px: float = 150.0
    max_rows: int = 40
    export_rows: int = 10


@dataclass(frozen=True, slots=True)
class LaneBox:
    key: str
    title: str
    y: float
    h: float
    count: int
    collapsed: bool
    dense: bool
    hist_max: int = 0
    bin_days: int = 0


@dataclass(slots=True)
class Scene:
    """Everything one frame draws, in widget pixels (x=0 is the viewport's start)."""

    viewport: Viewport
    width: float
    height: float
    axis: AxisTicks
    layout: SceneLayout
    lanes: list[LaneBox] = field(default_factory=list)
    marks: list[MarkGlyph] = field(default_factory=list)
    labels: list[LabelBox] = field(default_factory=list)
    overflow: list[OverflowBadge] = field(default_factory=list)
    # Histogram bars per dense lane as (x offset, bars with x from the lane's first bin): the
    # same lists serve every frame at this zoom (a pan only changes the offset), so the painter
    # reuses its rectangles. Offsets keep coordinates small, which the rasteriser needs.
    bar_groups: list[tuple[float, list[HistBar]]] = field(default_factory=list)
    weekends: list[tuple[float, float]] = field(default_factory=list)
    today_x: float | None = None
    reference_xs: list[float] = field(default_factory=list)

    @property
    def bars(self) -> list[HistBar]:
        """Every histogram bar in view, in view pixels."""
        right = self.width
        return [
            b._replace(x=b.x + dx)
            for dx, group in self.bar_groups
            for b in group
            if b.x + dx + b.w >= 0 and b.x + dx <= right
        ]

    # --- hit testing (pure, so the widget and the tests share it) ---------------------------
    def event_at(self, x: float, y: float, slop: float = 3.0) -> int | None:
        """The event whose label or glyph is under (x, y); the closest glyph wins."""
        for label in self.labels:
            if label.x <= x <= label.x + label.w and label.y <= y <= label.y + label.h:
                return label.event_id
        best: tuple[float, int] | None = None
        for m in self.marks:
            dist = _distance_to_mark(m, x, y, self.layout.glyph_r + slop)
            if dist is not None and (best is None or dist < best[0]):
                best = (dist, m.event_id)
        return best[1] if best else None

    def events_in_rect(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        return [
            m.event_id
            for m in self.marks
            if m.x1 >= left and m.x0 <= right and top <= m.y <= bottom
        ]

    def lane_at(self, y: float) -> LaneBox | None:
        return next((lane for lane in self.lanes if lane.y <= y < lane.y + lane.h), None)

    def lane_header_at(self, x: float, y: float) -> LaneBox | None:
        lane = self.lane_at(y)
        if lane and y < lane.y + self.layout.header_h and x < 220:
            return lane
        return None

    def overflow_at(self, x: float, y: float) -> OverflowBadge | None:
        return next(
            (b for b in self.overflow if b.x <= x <= b.x + b.w and b.y <= y <= b.y + b.h), None
        )


def _distance_to_mark(m: MarkGlyph, x: float, y: float, reach: float) -> float | None:
    if abs(y - m.y) > reach:
        return None
    dx = 0.0 if m.x0 <= x <= m.x1 else min(abs(x - m.x0), abs(x - m.x1))
    dx = min(dx, abs(x - m.x))
    return dx + abs(y - m.y) if dx <= reach else None


# --- building ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SceneData:
    """What the store gave for this frame: marks for sparse lanes, day counts for dense ones.

    Lanes by actor, place or source also carry the lanes found (`lane_keys`, `folded` names in
    the "other" lane), each mark's lanes (`event_lanes`) and dense lanes' counts (`lane_counts`,
    from the marks: the per-day summary knows types, not names).
    """

    marks: Sequence[EventMark] = ()
    counts: Sequence[DayCount] = ()
    dense_lanes: frozenset[str] = frozenset()
    bin_days: int = 1  # counts already summed per bin of this many days (day = bin start)
    lane_keys: tuple[str, ...] | None = None
    folded: int = 0
    event_lanes: Mapping[int, tuple[str, ...]] | None = None
    lane_counts: Mapping[str, Sequence[DayCount]] | None = None


class SceneCache:
    """Work that survives between frames: lane splits of the counts and histogram bars.

    Keys hold the identity of the `SceneData.counts` they came from, so new data is never
    mixed with old; the cache keeps a reference to that list so its id cannot be reused.
    """

    def __init__(self, size: int = 64) -> None:
        self._items: dict[tuple[object, ...], object] = {}
        self._size = size

    def get(self, key: tuple[object, ...]) -> object | None:
        return self._items.get(key)

    def put(self, key: tuple[object, ...], value: object) -> None:
        if len(self._items) >= self._size:
            self._items.clear()
        self._items[key] = value


def build_scene(
    vp: Viewport,
    height: float,
    lanes: Sequence[LaneSpec],
    data: SceneData,
    *,
    selected: frozenset[int] = frozenset(),
    measure: Measure = approx_measure,
    layout: SceneLayout | None = None,
    today: int | None = None,
    reference_days: Sequence[int] = (),
    grow: bool = False,
    cache: SceneCache | None = None,
) -> Scene:
    """Lay out one frame. `grow` (export) sizes lanes to their content instead of to `height`.

    `cache` (the widget keeps one) lets frames at the same zoom reuse histogram bars.
    """
    layout = layout or SceneLayout()
    cache = cache or SceneCache()
    scene = Scene(vp, vp.width, height, axis_ticks(vp), layout)
    scene.weekends = [(vp.x_of(d), vp.x_of(d + 1)) for d in weekend_days(vp)]
    scene.today_x = vp.x_of(today + 0.5) if today is not None and _visible(vp, today) else None
    scene.reference_xs = [vp.x_of(d + 0.5) for d in reference_days if _visible(vp, d)]
    counts_source: object = data.counts
    counts_by_lane: Mapping[str, Sequence[DayCount]]
    if data.event_lanes is not None:
        marks_by_lane = _marks_by_event_lane(vp, data.marks, data.event_lanes)
        counts_by_lane = counts_source = data.lane_counts or {}
        if cache.get(("hold", id(counts_source))) is None:  # keeps its id from being reused
            cache.put(("hold", id(counts_source)), counts_source)
    else:
        lane_key = lane_of_type(lanes)
        marks_by_lane = _marks_by_lane(vp, data.marks, lane_key)
        counts_by_lane = _counts_by_lane(data.counts, lane_key, cache)
    heights = _lane_heights(lanes, height - layout.axis_h, layout, data.dense_lanes)
    y = layout.axis_h
    for spec, lane_h in zip(lanes, heights, strict=True):
        dense = spec.key in data.dense_lanes
        if dense:
            lane_counts = counts_by_lane.get(spec.key, [])
            box = _histogram_lane(scene, spec, y, lane_h, lane_counts, (id(counts_source), cache))
        else:
            box = _marks_lane(
                scene, spec, y, lane_h, marks_by_lane.get(spec.key, []), selected, measure, grow
            )
        scene.lanes.append(box)
        y += box.h
    scene.height = y if grow else max(height, y)
    return scene


def _visible(vp: Viewport, day: int) -> bool:
    return vp.start - 1 <= day <= vp.end


def _marks_by_lane(
    vp: Viewport, marks: Sequence[EventMark], lane_key: dict[EventType, str]
) -> dict[str, list[EventMark]]:
    out: dict[str, list[EventMark]] = {}
    first, last = vp.start, vp.end
    for m in marks:  # day N covers [N, N + 1): keep the marks whose days meet the view
        if m.day_end + 1 > first and m.day_start < last and m.type in lane_key:
            out.setdefault(lane_key[m.type], []).append(m)
    return out


def _marks_by_event_lane(
    vp: Viewport, marks: Sequence[EventMark], event_lanes: Mapping[int, tuple[str, ...]]
) -> dict[str, list[EventMark]]:
    """Marks per actor / place / source lane; an event with several names is in each lane."""
    out: dict[str, list[EventMark]] = {}
    first, last = vp.start, vp.end
    for m in marks:
        if m.day_end + 1 > first and m.day_start < last:
            for key in event_lanes.get(m.id, ()):
                out.setdefault(key, []).append(m)
    return out


def _counts_by_lane(
    counts: Sequence[DayCount], lane_key: dict[EventType, str], cache: SceneCache
) -> dict[str, list[DayCount]]:
    """The window's counts split by lane (once per fetched window, not once per frame)."""
    key = ("lanes", id(counts), tuple(sorted(lane_key.items())))
    hit = cache.get(key)
    if hit is not None:
        return hit[1]  # type: ignore[index, no-any-return]
    out: dict[str, list[DayCount]] = {}
    for c in counts:
        lane = lane_key.get(c.type)
        if lane is not None:
            out.setdefault(lane, []).append(c)
    cache.put(key, (counts, out))
    return out


def _lane_heights(
    lanes: Sequence[LaneSpec], available: float, layout: SceneLayout, dense: frozenset[str]
) -> list[float]:
    """Collapsed lanes keep their header; the others share what is left equally."""
    open_lanes = [lane for lane in lanes if not lane.collapsed]
    fixed = layout.header_h * (len(lanes) - len(open_lanes))
    minimum = layout.header_h + layout.row_h * 2 + layout.footer_h
    share = max((available - fixed) / max(len(open_lanes), 1), minimum)
    return [layout.header_h if lane.collapsed else share for lane in lanes]


def _marks_lane(
    scene: Scene,
    spec: LaneSpec,
    y: float,
    lane_h: float,
    marks: list[EventMark],
    selected: frozenset[int],
    measure: Measure,
    grow: bool,
) -> LaneBox:
    layout = scene.layout
    if spec.collapsed:
        return LaneBox(spec.key, spec.title, y, layout.header_h, len(marks), True, False)
    rows_fit = int((lane_h - layout.header_h - layout.footer_h) // layout.row_h)
    rows = layout.export_rows if grow else max(1, min(rows_fit, layout.max_rows))
    placed = place_lane_marks(
        scene.viewport,
        spec.key,
        marks,
        top=y + layout.header_h,
        rows=rows,
        row_h=layout.row_h,
        glyph_r=layout.glyph_r,
        region_px=layout.region_px,
        selected=selected,
        measure=measure,
    )
    scene.marks.extend(placed.marks)
    scene.labels.extend(placed.labels)
    used_h = layout.header_h + placed.rows_used * layout.row_h + layout.footer_h
    h = max(used_h, layout.header_h + layout.row_h + layout.footer_h) if grow else lane_h
    footer_y = y + h - layout.footer_h
    scene.overflow.extend(b.moved_to(footer_y) for b in placed.overflow)
    return LaneBox(spec.key, spec.title, y, h, len(marks), False, False)


def _histogram_lane(
    scene: Scene,
    spec: LaneSpec,
    y: float,
    lane_h: float,
    counts: Sequence[DayCount],
    source: tuple[int, SceneCache],
) -> LaneBox:
    layout, vp = scene.layout, scene.viewport
    first, last = vp.start - 1, vp.end
    total = sum(c.count for c in counts if first <= c.day <= last)
    if spec.collapsed:
        return LaneBox(spec.key, spec.title, y, layout.header_h, total, True, True)
    if lane_h < layout.header_h + layout.row_h * 2:
        lane_h = layout.header_h + layout.row_h * 3  # export: a readable strip
    bin_days = bin_days_for(vp.px_per_day, layout.bin_px)
    counts_id, cache = source
    key = ("bars", counts_id, spec.key, bin_days, vp.px_per_day, y, lane_h)
    hit = cache.get(key)
    if hit is None:
        hit = histogram_bars(
            spec.key, counts, bin_days, vp.px_per_day, y, lane_h, layout.header_h, layout.footer_h
        )
        cache.put(key, hit)
    bars, hist_max, origin = cast(tuple[list[HistBar], int, int], hit)
    scene.bar_groups.append(((origin - vp.start) * vp.px_per_day, bars))
    return LaneBox(spec.key, spec.title, y, lane_h, total, False, True, hist_max, bin_days)


def status_suffix(status: EventStatus) -> str:
    return "" if status is EventStatus.HAPPENED else f" · {status.value}"


def is_approximate(mark: EventMark) -> bool:
    return mark.precision is not Precision.DAY
