"""Edits of a few events update those events where they are shown, and undo puts back exactly
what was there, the "edited" mark included; the rows listed still follow the filter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.test_desk_support import a_store, event_titled, open_window, press, select, table_ids
from timeline_app.domain.model import EventFilter
from timeline_app.ui.event_table import EDITED, TITLE

STRIKE = "Ukraine strikes Voronezh"


def cell(window: Any, event_id: int, column: int) -> str:
    model = window.event_table.model
    return model.cells(model.row_of(event_id))[column]


def resets_of(window: Any) -> list[bool]:
    """Records each time the table re-lists every row (a full re-query)."""
    seen: list[bool] = []
    window.event_table.model.modelReset.connect(lambda: seen.append(True))
    return seen


def test_star_and_undo_update_the_row_and_restore_the_edited_mark(qtbot, tmp_path: Path) -> None:
    # given a machine-found event, selected
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    assert not strike.edited and cell(window, strike.id, EDITED) == ""
    select(qtbot, window, strike.id)
    resets = resets_of(window)
    # when the analyst stars it with S
    press(qtbot, window, Qt.Key.Key_S)
    # then its row shows it edited, without the table re-listing every row
    qtbot.waitUntil(lambda: window.store.get_event(strike.id).starred)
    assert cell(window, strike.id, EDITED) == "✓" and not resets
    # and Ctrl+Z makes it a machine event again, in the store and in the table
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.store.get_event(strike.id).starred)
    assert not window.store.get_event(strike.id).edited
    assert cell(window, strike.id, EDITED) == "" and window.selected_event_ids() == [strike.id]


def test_tag_then_undo_leaves_the_event_unedited_and_lists_the_new_tag(qtbot, tmp_path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    select(qtbot, window, strike.id)
    assert "to verify" not in window.desk.filter_panel.choices.get("tags")
    window.desk.tag_selected("to verify")
    assert window.store.get_event(strike.id).tags == ("to verify",)
    assert "to verify" in window.desk.filter_panel.choices.get("tags")
    window.undo_stack.undo()
    event = window.store.get_event(strike.id)
    assert event.tags == () and not event.edited


def test_a_title_edit_shows_in_the_table_and_on_the_timeline(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    assert window.desk.edit_event(strike.id, title="Strike on Voronezh airfield")
    assert cell(window, strike.id, TITLE) == "Strike on Voronezh airfield"
    qtbot.waitUntil(
        lambda: any(
            label.event_id == strike.id and label.text.startswith("Strike on")
            for label in window.timeline.scene().labels
        )
    )
    window.undo_stack.undo()
    assert cell(window, strike.id, TITLE) == STRIKE
    assert not window.store.get_event(strike.id).edited


def test_unstarring_under_starred_only_takes_the_row_away(qtbot, tmp_path: Path) -> None:
    # given the table narrowed to starred events, one of them selected
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    window.store.update_event(strike.id, starred=True)
    window.apply_filter(EventFilter(starred_only=True))
    qtbot.waitUntil(lambda: table_ids(window) == {strike.id})
    select(qtbot, window, strike.id)
    # when it is unstarred, it leaves the list; undo brings it back
    window.desk.toggle_star_selected()
    qtbot.waitUntil(lambda: table_ids(window) == set())
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: table_ids(window) == {strike.id})


def test_scrolling_to_the_end_lists_the_next_page(qtbot, tmp_path: Path) -> None:
    from timeline_app.store.repositories import Store
    from timeline_app.store.synthetic import generate_store
    from timeline_app.ui.event_table import EventTable

    # given a table listing the first page of a store with more events than a page
    generate_store(tmp_path / "big.db", 260, seed=3)
    store = Store(tmp_path / "big.db")
    table = EventTable()
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    table.loader.sync_limit, table.loader.row_limit = 10, 100
    table.set_store(store)
    qtbot.waitUntil(lambda: not table.is_loading() and table.model.rowCount() == 100)
    assert "first 100 of" in table.notice.text()
    # when the analyst scrolls to the end, twice
    for listed in (200, table.total):
        bar = table.view.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda n=listed: table.model.rowCount() == n)
    # then every event is listed once, in date order, and the notice is gone
    ids = table.visible_event_ids()
    assert len(set(ids)) == len(ids) == table.total == store.count_events()
    assert ids == [e.id for e in store.events()]
    assert table.notice.isHidden()
    table.shutdown()
    store.close()
