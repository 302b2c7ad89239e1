"""One event per happening: find the stored event a new report belongs to, and keep an event's
own values (date, type, title, actors, places, disagreements) in step with its sources.

Candidates come from an indexed date window (never a scan); the decision is the pure score in
`domain/similarity.py`. Events a user split are never candidates; undated events never merge.
"""

from __future__ import annotations

import functools
import json
from collections import Counter

from sqlalchemy import (
    Select,
    bindparam,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm.attributes import set_committed_value

from timeline_app.domain.model import (
    TYPE_FAMILY,
    Actor,
    EventType,
    ExtractedEvent,
    Place,
    Precision,
    TypeFamily,
)
from timeline_app.domain.similarity import (
    DAY_GAP_TOLERANCE,
    GENERIC_TYPES,
    SAME_HAPPENING,
    Digest,
    happening_score,
    name_tokens,
    tokens,
)
from timeline_app.store import mapping
from timeline_app.store.digests import Known
from timeline_app.store.filters import bucket_of, overlap_template
from timeline_app.store.mapping import event_type, span_of
from timeline_app.store.orm import (
    ActorRow,
    ArticleRow,
    EventRow,
    EventSourceRow,
    PlaceRow,
    event_actor,
    event_place,
    table_of,
)
from timeline_app.store.writing import WriteContext

# Only events sharing a name word with the report in its date window: a cap never hit in practice.
MAX_CANDIDATES = 200
_PRECISION_ORDER = list(Precision)


def digest_of_extracted(ev: ExtractedEvent) -> Digest | None:
    if ev.span is None:
        return None
    return Digest(
        type=ev.type,
        day_start=ev.span.start.toordinal(),
        day_end=ev.span.end.toordinal(),
        actors=frozenset(a.name for a in ev.actors),
        places=frozenset(p.name for p in ev.places),
        texts=(tokens(ev.title), tokens(ev.sentence)),
    )


def find_match(ctx: WriteContext, ev: ExtractedEvent, article_id: int) -> EventRow | None:
    """The stored event (reported by another article) this report describes, if any.

    SQL returns only the live events of the same type family in the date window that share a
    name word of a place or an actor with the report (`happening_score` is 0 for any other), so
    the work per report stays flat however many events a day holds. Candidates are read as plain
    rows (no ORM objects): this runs for every imported event.
    """
    digest = digest_of_extracted(ev)
    if digest is None:
        return None
    place_ids = ctx.entity_ids("p", name_tokens(digest.places)) if digest.places else set()
    actor_ids = ctx.entity_ids("a", name_tokens(digest.actors)) if digest.actors else set()
    if not place_ids and not actor_ids:
        return None
    params: dict[str, object] = {
        "dd_first": digest.day_start - DAY_GAP_TOLERANCE,
        "dd_last": digest.day_end + DAY_GAP_TOLERANCE,
    }
    if place_ids:
        params["place_ids"] = _id_list(place_ids, ctx.is_sqlite)
    if actor_ids:
        params["actor_ids"] = _id_list(actor_ids, ctx.is_sqlite)
    conn = ctx.session.connection()
    query = _candidates(TYPE_FAMILY[ev.type], bool(place_ids), bool(actor_ids), ctx.is_sqlite)
    new_ids = ctx.new_ids | {r.id for r in ctx.new_rows}
    rows = [r for r in conn.execute(query, params) if r.id not in new_ids]
    if not rows:
        return None
    best_id, best_score = None, 0.0
    for event_id, digest_b in _candidate_digests(ctx, rows, article_id).items():
        score = happening_score(digest, digest_b)
        if score > best_score:
            best_id, best_score = event_id, score
    if best_id is None or best_score < SAME_HAPPENING:
        return None
    return ctx.session.get(EventRow, best_id)


def _id_list(ids: set[int], is_sqlite: bool) -> object:
    return json.dumps(sorted(ids)) if is_sqlite else sorted(ids)


def _ids_in(name: str, is_sqlite: bool):  # noqa: ANN202 - what IN () accepts
    """A list of ids as one bound value. On SQLite a JSON array: the statement's text stays the
    same whatever the list's length, so it is prepared once, not once per report."""
    if is_sqlite:
        return select(literal_column("value")).select_from(func.json_each(bindparam(name)))
    return bindparam(name, expanding=True)


@functools.cache
def _candidates(family: TypeFamily, by_place: bool, by_actor: bool, is_sqlite: bool) -> Select:
    """Live, unsplit events of one type family in a date window (parameters dd_first/dd_last)
    linked to one of the places `place_ids` or actors `actor_ids` (index probes per event)."""
    types = sorted(str(t) for t in EventType if TYPE_FAMILY[t] == family)
    shared = []
    if by_place:
        shared.append(
            exists().where(
                event_place.c.event_id == EventRow.id,
                event_place.c.place_id.in_(_ids_in("place_ids", is_sqlite)),
            )
        )
    if by_actor:
        shared.append(
            exists().where(
                event_actor.c.event_id == EventRow.id,
                event_actor.c.actor_id.in_(_ids_in("actor_ids", is_sqlite)),
            )
        )
    return (
        select(EventRow.id, EventRow.type, EventRow.day_start, EventRow.day_end, EventRow.title)
        .where(overlap_template("dd"), EventRow.type.in_(types), EventRow.deleted.is_(False))
        .where(EventRow.user_split.is_(False), or_(*shared))
        .limit(MAX_CANDIDATES)
    )


def _candidate_digests(ctx: WriteContext, rows: list, article_id: int) -> dict[int, Digest]:  # noqa: ANN001
    """Digests of the candidates some other article reports: remembered ones from the cache,
    the rest from one UNION ALL query."""
    known: dict[int, Known] = {}
    missing = []
    for r in rows:
        hit = ctx.digests.get(r.id)
        if hit is None:
            missing.append(r)
        else:
            known[r.id] = hit
    if missing:
        for event_id, fact in _read_digests(ctx, missing).items():
            ctx.digests.put(event_id, fact)
            known[event_id] = fact
    ordered = ((r.id, known[r.id]) for r in rows)  # in the query's order: ties go to the first
    return {
        i: fact.digest for i, fact in ordered if fact.articles and fact.articles != {article_id}
    }


def _read_digests(ctx: WriteContext, rows: list) -> dict[int, Known]:  # noqa: ANN001
    ids = [r.id for r in rows]
    actors: dict[int, set[str]] = {i: set() for i in ids}
    places: dict[int, set[str]] = {i: set() for i in ids}
    # A sentence many outlets copied is scored once: the wording score is a maximum over texts.
    texts: dict[int, set[frozenset[str]]] = {i: set() for i in ids}
    articles: dict[int, set[int]] = {i: set() for i in ids}
    for event_id, kind, value, article in ctx.session.connection().execute(_facts(), {"ids": ids}):
        if kind == "a":
            actors[event_id].add(value)
        elif kind == "p":
            places[event_id].add(value)
        else:
            texts[event_id].add(tokens(value))
            articles[event_id].add(article)
    return {
        r.id: Known(
            Digest(
                type=event_type(r.type),
                day_start=r.day_start,
                day_end=r.day_end,
                actors=frozenset(actors[r.id]),
                places=frozenset(places[r.id]),
                texts=(tokens(r.title), *texts[r.id]),
            ),
            frozenset(articles[r.id]),
        )
        for r in rows
    }


@functools.cache
def _facts():  # noqa: ANN202 - a compound select
    """(event id, "a"|"p"|"s", actor name | place name | sentence, its article id) rows."""
    ids = bindparam("ids", expanding=True)
    actors = (
        select(event_actor.c.event_id, literal("a"), ActorRow.name, literal(0))
        .join(ActorRow)
        .where(event_actor.c.event_id.in_(ids))
    )
    places = (
        select(event_place.c.event_id, literal("p"), PlaceRow.name, literal(0))
        .join(PlaceRow)
        .where(event_place.c.event_id.in_(ids))
    )
    sources = (
        select(
            EventSourceRow.event_id,
            literal("s"),
            EventSourceRow.sentence,
            EventSourceRow.article_id,
        )
        .where(EventSourceRow.event_id.in_(ids))
        .distinct()
    )
    return union_all(actors, places, sources)


@functools.lru_cache(maxsize=16384)
def actors_from_json(text: str) -> tuple[Actor, ...]:
    """A source's actors; cached because a merge re-reads every source of the event."""
    return tuple(mapping.actors_from_json(text))


@functools.lru_cache(maxsize=16384)
def places_from_json(text: str) -> tuple[Place, ...]:
    return tuple(mapping.places_from_json(text))


def refresh_event(ctx: WriteContext, row: EventRow) -> None:
    """Re-derive an event from its sources; a user's edits to the event itself are kept."""
    ctx.touch(row)
    sources = list(row.sources)
    for key, value in _derived(ctx, row, sources).items():
        setattr(row, key, value)
    if not row.edited and sources:
        _set_links(ctx, row, sources)


def refresh_merged(ctx: WriteContext, row: EventRow) -> None:
    """`refresh_event` for the import's merge path: the sources are read as plain rows and the new
    values written through Core, then recorded as the row's committed state (a unit-of-work
    flush per merge costs several times more). Same values as `refresh_event`."""
    ctx.touch(row)
    ctx.session.flush()  # a no-op unless ORM changes are pending; the reads below must see them
    conn = ctx.session.connection()
    sources = list(conn.execute(_SOURCES, {"event_id": row.id}))
    values = _derived(ctx, row, sources)
    conn.execute(_UPDATE, {"row_id": row.id, **values})
    for key, value in values.items():
        set_committed_value(row, key, value)
    ctx.session.expire(row, ["sources"])
    if not row.edited and sources:
        _set_links(ctx, row, sources)


# Bound values only: the statement is compiled once per set of columns, not once per merge.
_UPDATE = update(table_of(EventRow)).where(EventRow.id == bindparam("row_id"))
_SOURCES = (
    select(EventSourceRow.__table__)
    .where(EventSourceRow.event_id == bindparam("event_id"))
    .order_by(EventSourceRow.id)
)  # the order of `EventRow.sources`


def _derived(ctx: WriteContext, row: EventRow, sources: list) -> dict[str, object]:  # noqa: ANN001
    """The event's values its sources give (only count and conflicts for an edited event)."""
    values: dict[str, object] = {"source_count": len(sources)}
    values["conflicts"] = (
        conflicts_text(sources, source_labels(ctx, sources)) if len(sources) > 1 else ""
    )
    if row.edited or not sources:
        return values
    _derive_date(values, sources)
    _derive_type_and_title(values, row.title, sources)
    values["confidence"] = min(1.0, max(s.confidence for s in sources) + 0.05 * (len(sources) - 1))
    return values


def _set_links(ctx: WriteContext, row: EventRow, sources: list) -> None:  # noqa: ANN001
    actors: dict[str, Actor] = {}
    places: dict[tuple[str, str], Place] = {}
    for source in sources:
        actors.update({a.name: a for a in actors_from_json(source.actors_json)})
        places.update({(p.name, p.country): p for p in places_from_json(source.places_json)})
    ctx.set_entity_links(
        row,
        {ctx.actor_id(a) for a in actors.values()},
        {ctx.place_id(p) for p in places.values()},
    )


def source_labels(ctx: WriteContext, sources: list[EventSourceRow]) -> dict[int, str]:
    """How each source's article is named in a disagreement: its site, else a short title."""
    labels: dict[int, str] = {}
    missing = set()
    for article_id in {s.article_id for s in sources}:
        known = ctx.digests.label(article_id)
        if known is None:
            missing.add(article_id)
        else:
            labels[article_id] = known
    if missing:
        rows = ctx.session.execute(
            select(ArticleRow.id, ArticleRow.site, ArticleRow.title).where(
                ArticleRow.id.in_(missing)
            )
        )
        for i, site, title in rows:
            labels[i] = site or _short(title) or f"article {i}"
            ctx.digests.put_label(i, labels[i])
    return labels


def _short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _days(source: EventSourceRow) -> tuple[int, int] | None:
    if source.day_start is None or source.day_end is None:
        return None
    return source.day_start, source.day_end


def _derive_date(values: dict[str, object], sources: list) -> None:  # noqa: ANN001
    dated = [(days, s) for s in sources if (days := _days(s)) is not None]
    if not dated:
        values.update(day_start=None, day_end=None, span_bucket=None, precision=None)
        return
    if _all_overlap([days for days, _s in dated]):
        # The most precise report wins where all reports agree: the text supports it.
        (start, end), best = min(dated, key=lambda d: (d[0][1] - d[0][0], d[1].id or 0))
        values.update(day_start=start, day_end=end, precision=best.precision, basis=best.basis)
    else:
        # Reports disagree: claim no more than the hull of what they say, at the coarsest unit.
        start = min(days[0] for days, _s in dated)
        end = max(days[1] for days, _s in dated)
        precision = max((s.precision or "day" for _d, s in dated), key=_precision_rank)
        values.update(day_start=start, day_end=end, precision=precision)
    values["span_bucket"] = bucket_of(start, end)


def _precision_rank(value: str) -> int:
    try:
        return _PRECISION_ORDER.index(Precision(value))
    except ValueError:
        return 0


def _all_overlap(spans: list[tuple[int, int]]) -> bool:
    return all(a[0] <= b[1] and b[0] <= a[1] for i, a in enumerate(spans) for b in spans[i + 1 :])


def _derive_type_and_title(values: dict[str, object], title: str, sources: list) -> None:  # noqa: ANN001
    """The most reported specific type ("missile_strike" beats a bare "attack")."""
    counts = Counter(event_type(s.type) for s in sources)
    specific = [t for t in counts if t not in GENERIC_TYPES] or list(counts)
    chosen = max(specific, key=lambda t: (counts[t], -_first_index(sources, t)))
    lead = next(s for s in sources if event_type(s.type) == chosen)
    values.update(
        type=str(chosen),
        title=lead.title or title,
        status=lead.status,
        explanation=lead.explanation,
    )


def _first_index(sources: list[EventSourceRow], t: EventType) -> int:
    return next(i for i, s in enumerate(sources) if event_type(s.type) == t)


def conflicts_text(sources: list[EventSourceRow], labels: dict[int, str]) -> str:
    """'sources disagree on date: 18 Nov (A) vs 17 Nov (B)'; '' when they agree."""
    parts = []
    dated = [s for s in sources if _days(s) is not None]
    if len(dated) > 1 and not _all_overlap([d for s in dated if (d := _days(s))]):
        shown = _distinct((_span_label(s), labels.get(s.article_id, "")) for s in dated)
        parts.append("sources disagree on date: " + " vs ".join(_said(v, w) for v, w in shown))
    placed = [s for s in sources if places_from_json(s.places_json)]
    if len(placed) > 1 and _places_disagree(placed):
        shown = _distinct(
            (
                ", ".join(p.name for p in places_from_json(s.places_json)),
                labels.get(s.article_id, ""),
            )
            for s in placed
        )
        parts.append("sources disagree on place: " + " vs ".join(_said(v, w) for v, w in shown))
    return "; ".join(parts)


def _places_disagree(sources: list[EventSourceRow]) -> bool:
    sets = [
        name_tokens(frozenset(p.name for p in places_from_json(s.places_json))) for s in sources
    ]
    return any(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1 :])


def _distinct(pairs) -> list[tuple[str, str]]:  # noqa: ANN001
    """One entry per value, naming every source that said it."""
    grouped: dict[str, list[str]] = {}
    for value, who in pairs:
        names = grouped.setdefault(value, [])
        if who and who not in names:
            names.append(who)
    return [(value, ", ".join(names)) for value, names in grouped.items()]


def _said(value: str, who: str) -> str:
    return f"{value} ({who})" if who else value


def _span_label(source: EventSourceRow) -> str:
    span = span_of(source.day_start, source.day_end, source.precision)
    assert span is not None
    if span.precision is Precision.DAY and span.start == span.end:
        return f"{span.start.day} {span.start:%b}"
    if span.precision is Precision.MONTH:
        return f"{span.start:%b %Y}"
    if span.precision is Precision.YEAR:
        return f"{span.start:%Y}"
    return f"{span.start.day} {span.start:%b}–{span.end.day} {span.end:%b}"
