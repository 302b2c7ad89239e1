"""Writing an article and its extracted events: imported / updated / unchanged, re-extraction that
keeps every user edit, and one event per happening across articles.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, insert, select

from timeline_app.domain.model import (
    TYPE_FAMILY,
    ExtractedEvent,
    Extraction,
    FileReport,
    PublishedSource,
    RawArticle,
)
from timeline_app.domain.similarity import jaccard, tokens
from timeline_app.store import dedup
from timeline_app.store.filters import bucket_of
from timeline_app.store.mapping import actor_json, content_hash, event_type, place_json
from timeline_app.store.orm import (
    ArticleRow,
    EventRow,
    EventSourceRow,
    event_actor,
    event_place,
    table_of,
)
from timeline_app.store.writing import WriteContext, inserted_id

KEPT_SENTENCE_SIMILARITY = 0.6  # token Jaccard at which an edited sentence is "the same one"


def save_article(ctx: WriteContext, raw: RawArticle, extraction: Extraction) -> FileReport:
    digest = content_hash(raw.text)
    same = ctx.session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest))
    if same is not None:
        return FileReport(raw.source_path, "unchanged", count_events(ctx, same), article_id=same)
    prior = _by_source_path(ctx, raw.source_path)
    if prior is not None:
        _fill(prior, raw, digest)
        ctx.digests.drop_label(prior.id)
        prior.imported_at = datetime.now(UTC).replace(tzinfo=None)
        replace_machine_events(ctx, prior, extraction)
        return FileReport(raw.source_path, "updated", len(extraction.events), article_id=prior.id)
    values = _article_values(raw, digest)
    conn = ctx.session.connection()
    article_id = inserted_id(conn, insert(table_of(ArticleRow)).values(**values))
    add_events(ctx, article_id, extraction.events, kept=[])
    return FileReport(raw.source_path, "imported", len(extraction.events), article_id=article_id)


def _article_values(raw: RawArticle, digest: str) -> dict[str, object]:
    return {
        "source_path": raw.source_path,
        "title": raw.title,
        "site": raw.site,
        "author": raw.author,
        "language": raw.language,
        "url": raw.url,
        "text": raw.text,
        "content_hash": digest,
        "published": raw.published,
        "published_source": str(raw.published_source),
        "imported_at": datetime.now(UTC).replace(tzinfo=None),
    }


def _by_source_path(ctx: WriteContext, path: str) -> ArticleRow | None:
    if not path:
        return None
    query = select(ArticleRow.id).where(ArticleRow.source_path == path)
    found = ctx.session.scalars(query.order_by(ArticleRow.id.desc()).limit(1)).first()
    return ctx.session.get(ArticleRow, found) if found is not None else None


def _fill(row: ArticleRow, raw: RawArticle, digest: str) -> None:
    row.source_path, row.title, row.site, row.author = (
        raw.source_path,
        raw.title,
        raw.site,
        raw.author,
    )
    row.language, row.url, row.text, row.content_hash = raw.language, raw.url, raw.text, digest
    row.published, row.published_source = raw.published, str(raw.published_source)


def count_events(ctx: WriteContext, article_id: int) -> int:
    query = select(func.count(func.distinct(EventSourceRow.event_id))).where(
        EventSourceRow.article_id == article_id
    )
    return int(ctx.session.scalar(query) or 0)


def replace_machine_events(ctx: WriteContext, article: ArticleRow, extraction: Extraction) -> None:
    """Drop this article's reports of machine events, keep edited ones, store the new extraction."""
    kept: list[EventSourceRow] = []
    sources = ctx.session.scalars(
        select(EventSourceRow).where(EventSourceRow.article_id == article.id)
    ).all()
    for source in sources:
        event = source.event
        if event.edited:
            _reanchor(source, article.text)
            kept.append(source)
            continue
        ctx.touch(event)
        event.sources.remove(source)
        if event.sources:
            dedup.refresh_event(ctx, event)
        else:
            ctx.removed(event)
    ctx.session.flush()
    add_events(ctx, article.id, extraction.events, kept)


