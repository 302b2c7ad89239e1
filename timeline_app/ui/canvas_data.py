"""Level of detail for the canvas: which rows to ask the store for, cached around the view.

No Qt here. Per-day counts come from the store's summary table (cached for the whole extent when
small enough); lanes with more events in view than the width can show become histograms, the
others fetch marks for the visible range plus one view-width of margin on each side.
"""

from __future__ import annotations

import inspect
import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Any

from timeline_app.domain.model import DayCount, EventFilter, EventMark, EventType
from timeline_app.domain.scene import LaneSpec, SceneData, SceneLayout, bin_days_for
from timeline_app.domain.scene_groups import (
    ALL_KEY,
    counts_from_marks,
    group_marks,
    is_entity_grouping,
)
from timeline_app.domain.timescale import Viewport

FULL_COUNTS_LIMIT = 300_000  # (day, type) rows kept for the whole extent; beyond it, per window
MARKS_LIMIT = 20_000  # a safety cap on one marks query
BIN_PX = SceneLayout().bin_px
CLOSE_ZOOM_DAYS = 3.0  # views shorter than this always show marks
CLOSE_ZOOM_MARKS = 3_000
DROP_FILES = "Drop article files here to build the timeline"
NO_MATCH = "No events match the filter"
GROUPED_MARKS_LIMIT = 3_000  # marks whose actors / places / sites one frame may ask for
SPANS_LIMIT = 2_000  # spans crossing a filter's start date read for their types (<25 ms at 1M)


@dataclass(slots=True)
class _Window:
    first: int
    last: int
    px_per_day: float
    lanes_key: tuple[str, ...]
    data: SceneData


def lane_budget(width: float, rows: int = 6) -> int:
    """How many marks one lane may show before it turns into a histogram strip.

    About one mark per 120 px of row: beyond that labels mostly vanish into "+N" and bars say more.
    """
    return max(30, int(rows * width / 120))


