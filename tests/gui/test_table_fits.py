"""The events table at ordinary window sizes: what matters in sight without a horizontal scroll
bar, the title eliding, the least needed columns hidden first, the analyst's widths kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QTableView

from tests.gui.conftest import MemoryStore, a_stored_article, an_event
from timeline_app.domain.model import DateBasis
from timeline_app.ui import window_actions
from timeline_app.ui.event_table import (
    ACTORS,
    CONFIDENCE,
    DATE,
    DATED,
    EDITED,
    SOURCES,
    STATUS,
    TITLE,
    TYPE,
    EventTable,
)

TEXT = "Russia launched a missile strike on Kharkiv on Tuesday, damaging a power station."
LONG_TITLE = "Russia launched a missile strike on Kharkiv damaging a power station and a school"


def a_table(qtbot: Any, width: int) -> EventTable:
    store = MemoryStore({1: a_stored_article(1, TEXT)})
    store.event_list = [
        replace(
            an_event(i, 1, (0, len(TEXT)), on=date(2025, 11, 10 + i), title=LONG_TITLE, text=TEXT),
            basis=basis,
        )
        for i, basis in enumerate(DateBasis, start=1)
    ]
    table = EventTable()
    qtbot.addWidget(table)
    table.resize(width, 400)
    table.show()
    qtbot.waitExposed(table)
    table.set_store(store)
    qtbot.waitUntil(lambda: table.row_count() == len(DateBasis))
    return table


def in_sight(view: QTableView, column: int) -> bool:
    """Whether the whole column is shown within the viewport, as the user sees it."""
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return (
        not header.isSectionHidden(column)
        and left >= 0
        and left + header.sectionSize(column) <= view.viewport().width()
    )


def test_at_a_1440_window_s_table_width_what_matters_is_in_sight(qtbot: Any) -> None:
    table = a_table(qtbot, 690)
    view = table.view
    assert not view.horizontalScrollBar().isVisible()
    for column in (DATE, DATED, TYPE, TITLE, STATUS, SOURCES):
        assert in_sight(view, column), column
    # the title takes what is left and is elided there
    title = view.horizontalHeader().sectionSize(TITLE)
    assert title < view.fontMetrics().horizontalAdvance(LONG_TITLE)
    assert view.textElideMode().name == "ElideRight"


def test_the_date_s_origin_is_said_next_to_it(qtbot: Any) -> None:
    table = a_table(qtbot, 690)
    words = [table.proxy.index(r, DATED).data() for r in range(table.row_count())]
    assert words == ["stated", "relative", "nearby", "publication"]
    header = table.view.horizontalHeader()
    assert header.visualIndex(DATED) == header.visualIndex(DATE) + 1
    tip = table.proxy.headerData(DATED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Where the date came from" in tip


def test_a_narrow_pane_hides_the_least_needed_columns_first(qtbot: Any) -> None:
    table = a_table(qtbot, 420)  # the table's width in a 1024x700 window
    view, header = table.view, table.view.horizontalHeader()
    assert not view.horizontalScrollBar().isVisible()
    for column in (DATE, DATED, TITLE, STATUS, SOURCES):
        assert in_sight(view, column), column
    for column in (EDITED, CONFIDENCE, ACTORS, TYPE):
        assert header.isSectionHidden(column), column
    assert not table.filter_row.edits[TYPE].isVisible()
    table.resize(1300, 400)  # wider again: they come back
    qtbot.waitUntil(lambda: not header.isSectionHidden(EDITED))
    assert all(in_sight(view, c) for c in (TYPE, ACTORS, CONFIDENCE, EDITED))
    assert not view.horizontalScrollBar().isVisible()


def test_a_filter_box_too_narrow_for_its_hint_says_filter_not_half_a_word(qtbot: Any) -> None:
    table = a_table(qtbot, 420)
    status = table.filter_row.edits[STATUS]
    hint = status.placeholderText()
    assert hint in ("Filter", "Filter status")
    assert status.fontMetrics().horizontalAdvance(hint) <= status.width() - 12
    assert table.filter_row.edits[TITLE].placeholderText() == "Filter title"


def test_the_analyst_s_widths_are_kept_and_remembered(qtbot: Any, tmp_path: Any) -> None:
    table = a_table(qtbot, 690)
    header = table.view.horizontalHeader()
    table.refresh()  # the rows read again (a filter, an edit) are no resize by the analyst
    qtbot.waitUntil(lambda: table.row_count() == len(DateBasis))
    assert table.columns.state() is None  # fitted widths: nothing to remember
    header.resizeSection(TITLE, 500)  # as a drag of the header's divider does
    table.resize(600, 400)
    qtbot.wait(50)
    assert header.sectionSize(TITLE) == 500  # not refitted
    saved = table.columns.state()
    assert saved is not None

    again = a_table(qtbot, 690)
    assert again.columns.restore(saved)
    assert again.view.horizontalHeader().sectionSize(TITLE) == 500
    again.columns.refit()  # "Fit columns to the pane"
    assert again.view.horizontalHeader().sectionSize(TITLE) != 500
    assert not again.view.horizontalScrollBar().isVisible()


def test_the_window_saves_the_header_only_once_the_analyst_sized_it(window: Any) -> None:
    settings: QSettings = window.settings
    settings.setValue("table/header", QByteArray(b"old fixed widths"))
    window_actions.save_settings(window)
    assert settings.value(window_actions.HEADER_KEY) is None
    window.event_table.view.horizontalHeader().resizeSection(TITLE, 333)
    window_actions.save_settings(window)
    assert settings.value(window_actions.HEADER_KEY) is not None


def test_a_column_being_filtered_is_not_hidden_in_a_narrow_pane(qtbot: Any) -> None:
    table = a_table(qtbot, 1300)
    table.set_column_filter(TYPE, "missile")
    table.resize(420, 400)
    qtbot.waitUntil(lambda: table.view.horizontalHeader().isSectionHidden(EDITED))
    assert not table.view.horizontalHeader().isSectionHidden(TYPE)
    assert table.filter_row.edits[TYPE].isVisible()
    assert table.filter_row.edits[TYPE].text() == "missile"
