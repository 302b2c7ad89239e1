"""Writing an article and its extracted events: imported / updated / unchanged, re-extraction that
keeps every user edit, and one event per happening across articles.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime

from timeline_app.domain.model import (
    ALREADY_STORED,
    TYPE_FAMILY,
    ExtractedEvent,
    Extraction,
    FileReport,
    PublishedSource,
    RawArticle,
    content_hash,
)
from timeline_app.domain.similarity import jaccard, tokens
from timeline_app.store import dedup
from timeline_app.store.errors import StoreError
from timeline_app.store.filters import bucket_of
from timeline_app.store.mapping import actor_json, event_type, place_json
from timeline_app.store.orm import ArticleRow, EventRow, EventSourceRow
from timeline_app.store.plain import EXTRAS, EventState, SourceRow
from timeline_app.store.writing import WriteContext

KEPT_SENTENCE_SIMILARITY = 0.6  # token Jaccard at which an edited sentence is "the same one"

_ARTICLE_COLUMNS = (
    "source_path, title, site, author, language, url, text, content_hash, published, "
    "published_source, imported_at"
)
_SAME_TEXT = "SELECT id FROM article WHERE content_hash = ?"
_SAME_PATH = (
    "SELECT id, published, published_source FROM article WHERE source_path = ? "
    "ORDER BY id DESC LIMIT 1"
)
_NEW_ARTICLE = f"INSERT INTO article ({_ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 11)})"
_UPDATE_ARTICLE = (
    f"UPDATE article SET {', '.join(c + ' = ?' for c in _ARTICLE_COLUMNS.split(', '))} WHERE id = ?"
)
_COUNT_EVENTS = "SELECT count(DISTINCT event_id) FROM event_source WHERE article_id = ?"
# The article's reports with what the import needs of their events, in source id order.
_ARTICLE_SOURCES = (
    f"SELECT {', '.join('s.' + c for c in SourceRow._fields)}, event.type, event.day_start, "
    "event.day_end, event.span_bucket, event.title, event.edited, event.deleted, "
    f"event.user_split, {EXTRAS} FROM event_source s "
    "JOIN event ON event.id = s.event_id WHERE s.article_id = ? ORDER BY s.id"
)
_LINKS = (
    "SELECT 'a', actor_id FROM event_actor WHERE event_id = ?1 UNION ALL "
    "SELECT 'p', place_id FROM event_place WHERE event_id = ?1"
)
_DROP_SOURCE = "DELETE FROM event_source WHERE id = ?"
_SOURCE_FIELDS = ", ".join(SourceRow._fields[2:])  # all but id and event_id
_NEW_SOURCE = (
    f"INSERT INTO event_source (event_id, {_SOURCE_FIELDS}) VALUES ({', '.join('?' * 20)})"
)
_EVENT_FIELDS = (
    "id, day_start, day_end, span_bucket, precision, type, status, basis, title, confidence, "
    "edited, deleted, starred, user_split, note, explanation, conflicts, source_count, created_at"
)
_NEW_EVENT = f"INSERT INTO event ({_EVENT_FIELDS}) VALUES ({', '.join('?' * 19)})"
_TOP_EVENT = "SELECT max(id) FROM event"
_NEW_ACTOR_LINK = "INSERT INTO event_actor (event_id, actor_id) VALUES (?, ?)"
_NEW_PLACE_LINK = "INSERT INTO event_place (event_id, place_id) VALUES (?, ?)"
_REANCHOR = (
    "UPDATE event_source SET sentence_start = ?, sentence_end = ?, time_start = ?, "
    "time_end = ? WHERE id = ?"
)
_REFOUND = (
    "UPDATE event_source SET sentence = ?, sentence_start = ?, sentence_end = ?, time_text = ?, "
    "time_start = ?, time_end = ?, day_start = ?, day_end = ?, precision = ? WHERE id = ?"
)


def save_article(ctx: WriteContext, raw: RawArticle, extraction: Extraction) -> FileReport:
    digest = content_hash(raw.text)
    db = ctx.db
    same = db.execute(_SAME_TEXT, (digest,)).fetchone()
    if same is not None:
        return FileReport(
            raw.source_path, "unchanged", count_events(ctx, same[0]), article_id=same[0]
        )
    if extraction is ALREADY_STORED:  # its text was stored when the import began, and is gone
        raise StoreError(
            "its text was removed from the store during the import; import the file again"
        )
    prior = db.execute(_SAME_PATH, (raw.source_path,)).fetchone() if raw.source_path else None
    if prior is not None:
        article_id = prior[0]
        raw = _keeping_option_date(raw, prior[1], prior[2])
        db.execute(_UPDATE_ARTICLE, (*_article_values(raw, digest), article_id))
        ctx.digests.drop_label(article_id)  # its site or title may have changed
        ctx.digests.put_label(article_id, dedup.article_label(article_id, raw.site, raw.title))
        replace_machine_events(ctx, article_id, raw.text, extraction)
        return FileReport(raw.source_path, "updated", len(extraction.events), article_id=article_id)
    article_id = db.execute(_NEW_ARTICLE, _article_values(raw, digest)).lastrowid
    assert article_id is not None
    ctx.digests.put_label(article_id, dedup.article_label(article_id, raw.site, raw.title))
    add_events(ctx, article_id, extraction.events, kept=[])
    return FileReport(raw.source_path, "imported", len(extraction.events), article_id=article_id)


def _keeping_option_date(raw: RawArticle, stored: str | None, source: str) -> RawArticle:
    """A changed file's article as it updates the stored one: a date given by hand (source
    "option": the analyst's, or an earlier `--published`) is never replaced by a reader's.

    The importer gives the worker that date, so `raw` normally carries it already (or the
    user's new `--published`, which may replace it). If it does not (the analyst set the date
    while the file was being imported), its events were resolved against another date: the
    update is refused, and the stored article, its date and its events stay as they are.
    """
    if source != PublishedSource.OPTION or stored is None:
        return raw
    if raw.published_source == PublishedSource.OPTION:
        return raw
    if raw.published is not None and raw.published.isoformat() == stored:
        return dataclasses.replace(raw, published_source=PublishedSource.OPTION)
    raise StoreError(
        f"its publication date was set by hand ({stored}) while it was being imported, and this "
        "version's events were dated against another; nothing of it was changed: import the "
        "file again"
    )


def _article_values(raw: RawArticle, digest: str) -> tuple:
    """In `_ARTICLE_COLUMNS` order, as SQLAlchemy stores them."""
    return (
        raw.source_path,
        raw.title,
        raw.site,
        raw.author,
        raw.language,
        raw.url,
        raw.text,
        digest,
        raw.published.isoformat() if raw.published else None,
        str(raw.published_source),
        _timestamp(datetime.now(UTC)),
    )


def _timestamp(moment: datetime) -> str:
    """A DateTime column's value as SQLAlchemy writes it to SQLite (naive UTC)."""
    return f"{moment:%Y-%m-%d %H:%M:%S}.{moment.microsecond:06d}"


