"""The events table: a sortable model/view of the filtered events with a filter box per column.

The model (`event_table_model`) formats rows lazily; pages of rows come from the store in the
background as the analyst scrolls, and an edit swaps the edited rows in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.model import EventFilter, StoredEvent
from timeline_app.ui.event_table_model import (
    ACTORS,
    COLUMNS,
    CONFIDENCE,
    DATE,
    DATED,
    EDITED,
    EVENT_ID_ROLE,
    PLACES,
    SORT_ROLE,
    SOURCES,
    STATUS,
    TITLE,
    TYPE,
    EventFilterProxy,
    EventTableModel,
    event_cells,
    rows_as_text,
)
from timeline_app.ui.focus_style import FocusTableView
from timeline_app.ui.table_columns import ColumnFitter
from timeline_app.ui.workers import EventLoader

# Paging on to an event selected elsewhere (the timeline) stops once this many rows are listed:
# a page costs the GUI thread more as the list grows (25 ms at 20,000 rows, 65 at 50,000).
SEEK_ROWS = 20_000
NO_MATCH_HTML = 'No events match the filters — <a href="reset">Reset filters</a>'

__all__ = ["ACTORS", "COLUMNS", "CONFIDENCE", "DATE", "DATED", "EDITED", "EVENT_ID_ROLE", "PLACES",
           "SORT_ROLE", "SOURCES", "STATUS", "TITLE", "TYPE", "EventFilterProxy", "EventTable",
           "EventTableModel", "event_cells"]  # fmt: skip


class _FilterRow(QWidget):
    """One line edit above each column, kept aligned with the header as columns move or scroll."""

    changed = Signal(int, str)

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.edits: list[QLineEdit] = []
        for col, name in enumerate(COLUMNS):
            edit = QLineEdit(self)
            edit.setPlaceholderText(f"Filter {name.lower()}")
            edit.setToolTip(f"Filter {name.lower()}: rows whose {name.lower()} contains this")
            edit.setClearButtonEnabled(True)
            edit.setObjectName(f"filter_{name.lower()}")
            edit.textChanged.connect(lambda text, c=col: self.changed.emit(c, text))
            self.edits.append(edit)
        self.setFixedHeight(self.edits[0].sizeHint().height())
        header = view.horizontalHeader()
        header.sectionResized.connect(self.realign)
        header.sectionMoved.connect(self.realign)
        header.geometriesChanged.connect(self.realign)
        view.horizontalScrollBar().valueChanged.connect(self.realign)

    def realign(self, *_: object) -> None:
        header = self._view.horizontalHeader()
        left = self._view.frameWidth() + (
            self._view.verticalHeader().width() if self._view.verticalHeader().isVisible() else 0
        )
        for col, edit in enumerate(self.edits):
            hidden = header.isSectionHidden(col)
            edit.setVisible(not hidden)
            if not hidden:
                x = left + header.sectionViewportPosition(col)
                edit.setGeometry(x, 0, header.sectionSize(col), self.height())
                edit.setPlaceholderText(_placeholder(edit, COLUMNS[col]))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.realign()


def _placeholder(edit: QLineEdit, name: str) -> str:
    """ "Filter status" where it fits; in a narrow column just "Filter" (the header above names
    the column): cut to "Filter st…" it read as unfinished."""
    full = f"Filter {name.lower()}"
    room = edit.width() - 12  # Fusion's frame and text margins (the clear button needs text)
    return full if edit.fontMetrics().horizontalAdvance(full) <= room else "Filter"


class _TableView(FocusTableView):
    """The events view; Ctrl+C copies whole selected rows, not the one cell Qt would copy.
    Its focus and current row show (`FocusTableView`): analysts work from the keyboard."""

    copy_requested = Signal()
    viewport_resized = Signal()  # the columns refit (table_columns)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.viewport_resized.emit()
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class EventTable(QWidget):
    """The table pane: filter row + view. Emits `selection_changed` only for the user's clicks."""

    selection_changed = Signal(list)  # list[int] event ids
    event_activated = Signal(int)
    reset_filters_requested = Signal()  # "Reset filters" clicked: the window clears its filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._filter = EventFilter()
        self._syncing = False
        self.model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._make_view()
        self.copy_action = self._make_copy_action()
        self.filter_row = _FilterRow(self.view, self)
        self._pending: dict[int, str] = {}
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_column_filters)
        self.filter_row.changed.connect(self._on_filter_row_changed)
        self._keep: list[int] = []
        self._keep_in_view = False  # whether the kept selection was asked for in view
        self._seek: list[int] = []  # selected elsewhere, not yet listed: paging on to them
        self.total = 0  # events matching the filter, listed or not
        self.loader = EventLoader(self)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.more_loaded.connect(self._on_loader_more_loaded)
        self.notice = QLabel(self)
        self.notice.setObjectName("event_table_notice")
        # Wrapped: on one line its width was the table's least width, and in a small window
        # the splitter then squeezed the article pane (the sentence) down to a sliver.
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.view)
        self.placeholder = self._make_placeholder()
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):  # fmt: skip
            signal.connect(self._update_placeholder)

    def _make_placeholder(self) -> QLabel:
        """Said over the empty table when filters leave nothing, with the way out as a link."""
        label = QLabel(NO_MATCH_HTML, self.view.viewport())
        label.setObjectName("event_table_placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)  # fmt: skip
        label.linkActivated.connect(lambda _link: self.reset_filters())
        label.hide()
        self.view.viewport().installEventFilter(self)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.placeholder.setGeometry(self.view.viewport().rect().adjusted(12, 12, -12, -12))
        return super().eventFilter(watched, event)

    def _make_copy_action(self) -> QAction:
        """Copy for the right-click and Edit menus, where its Ctrl+C is shown; the key works
        only in the table (and where the window adds the action), so Ctrl+C in the article
        text or a filter box still copies their own text."""
        action = QAction("&Copy", self)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip("Copy the selected rows as text: date, type, title, places, source")
        action.setEnabled(False)
        action.triggered.connect(lambda _checked=False: self.copy_selection())
        self.view.addAction(action)
        return action

    def _make_view(self) -> QTableView:
        view = _TableView(self)
        view.copy_requested.connect(self.copy_selection)
        view.setObjectName("event_table_view")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)  # read-only: Tab moves on to the next pane
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: fast with 100k
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        self.columns = ColumnFitter(view)  # widths that fit the pane (see table_columns)
        view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        view.activated.connect(self._on_view_activated)
        view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        return view

    # --- data ----------------------------------------------------------------------------
    def set_store(self, store: Any) -> None:
        self._store = store
        self.refresh()

    def set_filter(self, flt: EventFilter) -> None:
        self._filter = flt
        self.refresh()

    def set_theme(self, theme: str) -> None:
        self.model.set_theme(theme)

    def refresh(self) -> None:
        """Re-query the store (in the background when large), keeping selection and sort."""
        if not self.loader.is_busy():
            self._keep, self._keep_in_view = self.selected_ids(), False
        self._seek = []
        self.loader.load(self._store, self._filter)
        if self.loader.is_busy():
            self.notice.setText(f"Loading {self.loader.pending_total():,} events…")
            self.notice.show()

    def is_loading(self) -> bool:
        return self.loader.is_busy()

    def shutdown(self) -> None:
        """Wait for a running read (before the store is closed)."""
        self.loader.wait(10_000)

    def _on_loader_loaded(self, events: list[StoredEvent], total: int) -> None:
        self.total = total
        self.model.set_events(events)
        self.select_events(self._keep, scroll=self._keep_in_view)
        self._say_what_is_listed()
        self._update_placeholder()

    def filters_active(self) -> bool:
        """Whether the window's filter or a column's narrows what is listed."""
        return self._filter != EventFilter() or bool(self.proxy.column_filters())

    def _update_placeholder(self, *_: object) -> None:
        empty = self.proxy.rowCount() == 0 and not self.loader.is_busy()
        self.placeholder.setVisible(empty and self._store is not None and self.filters_active())

    def reset_filters(self) -> None:
        """Clear the column filters and ask the window to clear its own."""
        for column in list(self.proxy.column_filters()) + list(self._pending):
            with QSignalBlocker(self.filter_row.edits[column]):
                self.filter_row.edits[column].clear()
        self._pending.clear()
        self._debounce.stop()
        for column in range(len(COLUMNS)):
            self.proxy.set_column_filter(column, "")
        if not self.loader.is_busy():
            self._say_what_is_listed()
        self._update_placeholder()
        self.reset_filters_requested.emit()

    # --- copying ---------------------------------------------------------------------------
    def selected_rows_text(self) -> str:
        """The selected rows as tab-separated lines (date, type, title, places, source)."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        events = [self.model.event_at(self.proxy.mapToSource(i).row()) for i in rows]
        return rows_as_text(events)

    def copy_selection(self) -> str:
        """Put the selected rows on the clipboard for a briefing or a spreadsheet."""
        text = self.selected_rows_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def _on_loader_more_loaded(self, events: list[StoredEvent]) -> None:
        self.model.append_events(events)
        self._say_what_is_listed()
        seek, self._seek = self._seek, []
        if any(self.model.row_of(i) is not None for i in seek):
            self.select_events(seek)
        else:
            self._seek_unlisted(seek)

    def _seek_unlisted(self, ids: list[int]) -> None:
        """Read on, page by page in the background, until an event selected on the timeline is
        listed, then select it here too: on a large store most events are past the first page,
        and the table showed no selection at all for them."""
        listed = self.model.rowCount()
        wanted = bool(ids) and listed < min(self.total, SEEK_ROWS) and self._listable(ids)
        self._seek = ids if wanted else []
        if wanted and not self.loader.is_busy():
            self.loader.load_more(self._store, self._filter, listed)
        elif ids and SEEK_ROWS <= listed < self.total:
            self.notice.setText(
                f"The selected event is not among the first {listed:,} listed; "
                "narrow the filters to list it."
            )

    def _listable(self, ids: list[int]) -> bool:
        """Whether one of these events passes the filter (else no page will ever list it)."""
        matching = getattr(self._store, "matching_ids", None)
        try:
            return matching is None or bool(matching(self._filter, ids))
        except Exception:  # noqa: BLE001 - a store gone away: nothing to page through
            return False

    def _say_what_is_listed(self) -> None:
        listed = self.model.rowCount()
        self.notice.setVisible(self.total > listed)
        if self.proxy.column_filters():  # they filter the listed rows: "no match" may be wrong
            self.notice.setText(
                f"The column filters look through the first {listed:,} of {self.total:,} "
                "events only; the search box (Ctrl+F) looks through them all."
            )
            return
        self.notice.setText(
            f"Showing the first {listed:,} of {self.total:,} events by date; "
            "scroll down for more, or narrow the filters."
        )

    def _on_scrolled(self, value: int) -> None:
        """Near the end of the listed rows, read the next page (in the background)."""
        bar = self.view.verticalScrollBar()
        listed = self.model.rowCount()
        if value >= bar.maximum() - bar.pageStep() and self.total > listed:
            self.loader.load_more(self._store, self._filter, listed)

    def update_events(self, events: list[StoredEvent], gone: Iterable[int] = ()) -> bool:
        """Show edited events in place; False when the rows listed must change (re-query).

        `events` are fresh copies of changed events that still pass the filter, `gone` the
        changed ones that no longer do. In place works while every one is listed or stays out.
        """
        if self._store is None or self.loader.is_busy():
            return False
        model = self.model
        if any(model.row_of(e.id) is None for e in events):
            return False
        if any(model.row_of(i) is not None for i in gone):
            return False
        model.replace_events(events)  # the sort keeps the selection on the same events
        if self.proxy.column_filters():
            self.proxy.invalidate()  # a column filter may now match differently
        return True

    def row_count(self) -> int:
        """Rows visible after the column filters."""
        return self.proxy.rowCount()

    def visible_event_ids(self) -> list[int]:
        return [
            self.proxy.index(row, 0).data(EVENT_ID_ROLE) for row in range(self.proxy.rowCount())
        ]

    def event_by_id(self, event_id: int) -> StoredEvent | None:
        row = self.model.row_of(event_id)
        return None if row is None else self.model.event_at(row)

    # --- selection -----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(EVENT_ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select_events(self, ids: Iterable[int], scroll: bool = True) -> None:
        """Select programmatically (from another pane) without emitting selection_changed."""
        ids = list(ids)
        if self.loader.is_busy():
            self._keep, self._keep_in_view = ids, scroll  # applied when the rows arrive
        selection = QItemSelection()
        first: QModelIndex | None = None
        for event_id in ids:
            proxy_index = self._proxy_index(event_id)
            if proxy_index is None:
                continue
            last = proxy_index.siblingAtColumn(len(COLUMNS) - 1)
            selection.select(proxy_index, last)
            if first is None or proxy_index.row() < first.row():
                first = proxy_index
        self._syncing = True
        try:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().select(selection, flags)
            if first is not None:
                self.view.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                if scroll:
                    self.view.scrollTo(first, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False
        self._seek_unlisted(ids if scroll and first is None else [])

    def _proxy_index(self, event_id: int) -> QModelIndex | None:
        row = self.model.row_of(event_id)
        if row is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index if index.isValid() else None

    def _on_view_selection_changed(self, *_: object) -> None:
        self.copy_action.setEnabled(self.view.selectionModel().hasSelection())
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.event_activated.emit(index.data(EVENT_ID_ROLE))

    # --- column filters --------------------------------------------------------------------
    def set_column_filter(self, column: int, text: str) -> None:
        """Type into a column's filter box (as the user would)."""
        self.filter_row.edits[column].setText(text)
        self._apply_column_filters()

    def _on_filter_row_changed(self, column: int, text: str) -> None:
        self._pending[column] = text
        self._debounce.start()

    def _apply_column_filters(self) -> None:
        self._debounce.stop()
        for column, text in self._pending.items():
            self.proxy.set_column_filter(column, text)
        self._pending.clear()
        if not self.loader.is_busy():  # else it says "Loading…" until the rows come
            self._say_what_is_listed()
