"""The window's share for the timeline, stepping through events with [ and ], Escape in the
search box, and the question before merging events that differ: driven with real keys."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from tests.fakes import an_event
from tests.gui.test_desk_support import (
    a_store,
    answer_merge_question,
    event_titled,
    merge_question,
    open_window,
    press,
    select,
    table_ids,
)
from timeline_app.domain.model import EventType
from timeline_app.ui.merge_check import differences

STRIKE = "Ukraine strikes Voronezh"
SHELLING = "Russia shells Kherson"


# --- the timeline's share of the window ----------------------------------------------------------
def a_window(qtbot: Any, tmp_path: Path, size: tuple[int, int] = (1440, 900)) -> Any:
    from timeline_app.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(a_store(tmp_path / "s.db"), settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_timeline_gets_most_of_a_1440x900_window(qtbot: Any, tmp_path: Path) -> None:
    # it had about 330 px of the 900; the table and article now share the smaller part
    window = a_window(qtbot, tmp_path)
    top, bottom = window.main_splitter.sizes()
    assert top >= 0.55 * (top + bottom)
    assert window.timeline.height() >= 440


def test_a_moved_splitter_is_remembered_at_once_and_comes_back(qtbot: Any, tmp_path: Path) -> None:
    window = a_window(qtbot, tmp_path)
    handle = window.main_splitter.handle(1)
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(handle, start + start.__class__(0, -120))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + start.__class__(0, -120))
    moved = window.main_splitter.sizes()[0]
    # saved when it moved (a crash or a killed session keeps it), not only at a clean exit
    assert window.settings.value("window/splitter_main") is not None
    window.hide()  # no close: the value was written when the splitter moved
    again = a_window(qtbot, tmp_path)
    assert abs(again.main_splitter.sizes()[0] - moved) <= 2


# --- [ and ] step through the events in time -----------------------------------------------------
def test_brackets_step_to_the_next_and_previous_event(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    meeting = event_titled(window.store, "Zelensky meets Macron")  # 17 Nov
    strike = event_titled(window.store, STRIKE)  # 18 Nov
    evacuation = event_titled(window.store, "Evacuation of Dnipro villages")  # December
    select(qtbot, window, meeting.id)
    window.timeline.setFocus()
    press(qtbot, window, Qt.Key.Key_BracketRight)
    assert window.selected_event_ids() == [strike.id]
    assert window.event_table.selected_ids() == [strike.id]  # the table follows, as on a click
    press(qtbot, window, Qt.Key.Key_BracketRight)
    assert window.selected_event_ids() == [evacuation.id]
    first, last = window.timeline.visible_range()
    assert first <= date(2025, 12, 1) <= last  # brought into view
    press(qtbot, window, Qt.Key.Key_BracketLeft)
    assert window.selected_event_ids() == [strike.id]
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.selected_event_ids() == [meeting.id]


def test_a_step_from_several_selected_goes_past_the_last_of_them(
    qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    meeting = event_titled(window.store, "Zelensky meets Macron")  # 17 Nov
    strike = event_titled(window.store, STRIKE)  # 18 Nov
    shelling = event_titled(window.store, SHELLING)  # 16 Nov
    protest = event_titled(window.store, "Protest in Tbilisi")  # week of 10 Nov
    select(qtbot, window, meeting.id, strike.id)
    window.timeline.setFocus()
    press(qtbot, window, Qt.Key.Key_BracketRight)
    assert "Evacuation of Dnipro villages" in window.status.currentMessage()
    select(qtbot, window, meeting.id, strike.id)
    press(qtbot, window, Qt.Key.Key_BracketLeft)
    assert window.selected_event_ids() == [shelling.id]
    press(qtbot, window, Qt.Key.Key_BracketLeft)
    assert window.selected_event_ids() == [protest.id]


def test_the_step_keys_are_listed_in_the_view_menu(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    keys = {
        a.text().replace("&", ""): a.shortcut().toString()
        for a in window.menu_view.actions()
        if a.text()
    }
    assert keys["Next event"] == "]" and keys["Previous event"] == "["


# --- Escape in the search box --------------------------------------------------------------------
def test_escape_in_the_search_box_clears_the_search(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    search = window.desk.filter_panel.search
    search.setFocus()
    qtbot.keyClicks(search, "Kherson")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(table_ids(window)) < 5)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: len(table_ids(window)) == 5)


# --- merging events that differ asks once --------------------------------------------------------
def test_merging_a_strike_and_a_shelling_asks_what_differs(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    shelling = event_titled(window.store, SHELLING)
    select(qtbot, window, strike.id, shelling.id)
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    box = merge_question(qtbot, window)
    said = box.text() + " " + box.informativeText()
    assert "Drone attack" in said and "Shelling" in said
    answer_merge_question(qtbot, window, "Cancel")
    assert window.store.count_events() == 5  # nothing merged
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    answer_merge_question(qtbot, window)
    qtbot.waitUntil(lambda: window.store.count_events() == 4)
    assert window.store.get_event(strike.id).source_count == 2


def test_merging_reports_of_one_happening_asks_nothing(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    shelling = event_titled(window.store, SHELLING)
    assert window.desk.edit_event(shelling.id, type=EventType.DRONE_ATTACK)
    select(qtbot, window, strike.id, shelling.id)
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.store.count_events() == 4)  # two days apart, one type


def test_what_differs_is_said_in_words() -> None:
    day = date(2025, 11, 18)
    alike = [an_event(1, day), an_event(2, date(2025, 11, 20))]
    assert differences(alike) == []
    far = [an_event(1, day), an_event(2, date(2025, 11, 30))]
    assert differences(far) == ["dates are 12 days apart: 18 Nov 2025, 30 Nov 2025"]
    kinds = [an_event(1, day, type=EventType.SHELLING), an_event(2, day)]
    assert differences(kinds) == ["types differ: Shelling, Meeting"]
