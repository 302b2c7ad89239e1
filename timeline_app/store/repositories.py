"""The store's public face: every read and write the services and the UI need, as domain objects.

STUB: owned by the store work. The method names and signatures below are the contract the UI and
services code against; the bodies are to be written. ORM rows never leave `store/`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from timeline_app.domain.model import (
    ArticleSummary,
    DateSpan,
    DayCount,
    EventFilter,
    EventMark,
    EventStatus,
    EventType,
    Extraction,
    FileReport,
    RawArticle,
    StoredArticle,
    StoredEvent,
)


class StoreError(Exception):
    """The store cannot be opened or written; the message is shown to the user as is."""


class QueryError(StoreError):
    """A malformed search query (e.g. unbalanced quotes in full-text search); message says why."""


class Store:
    """A SQLite file (or, later, any SQLAlchemy URL). Every method opens a short-lived session."""

    def __init__(self, target: str | Path) -> None:
        raise NotImplementedError

    @property
    def location(self) -> str:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # --- articles -------------------------------------------------------------------------
    def save_article(self, article: RawArticle, extraction: Extraction) -> FileReport:
        """Store one article and its events in one transaction.

        Identical normalised text already stored -> status "unchanged", nothing written.
        Same source path with changed text -> "updated": machine events re-extracted, user-edited
        events kept. Events reporting a happening already stored from another article are
        attached to it as another source.
        """
        raise NotImplementedError

    def get_article(self, article_id: int) -> StoredArticle:
        raise NotImplementedError

    def articles(self) -> list[ArticleSummary]:
        raise NotImplementedError

    def set_published(
        self, article_id: int, published: date | None, extraction: Extraction
    ) -> None:
        """Correct an article's publication date; its machine events are replaced by `extraction`."""
        raise NotImplementedError

    # --- events: reading ------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None, limit: int | None = None) -> list[StoredEvent]:
        raise NotImplementedError

    def get_event(self, event_id: int) -> StoredEvent:
        raise NotImplementedError

    def event_marks(self, first_day: int, last_day: int, flt: EventFilter | None = None,
                    limit: int | None = None) -> list[EventMark]:
        """Events whose [day_start, day_end] overlaps [first_day, last_day] (ordinals), via an index."""
        raise NotImplementedError

    def day_counts(self, first_day: int, last_day: int,
                   flt: EventFilter | None = None) -> list[DayCount]:
        """Per-day, per-type counts from the summary table (not a GROUP BY over events)."""
        raise NotImplementedError

    def count_events(self, flt: EventFilter | None = None) -> int:
        raise NotImplementedError

    def extent(self, flt: EventFilter | None = None) -> tuple[int, int] | None:
        """(first day, last day) ordinals over all events that pass the filter; None when empty."""
        raise NotImplementedError

    def events_for_article(self, article_id: int) -> list[StoredEvent]:
        raise NotImplementedError

    # --- events: corrections (each marks the event edited and commits at once) -----------
    def update_event(
        self,
        event_id: int,
        *,
        type: EventType | None = None,
        title: str | None = None,
        span: DateSpan | None = None,
        status: EventStatus | None = None,
        actors: Sequence[str] | None = None,
        places: Sequence[str] | None = None,
        starred: bool | None = None,
        note: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> StoredEvent:
        raise NotImplementedError

    def delete_event(self, event_id: int) -> None:
        raise NotImplementedError

    def restore_event(self, event_id: int) -> None:
        raise NotImplementedError

    def merge_events(self, event_ids: Sequence[int]) -> int:
        """Merge into the first id; the others' sources move to it. Returns the kept id."""
        raise NotImplementedError

    def split_event(self, event_id: int) -> list[int]:
        """One event per source again; never re-merged automatically afterwards."""
        raise NotImplementedError