def _reanchor(source: EventSourceRow, text: str) -> None:
    """Keep provenance exact when the article's text moved around the edited event's sentence."""
    if text[source.sentence_start : source.sentence_end] == source.sentence:
        return
    found = text.find(source.sentence) if source.sentence else -1
    if found >= 0:
        shift = found - source.sentence_start
        source.sentence_start, source.sentence_end = found, found + len(source.sentence)
        if source.time_start is not None and source.time_end is not None:
            source.time_start += shift
            source.time_end += shift


def add_events(
    ctx: WriteContext,
    article_id: int,
    events: tuple[ExtractedEvent, ...],
    kept: list[EventSourceRow],
) -> None:
    fresh: list[ExtractedEvent] = []
    for ev in events:
        if _refresh_kept(ev, kept):
            continue
        match = dedup.find_match(ctx, ev, article_id)
        if match is None:
            fresh.append(ev)
            continue
        ctx.touch(match)
        # Through Core (a flush of the unit of work costs several times more); the event's
        # sources are then read afresh, the new one included.
        source = source_fields(article_id, ev) | {"event_id": match.id}
        ctx.session.connection().execute(insert(table_of(EventSourceRow)), source)
        dedup.refresh_merged(ctx, match)
    insert_events(ctx, article_id, fresh)


def insert_events(ctx: WriteContext, article_id: int, events: list[ExtractedEvent]) -> None:
    """New machine events through Core, a few statements per article (the import hot path)."""
    if not events:
        return
    conn = ctx.session.connection()
    now = datetime.now(UTC).replace(tzinfo=None)
    table = table_of(EventRow)
    rows = [_event_values(ev, now) for ev in events]
    if ctx.is_sqlite:
        # We hold the write lock (BEGIN IMMEDIATE): the next ids are ours; one executemany.
        top = conn.execute(select(func.max(table.c.id))).scalar() or 0
        ids = list(range(top + 1, top + 1 + len(rows)))
        conn.execute(insert(table), [r | {"id": i} for r, i in zip(rows, ids, strict=True)])
    else:
        ids = [inserted_id(conn, insert(table).values(**r)) for r in rows]
    sources = [
        source_fields(article_id, ev) | {"event_id": i} for i, ev in zip(ids, events, strict=True)
    ]
    conn.execute(insert(table_of(EventSourceRow)), sources)
    actor_links = {
        (i, ctx.actor_id(a)) for i, ev in zip(ids, events, strict=True) for a in ev.actors
    }
    place_links = {
        (i, ctx.place_id(p)) for i, ev in zip(ids, events, strict=True) for p in ev.places
    }
    if actor_links:
        conn.execute(insert(event_actor), [{"event_id": e, "actor_id": a} for e, a in actor_links])
    if place_links:
        conn.execute(insert(event_place), [{"event_id": e, "place_id": p} for e, p in place_links])
    for event_id, ev in zip(ids, events, strict=True):
        key = (ev.span.start.toordinal(), str(ev.type)) if ev.span else None
        body = "\n".join([ev.sentence, *(a.name for a in ev.actors), *(p.name for p in ev.places)])
        ctx.inserted(event_id, key, ev.title, body)


def _event_values(ev: ExtractedEvent, now: datetime) -> dict[str, object]:
    start = ev.span.start.toordinal() if ev.span else None
    end = ev.span.end.toordinal() if ev.span else None
    return {
        "day_start": start,
        "day_end": end,
        "span_bucket": bucket_of(start, end),
        "precision": str(ev.span.precision) if ev.span else None,
        "type": str(ev.type),
        "status": str(ev.status),
        "basis": str(ev.basis) if ev.basis else None,
        "title": ev.title,
        "confidence": ev.confidence,
        "edited": False,
        "deleted": False,
        "starred": False,
        "user_split": False,
        "note": "",
        "explanation": _explanation(ev),
        "conflicts": "",
        "source_count": 1,
        "created_at": now,
    }


