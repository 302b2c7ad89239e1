"""The events table: how dates read at their precision, sorting, per-column filters, selection."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import MemoryStore, a_stored_article, an_event
from timeline_app.domain.model import DateSpan, EventType, Precision, PublishedSource
from timeline_app.ui.event_table import DATE, TITLE, TYPE, EventTable
from timeline_app.ui.formatting import describe_span, format_published, format_span

D = date


@pytest.mark.parametrize(
    ("start", "end", "precision", "shown"),
    [
        (D(2025, 11, 18), D(2025, 11, 18), Precision.DAY, "18 Nov 2025"),
        (D(2025, 11, 17), D(2025, 11, 19), Precision.DAY, "17–19 Nov 2025"),
        (D(2025, 11, 28), D(2025, 12, 2), Precision.DAY, "28 Nov – 2 Dec 2025"),
        (D(2025, 11, 17), D(2025, 11, 23), Precision.WEEK, "wk of 17 Nov 2025"),
        (D(2025, 8, 1), D(2025, 8, 31), Precision.MONTH, "Aug 2025"),
        (D(2025, 8, 21), D(2025, 8, 31), Precision.MONTH, "Aug 2025 (end)"),
        (D(2025, 8, 1), D(2025, 8, 10), Precision.MONTH, "Aug 2025 (early)"),
        (D(2025, 8, 11), D(2025, 8, 20), Precision.MONTH, "Aug 2025 (mid)"),
        (D(2025, 8, 1), D(2025, 9, 30), Precision.MONTH, "Aug–Sep 2025"),
        (D(2025, 3, 1), D(2025, 5, 31), Precision.SEASON, "spring 2025"),
        (D(2024, 12, 1), D(2025, 2, 28), Precision.SEASON, "winter 2024/25"),
        (D(2025, 7, 1), D(2025, 9, 30), Precision.QUARTER, "Q3 2025"),
        (D(2025, 1, 1), D(2025, 6, 30), Precision.HALF_YEAR, "H1 2025"),
        (D(2025, 1, 1), D(2025, 12, 31), Precision.YEAR, "2025"),
        (D(2025, 9, 1), D(2025, 12, 31), Precision.YEAR, "2025 (late)"),
        (D(2020, 1, 1), D(2029, 12, 31), Precision.DECADE, "2020s"),
        (D(2001, 1, 1), D(2100, 12, 31), Precision.CENTURY, "21st century"),
    ],
)
def test_a_span_reads_at_its_own_precision(
    start: date, end: date, precision: Precision, shown: str
) -> None:
    assert format_span(DateSpan(start, end, precision)) == shown


def test_an_undated_event_and_an_unknown_publication_say_so() -> None:
    assert format_span(None) == "undated"
    assert format_published(None, PublishedSource.UNKNOWN) == "date unknown"
    assert format_published(D(2025, 11, 19), "dateline") == "19 Nov 2025 (from the dateline)"


def test_the_long_form_gives_the_interval_and_the_unit() -> None:
    text = describe_span(DateSpan(D(2025, 8, 21), D(2025, 8, 31), Precision.MONTH))
    assert text == "Aug 2025 (end): 21 Aug 2025 – 31 Aug 2025, 11 days (known to the month)"
    assert describe_span(DateSpan.day(D(2025, 11, 18))) == "Tue 18 Nov 2025 (known to the day)"


# --- the table widget ----------------------------------------------------------------------------
TEXT = "Strike on Kharkiv on Tuesday. Talks in Geneva on Sunday. Aid arrived in August."


def a_table(qtbot: Any) -> tuple[EventTable, MemoryStore]:
    store = MemoryStore({1: a_stored_article(1, TEXT)})
    store.event_list = [
        an_event(1, 1, (0, 29), (18, 28), on=D(2025, 11, 18), title="Strike on Kharkiv", text=TEXT),
        an_event(
            2, 1, (30, 56), on=D(2025, 11, 16), type=EventType.MEETING, title="Talks", text=TEXT
        ),
        an_event(
            3,
            1,
            (57, 80),
            on=D(2025, 8, 1),
            until=D(2025, 8, 31),
            precision=Precision.MONTH,
            type=EventType.AID,
            title="Aid",
            text=TEXT,
        ),
    ]
    table = EventTable()
    qtbot.addWidget(table)
    table.set_store(store)
    return table, store


def column(table: EventTable, col: int) -> list[str]:
    return [table.proxy.index(r, col).data() for r in range(table.proxy.rowCount())]


def test_rows_are_sorted_by_date_and_show_precision(qtbot: Any) -> None:
    table, _ = a_table(qtbot)
    assert column(table, DATE) == ["Aug 2025", "16 Nov 2025", "18 Nov 2025"]
    assert column(table, TYPE) == ["Aid", "Meeting", "Missile strike"]


def test_clicking_a_header_sorts_by_that_column(qtbot: Any) -> None:
    table, _ = a_table(qtbot)
    table.view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert column(table, TITLE) == ["Talks", "Strike on Kharkiv", "Aid"]


def test_a_column_filter_keeps_only_matching_rows(qtbot: Any) -> None:
    table, _ = a_table(qtbot)
    # when the analyst types into the title column's filter box
    table.filter_row.edits[TITLE].setText("kharkiv")
    qtbot.waitUntil(lambda: table.row_count() == 1)
    assert table.visible_event_ids() == [1]
    # and narrows by date text too, then clears the title filter
    table.set_column_filter(DATE, "nov")
    table.set_column_filter(TITLE, "")
    assert sorted(table.visible_event_ids()) == [1, 2]


def test_programmatic_selection_does_not_echo_but_a_click_emits(qtbot: Any) -> None:
    table, _ = a_table(qtbot)
    emitted: list[list[int]] = []
    table.selection_changed.connect(emitted.append)
    # given another pane selected event 2
    table.select_events([2])
    assert table.selected_ids() == [2]
    assert emitted == []
    # when the user clicks the first row (event 3, August)
    rect = table.view.visualRect(table.proxy.index(0, TITLE))
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted[-1] == [3]


def test_refresh_keeps_the_selection(qtbot: Any) -> None:
    table, _ = a_table(qtbot)
    table.select_events([1])
    table.refresh()
    assert table.selected_ids() == [1]


def test_a_large_result_loads_in_the_background_and_says_what_is_not_listed(
    qtbot: Any,
) -> None:
    # given a store with more events than the table lists at once
    text = "Strike on Kharkiv on Tuesday."
    store = MemoryStore({1: a_stored_article(1, text)})
    store.event_list = [an_event(i, 1, (0, 29), text=text) for i in range(1, 31)]
    table = EventTable()
    qtbot.addWidget(table)
    table.loader.sync_limit, table.loader.row_limit = 10, 20
    # when it loads, with a selection asked for while rows are still coming
    table.set_store(store)
    table.select_events([7])
    qtbot.waitUntil(lambda: not table.is_loading())
    # then it lists the first rows, says how many more match, and keeps the selection
    assert table.model.rowCount() == 20 and table.total == 30
    assert "first 20 of 30" in table.notice.text() and not table.notice.isHidden()
    assert table.selected_ids() == [7]


def test_sorting_keeps_the_selected_event_selected(qtbot: Any) -> None:
    table, _ = a_table(qtbot)
    table.select_events([2])
    table.view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert column(table, TITLE) == ["Aid", "Strike on Kharkiv", "Talks"]
    assert table.selected_ids() == [2]


def test_a_filter_that_leaves_nothing_says_so_and_offers_a_reset(qtbot: Any) -> None:
    table, _ = a_table(qtbot)
    table.show()
    assert table.placeholder.isHidden()
    resets: list[bool] = []
    table.reset_filters_requested.connect(lambda: resets.append(True))
    # when a column filter matches no row
    table.set_column_filter(TITLE, "no such event")
    # then the empty table says why, with the way back
    assert table.row_count() == 0 and not table.placeholder.isHidden()
    assert "No events match the filters" in table.placeholder.text()
    assert 'href="reset"' in table.placeholder.text()
    # and the link clears the column filters and asks the window to clear its own
    table.placeholder.linkActivated.emit("reset")
    assert table.row_count() == 3 and table.placeholder.isHidden()
    assert table.filter_row.edits[TITLE].text() == "" and resets == [True]


def test_an_empty_store_without_filters_shows_no_reset_message(qtbot: Any) -> None:
    table = EventTable()
    qtbot.addWidget(table)
    table.set_store(MemoryStore({}))
    assert table.row_count() == 0 and table.placeholder.isHidden()


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_text(qtbot: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    table, _ = a_table(qtbot)
    table.show()
    table.select_events([2, 1])
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    # then both rows, in table order: date, type, title, places, source
    assert QGuiApplication.clipboard().text() == (
        "16 Nov 2025\tMeeting\tTalks\t\tArticle 1\n18 Nov 2025\tMissile strike\tStrike on Kharkiv\t\tArticle 1\n"
    )


def test_copied_rows_name_places_and_sites_on_one_line_each() -> None:
    from dataclasses import replace

    from timeline_app.domain.model import Place
    from timeline_app.ui.event_table_model import rows_as_text

    event = an_event(7, 1, (0, 10), on=D(2025, 11, 18), title="Strike\ton  Kharkiv\n(update)")
    site = replace(event.sources[0], site="Kyiv Independent")
    other = replace(event.sources[0], article_id=2, site="Reuters")
    event = replace(event, places=(Place("Kharkiv"), Place("Kyiv")), sources=(site, other, site))
    assert rows_as_text([event]) == (
        "18 Nov 2025\tMissile strike\tStrike on Kharkiv (update)\tKharkiv, Kyiv\t"
        "Kyiv Independent; Reuters\n"
    )
