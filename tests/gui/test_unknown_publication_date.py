"""Setting the date of an article stored without one: where the dialog's day field starts.

It started at today with "Unknown" ticked: a field showing a plausible day invited a wrong date
(an analyst unticking "Unknown" took today). It now starts at the latest day the article names,
greyed like a placeholder while "Unknown" is ticked, with a line saying where it comes from.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette

from tests.gui.conftest import an_article_file, drop_on, wait_for_import

UNDATED = (
    "Talks resume in Istanbul\n"
    "\n"
    "Delegations met in Istanbul on Tuesday and agreed to exchange prisoners, "
    "as first proposed on 3 November 2025. The exchange took place on 14 November 2025, "
    "officials said.\n"
)
NO_FULL_DATE = "Talks resume\n\nDelegations met in Istanbul on Tuesday, officials said.\n"


def open_date_dialog(qtbot: Any, window: Any, tmp_path: Path, text: str) -> Any:
    """Drop an undated article, open it from the article list, ask for its date."""
    drop_on(window, [an_article_file(tmp_path, "undated.txt", text)])
    wait_for_import(qtbot, window)
    articles = window.store.articles()
    assert len(articles) == 1 and articles[0].published is None
    listed = window.article_list
    qtbot.waitUntil(lambda: listed.article_count() == 1)
    view = listed.view
    cell = view.visualRect(view.model().index(0, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: window.article_pane.current_article_id() == articles[0].id)
    window.desk.ask_article_date()  # what the header's "set the date" link does
    dialog = window.desk.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    return dialog


def greyed(dialog: Any) -> bool:
    palette = dialog.edit.lineEdit().palette()
    return palette.color(QPalette.ColorRole.Text) == palette.color(
        QPalette.ColorRole.PlaceholderText
    )


def test_the_day_field_starts_at_the_latest_day_the_article_names_not_today(
    qtbot: Any, make_window: Callable[[], Any], tmp_path: Path
) -> None:
    window = make_window()
    dialog = open_date_dialog(qtbot, window, tmp_path, UNDATED)
    # then the field shows the latest full date in the text, greyed, and says so
    assert dialog.edit.date() == QDate(2025, 11, 14)
    assert dialog.edit.date() != QDate.currentDate()
    assert dialog.unknown.isChecked() and greyed(dialog)
    assert dialog.hint.isVisible() and "14 Nov 2025" in dialog.hint.text()
    # and OK without typing keeps the date unknown
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert window.store.articles()[0].published is None


def test_typing_a_day_sets_it_and_ungreys_the_field(
    qtbot: Any, make_window: Callable[[], Any], tmp_path: Path
) -> None:
    window = make_window()
    dialog = open_date_dialog(qtbot, window, tmp_path, UNDATED)
    # when the analyst types the day (the day section has the focus) and presses Enter
    qtbot.keyClicks(dialog.edit, "16")
    assert not dialog.unknown.isChecked() and not greyed(dialog)
    assert not dialog.hint.isVisible()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    # then the article has that day
    assert window.store.articles()[0].published == date(2025, 11, 16)


def test_an_article_naming_no_full_date_asks_for_the_day(
    qtbot: Any, make_window: Callable[[], Any], tmp_path: Path
) -> None:
    window = make_window()
    dialog = open_date_dialog(qtbot, window, tmp_path, NO_FULL_DATE)
    assert dialog.unknown.isChecked() and greyed(dialog)
    assert "names no full date" in dialog.hint.text()
    # unticking "Unknown" by hand shows the field's day as a value again
    qtbot.mouseClick(dialog.unknown, Qt.MouseButton.LeftButton)
    assert not dialog.unknown.isChecked() and not greyed(dialog)