def count_events(ctx: WriteContext, article_id: int) -> int:
    return int(ctx.db.execute(_COUNT_EVENTS, (article_id,)).fetchone()[0] or 0)


@dataclass(slots=True)
class Kept:
    """An edited event's report in the article being re-imported: kept, maybe re-pointed."""

    id: int
    event_id: int
    type: str
    sentence: str
    sentence_start: int
    sentence_end: int
    time_start: int | None
    time_end: int | None


def replace_machine_events(
    ctx: WriteContext, article_id: int, text: str, extraction: Extraction
) -> None:
    """Drop this article's reports of machine events, keep edited ones, store the new extraction."""
    ctx.flush()  # an edit of the article row (`set_published`) goes first
    db = ctx.db
    kept: list[Kept] = []
    for row in db.execute(_ARTICLE_SOURCES, (article_id,)).fetchall():
        source = SourceRow._make(row[:21])
        state = ctx.state(source.event_id) or _state(ctx, source.event_id, row[21:])
        if state.edited:
            kept.append(_reanchored(ctx, source, text))
            continue
        ctx.touch_state(state)
        db.execute(_DROP_SOURCE, (source.id,))
        remaining = dedup.read_sources(db, state.id)
        if remaining:
            dedup.refresh_state(ctx, state, remaining)  # `state` holds them now
        else:
            ctx.remove_state(state)
    add_events(ctx, article_id, extraction.events, kept)


