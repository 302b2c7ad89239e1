"""A store on a read-only medium in the window: said once (title, banner, status bar), every
change disabled with the reason as its tooltip, while reading, filtering, copying and exporting
keep working.

The medium is simulated as in tests/unit/test_store_read_only_medium.py: every file is on a
read-only mount, which SQLite and the store are told through `os.access` and the mount check.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.gui.conftest import drop_on
from tests.gui.test_desk_support import a_store, event_titled, open_window, press, select
from timeline_app.domain.model import EventFilter
from timeline_app.store import database
from timeline_app.store.repositories import Store

REASON = "read-only medium"


def on_read_only_medium(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on every file is on a read-only medium: nothing may be written, the mount says so."""
    real_access = database.os.access
    monkeypatch.setattr(
        database.os,
        "access",
        lambda p, mode: False if mode == database.os.W_OK else real_access(p, mode),
    )
    monkeypatch.setattr(database, "is_read_only_medium", lambda _path: True)


@pytest.fixture
def read_only_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The desk tests' five events, in a store file on a (simulated) read-only medium."""
    path = tmp_path / "cd" / "store.sqlite"
    path.parent.mkdir()
    a_store(path).close()
    on_read_only_medium(monkeypatch)
    store = Store(path)
    assert store.read_only
    yield store
    store.close()


@pytest.fixture
def window(qtbot: Any, read_only_store: Store) -> Iterator[Any]:
    win = open_window(qtbot, read_only_store)
    qtbot.waitUntil(lambda: win.event_table.row_count() == 5)
    yield win
    win.close()


def test_the_window_says_once_that_the_store_is_read_only_and_why(window: Any) -> None:
    assert window.windowTitle() == "store.sqlite (read-only)"
    assert not window.read_only_banner.isHidden()
    assert REASON in window.read_only_banner.text()
    assert "Nothing was changed" not in window.read_only_banner.text()  # nothing was tried
    assert not window.read_only_label.isHidden() and REASON in window.read_only_label.toolTip()
    # and the empty-store hint to drop files is not given
    assert "drop article files" not in window.status.currentMessage()


def test_imports_are_disabled_and_say_why(window: Any) -> None:
    imports = [a for a in window.menu_file.actions() if "mport" in a.text() or "sample" in a.text()]
    assert len(imports) == 3
    for action in imports:
        assert not action.isEnabled() and REASON in action.toolTip()
    assert window.menu_file.toolTipsVisible()


def test_a_drop_is_refused_at_once_with_the_reason_said_once(
    window: Any, tmp_path: Path, qtbot: Any
) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"article{n}.txt"
        path.write_text(f"Talks were held in Geneva on {n + 3} March 2024.\n", encoding="utf-8")
        files.append(path)
    assert not drop_on(window.timeline, files)
    assert not window.is_importing() and window.last_import is None
    assert window.status.currentMessage().count(REASON) == 1
    # and an import asked for another way (a command-line path) says it once, not per file
    assert not window.import_paths(files)
    title, message = window.last_error
    assert title == "Cannot import into this store" and message.count(REASON) == 1
    assert window.store.count_events() == 5


def test_every_correction_is_disabled_with_the_reason_as_tooltip(window: Any, qtbot: Any) -> None:
    desk = window.desk
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    shelling = event_titled(window.store, "Russia shells Kherson")
    select(qtbot, window, strike.id, shelling.id)  # enough for merge
    verbs = (desk.act_edit, desk.act_new, desk.act_delete, desk.act_restore, desk.act_merge,
             desk.act_split, desk.act_tag, desk.act_untag, desk.act_star, desk.act_article_date)  # fmt: skip
    for action in verbs:
        assert not action.isEnabled(), action.text()
        assert REASON in action.toolTip(), action.text()
    # the right-click menu shows them disabled with their reason, and Copy still works
    menu = desk.context_menu()
    assert menu.toolTipsVisible()
    assert [a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()] == ["&Copy"]
    assert desk.act_find.isEnabled()
    # saved views can be recalled, not saved
    panel = desk.filter_panel
    assert not panel.save_view_button.isEnabled() and REASON in panel.save_view_button.toolTip()


def test_keys_and_double_clicks_change_nothing(window: Any, qtbot: Any) -> None:
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    window.event_table.view.setFocus()
    press(qtbot, window, Qt.Key.Key_S)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.desk.edit_selected() is None  # what a double-click on the event calls
    assert REASON in window.status.currentMessage()
    assert window.desk.editor is None and window.last_error is None
    window.desk.ask_article_date(strike.sources[0].article_id)  # the header's "set the date" link
    assert window.desk.dialog is None
    fresh = window.store.get_event(strike.id)
    assert not fresh.starred and not fresh.deleted
    assert window.undo_stack.count() == 0


def test_reading_filtering_copying_and_exporting_keep_working(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from timeline_app.ui import window_actions

    window.apply_filter(EventFilter(text="Voronezh"))
    qtbot.waitUntil(lambda: window.event_table.row_count() == 1)
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    assert window.article_pane.current_article_id() == strike.sources[0].article_id
    window.event_table.copy_action.trigger()
    assert "\tUkraine strikes Voronezh\t" in QGuiApplication.clipboard().text()
    assert window_actions.write_data(window, tmp_path / "events.csv")
    assert "Ukraine strikes Voronezh" in (tmp_path / "events.csv").read_text(encoding="utf-8")
    assert window_actions.write_image(window, tmp_path / "timeline.png", width=800)
    assert (tmp_path / "timeline.png").stat().st_size > 1000
    assert window.last_error is None


def test_a_writable_store_opened_after_it_enables_everything_again(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the medium is gone: files can be written again
    path = tmp_path / "writable.sqlite"
    a_store(path).close()
    assert window.open_store(path)
    strike = event_titled(window.store, "Ukraine strikes Voronezh")
    select(qtbot, window, strike.id)
    assert window.windowTitle() == "writable.sqlite"
    assert window.read_only_banner.isHidden() and window.read_only_label.isHidden()
    assert all(a.isEnabled() for a in window.write_actions)
    assert window.desk.act_edit.isEnabled() and window.desk.act_star.isEnabled()
    assert REASON not in window.desk.act_star.toolTip()
    assert window.desk.filter_panel.save_view_button.isEnabled()


def test_an_undated_article_offers_no_date_to_set_in_a_read_only_store(qtbot: Any) -> None:
    from tests.gui.conftest import MemoryStore, a_stored_article
    from timeline_app.ui.article_pane import SET_DATE_LINK, ArticlePane

    text = "Talks were held in Geneva on Tuesday."
    for read_only, offered in ((False, True), (True, False)):
        store = MemoryStore({1: a_stored_article(1, text, published=None)})
        store.read_only = read_only  # type: ignore[attr-defined]
        pane = ArticlePane()
        qtbot.addWidget(pane)
        pane.set_store(store)
        pane.show_article(1)
        assert "date unknown" in pane.header.text()
        assert (SET_DATE_LINK in pane.header.text()) is offered
        assert ("read-only" in pane.header.text()) is not offered
        pane.shutdown()
