"""The filter dock through the real window: search as you type, types, tags, saved views."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_desk_support import (
    a_store,
    event_titled,
    open_window,
    press,
    select,
    table_ids,
    timeline_ids,
)
from timeline_app.domain.model import EventFilter, EventStatus, EventType
from timeline_app.ui.filter_panel import filter_from_json, filter_to_json


def all_ids(window) -> set[int]:  # noqa: ANN001
    return {e.id for e in window.store.events()}


def test_typing_a_search_narrows_table_and_timeline(qtbot, tmp_path: Path) -> None:
    # given a window on five events
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    panel = window.desk.filter_panel
    assert table_ids(window) == all_ids(window)
    # when the analyst types "Voronezh" in the search box
    qtbot.keyClicks(panel.search, "Voronezh")
    # then, after the debounce, only the strike is in the table and on the timeline
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    qtbot.waitUntil(lambda: table_ids(window) == {strike.id})
    assert window.event_table.row_count() == 1
    assert timeline_ids(window) == {strike.id}
    assert panel.message.isVisible() and "1 event" in panel.message.text()
    # when the box is cleared, everything is back
    panel.search.clear()
    panel.apply()
    qtbot.waitUntil(lambda: table_ids(window) == all_ids(window))


def test_a_malformed_query_says_so_and_keeps_the_view(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    panel = window.desk.filter_panel
    qtbot.keyClicks(panel.search, '"Voronezh')
    qtbot.waitUntil(lambda: panel.has_error)
    assert panel.message.isVisible() and "quot" in panel.message.text().lower()
    assert table_ids(window) == all_ids(window)  # not an empty result


def test_unticking_a_type_filters_the_table(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    panel = window.desk.filter_panel
    meeting = event_titled(window.store, "Zelensky meets Macron")
    qtbot.mouseClick(panel.types.boxes[EventType.MEETING], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meeting.id not in table_ids(window))
    assert len(table_ids(window)) == 4
    assert EventType.MEETING not in window.current_filter().types
    # "All" ticks every type again
    panel.types.set_all()
    qtbot.waitUntil(lambda: meeting.id in table_ids(window))


def test_the_last_type_cannot_be_unticked(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    group = window.desk.filter_panel.types
    for t in list(EventType)[1:]:
        group.boxes[t].setChecked(False)
    group.boxes[EventType.MEETING].setChecked(False)
    assert group.boxes[EventType.MEETING].isChecked()
    assert window.current_filter().types == frozenset({EventType.MEETING})


def test_the_all_buttons_say_what_they_do_and_tick_every_box(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    panel = window.desk.filter_panel
    buttons = [b for b in panel.findChildren(QPushButton) if b.text() == "All"]
    # the tooltips read as English ("Show every types" did not)
    assert sorted(b.toolTip() for b in buttons) == [
        "Tick every status again",
        "Tick every type again",
    ]
    # and the types' button ticks every type again
    panel.types.boxes[EventType.MEETING].setChecked(False)
    types_button = next(b for b in buttons if "type" in b.toolTip())
    qtbot.mouseClick(types_button, Qt.MouseButton.LeftButton)
    assert all(box.isChecked() for box in panel.types.boxes.values())
    assert window.current_filter().types == frozenset()


def test_status_place_and_starred_filters(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    panel = window.desk.filter_panel
    evacuation = event_titled(window.store, "Evacuation of Dnipro villages")
    for s in (EventStatus.HAPPENED, EventStatus.CLAIMED, EventStatus.DENIED):
        panel.statuses.boxes[s].setChecked(False)
    qtbot.waitUntil(lambda: table_ids(window) == {evacuation.id})
    panel.statuses.set_all()
    panel.places.setText("Paris, Tbilisi")
    panel.apply()
    titles = {window.store.get_event(i).title for i in table_ids(window)}
    assert titles == {"Zelensky meets Macron", "Protest in Tbilisi"}
    panel.places.clear()
    select(qtbot, window, evacuation.id)
    window.desk.toggle_star_selected()
    panel.starred_only.setChecked(True)
    qtbot.waitUntil(lambda: table_ids(window) == {evacuation.id})


def test_bulk_tag_then_filter_by_that_tag(qtbot, tmp_path: Path) -> None:
    # given two events selected
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    shelling = event_titled(window.store, "Russia shells Kherson")
    select(qtbot, window, strike.id, shelling.id)
    # when tagged "frontline" in one go
    window.desk.tag_selected("frontline")
    assert window.undo_stack.undoText() == "Tag 2 events “frontline”"
    # then the tag picker offers it and filtering by it shows exactly them
    panel = window.desk.filter_panel
    qtbot.waitUntil(lambda: "frontline" in panel.tags.load_choices())
    panel.tags.setText("frontline")
    panel.apply()
    qtbot.waitUntil(lambda: table_ids(window) == {strike.id, shelling.id})
    # and undo takes the tag off both
    window.undo_stack.undo()
    assert window.store.count_events(EventFilter(tags=frozenset({"frontline"}))) == 0


def test_saved_view_recalls_filters_and_survives_reopening(qtbot, tmp_path: Path) -> None:
    # given a filtered view saved under a name
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    panel = window.desk.filter_panel
    panel.types.boxes[EventType.MEETING].setChecked(False)
    panel.search.setText("Kherson")
    panel.apply()
    window.timeline.set_visible_range(date(2025, 11, 1), date(2025, 11, 30))
    saved_range = window.timeline.visible_range()
    panel.save_view("South, no meetings")
    # when filters are cleared and the timeline moved, then the view is picked from the combo
    panel.clear()
    window.timeline.set_visible_range(date(2024, 1, 1), date(2024, 12, 31))
    assert window.current_filter().text == ""
    assert panel.views_combo.findText("South, no meetings") >= 0
    panel.views_combo.textActivated.emit("South, no meetings")
    # then the filter, the widgets and the table are as saved
    assert window.current_filter().text == "Kherson"
    assert EventType.MEETING not in window.current_filter().types
    assert panel.search.text() == "Kherson"
    assert window.timeline.visible_range() == saved_range
    assert not panel.types.boxes[EventType.MEETING].isChecked()
    assert {window.store.get_event(i).title for i in table_ids(window)} == {"Russia shells Kherson"}
    # and deleting it removes it from the store
    panel.delete_view("South, no meetings")
    assert "South, no meetings" not in window.store.views()


def test_ctrl_f_focuses_the_search_box(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    window.event_table.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.desk.filter_panel.search.hasFocus())


@pytest.mark.parametrize(
    "flt, visible",
    [
        (EventFilter(), None),
        (
            EventFilter(
                date_from=date(2025, 11, 1),
                date_to=date(2025, 11, 30),
                types=frozenset({EventType.SHELLING, EventType.DRONE_ATTACK}),
                statuses=frozenset({EventStatus.CLAIMED}),
                actors=frozenset({"Russia"}),
                places=frozenset({"Kherson", "Kyiv"}),
                sites=frozenset({"reuters.com"}),
                tags=frozenset({"frontline"}),
                text='"oil depot" OR refinery',
                starred_only=True,
                include_deleted=True,
            ),
            (date(2025, 10, 1), date(2025, 12, 31)),
        ),
    ],
)
def test_saved_view_json_round_trip(flt: EventFilter, visible) -> None:  # noqa: ANN001
    assert filter_from_json(filter_to_json(flt, visible)) == (flt, visible)


def test_ticking_a_date_bound_starts_from_the_visible_range(qtbot, tmp_path: Path) -> None:
    # given the timeline showing November 2025
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    window.timeline.set_visible_range(date(2025, 11, 1), date(2025, 11, 30))
    start, end = window.timeline.visible_range()
    panel = window.desk.filter_panel
    # when "From" and "To" are ticked
    panel.date_from.box.setChecked(True)
    panel.date_to.box.setChecked(True)
    # then the filter is the visible range, and events outside it leave the table
    assert (window.current_filter().date_from, window.current_filter().date_to) == (start, end)
    evacuation = event_titled(window.store, "Evacuation of Dnipro villages")  # December
    qtbot.waitUntil(lambda: evacuation.id not in table_ids(window))
    assert len(table_ids(window)) == 4
