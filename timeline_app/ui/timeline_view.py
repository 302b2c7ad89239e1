"""The zoomable timeline canvas widget: asks the store for the view, builds a scene, paints it.

The widget holds the view state (range, grouping, selection, theme); `CanvasData` decides what to
query, `build_scene` lays it out and `paint_scene` draws it. Mouse and keyboard handling lives in
`CanvasInput` (canvas_input.py) so this module stays about state and painting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from timeline_app.domain.framing import busiest_view, selection_view
from timeline_app.domain.model import EventFilter, EventType
from timeline_app.domain.palette import LIGHT, TYPE_LABEL, Theme, theme_named
from timeline_app.domain.scene import (
    GROUPINGS,
    LaneSpec,
    Scene,
    SceneCache,
    SceneData,
    SceneLayout,
    entity_lanes,
    lanes_for,
)
from timeline_app.domain.scene_groups import is_entity_grouping
from timeline_app.domain.scene_types import OTHER_TYPES_KEY, type_lanes_in_view
from timeline_app.domain.timescale import Viewport
from timeline_app.ui.canvas_data import CanvasData
from timeline_app.ui.canvas_input import CanvasInput
from timeline_app.ui.canvas_overlays import paint_message, paint_overlays
from timeline_app.ui.event_tooltip import tooltip_html
from timeline_app.ui.hidden_selection import HiddenSelection, paint_hidden_selection
from timeline_app.ui.lane_scroll import LaneScroll
from timeline_app.ui.overview import STRIP_HEIGHT, OverviewStrip
from timeline_app.ui.painter import Fonts, paint_scene
from timeline_app.ui.timeline_loading import FilterLoading
from timeline_app.ui.workers import BackgroundQuery

REQUERY_DELAY_MS = 40
RANGE_SIGNAL_DELAY_MS = 30
# Stores with more events than this read a new filter's counts off the GUI thread: under any
# filter but types and dates they are a GROUP BY over the events (60-100 ms at 100,000).
SYNC_LIMIT = 5_000
# The lanes share the canvas's height and never scroll: below this much, the last of the four
# lanes by type family (the default) was cut off in a small window (1024x700).
MIN_FULL_LANES = 4


def min_canvas_height() -> int:
    """The axis and four lanes of two rows each: the least height at which no lane is cut."""
    layout = SceneLayout()
    lane = layout.header_h + 2 * layout.row_h + layout.footer_h
    return math.ceil(layout.axis_h + MIN_FULL_LANES * lane)


class TimelineView(FilterLoading, QWidget):
    selection_changed = Signal(list)  # list[int] of event ids, emitted on user selection only
    event_activated = Signal(int)  # double-click or Enter on an event
    visible_range_changed = Signal(object, object)  # (date, date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input: CanvasInput | None = None  # set last: Qt sends events during construction
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(320, min_canvas_height() + STRIP_HEIGHT)
        self._store: object | None = None
        self._data = CanvasData()
        self._vp: Viewport | None = None
        self._grouping = "family"
        self._collapsed: set[str] = set()
        self._lane_order: list[str] = []
        self._selected: set[int] = set()
        self._theme: Theme = LIGHT
        self._reference_days: list[int] = []
        self._fonts = Fonts()
        self._scene: Scene | None = None
        self._scene_key: tuple[object, ...] = ()
        self._scene_cache = SceneCache()
        self._hidden = HiddenSelection()  # where selected events without a mark of their own lie
        self._interacting = False
        self.hover_id: int | None = None
        self.band: QRectF | None = None  # rubber band being dragged, drawn over the scene
        self.band_zooms = False
        self.last_frame_ms = 0.0
        self.last_frame_cpu_ms = 0.0
        self.error = ""  # why the last frame could not be drawn, shown in place of the timeline
        self._fetch_due = False
        self.sync_limit = SYNC_LIMIT
        self._pending: EventFilter | None = None  # the filter whose counts are being read
        self._warmer = BackgroundQuery(self)
        self._warmer.answered.connect(self._on_warmed)
        self._warmer.failed.connect(self._on_warm_failed)
        self._fetch_timer = self._single_shot(REQUERY_DELAY_MS, self._on_fetch_timeout)
        self._settle = self._single_shot(REQUERY_DELAY_MS, self._on_settled)
        self._range_signal = self._single_shot(RANGE_SIGNAL_DELAY_MS, self._emit_range)
        self.overview = OverviewStrip(self)
        self.overview.set_source(self._data)
        self.overview.recentre_requested.connect(self._on_overview_recentre)
        self.lane_scroll = LaneScroll(self)  # at the closest zoom lanes grow and the canvas scrolls
        self.input = CanvasInput(self)

    def _single_shot(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # --- public API -------------------------------------------------------------------------
    def set_store(self, store: object | None) -> None:
        self._stop_warming()
        self._store = store
        self._data.set_store(store)
        self._vp = None
        self.overview.invalidate()
        self.update()

    def store(self) -> object | None:
        return self._store

    def set_filter(self, flt: EventFilter) -> None:
        """Show events passing `flt`. On a large store, a filter the per-day summary cannot
        answer is read in the background: the last picture stays (with a hint) until then."""
        if self._reads_in_background(flt):
            self._warm(flt)
            return
        self._stop_warming()
        self._data.set_filter(flt)
        self.overview.invalidate()
        self.update()

    def empty_message(self) -> str:
        """The sentence shown instead of a timeline when nothing can be drawn ("" otherwise)."""
        return self.error or self._data.empty_message()

    def current_filter(self) -> EventFilter:
        return self._pending if self._pending is not None else self._data.filter

    def refresh(self) -> None:
        """Re-query the store (after an import or an edit) keeping the visible range."""
        flt = self.current_filter()
        if self._reads_in_background(flt):
            self._warm(flt)
            return
        self._stop_warming()
        self._data.invalidate()
        self.overview.invalidate()
        self.update()

    def refresh_marks(self) -> None:
        """Re-query the marks in view only: after an edit that moves no date and no count."""
        self._data.forget_marks()
        self.update()

    def fit_all(self) -> None:
        try:
            extent = self._data.extent()
        except Exception:  # noqa: BLE001 - the frame reports the store's error; fit to today
            extent = None
        if extent is None:
            today = date.today().toordinal()
            extent = (today - 14, today + 14)
        self.set_viewport(Viewport.around(extent[0], extent[1], self.canvas_width()))

    def fit_busiest(self) -> None:
        """Fit the shortest period that holds most events, or everything if that is most of it
        (`framing.busiest_view`): the first view after an import. The overview strip still
        shows the whole extent, and Home fits all."""
        try:
            extent = self._data.extent()
            vp = (
                busiest_view(extent, self._data.counts_between, self.canvas_width())
                if extent
                else None
            )
        except Exception:  # noqa: BLE001 - nothing to go on (or a store error): fit all
            vp = None
        if vp is None:
            self.fit_all()
        else:
            self.set_viewport(vp)

    def select_events(self, ids: Iterable[int]) -> None:
        """Select programmatically (from another pane); does not emit selection_changed."""
        self._selected = set(ids)
        self.update()

    def selected_ids(self) -> list[int]:
        return sorted(self._selected)

    def visible_range(self) -> tuple[date, date]:
        vp = self.viewport()
        return date.fromordinal(int(vp.start)), date.fromordinal(max(math.ceil(vp.end) - 1, 1))

    def set_visible_range(self, start: date, end: date) -> None:
        first, last = sorted((start.toordinal(), end.toordinal()))
        self.set_viewport(Viewport(first, last + 1, self.canvas_width()).clamped())

    def set_theme(self, name: str) -> None:
        self._theme = theme_named(name)
        self.overview.set_theme(self._theme)
        self.update()

    def theme_name(self) -> str:
        return self._theme.name

    def set_grouping(self, name: str) -> None:
        """Lanes by "family" (default), "type", "actor", "place", "source" (site) or "none".

        Actor, place and source lanes come from the events in view: an event with several
        names is drawn in each one's lane; zoomed out over more events than the store is asked
        names for at once (3,000), one histogram of all events says to zoom in.
        """
        if name not in GROUPINGS:
            raise ValueError(f"unknown grouping {name!r}; expected one of {', '.join(GROUPINGS)}")
        self._grouping = name
        self.update()

    def grouping(self) -> str:
        return self._grouping

    def set_lane_collapsed(self, key: str, collapsed: bool) -> None:
        (self._collapsed.add if collapsed else self._collapsed.discard)(key)
        self.update()

    def set_lane_order(self, keys: Iterable[str]) -> None:
        self._lane_order = list(keys)
        self.update()

    def move_lane(self, key: str, step: int) -> None:
        keys = [lane.key for lane in self.lanes()]
        if key in keys:
            i = keys.index(key)
            j = min(max(i + step, 0), len(keys) - 1)
            keys.insert(j, keys.pop(i))
            self.set_lane_order(keys)

    def set_reference_days(self, days: Iterable[int]) -> None:
        """Mark these days (ordinals, e.g. publication dates of the selected articles)."""
        self._reference_days = sorted(set(days))
        self.update()

    def zoom_to_selection(self) -> None:
        """Fit the view to the selected events' whole date spans, with a little air."""
        ranges = [r for r in (self._event_days(i) for i in self._selected) if r is not None]
        vp = selection_view(ranges, self.canvas_width())
        if vp is not None:
            self.set_viewport(vp)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        vp = self.viewport()
        self.set_viewport(vp.zoomed(factor, vp.width / 2 if anchor_x is None else anchor_x))

    def pan_pixels(self, dx: float) -> None:
        self.set_viewport(self.viewport().panned(dx))

    def viewport(self) -> Viewport:
        if self._vp is None:  # a store just opened: frame it as after an import, not fit-all
            self.fit_busiest()
        assert self._vp is not None
        return self._vp

    def scene(self) -> Scene:
        """The scene last painted (built now if none yet): geometry for hit tests and tests."""
        if self._scene is None or self._scene_key != self._state_key():
            self._scene = self._build_scene()
        return self._scene

    def _state_key(self) -> tuple[object, ...]:
        """Everything a scene depends on; hit tests between paints reuse a scene with this key."""
        return (
            self.viewport(),
            self.canvas_height(),
            frozenset(self._selected),
            self._grouping,
            frozenset(self._collapsed),
            tuple(self._lane_order),
            tuple(self._reference_days),
            self._data.generation,  # not id(): a freed SceneData's id is soon reused
            self.error,
        )

    def shown_event_ids(self) -> list[int]:
        """Events drawn as marks in the current frame (those in histograms or "+N" are not)."""
        return sorted({m.event_id for m in self.scene().marks})

    def lanes(self) -> list[LaneSpec]:
        """The lanes drawn (by actor, place or source: those the last data fetched made; by
        type: those with events in view, the rarest sharing one)."""
        return self._drawn_lanes(self.viewport(), self._fetch_lanes(), self._data.stale())[0]

    def lane_tooltip(self, key: str) -> str:
        """What a lane header's tooltip says: the types sharing the "other types" lane ("" for
        lanes whose title says it all)."""
        if key != OTHER_TYPES_KEY:
            return ""
        lane = next((lane for lane in self.lanes() if lane.key == key), None)
        if lane is None:
            return ""
        names = [TYPE_LABEL[t] for t in EventType if t in lane.types]
        return f"{', '.join(names)}: the types with fewest events in view share this lane"

    def _fetch_lanes(self) -> list[LaneSpec]:
        """The lanes data is fetched for (by actor, place or source: one lane of everything)."""
        present = None if is_entity_grouping(self._grouping) else self._data.present_types()
        collapsed = frozenset(self._collapsed)
        return lanes_for(self._grouping, present, collapsed, self._lane_order)

    def _drawn_lanes(
        self, vp: Viewport, fetched: list[LaneSpec], data: SceneData
    ) -> tuple[list[LaneSpec], SceneData]:
        """The lanes to draw and the data as they read it (lanes by type fold their rarest)."""
        collapsed = frozenset(self._collapsed)
        if self._grouping == "type":
            max_lanes = self._max_lanes()
            return type_lanes_in_view(vp, fetched, data, max_lanes, collapsed, self._lane_order)
        if not is_entity_grouping(self._grouping) or data.lane_keys is None:
            return fetched, data
        lanes = entity_lanes(
            self._grouping, data.lane_keys, data.folded, collapsed, self._lane_order
        )
        return lanes, data

    def _max_lanes(self) -> int:
        """As many lanes as fit with two rows each; more names or types share an "other" lane."""
        return max(int((self.canvas_height() - 44) // 74), 3)

    def canvas_width(self) -> int:
        return max(self.width(), 1)

    def canvas_height(self) -> int:
        return max(self.height() - STRIP_HEIGHT, 1)

    # --- internal state changes ---------------------------------------------------------------
    def set_viewport(self, vp: Viewport) -> None:
        if vp == self._vp:
            return
        self._vp = vp
        self.overview.set_view(vp)
        self._range_signal.start()
        self.update()

    def _emit_range(self) -> None:
        first, last = self.visible_range()
        self.visible_range_changed.emit(first, last)

    def set_interacting(self, active: bool) -> None:
        """While dragging or flicking, draw cached data and re-query only after a short pause."""
        if active:
            self._interacting = True
            self._settle.stop()
        else:
            self._settle.start()  # the interaction ends once input has paused

    def _on_settled(self) -> None:
        self._interacting = False
        self.update()

    def _on_fetch_timeout(self) -> None:
        self._fetch_due = True
        self.update()

    def _on_overview_recentre(self, day: float) -> None:
        vp = self.viewport()
        start = day - vp.span / 2
        self.set_viewport(Viewport(start, start + vp.span, vp.width).clamped())

    def _event_days(self, event_id: int) -> tuple[int, int] | None:
        try:
            span = self._store.get_event(event_id).span  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001 - unknown to the store: fall back to what is drawn
            span = None
        if span is not None:
            return span.start.toordinal(), span.end.toordinal()
        scene = self._scene
        for m in scene.marks if scene else []:
            if m.event_id == event_id and scene is not None:
                return int(scene.viewport.day_at(m.x0)), int(scene.viewport.day_at(m.x1))
        return None

    def set_user_selection(self, ids: Iterable[int]) -> None:
        new = set(ids)
        if new != self._selected:
            self._selected = new
            self.selection_changed.emit(sorted(new))
        self.update()

    # --- scene and painting -------------------------------------------------------------------
    def _scene_data(self, vp: Viewport, lanes: list[LaneSpec]) -> SceneData:
        if self._store is None:
            return SceneData()
        hit = self._data.cached(vp, lanes, self._grouping)
        if hit is not None:
            return hit
        if self._interacting and not self._fetch_due:
            # Reuse the last rows while the hand is moving; fetch once it pauses a moment.
            if not self._fetch_timer.isActive():
                self._fetch_timer.start()
            return self._data.stale()
        self._fetch_due = False
        return self._data.fetch(
            vp,
            lanes,
            self._rows_per_lane(lanes),
            grouping=self._grouping,
            max_lanes=self._max_lanes(),
        )

    def _rows_per_lane(self, lanes: list[LaneSpec]) -> int:
        open_lanes = max(sum(not lane.collapsed for lane in lanes), 1)
        if self._grouping == "type":  # the rarest types will share one lane
            open_lanes = min(open_lanes, self._max_lanes())
        return max(int((self.canvas_height() - 44) / open_lanes / 20) - 2, 1)

    def _build_scene(self) -> Scene:
        try:
            vp, fetched = self.viewport(), self._fetch_lanes()
            lanes, data = self._drawn_lanes(vp, fetched, self._scene_data(vp, fetched))
            self.error = ""
        except Exception as exc:  # noqa: BLE001 - a closed or broken store: say so, draw nothing
            self.error = f"The timeline cannot be drawn: {exc}"
            vp, lanes, data = self._vp or Viewport(1, 2, 1), [], SceneData()
        self._scene_key = self._state_key()
        return self.lane_scroll.build(
            vp,
            self.canvas_height(),
            lanes,
            data,
            selected=frozenset(self._selected),
            measure=self._fonts.measure,
            today=date.today().toordinal(),
            reference_days=self._reference_days,
            cache=self._scene_cache,
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        began, began_cpu = time.perf_counter(), time.thread_time()
        p = QPainter(self)
        try:
            self._scene = self._build_scene()
            p.setClipRect(0, 0, self.canvas_width(), self.canvas_height())
            with self.lane_scroll.translated(p, self._scene, self.canvas_height()) as shown:
                paint_scene(p, shown, self._theme, self._fonts, hover_id=self.hover_id)
                paint_hidden_selection(p, self._scene, self._theme, self.hidden_selection())
            self.lane_scroll.pin_axis(p, self._scene, self._theme, self._fonts)
            paint_overlays(
                p,
                self._theme,
                (self.canvas_width(), self.canvas_height()),
                message=self.error or self._data.empty_message(),
                loading=self._pending is not None,
                band=self.band,
                focused=self.hasFocus(),
            )
        except Exception as exc:  # noqa: BLE001 - a broken store must not take the window down
            size = (self.canvas_width(), self.canvas_height())
            paint_message(p, self._theme, size, f"The timeline cannot be drawn: {exc}")
        finally:
            p.end()
        self.last_frame_ms = (time.perf_counter() - began) * 1000
        # CPU time too: on a busy machine wall time also counts other processes' turns.
        self.last_frame_cpu_ms = (time.thread_time() - began_cpu) * 1000

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self.overview.setGeometry(0, self.height() - STRIP_HEIGHT, self.width(), STRIP_HEIGHT)
        self.lane_scroll.place(self.canvas_width(), self.canvas_height())
        if self._vp is not None:
            # Keep the days in view (a fit-all stays a fit-all as the window is laid out).
            self.set_viewport(replace(self._vp, width=self.canvas_width()).clamped())
        super().resizeEvent(event)

    # --- tooltip ----------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and self.input is not None:
            self.input.show_tooltip(e.pos(), e.globalPos())  # type: ignore[attr-defined]
            return True
        if self.input is not None and self.input.handle_gesture(e):
            return True
        return super().event(e)

    def hidden_selection(self) -> list[tuple[int, int]]:
        """Day spans of selected events drawn as no mark (inside a histogram or a "+N")."""
        marks = self._scene.marks if self._scene is not None else []
        args = (frozenset(self._selected), self._data.generation, (m.event_id for m in marks))
        return self._hidden.spans(self._store, self._data.filter, *args)

    def tooltip_for(self, event_id: int) -> str:
        """The hover text for an event (also used by tests and the main window's status bar)."""
        return tooltip_html(self._store.get_event(event_id), self._theme.name)  # type: ignore[union-attr]
