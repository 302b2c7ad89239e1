"""Full events (with actors, places, tags and provenance) read with a few set-based Core queries.

The ORM's eager loading cost about half a millisecond per event, so a table page of 5,000 took
seconds; here one statement reads the events, and one per relation (in id chunks) the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from timeline_app.domain.model import (
    Actor,
    DateBasis,
    DateSpan,
    EventSource,
    EventStatus,
    EventType,
    Place,
    Precision,
    StoredEvent,
)
from timeline_app.store.orm import (
    ActorRow,
    ArticleRow,
    EventRow,
    EventSourceRow,
    PlaceRow,
    TagRow,
    event_actor,
    event_place,
    event_tag,
)

_IDS_PER_STATEMENT = 900  # under every SQLite build's bound-parameter limit
_ORDER = (EventRow.day_start.is_(None), EventRow.day_start, EventRow.id)
_EVENT_COLUMNS = (
    EventRow.id,
    EventRow.type,
    EventRow.title,
    EventRow.day_start,
    EventRow.day_end,
    EventRow.precision,
    EventRow.status,
    EventRow.basis,
    EventRow.confidence,
    EventRow.edited,
    EventRow.starred,
    EventRow.note,
    EventRow.deleted,
    EventRow.explanation,
    EventRow.conflicts,
)
# Dict look-ups: Enum(value) costs ten times more and a page converts thousands of values.
_TYPES = {t.value: t for t in EventType}
_STATUSES = {s.value: s for s in EventStatus}
_PRECISIONS = {p.value: p for p in Precision}
_BASES = {b.value: b for b in DateBasis}


def read_events(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredEvent]:
    """Events matching `where`, in date order (undated last), each complete."""
    query: Any = select(*_EVENT_COLUMNS).where(*where).order_by(*_ORDER)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    rows = session.connection().execute(query).all()
    return assemble(session, rows)


def read_by_ids(session: Session, ids: Sequence[int]) -> list[StoredEvent]:
    """The events with these ids (any order in, date order out; missing ids are skipped)."""
    wanted = sorted(set(ids))
    rows: list[Any] = []
    for chunk in _chunks(wanted):
        query = select(*_EVENT_COLUMNS).where(EventRow.id.in_(chunk))
        rows += session.connection().execute(query).all()
    rows.sort(key=lambda r: (r[3] is None, r[3] or 0, r[0]))
    return assemble(session, rows)


def assemble(session: Session, rows: Sequence[Any]) -> list[StoredEvent]:
    ids = [row[0] for row in rows]
    actors = _related(session, ids, _actor_query, lambda r: Actor(r[1], r[2], r[3]))
    places = _related(session, ids, _place_query, lambda r: Place(r[1], r[2], r[3], r[4], r[5]))
    tags = _related(session, ids, _tag_query, lambda r: r[1])
    sources = _related(session, ids, _source_query, _to_source)
    return [
        _to_event(row, actors.get(row[0], ()), places.get(row[0], ()), tags, sources)
        for row in rows
    ]


def _to_event(
    row: Any, actors: Sequence[Actor], places: Sequence[Place], tags: dict, sources: dict
) -> StoredEvent:
    (id_, type_, title, start, end, precision, status, basis, confidence, edited, starred,
     note, deleted, explanation, conflicts) = row  # fmt: skip
    span = None
    if start is not None and end is not None:
        exact = _PRECISIONS.get(precision or "day", Precision.DAY)
        span = DateSpan(date.fromordinal(start), date.fromordinal(end), exact)
    return StoredEvent(
        id=id_,
        type=_TYPES.get(type_, EventType.OTHER),
        title=title,
        span=span,
        status=_STATUSES.get(status, EventStatus.HAPPENED),
        basis=_BASES.get(basis) if basis else None,
        confidence=confidence,
        edited=bool(edited),
        actors=tuple(actors),
        places=tuple(places),
        sources=tuple(sources.get(id_, ())),
        starred=bool(starred),
        note=note,
        tags=tuple(sorted(tags.get(id_, ()))),
        deleted=bool(deleted),
        explanation=explanation,
        conflicts=conflicts,
    )


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[lo : lo + _IDS_PER_STATEMENT] for lo in range(0, len(ids), _IDS_PER_STATEMENT)]


def _related(session: Session, ids: Sequence[int], make_query: Any, convert: Any) -> dict:
    """event id -> converted rows of one relation, in the order the statement returns them."""
    out: dict[int, list[Any]] = {}
    for chunk in _chunks(ids):
        for row in _rows(session, make_query, chunk):
            out.setdefault(row[0], []).append(convert(row))
    return out


def _rows(session: Session, make_query: Any, ids: Sequence[int]) -> list[Any]:
    """On SQLite straight through the driver with the SQL written out: the generic result
    layer and compiling 900 bound parameters per statement cost more than the reads."""
    conn = session.connection()
    sql = _SQLITE_SQL.get(make_query.__name__)
    if conn.dialect.name != "sqlite" or sql is None:
        return list(conn.execute(make_query(ids)))
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql.format(ids=", ".join("?" * len(ids))), list(ids)).fetchall()
    finally:
        cursor.close()


# What the Core statements below say, for the driver (same columns, same join shapes).
_SQLITE_SQL = {
    "_actor_query": "SELECT l.event_id, a.name, a.kind, a.title FROM event_actor l "
    "JOIN actor a ON a.id = l.actor_id WHERE l.event_id IN ({ids})",
    "_place_query": "SELECT l.event_id, p.name, p.country, p.kind, p.latitude, p.longitude "
    "FROM event_place l JOIN place p ON p.id = l.place_id WHERE l.event_id IN ({ids})",
    "_tag_query": "SELECT l.event_id, t.name FROM event_tag l JOIN tag t ON t.id = l.tag_id "
    "WHERE l.event_id IN ({ids})",
    "_source_query": "SELECT s.event_id, s.article_id, a.title, s.sentence, s.sentence_start, "
    "s.sentence_end, s.time_text, s.time_start, s.time_end, s.day_start, s.day_end, a.site "
    "FROM event_source s LEFT OUTER JOIN article a ON a.id = s.article_id "
    "WHERE s.event_id IN ({ids}) ORDER BY s.event_id, s.id",
}


# The same join shapes the ORM's eager loads used, so names come back in the same order.
def _actor_query(ids: Sequence[int]) -> Any:
    return (
        select(event_actor.c.event_id, ActorRow.name, ActorRow.kind, ActorRow.title)
        .join(ActorRow, ActorRow.id == event_actor.c.actor_id)
        .where(event_actor.c.event_id.in_(ids))
    )


def _place_query(ids: Sequence[int]) -> Any:
    return (
        select(
            event_place.c.event_id,
            PlaceRow.name,
            PlaceRow.country,
            PlaceRow.kind,
            PlaceRow.latitude,
            PlaceRow.longitude,
        )  # fmt: skip
        .join(PlaceRow, PlaceRow.id == event_place.c.place_id)
        .where(event_place.c.event_id.in_(ids))
    )


def _tag_query(ids: Sequence[int]) -> Any:
    return (
        select(event_tag.c.event_id, TagRow.name)
        .join(TagRow, TagRow.id == event_tag.c.tag_id)
        .where(event_tag.c.event_id.in_(ids))
    )


def _source_query(ids: Sequence[int]) -> Any:
    s = EventSourceRow
    return (
        select(
            s.event_id,
            s.article_id,
            ArticleRow.title,
            s.sentence,
            s.sentence_start,
            s.sentence_end,
            s.time_text,
            s.time_start,
            s.time_end,
            s.day_start,
            s.day_end,
            ArticleRow.site,
        )  # fmt: skip
        .outerjoin(ArticleRow, ArticleRow.id == s.article_id)
        .where(s.event_id.in_(ids))
        .order_by(s.event_id, s.id)
    )


def _to_source(r: Any) -> EventSource:
    return EventSource(
        article_id=r[1],
        article_title=r[2] or "",
        sentence=r[3],
        sentence_start=r[4],
        sentence_end=r[5],
        time_expression=r[6],
        time_start=r[7],
        time_end=r[8],
        date_start=date.fromordinal(r[9]) if r[9] is not None else None,
        date_end=date.fromordinal(r[10]) if r[10] is not None else None,
        site=r[11] or "",
    )
