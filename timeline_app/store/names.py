"""Actor and place ids by the words of their names, so dedup can ask SQL only for events that share
a name word with a new report (the test `domain/similarity.happening_score` applies) instead of
scoring every event of a busy day.

Names are never renamed or deleted, so the index only grows: each write transaction first reads
the rows added since (by any process), and its own new names are added as it makes them. They
count as pending until the transaction commits; a rolled-back transaction's are dropped.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from timeline_app.domain.similarity import name_words

_KINDS = ("a", "p")
_SINCE = (
    "SELECT 'a', id, name FROM actor WHERE id > :a UNION ALL "
    "SELECT 'p', id, name FROM place WHERE id > :p"
)


class _Words:
    """word -> ids, id -> name, and the highest id seen, per kind."""

    def __init__(self) -> None:
        self.ids: dict[str, dict[str, set[int]]] = {k: defaultdict(set) for k in _KINDS}
        self.names: dict[str, dict[int, str]] = {k: {} for k in _KINDS}
        self.top: dict[str, int] = dict.fromkeys(_KINDS, 0)

    def add(self, kind: str, entity_id: int, name: str) -> None:
        for word in name_words(name):
            self.ids[kind][word].add(entity_id)
        self.names[kind][entity_id] = name
        self.top[kind] = max(self.top[kind], entity_id)


class NameIndex:
    """The committed index plus the current write transaction's pending additions."""

    def __init__(self) -> None:
        self._committed = _Words()
        self._pending = _Words()
        self._pending_rows: list[tuple[str, int, str]] = []

    def begin(self) -> None:
        """A new write transaction: what the last one added without committing is forgotten."""
        self._pending = _Words()
        self._pending_rows.clear()

    def sync(self, db: sqlite3.Connection) -> None:
        """Read the names added since the index last looked (by this or another process)."""
        since = {k: max(self._committed.top[k], self._pending.top[k]) for k in _KINDS}
        for kind, entity_id, name in db.execute(_SINCE, since):
            self.added(kind, int(entity_id), name)

    def added(self, kind: str, entity_id: int, name: str) -> None:
        self._pending.add(kind, entity_id, name)
        self._pending_rows.append((kind, entity_id, name))

    def commit(self) -> None:
        for row in self._pending_rows:
            self._committed.add(*row)
        self.begin()

    def clear(self) -> None:
        self._committed = _Words()
        self.begin()

    def name(self, kind: str, entity_id: int) -> str:
        """The name of an actor ("a") or place ("p") the index holds."""
        found = self._pending.names[kind].get(entity_id)
        return found if found is not None else self._committed.names[kind][entity_id]

    def ids(self, kind: str, words: frozenset[str]) -> set[int]:
        """Ids of the entities of `kind` whose names hold any of `words`."""
        found: set[int] = set()
        for index in (self._committed.ids[kind], self._pending.ids[kind]):
            for word in words:
                hit = index.get(word)
                if hit:
                    found |= hit
        return found
