"""The article pane: an article's text with its header, the selected event's sentence highlighted,
and every time expression underlined with a tooltip that explains how it was resolved.

Nothing remote is ever loaded (`loadResource` returns nothing) and the text is set as plain text, so
markup in an article cannot run or fetch anything. Time expressions are found again off the GUI
thread and applied when ready; a stale answer (another article by then) is dropped.
"""

from __future__ import annotations

import contextlib
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QToolTip, QVBoxLayout, QWidget

from timeline_app.domain.model import StoredArticle, StoredEvent, TimeExpression
from timeline_app.store.errors import StoreError
from timeline_app.ui.formatting import (
    describe_span,
    format_day,
    format_published,
    readable_reason,
)

_HREF_PREFIX = "timex:"
HIGHLIGHT = {"light": "#FFE58A", "dark": "#6B5A12"}
UNDERLINE = {"light": "#1A73E8", "dark": "#5CA8FF"}


class OffsetMap:
    """Python string offsets ↔ QTextDocument positions (UTF-16: non-BMP characters count twice)."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        if not self._wide:
            return offset
        return offset + sum(1 for i in self._wide if i < offset)

    def from_qt(self, position: int) -> int:
        if not self._wide:
            return position
        offset = position
        for i in self._wide:
            if i < offset:
                offset -= 1
        return offset


@dataclass(frozen=True, slots=True)
class _Mark:
    """One underlined time expression in the shown article."""

    start: int
    end: int
    tooltip: str
    events: tuple[str, ...] = ()  # titles of the stored events this expression dates


class SafeTextBrowser(QTextBrowser):
    """A read-only browser that never loads a resource and shows time-expression tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.tooltips: dict[str, str] = {}

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's signature
        return None  # no images, style sheets or anything else from disk or network

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            href = self.anchorAt(event.pos())  # type: ignore[attr-defined]
            text = self.tooltips.get(href)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class _ExpressionSignals(QObject):
    found = Signal(int, object)  # (request generation, {(start, end): _Mark})


class _FindExpressions(QRunnable):
    """Off the GUI thread: the time expressions the article's stored events used (one store
    read, tens of ms on a large store) and every expression found again in its text."""

    def __init__(
        self, generation: int, article: StoredArticle, store: Any, signals: _ExpressionSignals
    ) -> None:
        super().__init__()
        self._generation = generation
        self._article = article
        self._store = store
        self._signals = signals

    def run(self) -> None:
        from timeline_app.extraction.dates import find_time_expressions

        a = self._article
        marks: dict[tuple[int, int], _Mark] = {}
        with contextlib.suppress(Exception):  # a store switched meanwhile: the re-run still helps
            marks.update(marks_from_events(self._store.events_for_article(a.id), a.id))
        with contextlib.suppress(Exception):  # a failing extractor must not take the pane down
            found = find_time_expressions(a.text, a.published, a.language or "en")
            for expr in found:
                key = (expr.start, expr.end)
                titles = marks[key].events if key in marks else ()
                marks[key] = _Mark(*key, expression_tooltip(expr, titles), titles)
        with contextlib.suppress(RuntimeError):  # the pane was closed meanwhile
            self._signals.found.emit(self._generation, marks)


def marks_from_events(events: list[StoredEvent], article_id: int) -> dict[tuple[int, int], _Mark]:
    """The time expressions the stored events of this article were dated by."""
    marks: dict[tuple[int, int], _Mark] = {}
    for event in events:
        for s in event.sources:
            if s.article_id == article_id and s.time_start is not None and s.time_end:
                key = (s.time_start, s.time_end)
                titles = (*marks[key].events, event.title) if key in marks else (event.title,)
                head = f"“{s.time_expression}” → {describe_span(event.span)}"
                marks[key] = _Mark(*key, _tooltip(head, event.explanation, titles), titles)
    return marks


def expression_tooltip(expr: TimeExpression, titles: tuple[str, ...] = ()) -> str:
    """What an underlined expression says on hover: its date, why, and the events it dates."""
    if expr.span is None:
        head = f"“{expr.text}” → unresolved"
        why = expr.explanation or "relative to a publication date that is not known"
    else:
        head = f"“{expr.text}” → {describe_span(expr.span)}"
        why = expr.explanation
    return _tooltip(head, why, titles)


