"""The article list: every stored article with its date, site and event count.

Articles whose publication date is unknown are flagged and can be listed alone for review, since
their relative dates stay unresolved until the analyst sets the date.
"""

from __future__ import annotations

from collections.abc import Sized
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.model import ArticleSummary
from timeline_app.ui.focus_style import FocusTableView
from timeline_app.ui.formatting import UNKNOWN_DATE, format_day, published_source_words
from timeline_app.ui.list_model import ListTableModel
from timeline_app.ui.workers import BackgroundQuery

COLUMNS = ("Published", "Title", "Events", "Site")
PUBLISHED, TITLE, EVENTS, SITE = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
UNKNOWN_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex
_WARNING = QColor("#C62828")
SYNC_ROWS = 500  # above this many articles (about 60 ms to read), re-read in the background


def _cells(a: ArticleSummary) -> tuple[str, str, str, str]:
    published = format_day(a.published) if a.published else f"⚠ {UNKNOWN_DATE}"
    return (published, a.title or Path(a.source_path).name, str(a.event_count), a.site)


def _sort_key(article: ArticleSummary, col: int) -> Any:
    if col == PUBLISHED:  # unknown dates sort as the oldest: together, easy to review
        return (article.published.toordinal() if article.published else 0, article.id)
    if col == EVENTS:
        return (article.event_count, article.id)
    text = article.site if col == SITE else article.title or article.source_path
    return (text.lower(), article.id)


class ArticleListModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._cells: list[tuple[str, str, str, str]] = []
        self._row_of: dict[int, int] = {}
        self._sort_by: tuple[int, Qt.SortOrder] = (PUBLISHED, Qt.SortOrder.DescendingOrder)

    def set_articles(self, articles: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = articles
        self._order_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One Python key sort; a proxy sort would call `data()` per comparison."""
        self._sort_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = [a.id for a in self._rows]
        self._order_rows()
        for index in self.persistentIndexList():
            self.changePersistentIndex(
                index, self.index(self._row_of[old[index.row()]], index.column())
            )
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        column, order = self._sort_by
        if 0 <= column < len(COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            self._rows = sorted(self._rows, key=lambda a: _sort_key(a, column), reverse=descending)
        self._cells = [_cells(a) for a in self._rows]
        self._row_of = {a.id: row for row, a in enumerate(self._rows)}

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def unknown_count(self) -> int:
        return sum(1 for a in self._rows if a.published is None)

    def _items(self) -> Sized:
        return self._rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        article = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][col]
        if role == ARTICLE_ID_ROLE:
            return article.id
        if role == UNKNOWN_ROLE:
            return article.published is None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(article)
        return self._style(article, col, role)

    def _tooltip(self, article: ArticleSummary) -> str:
        how = published_source_words(article.published_source)
        date = "publication date unknown — set it to resolve relative dates"
        if article.published:
            date = f"published {format_day(article.published)} ({how})"
        return f"{article.title}\n{date}\n{article.source_path}"

    def _style(self, article: ArticleSummary, col: int, role: int) -> Any:
        if article.published is not None or col != PUBLISHED:
            if role == Qt.ItemDataRole.TextAlignmentRole and col == EVENTS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _WARNING
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class _ArticleProxy(QSortFilterProxyModel):
    """Text filter over site and title, and the "date unknown only" review switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.unknown_only = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def update(self, needle: str, unknown_only: bool) -> None:
        self.beginFilterChange()
        self.needle, self.unknown_only = needle.strip().lower(), unknown_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if self.unknown_only and not model.index(source_row, 0).data(UNKNOWN_ROLE):
            return False
        if not self.needle:
            return True
        return any(
            self.needle in str(model.index(source_row, col).data()).lower() for col in (SITE, TITLE)
        )


def _published_width(view: QTableView) -> int:
    """Wide enough for the bold "⚠ date unknown" that flags an article to review: at 110 px
    it read "⚠ date unkn…", the very words the review list is about."""
    bold = QFont(view.font())
    bold.setBold(True)
    return max(110, QFontMetrics(bold).horizontalAdvance(f"⚠ {UNKNOWN_DATE}") + 16)


class ArticleList(QWidget):
    """Emits `article_selected` when the user picks an article."""

    article_selected = Signal(int)
    loaded = Signal(int)  # the list was (re-)read: how many articles it holds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._syncing = False
        self.model = ArticleListModel(self)
        self.proxy = _ArticleProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter by site or title")
        self.search.setClearButtonEnabled(True)
        self.unknown_only = QCheckBox("Date unknown only", self)
        self.unknown_only.setToolTip("Articles whose publication date was not found: review them")
        self.search.textChanged.connect(self._on_filter_changed)
        self.unknown_only.toggled.connect(self._on_filter_changed)
        self.view = self._make_view()
        self._query = BackgroundQuery(self)
        self._query.answered.connect(self._on_articles_loaded)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.unknown_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def _make_view(self) -> QTableView:
        view = FocusTableView(self)  # its focus and current row show, as in the events table
        view.setObjectName("article_list_view")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(PUBLISHED, Qt.SortOrder.DescendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # read-only: Tab moves on to the next pane
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        for col, width in enumerate((_published_width(view), 240, 52, 120)):
            header.resizeSection(col, width)
        header.setStretchLastSection(False)
        view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        return view

    def set_store(self, store: Any) -> None:
        self._store = store
        self.refresh()

    def refresh(self) -> None:
        """Re-read the list: at once while short, off the GUI thread once it is long."""
        store = self._store
        if store is None or self.model.rowCount() <= SYNC_ROWS:
            self._query.cancel()
            self._on_articles_loaded(store.articles() if store is not None else [])
        else:
            self._query.submit(store.articles)

    def is_loading(self) -> bool:
        return self._query.is_busy()

    def shutdown(self) -> None:
        self._query.cancel()
        self._query.wait(10_000)

    def _on_articles_loaded(self, articles: list[ArticleSummary]) -> None:
        current = self.selected_article_id()
        self.model.set_articles(articles)
        self.unknown_only.setText(f"Date unknown only ({self.model.unknown_count()})")
        if current is not None:
            self.select_article(current)
        self.loaded.emit(self.model.rowCount())

    def article_count(self) -> int:
        return self.model.rowCount()

    def visible_article_ids(self) -> list[int]:
        return [self.proxy.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(self.proxy.rowCount())]

    def selected_article_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ARTICLE_ID_ROLE) if rows else None

    def select_article(self, article_id: int | None) -> None:
        """Select programmatically (from another pane) without emitting article_selected."""
        self._syncing = True
        try:
            index = self._proxy_index(article_id)
            selection = self.view.selectionModel()
            if index is None:
                selection.clearSelection()
                return
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        finally:
            self._syncing = False

    def _proxy_index(self, article_id: int | None) -> QModelIndex | None:
        row = None if article_id is None else self.model.row_of(article_id)
        if row is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index if index.isValid() else None

    def _on_filter_changed(self, *_: object) -> None:
        self.proxy.update(self.search.text(), self.unknown_only.isChecked())

    def _on_view_selection_changed(self, *_: object) -> None:
        article_id = self.selected_article_id()
        if not self._syncing and article_id is not None:
            self.article_selected.emit(article_id)
