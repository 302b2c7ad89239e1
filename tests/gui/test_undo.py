"""Corrections through the real window: edit, delete, merge, split, re-date; undo, redo, restart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.test_desk_support import (
    PUBLISHED,
    STRIKE_TEXT,
    a_store,
    answer_merge_question,
    event_titled,
    open_window,
    press,
    select,
    shelling_article,
    shelling_events,
    strike_article,
    strike_events,
    table_ids,
    timeline_day,
)
from timeline_app.domain.model import DateSpan, EventFilter, Extraction, Precision
from timeline_app.store.repositories import Store, StoreError
from timeline_app.ui.event_editor import to_qdate

STRIKE = "Ukraine strikes Voronezh"


def edit_date_in_editor(qtbot, window, title: str, day: date) -> None:  # noqa: ANN001
    """Select the event, Ctrl+E, type a new day, OK — as the analyst does."""
    event = event_titled(window.store, title)
    select(qtbot, window, event.id)
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.desk.editor is not None and window.desk.editor.isVisible())
    editor = window.desk.editor
    editor.start_edit.setDate(to_qdate(day))
    editor.end_edit.setDate(to_qdate(day))
    qtbot.mouseClick(
        editor.buttons.button(editor.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def table_date(window, event_id: int) -> str:  # noqa: ANN001
    return window.event_table.event_by_id(event_id).span.start.isoformat()


def test_edit_date_moves_the_mark_and_ctrl_z_moves_it_back(qtbot, tmp_path: Path) -> None:
    # given a window on a store with the strike dated Tue 18 Nov
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    before_day = timeline_day(window, strike.id)
    machine_reason = (strike.basis, strike.explanation)
    assert strike.basis is not None and strike.explanation != "set by the analyst"
    # when the analyst corrects it to 14 Nov in the editor
    edit_date_in_editor(qtbot, window, STRIKE, date(2025, 11, 14))
    # then the table and the timeline show the new date, and Undo names the change
    qtbot.waitUntil(lambda: table_date(window, strike.id) == "2025-11-14")
    assert timeline_day(window, strike.id) == date(2025, 11, 14).toordinal() != before_day
    assert window.undo_stack.undoText() == f"Change date of “{STRIKE}”"
    edited = window.store.get_event(strike.id)
    assert edited.edited and (edited.basis, edited.explanation) == (None, "set by the analyst")
    # when Ctrl+Z
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # then it moves back, with the machine's reasoning for the date again
    qtbot.waitUntil(lambda: table_date(window, strike.id) == "2025-11-18")
    assert timeline_day(window, strike.id) == before_day
    undone = window.store.get_event(strike.id)
    assert (undone.basis, undone.explanation) == machine_reason and not undone.edited
    # and Ctrl+Shift+Z redoes it
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, window, Qt.Key.Key_Z, mods)
    qtbot.waitUntil(lambda: table_date(window, strike.id) == "2025-11-14")


def test_an_edit_survives_closing_and_reopening(qtbot, tmp_path: Path) -> None:
    # given an edit made and the window and store closed
    db = tmp_path / "t.db"
    window = open_window(qtbot, a_store(db))
    edit_date_in_editor(qtbot, window, STRIKE, date(2025, 11, 14))
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1)
    window.close()
    window.store.close()
    # when the store is opened again in a new window
    reopened = open_window(qtbot, Store(db))
    # then the edit is there, and re-importing the article does not undo it
    strike = event_titled(reopened.store, STRIKE)
    assert strike.span == DateSpan.day(date(2025, 11, 14)) and strike.edited
    # (an updated version of the page: same file, one more sentence, machine events re-extracted)
    updated = replace(strike_article(), text=STRIKE_TEXT + " Air raid alerts sounded in Kyiv.")
    report = reopened.store.save_article(updated, Extraction((), strike_events(updated.text)))
    assert report.status == "updated"
    assert event_titled(reopened.store, STRIKE).span.start == date(2025, 11, 14)
    assert reopened.event_table.event_by_id(strike.id).span.start == date(2025, 11, 14)


def test_editor_precision_picker_snaps_the_interval(qtbot, tmp_path: Path) -> None:
    # given the editor open on the strike (18 Nov)
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    select(qtbot, window, strike.id)
    editor = window.desk.edit_selected()
    # when the analyst says it is only known to the month
    editor.precision_combo.setCurrentIndex(editor.precision_combo.findData(Precision.MONTH))
    editor.accept()
    # then the event covers November, at month precision, in one undo step
    qtbot.waitUntil(lambda: window.store.get_event(strike.id).span.precision == Precision.MONTH)
    assert window.store.get_event(strike.id).span == DateSpan(
        date(2025, 11, 1), date(2025, 11, 30), Precision.MONTH
    )
    window.undo_stack.undo()
    assert window.store.get_event(strike.id).span == DateSpan.day(date(2025, 11, 18))


def test_editing_type_title_actors_places_status_is_one_undo_step(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    select(qtbot, window, strike.id)
    editor = window.desk.edit_selected()
    editor.title_edit.setText("Drone strike on Voronezh depot")
    editor.type_combo.setCurrentIndex(editor.type_combo.findText("Missile strike"))
    editor.status_combo.setCurrentIndex(editor.status_combo.findText("Claimed"))
    editor.actors_edit.setText("Ukraine, Russia")
    editor.places_edit.setText("Voronezh, Liski")
    editor.note_edit.setPlainText("Governor's claim, unverified")
    editor.accept()
    edited = window.store.get_event(strike.id)
    assert (edited.title, edited.type.value, edited.status.value) == (
        "Drone strike on Voronezh depot",
        "missile_strike",
        "claimed",
    )
    assert {a.name for a in edited.actors} == {"Ukraine", "Russia"}
    assert {p.name for p in edited.places} == {"Voronezh", "Liski"}
    assert edited.note == "Governor's claim, unverified"
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText().startswith(f"Edit “{STRIKE}” (")
    window.undo_stack.undo()
    back = window.store.get_event(strike.id)
    assert (back.title, back.type, back.status, back.note) == (
        strike.title,
        strike.type,
        strike.status,
        "",
    )
    assert {p.name for p in back.places} == {"Voronezh"}


def test_delete_hides_and_undo_or_restore_brings_back(qtbot, tmp_path: Path) -> None:
    # given the strike selected
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    select(qtbot, window, strike.id)
    # when Delete is pressed: it is gone from the table
    window.event_table.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: strike.id not in table_ids(window))
    assert window.store.get_event(strike.id).deleted
    # when undone: back
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: strike.id in table_ids(window))
    # when deleted again, then restored from "Show deleted events"
    window.undo_stack.redo()
    window.desk.filter_panel.include_deleted.setChecked(True)
    qtbot.waitUntil(lambda: strike.id in table_ids(window))
    select(qtbot, window, strike.id)
    window.desk.restore_selected()
    assert not window.store.get_event(strike.id).deleted
    assert window.undo_stack.undoText() == f"Restore “{STRIKE}”"


def merged_pair(qtbot, tmp_path: Path):  # noqa: ANN201, ANN001
    """Two separately imported reports of different events, merged by the analyst."""
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    shelling = event_titled(window.store, "Russia shells Kherson")
    select(qtbot, window, strike.id, shelling.id)
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    # a missile strike and a shelling: the window asks once, saying so; the analyst merges
    answer_merge_question(qtbot, window)
    return window, strike, shelling


def test_merge_makes_one_event_with_two_sources_and_undo_separates(qtbot, tmp_path: Path) -> None:
    window, strike, shelling = merged_pair(qtbot, tmp_path)
    qtbot.waitUntil(lambda: shelling.id not in table_ids(window))
    merged = window.store.get_event(strike.id)
    assert merged.source_count == 2
    assert window.selected_event_ids() == [strike.id]
    assert window.undo_stack.undoText() == f"Merge 2 events into “{STRIKE}”"
    # when undone: two events again, each with its own sentence and fields
    window.undo_stack.undo()
    titles = {e.title: e for e in window.store.events()}
    assert titles[STRIKE].source_count == 1 and titles["Russia shells Kherson"].source_count == 1
    assert titles["Russia shells Kherson"].sources[0].site == "reuters.com"
    assert len(table_ids(window)) == 5
    # and redo merges them again, even though undo gave the shelling a new id
    window.undo_stack.redo()
    assert window.store.count_events() == 4


def test_split_gives_two_events_not_re_merged_by_reimport(qtbot, tmp_path: Path) -> None:
    # given a merged event
    window, strike, _ = merged_pair(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.store.count_events() == 4)
    # when split
    select(qtbot, window, strike.id)
    pieces = window.desk.split_selected()
    # then two events, each with one source
    assert len(pieces) == 2
    assert all(window.store.get_event(p).source_count == 1 for p in pieces)
    assert window.store.count_events() == 5
    assert window.undo_stack.undoText() == f"Split “{STRIKE}”"
    # and re-importing both articles does not merge them again
    window.store.save_article(strike_article(), Extraction((), strike_events()))
    window.store.save_article(shelling_article(), Extraction((), shelling_events()))
    assert window.store.count_events() == 5
    # and undoing the split merges them back
    window.undo_stack.undo()
    assert window.store.count_events() == 4


def test_set_article_date_re_resolves_its_events(qtbot, tmp_path: Path) -> None:
    # given an article whose events were resolved against Wed 19 Nov (by the real extraction)
    from timeline_app.extraction.pipeline import extract

    store = Store(tmp_path / "t.db")
    raw = strike_article()
    store.save_article(raw, extract(raw))
    window = open_window(qtbot, store)
    article_id = store.articles()[0].id

    def starts() -> set[date]:
        return {e.span.start for e in store.events_for_article(article_id) if e.span}

    before = starts()
    assert date(2025, 11, 18) in before  # "on Tuesday" before Wed 19 Nov
    # when the analyst says it was published a week later
    assert window.desk.set_article_date(article_id, date(2025, 11, 26))
    # then "on Tuesday" is now 25 Nov, and the article shows the new date
    assert store.get_article(article_id).published == date(2025, 11, 26)
    assert date(2025, 11, 25) in starts() and date(2025, 11, 18) not in starts()
    assert (
        window.undo_stack.undoText()
    ) == "Set publication date of “Ukraine strikes Voronezh” to 26 Nov 2025"
    # and undo puts everything back
    window.undo_stack.undo()
    assert store.get_article(article_id).published == PUBLISHED
    assert starts() == before


def test_undo_history_is_cleared_when_another_store_opens(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "a.db"))
    select(qtbot, window, event_titled(window.store, STRIKE).id)
    window.desk.toggle_star_selected()
    assert window.undo_stack.count() == 1
    a_store(tmp_path / "b.db").close()
    assert window.open_store(tmp_path / "b.db")
    assert window.undo_stack.count() == 0
    assert window.store.count_events(EventFilter()) == 5


def test_merge_undo_redo_repeatedly_keeps_each_events_own_fields(qtbot, tmp_path: Path) -> None:
    # given the shelling tagged and starred, then merged into the strike
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    shelling = event_titled(window.store, "Russia shells Kherson")
    select(qtbot, window, shelling.id)
    window.desk.tag_selected("south")
    window.desk.toggle_star_selected()
    strike = event_titled(window.store, STRIKE)
    select(qtbot, window, strike.id, shelling.id)
    assert window.desk.merge_selected() == strike.id
    # when merge is undone and redone twice, and finally undone
    for _ in range(2):
        window.undo_stack.undo()
        assert window.store.count_events() == 5
        window.undo_stack.redo()
        assert window.store.count_events() == 4
    window.undo_stack.undo()
    # then the shelling is its own event again, with its tag and star, and the strike untouched
    back = event_titled(window.store, "Russia shells Kherson")
    assert back.tags == ("south",) and back.starred and back.source_count == 1
    assert not event_titled(window.store, STRIKE).tags
    # and the older tag and star commands still undo on the re-made event
    window.undo_stack.undo()
    window.undo_stack.undo()
    back = event_titled(window.store, "Russia shells Kherson")
    assert back.tags == () and not back.starred


def test_a_failed_write_is_reported_and_leaves_no_undo_step(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    # given a store that refuses writes (a locked file, a full disk)
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    select(qtbot, window, strike.id)

    def refuse(*_a: object, **_k: object) -> None:
        raise StoreError("The store is busy: another window is writing.")

    monkeypatch.setattr(window.store, "update_event", refuse)
    # when the analyst stars the event
    window.desk.toggle_star_selected()
    # then the error is shown, and Undo offers nothing that never happened
    assert window.last_error is not None and "busy" in window.last_error[1]
    assert window.undo_stack.count() == 0
    assert not window.desk.edit_event(10_000, title="x")


def test_edit_history_lists_corrections_and_jumps_back(qtbot, tmp_path: Path) -> None:
    # given two corrections
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    select(qtbot, window, strike.id)
    window.desk.toggle_star_selected()
    window.desk.tag_selected("verify")
    # then the history lists them after the opening state
    history = window.desk.history
    texts = [history.model().index(r, 0).data() for r in range(history.model().rowCount())]
    assert texts == ["Opened", f"Star “{STRIKE}”", f"Tag “{STRIKE}” “verify”"]
    # when the analyst clicks the opening state, both are undone
    window.undo_stack.setIndex(0)
    back = window.store.get_event(strike.id)
    assert not back.starred and back.tags == ()


def test_split_is_offered_only_for_events_with_several_sources(qtbot, tmp_path: Path) -> None:
    window, strike, _ = merged_pair(qtbot, tmp_path)
    qtbot.waitUntil(lambda: window.store.get_event(strike.id).source_count == 2)
    select(qtbot, window, strike.id)
    assert window.desk.act_split.isEnabled()
    protest = event_titled(window.store, "Protest in Tbilisi")
    select(qtbot, window, protest.id)
    assert not window.desk.act_split.isEnabled()
