"""Small builders for the store tests: articles, extracted events and extractions."""

from __future__ import annotations

from datetime import date

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
    PublishedSource,
    RawArticle,
    TimeExpression,
)

PUBLISHED = date(2025, 11, 19)


def an_article(
    text: str,
    *,
    path: str = "a.txt",
    title: str = "An article",
    site: str = "example.org",
    published: date | None = PUBLISHED,
) -> RawArticle:
    return RawArticle(
        text=text,
        title=title,
        site=site,
        published=published,
        published_source=PublishedSource.METADATA if published else PublishedSource.UNKNOWN,
        source_path=path,
    )


def an_event(
    text: str,
    sentence: str,
    *,
    type: EventType = EventType.MISSILE_STRIKE,
    day: date | None = date(2025, 11, 18),
    span: DateSpan | None = None,
    places: tuple[str, ...] = ("Voronezh",),
    actors: tuple[str, ...] = ("Ukraine",),
    title: str = "",
    status: EventStatus = EventStatus.HAPPENED,
) -> ExtractedEvent:
    """An event on `sentence`, which must occur in the article `text`."""
    start = text.index(sentence)
    if span is None and day is not None:
        span = DateSpan.day(day)
    expression = None
    if span is not None:
        expression = TimeExpression("on Tuesday", start, start + 10, span, "the Tuesday before")
    return ExtractedEvent(
        type=type,
        title=title or sentence[:60],
        span=span,
        basis=DateBasis.RELATIVE if span else None,
        status=status,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        time_expression=expression,
        actors=tuple(Actor(a, "country") for a in actors),
        places=tuple(Place(p, "RU", "city", 51.7, 39.2) for p in places),
        confidence=0.7,
    )


def extraction(*events: ExtractedEvent) -> Extraction:
    return Extraction(tuple(e.time_expression for e in events if e.time_expression), events)


def a_week(monday: date) -> DateSpan:
    return DateSpan(monday, date.fromordinal(monday.toordinal() + 6), Precision.WEEK)


STRIKE_A = (
    "Ukraine struck Voronezh with ATACMS missiles on Tuesday, the Russian defence ministry said."
)
STRIKE_B = "On Tuesday Ukrainian forces launched a missile strike on Voronezh, officials said."
STRIKE_C = "A Ukrainian missile strike hit Voronezh overnight, the regional governor said."
MEETING = "Witkoff met Umerov in Miami on Tuesday to discuss the peace plan."
