"""The events table: a sortable model/view of the filtered events with a filter box per column.

The model holds the store's `StoredEvent`s and formats them lazily; a proxy sorts on integer or
lower-case keys (so Qt compares in C++) and filters each column on its own "contains" text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPixmap
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
from timeline_app.domain.palette import TYPE_LABEL, type_colour
from timeline_app.ui.formatting import describe_span, format_span, span_sort_key
from timeline_app.ui.workers import EventLoader

COLUMNS = (
    "Date",
    "Type",
    "Title",
    "Status",
    "Actors",
    "Places",
    "Sources",
    "Confidence",
    "Edited",
)
DATE, TYPE, TITLE, STATUS, ACTORS, PLACES, SOURCES, CONFIDENCE, EDITED = range(len(COLUMNS))
_WIDTHS = (150, 120, 360, 80, 170, 140, 64, 84, 60)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def _names(items: Iterable[Any]) -> str:
    return ", ".join(item.name for item in items)


def event_cells(event: StoredEvent) -> tuple[str, ...]:
    """What each column shows for one event (also what the column filters match against)."""
    return (
        format_span(event.span),
        TYPE_LABEL.get(event.type, str(event.type)),
        event.title,
        event.status.value,
        _names(event.actors),
        _names(event.places),
        str(event.source_count),
        f"{round(event.confidence * 100)}%",
        "✓" if event.edited else "",
    )


class EventTableModel(QAbstractTableModel):
    """Rows are events; display strings are computed once per event on demand.

    The model sorts itself with one Python key sort: a proxy sort would call `data()` from C++
    for every comparison, about a second for a few thousand rows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[StoredEvent] = []
        self._cells: dict[int, tuple[str, ...]] = {}
        self._row_of: dict[int, int] = {}
        self._swatches: dict[str, QPixmap] = {}
        self._theme = "light"
        self._sort_by: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.AscendingOrder)

    def set_events(self, events: list[StoredEvent]) -> None:
        self.beginResetModel()
        self._events = events
        self._cells = {}
        self._order_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = [e.id for e in self._events]
        self._order_rows()
        for index in self.persistentIndexList():  # keeps the selection on the same events
            row = self._row_of[old[index.row()]]
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        column, order = self._sort_by
        if 0 <= column < len(COLUMNS):
            keys = {e.id: (self._sort_key(e, column), span_sort_key(e.span)) for e in self._events}
            descending = order == Qt.SortOrder.DescendingOrder
            self._events = sorted(self._events, key=lambda e: keys[e.id], reverse=descending)
        self._row_of = {e.id: row for row, e in enumerate(self._events)}

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        self._swatches.clear()
        if self._events:
            self.dataChanged.emit(self.index(0, TYPE), self.index(len(self._events) - 1, TYPE))

    def event_at(self, row: int) -> StoredEvent:
        return self._events[row]

    def row_of(self, event_id: int) -> int | None:
        return self._row_of.get(event_id)

    def cells(self, row: int) -> tuple[str, ...]:
        return self._cells_of(self._events[row])

    def _cells_of(self, event: StoredEvent) -> tuple[str, ...]:
        cached = self._cells.get(event.id)
        if cached is None:
            cached = self._cells[event.id] = event_cells(event)
        return cached

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[col]
        handler = _ROLE_HANDLERS.get(role)
        return handler(self, self._events[row], col) if handler else None

    def _sort_key(self, event: StoredEvent, col: int) -> Any:
        if col == DATE:
            return span_sort_key(event.span)
        if col == SOURCES:
            return event.source_count
        if col == CONFIDENCE:
            return int(event.confidence * 1000)
        if col == EDITED:
            return int(event.edited)
        return self._cells_of(event)[col].lower()

    def _tooltip(self, event: StoredEvent, col: int) -> str | None:
        if col == DATE:
            text = describe_span(event.span)
            return f"{text}\n{event.explanation}" if event.explanation else text
        if col in (TITLE, SOURCES) and event.sources:
            return "\n\n".join(f"{s.article_title}: {s.sentence}" for s in event.sources[:5])
        if event.conflicts:
            return event.conflicts
        return None

    def _decoration(self, event: StoredEvent, col: int) -> QPixmap | None:
        if col != TYPE:
            return None
        colour = type_colour(event.type, self._theme)
        swatch = self._swatches.get(colour)
        if swatch is None:
            swatch = self._swatches[colour] = QPixmap(10, 10)
            swatch.fill(QColor(colour))
        return swatch

    def _font(self, event: StoredEvent, col: int) -> QFont | None:
        if event.deleted or (col == DATE and event.span is None):
            font = QFont()
            font.setItalic(True)
            font.setStrikeOut(event.deleted)
            return font
        return None

    def _alignment(self, event: StoredEvent, col: int) -> Any:
        if col in (SOURCES, CONFIDENCE, EDITED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


_ROLE_HANDLERS = {
    SORT_ROLE: EventTableModel._sort_key,
    EVENT_ID_ROLE: lambda model, event, col: event.id,
    Qt.ItemDataRole.ToolTipRole: EventTableModel._tooltip,
    Qt.ItemDataRole.DecorationRole: EventTableModel._decoration,
    Qt.ItemDataRole.FontRole: EventTableModel._font,
    Qt.ItemDataRole.TextAlignmentRole: EventTableModel._alignment,
}


class EventFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose every filtered column contains its filter text (case-insensitive)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needles: dict[int, str] = {}

    def set_column_filter(self, column: int, text: str) -> None:
        needle = text.strip().lower()
        if self._needles.get(column, "") == needle:
            return
        self.beginFilterChange()
        if needle:
            self._needles[column] = needle
        else:
            self._needles.pop(column, None)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort goes to the model (see EventTableModel); the proxy only filters."""
        self.sourceModel().sort(column, order)

    def column_filters(self) -> dict[int, str]:
        return dict(self._needles)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needles:
            return True
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        cells = model.cells(source_row)
        return all(needle in cells[col].lower() for col, needle in self._needles.items())


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

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.realign()


class EventTable(QWidget):
    """The table pane: filter row + view. Emits `selection_changed` only for the user's clicks."""

    selection_changed = Signal(list)  # list[int] event ids
    event_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._filter = EventFilter()
        self._syncing = False
        self.model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._make_view()
        self.filter_row = _FilterRow(self.view, self)
        self._pending: dict[int, str] = {}
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_column_filters)
        self.filter_row.changed.connect(self._on_filter_row_changed)
        self._keep: list[int] = []
        self.total = 0  # events matching the filter, listed or not
        self.loader = EventLoader(self)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.notice = QLabel(self)
        self.notice.setObjectName("event_table_notice")
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.view)

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("event_table_view")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: fast with 100k
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for col, width in enumerate(_WIDTHS):
            header.resizeSection(col, width)
        view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        view.activated.connect(self._on_view_activated)
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
            self._keep = self.selected_ids()
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
        self.select_events(self._keep, scroll=False)
        hidden = total - len(events)
        self.notice.setVisible(hidden > 0)
        self.notice.setText(
            f"Showing the first {len(events):,} of {total:,} events by date; "
            "narrow the filters to list the rest."
        )

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
            self._keep = ids  # applied when the rows arrive
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

    def _proxy_index(self, event_id: int) -> QModelIndex | None:
        row = self.model.row_of(event_id)
        if row is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index if index.isValid() else None

    def _on_view_selection_changed(self, *_: object) -> None:
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