def _refresh_kept(ev: ExtractedEvent, kept: list[EventSourceRow]) -> bool:
    """The machine found again the sentence of an event the user edited: keep the user's event,
    point its source at the sentence as it now reads (a reworded sentence still counts)."""
    best, best_score = None, KEPT_SENTENCE_SIMILARITY
    for source in kept:
        if TYPE_FAMILY[event_type(source.type)] != TYPE_FAMILY[ev.type]:
            continue
        if source.sentence.strip() == ev.sentence.strip():
            best, best_score = source, 1.0
            break
        score = jaccard(tokens(source.sentence), tokens(ev.sentence))
        if score >= best_score:
            best, best_score = source, score
    if best is None:
        return False
    best.sentence, best.sentence_start, best.sentence_end = ev.sentence, ev.start, ev.end
    _set_time(best, ev)
    kept.remove(best)
    return True


def new_event(ctx: WriteContext, article_id: int, ev: ExtractedEvent, **flags: bool) -> EventRow:
    row = EventRow(
        type=str(ev.type),
        status=str(ev.status),
        basis=str(ev.basis) if ev.basis else None,
        title=ev.title,
        confidence=ev.confidence,
        explanation=_explanation(ev),
        source_count=1,
        created_at=datetime.now(UTC).replace(tzinfo=None),
        edited=flags.get("edited", False),
        user_split=flags.get("user_split", False),
        deleted=False,
        starred=False,
        note="",
        conflicts="",
    )
    _set_span(row, ev)
    row.actors = list({id(r): r for r in (ctx.actor(a) for a in ev.actors)}.values())
    row.places = list({id(r): r for r in (ctx.place(p) for p in ev.places)}.values())
    row.sources = [new_source(article_id, ev)]
    ctx.created(row)
    return row


def _set_span(row: EventRow, ev: ExtractedEvent) -> None:
    if ev.span is None:
        row.day_start = row.day_end = row.span_bucket = None
        row.precision = None
        return
    row.day_start, row.day_end = ev.span.start.toordinal(), ev.span.end.toordinal()
    row.precision = str(ev.span.precision)
    row.span_bucket = bucket_of(row.day_start, row.day_end)


def _explanation(ev: ExtractedEvent) -> str:
    return ev.time_expression.explanation if ev.time_expression else ""


def new_source(article_id: int, ev: ExtractedEvent) -> EventSourceRow:
    return EventSourceRow(**source_fields(article_id, ev))


def source_fields(article_id: int, ev: ExtractedEvent) -> dict[str, object]:
    """Every column of a new source but its event (a plain dict: the import writes it through
    Core, and building an ORM object only to read it back costs more than the insert)."""
    return {
        "article_id": article_id,
        "sentence": ev.sentence,
        "sentence_start": ev.start,
        "sentence_end": ev.end,
        "type": str(ev.type),
        "status": str(ev.status),
        "basis": str(ev.basis) if ev.basis else None,
        "title": ev.title,
        "explanation": _explanation(ev),
        "confidence": ev.confidence,
        "trigger": ev.trigger[:64],
        "actors_json": actor_json(ev.actors),
        "places_json": place_json(ev.places),
        **_time_fields(ev),
    }


def _time_fields(ev: ExtractedEvent) -> dict[str, object]:
    te = ev.time_expression
    return {
        "time_text": te.text if te else "",
        "time_start": te.start if te else None,
        "time_end": te.end if te else None,
        "day_start": ev.span.start.toordinal() if ev.span else None,
        "day_end": ev.span.end.toordinal() if ev.span else None,
        "precision": str(ev.span.precision) if ev.span else None,
    }


def _set_time(source: EventSourceRow, ev: ExtractedEvent) -> None:
    for key, value in _time_fields(ev).items():
        setattr(source, key, value)


def set_published(
    ctx: WriteContext, article: ArticleRow, published: date | None, extraction: Extraction
) -> None:
    """The analyst's date wins ("option"); the machine's events are re-resolved against it."""
    article.published = published
    article.published_source = str(PublishedSource.OPTION if published else PublishedSource.UNKNOWN)
    replace_machine_events(ctx, article, extraction)
