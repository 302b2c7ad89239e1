"""The desk in the real window: Edit menu and shortcuts, star, new event from text, snapping."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor

from tests.gui.test_desk_support import (
    STRIKE_TEXT,
    a_store,
    event_titled,
    open_window,
    press,
    select,
    table_ids,
    timeline_marks,
)
from timeline_app.domain.model import DateSpan, EventStatus, EventType, Precision, StoredEvent
from timeline_app.ui.commands import edit_text, quoted
from timeline_app.ui.event_editor import EventEditor, snap_span, split_tokens, to_qdate


def test_edit_menu_lists_the_corrections_with_their_keys(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    keys = {a.text().replace("&", ""): a.shortcut().toString() for a in window.menu_edit.actions()}
    assert keys["Edit event…"] == "Ctrl+E"
    assert keys["Delete event"] == "Del"
    assert keys["Merge events"] == "Ctrl+M"
    assert keys["Star / unstar"] == "S"
    assert keys["Find…"] == "Ctrl+F"
    assert keys["Undo"] == "Ctrl+Z"


def test_right_click_on_table_or_timeline_offers_the_corrections(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    for pane in (window.event_table.view, window.timeline):
        assert pane.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    texts = [a.text().replace("&", "") for a in window.desk.context_menu().actions()]
    assert {"Edit event…", "Merge events", "Delete event", "Tag selection…"} <= set(texts)


def test_no_two_window_actions_share_a_shortcut(qtbot, tmp_path: Path) -> None:
    # An ambiguous shortcut fires neither action, so a clash silently breaks a key.
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    keys = Counter(
        s.toString() for a in window.findChildren(QAction) for s in a.shortcuts() if not s.isEmpty()
    )
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize("pane", ["table", "timeline"])
def test_s_stars_and_unstars_the_selection(qtbot, tmp_path: Path, pane: str) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    (window.event_table.view if pane == "table" else window.timeline).setFocus()
    press(qtbot, window, Qt.Key.Key_S)
    assert window.store.get_event(strike.id).starred
    assert window.undo_stack.undoText() == "Star “Ukraine strikes Voronezh”"
    press(qtbot, window, Qt.Key.Key_S)
    assert not window.store.get_event(strike.id).starred
    window.undo_stack.undo()
    assert window.store.get_event(strike.id).starred


def test_home_fits_the_timeline_only_when_the_timeline_has_the_focus(qtbot, tmp_path) -> None:  # noqa: ANN001
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    timeline, view = window.timeline, window.event_table.view
    timeline.set_visible_range(date(2025, 11, 17), date(2025, 11, 18))
    # given the analyst in the table, on a row's third column (its event brought into view)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 2))
    zoomed = timeline.visible_range()
    # when Home is pressed there, the table goes to the row's first column ...
    press(qtbot, window, Qt.Key.Key_Home)
    assert view.currentIndex().column() == 0
    # ... and the timeline keeps its zoom (View > Fit all used to take the key)
    assert timeline.visible_range() == zoomed
    # while Home on the timeline still fits everything
    timeline.setFocus()
    press(qtbot, window, Qt.Key.Key_Home)
    assert timeline.visible_range() != zoomed
    assert any(a.shortcut().toString() == "Home" for a in window.menu_view.actions())


@pytest.mark.parametrize("pane", ["table", "timeline"])
def test_double_clicking_an_event_opens_its_editor(qtbot, tmp_path: Path, pane: str) -> None:
    from PySide6.QtCore import QPoint

    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    if pane == "table":
        table = window.event_table
        row = table.proxy.mapFromSource(table.model.index(table.model.row_of(strike.id), 2)).row()
        target = table.view.viewport()
        point = table.view.visualRect(table.proxy.index(row, 2)).center()
    else:
        window.timeline.fit_all()
        window.timeline.repaint()
        mark = timeline_marks(window)[strike.id]
        target, point = window.timeline, QPoint(round(mark.x), round(mark.y))
    # a real double-click: a click (which selects, and may move the mark to another row) and
    # the double-click event at the same place
    shown = window.timeline.visible_range()
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(target, Qt.MouseButton.LeftButton, pos=point)
    editor = window.desk.editor
    assert editor is not None and editor.isVisible()
    assert editor.original.id == strike.id
    assert window.timeline.visible_range() == shown  # not zoomed in as on empty space


def test_typing_s_in_the_search_box_does_not_star(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    panel = window.desk.filter_panel
    panel.focus_search()
    qtbot.keyClicks(panel.search, "s")
    assert panel.search.text() == "s"
    assert not window.store.get_event(strike.id).starred


def select_in_article(window, start: int, end: int) -> None:  # noqa: ANN001
    browser = window.article_pane.browser
    cursor = browser.textCursor()
    offsets = window.article_pane._offsets  # article offsets -> document positions
    cursor.setPosition(offsets.to_qt(start))
    cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)


def test_new_event_from_selected_article_text(qtbot, tmp_path: Path) -> None:
    # given the strike article open and a sentence of it selected
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    protest = event_titled(window.store, "Protest in Tbilisi")
    select(qtbot, window, protest.id)
    qtbot.waitUntil(lambda: window.article_pane.current_article_id() is not None)
    sentence = "Zelensky met Macron in Paris on Monday"
    start = STRIKE_TEXT.index(sentence)
    select_in_article(window, start - 1, start + len(sentence))  # a stray blank before it
    # when the analyst makes an event of it, typing a title and a date
    editor = window.desk.create_event_from_selection()
    assert editor is not None and editor.creating
    editor.title_edit.setText("Zelensky and Macron talk air defence")
    editor.type_combo.setCurrentIndex(editor.type_combo.findData(EventType.MEETING))
    editor.set_span(DateSpan.day(date(2025, 11, 17)))
    editor.tags_edit.setText("diplomacy")
    editor.accept()
    # then it is stored with its exact sentence as provenance, tagged, selected and undoable
    created = event_titled(window.store, "Zelensky and Macron talk air defence")
    source = created.sources[0]
    assert STRIKE_TEXT[source.sentence_start : source.sentence_end] == sentence
    assert created.tags == ("diplomacy",) and created.edited
    assert created.span == DateSpan.day(date(2025, 11, 17))
    assert window.selected_event_ids() == [created.id]
    assert created.id in table_ids(window)
    window.undo_stack.undo()
    assert created.id not in table_ids(window)
    window.undo_stack.redo()
    assert not window.store.get_event(created.id).deleted


def test_nothing_selected_tells_rather_than_fails(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    select(qtbot, window)
    assert window.desk.edit_selected() is None
    assert window.desk.merge_selected() is None
    assert window.desk.create_event_from_selection() is None
    assert window.undo_stack.count() == 0
    assert window.status.currentMessage()


def test_editor_shows_the_sources_and_changes_only_what_was_touched(qtbot, tmp_path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    editor = window.desk.edit_selected()
    assert "oil depot in Voronezh" in editor.sources_label.text()
    assert editor.changes() == {}
    editor.places_edit.setText("Voronezh, Voronezh ,")
    assert editor.changes() == {}
    editor.reject()
    assert window.undo_stack.count() == 0


def an_editor(qtbot, span: DateSpan) -> EventEditor:  # noqa: ANN001
    event = StoredEvent(
        1, EventType.SHELLING, "Shelling", span, EventStatus.HAPPENED, None, 1, False
    )
    editor = EventEditor(event)
    qtbot.addWidget(editor)
    return editor


def pick(editor: EventEditor, precision: Precision) -> DateSpan | None:
    editor.precision_combo.setCurrentIndex(editor.precision_combo.findData(precision))
    return editor.span()


def test_precision_picker_widens_when_coarser_and_narrows_when_finer(qtbot) -> None:  # noqa: ANN001
    editor = an_editor(qtbot, DateSpan.day(date(2025, 11, 18)))
    assert editor.changes() == {}  # opening snaps nothing
    assert pick(editor, Precision.MONTH) == DateSpan(
        date(2025, 11, 1), date(2025, 11, 30), Precision.MONTH
    )
    assert pick(editor, Precision.WEEK) == DateSpan(
        date(2025, 10, 27), date(2025, 11, 2), Precision.WEEK
    )
    assert pick(editor, Precision.DAY) == DateSpan.day(date(2025, 10, 27))
    assert pick(editor, Precision.YEAR) == DateSpan(
        date(2025, 1, 1), date(2025, 12, 31), Precision.YEAR
    )


def test_moving_the_start_past_the_end_drags_the_end(qtbot) -> None:  # noqa: ANN001
    editor = an_editor(qtbot, DateSpan(date(2025, 11, 1), date(2025, 11, 30), Precision.MONTH))
    editor.start_edit.setDate(to_qdate(date(2025, 12, 5)))
    assert editor.span() == DateSpan(date(2025, 12, 1), date(2025, 12, 31), Precision.MONTH)


def test_a_new_start_for_one_day_moves_the_day(qtbot) -> None:  # noqa: ANN001
    # given an event on one day, 17 November
    editor = an_editor(qtbot, DateSpan.day(date(2025, 11, 17)))
    # when the analyst corrects its date to 10 November (only the start field is touched)
    editor.start_edit.setDate(to_qdate(date(2025, 11, 10)))
    # then the event is on 10 November, not over 10-17 November
    assert editor.span() == DateSpan.day(date(2025, 11, 10))
    # and then choosing "week" gives that one week, in the same single step
    assert pick(editor, Precision.WEEK) == DateSpan(
        date(2025, 11, 10), date(2025, 11, 16), Precision.WEEK
    )


def test_a_new_start_for_one_month_moves_the_month_and_a_range_keeps_its_end(qtbot) -> None:  # noqa: ANN001
    editor = an_editor(qtbot, DateSpan(date(2025, 11, 1), date(2025, 11, 30), Precision.MONTH))
    editor.start_edit.setDate(to_qdate(date(2025, 9, 14)))
    assert editor.span() == DateSpan(date(2025, 9, 1), date(2025, 9, 30), Precision.MONTH)
    # a range of days is widened from its start, keeping its end (that makes a range)
    editor.end_edit.setDate(to_qdate(date(2025, 10, 20)))
    assert editor.span() == DateSpan(date(2025, 9, 1), date(2025, 10, 31), Precision.MONTH)
    editor.start_edit.setDate(to_qdate(date(2025, 8, 3)))
    assert editor.span() == DateSpan(date(2025, 8, 1), date(2025, 10, 31), Precision.MONTH)


def test_an_undated_event_stays_undated_unless_a_date_is_given(qtbot) -> None:  # noqa: ANN001
    editor = an_editor(qtbot, DateSpan.day(date(2025, 11, 18)))
    editor.date_known.setChecked(False)
    assert editor.changes() == {"span": None}
    assert not editor.start_edit.isEnabled()


@pytest.mark.parametrize(
    "start, end, precision, expected",
    [
        (date(2025, 11, 18), date(2025, 11, 18), Precision.DAY, ("2025-11-18", "2025-11-18")),
        (date(2025, 11, 3), date(2025, 11, 5), Precision.DAY, ("2025-11-03", "2025-11-05")),
        (date(2025, 11, 19), date(2025, 11, 19), Precision.WEEK, ("2025-11-17", "2025-11-23")),
        (date(2025, 2, 10), date(2025, 2, 10), Precision.MONTH, ("2025-02-01", "2025-02-28")),
        (date(2024, 2, 10), date(2024, 3, 2), Precision.MONTH, ("2024-02-01", "2024-03-31")),
        (date(2025, 4, 10), date(2025, 4, 10), Precision.SEASON, ("2025-03-01", "2025-05-31")),
        (date(2025, 1, 10), date(2025, 1, 10), Precision.SEASON, ("2024-12-01", "2025-02-28")),
        (date(2025, 12, 24), date(2025, 12, 24), Precision.SEASON, ("2025-12-01", "2026-02-28")),
        (date(2025, 8, 31), date(2025, 8, 31), Precision.QUARTER, ("2025-07-01", "2025-09-30")),
        (date(2025, 8, 31), date(2025, 8, 31), Precision.HALF_YEAR, ("2025-07-01", "2025-12-31")),
        (date(2025, 8, 31), date(2025, 8, 31), Precision.YEAR, ("2025-01-01", "2025-12-31")),
        (date(2025, 8, 31), date(2025, 8, 31), Precision.DECADE, ("2020-01-01", "2029-12-31")),
        (date(2025, 8, 31), date(2025, 8, 31), Precision.CENTURY, ("2001-01-01", "2100-12-31")),
        (date(2000, 6, 1), date(2000, 6, 1), Precision.CENTURY, ("1901-01-01", "2000-12-31")),
    ],
)
def test_snap_span(start: date, end: date, precision: Precision, expected) -> None:  # noqa: ANN001
    span = snap_span(start, end, precision)
    assert (span.start.isoformat(), span.end.isoformat()) == expected
    assert span.precision == precision


@pytest.mark.parametrize(
    "fields, text",
    [
        (["span"], "Change date of “Ukraine strikes Voronezh”"),
        (["type"], "Change type of “Ukraine strikes Voronezh”"),
        (["title", "span"], "Edit “Ukraine strikes Voronezh” (date, title)"),
    ],
)
def test_command_texts_read_as_what_will_be_undone(fields: list[str], text: str) -> None:
    assert edit_text("Ukraine strikes Voronezh", fields) == text


def test_long_titles_are_shortened_in_menus() -> None:
    assert quoted("x" * 100).endswith("…”") and len(quoted("x" * 100)) <= 50


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("", []),
        ("Kyiv", ["Kyiv"]),
        ("Kyiv,  Odesa ,, kyiv", ["Kyiv", "Odesa"]),
        (" New   York , ", ["New York"]),
    ],
)
def test_split_tokens(text: str, tokens: list[str]) -> None:
    assert split_tokens(text) == tokens


def test_tag_dialog_tags_the_selection(qtbot, tmp_path: Path) -> None:
    # given two events selected and Ctrl+T pressed
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    ids = sorted(table_ids(window))[:2]
    select(qtbot, window, *ids)
    window.event_table.view.setFocus()
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.desk.dialog is not None and window.desk.dialog.isVisible())
    # when a tag is typed and OK pressed
    dialog = window.desk.dialog
    dialog.setTextValue("  verify  ")
    dialog.accept()
    # then both carry the tag, trimmed
    assert all(window.store.get_event(i).tags == ("verify",) for i in ids)


def test_publication_date_dialog_re_dates_the_article(qtbot, tmp_path: Path) -> None:
    # given the strike's article open in the article pane
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    qtbot.waitUntil(lambda: window.article_pane.current_article_id() is not None)
    article_id = window.article_pane.current_article_id()
    # when the analyst sets another date in the dialog
    window.desk.ask_article_date()
    dialog = window.desk.dialog
    assert dialog is not None and dialog.value() == date(2025, 11, 19)
    dialog.edit.setDate(to_qdate(date(2025, 11, 26)))
    dialog.accept()
    # then the article has it, and one undo step puts it back
    assert window.store.get_article(article_id).published == date(2025, 11, 26)
    window.undo_stack.undo()
    assert window.store.get_article(article_id).published == date(2025, 11, 19)


def test_copy_is_in_the_right_click_and_edit_menus_with_its_key(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication, QKeySequence

    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    copy = window.event_table.copy_action
    menu = window.desk.context_menu()
    # given nothing selected, Copy is shown but disabled, with the standard key beside it
    assert copy in menu.actions() and copy in window.menu_edit.actions()
    assert copy.shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)
    assert not copy.isEnabled()
    # when an event is selected and Copy chosen from the right-click menu
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    qtbot.waitUntil(copy.isEnabled)
    QGuiApplication.clipboard().clear()
    copy.trigger()
    # then its row is on the clipboard as the table's Ctrl+C puts it
    assert "\tUkraine strikes Voronezh\t" in QGuiApplication.clipboard().text()
    assert QGuiApplication.clipboard().text() == window.event_table.selected_rows_text()


def test_ctrl_c_copies_the_selected_events_from_the_timeline_but_not_from_the_article(
    qtbot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    window.timeline.setFocus()
    QGuiApplication.clipboard().clear()
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "\tUkraine strikes Voronezh\t" in QGuiApplication.clipboard().text()
    # the article's own text keeps its Ctrl+C: the selected words, not the table's rows
    browser = window.article_pane.browser
    cursor = browser.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    browser.setFocus()
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == browser.textCursor().selectedText()
