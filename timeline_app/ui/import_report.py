"""The per-file import report: a non-modal dialog listing every file with its result and reason.

Failures come first so the analyst sees at once what did not go in and why; the list can be
narrowed to problems and copied as tab-separated text for a colleague.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.model import FileReport
from timeline_app.ui.workers import ImportSummary

COLUMNS = ("File", "Result", "Events", "Reason")
_ORDER = {"failed": 0, "skipped": 1, "updated": 2, "imported": 3, "unchanged": 4}
_COLOURS = {"failed": "#C62828", "skipped": "#B26A00"}


class _OneLine(QStyledItemDelegate):
    """A path on one line, losing its middle: the table wraps, for the reasons' sake."""

    def initStyleOption(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]


def needs_a_date(report: FileReport) -> bool:
    """Stored, but its publication date is unknown: its relative dates wait for the analyst."""
    from timeline_app.services.importer import is_undated  # loaded by the import by now

    return is_undated(report)


def is_problem(report: FileReport) -> bool:
    return report.status in ("failed", "skipped") or needs_a_date(report)


def sorted_reports(reports: tuple[FileReport, ...]) -> list[FileReport]:
    """Problems first (an article without a date among them), then by file name, so nothing
    that needs attention hides at the bottom."""
    return sorted(
        reports, key=lambda r: (_ORDER.get(r.status, 5) if not needs_a_date(r) else 1.5, r.path)
    )


class ImportReportDialog(QDialog):
    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 420)
        self.summary = summary
        self._reports = sorted_reports(summary.reports)
        self.headline = QLabel(self._headline(), self)
        self.headline.setWordWrap(True)
        self.problems_only = QCheckBox("Show only files with problems", self)
        self.problems_only.setChecked(bool(summary.failed or summary.undated))
        self.problems_only.toggled.connect(self._fill)
        self.table = self._make_table()
        self._fill()
        copy = QPushButton("Copy", self)
        copy.setToolTip("Copy the report as tab-separated text")
        copy.clicked.connect(self.copy_to_clipboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problems_only)
        bottom.addStretch(1)
        bottom.addWidget(copy)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _headline(self) -> str:
        failed = len(self.summary.failed)
        text = self.summary.text()
        if failed:
            text += f"\n{failed} file{'s' if failed != 1 else ''} could not be imported; "
            text += "everything else went in and nothing stored before was changed."
        undated = len(self.summary.undated)
        if undated:
            text += (
                f"\n{undated} article{'s' if undated != 1 else ''} went in without a publication"
                " date: their relative dates (“on Tuesday”) stay off the timeline until you set"
                " it (Articles: “Date unknown only”, then the article's “set the date” link)."
            )
        return text

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS), self)
        table.setHorizontalHeaderLabels(COLUMNS)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        # A reason ends with what to do ("save it as .docx and import that file"): it wraps
        # rather than lose its middle, and its row grows to hold it.
        table.setWordWrap(True)
        table.setItemDelegateForColumn(0, _OneLine(table))
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long path keeps its file name
        header = table.horizontalHeader()
        header.resizeSection(0, 300)
        header.resizeSection(1, 90)
        header.resizeSection(2, 60)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_section_resized)
        return table

    def _on_section_resized(self, column: int, *_: int) -> None:
        if column == 3:  # the reasons' column: a narrower one wraps them onto more lines
            self._fit_rows()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_rows()  # a row's height counts only the columns the viewport shows

    def _fit_rows(self) -> None:
        """Grow the rows whose reason is too long for one line, and only those: sizing every
        row of a 2,000-file report to its contents stalled the window for 160 ms."""
        table = self.table
        width = table.columnWidth(3) - 8  # the cell's text margins
        metrics = table.fontMetrics()
        single = table.verticalHeader().defaultSectionSize()
        for row, report in enumerate(self.visible_reports()):
            if metrics.horizontalAdvance(report.reason) > width:
                table.resizeRowToContents(row)
            elif report.reason and table.rowHeight(row) != single:
                table.setRowHeight(row, single)

    def visible_reports(self) -> list[FileReport]:
        if self.problems_only.isChecked():
            return [r for r in self._reports if is_problem(r)]
        return list(self._reports)

    def _fill(self) -> None:
        reports = self.visible_reports()
        self.table.setRowCount(len(reports))
        for row, report in enumerate(reports):
            cells = (report.path, report.status, str(report.events), report.reason)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                colour = (
                    _COLOURS["skipped"] if needs_a_date(report) else _COLOURS.get(report.status)
                )
                if colour and col == 1:
                    item.setForeground(QColor(colour))
                self.table.setItem(row, col, item)
        self._fit_rows()

    def as_text(self) -> str:
        lines = ["\t".join(COLUMNS)]
        for r in self.visible_reports():
            lines.append("\t".join((r.path, r.status, str(r.events), r.reason)))
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())
