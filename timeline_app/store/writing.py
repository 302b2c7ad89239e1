"""One write transaction's bookkeeping: which events it touched (for the day summary and the
search index) and get-or-create of actors, places and tags.

Every write calls `touch(row)` before changing an event, `created(row)` / `removed(row)` for new
and deleted ones (or `inserted(...)` for events written through Core), then `finish()` once;
that keeps `day_summary` and `event_fts` exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Insert, delete, insert, select, text
from sqlalchemy.orm import Session

from timeline_app.domain.model import Actor, Place
from timeline_app.store import search, summary
from timeline_app.store.digests import DigestCache
from timeline_app.store.names import NameIndex
from timeline_app.store.orm import (
    ActorRow,
    EventRow,
    Meta,
    PlaceRow,
    TagRow,
    event_actor,
    event_place,
    table_of,
)

_GENERATION = text("SELECT value FROM meta WHERE key = 'generation'")
_CURRENT_LINKS = text(
    "SELECT 'actors', actor_id FROM event_actor WHERE event_id = :event_id UNION ALL "
    "SELECT 'places', place_id FROM event_place WHERE event_id = :event_id"
)
_BUMP = text(
    "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS VARCHAR(32)) "
    "WHERE key = 'generation'"
)


def inserted_id(conn: Connection, statement: Insert) -> int:
    """Run a one-row INSERT and return the new primary key."""
    key = conn.execute(statement).inserted_primary_key
    assert key is not None
    return int(key[0])


def bump_generation(session: Session) -> None:
    """Tell every reader (other threads and processes too) that cached reads are stale."""
    if session.execute(_BUMP).rowcount == 0:  # type: ignore[attr-defined]
        session.execute(insert(Meta).values(key="generation", value="1"))


_LINKS = {
    "actors": (event_actor, event_actor.c.actor_id),
    "places": (event_place, event_place.c.place_id),
}


@dataclass
class EntityCache:
    """Committed actor / place / tag ids by name, shared by a Store's write transactions."""

    actors: dict[str, int] = field(default_factory=dict)
    places: dict[tuple[str, str], int] = field(default_factory=dict)
    tags: dict[str, int] = field(default_factory=dict)
    # Actor and place ids by name word, for dedup's candidate query (see store/names.py).
    names: NameIndex = field(default_factory=NameIndex)
    digests: DigestCache = field(default_factory=DigestCache)

    def absorb(self, other: EntityCache) -> None:
        self.actors.update(other.actors)
        self.places.update(other.places)
        self.tags.update(other.tags)
        # Called after a commit: what this transaction read and named is now shared.
        self.names.commit()
        self.digests.commit()

    def clear(self) -> None:
        self.actors.clear()
        self.places.clear()
        self.tags.clear()
        self.names.clear()
        self.digests.clear()


