"""The zoomable timeline canvas widget.

STUB: owned by the canvas work (issue 6). The public API below is what the main window uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from timeline_app.domain.model import EventFilter


class TimelineView(QWidget):
    selection_changed = Signal(list)  # list[int] of event ids, emitted on user selection only
    event_activated = Signal(int)  # double-click or Enter on an event
    visible_range_changed = Signal(object, object)  # (date, date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = None

    def set_store(self, store: object | None) -> None:
        self._store = store

    def set_filter(self, flt: EventFilter) -> None:
        pass

    def refresh(self) -> None:
        """Re-query the store (after an import or an edit) keeping the visible range."""

    def fit_all(self) -> None:
        pass

    def select_events(self, ids: Iterable[int]) -> None:
        """Select programmatically (from another pane); does not emit selection_changed."""

    def selected_ids(self) -> list[int]:
        return []

    def visible_range(self) -> tuple[date, date]:
        return (date.today(), date.today())

    def set_visible_range(self, start: date, end: date) -> None:
        pass

    def set_theme(self, name: str) -> None:
        pass
