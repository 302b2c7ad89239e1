"""Rough edges found by walking through the app as an analyst does, with a large store.

Each test drives the real widgets the way the walk-through did and failed before its fix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import (
    MEETING_ARTICLE,
    STRIKE_ARTICLE,
    an_article_file,
    drop_on,
    wait_for_import,
)
from timeline_app.ui import window_actions
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def answer_title(monkeypatch: Any) -> list[str]:
    """Answers the export's title dialog (as the analyst would, with OK) with the title it
    offers, or with one appended to the list returned."""
    from PySide6.QtWidgets import QDialog, QInputDialog

    answers: list[str] = []
    asked: list[QInputDialog] = []

    def answer(dialog: QInputDialog) -> int:
        asked.append(dialog)
        assert dialog.width() >= 400  # room for a headline
        if answers:
            dialog.setTextValue(answers.pop(0))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", answer)
    return answers


@pytest.mark.usefixtures("answer_title")
@pytest.mark.parametrize(
    ("typed", "written"), [("briefing.pdf", b"%PDF"), ("briefing.svg", b"<?xml")]
)
def test_an_image_named_pdf_or_svg_is_written_as_such_whatever_the_filter(
    window: Any, tmp_path: Path, monkeypatch: Any, typed: str, written: bytes
) -> None:
    from PySide6.QtWidgets import QFileDialog

    # given the export dialog left on its first filter (PNG) and a name typed with its suffix
    chosen = (str(tmp_path / typed), "PNG image (*.png)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)
    # when the analyst exports the timeline
    window_actions.export_image_dialog(window)
    # then the file is the one named, in the format named (not "briefing.pdf.png")
    assert (tmp_path / typed).read_bytes().startswith(written)
    assert not (tmp_path / f"{typed}.png").exists()


@pytest.mark.usefixtures("answer_title")
def test_a_name_without_a_suffix_still_takes_the_filters(
    window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    chosen = (str(tmp_path / "briefing"), "SVG drawing (*.svg)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)
    window_actions.export_image_dialog(window)
    assert (tmp_path / "briefing.svg").read_bytes().startswith(b"<?xml")


def test_an_exported_image_carries_the_title_the_analyst_gives_it(
    window: Any, tmp_path: Path, monkeypatch: Any, answer_title: list[str]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    chosen = (str(tmp_path / "briefing.svg"), "SVG drawing (*.svg)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)
    # when the analyst exports and names the picture
    answer_title.append("Strikes on Kharkiv, November 2025")
    window_actions.export_image_dialog(window)
    # then the picture bears that title, and the next export offers it again
    svg = (tmp_path / "briefing.svg").read_text(encoding="utf-8")
    assert "Strikes on Kharkiv, November 2025" in svg
    assert window.settings.value("export/title") == "Strikes on Kharkiv, November 2025"


def test_a_small_window_keeps_the_article_readable_when_the_table_is_capped(
    qtbot: Any, tmp_path: Path, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    table = window.event_table
    table.loader.sync_limit, table.loader.row_limit = 1, 2
    # given more events than the table lists at once, so it says so above its rows
    files = [
        an_article_file(tmp_path, "strike.txt", STRIKE_ARTICLE),
        an_article_file(tmp_path, "meeting.txt", MEETING_ARTICLE),
    ]
    assert drop_on(window, files)
    wait_for_import(qtbot, window)
    qtbot.waitUntil(lambda: not table.is_loading() and table.total > table.model.rowCount())
    assert not table.notice.isHidden()
    # when the window is made small (a 1024x700 laptop screen)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() <= 1024)
    # then the article pane keeps a readable share of the width beside the table
    table_width, pane_width = window.bottom_splitter.sizes()
    assert window.width() == 1024
    assert pane_width >= 250 and pane_width >= table_width // 2


def test_the_import_report_shows_a_long_reason_whole(qtbot: Any) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from timeline_app.domain.model import FileReport
    from timeline_app.ui.import_report import ImportReportDialog
    from timeline_app.ui.workers import ImportSummary

    # given a refused file whose reason ends with what to do about it
    reason = (
        "not read: an old Word document (.doc); open it in Word, save it as .docx "
        "(File → Save As) and import that file"
    )
    reports = [
        FileReport("/home/analyst/Documents/press-cuttings/2025/old-report.doc", "failed", 0,
                   reason),
        FileReport("/home/analyst/Documents/press-cuttings/2025/kharkiv.txt", "imported", 3),
    ]  # fmt: skip
    dialog = ImportReportDialog(ImportSummary.of(reports, 1, cancelled=False))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    width = table.columnWidth(3)
    assert table.fontMetrics().horizontalAdvance(reason) > width  # it cannot fit on one line
    # then the reason wraps in its column and its row is tall enough for every line of it
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    area = QRect(0, 0, width - 2 * margin, 10_000)
    needed = table.fontMetrics().boundingRect(area, int(Qt.TextFlag.TextWordWrap), reason)
    assert table.wordWrap()
    qtbot.waitUntil(lambda: table.rowHeight(0) >= needed.height())
    # while the path keeps to one line, its middle elided (its file name in view)
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(0).initStyleOption(option, table.model().index(0, 0))
    assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_missing_date_of_an_article_is_set_in_one_step(
    qtbot: Any, store: Any, make_window: Callable[[], MainWindow]
) -> None:
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from timeline_app.domain.model import Extraction, RawArticle

    report = store.save_article(
        RawArticle(text="Undated note about talks.", title="Undated"), Extraction((), ())
    )
    window = make_window()
    window.article_list.view.selectRow(0)
    link = re.findall(
        r"<a href='([^']+)'>set the publication date</a>", window.article_pane.header.text()
    )
    window.article_pane.header.linkActivated.emit(link[0])
    dialog = window.desk.dialog
    assert dialog is not None and dialog.value() is None  # "Unknown" until a date is given
    # when the analyst, without touching "Unknown", types the day and presses Enter
    assert dialog.focusWidget() is dialog.edit  # where typing goes once it is shown
    QTest.keyClicks(dialog.edit, "12")
    chosen = dialog.edit.date().toPython()
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    # then that date is the article's publication date
    assert chosen.day == 12
    qtbot.waitUntil(lambda: store.get_article(report.article_id).published is not None)
    assert store.get_article(report.article_id).published == chosen


def test_a_merge_says_what_it_did_and_how_to_undo_it(
    store: Any, make_window: Callable[[], MainWindow]
) -> None:
    from tests.gui.test_main_window import a_filled_store

    a_filled_store(store)
    window = make_window()
    window.select_events([e.id for e in store.events()])
    assert window.desk.merge_selected() is not None
    assert "Merged 2 events" in window.status.currentMessage()
    assert "Ctrl+Z" in window.status.currentMessage()


def test_a_store_opens_on_its_news_not_squeezed_by_one_old_date(
    store: Any, make_window: Callable[[], MainWindow]
) -> None:
    from datetime import date

    from tests.gui.conftest import a_saved_article
    from timeline_app.domain.model import EventType

    # given a week of news and one article recalling an event of 1991
    for day in range(16, 23):
        sentence = f"Russia launched a missile strike on Kharkiv on {day} November."
        a_saved_article(store, f"Strike\n\n{sentence}\n", [
            (sentence, f"{day} November", EventType.MISSILE_STRIKE, date(2025, 11, day)),
        ])  # fmt: skip
    sentence = "Ukraine declared independence on 24 August 1991."
    a_saved_article(store, f"History\n\n{sentence}\n", [
        (sentence, "24 August 1991", EventType.STATEMENT, date(1991, 8, 24)),
    ])  # fmt: skip
    # when the analyst opens the store
    window = make_window()
    first, last = window.timeline.visible_range()
    # then the timeline shows the news week, as after an import (Home still fits all)
    assert date(2025, 11, 1) <= first <= date(2025, 11, 16)
    assert date(2025, 11, 22) <= last <= date(2025, 12, 15)
    assert len(window.timeline.shown_event_ids()) == 7


def test_the_article_count_follows_an_import_into_a_large_store(
    qtbot: Any, tmp_path: Path, make_window: Callable[[], MainWindow], monkeypatch: Any
) -> None:
    from timeline_app.ui import article_list

    # given a store large enough that the article list is re-read in the background
    monkeypatch.setattr(article_list, "SYNC_ROWS", 0)
    window = make_window()
    first = an_article_file(tmp_path, "strike.txt", STRIKE_ARTICLE)
    assert drop_on(window, [first])
    wait_for_import(qtbot, window)
    qtbot.waitUntil(lambda: window.counts_label.text().endswith("· 1 article"))
    # when another article is imported
    window.last_import = None
    assert drop_on(window, [an_article_file(tmp_path, "meeting.txt", MEETING_ARTICLE)])
    wait_for_import(qtbot, window)
    # then the status bar counts it once the list has been re-read
    qtbot.waitUntil(lambda: window.article_list.article_count() == 2)
    qtbot.waitUntil(lambda: "2 articles" in window.counts_label.text())


def test_a_column_filter_on_a_capped_table_says_it_looks_only_at_the_listed_rows(
    qtbot: Any,
) -> None:
    from tests.gui.conftest import MemoryStore, a_stored_article, an_event
    from timeline_app.ui.event_table import TITLE, EventTable

    # given more events than the table lists at once
    text = "Strike on Kharkiv on Tuesday."
    store = MemoryStore({1: a_stored_article(1, text)})
    store.event_list = [an_event(i, 1, (0, 29), text=text) for i in range(1, 31)]
    table = EventTable()
    qtbot.addWidget(table)
    table.loader.sync_limit, table.loader.row_limit = 10, 20
    table.set_store(store)
    qtbot.waitUntil(lambda: not table.is_loading())
    # when the analyst types into a column's filter box (it matches no listed row)
    table.set_column_filter(TITLE, "Odesa")
    # then the table says the box looked only through the listed rows, and what looks at all
    assert "first 20 of 30" in table.notice.text() and "column filters" in table.notice.text()
    assert "Ctrl+F" in table.notice.text() and not table.notice.isHidden()
    # and when the box is cleared, it says again what is listed
    table.set_column_filter(TITLE, "")
    assert "Showing the first 20 of 30" in table.notice.text()


def test_the_review_list_shows_date_unknown_unclipped(
    store: Any, make_window: Callable[[], MainWindow]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from timeline_app.domain.model import Extraction, RawArticle
    from timeline_app.ui.article_list import PUBLISHED

    store.save_article(RawArticle(text="Undated note.", title="Undated"), Extraction((), ()))
    window = make_window()
    view = window.article_list.view
    window.article_list.unknown_only.setChecked(True)
    index = view.model().index(0, PUBLISHED)
    text = index.data()
    assert "date unknown" in text
    # the flag is drawn bold: its column holds it whole, with the cell's margins
    font = QFont(index.data(Qt.ItemDataRole.FontRole) or view.font())
    assert font.bold()
    assert view.columnWidth(PUBLISHED) >= QFontMetrics(font).horizontalAdvance(text) + 8


def test_a_disabled_control_looks_disabled_in_the_dark_theme(qtbot: Any, window: Any) -> None:
    from PySide6.QtGui import QColor, QPalette

    from timeline_app.domain.palette import theme_named

    # given the dark theme, and a control the analyst cannot use yet (no saved view chosen)
    window_actions.apply_theme(window, "dark")
    button = window.desk.filter_panel.delete_view_button
    assert not button.isEnabled()
    live, dead = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
    text = QPalette.ColorRole.ButtonText
    light_text = QColor(theme_named("dark").foreground)
    qtbot.waitUntil(lambda: button.palette().color(live, text) == light_text)
    # then its text is drawn dimmed, not in the colour of the live controls
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        assert button.palette().color(dead, role) != button.palette().color(live, role)
    window_actions.apply_theme(window, "light")
