"""One write transaction's bookkeeping: which events it touched (for the day summary and the
search index) and get-or-create of actors, places and tags.

Two kinds of writer share it. The edits work on ORM rows: they call `touch(row)` before changing
an event and `created(row)` / `removed(row)` for new and deleted ones. The import works on plain
rows through the sqlite3 connection (`db`): `touch_state(state)` / `remove_state(state)` for stored
events and `inserted(...)` for new ones. Then `finish()` runs once; that keeps `day_summary` and
`event_fts` exact.

An import transaction may hold several articles (`Store.save_articles`): `next_article()` between
them. Each event is then summarised and re-indexed once, however many of the articles report it;
the events one article inserted are candidates of the next ones, as across transactions.

Statements on `db` run inside the transaction (BEGIN IMMEDIATE, issued by SQLAlchemy for a
Session or by `Store._importing`), so they commit or roll back with it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from timeline_app.domain.model import Actor, Place, TypeFamily
from timeline_app.store import search, summary
from timeline_app.store.candidates import CandidateIndex
from timeline_app.store.digests import DigestCache
from timeline_app.store.names import NameIndex
from timeline_app.store.orm import ActorRow, EventRow, PlaceRow, TagRow, event_actor, event_place
from timeline_app.store.plain import EventState, Key

_GENERATION = "SELECT value FROM meta WHERE key = 'generation'"
_BUMP = (
    "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS VARCHAR(32)) "
    "WHERE key = 'generation'"
)
_FIRST_GENERATION = "INSERT INTO meta (key, value) VALUES ('generation', '1')"
_CURRENT_LINKS = text(
    "SELECT 'actors', actor_id FROM event_actor WHERE event_id = :event_id UNION ALL "
    "SELECT 'places', place_id FROM event_place WHERE event_id = :event_id"
)
_LINKS = {
    "actors": (event_actor, event_actor.c.actor_id),
    "places": (event_place, event_place.c.place_id),
}
# The import's link changes: (insert, delete) per kind, executemany over (event id, entity id).
_ACTOR_LINK = (
    "INSERT INTO event_actor (event_id, actor_id) VALUES (?, ?)",
    "DELETE FROM event_actor WHERE event_id = ? AND actor_id = ?",
)
_PLACE_LINK = (
    "INSERT INTO event_place (event_id, place_id) VALUES (?, ?)",
    "DELETE FROM event_place WHERE event_id = ? AND place_id = ?",
)
_ACTOR_ID = "SELECT id FROM actor WHERE name = ?"
_NEW_ACTOR = "INSERT INTO actor (name, kind, title) VALUES (?, ?, ?)"
_PLACE_ID = "SELECT id FROM place WHERE name = ? AND country = ?"
_NEW_PLACE = "INSERT INTO place (name, country, kind, latitude, longitude) VALUES (?, ?, ?, ?, ?)"
_TAG_ID = "SELECT id FROM tag WHERE name = ?"
_NEW_TAG = "INSERT INTO tag (name) VALUES (?)"


def driver_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under the session's (begun) transaction."""
    return session.connection().connection.driver_connection  # type: ignore[return-value]


@dataclass
class EntityCache:
    """Committed actor / place / tag ids by name, shared by a Store's write transactions."""

    actors: dict[str, int] = field(default_factory=dict)
    places: dict[tuple[str, str], int] = field(default_factory=dict)
    tags: dict[str, int] = field(default_factory=dict)
    # Actor and place ids by name word, for dedup's candidate query (see store/names.py).
    names: NameIndex = field(default_factory=NameIndex)
    digests: DigestCache = field(default_factory=DigestCache)
    index: CandidateIndex = field(default_factory=CandidateIndex)

    def absorb(self, other: EntityCache) -> None:
        self.actors.update(other.actors)
        self.places.update(other.places)
        self.tags.update(other.tags)
        # Called after a commit: what this transaction read and named is now shared.
        self.names.commit()
        self.digests.commit()
        self.index.commit()

    def clear(self) -> None:
        self.actors.clear()
        self.places.clear()
        self.tags.clear()
        self.names.clear()
        self.digests.clear()
        self.index.clear()


