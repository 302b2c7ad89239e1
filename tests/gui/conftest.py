"""Builders for the window tests: a temporary settings file (never the user's), a real store in a
temporary folder, article files written inline, a real drop, and a small in-memory store for the
pane tests that need no SQLite.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.domain.model import (
    ArticleSummary,
    DateSpan,
    EventFilter,
    EventSource,
    EventStatus,
    EventType,
    Precision,
    PublishedSource,
    StoredArticle,
    StoredEvent,
)

PUBLISHED = date(2025, 11, 19)  # a Wednesday

STRIKE_ARTICLE = (
    "Missile strike hits Kharkiv\n"
    "\n"
    "KYIV, November 19, 2025 — Russia launched a missile strike on Kharkiv on Tuesday, "
    "regional officials said, damaging a power station.\n"
    "\n"
    "Ukrainian air defence units shot down twelve drones over the Odesa region on Monday night.\n"
)
MEETING_ARTICLE = (
    "Envoys meet in Geneva\n"
    "\n"
    "GENEVA, November 19, 2025 — Ukrainian and American officials met in Geneva on Sunday "
    "to discuss the peace plan, both delegations said.\n"
    "\n"
    "The foreign ministers will meet again in Brussels next week.\n"
)


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp: Any) -> Iterator[None]:
    """As in the app: no garbage collection (of widget wrappers) in import or reader threads."""
    from timeline_app.ui.workers import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A settings file in the test's folder, so tests never read or write the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Any]:
    from timeline_app.store.repositories import Store

    opened = Store(tmp_path / "store.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def make_window(qtbot: Any, store: Any, settings: QSettings) -> Iterator[Callable[[], Any]]:
    """Builds shown main windows on `store`; they are closed and destroyed before the store is
    closed, so no pane timer fires on a closed store (as at the real app's exit)."""
    from timeline_app.ui.main_window import MainWindow

    made: list[MainWindow] = []

    def build() -> MainWindow:
        win = MainWindow(store, settings)
        made.append(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield build
    for win in made:
        if shiboken6.isValid(win):
            win.close()
            shiboken6.delete(win)


@pytest.fixture
def window(make_window: Callable[[], Any]) -> Any:
    return make_window()


def an_article_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def drop_on(widget: QWidget, paths: list[Path]) -> bool:
    """Drag files over `widget` and drop them, as the window system delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(centre), action, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(QPointF(centre), action, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted() and drop.isAccepted()


def wait_for_import(qtbot: Any, window: Any, timeout: int = 60_000) -> Any:
    qtbot.waitUntil(
        lambda: not window.is_importing() and window.last_import is not None, timeout=timeout
    )
    return window.last_import


# --- an in-memory store for pane tests -------------------------------------------------------
def an_event(
    event_id: int,
    article_id: int,
    sentence: tuple[int, int],
    time: tuple[int, int] | None = None,
    *,
    on: date = date(2025, 11, 18),
    until: date | None = None,
    precision: Precision = Precision.DAY,
    type: EventType = EventType.MISSILE_STRIKE,
    title: str = "",
    text: str = "",
    explanation: str = "",
) -> StoredEvent:
    source = EventSource(
        article_id=article_id,
        article_title=f"Article {article_id}",
        sentence=text[sentence[0] : sentence[1]],
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        time_expression=text[time[0] : time[1]] if time else "",
        time_start=time[0] if time else None,
        time_end=time[1] if time else None,
    )
    return StoredEvent(
        id=event_id,
        type=type,
        title=title or f"Event {event_id}",
        span=DateSpan(on, until or on, precision),
        status=EventStatus.HAPPENED,
        basis=None,
        confidence=0.75,
        edited=False,
        sources=(source,),
        explanation=explanation,
    )


def a_stored_article(
    article_id: int, text: str, published: date | None = PUBLISHED, title: str = "A title"
) -> StoredArticle:
    return StoredArticle(
        id=article_id,
        text=text,
        title=title,
        site="example.org",
        author="",
        language="en",
        published=published,
        published_source=PublishedSource.DATELINE if published else PublishedSource.UNKNOWN,
        source_path=f"/articles/{article_id}.txt",
        url="",
        content_hash=str(article_id),
        imported_at=datetime(2025, 11, 20, 9, 0),
    )


@dataclass
class MemoryStore:
    """The reads the panes make, over plain lists (no SQLite)."""

    articles_by_id: dict[int, StoredArticle] = field(default_factory=dict)
    event_list: list[StoredEvent] = field(default_factory=list)
    location: str = "memory"

    def get_article(self, article_id: int) -> StoredArticle:
        return self.articles_by_id[article_id]

    def articles(self) -> list[ArticleSummary]:
        return [
            ArticleSummary(
                a.id,
                a.title,
                a.site,
                a.published,
                a.published_source,
                a.source_path,
                len(self.events_for_article(a.id)),
            )
            for a in self.articles_by_id.values()
        ]

    def events(self, flt: EventFilter | None = None, limit: int | None = None) -> list[StoredEvent]:
        return list(self.event_list[:limit])

    def get_event(self, event_id: int) -> StoredEvent:
        return next(e for e in self.event_list if e.id == event_id)

    def count_events(self, flt: EventFilter | None = None) -> int:
        return len(self.event_list)

    def events_for_article(self, article_id: int) -> list[StoredEvent]:
        return [e for e in self.event_list if any(s.article_id == article_id for s in e.sources)]

    def close(self) -> None:
        pass


# --- a real store filled without the extractor ---------------------------------------------------
def a_saved_article(store: Any, text: str, events: list[tuple[str, str, EventType, date]]) -> int:
    """Save `text` with one event per (sentence, time expression, type, day); returns its id."""
    from timeline_app.domain.model import (
        DateBasis,
        ExtractedEvent,
        Extraction,
        RawArticle,
        TimeExpression,
    )

    extracted = []
    expressions = []
    for sentence, expression, kind, day in events:
        start = text.index(sentence)
        t_start = text.index(expression, start)
        span = DateSpan.day(day)
        timex = TimeExpression(
            expression, t_start, t_start + len(expression), span, "the test says so", True
        )
        expressions.append(timex)
        extracted.append(
            ExtractedEvent(
                type=kind,
                title=sentence[:60],
                span=span,
                basis=DateBasis.RELATIVE,
                status=EventStatus.HAPPENED,
                sentence=sentence,
                start=start,
                end=start + len(sentence),
                time_expression=timex,
                confidence=0.8,
            )
        )
    article = RawArticle(
        text=text,
        title=text.splitlines()[0],
        site="example.org",
        published=PUBLISHED,
        published_source=PublishedSource.DATELINE,
        source_path=f"/articles/{abs(hash(text))}.txt",
    )
    report = store.save_article(article, Extraction(tuple(expressions), tuple(extracted)))
    assert report.article_id is not None, report
    return int(report.article_id)


def a_store_with_an_offensive_begun_earlier(path: Path, monday: date) -> Any:
    """A real store (which counts the types present by start day within a range) holding talks
    on `monday` and a month-long ground offensive begun ten days before, the only event of its
    type and family. The caller closes it."""
    from datetime import timedelta

    from tests.unit.store_builders import an_article, extraction
    from tests.unit.store_builders import an_event as extracted
    from timeline_app.domain.model import DateSpan, EventType, Precision
    from timeline_app.store.repositories import Store

    text = "Talks were held in Geneva. An offensive began near Pokrovsk."
    offensive = DateSpan(monday - timedelta(days=10), monday + timedelta(days=20), Precision.MONTH)
    store = Store(path)
    store.save_article(
        an_article(text),
        extraction(
            extracted(text, "Talks were held in Geneva.", type=EventType.MEETING, day=monday),
            extracted(
                text,
                "An offensive began near Pokrovsk.",
                type=EventType.GROUND_FIGHTING,
                span=offensive,
            ),
        ),
    )
    return store
