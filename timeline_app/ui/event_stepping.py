"""Stepping from event to event in time with the keyboard: ] for the next, [ for the previous.

An analyst reading a day's events one by one had to aim the mouse at each mark. The step starts
from the selected event (or the middle of the view), selects the next one in date order among
those the filters let through, as a click would (the table and the article follow), and pans
the view to it when it lies outside.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from timeline_app.domain.model import EventMark
from timeline_app.domain.timescale import Viewport, describe_range
from timeline_app.ui.bin_select import show_status

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.timeline_view import TimelineView

# Days searched ahead, widening while nothing is found (the last reaches any date).
WINDOWS = (7, 60, 400, 4000, 800_000)
NEXT_KEYS = ("]", "Alt+Right")
PREVIOUS_KEYS = ("[", "Alt+Left")
MAX_ANCHORS = 200  # a whole histogram bar may be selected: its first 200 say where it lies


def add_step_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    """View → Next event / Previous event, with their keys while the timeline has the focus."""
    actions = []
    for text, keys, direction in (
        ("&Next event", NEXT_KEYS, 1),
        ("&Previous event", PREVIOUS_KEYS, -1),
    ):
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        # Only on the timeline: in the search box or the table "[" is a character or a key
        # of its own.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False, d=direction: step_event(window.timeline, d))
        window.timeline.addAction(action)
        menu.addAction(action)
        actions.append(action)
    return actions


def step_event(view: TimelineView, direction: int) -> int | None:
    """Select the event after (+1) or before (-1) the selection in date order; its id."""
    store = view.store()
    if store is None:
        return None
    anchor = _anchor(view, store, direction)
    found = _neighbour(store, view.current_filter(), anchor, direction)
    if found is None:
        return None
    view.set_user_selection({found.id})
    _bring_into_view(view, found)
    when = describe_range(date.fromordinal(found.day_start), date.fromordinal(found.day_end))
    show_status(view, f"{found.title} · {when}")
    return found.id


def _anchor(view: TimelineView, store: Any, direction: int) -> tuple[int, float]:
    """(start day, id) to step from: the latest selected event going forward, the earliest
    going back; without a selection, the middle of the view."""
    keys = []
    for event_id in view.selected_ids()[:MAX_ANCHORS]:
        try:
            event = store.get_event(event_id)
        except Exception:  # noqa: BLE001 - gone meanwhile: the others (or the view) will do
            continue
        if event.span is not None:
            keys.append((event.span.start.toordinal(), float(event.id)))
    if keys:
        return max(keys) if direction > 0 else min(keys)
    vp = view.viewport()
    middle = (vp.start + vp.end) / 2
    return math.floor(middle), -math.inf if direction > 0 else math.inf


def _neighbour(store: Any, flt: Any, anchor: tuple[int, float], direction: int) -> EventMark | None:
    day = anchor[0]
    for size in WINDOWS:
        first, last = (day, day + size) if direction > 0 else (day - size, day)
        marks = store.event_marks(first, last, flt)
        if direction > 0:
            after = [m for m in marks if (m.day_start, m.id) > anchor]
            if after:
                return min(after, key=lambda m: (m.day_start, m.id))
        else:
            before = [m for m in marks if (m.day_start, m.id) < anchor and m.day_start >= first]
            if before:
                return max(before, key=lambda m: (m.day_start, m.id))
    return None


def _bring_into_view(view: TimelineView, mark: EventMark) -> None:
    """Pan (keeping the zoom) so the event's start is in the middle, if it is not in view."""
    vp = view.viewport()
    if vp.start <= mark.day_start and mark.day_start + 1 <= vp.end:
        return
    start = mark.day_start + 0.5 - vp.span / 2
    view.set_viewport(Viewport(start, start + vp.span, vp.width).clamped())