def _tooltip(head: str, why: str, titles: tuple[str, ...]) -> str:
    if titles:
        shown = "; ".join(titles[:3]) + (f" and {len(titles) - 3} more" if len(titles) > 3 else "")
        tail = f"Dates: {shown}. Click to select."
    else:
        tail = "No event is dated by it."
    return "\n".join(part for part in (head, readable_reason(why), tail) if part)


SET_DATE_LINK = "set-publication-date"


class ArticlePane(QWidget):
    """Header (title, site, publication date and how it was found) above the article text."""

    time_expression_clicked = Signal(int, int, int)  # article id, start, end
    publication_date_requested = Signal(int)  # article id: the header's "set the date" link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._article: StoredArticle | None = None
        self._offsets = OffsetMap("")
        self._highlight: tuple[int, int] | None = None
        self._marks: dict[tuple[int, int], _Mark] = {}
        self._theme = "light"
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _ExpressionSignals(self)
        self._signals.found.connect(self._on_expressions_found)
        self.header = QLabel(self)
        self.header.setObjectName("article_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.header.setOpenExternalLinks(False)
        self.header.linkActivated.connect(self._on_header_link)
        self.browser = SafeTextBrowser(self)
        self.browser.setObjectName("article_text")
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.browser, 1)
        self.clear()

    # --- public API --------------------------------------------------------------------
    def set_store(self, store: Any) -> None:
        self._store = store
        self.clear()

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        if self._article is not None:
            self._apply_marks()
            self._apply_highlight(scroll=False)

    def clear(self) -> None:
        self._generation += 1
        self._article = None
        self._highlight = None
        self._marks = {}
        self.header.setText("<i>Select an event or an article to read its source.</i>")
        self.browser.clear()
        self.browser.tooltips = {}

    def shutdown(self) -> None:
        """Drop queued look-ups and wait for the running one (before the window goes away)."""
        self._generation += 1
        self._pool.clear()
        self._pool.waitForDone(10_000)

    def current_article_id(self) -> int | None:
        return self._article.id if self._article is not None else None

    def current_article(self) -> StoredArticle | None:
        return self._article

    def highlighted_range(self) -> tuple[int, int] | None:
        """The highlighted sentence as article-text offsets."""
        return self._highlight

    def marked_expressions(self) -> list[tuple[int, int]]:
        return sorted(self._marks)

    def selected_text_range(self) -> tuple[int, int, int] | None:
        """(article id, start, end) of the text the user selected, in article-text offsets."""
        cursor = self.browser.textCursor()
        if self._article is None or not cursor.hasSelection():
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        return (self._article.id, start, end)

    def show_article(self, article_id: int, highlight: tuple[int, int] | None = None) -> None:
        """Open an article (unless already shown) and highlight `highlight` with it in view."""
        if self._store is None:
            return
        if self._article is None or self._article.id != article_id:
            try:
                article = self._store.get_article(article_id)
            except StoreError as exc:  # merged away or deleted meanwhile: say so, show nothing
                self.clear()
                self.header.setText(html.escape(str(exc)))
                return
            self._load(article)
        self._highlight = highlight
        self._apply_highlight(scroll=True)

    def show_event(self, event: StoredEvent) -> None:
        """Open the event's source (the one in the shown article if it has one there)."""
        if not event.sources:
            return
        current = self.current_article_id()
        source = next((s for s in event.sources if s.article_id == current), event.sources[0])
        self.show_article(source.article_id, (source.sentence_start, source.sentence_end))

    def reload(self) -> None:
        """Re-read the shown article (its date may have been corrected) keeping the highlight."""
        if self._article is None or self._store is None:
            return
        highlight = self._highlight
        try:
            article = self._store.get_article(self._article.id)
        except Exception:  # deleted or store switched: show nothing rather than stale text
            self.clear()
            return
        self._load(article)
        self._highlight = highlight
        self._apply_highlight(scroll=False)

    # --- loading -------------------------------------------------------------------------
    def _load(self, article: StoredArticle) -> None:
        self._generation += 1
        self._article = article
        self._offsets = OffsetMap(article.text)
        self.header.setText(self._header_html(article))
        self.browser.setPlainText(article.text)
        self._marks = {}
        self.browser.tooltips = {}
        self._pool.start(_FindExpressions(self._generation, article, self._store, self._signals))

    def _header_html(self, a: StoredArticle) -> str:
        title = html.escape(a.title or a.source_path or "Untitled article")
        parts = [html.escape(a.site)] if a.site else []
        if a.published is None and getattr(self._store, "read_only", False):
            # no link to a dialog whose change could not be saved
            parts.append(
                "<span style='color:#C62828; font-weight:bold'>⚠ date unknown</span> — "
                "relative dates in it stay unresolved (the store is read-only)"
            )
        elif a.published is None:
            parts.append(
                "<span style='color:#C62828; font-weight:bold'>⚠ date unknown</span> — "
                f"relative dates in it stay unresolved until you <a href='{SET_DATE_LINK}'>"
                "set the publication date</a>"
            )
        else:
            parts.append(
                "Published " + html.escape(format_published(a.published, a.published_source))
            )
        if a.imported_at is not None:
            parts.append(f"imported {format_day(a.imported_at.date())}")
        return f"<b style='font-size:large'>{title}</b><br>{' · '.join(parts)}"

    def _on_header_link(self, href: str) -> None:
        """The header's link says how to resolve an undated article, and does it."""
        if href == SET_DATE_LINK and self._article is not None:
            self.publication_date_requested.emit(self._article.id)

    def _on_expressions_found(self, generation: int, marks: dict[tuple[int, int], _Mark]) -> None:
        if generation != self._generation or self._article is None:
            return  # another article is shown by now
        self._marks = marks
        self._apply_marks()

    def is_busy(self) -> bool:
        """True while the time expressions of the shown article are still being found."""
        return self._pool.activeThreadCount() > 0

    # --- drawing -------------------------------------------------------------------------
    def _apply_marks(self) -> None:
        document = self.browser.document()
        tooltips: dict[str, str] = {}
        cursor = QTextCursor(document)
        for mark in self._marks.values():
            href = f"{_HREF_PREFIX}{mark.start}:{mark.end}"
            tooltips[href] = mark.tooltip
            cursor.setPosition(self._offsets.to_qt(mark.start))
            cursor.setPosition(self._offsets.to_qt(mark.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._mark_format(href, mark.tooltip))
        self.browser.tooltips = tooltips

    def _mark_format(self, href: str, tooltip: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setToolTip(tooltip)
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(QColor(UNDERLINE[self._theme]))
        return fmt

    def _apply_highlight(self, scroll: bool) -> None:
        if self._highlight is None or self._article is None:
            self.browser.setExtraSelections([])
            return
        cursor = self._cursor_for(*self._highlight)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(HIGHLIGHT[self._theme]))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt  # type: ignore[attr-defined]
        self.browser.setExtraSelections([selection])
        if scroll:
            self._scroll_to(cursor)

    def highlight_selections(self) -> list[tuple[int, int]]:
        """The ranges drawn as highlights (article offsets): what the user sees marked."""
        out = []
        for sel in self.browser.extraSelections():
            c = sel.cursor  # type: ignore[attr-defined]
            out.append(
                (self._offsets.from_qt(c.selectionStart()), self._offsets.from_qt(c.selectionEnd()))
            )
        return out

    def highlighted_text(self) -> str:
        """The text under the highlight, as the document holds it (what the user reads)."""
        selections = self.browser.extraSelections()
        if not selections:
            return ""
        cursor = QTextCursor(selections[0].cursor)  # type: ignore[attr-defined]
        return cursor.selectedText().replace("\u2029", "\n")

    def _cursor_for(self, start: int, end: int) -> QTextCursor:
        length = max(self.browser.document().characterCount() - 1, 0)
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(min(self._offsets.to_qt(start), length))
        cursor.setPosition(min(self._offsets.to_qt(end), length), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _scroll_to(self, cursor: QTextCursor) -> None:
        """Put the sentence a third of the way down the view, where the eye expects it."""
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        top = self.browser.cursorRect(start).top()
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + top - self.browser.viewport().height() // 3)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        href = url.toString()
        if not href.startswith(_HREF_PREFIX) or self._article is None:
            return
        start, end = (int(part) for part in href[len(_HREF_PREFIX) :].split(":"))
        self.time_expression_clicked.emit(self._article.id, start, end)
