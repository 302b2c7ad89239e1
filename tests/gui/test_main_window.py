"""The main window: usable when empty, linked panes, remembered layout, stores that fail to open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.gui.conftest import a_saved_article
from timeline_app.domain.model import EventType, RawArticle
from timeline_app.ui import window_actions
from timeline_app.ui.main_window import MainWindow

TEXT = (
    "Strikes and talks\n\n"
    "Russia launched a missile strike on Kharkiv on Tuesday, officials said. "
    "Envoys met in Geneva on Sunday to discuss the plan.\n"
)
STRIKE = "Russia launched a missile strike on Kharkiv on Tuesday, officials said."
MEETING = "Envoys met in Geneva on Sunday to discuss the plan."


def a_filled_store(store: Any) -> int:
    return a_saved_article(
        store,
        TEXT,
        [
            (STRIKE, "on Tuesday", EventType.MISSILE_STRIKE, date(2025, 11, 18)),
            (MEETING, "on Sunday", EventType.MEETING, date(2025, 11, 16)),
        ],
    )


def ids_by_type(store: Any) -> dict[EventType, int]:
    return {e.type: e.id for e in store.events()}


def test_the_window_is_usable_with_an_empty_store(qtbot: Any, window: Any) -> None:
    assert window.event_table.row_count() == 0
    assert window.article_list.article_count() == 0
    assert "0 events" in window.counts_label.text()
    assert "Empty store" in window.status.currentMessage()
    window.select_events([])
    window.timeline.fit_all()
    window.refresh_all()
    titles = [a.text() for a in window.menu_file.actions() if a.text()]
    for wanted in ("&Import files…", "Load &sample articles", "Export &image…", "&Quit"):
        assert wanted in titles
    assert any("Undo" in a.text() for a in window.menu_edit.actions())


def test_selecting_in_the_table_selects_everywhere_and_opens_the_sentence(
    store: Any, make_window: Callable[[], MainWindow]
) -> None:
    article_id = a_filled_store(store)
    window = make_window()
    strike = ids_by_type(store)[EventType.MISSILE_STRIKE]
    seen: list[list[int]] = []
    window.selection_changed.connect(seen.append)
    # when the user selects the strike in the table
    window.event_table.view.selectRow(table_row(window, strike))
    # then every pane follows
    assert seen[-1] == [strike] and window.selected_event_ids() == [strike]
    assert window.timeline.selected_ids() == [strike]
    assert window.article_list.selected_article_id() == article_id
    start = TEXT.index(STRIKE)
    assert window.article_pane.highlight_selections() == [(start, start + len(STRIKE))]


def test_selecting_on_the_timeline_selects_in_the_table(
    store: Any, make_window: Callable[[], MainWindow]
) -> None:
    a_filled_store(store)
    window = make_window()
    meeting = ids_by_type(store)[EventType.MEETING]
    # when the canvas reports a user selection
    window.timeline.selection_changed.emit([meeting])
    # then the table selects and shows it, and the sentence is highlighted
    assert window.event_table.selected_ids() == [meeting]
    start = TEXT.index(MEETING)
    assert window.article_pane.highlight_selections() == [(start, start + len(MEETING))]


def test_a_small_window_shows_every_lane_whole(
    qtbot: Any, store: Any, make_window: Callable[[], MainWindow]
) -> None:
    # given events in each of the four lanes (diplomacy, strikes, ground, civil)
    text = (
        "Four lanes\n\n" + STRIKE + " " + MEETING + " "
        "Troops fought near Pokrovsk on Monday. Crowds protested in Tbilisi on Monday.\n"
    )
    a_saved_article(
        store,
        text,
        [
            (STRIKE, "on Tuesday", EventType.MISSILE_STRIKE, date(2025, 11, 18)),
            (MEETING, "on Sunday", EventType.MEETING, date(2025, 11, 16)),
            ("Troops fought near Pokrovsk on Monday.", "on Monday",
             EventType.GROUND_FIGHTING, date(2025, 11, 17)),
            ("Crowds protested in Tbilisi on Monday.", "on Monday",
             EventType.PROTEST, date(2025, 11, 17)),
        ],
    )  # fmt: skip
    window = make_window()
    # when the window is made small (a 1024x700 laptop screen)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.height() <= 700)
    timeline = window.timeline
    timeline.fit_all()
    lanes = timeline.scene().lanes
    # then the four lanes are drawn, the last one not cut off by the bottom of the canvas
    assert len(lanes) == 4
    assert lanes[-1].y + lanes[-1].h <= timeline.canvas_height()
    assert window.event_table.height() > 150  # and the table keeps a usable height


def test_tab_moves_on_from_the_tables_to_the_next_pane(
    qtbot: Any, store: Any, make_window: Callable[[], MainWindow]
) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    a_filled_store(store)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for view in (window.event_table.view, window.article_list.view):
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, 0))
        qtbot.waitUntil(view.hasFocus)
        # the read-only tables do not trap Tab walking their cells: it leaves for the next pane
        QTest.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not view
        assert view.currentIndex().column() == 0


def test_clicking_a_time_expression_selects_its_events(
    store: Any, make_window: Callable[[], MainWindow]
) -> None:
    article_id = a_filled_store(store)
    window = make_window()
    window.article_pane.show_article(article_id)
    start = TEXT.index("on Sunday")
    window.article_pane.time_expression_clicked.emit(article_id, start, start + len("on Sunday"))
    assert window.selected_event_ids() == [ids_by_type(store)[EventType.MEETING]]
    assert window.event_table.selected_ids() == window.selected_event_ids()


def test_picking_an_article_opens_it_and_selects_its_events(
    store: Any, make_window: Callable[[], MainWindow]
) -> None:
    article_id = a_filled_store(store)
    window = make_window()
    window.article_list.view.selectRow(0)
    assert window.article_pane.current_article_id() == article_id
    assert sorted(window.selected_event_ids()) == sorted(ids_by_type(store).values())


def test_articles_with_an_unknown_date_are_flagged_for_review(
    store: Any, make_window: Callable[[], MainWindow]
) -> None:
    from timeline_app.domain.model import Extraction

    a_filled_store(store)
    store.save_article(
        RawArticle(text="Undated note about talks.", title="Undated"), Extraction((), ())
    )
    window = make_window()
    assert window.article_list.article_count() == 2
    window.article_list.unknown_only.setChecked(True)
    shown = window.article_list.visible_article_ids()
    assert len(shown) == 1
    assert "date unknown" in window.article_list.proxy.index(0, 0).data()
    assert "(1)" in window.article_list.unknown_only.text()


def test_an_undated_article_offers_a_link_that_sets_its_date(
    qtbot: Any, store: Any, make_window: Callable[[], MainWindow]
) -> None:
    import re

    from timeline_app.domain.model import Extraction
    from timeline_app.ui.event_editor import to_qdate

    report = store.save_article(
        RawArticle(text="Undated note about talks.", title="Undated"), Extraction((), ())
    )
    window = make_window()
    # given the undated article open in the article pane
    window.article_list.view.selectRow(0)
    header = window.article_pane.header
    assert "date unknown" in header.text()
    # when the analyst follows the header's "set the publication date" link
    links = re.findall(r"<a href='([^']+)'>set the publication date</a>", header.text())
    assert len(links) == 1
    header.linkActivated.emit(links[0])
    # then the publication date dialog opens for it, and its date is set in one step
    dialog = window.desk.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.unknown.setChecked(False)
    dialog.edit.setDate(to_qdate(date(2025, 11, 20)))
    dialog.accept()
    assert store.get_article(report.article_id).published == date(2025, 11, 20)


def test_layout_theme_and_store_are_remembered(
    qtbot: Any, store: Any, settings: QSettings, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    # a size that fits the (offscreen) screen: restoring clamps a window to its screen
    screen = window.screen().availableGeometry()
    width, height = min(1111, screen.width() - 60), min(777, screen.height() - 60)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.height() == height)
    window.main_splitter.setSizes([200, 500])
    window_actions.apply_theme(window, "dark")
    qtbot.wait(20)  # let the layout settle, as it has by the time a user quits
    sizes = window.main_splitter.sizes()
    window.close()
    # when the app starts again with the same settings
    again = make_window()
    assert again.main_splitter.sizes() == sizes
    assert (again.width(), again.height()) == (width, height)
    assert again.theme == "dark"
    assert settings.value("store/last") == store.location
    window_actions.apply_theme(again, "light")


def test_a_broken_store_is_explained_and_the_current_one_kept(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    current = window.store
    assert not window.open_store(broken)
    assert window.store is current
    title, message = window.last_error
    assert "Cannot open" in title and str(broken) in message
    assert "Traceback" not in message


def test_the_title_names_the_store_and_the_app_once(window: Any, qapp: Any) -> None:
    # Qt appends the application's display name to a window's title on Linux and Windows
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Conflict Timeline")
    try:
        title = window.windowTitle()
        shown = f"{title} — {qapp.applicationDisplayName()}"
        assert Path(window.store.location).name in title
        assert shown.count("Conflict Timeline") == 1, shown
    finally:
        qapp.setApplicationDisplayName(before)


def test_new_store_on_an_existing_file_is_refused_without_offering_to_replace_it(
    window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    existing = tmp_path / "old.sqlite"
    existing.write_bytes(b"precious")
    asked: dict[str, Any] = {}

    def pick(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.update(kwargs)
        return str(existing), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    window_actions.new_store(window)
    # the dialog must not ask "replace it?" when the answer "yes" would only get a refusal
    assert asked.get("options") == QFileDialog.Option.DontConfirmOverwrite
    assert window.last_error is not None and window.last_error[0] == "Store exists"
    assert existing.read_bytes() == b"precious"


def test_a_store_that_is_not_one_is_named_once_in_the_message(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    broken = tmp_path / "notes.sqlite"
    broken.write_bytes(b"these are not the droids" * 100)
    assert not window.open_store(broken)
    title, message = window.last_error
    assert title == "Cannot open this store"
    assert message.count(str(broken)) == 1, message


def test_another_store_can_be_opened(qtbot: Any, window: Any, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    seen: list[bool] = []
    window.store_changed.connect(lambda: seen.append(True))
    assert window.open_store(other)
    assert window.store.location.endswith("other.sqlite")
    assert seen and "other.sqlite" in window.windowTitle()


def test_data_export_uses_the_current_filter(
    store: Any, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    from timeline_app.domain.model import EventFilter

    a_filled_store(store)
    window = make_window()
    window.apply_filter(EventFilter(types=frozenset({EventType.MEETING})))
    assert window.event_table.row_count() == 1
    out = tmp_path / "events.csv"
    assert window_actions.write_data(window, out)
    lines = out.read_text(encoding="utf-8").strip().splitlines()
    assert len(lines) == 2 and "meeting" in lines[1]


def test_image_export_and_clipboard_show_the_visible_timeline(
    store: Any, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication, QImage

    a_filled_store(store)
    window = make_window()
    window.timeline.fit_all()
    out = tmp_path / "timeline.png"
    assert window_actions.write_image(window, out, width=1200)
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1200
    assert window_actions.copy_image(window)
    assert not QGuiApplication.clipboard().image().isNull()


def test_a_failed_export_is_a_message_not_a_crash(window: Any, tmp_path: Path) -> None:
    assert not window_actions.write_data(window, tmp_path / "events.unknown")
    title, message = window.last_error
    assert title == "Data export failed" and "unknown" in message


def test_smoke_start_opens_the_window_and_returns_zero(tmp_path: Path, qapp: Any) -> None:
    from timeline_app.app import run_gui

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert run_gui(tmp_path / "smoke.sqlite", smoke=True, settings=settings) == 0
    assert (tmp_path / "smoke.sqlite").exists()


def table_row(window: Any, event_id: int) -> int:
    table = window.event_table
    return table.proxy.mapFromSource(table.model.index(table.model.row_of(event_id), 0)).row()


def test_smoke_start_with_a_broken_store_says_so_and_fails(
    tmp_path: Path, qapp: Any, capsys: Any
) -> None:
    from timeline_app.app import run_gui

    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 50)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert run_gui(broken, smoke=True, settings=settings) == 1
    assert "cannot open store" in capsys.readouterr().err
    assert broken.read_bytes() == b"not a database" * 50


def test_exports_are_light_even_from_a_dark_window(
    store: Any, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication, QImage

    a_filled_store(store)
    window = make_window()
    window_actions.apply_theme(window, "dark")
    window.timeline.fit_all()
    out = tmp_path / "briefing.png"
    assert window_actions.write_image(window, out, width=1200)
    assert window_actions.copy_image(window)
    try:
        for image in (QImage(str(out)), QGuiApplication.clipboard().image()):
            corner = image.pixelColor(4, 4)  # the page behind the title
            assert corner.lightness() > 230, corner.name()
    finally:
        window_actions.apply_theme(window, "light")


def test_a_store_that_fails_at_start_is_explained_once(
    tmp_path: Path, qapp: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.app import _explain_store_error
    from timeline_app.store.repositories import Store, StoreError

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 50)
    with pytest.raises(StoreError) as failure:
        Store(broken)
    _explain_store_error(broken, failure.value)
    # given the store's own words (which name the file), the dialog names it once
    assert shown[-1].count(str(broken)) == 1, shown[-1]
    # and says once, not twice, that nothing was changed
    _explain_store_error(broken, StoreError(f"The store {broken} is busy. Nothing was changed."))
    assert shown[-1].lower().count("changed") == 1, shown[-1]
    assert shown[-1].count(str(broken)) == 1
    _explain_store_error(broken, StoreError("disk I/O error"))
    assert shown[-1].startswith(str(broken)) and shown[-1].endswith("Nothing was changed.")


def test_menus_read_in_sentence_case(window: Any) -> None:
    proper = {"Conflict", "Timeline"}  # the app's name
    menus = [window.menu_file, window.menu_edit, window.menu_view]
    for menu in menus:
        for action in menu.actions():
            words = action.text().replace("&", "").split()
            capitalised = [w for w in words[1:] if w[:1].isupper() and w not in proper]
            assert not capitalised, action.text()


def test_the_empty_tables_reset_link_clears_the_window_filter(
    store: Any, make_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    from timeline_app.domain.model import EventFilter

    a_filled_store(store)
    window = make_window()
    window.apply_filter(EventFilter(text="no such words"))
    qtbot.waitUntil(lambda: window.event_table.row_count() == 0)
    assert not window.event_table.placeholder.isHidden()
    window.event_table.placeholder.linkActivated.emit("reset")
    assert window.current_filter() == EventFilter()
    qtbot.waitUntil(lambda: window.event_table.row_count() == 2)
    assert window.event_table.placeholder.isHidden()
