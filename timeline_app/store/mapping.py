"""ORM rows to domain dataclasses and back (the only place that knows both shapes)."""

from __future__ import annotations

import json
from datetime import date

from timeline_app.domain.model import (
    Actor,
    ArticleSummary,
    DateBasis,
    DateSpan,
    EventMark,
    EventSource,
    EventStatus,
    EventType,
    Place,
    Precision,
    PublishedSource,
    StoredArticle,
    StoredEvent,
)
from timeline_app.store.orm import ArticleRow, EventRow, EventSourceRow


def day(value: int | None) -> date | None:
    return date.fromordinal(value) if value is not None else None


def span_of(day_start: int | None, day_end: int | None, precision: str | None) -> DateSpan | None:
    if day_start is None or day_end is None:
        return None
    return DateSpan(date.fromordinal(day_start), date.fromordinal(day_end), _precision(precision))


# Dict look-ups: Enum(value) costs ten times more, and the canvas converts thousands of rows.
_PRECISIONS = {p.value: p for p in Precision}
_TYPES = {t.value: t for t in EventType}
_STATUSES = {s.value: s for s in EventStatus}


def _precision(value: str | None) -> Precision:
    return _PRECISIONS.get(value or "day", Precision.DAY)


def event_type(value: str) -> EventType:
    return _TYPES.get(value, EventType.OTHER)


def status(value: str) -> EventStatus:
    return _STATUSES.get(value, EventStatus.HAPPENED)


def basis(value: str | None) -> DateBasis | None:
    try:
        return DateBasis(value) if value else None
    except ValueError:
        return None


def published_source(value: str) -> PublishedSource:
    try:
        return PublishedSource(value)
    except ValueError:
        return PublishedSource.UNKNOWN


def actor_json(actors: tuple[Actor, ...] | list[Actor]) -> str:
    return json.dumps([{"name": a.name, "kind": a.kind, "title": a.title} for a in actors])


def place_json(places: tuple[Place, ...] | list[Place]) -> str:
    return json.dumps(
        [
            {
                "name": p.name,
                "country": p.country,
                "kind": p.kind,
                "latitude": p.latitude,
                "longitude": p.longitude,
            }
            for p in places
        ]
    )


def actors_from_json(text: str) -> list[Actor]:
    return [Actor(**item) for item in _load(text)]


def places_from_json(text: str) -> list[Place]:
    return [Place(**item) for item in _load(text)]


def _load(text: str) -> list[dict]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def to_source(row: EventSourceRow) -> EventSource:
    article = row.article
    return EventSource(
        article_id=row.article_id,
        article_title=article.title if article is not None else "",
        sentence=row.sentence,
        sentence_start=row.sentence_start,
        sentence_end=row.sentence_end,
        time_expression=row.time_text,
        time_start=row.time_start,
        time_end=row.time_end,
        date_start=day(row.day_start),
        date_end=day(row.day_end),
        site=article.site if article is not None else "",
    )


def to_event(row: EventRow) -> StoredEvent:
    return StoredEvent(
        id=row.id,
        type=event_type(row.type),
        title=row.title,
        span=span_of(row.day_start, row.day_end, row.precision),
        status=status(row.status),
        basis=basis(row.basis),
        confidence=row.confidence,
        edited=row.edited,
        actors=tuple(Actor(a.name, a.kind, a.title) for a in row.actors),
        places=tuple(Place(p.name, p.country, p.kind, p.latitude, p.longitude) for p in row.places),
        sources=tuple(to_source(s) for s in row.sources),
        starred=row.starred,
        note=row.note,
        tags=tuple(sorted(t.name for t in row.tags)),
        deleted=row.deleted,
        explanation=row.explanation,
        conflicts=row.conflicts,
    )


def to_mark(row: tuple) -> EventMark:
    """A mark from a row of (id, type, day_start, day_end, precision, status, title,
    source_count, starred, edited)."""
    id_, type_, start, end, precision, status_, title, sources, starred, edited = row
    return EventMark(
        id_,
        _TYPES.get(type_, EventType.OTHER),
        start,
        end,
        _PRECISIONS.get(precision or "day", Precision.DAY),
        _STATUSES.get(status_, EventStatus.HAPPENED),
        title,
        sources,
        bool(starred),
        bool(edited),
    )


def to_article(row: ArticleRow) -> StoredArticle:
    return StoredArticle(
        id=row.id,
        text=row.text,
        title=row.title,
        site=row.site,
        author=row.author,
        language=row.language,
        published=row.published,
        published_source=published_source(row.published_source),
        source_path=row.source_path,
        url=row.url,
        content_hash=row.content_hash,
        imported_at=row.imported_at,
    )


def to_summary(row, event_count: int) -> ArticleSummary:  # noqa: ANN001
    return ArticleSummary(
        id=row.id,
        title=row.title,
        site=row.site,
        published=row.published,
        published_source=published_source(row.published_source),
        source_path=row.source_path,
        event_count=event_count,
    )
