"""One event per happening: find the stored event a new report belongs to, and keep an event's
own values (date, type, title, actors, places, disagreements) in step with its sources (the
values themselves: `derive.py`).

Candidates are the events of a date window that share a name with the report, from the
candidate index (`candidates.py`, no query per report); the decision is the pure score in
`domain/similarity.py`. Events a user split are never candidates; undated events never merge.
The import works on plain rows (`plain.py`) through the sqlite3 connection; the edits' merge and
split refresh ORM rows (`refresh_event`). Both derive an event's values the same way.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterable, Iterator

from timeline_app.domain.model import TYPE_FAMILY, ExtractedEvent
from timeline_app.domain.similarity import DAY_GAP_TOLERANCE, Digest, best_match, tokens
from timeline_app.store.derive import Summary
from timeline_app.store.digests import Known
from timeline_app.store.mapping import event_type
from timeline_app.store.orm import EventRow
from timeline_app.store.plain import SOURCE_COLUMNS, EventState, SourceRow
from timeline_app.store.writing import WriteContext

# (event id, "a"|"p"|"s", actor name | place name | sentence, its article id) rows.
_FACTS = (
    "SELECT l.event_id, 'a', a.name, 0 FROM event_actor l JOIN actor a ON a.id = l.actor_id "
    "WHERE l.event_id IN (SELECT value FROM json_each(?1)) UNION ALL "
    "SELECT l.event_id, 'p', p.name, 0 FROM event_place l JOIN place p ON p.id = l.place_id "
    "WHERE l.event_id IN (SELECT value FROM json_each(?1)) UNION ALL "
    "SELECT DISTINCT event_id, 's', sentence, article_id FROM event_source "
    "WHERE event_id IN (SELECT value FROM json_each(?1))"
)
# In id order: the order of `EventRow.sources`.
_SOURCES = f"SELECT {SOURCE_COLUMNS} FROM event_source WHERE event_id = ? ORDER BY id"
_LABELS = "SELECT id, site, title FROM article WHERE id IN (SELECT value FROM json_each(?))"


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


def find_match(ctx: WriteContext, ev: ExtractedEvent, article_id: int) -> EventState | None:
    """The stored event (reported by another article) this report describes, if any.

    The candidates are the live events of the same type family in the date window that share a
    name word of a place or an actor with the report (`happening_score` is 0 for any other), so
    the work per report stays flat however many events a day holds; the candidate index keeps
    them in memory. The import inserts its new events after matching them all, so none of them
    is a candidate.
    """
    digest = digest_of_extracted(ev)
    if digest is None:
        return None
    place_ids = ctx.entity_ids("p", digest.place_words) if digest.places else set()
    actor_ids = ctx.entity_ids("a", digest.actor_words) if digest.actors else set()
    if not place_ids and not actor_ids:
        return None
    window = (digest.day_start - DAY_GAP_TOLERANCE, digest.day_end + DAY_GAP_TOLERANCE)
    states = ctx.candidates(TYPE_FAMILY[ev.type], window, (place_ids, actor_ids))
    if not states:
        return None
    others = _reported_elsewhere(ctx, states, frozenset((article_id,)))
    return best_match(digest, others)  # the transaction changes it in place (see CandidateIndex)


def _reported_elsewhere(
    ctx: WriteContext, states: list[EventState], only_this: frozenset[int]
) -> Iterator[tuple[EventState, Digest]]:
    """Each candidate that some other article than `only_this` reports, with its digest, in the
    candidates' order (ties go to the first), as far as the caller reads: remembered ones from
    the cache; at the first one that is not, every later one that is not either, from one
    query."""
    get = ctx.digests.get
    read: dict[int, Known] = {}
    for at, state in enumerate(states):
        fact = get(state.id) or read.get(state.id)
        if fact is None:
            read = _read_digests(ctx.db, [s for s in states[at:] if get(s.id) is None])
            for event_id, known in read.items():
                ctx.digests.put(event_id, known)
            fact = read[state.id]
        if fact.articles and fact.articles != only_this:
            yield state, fact.digest


def remember_new(ctx: WriteContext, state: EventState, sentence: str, article_id: int) -> None:
    """What `_read_digests` would read of an event the import just inserted (its one report
    `sentence`, in `article_id`), so the next articles need not read it back."""
    if state.day_start is None or state.day_end is None or not (state.actors or state.places):
        return  # never a candidate: undated, or no name to share with a report
    ctx.sync()  # the names of its actors and places are in the name index
    known = _known(
        state,
        {ctx.entity_name("a", i) for i in state.actors},
        {ctx.entity_name("p", i) for i in state.places},
        {tokens(sentence)},
        {article_id},
    )
    ctx.digests.put(state.id, known)


def _read_digests(db: sqlite3.Connection, states: list[EventState]) -> dict[int, Known]:
    ids = [s.id for s in states]
    actors: dict[int, set[str]] = {i: set() for i in ids}
    places: dict[int, set[str]] = {i: set() for i in ids}
    # A sentence many outlets copied is scored once: the wording score is a maximum over texts.
    texts: dict[int, set[frozenset[str]]] = {i: set() for i in ids}
    articles: dict[int, set[int]] = {i: set() for i in ids}
    for event_id, kind, value, article in db.execute(_FACTS, (json.dumps(ids),)):
        if kind == "a":
            actors[event_id].add(value)
        elif kind == "p":
            places[event_id].add(value)
        else:
            texts[event_id].add(tokens(value))
            articles[event_id].add(article)
    return {
        s.id: _known(s, actors[s.id], places[s.id], texts[s.id], articles[s.id]) for s in states
    }


def _known(
    state: EventState,
    actors: set[str],
    places: set[str],
    texts: set[frozenset[str]],
    articles: set[int],
) -> Known:
    assert state.day_start is not None and state.day_end is not None
    digest = Digest(
        type=event_type(state.type),
        day_start=state.day_start,
        day_end=state.day_end,
        actors=frozenset(actors),
        places=frozenset(places),
        texts=(tokens(state.title), *texts),
    )
    return Known(digest, frozenset(articles))


def refresh_event(ctx: WriteContext, row: EventRow) -> None:
    """Re-derive an event from its sources; a user's edits to the event itself are kept."""
    ctx.touch(row)
    sources = list(row.sources)
    summary = Summary.of(sources)
    for key, value in _derived(ctx, row.edited, row.title, summary).items():
        setattr(row, key, value)
    if not row.edited and sources:
        ctx.set_entity_links(row, *summary.link_ids(ctx.actor_id, ctx.place_id))


