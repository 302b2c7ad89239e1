"""Counts read for the canvas and the search box, kept until the store's next write.

Keys start with the store's generation, so a write by any process makes them unreachable; a
write that cannot change a count (a star, a tag, a title) carries the type-and-date ones over.
"""

from __future__ import annotations

import threading

from timeline_app.store import filters

MAX_ENTRIES = 64


class CountCache:
    """Lists of counts by key `(generation, ...rest, filter at index 3)`; thread-safe, bounded."""

    def __init__(self) -> None:
        self._entries: dict[tuple, list] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple) -> list | None:
        return self._entries.get(key)

    def put(self, key: tuple, counts: list) -> None:
        with self._lock:
            self._entries[key] = counts
            self._trim()

    def carry(self, before: str, after: str) -> None:
        """A write under generation `after` changed no per-day count: keep what was read under
        `before`, except counts under filters on stars, tags, status... (they read the events)."""
        with self._lock:
            carried = {
                (after, *k[1:]): v
                for k, v in self._entries.items()
                if k[0] == before and filters.only_types_and_dates(k[3])
            }
            self._entries.update(carried)
            self._trim()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def _trim(self) -> None:
        while len(self._entries) > MAX_ENTRIES:
            self._entries.pop(next(iter(self._entries)))
