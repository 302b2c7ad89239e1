"""What dedup read about stored events (their matching digest and reporting articles), kept between
write transactions so a busy day's events are read once, not once per imported report.

An entry is dropped when its event is touched (every write touches an event before changing it),
unless the writer renews it with the values it stored; entries read in a transaction become shared
only when it commits; and everything is forgotten when another process wrote to the store since
our last commit (the store's generation moved).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from timeline_app.domain.similarity import Digest


@dataclass(frozen=True, slots=True)
class Known:
    digest: Digest
    articles: frozenset[int]  # the articles reporting the event


class DigestCache:
    def __init__(self) -> None:
        self._committed: dict[int, Known] = {}
        self._pending: dict[int, Known] = {}
        self._dropped: set[int] = set()
        # Digests of touched events as this transaction left them (see `renew`).
        self._renewed: dict[int, Known] = {}
        # How a disagreement names each article (its site or title), by article id.
        self._labels: dict[int, str] = {}
        self._pending_labels: dict[int, str] = {}
        self.generation: str | None = None  # the store's generation after our last commit
        self._pending_generation: str | None = None

    def begin(self) -> None:
        """A new write transaction: what an uncommitted one read or dropped is forgotten."""
        self._pending.clear()
        self._dropped.clear()
        self._renewed.clear()
        self._pending_labels.clear()
        self._pending_generation = None

    def check(self, generation: str | None) -> None:
        """Before the first use in a transaction: `generation` is the store's, read under the
        write lock; when it is not the one our last commit left, someone else wrote."""
        if generation is None or generation != self.generation:
            self._committed.clear()
            self._labels.clear()

    def labels(self, articles: Iterable[int]) -> tuple[dict[int, str], list[int]]:
        """How a disagreement names each of these articles, where known (one call for a busy
        event's dozens of articles, at every report merged into it), and the articles not known."""
        pending, committed = self._pending_labels, self._labels
        known: dict[int, str] = {}
        missing = []
        for article_id in articles:
            found = pending.get(article_id)
            if found is None:
                found = committed.get(article_id)
            if found is None:
                missing.append(article_id)
            else:
                known[article_id] = found
        return known, missing

    def put_label(self, article_id: int, label: str) -> None:
        self._pending_labels[article_id] = label

    def drop_label(self, article_id: int) -> None:
        """An article's site or title changed (or may have)."""
        self._pending_labels.pop(article_id, None)
        self._labels.pop(article_id, None)

    def get(self, event_id: int) -> Known | None:
        if event_id in self._dropped:
            return self._renewed.get(event_id)
        return self._pending.get(event_id) or self._committed.get(event_id)

    def put(self, event_id: int, known: Known) -> None:
        if event_id not in self._dropped:
            self._pending[event_id] = known

    def drop(self, event_id: int | None) -> None:
        if event_id is not None:
            self._dropped.add(event_id)
            self._pending.pop(event_id, None)
            self._renewed.pop(event_id, None)

    def renew(self, event_id: int, known: Known) -> None:
        """A touched event's digest, computed by its writer from the values it just stored
        (exactly what reading it back would give), so a busy event is not read again."""
        self._renewed[event_id] = known

    def discard_renewed(self, event_id: int) -> None:
        """The event's stored reports changed after `renew`: read it again when needed."""
        self._renewed.pop(event_id, None)

    def finished(self, generation: str | None) -> None:
        """The store's generation as this transaction leaves it (before the commit)."""
        self._pending_generation = generation

    def commit(self) -> None:
        for event_id in self._dropped:
            self._committed.pop(event_id, None)
        self._committed.update(self._pending)
        self._committed.update(self._renewed)
        self._labels.update(self._pending_labels)
        self.generation = self._pending_generation
        self._pending.clear()
        self._dropped.clear()
        self._renewed.clear()
        self._pending_labels.clear()

    def clear(self) -> None:
        self._committed.clear()
        self._labels.clear()
        self.generation = None
        self.begin()
