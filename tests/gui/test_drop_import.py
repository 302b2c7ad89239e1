"""Dropping files on the real main window imports them in the background, with a report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.gui.conftest import (
    MEETING_ARTICLE,
    STRIKE_ARTICLE,
    an_article_file,
    drop_on,
    wait_for_import,
)
from timeline_app.domain.model import EventType


def test_dropped_files_are_imported_found_and_shown_with_their_sentence(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    # given two article files
    strike = an_article_file(tmp_path, "strike.txt", STRIKE_ARTICLE)
    meeting = an_article_file(tmp_path, "meeting.txt", MEETING_ARTICLE)
    # when they are dropped on the window
    assert drop_on(window, [strike, meeting])
    summary = wait_for_import(qtbot, window)
    # then both went in and their events are in the table and on the timeline
    assert summary.counts.get("imported") == 2, summary
    assert window.article_list.article_count() == 2
    events = [window.event_table.event_by_id(i) for i in window.event_table.visible_event_ids()]
    sources = {s.article_title for e in events for s in e.sources}
    assert len(sources) == 2
    strike_event = next(e for e in events if e.type == EventType.MISSILE_STRIKE)
    assert strike_event.span is not None and strike_event.span.start.isoformat() == "2025-11-18"
    assert strike_event.id in timeline_event_ids(window)
    # when the analyst selects the strike in the table
    window.event_table.view.selectRow(row_of(window, strike_event.id))
    # then the article pane shows its article with the sentence highlighted
    source = strike_event.sources[0]
    assert window.article_pane.current_article_id() == source.article_id
    assert window.article_pane.highlight_selections() == [
        (source.sentence_start, source.sentence_end)
    ]
    assert "missile strike on Kharkiv" in window.article_pane.highlighted_text()
    assert window.selected_event_ids() == [strike_event.id]


def test_a_bad_file_is_reported_with_its_reason_and_the_good_ones_go_in(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    good = an_article_file(tmp_path, "good.txt", STRIKE_ARTICLE)
    empty = an_article_file(tmp_path, "empty.txt", "")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    drop_on(window, [good, empty, binary])
    summary = wait_for_import(qtbot, window)
    assert summary.counts.get("imported") == 1
    # the per-file report opens by itself, without blocking the window
    qtbot.waitUntil(lambda: window.report_dialog is not None and window.report_dialog.isVisible())
    dialog = window.report_dialog
    assert not dialog.isModal()
    failed = {Path(r.path).name: r.reason for r in dialog.visible_reports()}
    assert set(failed) == {"empty.txt", "binary.txt"}
    assert all(reason for reason in failed.values())
    assert "empty.txt" in dialog.as_text()
    assert window.article_list.article_count() == 1


def test_the_report_keeps_the_file_names_of_long_paths_readable(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from timeline_app.domain.model import FileReport
    from timeline_app.ui.import_report import ImportReportDialog
    from timeline_app.ui.workers import ImportSummary

    folder = "/home/analyst/Documents/press-cuttings/2025/november/ukraine/kharkiv/"
    reports = [FileReport(folder + "2025-11-18-kharkiv-drone-attack.txt", "imported", 5)]
    dialog = ImportReportDialog(ImportSummary.of(reports, 1, cancelled=False))
    qtbot.addWidget(dialog)
    dialog.show()
    # a path wider than its column loses its middle, not its end: the file name stays in view
    item = dialog.table.item(0, 0)
    width = dialog.table.columnWidth(0)
    assert dialog.table.fontMetrics().horizontalAdvance(item.text()) > width
    assert dialog.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert item.toolTip() == item.text()  # and the whole path is one hover away


def test_the_summary_does_not_count_merged_reports_as_new_events(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    # given two articles reporting the same strike (the second merges into the first's event)
    first = an_article_file(tmp_path, "first.txt", STRIKE_ARTICLE)
    second = an_article_file(
        tmp_path, "second.txt", STRIKE_ARTICLE.replace("KYIV", "KHARKIV").replace("twelve", "ten")
    )
    drop_on(window, [first, second])
    summary = wait_for_import(qtbot, window)
    stored = window.store.count_events()
    # then the status bar does not claim more new events than the store holds
    assert summary.events > stored  # the files reported more events than there are
    assert "new events" not in summary.text()
    assert f"{summary.events} events found" in window.status.currentMessage()


def test_files_dropped_on_a_pane_import_rather_than_paste(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    path = an_article_file(tmp_path, "meeting.txt", MEETING_ARTICLE)
    title_filter = window.event_table.filter_row.edits[2]
    drop_on(title_filter, [path])
    wait_for_import(qtbot, window)
    assert title_filter.text() == ""
    assert window.article_list.article_count() == 1


def test_progress_shows_in_the_status_bar_and_the_window_answers(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(12):
        an_article_file(folder, f"a{n:02}.txt", STRIKE_ARTICLE.replace("twelve", f"{n + 1} x"))
    texts: list[str] = []
    window.import_paths([folder])
    assert window.is_importing()  # returned at once
    assert window.import_progress.isVisible() and window.cancel_button.isVisible()
    qtbot.waitUntil(
        lambda: texts.append(window.import_label.text()) or not window.is_importing(),
        timeout=60_000,
    )
    assert any(" of 12 files" in t and "events" in t for t in texts)
    assert not window.import_progress.isVisible()
    assert "Import finished" in window.status.currentMessage()


def test_the_empty_store_hint_is_not_drawn_under_the_progress(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    # given a fresh window on an empty store, whose status bar tells how to start
    assert "Empty store" in window.status.currentMessage()
    # when the first files are imported
    window.import_paths([an_article_file(tmp_path, "strike.txt", STRIKE_ARTICLE)])
    # then the hint gives way to the progress (a standing message shows through the widgets)
    assert window.import_label.isVisible()
    assert window.status.currentMessage() == ""
    wait_for_import(qtbot, window)


def test_cancelling_keeps_what_went_in(qtbot: Any, window: Any, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(30):
        an_article_file(folder, f"a{n:02}.txt", MEETING_ARTICLE.replace("Sunday", f"Sunday {n}"))
    window.import_paths([folder])
    window.cancel_import()
    summary = wait_for_import(qtbot, window)
    assert summary.cancelled
    stored = window.article_list.article_count()
    assert stored == summary.counts.get("imported", 0) < 30


def test_quitting_during_an_import_cancels_and_waits(
    qtbot: Any, window: Any, store: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(30):
        an_article_file(folder, f"a{n:02}.txt", STRIKE_ARTICLE.replace("twelve", f"{n} x"))
    window.import_paths([folder])
    window.close()
    assert not window.is_importing()
    # the store is consistent and usable after the worker stopped
    assert len(store.articles()) < 30
    assert store.count_events() >= 0


def row_of(window: Any, event_id: int) -> int:
    table = window.event_table
    return table.proxy.mapFromSource(table.model.index(table.model.row_of(event_id), 0)).row()


def timeline_event_ids(window: Any) -> set[int]:
    """The events the canvas has laid out as marks in its current scene."""
    window.timeline.fit_all()
    return {mark.event_id for mark in window.timeline.scene().marks}


def test_a_drop_during_an_import_is_queued_and_imported_after_it(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "first"
    folder.mkdir()
    for n in range(8):
        an_article_file(folder, f"a{n}.txt", STRIKE_ARTICLE.replace("twelve", f"{n} x"))
    late = an_article_file(tmp_path, "late.txt", MEETING_ARTICLE)
    window.import_paths([folder])
    # when another file is dropped while the first batch is still going in
    assert drop_on(window, [late])
    assert window.last_error is None  # no "import running" complaint
    qtbot.waitUntil(
        lambda: not window.is_importing() and window.article_list.article_count() == 9,
        timeout=60_000,
    )
    assert window.last_import.counts.get("imported") == 1  # the queued batch ran last


def test_status_bar_counts_the_articles_without_a_publication_date(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    # given one dated article and one whose date nothing gives
    dated = an_article_file(tmp_path, "dated.txt", STRIKE_ARTICLE)
    undated = an_article_file(
        tmp_path, "undated.txt", "Talks resumed\n\nDelegations met in Geneva on Tuesday for talks."
    )
    # when both are dropped
    drop_on(window, [dated, undated])
    wait_for_import(qtbot, window)
    # then the status bar says one article has no date (its relative dates wait for one)
    assert "1 article has no publication date" in window.status.currentMessage()
