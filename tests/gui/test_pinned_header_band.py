"""The lane name pinned under the axis of a scrolled busy day is drawn on a strip of its own:
the row scrolled under it no longer shows through (a label ghosting behind the lane's name,
a span's bar running on to its right)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.test_busy_day_labels import closest_zoom_on_the_busy_day
from timeline_app.domain.scene import SceneLayout


def colours_along(view: Any, y: int, x0: int, x1: int) -> set[int]:
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    return {image.pixel(round(x * ratio), round(y * ratio)) for x in range(x0, x1)}


def test_the_pinned_lane_name_hides_the_row_scrolled_under_it(make_window: Any, store: Any) -> None:
    window = closest_zoom_on_the_busy_day(make_window, store)
    view = window.timeline
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    view.repaint()
    scene = view.scene()
    lane = view.lane_scroll.pinned_lane(scene)
    assert lane is not None
    layout = SceneLayout()
    # a row of the lane lies under the pinned header (what showed through)
    top = view.lane_scroll.offset + layout.axis_h
    under = [m for m in scene.marks if m.lane == lane.key and top <= m.y <= top + layout.header_h]
    assert under
    # beside the lane's name, the strip is one plain colour across the canvas
    y = round(layout.axis_h + layout.header_h / 2)
    right = view.canvas_width() - view.lane_scroll.bar.width() - 2
    assert len(colours_along(view, y, 240, right)) == 1
    # and below the strip the rows are drawn as before
    row_y = round(layout.axis_h + layout.header_h + layout.row_h)
    assert len(colours_along(view, row_y, 0, right)) > 1
