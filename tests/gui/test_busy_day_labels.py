"""A busy day at the closest zoom shows every event's label: the lane grows and the timeline
scrolls (scroll bar, Page Up/Down, Shift+wheel), and clicks and selections follow the scroll.

Each lane had its equal share of the height, about three rows of labels at 1024x700, and the
rest went into a "+N" that no closer zoom could open.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from tests.gui.test_dense_days import DAY, N_ATTACKS, a_dense_day, a_small_window


def closest_zoom_on_the_busy_day(make_window: Any, store: Any) -> Any:
    a_dense_day(store)
    window = a_small_window(make_window)
    view = window.timeline
    noon = DAY.toordinal() + 0.5
    view.set_viewport(view.viewport().__class__(noon - 0.1, noon + 0.1, view.canvas_width()))
    view.repaint()
    return window


def strike_labels(view: Any) -> dict[int, Any]:
    strikes = {m.event_id for m in view.scene().marks if m.lane == "strikes"}
    return {label.event_id: label for label in view.scene().labels if label.event_id in strikes}


def on_screen(view: Any, scene_y: float) -> float:
    return scene_y - view.lane_scroll.offset


def test_every_event_of_a_busy_day_has_its_label_and_the_lanes_scroll(
    make_window: Any, store: Any
) -> None:
    window = closest_zoom_on_the_busy_day(make_window, store)
    view = window.timeline
    # then the 45 attacks each have a label (no "+N" left in their lane)
    assert len(strike_labels(view)) == N_ATTACKS
    assert not [b for b in view.scene().overflow if b.lane == "strikes"]
    # and they are taller than the canvas: a scroll bar says there is more below
    bar = view.lane_scroll.bar
    assert bar.isVisible() and bar.maximum() > 0
    lowest = max(strike_labels(view).values(), key=lambda label: label.y)
    assert on_screen(view, lowest.y) > view.canvas_height()
    # when the analyst pages down with the keyboard
    view.setFocus()
    for _ in range(5):
        QTest.keyClick(view, Qt.Key.Key_PageDown)
    view.repaint()
    # then the lowest label is in view, under the name of its lane (its header scrolled away)
    pinned = view.lane_scroll.pinned_lane(view.scene())
    assert pinned is not None and pinned.key == "strikes"
    # and clicking its mark selects that event
    assert 44 <= on_screen(view, lowest.y) < view.canvas_height()
    mark = next(m for m in view.scene().marks if m.event_id == lowest.event_id)
    QTest.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=QPoint(round(mark.x), round(on_screen(view, mark.y)))
    )
    assert view.selected_ids() == [lowest.event_id]
    assert window.event_table.selected_ids() == [lowest.event_id]
    # and Page Up goes back to the top
    for _ in range(5):
        QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert view.lane_scroll.offset == 0


def test_shift_wheel_scrolls_the_lanes_and_the_plain_wheel_still_zooms(
    make_window: Any, store: Any
) -> None:
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = closest_zoom_on_the_busy_day(make_window, store)
    view = window.timeline
    centre = QPointF(view.canvas_width() / 2, view.canvas_height() / 2)

    def wheel(mods: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(
            centre, view.mapToGlobal(centre), P(0, 0), P(0, -120),
            Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(view, event)

    span = view.viewport().span
    wheel(Qt.KeyboardModifier.ShiftModifier)
    assert view.lane_scroll.offset > 0 and view.viewport().span == span
    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.viewport().span > span  # zoomed out, as before


def test_an_event_picked_in_the_table_is_scrolled_into_view(make_window: Any, store: Any) -> None:
    window = closest_zoom_on_the_busy_day(make_window, store)
    view = window.timeline
    lowest = max(strike_labels(view).values(), key=lambda label: label.y)
    title = window.store.get_event(lowest.event_id).title
    # when the analyst finds it in the table by its title and clicks its row
    table = window.event_table
    QTest.keyClicks(table.filter_row.edits[2], title)
    QTest.qWait(400)  # the filter box's debounce
    rows = table.view
    assert rows.model().rowCount() >= 1
    cell = rows.visualRect(rows.model().index(0, 2)).center()
    QTest.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.selected_ids() == [lowest.event_id]
    view.repaint()
    # then the timeline has scrolled down to its mark
    mark = next(m for m in view.scene().marks if m.event_id == lowest.event_id)
    assert 44 <= on_screen(view, mark.y) < view.canvas_height()


def test_farther_out_the_lanes_keep_to_the_canvas(make_window: Any, store: Any) -> None:
    a_dense_day(store)
    window = a_small_window(make_window)
    view = window.timeline
    view.set_visible_range(DAY - timedelta(days=5), DAY + timedelta(days=5))
    view.repaint()
    assert not view.lane_scroll.bar.isVisible()
    assert view.scene().height <= view.canvas_height()


def test_a_click_on_the_pinned_lane_name_folds_that_lane_and_selects_nothing(
    make_window: Any, store: Any
) -> None:
    window = closest_zoom_on_the_busy_day(make_window, store)
    view = window.timeline
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    view.repaint()
    assert view.lane_scroll.pinned_lane(view.scene()) is not None
    # when the analyst clicks the lane name pinned under the axis
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(30, 44 + 8))
    view.repaint()
    # then that lane folds (as a click on its header does), no event under it is selected
    assert view.selected_ids() == []
    strikes = next(lane for lane in view.scene().lanes if lane.key == "strikes")
    assert strikes.collapsed
