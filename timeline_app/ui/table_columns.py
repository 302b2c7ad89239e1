"""The events table's columns sized to the pane, so what matters is in sight without scrolling.

Fixed widths summed to 1,230 px, and at ordinary window sizes (1440x900 down to 1024x700) the
table pane was 384-625 px wide (410-670 now, `splitter_layout.TABLE_SHARE`): status, sources
and where the date came from sat behind a horizontal scroll bar. Now each column is as wide as its header and its first rows need, up to
a maximum; the title takes what is left (eliding, as Qt does, with the whole title and its
sources in the tooltip); and while the title would get less than `TITLE_MIN`, the columns an
analyst needs least are hidden, in `DROP_ORDER` (never one being filtered), and come back as
the pane widens.

Once the analyst resizes a column, the widths are theirs: nothing is refitted, and the window
remembers the header (`state`). The header's menu ("Fit columns to the pane") hands it back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from timeline_app.ui.event_table_model import (
    ACTORS,
    COLUMNS,
    CONFIDENCE,
    DATE,
    DATED,
    EDITED,
    PLACES,
    SOURCES,
    STATUS,
    TITLE,
    TYPE,
)

ORDER = (DATE, DATED, TYPE, TITLE, STATUS, SOURCES, PLACES, ACTORS, CONFIDENCE, EDITED)
MAX_WIDTH = {DATE: 150, DATED: 90, TYPE: 122, STATUS: 80, SOURCES: 64, PLACES: 140,
             ACTORS: 150, CONFIDENCE: 90, EDITED: 60}  # fmt: skip
CELL_PADDING = 6  # each side of a cell's text (Fusion's margin and the grid line)
TITLE_MIN = 110  # narrower than this, a column is dropped...
TITLE_FLOOR = 80  # ...and with none left to drop, the title narrows down to this
# Hidden first to last in a narrow pane; the type's colour still marks the timeline.
DROP_ORDER = (EDITED, CONFIDENCE, ACTORS, PLACES, TYPE)
SAMPLE_ROWS = 60  # rows measured for a column's content width (200 cost 41 ms a refresh)
# Wider than the first rows may be: a status column fitted to "denied" cut "happened" later.
WIDEST_TEXT = {STATUS: "happened"}
FIT_TEXT = "Fit columns to the pane"


class ColumnFitter(QObject):
    """Fits `view`'s columns when its viewport is resized (its `viewport_resized` signal, not
    an event filter: one on a viewport crashed PySide as the window was destroyed) and when new
    rows come."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.user_sized = False  # the analyst resized a column: keep their widths
        self._fitting = False
        self._content: dict[int, int] = {}
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        for visual, column in enumerate(ORDER):
            header.moveSection(header.visualIndex(column), visual)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        model = view.model()
        model.modelReset.connect(self.measure)
        model.rowsInserted.connect(self._on_rows_inserted)
        resized = getattr(view, "viewport_resized", None)  # a view that says so (EventTable's)
        if resized is not None:
            resized.connect(self.fit)

    # --- fitting ----------------------------------------------------------------------------
    def measure(self, *_: object) -> None:
        """Re-measure the columns' content (new rows) and refit."""
        self._content.clear()
        self.fit()

    def _on_rows_inserted(self, *_: object) -> None:
        if len(self._content) == 0 or self.view.model().rowCount() <= SAMPLE_ROWS:
            self.measure()  # later pages do not change the first rows' widths

    def content_width(self, column: int) -> int:
        """What the header and the first rows of `column` need, up to its maximum."""
        if column not in self._content:
            header = self.view.horizontalHeader()
            need = max(header.sectionSizeFromContents(column).width(),
                       self.view.sizeHintForColumn(column))  # fmt: skip
            if column in WIDEST_TEXT:
                text = self.view.fontMetrics().horizontalAdvance(WIDEST_TEXT[column])
                need = max(need, text + 2 * CELL_PADDING)
            self._content[column] = min(need, MAX_WIDTH.get(column, need))
        return self._content[column]

    def fit(self) -> None:
        """Size the columns to the viewport, hiding the least needed while the title is short."""
        if self.user_sized:
            return
        avail = self.view.viewport().width()
        shown = [c for c in ORDER if c != TITLE]
        widths = {c: self.content_width(c) for c in shown}
        filtered = self._filtered_columns()  # a hidden filter would narrow the rows unseen
        for column in DROP_ORDER:
            if avail - sum(widths[c] for c in shown) >= TITLE_MIN:
                break
            if column not in filtered:
                shown.remove(column)
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for column in range(len(COLUMNS)):
                header.setSectionHidden(column, column != TITLE and column not in shown)
            for column in shown:
                header.resizeSection(column, widths[column])
            header.resizeSection(TITLE, max(TITLE_FLOOR, avail - sum(widths[c] for c in shown)))
        finally:
            self._fitting = False

    def _filtered_columns(self) -> set[int]:
        filters = getattr(self.view.model(), "column_filters", None)
        return set(filters()) if filters is not None else set()

    def _on_section_resized(self, *_: object) -> None:
        if not self._fitting:
            self.user_sized = True

    # --- the analyst's widths ---------------------------------------------------------------
    def state(self) -> QByteArray | None:
        """The header to remember, or None while the widths are fitted (nothing to keep)."""
        return self.view.horizontalHeader().saveState() if self.user_sized else None

    def restore(self, state: Any) -> bool:
        """Put back widths the analyst chose; False (and fitted) when `state` does not fit."""
        ok = bool(state) and self.view.horizontalHeader().restoreState(state)
        if ok and self.view.horizontalHeader().count() == len(COLUMNS):
            self.user_sized = True
            return True
        self.refit()
        return False

    def refit(self) -> None:
        """Give the widths back to the pane."""
        self.user_sized = False
        self.measure()

    def _show_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.view)
        menu.addAction(FIT_TEXT, self.refit)
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
