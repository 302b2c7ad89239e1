"""Builders shared by the desk, filter and undo GUI tests: a store with known articles, a window.

Not a test module itself (it holds no tests); it is named test_desk_* to sit with the desk's tests.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from timeline_app.domain.model import (
    Actor,
    DateBasis,
    DateSpan,
    EventStatus,
    EventType,
    ExtractedEvent,
    Extraction,
    Place,
    Precision,
    RawArticle,
    StoredEvent,
    TimeExpression,
)
from timeline_app.store.repositories import Store

PUBLISHED = date(2025, 11, 19)  # a Wednesday, like the seed article

STRIKE_TEXT = (
    "Ukraine strikes Voronezh. Ukrainian drones struck an oil depot in Voronezh on Tuesday, "
    "the regional governor said. Zelensky met Macron in Paris on Monday to discuss air defence. "
    "Protesters gathered in Tbilisi last week."
)
SHELLING_TEXT = (
    "Shelling in Kherson. Russian artillery shelled Kherson on Sunday, wounding three people. "
    "Officials plan to evacuate villages near the Dnipro next month."
)


def a_sentence_event(
    text: str,
    sentence: str,
    type: EventType,
    title: str,
    span: DateSpan | None,
    *,
    when: str = "",
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    status: EventStatus = EventStatus.HAPPENED,
) -> ExtractedEvent:
    """An event reported by `sentence` of `text`, dated by the phrase `when` inside it."""
    start = text.index(sentence)
    expression = None
    if when:
        t0 = text.index(when, start)
        expression = TimeExpression(when, t0, t0 + len(when), span, relative=True)
    return ExtractedEvent(
        type=type,
        title=title,
        span=span,
        basis=DateBasis.RELATIVE if when else None,
        status=status,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        time_expression=expression,
        actors=tuple(Actor(a, "country") for a in actors),
        places=tuple(Place(p) for p in places),
        confidence=0.8,
    )


def strike_article(site: str = "kyivindependent.com", path: str = "strike.html") -> RawArticle:
    return RawArticle(
        text=STRIKE_TEXT,
        title="Ukraine strikes Voronezh",
        site=site,
        published=PUBLISHED,
        source_path=path,
    )


def strike_events(text: str = STRIKE_TEXT) -> tuple[ExtractedEvent, ...]:
    return (
        a_sentence_event(
            text,
            "Ukrainian drones struck an oil depot in Voronezh on Tuesday, the regional governor said.",
            EventType.DRONE_ATTACK,
            "Ukraine strikes Voronezh",
            DateSpan.day(date(2025, 11, 18)),
            when="on Tuesday",
            actors=("Ukraine",),
            places=("Voronezh",),
        ),
        a_sentence_event(
            text,
            "Zelensky met Macron in Paris on Monday to discuss air defence.",
            EventType.MEETING,
            "Zelensky meets Macron",
            DateSpan.day(date(2025, 11, 17)),
            when="on Monday",
            actors=("Ukraine", "France"),
            places=("Paris",),
        ),
        a_sentence_event(
            text,
            "Protesters gathered in Tbilisi last week.",
            EventType.PROTEST,
            "Protest in Tbilisi",
            DateSpan(date(2025, 11, 10), date(2025, 11, 16), Precision.WEEK),
            when="last week",
            places=("Tbilisi",),
        ),
    )


def shelling_article() -> RawArticle:
    return RawArticle(
        text=SHELLING_TEXT,
        title="Shelling in Kherson",
        site="reuters.com",
        published=PUBLISHED,
        source_path="shelling.html",
    )


def shelling_events() -> tuple[ExtractedEvent, ...]:
    return (
        a_sentence_event(
            SHELLING_TEXT,
            "Russian artillery shelled Kherson on Sunday, wounding three people.",
            EventType.SHELLING,
            "Russia shells Kherson",
            DateSpan.day(date(2025, 11, 16)),
            when="on Sunday",
            actors=("Russia",),
            places=("Kherson",),
        ),
        a_sentence_event(
            SHELLING_TEXT,
            "Officials plan to evacuate villages near the Dnipro next month.",
            EventType.EVACUATION,
            "Evacuation of Dnipro villages",
            DateSpan(date(2025, 12, 1), date(2025, 12, 31), Precision.MONTH),
            when="next month",
            places=("Dnipro",),
            status=EventStatus.PLANNED,
        ),
    )


def a_store(path: Path) -> Store:
    """A store holding the two articles above: five events."""
    store = Store(path)
    store.save_article(strike_article(), Extraction((), strike_events()))
    store.save_article(shelling_article(), Extraction((), shelling_events()))
    return store


def event_titled(store: Store, title: str, include_deleted: bool = False) -> StoredEvent:
    from timeline_app.domain.model import EventFilter

    matches = [
        e for e in store.events(EventFilter(include_deleted=include_deleted)) if e.title == title
    ]
    assert len(matches) == 1, f"{len(matches)} events titled {title!r}"
    return matches[0]


def open_window(qtbot: Any, store: Store | None) -> Any:
    """The real main window on `store`, shown offscreen, with the desk installed."""
    from timeline_app.ui.main_window import MainWindow

    # Settings in a private file: a test must never read or write the user's layout or stores.
    folder = Path(tempfile.mkdtemp(prefix="desk-settings-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def table_ids(window: Any) -> set[int]:
    return set(window.event_table.visible_event_ids())


def select(qtbot: Any, window: Any, *ids: int) -> None:
    """Select as a pane would: the window tells every pane and the desk."""
    window.select_events(list(ids))
    qtbot.waitUntil(lambda: set(window.selected_event_ids()) == set(ids))


def press(
    qtbot: Any, window: Any, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press on the focused widget of the window (shortcuts included)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only fire in the active window
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def timeline_marks(window: Any) -> dict[int, Any]:
    """The marks the timeline drew in its last frame, by event id."""
    scene = window.timeline.scene()
    return {m.event_id: m for m in scene.marks}


def timeline_ids(window: Any) -> set[int]:
    return set(window.timeline.shown_event_ids())


def timeline_day(window: Any, event_id: int) -> int:
    """The day (ordinal) under the event's mark on the timeline."""
    window.timeline.repaint()
    mark = timeline_marks(window)[event_id]
    return int(window.timeline.scene().viewport.day_at(mark.x0))


def merge_question(qtbot: Any, window: Any) -> Any:
    """The question Ctrl+M asks before merging events that differ (type or date)."""
    from PySide6.QtWidgets import QMessageBox

    def asked() -> QMessageBox | None:
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: asked() is not None)
    return asked()


def answer_merge_question(qtbot: Any, window: Any, button_text: str = "Merge anyway") -> None:
    """Click `button_text` in the merge question, as the analyst would."""
    box = merge_question(qtbot, window)
    button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
