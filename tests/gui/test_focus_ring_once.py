"""A focused date field (the publication-date dialog's, the editor's) is ringed once, round the
whole control: its own line edit drew a second ring round the text alone, which ran into the
drop-down arrow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit

from tests.gui.test_focus_visible import near, window  # noqa: F401 - the themed window fixture
from timeline_app.ui.focus_style import focus_colour


def test_a_focused_date_field_is_ringed_once_round_the_whole_control(
    qtbot: Any,
    window: Any,  # noqa: F811 - the fixture: the app's style and palette in light and dark
) -> None:
    field = QDateEdit(QDate(2025, 11, 14))
    field.setCalendarPopup(True)
    qtbot.addWidget(field)
    field.resize(240, 30)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    image = field.grab().toImage()
    colour = focus_colour(field.palette())
    inner = field.findChild(QLineEdit).geometry()
    y = inner.center().y()
    # the ring round the control, at its left edge
    assert any(near(image, x, y, colour) for x in range(0, 4))
    # none at the right edge of the text, where the drop-down arrow starts
    assert not any(near(image, x, y, colour) for x in range(inner.right() - 3, inner.right() + 1))
