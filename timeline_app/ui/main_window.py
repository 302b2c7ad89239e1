"""The main window: timeline on top, events table and article pane below, article list docked.

It links the panes (a selection in one selects in all), runs imports in the background from drops
and menus, opens stores, and remembers its layout. Menus and file dialogs live in `window_actions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.model import EventFilter, StoredEvent
from timeline_app.store.repositories import Store, StoreError
from timeline_app.ui import window_actions
from timeline_app.ui.article_list import ArticleList
from timeline_app.ui.article_pane import ArticlePane
from timeline_app.ui.event_table import EventTable
from timeline_app.ui.formatting import counted, store_error_text
from timeline_app.ui.import_report import ImportReportDialog
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.window_actions import events_dated_by, local_paths
from timeline_app.ui.workers import BackgroundImport, ImportStatus, ImportSummary

LIVE_REFRESH_MS = 1500  # during an import, how often the timeline and article list catch up


class MainWindow(QMainWindow):
    selection_changed = Signal(list)  # event ids, after any pane changed the selection
    store_changed = Signal()  # the data changed: import, edit, undo/redo, another store
    events_changed = Signal(list)  # only these events' fields changed (a star, a tag, an edit)
    filter_changed = Signal(object)  # EventFilter
    # Status bar widgets, made by window_actions.build_status_bar.
    status: QStatusBar
    import_label: QLabel
    import_progress: QProgressBar
    cancel_button: QToolButton
    counts_label: QLabel
    read_only_label: QLabel  # "Read-only store", shown only for one

    def __init__(self, store: Store | None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else QSettings()
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.theme = "light"
        self.last_import: ImportSummary | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.last_error: tuple[str, str] | None = None
        self._filter = EventFilter()
        self._selected: list[int] = []
        self._syncing = False
        self._splitters_restored = False
        self._queue: list[tuple[list[Path], Any]] = []
        self.theme_actions: dict[str, QAction] = {}  # filled by window_actions.build_menus
        self.write_actions: list[QAction] = []  # imports: disabled on a read-only store
        self._build_panes()
        window_actions.build_status_bar(self)
        self._importer = BackgroundImport(self)
        self._importer.progress.connect(self._on_import_progress)
        self._importer.failed.connect(self._on_import_failed)
        self._importer.finished.connect(self._on_import_finished)
        self._live_refresh = QTimer(self, interval=LIVE_REFRESH_MS)
        self._live_refresh.timeout.connect(self._on_live_refresh)
        self.menu_file, self.menu_edit, self.menu_view = window_actions.build_menus(self)
        self.store_changed.connect(self.refresh_all)
        self.setAcceptDrops(True)
        self._connect_panes()
        self._attach_store(store)
        window_actions.restore_settings(self)
        self._install_desk()
        self._route_drops_to_window()

    # --- construction --------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.timeline = TimelineView(self)
        self.timeline.setObjectName("timeline")
        self.event_table = EventTable(self)
        self.event_table.setObjectName("event_table")
        self.article_pane = ArticlePane(self)
        self.article_pane.setObjectName("article_pane")
        self.article_list = ArticleList(self)
        self.article_list.setObjectName("article_list")
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom_splitter.setObjectName("bottom_splitter")
        self.bottom_splitter.addWidget(self.event_table)
        self.bottom_splitter.addWidget(self.article_pane)
        self.bottom_splitter.setSizes([760, 520])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.timeline)
        self.main_splitter.addWidget(self.bottom_splitter)
        self.main_splitter.setSizes([380, 420])
        self.main_splitter.setChildrenCollapsible(False)
        self.read_only_banner = self._make_banner()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.main_splitter)
        self.setCentralWidget(central)
        self.articles_dock = QDockWidget("Articles", self)
        self.articles_dock.setObjectName("articles_dock")
        self.articles_dock.setWidget(self.article_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.articles_dock)
        self.resize(1440, 900)

    def _make_banner(self) -> QLabel:
        """A strip above the panes saying why nothing can be changed (a read-only store)."""
        banner = QLabel(self)
        banner.setObjectName("read_only_banner")
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.RichText)
        banner.setStyleSheet(
            "QLabel#read_only_banner { background: #FFF4CE; color: #4A3B00;"
            " border-bottom: 1px solid #E0C060; padding: 6px 10px; }"
        )
        banner.hide()
        return banner

    def _connect_panes(self) -> None:
        self.timeline.selection_changed.connect(
            lambda ids: self._on_pane_selection(ids, self.timeline)
        )
        self.event_table.selection_changed.connect(
            lambda ids: self._on_pane_selection(ids, self.event_table)
        )
        self.timeline.event_activated.connect(lambda event_id: self.select_events([event_id]))
        self.event_table.event_activated.connect(lambda event_id: self.select_events([event_id]))
        self.event_table.reset_filters_requested.connect(self.reset_filters)
        self.article_list.article_selected.connect(self._on_article_list_selected)
        self.article_pane.time_expression_clicked.connect(self._on_article_pane_expression_clicked)
        self.event_table.loader.loaded.connect(self._update_counts)
        self.article_list.loaded.connect(self._update_counts)  # read in the background, later
        self.event_table.loader.failed.connect(
            lambda message: self.status.showMessage(f"Cannot list the events: {message}", 8000)
        )

    def _install_desk(self) -> None:
        try:
            from timeline_app.ui.desk import install_desk
        except ImportError:  # the desk (filters, editor, undo commands) is optional
            return
        install_desk(self)

    def _route_drops_to_window(self) -> None:
        """Files dropped on any pane (a line edit, the text) import, rather than paste a path."""
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            paths = local_paths(event.mimeData())  # type: ignore[attr-defined]
            if paths and self._refuse_drop(kind):
                event.ignore()
                return True
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                if kind == QEvent.Type.Drop:
                    self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

    def _refuse_drop(self, kind: QEvent.Type) -> bool:
        """Files dragged over a read-only store are refused at once, the reason said once."""
        reason = self.read_only_reason()
        if reason and kind == QEvent.Type.DragEnter:
            self.status.showMessage(
                f"Cannot import here: {window_actions.banner_words(reason)}", 8000
            )
        return bool(reason)

    # --- public API ----------------------------------------------------------------------
    def read_only_reason(self) -> str:
        """Why the open store cannot be changed, for the analyst; "" when it can be."""
        store = self.store
        if store is None or not getattr(store, "read_only", False):
            return ""
        return str(getattr(store, "read_only_reason", "")) or "The store is read-only."

    def selected_event_ids(self) -> list[int]:
        return list(self._selected)

    def select_events(self, ids: Iterable[int]) -> None:
        """Select in every pane, scroll into view and open the first event's sentence."""
        self._set_selection(list(ids), origin=None)

    def current_filter(self) -> EventFilter:
        return self._filter

    def apply_filter(self, flt: EventFilter) -> None:
        self._filter = flt
        self.timeline.set_filter(flt)
        self.event_table.set_filter(flt)
        self._update_counts()
        self.filter_changed.emit(flt)

    def reset_filters(self) -> None:
        """Show every event again (the filter panel, when there is one, clears and says so)."""
        panel = getattr(getattr(self, "desk", None), "filter_panel", None)
        if panel is not None:
            panel.clear()
        else:
            self.apply_filter(EventFilter())

    def refresh_all(self) -> None:
        """Re-query every pane, keeping the selection and the visible range."""
        selected = list(self._selected)
        visible = self.timeline.visible_range()
        self.timeline.refresh()
        self.event_table.refresh()
        self.article_list.refresh()
        self.article_pane.reload()
        self._syncing = True
        try:
            self.timeline.select_events(selected)
            self.event_table.select_events(selected, scroll=False)
        finally:
            self._syncing = False
        if self.timeline.visible_range() != visible:
            self.timeline.set_visible_range(*visible)
        self._update_counts()

    def refresh_events(self, ids: Iterable[int], dates_changed: bool = False) -> None:
        """After an edit of a few events: update them where they are shown, re-query no more.

        `dates_changed`: a date, a type or a deletion changed, so counts and extent move too.
        Falls back to `store_changed` (everything re-queried) when the rows listed change.
        """
        if not window_actions.refresh_events(self, list(ids), dates_changed):
            self.store_changed.emit()

    def open_store(self, path: Path | str) -> bool:
        """Switch to another store; a busy or broken one leaves the current store open."""
        if self._importer.is_running():
            self.show_error("Cannot switch stores", "An import is running. Cancel it first.")
            return False
        try:
            store = Store(path)
        except StoreError as exc:
            self.show_error("Cannot open this store", store_error_text(path, str(exc)))
            return False
        old, self.store = self.store, store
        self.undo_stack.clear()  # its commands refer to the old store's events
        self._attach_store(store)
        if old is not None:
            old.close()
        self.settings.setValue("store/last", str(path))
        self.store_changed.emit()
        return True

    def import_paths(self, paths: list[Path], published: Any = None) -> bool:
        """Import files and folders in the background; returns at once (False if not started)."""
        if self.store is None:
            self.show_error("No store open", "Open or create a store first (File menu).")
            return False
        if not paths:
            return False
        reason = self.read_only_reason()
        if reason:  # once for the whole import, not once per file
            self.show_error("Cannot import into this store", reason)
            return False
        if self._importer.is_running():  # dropped while importing: goes in after this batch
            self._queue.append((list(paths), published))
            self.status.showMessage(f"{len(paths)} more item(s) queued for import", 5000)
            return True
        self._importer.start(self.store, paths, published)
        # A standing message (e.g. the empty store's hint) is drawn under the import widgets.
        self.status.clearMessage()
        self._show_import_widgets(True)
        self.import_label.setText(f"Importing {len(paths)} item(s)…")
        self._live_refresh.start()
        return True

    def is_importing(self) -> bool:
        return self._importer.is_running()

    def cancel_import(self) -> None:
        self._queue.clear()
        if self._importer.is_running():
            self._importer.cancel()
            self.import_label.setText("Cancelling after the current file…")

    def show_error(self, title: str, message: str) -> None:
        """A clear, non-blocking message box (never a traceback)."""
        self.last_error = (title, message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- selection sync --------------------------------------------------------------------
    def _on_pane_selection(self, ids: list[int], origin: QObject) -> None:
        if not self._syncing:
            self._set_selection(ids, origin)

    def _set_selection(self, ids: list[int], origin: QObject | None) -> None:
        self._selected = ids
        self._syncing = True
        try:
            if origin is not self.timeline:
                self.timeline.select_events(ids)
            if origin is not self.event_table:
                self.event_table.select_events(ids)
            if origin is not self.article_pane and origin is not self.article_list:
                self._open_source(ids)
        finally:
            self._syncing = False
        self.selection_changed.emit(list(ids))

    def event_by_id(self, event_id: int) -> StoredEvent | None:
        table = self.event_table  # its rows are the old copies until a re-read arrives
        event = None if table.is_loading() else table.event_by_id(event_id)
        if event is None and self.store is not None:
            try:
                event = self.store.get_event(event_id)
            except (StoreError, KeyError, LookupError):
                return None
        return event

    def _open_source(self, ids: list[int]) -> None:
        event = self.event_by_id(ids[0]) if ids else None
        if event is None or not event.sources:
            return
        self.article_pane.show_event(event)
        self.article_list.select_article(self.article_pane.current_article_id())
        self._mark_publication_on_timeline()
        self._reveal_on_timeline(event)

    def _mark_publication_on_timeline(self) -> None:
        """A line at the shown article's publication date: the anchor of its relative dates."""
        article = self.article_pane.current_article()
        days = [article.published.toordinal()] if article and article.published else []
        self.timeline.set_reference_days(days)

    def _reveal_on_timeline(self, event: StoredEvent) -> None:
        """Pan (keeping the zoom) when the event selected elsewhere is outside the visible range."""
        first, last = self.timeline.visible_range()
        span = event.span
        if span is None or (span.end >= first and span.start <= last):
            return
        half = (last - first) / 2
        middle = span.start + (span.end - span.start) / 2
        self.timeline.set_visible_range(middle - half, middle + half)

    def _on_article_list_selected(self, article_id: int) -> None:
        self.article_pane.show_article(article_id)
        self._mark_publication_on_timeline()
        ids = [e.id for e in self.store.events_for_article(article_id)] if self.store else []
        self._set_selection(ids, origin=self.article_list)

    def _on_article_pane_expression_clicked(self, article_id: int, start: int, end: int) -> None:
        events = self.store.events_for_article(article_id) if self.store else []
        dated = events_dated_by(events, article_id, start, end)
        if not dated:
            self.status.showMessage("No event is dated by this expression", 4000)
            return
        self._set_selection([event_id for event_id, _ in dated], origin=self.article_pane)
        source = dated[0][1]
        self.article_pane.show_article(article_id, (source.sentence_start, source.sentence_end))

    # --- store and import --------------------------------------------------------------------
    def _attach_store(self, store: Store | None) -> None:
        self._selected = []
        self.timeline.set_store(store)
        self.event_table.set_store(store)
        self.article_list.set_store(store)
        self.article_pane.set_store(store)
        self._update_counts()
        self._update_title()
        window_actions.show_store_access(self)
        empty = not self.event_table.is_loading() and self.event_table.total == 0
        if store is not None and empty and not self.read_only_reason():
            self.status.showMessage(
                "Empty store: drop article files or folders on the window, "
                "or use File → Load sample articles"
            )

    def _update_title(self) -> None:
        """The store's file name; Qt adds " — Conflict Timeline" (the application's display
        name) on Linux and Windows, so naming the app here too showed it twice."""
        where = Path(self.store.location).name if self.store is not None else "no store"
        self.setWindowTitle(f"{where} (read-only)" if self.read_only_reason() else where)

    def _update_counts(self, *_: object) -> None:
        events = self.event_table.total
        articles = self.article_list.article_count()
        self.counts_label.setText(f"{counted(events, 'event')} · {counted(articles, 'article')}")

    def _show_import_widgets(self, visible: bool) -> None:
        for widget in (self.import_label, self.import_progress, self.cancel_button):
            widget.setVisible(visible)
        self.cancel_button.setEnabled(visible)

    def _on_import_progress(self, status: ImportStatus) -> None:
        self.import_progress.setRange(0, max(status.total, 1))
        self.import_progress.setValue(status.done)
        if not self._importer_cancelling():
            self.import_label.setText(status.text())

    def _importer_cancelling(self) -> bool:
        return self.import_label.text().startswith("Cancelling")

    def _on_live_refresh(self) -> None:
        self.timeline.refresh()
        self.article_list.refresh()

    def _on_import_failed(self, message: str) -> None:
        self.show_error("The import stopped", message)

    def _on_import_finished(self, summary: ImportSummary) -> None:
        self._live_refresh.stop()
        self._show_import_widgets(False)
        self.last_import = summary
        self.status.showMessage(summary.text(), 15_000)
        if self._queue and not summary.cancelled:
            self.import_paths(*self._queue.pop(0))
        self.store_changed.emit()
        if summary.failed or summary.undated:  # an undated article hides its relative dates
            self.show_report(summary)
        if not self._selected and summary.events:
            self.timeline.fit_busiest()  # not a fit-all: one old date must not squeeze the news

    def show_report(self, summary: ImportSummary) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
        self.report_dialog = ImportReportDialog(summary, self)
        self.report_dialog.destroyed.connect(lambda *_: setattr(self, "report_dialog", None))
        self.report_dialog.show()

    # --- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()) and not self._refuse_drop(event.type()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if local_paths(event.mimeData()) and not self.read_only_reason():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths and not self.read_only_reason():
            event.acceptProposedAction()
            self.import_paths(paths)
        else:
            event.ignore()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._splitters_restored:
            self._splitters_restored = True
            window_actions.restore_splitters(self)

    # --- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._queue.clear()
        if self._importer.is_running():
            self.import_label.setText("Cancelling the import before quitting…")
            self._importer.wait()  # cancelled between batches; each batch is one transaction
        self._live_refresh.stop()
        self.article_pane.shutdown()
        self.event_table.shutdown()
        self.article_list.shutdown()
        window_actions.save_settings(self)
        super().closeEvent(event)

    def splitter_states(self) -> dict[str, QByteArray]:
        return {
            "main": self.main_splitter.saveState(),
            "bottom": self.bottom_splitter.saveState(),
        }