def _state(ctx: WriteContext, event_id: int, row: tuple) -> EventState:
    type_, day_start, day_end, span_bucket, title, edited, deleted, user_split, extras = row
    state = EventState(event_id, type_, day_start, day_end, span_bucket, title, bool(edited))
    state.deleted, state.user_split, state.extras = bool(deleted), bool(user_split), bool(extras)
    if not state.edited:
        links = ctx.db.execute(_LINKS, (event_id,)).fetchall()
        state.actors = tuple(sorted(i for kind, i in links if kind == "a"))
        state.places = tuple(sorted(i for kind, i in links if kind == "p"))
    return state


def _reanchored(ctx: WriteContext, source: SourceRow, text: str) -> Kept:
    """Keep provenance exact when the article's text moved around the edited event's sentence."""
    kept = Kept(
        source.id,
        source.event_id,
        source.type,
        source.sentence,
        source.sentence_start,
        source.sentence_end,
        source.time_start,
        source.time_end,
    )
    if text[kept.sentence_start : kept.sentence_end] == kept.sentence:
        return kept
    found = text.find(kept.sentence) if kept.sentence else -1
    if found >= 0:
        shift = found - kept.sentence_start
        kept.sentence_start, kept.sentence_end = found, found + len(kept.sentence)
        if kept.time_start is not None and kept.time_end is not None:
            kept.time_start += shift
            kept.time_end += shift
        ctx.db.execute(
            _REANCHOR,
            (kept.sentence_start, kept.sentence_end, kept.time_start, kept.time_end, kept.id),
        )
        ctx.sources_changed(kept.event_id)
    return kept


def add_events(
    ctx: WriteContext,
    article_id: int,
    events: tuple[ExtractedEvent, ...],
    kept: list[Kept],
) -> None:
    """Each report: an edited event's sentence found again, another source of a stored event,
    or a new event (all new ones inserted at the end, so none is a candidate of another)."""
    fresh: list[ExtractedEvent] = []
    for ev in events:
        if _refresh_kept(ctx, ev, kept):
            continue
        match = dedup.find_match(ctx, ev, article_id)
        if match is None:
            fresh.append(ev)
            continue
        ctx.touch_state(match)
        fields = source_fields(article_id, ev)
        source_id = ctx.db.execute(_NEW_SOURCE, (match.id, *fields)).lastrowid
        assert source_id is not None
        dedup.refresh_merged(ctx, match, SourceRow(source_id, match.id, *fields))
    insert_events(ctx, article_id, fresh)


def insert_events(ctx: WriteContext, article_id: int, events: list[ExtractedEvent]) -> None:
    """New machine events: a few executemany statements per article (the import hot path)."""
    if not events:
        return
    db = ctx.db
    now = _timestamp(datetime.now(UTC))
    # We hold the write lock (BEGIN IMMEDIATE): the next ids are ours.
    top = db.execute(_TOP_EVENT).fetchone()[0] or 0
    ids = range(top + 1, top + 1 + len(events))
    rows = [_event_values(i, ev, now) for i, ev in zip(ids, events, strict=True)]
    db.executemany(_NEW_EVENT, rows)
    sources = [(i, *source_fields(article_id, ev)) for i, ev in zip(ids, events, strict=True)]
    db.executemany(_NEW_SOURCE, sources)
    actor_links = {
        (i, ctx.actor_id(a)) for i, ev in zip(ids, events, strict=True) for a in ev.actors
    }
    place_links = {
        (i, ctx.place_id(p)) for i, ev in zip(ids, events, strict=True) for p in ev.places
    }
    if actor_links:
        db.executemany(_NEW_ACTOR_LINK, actor_links)
    if place_links:
        db.executemany(_NEW_PLACE_LINK, place_links)
    states = {row[0]: _new_state(row) for row in rows}
    linked: dict[tuple[int, str], list[int]] = {}
    for kind, links in (("a", actor_links), ("p", place_links)):
        for event_id, entity_id in links:
            linked.setdefault((event_id, kind), []).append(entity_id)
    for state in states.values():
        state.actors = tuple(sorted(linked.get((state.id, "a"), ())))
        state.places = tuple(sorted(linked.get((state.id, "p"), ())))
    for ev, state in zip(events, states.values(), strict=True):
        body = "\n".join([ev.sentence, *(a.name for a in ev.actors), *(p.name for p in ev.places)])
        ctx.inserted(state, body)
        dedup.remember_new(ctx, state, ev.sentence, article_id)


