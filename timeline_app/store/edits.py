"""The analyst's corrections and annotations: update, delete/restore, merge, split, create, tag.

Every change marks the event `edited`, so re-importing its article never undoes it (a star or a
tag is work too). Merged-away events are removed; split events are flagged `user_split` and never
merged again automatically.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.domain.model import (
    Actor,
    DateSpan,
    EventStatus,
    EventType,
    ExtractedEvent,
)
from timeline_app.store import dedup
from timeline_app.store.errors import NotFoundError, StoreError
from timeline_app.store.filters import bucket_of
from timeline_app.store.ingest import new_event
from timeline_app.store.mapping import actors_from_json, places_from_json
from timeline_app.store.orm import ArticleRow, EventRow, EventSourceRow
from timeline_app.store.writing import WriteContext


def event_row(ctx: WriteContext, event_id: int) -> EventRow:
    row = ctx.session.get(EventRow, event_id)
    if row is None:
        raise NotFoundError(f"Event {event_id} is not in the store (it may have been merged).")
    return row


def set_span(row: EventRow, span: DateSpan | None) -> None:
    if span is None:
        row.day_start = row.day_end = row.span_bucket = None
        row.precision = None
        return
    row.day_start, row.day_end = span.start.toordinal(), span.end.toordinal()
    row.precision = str(span.precision)
    row.span_bucket = bucket_of(row.day_start, row.day_end)


def update_event(ctx: WriteContext, row: EventRow, changes: dict[str, object]) -> None:
    """Apply the given fields (absent = unchanged); the event becomes `edited`."""
    ctx.touch(row)
    if "type" in changes:
        row.type = str(EventType(str(changes["type"])))
    if "status" in changes:
        row.status = str(EventStatus(str(changes["status"])))
    if "title" in changes:
        row.title = str(changes["title"]).strip()
    if "span" in changes:
        set_span(row, changes["span"])  # type: ignore[arg-type]
        row.basis = None  # the analyst's date, not the machine's reasoning
        row.explanation = "set by the analyst"
    for flag in ("starred", "note"):
        if flag in changes:
            setattr(row, flag, changes[flag])
    if "actors" in changes:
        row.actors = _unique([ctx.actor(Actor(n.strip())) for n in _names(changes["actors"])])
    if "places" in changes:
        row.places = _unique([ctx.place_named(n) for n in _names(changes["places"])])
    if "tags" in changes:
        row.tags = _unique([ctx.tag(n) for n in _names(changes["tags"])])
    row.edited = True


def _names(value: object) -> list[str]:
    return [str(n) for n in value if str(n).strip()]  # type: ignore[attr-defined]


def _unique(rows: list) -> list:  # noqa: ANN001
    seen: list = []
    for row in rows:
        if row not in seen:
            seen.append(row)
    return seen


def set_deleted(ctx: WriteContext, row: EventRow, deleted: bool) -> None:
    ctx.touch(row)
    row.deleted = deleted
    row.edited = True


def merge(ctx: WriteContext, rows: list[EventRow]) -> EventRow:
    """Keep the first event; the others' sources, actors, places and tags move to it."""
    kept, others = rows[0], rows[1:]
    ctx.touch(kept)
    for other in others:
        ctx.touch(other)
        for source in list(other.sources):
            source.event = kept
        kept.actors = _unique([*kept.actors, *other.actors])
        kept.places = _unique([*kept.places, *other.places])
        kept.tags = _unique([*kept.tags, *other.tags])
        kept.starred = kept.starred or other.starred
        kept.note = "\n".join(n for n in (kept.note, other.note) if n)
        if kept.day_start is None and other.day_start is not None:
            kept.day_start, kept.day_end, kept.precision = (
                other.day_start,
                other.day_end,
                other.precision,
            )
            kept.span_bucket = other.span_bucket
    ctx.session.flush()  # sources are re-parented before their old events go
    for other in others:
        ctx.removed(other)
    kept.edited = True
    kept.user_split = False
    ctx.session.flush()
    ctx.session.refresh(kept, ["sources"])
    dedup.refresh_event(ctx, kept)
    return kept


def split(ctx: WriteContext, row: EventRow) -> list[EventRow]:
    """One event per source; each takes what its own source said."""
    sources = list(row.sources)
    ctx.touch(row)
    out = [row]
    for source in sources[1:]:
        twin = _event_from_source(ctx, source, row)
        source.event = twin
        out.append(twin)
    ctx.session.flush()
    ctx.session.refresh(row, ["sources"])
    if not row.edited:
        dedup.refresh_event(ctx, row)
    else:
        row.source_count, row.conflicts = len(row.sources), ""
    for event in out:
        event.user_split = True
        event.edited = True
    return out


def _event_from_source(ctx: WriteContext, source: EventSourceRow, origin: EventRow) -> EventRow:
    twin = EventRow(
        type=source.type,
        status=source.status,
        basis=source.basis,
        title=source.title or origin.title,
        confidence=source.confidence,
        explanation=source.explanation,
        source_count=1,
        edited=True,
        user_split=True,
        deleted=False,
        starred=False,
        note="",
        conflicts="",
        day_start=source.day_start,
        day_end=source.day_end,
        precision=source.precision,
        span_bucket=bucket_of(source.day_start, source.day_end),
    )
    twin.actors = _unique([ctx.actor(a) for a in actors_from_json(source.actors_json)])
    twin.places = _unique([ctx.place(p) for p in places_from_json(source.places_json)])
    twin.tags = list(origin.tags)
    ctx.created(twin)
    return twin


def create(
    ctx: WriteContext,
    article: ArticleRow,
    bounds: tuple[int, int],
    type_: EventType,
    span: DateSpan | None,
    title: str,
) -> EventRow:
    """An event the analyst made from text selected in the article pane."""
    start, end = bounds
    if not 0 <= start < end <= len(article.text):
        raise StoreError(
            f"The selection {start}–{end} is outside the article's text; nothing was created."
        )
    sentence = article.text[start:end]
    ev = ExtractedEvent(
        type=EventType(type_),
        title=title.strip() or _headline(sentence),
        span=span,
        basis=None,
        status=EventStatus.HAPPENED,
        sentence=sentence,
        start=start,
        end=end,
        time_expression=None,
        confidence=1.0,
    )
    row = new_event(ctx, article.id, ev, edited=True)
    row.explanation = "created by the analyst"
    return row


def _headline(sentence: str, limit: int = 80) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def tag(ctx: WriteContext, rows: Sequence[EventRow], name: str, present: bool) -> None:
    tag_row = ctx.tag(name)
    for row in rows:
        ctx.touch(row)
        has = tag_row in row.tags
        if present and not has:
            row.tags.append(tag_row)
        elif not present and has:
            row.tags.remove(tag_row)
        row.edited = True
