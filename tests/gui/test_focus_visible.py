"""Keyboard focus an analyst can see: the focused control in the filter panel and the events
table's current row, in the light and the dark palette.

Fusion marked them with a hairline or not at all (a focused flat "All" button looked the same as
an unfocused one; the table's current row had no mark), so Tab and the arrow keys went nowhere
the analyst could follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.gui.test_desk_support import a_store, open_window
from timeline_app.ui import window_actions
from timeline_app.ui.focus_style import current_row_rect, focus_colour


@pytest.fixture(params=["light", "dark"])
def window(request: Any, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    window_actions.apply_theme(window, request.param)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window_actions.apply_theme(window, "light")  # the palette is the application's


def tab_to(qtbot: Any, start: QWidget, wanted: Any) -> QWidget:
    """Press Tab from `start` until a widget that `wanted` accepts has the focus."""
    start.setFocus()
    for _ in range(12):
        widget = QApplication.focusWidget()
        if widget is not None and wanted(widget):
            return widget
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the widget")


def near(image: QImage, x: int, y: int, colour: QColor, tolerance: int = 60) -> bool:
    got = image.pixelColor(x, y)
    return (
        abs(got.red() - colour.red())
        + abs(got.green() - colour.green())
        + abs(got.blue() - colour.blue())
    ) <= tolerance


def ring_pixels(image: QImage, colour: QColor) -> int:
    return sum(
        near(image, x, y, colour) for x in range(image.width()) for y in range(image.height())
    )


def test_tab_shows_a_ring_on_the_filter_panels_buttons(qtbot: Any, window: Any) -> None:
    panel = window.desk.filter_panel
    # given the types' "All" button reached with Tab from the search box
    button = tab_to(qtbot, panel.search, lambda w: isinstance(w, QPushButton) and w.text() == "All")
    focused = button.grab().toImage()
    ring = focus_colour(button.palette())
    # then it wears a ring in the focus colour all around (it looked unfocused before)
    assert ring_pixels(focused, ring) >= button.width() + button.height()
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert ring_pixels(button.grab().toImage(), ring) < (button.width() + button.height()) / 4


def test_tab_shows_a_thick_ring_on_a_type_checkbox(qtbot: Any, window: Any) -> None:
    panel = window.desk.filter_panel
    box = tab_to(qtbot, panel.search, lambda w: w is next(iter(panel.types.boxes.values())))
    ring = focus_colour(box.palette())
    # a 2 px ring around the label: twice its perimeter in the focus colour, give or take
    label_w = box.fontMetrics().horizontalAdvance(box.text())
    assert ring_pixels(box.grab().toImage(), ring) >= 2 * label_w


def test_the_current_row_of_the_focused_table_is_framed_across_every_column(
    qtbot: Any, window: Any
) -> None:
    view = window.event_table.view
    qtbot.waitUntil(lambda: view.model().rowCount() >= 2)
    # given the table focused, the first row selected and the current row moved below it
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == 1
    assert not view.selectionModel().isSelected(view.currentIndex())
    # then a line in the focus colour runs along the current row's top, far from the
    # current cell (the only place Qt marks), and along the view's edge
    image = view.viewport().grab().toImage()
    row = current_row_rect(view)
    assert row is not None
    ring = focus_colour(view.palette())
    for x in (row.width() // 2, row.width() - 40):
        assert any(near(image, x, y, ring) for y in range(row.top(), row.top() + 4)), x
    assert any(near(image, x, view.viewport().height() // 2, ring) for x in range(3))
    # and leaving the table takes the frame away
    window.desk.filter_panel.search.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    image = view.viewport().grab().toImage()
    assert not any(near(image, x, view.viewport().height() // 2, ring) for x in range(3))


def test_the_article_lists_current_row_is_framed_too(qtbot: Any, window: Any) -> None:
    view = window.article_list.view
    qtbot.waitUntil(lambda: view.model().rowCount() >= 2)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == 1
    image = view.viewport().grab().toImage()
    row = current_row_rect(view)
    assert row is not None
    ring = focus_colour(view.palette())
    x = row.width() // 2
    assert any(near(image, x, y, ring) for y in range(row.top(), row.top() + 4))
