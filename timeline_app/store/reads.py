"""Read queries behind `Store`: events with provenance, light marks for the canvas, per-day counts,
extents, articles and the names the filter pickers offer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Select, bindparam, func, select, text
from sqlalchemy.orm import Session, aliased

from timeline_app.domain.model import (
    ArticleSummary,
    DayCount,
    EventFilter,
    EventMark,
    PublishedSource,
    StoredArticle,
    StoredEvent,
)
from timeline_app.store import event_rows, filters, search
from timeline_app.store.errors import NotFoundError
from timeline_app.store.mapping import event_type, to_article, to_mark, to_summary
from timeline_app.store.orm import (
    ActorRow,
    ArticleRow,
    DaySummaryRow,
    EventRow,
    EventSourceRow,
    Meta,
    PlaceRow,
    TagRow,
    event_actor,
    event_place,
    event_tag,
)

_MARK_COLUMNS = (
    EventRow.id,
    EventRow.type,
    EventRow.day_start,
    EventRow.day_end,
    EventRow.precision,
    EventRow.status,
    EventRow.title,
    EventRow.source_count,
    EventRow.starred,
    EventRow.edited,
)


def events(
    session: Session,
    flt: EventFilter | None,
    limit: int | None,
    is_sqlite: bool,
    offset: int = 0,
) -> list[StoredEvent]:
    return event_rows.read_events(session, filters.conditions(flt, is_sqlite), limit, offset)


def event(session: Session, event_id: int) -> StoredEvent:
    found = event_rows.read_by_ids(session, [event_id])
    if not found:
        raise NotFoundError(f"Event {event_id} is not in the store (it may have been merged).")
    return found[0]


def events_by_ids(session: Session, ids: Sequence[int]) -> list[StoredEvent]:
    return event_rows.read_by_ids(session, ids)


def matching_ids(
    session: Session, flt: EventFilter | None, ids: Sequence[int], is_sqlite: bool
) -> set[int]:
    """Which of `ids` pass the filter (primary-key look-ups, whatever the store's size)."""
    where = filters.conditions(flt, is_sqlite)
    found: set[int] = set()
    wanted = sorted(set(ids))
    for lo in range(0, len(wanted), _IDS_PER_STATEMENT):
        chunk = wanted[lo : lo + _IDS_PER_STATEMENT]
        query = select(EventRow.id).where(EventRow.id.in_(chunk), *where)
        found.update(session.scalars(query))
    return found


def events_for_article(session: Session, article_id: int, is_sqlite: bool) -> list[StoredEvent]:
    found = events(session, EventFilter(article_id=article_id), None, is_sqlite)

    def position(ev: StoredEvent) -> int:
        return min((s.sentence_start for s in ev.sources if s.article_id == article_id), default=0)

    return sorted(found, key=lambda ev: (position(ev), ev.id))


def marks(
    session: Session,
    first_day: int,
    last_day: int,
    flt: EventFilter | None,
    limit: int | None,
    is_sqlite: bool,
) -> list[EventMark]:
    query = select(*_MARK_COLUMNS).where(
        filters.overlap_clause(first_day, last_day), *filters.conditions(flt, is_sqlite)
    )
    if limit is not None:
        # No ORDER BY: sorting would read every row in range. The canvas asks for limit + 1
        # rows to learn that it must draw per-day counts instead; rows come in index order.
        query = query.limit(limit)
    # Core execution on the session's connection: the ORM result layer doubled the cost.
    return [to_mark(row) for row in session.connection().execute(query)]


def day_counts(
    session: Session,
    first_day: int,
    last_day: int,
    flt: EventFilter | None,
    is_sqlite: bool,
    bin_days: int = 1,
) -> list[DayCount]:
    first, last = _clamp(first_day, last_day, flt)
    if first > last:
        return []
    types = sorted(str(t) for t in flt.types) if flt is not None and flt.types else []
    if filters.only_types_and_dates(flt) and is_sqlite and bin_days == 1:
        return _summary_rows(session, first, last, types)
    base: Select[Any, Any, Any]
    if filters.only_types_and_dates(flt):
        base = select(
            DaySummaryRow.day.label("day"),
            DaySummaryRow.type.label("type"),
            DaySummaryRow.count.label("n"),
        ).where(DaySummaryRow.day.between(first, last), DaySummaryRow.count > 0)
        if flt is not None and flt.types:
            base = base.where(DaySummaryRow.type.in_(sorted(str(t) for t in flt.types)))
    else:
        base = (
            select(
                EventRow.day_start.label("day"),
                EventRow.type.label("type"),
                func.count().label("n"),
            )
            .where(EventRow.day_start.between(first, last), *filters.conditions(flt, is_sqlite))
            .group_by(EventRow.day_start, EventRow.type)
        )
    query = _binned(base, bin_days) if bin_days > 1 else base.order_by("day", "type")
    rows = session.connection().execute(query)
    return [DayCount(day, event_type(type_), n) for day, type_, n in rows]


def _summary_rows(session: Session, first: int, last: int, types: list[str]) -> list[DayCount]:
    """The canvas's fit-all read, straight through the driver: the generic result layer took
    half the time of reading 25,000 summary rows."""
    sql = "SELECT day, type, count FROM day_summary WHERE day BETWEEN ? AND ? AND count > 0"
    if types:
        sql += f" AND type IN ({', '.join('?' * len(types))})"
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        rows = cursor.execute(sql + " ORDER BY day, type", (first, last, *types)).fetchall()
    finally:
        cursor.close()
    # One conversion per distinct type, not per row: the fit-all read has tens of thousands.
    to_type = {value: event_type(value) for value in {row[1] for row in rows}}
    return [DayCount(day, to_type[type_], n) for day, type_, n in rows]


def _binned(base, bin_days: int):  # noqa: ANN001, ANN202 - selects
    """Counts per bin of `bin_days` days (bins start at multiples of bin_days, as ordinals)."""
    sub = base.subquery()
    start = ((sub.c.day // bin_days) * bin_days).label("bin")
    return (
        select(start, sub.c.type, func.sum(sub.c.n))
        .group_by(start, sub.c.type)
        .order_by(start, sub.c.type)
    )


def generation(session: Session) -> str:
    """A value every committed write changes (any process): what read caches are keyed on."""
    return session.scalar(select(Meta.value).where(Meta.key == "generation")) or ""


def _clamp(first: int, last: int, flt: EventFilter | None) -> tuple[int, int]:
    if flt is not None and flt.date_from is not None:
        first = max(first, flt.date_from.toordinal())
    if flt is not None and flt.date_to is not None:
        last = min(last, flt.date_to.toordinal())
    return first, last


def count(session: Session, flt: EventFilter | None, is_sqlite: bool) -> int:
    if filters.only_types_and_dates(flt) and (flt is None or not (flt.date_from or flt.date_to)):
        return _count_from_summary(session, flt)
    query = select(func.count()).select_from(EventRow).where(*filters.conditions(flt, is_sqlite))
    return int(session.scalar(query) or 0)


def _count_from_summary(session: Session, flt: EventFilter | None) -> int:
    """Dated events from the summary plus undated ones from the day_start index: no scan."""
    types = sorted(str(t) for t in flt.types) if flt is not None and flt.types else None
    dated = select(func.coalesce(func.sum(DaySummaryRow.count), 0))
    undated = select(func.count()).select_from(EventRow)
    undated = undated.where(EventRow.day_start.is_(None), EventRow.deleted.is_(False))
    if types:
        dated = dated.where(DaySummaryRow.type.in_(types))
        undated = undated.where(EventRow.type.in_(types))
    return int(session.scalar(dated) or 0) + int(session.scalar(undated) or 0)


def extent(session: Session, flt: EventFilter | None, is_sqlite: bool) -> tuple[int, int] | None:
    # Two ordered LIMIT 1 queries walk the day_start / day_end indexes; min() and max() in one
    # statement would scan the table.
    where = (EventRow.day_start.is_not(None), *filters.conditions(flt, is_sqlite))
    first = session.scalar(
        select(EventRow.day_start).where(*where).order_by(EventRow.day_start).limit(1)
    )
    if first is None:
        return None
    last = session.scalar(
        select(EventRow.day_end).where(*where).order_by(EventRow.day_end.desc()).limit(1)
    )
    return int(first), int(last if last is not None else first)


def article_count(session: Session, flt: EventFilter | None, is_sqlite: bool) -> int:
    """Distinct articles behind the events that pass `flt` (the image export's footnote)."""
    query = (
        select(func.count(func.distinct(EventSourceRow.article_id)))
        .join(EventRow, EventRow.id == EventSourceRow.event_id)
        .where(*filters.conditions(flt, is_sqlite))
    )
    return int(session.scalar(query) or 0)


def article_event_count(session: Session, article_id: int) -> int:
    query = (
        select(func.count(func.distinct(EventSourceRow.event_id)))
        .join(EventRow, EventRow.id == EventSourceRow.event_id)
        .where(EventSourceRow.article_id == article_id, EventRow.deleted.is_(False))
    )
    return int(session.scalar(query) or 0)


def article(session: Session, article_id: int) -> StoredArticle:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFoundError(f"Article {article_id} is not in the store.")
    return to_article(row)


def articles(session: Session, text: str, is_sqlite: bool) -> list[ArticleSummary]:
    counts = (
        select(
            EventSourceRow.article_id, func.count(func.distinct(EventSourceRow.event_id)).label("n")
        )
        .join(EventRow, EventRow.id == EventSourceRow.event_id)
        .where(EventRow.deleted.is_(False))
        .group_by(EventSourceRow.article_id)
        .subquery()
    )
    query = (
        select(
            ArticleRow.id,
            ArticleRow.title,
            ArticleRow.site,
            ArticleRow.published,
            ArticleRow.published_source,
            ArticleRow.source_path,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.article_id == ArticleRow.id)
        .order_by(ArticleRow.id)
    )
    clause = search.article_text_clause(text, is_sqlite) if text.strip() else None
    if clause is not None:
        query = query.where(clause)
    return [to_summary(row, int(row[-1])) for row in session.execute(query)]


def _used_names(session: Session, entity, link, link_col) -> list[str]:  # noqa: ANN001
    """Names some live event uses. Nested EXISTS walk each name's links by the link's index and
    stop at the first live event: joining every link row took 60-180 ms at 100,000 events (a
    joined EXISTS let SQLite scan the events instead), this well under a millisecond."""
    live = select(EventRow.id).where(EventRow.id == link.c.event_id, EventRow.deleted.is_(False))
    used = select(link.c.event_id).where(link_col == entity.id, live.exists()).exists()
    query = select(entity.name).where(used).distinct().order_by(entity.name)
    return list(session.scalars(query))


def actor_names(session: Session) -> list[str]:
    return _used_names(session, ActorRow, event_actor, event_actor.c.actor_id)


def place_names(session: Session) -> list[str]:
    return _used_names(session, PlaceRow, event_place, event_place.c.place_id)


def tag_names(session: Session) -> list[str]:
    return _used_names(session, TagRow, event_tag, event_tag.c.tag_id)


def site_names(session: Session) -> list[str]:
    query = (
        select(ArticleRow.site).where(ArticleRow.site != "").distinct().order_by(ArticleRow.site)
    )
    return list(session.scalars(query))


# --- lanes by actor, place or source -------------------------------------------------------------

LANE_GROUPINGS = ("actor", "place", "source")
_IDS_PER_STATEMENT = 900  # under every SQLite build's bound-parameter limit


def lane_keys(
    session: Session, ids: Sequence[int], grouping: str, is_sqlite: bool = True
) -> dict[int, list[str]]:
    """Each event's actor names, place names or article sites (sorted, distinct).

    Events with none are absent from the result: the caller decides how to name that lane.
    One primary-key lookup per id, in chunks, straight through the driver (the generic result
    layer doubled the cost), so 3,000 ids take a few milliseconds at any store size. A source
    with no site falls back to its article's URL host.
    """
    sql = _LANE_KEY_SQL.get(grouping)
    if sql is None:
        raise ValueError(f"cannot group lanes by {grouping!r}; expected one of {LANE_GROUPINGS}")
    wanted = sorted(set(ids))
    found: dict[int, set[str]] = {}
    for lo in range(0, len(wanted), _IDS_PER_STATEMENT):
        for event_id, name, url in _lane_rows(
            session, sql, wanted[lo : lo + _IDS_PER_STATEMENT], is_sqlite
        ):
            name = _site_of(name, url) if grouping == "source" else name
            if name:
                found.setdefault(event_id, set()).add(name)
    return {event_id: sorted(names) for event_id, names in found.items()}


def _lane_rows(
    session: Session, sql: str, ids: list[int], is_sqlite: bool
) -> list[tuple[int, str, str]]:
    if not is_sqlite:
        query = text(sql.replace("({ids})", ":ids")).bindparams(bindparam("ids", expanding=True))
        return [tuple(row) for row in session.execute(query, {"ids": ids})]  # type: ignore[misc]
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql.format(ids=", ".join("?" * len(ids))), ids).fetchall()
    finally:
        cursor.close()


_LANE_KEY_SQL = {
    "actor": "SELECT l.event_id, a.name, '' FROM event_actor l JOIN actor a ON a.id = l.actor_id "
    "WHERE l.event_id IN ({ids})",
    "place": "SELECT l.event_id, p.name, '' FROM event_place l JOIN place p ON p.id = l.place_id "
    "WHERE l.event_id IN ({ids})",
    "source": "SELECT s.event_id, a.site, a.url FROM event_source s "
    "JOIN article a ON a.id = s.article_id WHERE s.event_id IN ({ids})",
}


def _site_of(site: str, url: str) -> str:
    """The article's site, else its URL's host without "www." ("" when neither is known)."""
    if site:
        return site
    host = (urlsplit(url).hostname or "") if "://" in url else ""
    return host.removeprefix("www.")


_ENTRY_MARK = re.compile(r"[!#]")  # "a.zip!b.txt", "feed.xml#item-2"


def texts_by_file(session: Session) -> dict[str, frozenset[str]]:
    """The content hashes of the stored articles, by the file each came from: its source path and,
    for an archive's entry or a feed's item ("a.zip!b.txt", "feed.xml#item-2"), the archive's or
    feed's path too. A name that merely contains "!" or "#" only adds hashes to look for."""
    found: dict[str, set[str]] = {}
    for path, digest in session.execute(select(ArticleRow.source_path, ArticleRow.content_hash)):
        found.setdefault(path, set()).add(digest)
        for cut in _ENTRY_MARK.finditer(path):
            found.setdefault(path[: cut.start()], set()).add(digest)
    return {path: frozenset(digests) for path, digests in found.items()}


def option_dates_by_file(session: Session) -> dict[str, tuple[tuple[str, date], ...]]:
    """The publication dates given by hand (source "option": the analyst's, or an import's
    `--published`) of the stored articles, as (source path, date) pairs, by the file each came
    from as `texts_by_file` keys them. Of several articles with one source path, the newest
    counts: it is the one a re-import of that path updates.

    Why: a re-import reads and extracts a changed file before the store sees it, and its relative
    dates must be resolved against the analyst's date, not the reader's. One scan of the article
    rows' first columns (the text is not read): ~10 ms for 30,000 articles.
    """
    newer = aliased(ArticleRow)
    latest = (
        select(func.max(newer.id)).where(newer.source_path == ArticleRow.source_path)
    ).scalar_subquery()
    rows = session.execute(
        select(ArticleRow.source_path, ArticleRow.published).where(
            ArticleRow.published_source == str(PublishedSource.OPTION),
            ArticleRow.published.is_not(None),
            ArticleRow.id == latest,
        )
    )
    found: dict[str, list[tuple[str, date]]] = {}
    for path, published in rows:
        if published is None:  # ruled out by the query; for the type checker
            continue
        found.setdefault(path, []).append((path, published))
        for cut in _ENTRY_MARK.finditer(path):
            found.setdefault(path[: cut.start()], []).append((path, published))
    return {path: tuple(dates) for path, dates in found.items()}