class CanvasData:
    """Fetches and caches what the scene needs from a `Store` (or any object with its methods)."""

    def __init__(self, store: Any = None, flt: EventFilter | None = None) -> None:
        self.store: Any = store
        self.filter = flt or EventFilter()
        self._window: _Window | None = None
        self._extent: tuple[int, int] | None = None
        self._extent_known = False
        self._counts: list[DayCount] | None = None
        self._count_days: list[int] = []
        self._binned: dict[tuple[int, int, int], list[DayCount]] = {}
        self._present: frozenset[EventType] | None = None
        self._bins_supported: bool | None = None
        self._empty_message: str | None = None
        self.generation = 0  # changes whenever the data a scene is built from may have changed
        self.queries = 0  # for tests and benchmarks: store round trips made

    # --- invalidation ------------------------------------------------------------------------
    def set_store(self, store: Any) -> None:
        self.store = store
        self.invalidate()

    def set_filter(self, flt: EventFilter) -> None:
        self.filter = flt
        self.invalidate()

    def invalidate(self) -> None:
        self._window = None
        self._extent, self._extent_known = None, False
        self._counts = None
        self._count_days = []
        self._binned = {}
        self._present = None
        self._bins_supported = None
        self._empty_message = None
        self.generation += 1

    def warm(self) -> CanvasData:
        """Read now what a new filter's first frame needs (extent, types, per-day counts, or why
        nothing shows): run off the GUI thread on a fresh instance, then `adopt`ed. No Qt here."""
        if self.extent() is None:
            self.empty_message()
        else:
            self.present_types()
            self._full_counts()
        return self

    def adopt(self, warmed: CanvasData) -> bool:
        """Take the whole-extent facts `warm` read, if they were read for this store and filter.

        Returns False (and changes nothing) for a stale answer."""
        if warmed.store is not self.store or warmed.filter != self.filter:
            return False
        self.invalidate()
        self._extent, self._extent_known = warmed._extent, warmed._extent_known
        self._counts, self._count_days = warmed._counts, warmed._count_days
        self._present = warmed._present
        self._bins_supported = warmed._bins_supported
        self._empty_message = warmed._empty_message
        return True

    def forget_marks(self) -> None:
        """Only the marks changed (a star, a tag, a title): keep extent, counts and types."""
        self._window = None
        self.generation += 1

    # --- whole-extent facts --------------------------------------------------------------------
    def extent(self) -> tuple[int, int] | None:
        if not self._extent_known:
            self._extent = self.store.extent(self.filter) if self.store is not None else None
            self._extent_known = True
            self.queries += 1
        return self._extent

    def empty_message(self) -> str:
        """What to say when nothing here can be drawn ("" when there are dated events).

        An empty store asks for files; a filter that leaves nothing says so; events that match
        but have no date point to the table, where undated events are listed.
        """
        if self.store is not None and self.extent() is not None:
            return ""
        if self._empty_message is None:
            self._empty_message = self._why_empty()
        return self._empty_message

    def _why_empty(self) -> str:
        if self.store is None:
            return DROP_FILES
        self.queries += 1
        matching = int(self.store.count_events(self.filter))
        filtered = self.filter != EventFilter()
        if matching:
            return undated_words(matching, filtered)
        if not filtered:
            return DROP_FILES
        self.queries += 1
        return NO_MATCH if self.store.count_events(None) else DROP_FILES

    def present_types(self) -> frozenset[EventType]:
        """Types that occur under the filter (lanes are shown only for those)."""
        if self._present is None:
            extent = self.extent()
            if extent is None:
                self._present = frozenset()
            elif self._bins_from_store():
                # A few year-long bins answer "which types" without reading every day.
                rows = self.store.day_counts(extent[0], extent[1], self.filter, bin_days=3640)
                self.queries += 1
                self._present = frozenset(c.type for c in rows)
            else:
                counts = self._full_counts()
                self._present = (
                    frozenset(EventType) if counts is None else frozenset(c.type for c in counts)
                )
            if extent is not None:
                self._present |= self._types_begun_before_the_filter(extent[0])
        return self._present

    def _types_begun_before_the_filter(self, first: int) -> frozenset[EventType]:
        """Types of events that pass a filter from a date but began before it (a siege, an
        offensive): the counts above go by start day within the filter's dates and miss them,
        and a type or family without a lane had its span, listed in the table, drawn nowhere."""
        start = self.filter.date_from
        if start is None or self.store is None or first >= start.toordinal():
            return frozenset()
        marks = self.store.event_marks(first, start.toordinal() - 1, self.filter, SPANS_LIMIT)
        self.queries += 1
        return frozenset(m.type for m in marks)

    def _bins_from_store(self) -> bool:
        """Ask the store per bin only when its per-day summary answers: any other filter is a
        GROUP BY over the events, so one read of the whole extent serves every bin after it."""
        return self._store_bins() and only_types_and_dates(self.filter)

    def _store_bins(self) -> bool:
        """Whether the store sums counts per bin itself (`day_counts(..., bin_days=n)`)."""
        if self._bins_supported is None:
            try:
                params = inspect.signature(self.store.day_counts).parameters
            except (TypeError, ValueError):
                params = {}  # type: ignore[assignment]
            self._bins_supported = "bin_days" in params
        return self._bins_supported

    def _full_counts(self) -> list[DayCount] | None:
        if self._counts is None:
            extent = self.extent()
            if extent is None:
                self._counts = []
            else:
                rows = self.store.day_counts(extent[0], extent[1], self.filter)
                self.queries += 1
                self._counts = sorted(rows, key=lambda c: c.day)
            self._count_days = [c.day for c in self._counts]
        return self._counts if len(self._counts) <= FULL_COUNTS_LIMIT else None

    def counts_between(self, first: int, last: int, bin_days: int = 1) -> list[DayCount]:
        """Counts for days first..last; with `bin_days` > 1 summed per bin (day = bin start).

        Bins are whole multiples of `bin_days` from day 0, so they stay put while the view pans.
        """
        if self._bins_from_store():
            # The store sums bins from its per-day summary table and caches until a write.
            self.queries += 1
            rows = self.store.day_counts(
                first - first % bin_days, last, self.filter, bin_days=bin_days
            )
            return sorted(rows, key=_day_of_count)
        full = self._full_counts()
        if full is None:
            self.queries += 1
            return _binned(list(self.store.day_counts(first, last, self.filter)), bin_days)
        lo = bisect_left(self._count_days, first - first % bin_days)
        hi = bisect_right(self._count_days, last - last % bin_days + bin_days - 1)
        key = (bin_days, lo, hi)
        if key not in self._binned:
            if len(self._binned) > 8:
                self._binned.clear()
            self._binned[key] = _binned(full[lo:hi], bin_days)
        return self._binned[key]

    # --- per frame -----------------------------------------------------------------------------
    def cached(
        self, vp: Viewport, lanes: list[LaneSpec], grouping: str = "family"
    ) -> SceneData | None:
        """The cached data if it covers `vp` at about this zoom, else None (a query is due)."""
        w = self._window
        if w is None or self.store is None:
            return None
        key = _lanes_key(lanes, grouping)
        covers = w.first <= math.floor(vp.start) and math.ceil(vp.end) <= w.last
        same_zoom = 0.6 <= vp.px_per_day / w.px_per_day <= 1.7
        same_bins = w.data.bin_days == bin_days_for(vp.px_per_day, BIN_PX)
        return w.data if covers and same_zoom and same_bins and key == w.lanes_key else None

    def stale(self) -> SceneData:
        """Whatever was fetched last (drawn while a drag is in progress)."""
        return self._window.data if self._window else SceneData()

    def fetch(
        self,
        vp: Viewport,
        lanes: list[LaneSpec],
        rows: int = 6,
        *,
        grouping: str = "family",
        max_lanes: int = 12,
    ) -> SceneData:
        """Data for `vp`: from cache when it covers the view, else one round of store queries.

        For lanes by actor, place or source, `lanes` is the one lane `lanes_for` gives and the
        lanes found come back in the data (at most `max_lanes`).
        """
        hit = self.cached(vp, lanes, grouping)
        if hit is not None:
            return hit
        if self.store is None or self.extent() is None:
            return SceneData()
        margin = max(vp.span / 2, 2.0)  # a window twice the view: room to pan before a query
        first, last = math.floor(vp.start - margin), math.ceil(vp.end + margin)
        bin_days = bin_days_for(vp.px_per_day, BIN_PX)
        counts = self.counts_between(first, last, bin_days)
        if is_entity_grouping(grouping):
            data = self._grouped(vp, (first, last), counts, grouping, rows, max_lanes)
        else:
            data = self._by_type(vp, (first, last), lanes, counts, rows)
        self._window = _Window(first, last, vp.px_per_day, _lanes_key(lanes, grouping), data)
        self.generation += 1
        return data

    def _by_type(
        self,
        vp: Viewport,
        window: tuple[int, int],
        lanes: list[LaneSpec],
        counts: list[DayCount],
        rows: int,
    ) -> SceneData:
        first, last = window
        if vp.span <= CLOSE_ZOOM_DAYS:
            # A bar per day would fill the view: show marks, the most important labelled and
            # the rest counted in "+N", whatever the density.
            dense: frozenset[str] = frozenset()
            marks = self._query_marks(first, last, lanes, CLOSE_ZOOM_MARKS) or []
        else:
            budget = lane_budget(vp.width, rows)
            dense = self._dense_lanes(vp, lanes, counts, budget)
            marks, dense = self._marks(first, last, lanes, dense, budget)
        bin_days = bin_days_for(vp.px_per_day, BIN_PX)
        return SceneData(marks=marks, counts=counts, dense_lanes=dense, bin_days=bin_days)

    def _grouped(
        self,
        vp: Viewport,
        window: tuple[int, int],
        counts: list[DayCount],
        grouping: str,
        rows: int,
        max_lanes: int,
    ) -> SceneData:
        """Lanes by actor, place or source from the names of the marks in the window.

        Too many events in the window to ask each one's names: one histogram lane of all events
        (from the per-day summary, which knows types but not names) until the analyst zooms in.
        A lane with more marks in view than it can show becomes a histogram of those marks.
        """
        first, last = window
        bin_days = bin_days_for(vp.px_per_day, BIN_PX)
        in_window = sum(c.count for c in counts)
        everything = [LaneSpec(ALL_KEY, "", frozenset(EventType))]
        limit = GROUPED_MARKS_LIMIT
        marks = None
        if in_window <= limit or vp.span <= CLOSE_ZOOM_DAYS:
            marks = self._query_marks(first, last, everything, limit + 1) or []
        namer = getattr(self.store, "lane_keys", None)
        if (
            marks is None
            or not callable(namer)
            or (len(marks) > limit and vp.span > CLOSE_ZOOM_DAYS)
        ):
            dense = frozenset({ALL_KEY})
            return SceneData(counts=counts, dense_lanes=dense, bin_days=bin_days)
        marks = marks[:limit]
        self.queries += 1
        visible = [m.id for m in marks if m.day_end + 1 > vp.start and m.day_start < vp.end]
        names = namer([m.id for m in marks], grouping)
        keys, folded, event_lanes = group_marks(marks, names, max_lanes, visible)
        per_lane_rows = max(int((rows + 2) / max(len(keys), 1)) - 2, 1)
        budget = lane_budget(vp.width, per_lane_rows)
        in_view: dict[str, int] = {}
        for i in visible:
            for key in event_lanes[i]:
                in_view[key] = in_view.get(key, 0) + 1
        dense = frozenset(k for k, n in in_view.items() if n > budget and vp.span > CLOSE_ZOOM_DAYS)
        lane_counts = {
            k: counts_from_marks((m for m in marks if k in event_lanes[m.id]), bin_days)
            for k in dense
        }
        return SceneData(
            marks=marks,
            counts=counts,
            dense_lanes=dense,
            bin_days=bin_days,
            lane_keys=tuple(keys),
            folded=folded,
            event_lanes=event_lanes,
            lane_counts=lane_counts,
        )

    def _dense_lanes(
        self, vp: Viewport, lanes: list[LaneSpec], counts: list[DayCount], budget: int
    ) -> frozenset[str]:
        first, last = math.floor(vp.start), math.ceil(vp.end)
        per_type: dict[EventType, int] = {}
        for c in counts:
            if first <= c.day <= last:
                per_type[c.type] = per_type.get(c.type, 0) + c.count
        return frozenset(
            lane.key for lane in lanes if sum(per_type.get(t, 0) for t in lane.types) > budget
        )

    def _marks(
        self,
        first: int,
        last: int,
        lanes: list[LaneSpec],
        dense: frozenset[str],
        budget: int,
    ) -> tuple[list[EventMark], frozenset[str]]:
        """Marks for the sparse lanes. Long spans that started before the window are not in the
        per-day counts, so a lane may still return too many: it becomes a histogram as well.
        Returns (marks, dense lanes)."""
        sparse = [lane for lane in lanes if lane.key not in dense]
        # The window is twice the view, so allow two budgets per lane.
        per_lane = 2 * budget
        marks = self._query_marks(first, last, sparse, per_lane * len(sparse) + 1)
        if marks is None or len(marks) <= per_lane * len(sparse):
            return marks or [], dense
        kept: list[EventMark] = []
        for lane in sparse:  # too many together: find out lane by lane which ones overflow
            rows = self._query_marks(first, last, [lane], per_lane + 1) or []
            if len(rows) > per_lane:
                dense = dense | {lane.key}
            else:
                kept.extend(rows)
        return kept, dense

    def _query_marks(
        self, first: int, last: int, lanes: list[LaneSpec], limit: int
    ) -> list[EventMark] | None:
        wanted = frozenset(t for lane in lanes for t in lane.types)
        types = (self.filter.types & wanted) if self.filter.types else wanted
        if not types:
            return None
        every = not self.filter.types and types == frozenset(EventType)  # no IN over 18 types
        same = every or types == self.filter.types
        flt = self.filter if same else replace(self.filter, types=types)
        self.queries += 1
        return list(self.store.event_marks(first, last, flt, min(limit, MARKS_LIMIT)))