def _new_state(row: tuple) -> EventState:
    """The state of a new event from its `_event_values` row."""
    event_id, day_start, day_end, span_bucket, _precision, type_, _status, _basis, title = row[:9]
    return EventState(
        event_id, type_, day_start, day_end, span_bucket, title, edited=False, extras=False
    )


def _event_values(event_id: int, ev: ExtractedEvent, now: str) -> tuple:
    """In `_EVENT_FIELDS` order."""
    start = ev.span.start.toordinal() if ev.span else None
    end = ev.span.end.toordinal() if ev.span else None
    return (
        event_id,
        start,
        end,
        bucket_of(start, end),
        str(ev.span.precision) if ev.span else None,
        str(ev.type),
        str(ev.status),
        str(ev.basis) if ev.basis else None,
        ev.title,
        ev.confidence,
        False,
        False,
        False,
        False,
        "",
        _explanation(ev),
        "",
        1,
        now,
    )


def _refresh_kept(ctx: WriteContext, ev: ExtractedEvent, kept: list[Kept]) -> bool:
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
    time = _time_fields(ev)
    best.time_start, best.time_end = time[1], time[2]
    ctx.db.execute(_REFOUND, (ev.sentence, ev.start, ev.end, *time, best.id))
    ctx.sources_changed(best.event_id)
    ctx.reported(best.event_id)  # the event's search document and matching digest change
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
    return EventSourceRow(
        **dict(zip(_SOURCE_FIELDS.split(", "), source_fields(article_id, ev), strict=True))
    )


def source_fields(article_id: int, ev: ExtractedEvent) -> tuple:
    """Every column of a new source but its id and event, in `_SOURCE_FIELDS` order."""
    return (
        article_id,
        ev.sentence,
        ev.start,
        ev.end,
        *_time_fields(ev),
        str(ev.type),
        str(ev.status),
        str(ev.basis) if ev.basis else None,
        ev.title,
        _explanation(ev),
        ev.confidence,
        ev.trigger[:64],
        _actor_json(tuple(ev.actors)),
        _place_json(tuple(ev.places)),
    )


# A report's actors and places as stored: many reports name the same ones.
_actor_json = functools.lru_cache(maxsize=4096)(actor_json)
_place_json = functools.lru_cache(maxsize=4096)(place_json)


def _time_fields(ev: ExtractedEvent) -> tuple:
    """time_text, time_start, time_end, day_start, day_end, precision."""
    te = ev.time_expression
    return (
        te.text if te else "",
        te.start if te else None,
        te.end if te else None,
        ev.span.start.toordinal() if ev.span else None,
        ev.span.end.toordinal() if ev.span else None,
        str(ev.span.precision) if ev.span else None,
    )


def set_published(
    ctx: WriteContext, article: ArticleRow, published: date | None, extraction: Extraction
) -> None:
    """The analyst's date wins ("option"); the machine's events are re-resolved against it."""
    source = PublishedSource.OPTION if published else PublishedSource.UNKNOWN
    _redate(ctx, article, published, source, extraction)


def adopt_published(
    ctx: WriteContext,
    article: ArticleRow,
    published: date,
    source: PublishedSource,
    extraction: Extraction,
) -> bool:
    """An article whose date is unknown takes the one another copy of its text found (`source`
    says how); its machine events are re-resolved as when the analyst sets a date, and the
    events the user edited are kept. False, and nothing changed, when it knows a date already:
    a copy's date never replaces a known one."""
    if article.published is not None or article.published_source != PublishedSource.UNKNOWN:
        return False
    _redate(ctx, article, published, source, extraction)
    return True


def _redate(
    ctx: WriteContext,
    article: ArticleRow,
    published: date | None,
    source: PublishedSource,
    extraction: Extraction,
) -> None:
    article.published = published
    article.published_source = str(source)
    replace_machine_events(ctx, article.id, article.text, extraction)
