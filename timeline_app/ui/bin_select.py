"""Selecting what a histogram bar or a "+N" stands for: the events of one bin in one lane.

A day with forty strikes stays a histogram bar even at the closest zoom, and a "+N" badge there
has nothing left to zoom into: clicking either selects those events, so the table lists them
and the article pane opens the first, as a click on a mark does, and the status bar says how
many were selected.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from timeline_app.domain.model import EventMark
from timeline_app.domain.scene import LaneBox, LaneSpec
from timeline_app.domain.scene_groups import ALL_KEY, NONE_KEY, OTHER_KEY, is_entity_grouping
from timeline_app.domain.timescale import describe_range

if TYPE_CHECKING:
    from timeline_app.ui.timeline_view import TimelineView

STATUS_MS = 10_000
MAX_BIN_EVENTS = 5_000  # a coarse bin of a whole store: select no more than a table can list


def bar_lane_at(view: TimelineView, x: float, y: float) -> LaneBox | None:
    """The open histogram lane whose strip (below its header) is at (x, y), if any."""
    scene = view.scene()
    lane = scene.lane_at(y)
    if lane is None or not lane.dense or lane.collapsed:
        return None
    if y < lane.y + scene.layout.header_h or not 0 <= x <= scene.width:
        return None
    return lane


def select_bar(view: TimelineView, lane: LaneBox, x: float) -> bool:
    """Select the events of the bin under `x` in `lane`; False when that bin is empty."""
    vp = view.scene().viewport
    size = max(lane.bin_days, 1)
    first = math.floor(vp.day_at(x)) // size * size
    return select_days(view, lane.key, first, first + size - 1)


def select_days(view: TimelineView, lane_key: str, first: int, last: int) -> bool:
    """Select the events of `lane_key` that start on days first..last; say so in the status."""
    ids = events_in(view, lane_key, first, last)
    if not ids:
        return False
    view.set_user_selection(ids)
    lane = next((lane for lane in view.lanes() if lane.key == lane_key), None)
    where = f" in {lane.title}" if lane is not None and lane.title else ""
    noun = "event" if len(ids) == 1 else "events"
    show_status(
        view,
        f"{len(ids):,} {noun} selected{where}, {describe_range(date.fromordinal(first), date.fromordinal(last))}",
    )
    return True


def events_in(view: TimelineView, lane_key: str, first: int, last: int) -> list[int]:
    """Ids of the events drawn in `lane_key` that start on days first..last (as the histogram
    counts them: by start day)."""
    store = view.store()
    spec = next((lane for lane in view.lanes() if lane.key == lane_key), None)
    if store is None or spec is None:
        return []
    marks: Sequence[EventMark] = store.event_marks(  # type: ignore[attr-defined]
        first, last, view.current_filter(), MAX_BIN_EVENTS * 4
    )
    ids = [m.id for m in marks if first <= m.day_start <= last and m.type in spec.types]
    grouping = view.grouping()
    if is_entity_grouping(grouping) and lane_key != ALL_KEY and ids:
        ids = _in_entity_lane(view, spec, ids, grouping)
    return sorted(ids)[:MAX_BIN_EVENTS]


def _in_entity_lane(view: TimelineView, spec: LaneSpec, ids: list[int], grouping: str) -> list[int]:
    """Those of `ids` in the actor, place or source lane `spec` (or "other", or "none")."""
    names = view.store().lane_keys(ids, grouping)  # type: ignore[attr-defined]
    named = {lane.key for lane in view.lanes()} - {OTHER_KEY, NONE_KEY}
    if spec.key == NONE_KEY:
        return [i for i in ids if not names.get(i)]
    if spec.key == OTHER_KEY:
        return [i for i in ids if any(k not in named for k in names.get(i, ()))]
    return [i for i in ids if spec.key in names.get(i, ())]


def show_status(view: QWidget, text: str, timeout_ms: int = STATUS_MS) -> None:
    """Put `text` in the status bar of the window holding `view`, for a while."""
    window = view.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)