class WriteContext:
    def __init__(self, session: Session, is_sqlite: bool, cache: EntityCache | None = None) -> None:
        self.session = session
        self.is_sqlite = is_sqlite
        self._before: dict[EventRow, summary.Key | None] = {}
        self._removed: dict[EventRow, int] = {}
        self._inserted: list[tuple[int, summary.Key | None, str, str]] = []
        self.new_rows: set[EventRow] = set()
        self.new_ids: set[int] = set()
        self._committed = cache or EntityCache()
        self.fresh = EntityCache()  # ids made in this transaction: shared only after commit
        self._synced = False
        self._committed.names.begin()
        self.digests = self._committed.digests
        self.digests.begin()

    # --- event bookkeeping --------------------------------------------------------------
    def touch(self, row: EventRow) -> None:
        if row not in self._before:
            self._before[row] = summary.key_of(row)
            self.digests.drop(row.id)

    def created(self, row: EventRow) -> None:
        self._before[row] = None
        self.new_rows.add(row)
        self.session.add(row)

    def inserted(self, event_id: int, key: summary.Key | None, title: str, body: str) -> None:
        """An event written through Core (the import fast path)."""
        self.new_ids.add(event_id)
        self._inserted.append((event_id, key, title, body))

    def removed(self, row: EventRow) -> None:
        self.touch(row)
        self._removed[row] = row.id
        self.session.delete(row)

    def finish(self) -> None:
        self.session.flush()
        delta = summary.SummaryDelta()
        for row, before in self._before.items():
            after = None if row in self._removed else summary.key_of(row)
            if before != after:
                if before is not None:
                    delta.counts[before] -= 1
                if after is not None:
                    delta.counts[after] += 1
        for _id, key, _title, _body in self._inserted:
            if key is not None:
                delta.counts[key] += 1
        delta.apply(self.session)
        search.drop_events(self.session, list(self._removed.values()), self.is_sqlite)
        live = [r.id for r in self._before if r not in self._removed]
        search.reindex_events(self.session, live, self.is_sqlite)
        search.index_new_events(
            self.session, [(i, t, b) for i, _k, t, b in self._inserted], self.is_sqlite
        )
        self._before.clear()
        self._removed.clear()
        self._inserted.clear()
        bump_generation(self.session)
        self.digests.finished(self.session.execute(_GENERATION).scalar())

    def set_links(self, row: EventRow, attribute: str, ids: set[int]) -> None:
        """Make the event's actors or places exactly `ids`, through Core (no collection loads)."""
        link, column = _LINKS[attribute]
        self.session.flush()
        conn = self.session.connection()
        current = set(conn.execute(select(column).where(link.c.event_id == row.id)).scalars())
        if ids - current:
            conn.execute(insert(link), [{"event_id": row.id, column.key: i} for i in ids - current])
        if current - ids:
            conn.execute(delete(link).where(link.c.event_id == row.id, column.in_(current - ids)))
        self.session.expire(row, [attribute])

    def set_entity_links(self, row: EventRow, actors: set[int], places: set[int]) -> None:
        """`set_links` for actors and places at once: one flush and one read (a merge's path)."""
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

    # --- entities (Core get-or-create, so the ORM and the fast path never collide) --------
    def entity_ids(self, kind: str, words: frozenset[str]) -> set[int]:
        """Ids of the actors ("a") or places ("p") whose names share a word with `words`."""
        names = self._committed.names
        if not self._synced:
            self.sync()
        return names.ids(kind, words)

    def sync(self) -> None:
        """Once per transaction, before dedup reads: catch up with other processes' writes."""
        if not self._synced:
            conn = self.session.connection()
            self._committed.names.sync(conn)
            self.digests.check(conn.execute(_GENERATION).scalar())
            self._synced = True

    def actor_id(self, actor: Actor) -> int:
        name = actor.name.strip()
        found = self._committed.actors.get(name) or self.fresh.actors.get(name)
        if found is None:
            found = self._get_or_insert(
                select(ActorRow.id).where(ActorRow.name == name),
                {"name": name, "kind": actor.kind, "title": actor.title},
                ActorRow,
            )
            self.fresh.actors[name] = found
            self._committed.names.added("a", found, name)
        return found

    def place_id(self, place: Place) -> int:
        key = (place.name.strip(), place.country)
        found = self._committed.places.get(key) or self.fresh.places.get(key)
        if found is None:
            found = self._get_or_insert(
                select(PlaceRow.id).where(PlaceRow.name == key[0], PlaceRow.country == key[1]),
                {
                    "name": key[0],
                    "country": key[1],
                    "kind": place.kind,
                    "latitude": place.latitude,
                    "longitude": place.longitude,
                },
                PlaceRow,
            )
            self.fresh.places[key] = found
            self._committed.names.added("p", found, key[0])
        return found

    def tag_id(self, name: str) -> int:
        name = name.strip()
        found = self._committed.tags.get(name) or self.fresh.tags.get(name)
        if found is None:
            found = self._get_or_insert(
                select(TagRow.id).where(TagRow.name == name), {"name": name}, TagRow
            )
            self.fresh.tags[name] = found
        return found

    def _get_or_insert(self, query, values: dict, entity) -> int:  # noqa: ANN001
        conn = self.session.connection()
        found = conn.execute(query).scalar()
        if found is None:
            found = inserted_id(conn, insert(table_of(entity)).values(**values))
        return int(found)

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