def read_sources(db: sqlite3.Connection, event_id: int) -> list[SourceRow]:
    return [SourceRow._make(r) for r in db.execute(_SOURCES, (event_id,))]


def refresh_merged(ctx: WriteContext, state: EventState, added: SourceRow) -> None:
    """`refresh_event` for the import, after it stored the source `added` of a touched event:
    the fold of its sources is the one held plus that source (else read), the new values are
    written with one UPDATE, and the event's matching digest is renewed from them (so the next
    report on a busy event reads nothing)."""
    if state.summary is None:
        state.summary = Summary.of(read_sources(ctx.db, state.id))  # `added` included
    else:
        state.summary.add(added)
    _store(ctx, state, state.summary)
    if state.day_start is not None and state.day_end is not None:
        known = _known(
            state,
            {ctx.entity_name("a", i) for i in state.actors},
            {ctx.entity_name("p", i) for i in state.places},
            state.summary.texts,
            set(state.summary.articles),
        )
        ctx.digests.renew(state.id, known)


def refresh_state(ctx: WriteContext, state: EventState, sources: list[SourceRow]) -> None:
    """Re-derive a touched event from all its `sources` (plain rows, in id order) and store it;
    `state` follows (the fold of the sources included)."""
    state.summary = Summary.of(sources)
    _store(ctx, state, state.summary)


def _store(ctx: WriteContext, state: EventState, summary: Summary) -> None:
    values = _derived(ctx, state.edited, state.title, summary)
    written = values
    if (
        values.get("day_start", state.day_start) == state.day_start
        and values.get("day_end", state.day_end) == state.day_end
        and values.get("span_bucket", state.span_bucket) == state.span_bucket
    ):
        # The indexed columns keep their values: leave them out, so their three indexes are
        # not rewritten (SQLite rewrites an index whenever a column of it is SET).
        written = {k: v for k, v in values.items() if k not in _DATE_COLUMNS}
    ctx.db.execute(_update_sql(tuple(written)), (*written.values(), state.id))
    state.type = str(values.get("type", state.type))
    state.title = str(values.get("title", state.title))
    if "day_start" in values:
        state.day_start, state.day_end = values["day_start"], values["day_end"]  # type: ignore[assignment]
        state.span_bucket = values["span_bucket"]  # type: ignore[assignment]
    if not state.edited and summary.count:
        ctx.relink(state, *summary.link_ids(ctx.actor_id, ctx.place_id))


_DATE_COLUMNS = frozenset(("day_start", "day_end", "span_bucket"))


@functools.cache
def _update_sql(columns: tuple[str, ...]) -> str:
    """UPDATE of these event columns (names from `_derived`, never from data), by id."""
    return f"UPDATE event SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"


def _derived(ctx: WriteContext, edited: bool, title: str, summary: Summary) -> dict[str, object]:
    """The event's values its sources give (only count and conflicts for an edited event)."""
    return summary.values(edited, title, lambda articles: source_labels(ctx, articles))


def source_labels(ctx: WriteContext, articles: Iterable[int]) -> dict[int, str]:
    """How each article is named in a disagreement: its site, else a short title."""
    labels, missing = ctx.digests.labels(articles)
    if missing:
        for i, site, title in ctx.db.execute(_LABELS, (json.dumps(missing),)):
            labels[i] = article_label(i, site, title)
            ctx.digests.put_label(i, labels[i])
    return labels


def article_label(article_id: int, site: str, title: str) -> str:
    return site or _short(title) or f"article {article_id}"


def _short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
