"""The events table's model: one row per event, display strings formatted lazily, sorted in
Python on integer or lower-case keys, and a proxy that filters each column on its own text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sized
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPixmap
from PySide6.QtWidgets import QWidget

from timeline_app.domain.model import DateBasis, StoredEvent
from timeline_app.domain.palette import TYPE_LABEL, type_colour
from timeline_app.ui.formatting import date_reason, describe_span, format_span, span_sort_key
from timeline_app.ui.list_model import ListTableModel

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
    "Dated",
)
DATE, TYPE, TITLE, STATUS, ACTORS, PLACES, SOURCES, CONFIDENCE, EDITED, DATED = range(len(COLUMNS))
# Where a date came from, in a word (its explanation is the cell's tooltip); last in the model
# so the older columns keep their numbers, shown next to the date (see `table_columns`).
BASIS_WORDS = {
    DateBasis.EXPLICIT: "stated",
    DateBasis.RELATIVE: "relative",
    DateBasis.INHERITED: "nearby",
    DateBasis.PUBLICATION: "publication",
}
HEADER_TIPS = {
    DATED: "Where the date came from: stated in the sentence, relative to the publication date, "
    "taken from a nearby sentence, or the publication date itself (the date's tooltip says how)",
    SOURCES: "How many articles report the event",
}
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
        dated_from(event),
    )


def dated_from(event: StoredEvent) -> str:
    """The date's origin in a word: its own words ("stated", "relative" to publication), a
    nearby sentence's, or the publication date itself; empty when not recorded."""
    if event.basis is None:
        return ""
    return BASIS_WORDS.get(DateBasis(event.basis), str(event.basis))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def event_sources(event: StoredEvent) -> str:
    """Where an event was read: each source's site, or its article's title when the site is
    unknown, once each."""
    seen = dict.fromkeys(_one_line(s.site or s.article_title) for s in event.sources)
    return "; ".join(name for name in seen if name)


def rows_as_text(events: Iterable[StoredEvent]) -> str:
    """Events as tab-separated lines (date, type, title, places, source) to paste elsewhere.

    Dates read as in the table, at their own precision; no cell holds a tab or a line break.
    """
    lines = []
    for event in events:
        cells = event_cells(event)
        picked = (cells[DATE], cells[TYPE], cells[TITLE], cells[PLACES], event_sources(event))
        lines.append("\t".join(_one_line(cell) for cell in picked))
    return "\n".join(lines) + ("\n" if lines else "")


class EventTableModel(ListTableModel):
    """Rows are events; display strings are computed once per event on demand.

    The model sorts itself with one Python key sort: a proxy sort would call `data()` from C++
    for every comparison, about a second for a few thousand rows.
    """

    columns = COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[StoredEvent] = []
        self._cells: dict[int, tuple[str, ...]] = {}
        self._row_of: dict[int, int] = {}
        self._swatches: dict[str, QPixmap] = {}
        self._theme = "light"
        self._sort_by: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.AscendingOrder)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return HEADER_TIPS.get(section)
        return super().headerData(section, orientation, role)

    def set_events(self, events: list[StoredEvent]) -> None:
        self.beginResetModel()
        self._events = events
        self._cells = {}
        self._order_rows()
        self.endResetModel()

    def append_events(self, events: list[StoredEvent]) -> None:
        """Add the next page of events (already listed ones skipped), kept in the current sort."""
        fresh = [e for e in events if e.id not in self._row_of]
        if not fresh:
            return
        first = len(self._events)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._events.extend(fresh)
        self._row_of.update({e.id: first + i for i, e in enumerate(fresh)})
        self.endInsertRows()
        if self._sort_by != (DATE, Qt.SortOrder.AscendingOrder):
            self.sort(*self._sort_by)  # pages come by date; any other order needs a re-sort

    def replace_events(self, events: list[StoredEvent]) -> None:
        """Put fresh copies of listed events in their rows (an edit), re-sorting if needed."""
        rows = []
        for event in events:
            row = self._row_of.get(event.id)
            if row is not None:
                self._events[row] = event
                self._cells.pop(event.id, None)
                rows.append(row)
        if not rows:
            return
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))
        self.sort(*self._sort_by)  # the edited column may be the one sorted on

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

    def _items(self) -> Sized:
        return self._events

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
        if col in (DATE, DATED):
            text = describe_span(event.span)
            why = date_reason(event.explanation, event.basis)
            return f"{text}\n{why}" if why else text
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
