"""Correcting a date with its provenance in view: the event editor says how the date was found,
its source sentences read as text (not greyed like a disabled field), and the status bar
counts in words that agree with the number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from tests.gui.conftest import STRIKE_ARTICLE, an_article_file, drop_on, wait_for_import
from timeline_app.ui.formatting import readable_reason


def an_imported_strike(qtbot: Any, make_window: Callable[[], Any], tmp_path: Path) -> Any:
    window = make_window()
    assert drop_on(window, [an_article_file(tmp_path, "strike.txt", STRIKE_ARTICLE)])
    wait_for_import(qtbot, window)
    qtbot.waitUntil(lambda: window.event_table.row_count() == 2)
    return window


def test_the_editor_says_how_the_date_was_found(
    qtbot: Any, make_window: Callable[[], Any], tmp_path: Path
) -> None:
    window = an_imported_strike(qtbot, make_window, tmp_path)
    table = window.event_table
    # given the strike picked in the table and Ctrl+E pressed
    row = next(
        r
        for r in range(table.view.model().rowCount())
        if "Kharkiv" in str(table.view.model().index(r, 2).data())
    )
    cell = table.view.visualRect(table.view.model().index(row, 2)).center()
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(table.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = window.desk.editor
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    # then under the date fields: the expression and how it was resolved
    event = window.store.get_event(window.selected_event_ids()[0])
    assert event.explanation and "Tuesday" in event.explanation
    assert editor.dating_label.isVisible()
    shown = editor.dating_label.text()
    assert shown.startswith("How it was dated: ") and "Tuesday" in shown
    # in the window's own date wording, not the resolver's ISO days
    assert not re.search(r"\d{4}-\d{2}-\d{2}", shown)
    assert readable_reason(event.explanation) in shown
    # and the source sentence reads in the text colour, not the disabled-looking grey
    image = editor.sources_label.grab().toImage()
    darkest = min(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 2)
        for y in range(image.height())
    )
    text = window.palette().color(QPalette.ColorRole.WindowText)
    assert darkest <= text.lightness() + 40
    editor.reject()


def test_the_status_bar_counts_one_article_in_the_singular(
    qtbot: Any, make_window: Callable[[], Any], tmp_path: Path
) -> None:
    window = an_imported_strike(qtbot, make_window, tmp_path)
    qtbot.waitUntil(lambda: window.counts_label.text() == "2 events · 1 article")


def test_reasons_read_their_days_as_the_window_writes_them() -> None:
    said = "overnight → 2025-11-17..2025-11-18: the night before publication Tue 2025-11-18"
    assert readable_reason(said) == (
        "overnight → 17–18 Nov 2025: the night before publication Tue 18 Nov 2025"
    )
    assert readable_reason("2025-11-28..2025-12-02") == "28 Nov – 2 Dec 2025"
    assert readable_reason("no day 2025-13-45 here") == "no day 2025-13-45 here"


def test_a_date_taken_from_a_nearby_sentence_says_so(
    qtbot: Any, make_window: Callable[[], Any], tmp_path: Path
) -> None:
    import shutil

    from timeline_app.paths import samples_dir

    # given the ATACMS sample: "The ministry claimed that all four missiles were shot down"
    # is dated by the "Tuesday" of the sentence before it
    window = make_window()
    sample = samples_dir() / "2025-11-19-voronezh-atacms.txt"
    assert drop_on(window, [Path(shutil.copy(sample, tmp_path / sample.name))])
    wait_for_import(qtbot, window)
    table = window.event_table
    qtbot.waitUntil(lambda: table.row_count() > 0)
    QTest.keyClicks(table.filter_row.edits[2], "Missiles intercepted")
    qtbot.waitUntil(lambda: table.view.model().rowCount() == 1)
    cell = table.view.visualRect(table.view.model().index(0, 2)).center()
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(table.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.desk.editor is not None and window.desk.editor.isVisible())
    # then the editor says the date is not its own sentence's, and whose it is
    shown = window.desk.editor.dating_label.text()
    assert shown.startswith("How it was dated: from a nearby sentence: Tuesday → 18 Nov 2025")
    window.desk.editor.reject()