def only_types_and_dates(flt: EventFilter) -> bool:
    """Whether the store's per-day summary answers counts under this filter (no event scan)."""
    return not (
        flt.statuses or flt.actors or flt.places or flt.sites or flt.tags or flt.text.strip()
        or flt.article_id is not None or flt.include_deleted or flt.starred_only
    )  # fmt: skip


def undated_words(n: int, filtered: bool) -> str:
    """ "3 events match the filter but none has a date: see the table", and the like."""
    if n == 1:
        where = "matches the filter" if filtered else "is stored"
        return f"1 event {where} but it has no date: see the table"
    where = "match the filter" if filtered else "are stored"
    return f"{n:,} events {where} but none has a date: see the table"


def _lanes_key(lanes: list[LaneSpec], grouping: str) -> tuple[str, ...]:
    return (grouping, *(f"{lane.key}:{lane.collapsed}" for lane in lanes))


def _day_of_count(c: DayCount) -> int:
    return c.day


def _binned(rows: list[DayCount], bin_days: int) -> list[DayCount]:
    """Rows summed per (bin, type); `rows` sorted by day gives bins in day order."""
    if bin_days == 1:
        return rows
    sums: dict[tuple[int, EventType], int] = {}
    get = sums.get
    for c in rows:
        key = (c.day - c.day % bin_days, c.type)
        sums[key] = get(key, 0) + c.count
    return [DayCount(day, t, n) for (day, t), n in sums.items()]
