"""The filter panel's date bounds read "any date" while off.

Off, they showed today's date, greyed: a bound that looked in force, on a day no analyst meant.
Ticked, a bound starts from the timeline's visible range (as before); unticked, it reads "any
date" again and the filter drops it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

from tests.gui.test_desk_support import a_store, open_window
from timeline_app.ui.formatting import format_day


def click_box(qtbot: Any, box: Any) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_an_unticked_date_bound_reads_any_date_and_ticking_it_takes_the_view(
    qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    window.timeline.set_visible_range(date(2025, 11, 1), date(2025, 11, 30))
    start, _end = window.timeline.visible_range()
    bound = window.desk.filter_panel.date_from
    # off: it says so, and shows no day (it showed today)
    assert bound.edit.text() == "any date" and not bound.edit.isEnabled()
    assert format_day(date.today()) not in bound.edit.text()
    # when the analyst ticks "From"
    click_box(qtbot, bound.box)
    # then it starts at the first day in view, and the filter has it
    assert bound.edit.isEnabled() and bound.edit.text() == format_day(start)
    assert window.current_filter().date_from == start
    # and unticking it says "any date" again and drops the bound
    click_box(qtbot, bound.box)
    assert bound.edit.text() == "any date"
    assert window.current_filter().date_from is None