class WriteContext:
    def __init__(
        self,
        session: Session | None,
        cache: EntityCache | None = None,
        *,
        plain: bool = False,
        db: sqlite3.Connection | None = None,
    ) -> None:
        """A transaction through a Session (the edits), or straight on the sqlite3 connection
        `db` with no Session (an import). `plain`: the transaction changes events only through
        the plain-row calls, so the candidate index can follow it; any other write clears it."""
        self._session = session
        self.plain = plain
        self._db = db
        # ORM rows (the edits)
        self._before: dict[EventRow, Key | None] = {}
        self._removed: dict[EventRow, int] = {}
        # plain rows (the import). An id names one event at a time, but not for the whole
        # transaction: a deleted event's id is the next new event's (see `ingest.insert_events`).
        # Stored events touched: their summary key before, and their state (kept to the end).
        self._plain_before: dict[int, tuple[Key | None, EventState]] = {}
        # The newest event of each id touched or inserted (what `state` finds).
        self._states: dict[int, EventState] = {}
        # New events with the body of their search document as inserted (an id's latest).
        self._inserted: dict[int, tuple[EventState, str]] = {}
        self._new_changed: set[int] = set()  # new events changed since: documents made again
        self._reindex: set[int] = set()  # events whose search documents are made again
        # What the candidate index does not hold yet: the events touched, inserted or deleted
        # since the last `next_article` (it files them then, or when the transaction commits).
        self._overlay: dict[int, EventState] = {}
        self._removed_since: list[int] = []
        self._committed = cache or EntityCache()
        self.fresh = EntityCache()  # ids made in this transaction: shared only after commit
        self._synced = False
        self._committed.names.begin()
        self.digests = self._committed.digests
        self.digests.begin()
        self.index = self._committed.index
        self.index.begin()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = driver_connection(self.session)
        return self._db

    @property
    def session(self) -> Session:
        """The ORM session (the edits' transactions have one)."""
        assert self._session is not None, "an import transaction has no ORM session"
        return self._session

    def flush(self) -> None:
        """Write pending ORM changes, so statements on `db` see them."""
        if self._session is not None:
            self._session.flush()

    # --- event bookkeeping: ORM rows ------------------------------------------------------
    def touch(self, row: EventRow) -> None:
        if row not in self._before:
            self._before[row] = summary.key_of(row)
            self.digests.drop(row.id)

    def created(self, row: EventRow) -> None:
        self._before[row] = None
        self.session.add(row)

    def removed(self, row: EventRow) -> None:
        self.touch(row)
        self._removed[row] = row.id
        self.session.delete(row)

    # --- event bookkeeping: plain rows ----------------------------------------------------
    def state(self, event_id: int) -> EventState | None:
        """The state of an event this transaction already touched (one object per event)."""
        return self._states.get(event_id)

    def touch_state(self, state: EventState) -> None:
        """Call before changing the event's row; `state` is then kept equal to the row.

        The digest dedup remembered of the event is dropped at every touch, not only the first:
        its writer renews it after a merge, but a later article of the same transaction may drop
        one of its sources (a re-import), which leaves the renewed digest stale."""
        new = self._inserted.get(state.id)
        if new is not None:  # the id's event is one this transaction inserted
            assert new[0] is state, "one state per event"
            self._new_changed.add(state.id)
        elif state.id not in self._plain_before:
            self._plain_before[state.id] = (state.key(), state)
            self._states[state.id] = state
        self._overlay[state.id] = state
        self.digests.drop(state.id)

    def remove_state(self, state: EventState) -> None:
        self.touch_state(state)
        self._removed_since.append(state.id)
        state.deleted = True  # gone: it counts nowhere and matches nothing
        self.db.execute("DELETE FROM event WHERE id = ?", (state.id,))  # cascades to its rows

    def inserted(self, state: EventState, body: str) -> None:
        """A new event written by the import, with its search document's body. The next
        articles of the transaction may report it too (it is a candidate from now on)."""
        self._inserted[state.id] = (state, body)
        self._new_changed.discard(state.id)  # an earlier event of that id is gone
        self._states[state.id] = state
        self._overlay[state.id] = state

    def next_article(self) -> None:
        """Between two articles of one import transaction: the candidate index files the events
        the last one changed (as a commit would), so that later articles find them there and
        not in an overlay that would grow with every article."""
        if self.plain and self._overlay:
            self.index.refile(self._overlay.values(), self._removed_since)
            self._overlay = {}
            self._removed_since = []

    def candidates(
        self, family: TypeFamily, window: tuple[int, int], names: tuple[set[int], set[int]]
    ) -> list[EventState]:
        """Dedup's candidates (see `CandidateIndex.candidates`), as this transaction sees them."""
        return self.index.candidates(self.db, family, window, names, self._overlay)

    def reported(self, event_id: int) -> None:
        """What one of the event's sources says changed, though the event's row did not (an
        edited event's sentence found again, reworded): its search document is made again and
        what dedup remembered of it is dropped."""
        self._reindex.add(event_id)
        self.digests.drop(event_id)

    def sources_changed(self, event_id: int) -> None:
        """A source row of the event changed (not through a refresh): the fold of its sources
        held, and the digest dedup renewed from it, are read again when needed."""
        for state in (self._states.get(event_id), self.index.held(event_id)):
            if state is not None:
                state.summary = None
        self.digests.discard_renewed(event_id)

    def relink(self, state: EventState, actors: set[int], places: set[int]) -> None:
        """Make the event's actors and places exactly these ids (`state` holds the current)."""
        for (add, remove), linked, ids in (
            (_ACTOR_LINK, state.actors, actors),
            (_PLACE_LINK, state.places, places),
        ):
            now = set(linked)
            if ids - now:
                self.db.executemany(add, [(state.id, i) for i in ids - now])
            if now - ids:
                self.db.executemany(remove, [(state.id, i) for i in now - ids])
        state.actors, state.places = tuple(sorted(actors)), tuple(sorted(places))

    # --- the end of the transaction -------------------------------------------------------
    def finish(self) -> None:
        self.flush()
        self.sync()  # a transaction that matched nothing still notices another writer
        counts: Counter[Key] = Counter()
        for row, before in self._before.items():
            _count(counts, before, None if row in self._removed else summary.key_of(row))
        for before, state in self._plain_before.values():
            _count(counts, before, state.key())
        for state, _body in self._inserted.values():
            _count(counts, None, state.key())
        summary.apply(self.db, counts)
        self._index_documents()
        generation = self._bump_generation()
        self.digests.finished(generation)
        if self.plain:
            self.index.finished(self._overlay.values(), self._removed_since, generation)

    def _index_documents(self) -> None:
        """Search documents: dropped for every stored event touched, then made again for the
        live ones (from what the import holds where it can, else read back) and the new ones."""
        touched = {r.id: r in self._removed for r in self._before}
        touched |= {i: state.deleted for i, (_key, state) in self._plain_before.items()}
        touched |= {i: False for i in self._reindex if i not in touched}
        docs: list[tuple[int, str, str]] = []
        remake: list[tuple[int, EventState | None]] = []
        for event_id, (state, body) in self._inserted.items():
            if state.deleted:
                continue
            if event_id in self._new_changed or event_id in self._reindex:
                remake.append((event_id, state))
            else:
                docs.append((event_id, state.title, body))
        for event_id, gone in touched.items():
            if not gone and event_id not in self._inserted:
                remake.append((event_id, self._states.get(event_id)))
        read_back = []
        for event_id, held in remake:
            made = self._body(held) if held is not None else None
            if held is not None and made is not None:
                docs.append((event_id, held.title, made))
            else:
                read_back.append(event_id)
        docs += search.documents(self.db, read_back)
        search.replace_documents(self.db, list(touched), docs)

    def _body(self, state: EventState) -> str | None:
        """The search document's body of a touched event from what the import holds of it
        (as `search.documents` reads it); None when that is not enough."""
        if state.summary is None or state.extras:
            return None
        return "\n".join(
            [
                *state.summary.sentences,
                *(self.entity_name("a", i) for i in state.actors),
                *(self.entity_name("p", i) for i in state.places),
            ]
        )

    def _bump_generation(self) -> str | None:
        """Tell every reader (other threads and processes too) that cached reads are stale."""
        if self.db.execute(_BUMP).rowcount == 0:
            self.db.execute(_FIRST_GENERATION)
        return self._generation()

    def _generation(self) -> str | None:
        row = self.db.execute(_GENERATION).fetchone()
        return row[0] if row else None

    # --- links of ORM rows (the edits) ----------------------------------------------------
    def set_entity_links(self, row: EventRow, actors: set[int], places: set[int]) -> None:
        """Make the event's actors and places exactly these ids, through Core (no collection
        loads)."""
        self.session.flush()
        conn = self.session.connection()
        current: dict[str, set[int]] = {"actors": set(), "places": set()}
        for kind, entity_id in conn.execute(_CURRENT_LINKS, {"event_id": row.id}):
            current[kind].add(entity_id)
        for attribute, ids in (("actors", actors), ("places", places)):
            link, column = _LINKS[attribute]
            now = current[attribute]
            if ids - now:
                conn.execute(insert(link), [{"event_id": row.id, column.key: i} for i in ids - now])
            if now - ids:
                conn.execute(delete(link).where(link.c.event_id == row.id, column.in_(now - ids)))
        self.session.expire(row, ["actors", "places"])

    # --- entities (get-or-create through the driver, so the ORM and the import never collide)
    def entity_ids(self, kind: str, words: frozenset[str]) -> set[int]:
        """Ids of the actors ("a") or places ("p") whose names share a word with `words`."""
        names = self._committed.names
        if not self._synced:
            self.sync()
        return names.ids(kind, words)

    def entity_name(self, kind: str, entity_id: int) -> str:
        """The name of an actor ("a") or place ("p") the name index holds (after `sync`)."""
        return self._committed.names.name(kind, entity_id)

    def sync(self) -> None:
        """Once per transaction, before dedup reads: catch up with other processes' writes."""
        if not self._synced:
            self._committed.names.sync(self.db)
            generation = self._generation()
            self.digests.check(generation)
            self.index.check(generation)
            self._synced = True

    def actor_id(self, actor: Actor) -> int:
        name = actor.name.strip()
        found = self._committed.actors.get(name) or self.fresh.actors.get(name)
        if found is None:
            found = self._get_or_insert(
                _ACTOR_ID, (name,), _NEW_ACTOR, (name, actor.kind, actor.title)
            )
            self.fresh.actors[name] = found
            self._committed.names.added("a", found, name)
        return found

    def place_id(self, place: Place) -> int:
        key = (place.name.strip(), place.country)
        found = self._committed.places.get(key) or self.fresh.places.get(key)
        if found is None:
            values = (*key, place.kind, place.latitude, place.longitude)
            found = self._get_or_insert(_PLACE_ID, key, _NEW_PLACE, values)
            self.fresh.places[key] = found
            self._committed.names.added("p", found, key[0])
        return found

    def tag_id(self, name: str) -> int:
        name = name.strip()
        found = self._committed.tags.get(name) or self.fresh.tags.get(name)
        if found is None:
            found = self._get_or_insert(_TAG_ID, (name,), _NEW_TAG, (name,))
            self.fresh.tags[name] = found
        return found

    def _get_or_insert(self, query: str, key: tuple, insert_sql: str, values: tuple) -> int:
        found = self.db.execute(query, key).fetchone()
        if found is not None:
            return int(found[0])
        new_id = self.db.execute(insert_sql, values).lastrowid
        assert new_id is not None
        return new_id

    def actor(self, actor: Actor) -> ActorRow:
        return self.session.get_one(ActorRow, self.actor_id(actor))

    def place(self, place: Place) -> PlaceRow:
        return self.session.get_one(PlaceRow, self.place_id(place))

    def tag(self, name: str) -> TagRow:
        return self.session.get_one(TagRow, self.tag_id(name))

    def place_named(self, name: str) -> PlaceRow:
        """A place the analyst typed: the known one of that name, else a new one without coordinates."""
        known = self.session.scalars(
            select(PlaceRow).where(PlaceRow.name == name.strip()).order_by(PlaceRow.id)
        ).first()
        return known if known is not None else self.place(Place(name.strip(), kind="other"))


def _count(counts: Counter[Key], before: Key | None, after: Key | None) -> None:
    if before != after:
        if before is not None:
            counts[before] -= 1
        if after is not None:
            counts[after] += 1
