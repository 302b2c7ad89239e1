"""The store's public face: every read and write the services and the UI need, as domain objects.

Each method opens a short-lived session or transaction (connection.py: the locks, the import
transaction and the translation of driver errors into one clear `StoreError` sentence). ORM rows
never leave `store/`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select

from timeline_app.domain.model import (
    ArticleSummary,
    DateBasis,
    DateSpan,
    DayCount,
    EventFilter,
    EventMark,
    EventStatus,
    EventType,
    Extraction,
    FileReport,
    PublishedSource,
    RawArticle,
    StoredArticle,
    StoredEvent,
    content_hash,
)
from timeline_app.store import edits, ingest, reads, summary
from timeline_app.store.connection import StoreConnection
from timeline_app.store.errors import NotFoundError, QueryError, StoreError
from timeline_app.store.orm import ArticleRow, SavedViewRow, TagRow

__all__ = ["NotFoundError", "QueryError", "Store", "StoreError"]

log = logging.getLogger(__name__)


class Store(StoreConnection):
    """A SQLite file (or a sqlite:// URL) with every operation the services and the UI need.
    Each method opens a short-lived session or transaction (`StoreConnection`)."""

    # --- articles -------------------------------------------------------------------------
    def save_article(self, article: RawArticle, extraction: Extraction) -> FileReport:
        """Store one article and its events in one transaction.

        Identical normalised text already stored -> status "unchanged", nothing written.
        Same source path with changed text -> "updated": machine events re-extracted, user-edited
        events kept. Events reporting a happening already stored from another article are
        attached to it as another source.
        """
        if self._read_only:  # a read-only store can still say "unchanged"
            with self._reading() as session:
                digest = content_hash(article.text)
                same = session.scalar(
                    select(ArticleRow.id).where(ArticleRow.content_hash == digest)
                )
                if same is not None:
                    count = reads.article_event_count(session, same)
                    return FileReport(article.source_path, "unchanged", count, article_id=same)
        with self._importing() as ctx:
            return ingest.save_article(ctx, article, extraction)

    def save_articles(self, items: Sequence[tuple[RawArticle, Extraction]]) -> list[FileReport]:
        """Store several articles (an import's chunk) in one transaction; a report for each, as
        `save_article` would give it had they been saved one after the other.

        Why: per transaction the import pays a commit, a generation check, the day summary and
        the search documents of every event it touched; a busy event reported by many of the
        articles is summarised and re-indexed once here, not once per article.

        Never half-written: if anything fails (an article, or the commit), the transaction is
        rolled back, the caches forget it, and the articles are saved again one per transaction,
        so that only the article at fault fails (its report says why) and the others are stored.
        A failure is a report, never an exception (the store closed or busy: each one fails).
        """
        if len(items) > 1 and not self._read_only:
            try:
                with self._importing() as ctx:
                    reports = []
                    for article, extraction in items:
                        reports.append(ingest.save_article(ctx, article, extraction))
                        ctx.next_article()
                return reports
            except Exception:
                log.debug("storing %d articles together failed", len(items), exc_info=True)
        return [self._save_or_fail(article, extraction) for article, extraction in items]

    def _save_or_fail(self, article: RawArticle, extraction: Extraction) -> FileReport:
        """`save_article`, a failure being this article's failed report (with the reason)."""
        try:
            return self.save_article(article, extraction)
        except StoreError as exc:
            reason = str(exc) or "could not be stored"
        except Exception as exc:  # a bug on one article must not lose the rest of the import
            log.warning("storing %s failed", article.source_path, exc_info=True)
            reason = f"could not be stored ({type(exc).__name__}: {exc})"
        return FileReport(article.source_path, "failed", reason=reason)

    def get_article(self, article_id: int) -> StoredArticle:
        with self._reading() as session:
            return reads.article(session, article_id)

    def articles(self, *, text: str = "") -> list[ArticleSummary]:
        """Every article with its event count; `text` narrows to a full-text search."""
        with self._reading() as session:
            return reads.articles(session, text, self._is_sqlite)

    def set_published(
        self, article_id: int, published: date | None, extraction: Extraction
    ) -> None:
        """Correct an article's publication date; its machine events are replaced by `extraction`."""
        with self._writing() as ctx:
            row = ctx.session.get(ArticleRow, article_id)
            if row is None:
                raise NotFoundError(f"Article {article_id} is not in the store.")
            ingest.set_published(ctx, row, published, extraction)

    def adopt_published(
        self,
        article_id: int,
        published: date,
        source: PublishedSource,
        extraction: Extraction,
    ) -> int | None:
        """An article whose publication date is unknown takes the date another copy of its text
        brings (`source`: how that copy found it); its machine events are replaced by
        `extraction` (of its own text, resolved against `published`), as `set_published` does.

        Returns how many events the article reports now; None when it knows a date already
        (set meanwhile, say): a known date is never replaced this way, and nothing is changed.
        """
        with self._writing() as ctx:
            row = ctx.session.get(ArticleRow, article_id)
            if row is None:
                raise NotFoundError(f"Article {article_id} is not in the store.")
            if not ingest.adopt_published(ctx, row, published, source, extraction):
                return None
            return ingest.count_events(ctx, article_id)

    # --- events: reading ------------------------------------------------------------------
    def events(
        self, flt: EventFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[StoredEvent]:
        """Complete events in date order (undated last); `offset` pages through them."""
        with self._reading() as session:
            return reads.events(session, flt, limit, self._is_sqlite, offset)

    def events_by_ids(self, event_ids: Sequence[int]) -> list[StoredEvent]:
        """The events with these ids, deleted ones included (ids not in the store are skipped)."""
        with self._reading() as session:
            return reads.events_by_ids(session, event_ids)

    def matching_ids(self, flt: EventFilter | None, event_ids: Sequence[int]) -> set[int]:
        """Which of these events pass the filter (to update a list in place after an edit)."""
        with self._reading() as session:
            return reads.matching_ids(session, flt, event_ids, self._is_sqlite)

    def get_event(self, event_id: int) -> StoredEvent:
        with self._reading() as session:
            return reads.event(session, event_id)

    def event_marks(
        self,
        first_day: int,
        last_day: int,
        flt: EventFilter | None = None,
        limit: int | None = None,
    ) -> list[EventMark]:
        """Events whose [day_start, day_end] overlaps [first_day, last_day] (ordinals), via an index."""
        with self._reading() as session:
            return reads.marks(session, first_day, last_day, flt, limit, self._is_sqlite)

    def day_counts(
        self,
        first_day: int,
        last_day: int,
        flt: EventFilter | None = None,
        *,
        bin_days: int = 1,
    ) -> list[DayCount]:
        """Per-day, per-type counts from the summary table (a GROUP BY only for other filters).

        `bin_days` > 1 sums the counts per bin of that many days (a bin's `day` is its first
        ordinal, a multiple of bin_days). Results are cached until the next write (by any
        process), so a canvas asking every frame pays one tiny query.
        """
        with self._reading() as session:
            key = (reads.generation(session), first_day, last_day, flt, bin_days)
            cached = self._counts.get(key)
            if cached is None:
                cached = reads.day_counts(
                    session, first_day, last_day, flt, self._is_sqlite, bin_days
                )
                self._counts.put(key, cached)
        return list(cached)

    def lane_keys(self, event_ids: Sequence[int], grouping: str) -> dict[int, list[str]]:
        """Lane names per event for the canvas: "actor", "place" or "source" (article site).

        Every name an event has is listed (sorted): an event with two actors belongs to both
        actors' lanes. Events with none are left out of the result.
        """
        with self._reading() as session:
            return reads.lane_keys(session, event_ids, grouping, self._is_sqlite)

    def count_events(self, flt: EventFilter | None = None) -> int:
        """How many events pass the filter; cached until the next write, as search as you type
        asks the same count twice (the message under the box, then the table)."""
        with self._reading() as session:
            key = (reads.generation(session), "count", None, flt)
            cached = self._counts.get(key)
            if cached is None:
                cached = [reads.count(session, flt, self._is_sqlite)]
                self._counts.put(key, cached)
        return int(cached[0])

    def count_articles(self, flt: EventFilter | None = None) -> int:
        """Distinct articles reporting the events that pass `flt` (image export footnote)."""
        with self._reading() as session:
            return reads.article_count(session, flt, self._is_sqlite)

    def extent(self, flt: EventFilter | None = None) -> tuple[int, int] | None:
        """(first day, last day) ordinals over all events that pass the filter; None when empty."""
        with self._reading() as session:
            return reads.extent(session, flt, self._is_sqlite)

    def texts_by_file(self) -> dict[str, frozenset[str]]:
        """Content hashes of the stored articles by the file they came from (`reads.texts_by_file`):
        an import skips extracting what is stored already."""
        with self._reading() as session:
            return reads.texts_by_file(session)

    def option_dates_by_file(self) -> dict[str, tuple[tuple[str, date], ...]]:
        """Publication dates given by hand, by the file their articles came from
        (`reads.option_dates_by_file`): a re-import resolves a changed article's dates against
        them and keeps them."""
        with self._reading() as session:
            return reads.option_dates_by_file(session)

    def events_for_article(self, article_id: int) -> list[StoredEvent]:
        """The article's live events in the order their sentences appear in it."""
        with self._reading() as session:
            return reads.events_for_article(session, article_id, self._is_sqlite)

    # --- pickers and saved views -------------------------------------------------------------
    def all_tags(self) -> list[str]:
        with self._reading() as session:
            return reads.tag_names(session)

    def all_actors(self) -> list[str]:
        with self._reading() as session:
            return reads.actor_names(session)

    def all_places(self) -> list[str]:
        with self._reading() as session:
            return reads.place_names(session)

    def all_sites(self) -> list[str]:
        with self._reading() as session:
            return reads.site_names(session)

    def save_view(self, name: str, json_text: str) -> None:
        with self._writing() as ctx:
            ctx.session.merge(SavedViewRow(name=name, body=json_text))

    def views(self) -> dict[str, str]:
        with self._reading() as session:
            rows = session.execute(select(SavedViewRow.name, SavedViewRow.body))
            return dict(sorted((n, b) for n, b in rows))

    def delete_view(self, name: str) -> None:
        with self._writing() as ctx:
            row = ctx.session.get(SavedViewRow, name)
            if row is not None:
                ctx.session.delete(row)

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
        clear_span: bool = False,
        edited: bool | None = None,
        date_reason: tuple[DateBasis | None, str] | None = None,
    ) -> StoredEvent:
        """Change the given fields (None = unchanged). `clear_span=True` makes the event undated.

        The event is marked edited, unless `edited` says otherwise: undo passes the flag the
        event had before, so undoing an analyst's only change leaves a machine event again.
        A new date is "set by the analyst" unless `date_reason` gives its basis and explanation:
        undo passes the ones the date had before.
        """
        given = {
            "type": type,
            "title": title,
            "status": status,
            "actors": actors,
            "places": places,
            "starred": starred,
            "note": note,
            "tags": tags,
        }
        changes: dict[str, object] = {k: v for k, v in given.items() if v is not None}
        if clear_span:
            changes["span"] = None
        elif span is not None:
            changes["span"] = span
        counts_unchanged = not ({"type", "span"} & set(changes))
        with self._writing(counts_unchanged) as ctx:
            row = edits.event_row(ctx, event_id)
            edits.update_event(ctx, row, changes)
            if date_reason is not None and "span" in changes:
                basis, row.explanation = date_reason
                row.basis = str(basis) if basis is not None else None
            if edited is not None:
                row.edited = edited
        return self.get_event(event_id)

    def delete_event(self, event_id: int) -> None:
        """Soft delete: hidden everywhere unless `include_deleted`; `restore_event` undoes it."""
        with self._writing() as ctx:
            edits.set_deleted(ctx, edits.event_row(ctx, event_id), True)

    def restore_event(self, event_id: int) -> None:
        with self._writing() as ctx:
            edits.set_deleted(ctx, edits.event_row(ctx, event_id), False)

    def merge_events(self, event_ids: Sequence[int]) -> int:
        """Merge into the first id; the others' sources move to it. Returns the kept id."""
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            raise StoreError("Nothing to merge: no events were given.")
        with self._writing() as ctx:
            rows = [edits.event_row(ctx, i) for i in ids]
            if len(rows) > 1:
                edits.merge(ctx, rows)
        return ids[0]

    def split_event(self, event_id: int) -> list[int]:
        """One event per source again; never re-merged automatically afterwards."""
        with self._writing() as ctx:
            rows = edits.split(ctx, edits.event_row(ctx, event_id))
            ctx.session.flush()
            ids = [r.id for r in rows]
        return ids

    def create_event(
        self,
        article_id: int,
        sentence_start: int,
        sentence_end: int,
        type: EventType,
        span: DateSpan | None,
        title: str = "",
    ) -> int:
        """An event the analyst made from selected article text (marked edited)."""
        with self._writing() as ctx:
            article = ctx.session.get(ArticleRow, article_id)
            if article is None:
                raise NotFoundError(f"Article {article_id} is not in the store.")
            row = edits.create(ctx, article, (sentence_start, sentence_end), type, span, title)
            ctx.session.flush()
            new_id = row.id
        return new_id

    def set_edited(self, flags: Mapping[int, bool]) -> None:
        """Put back each event's "edited" flag as it was (undo of a star or a tag)."""
        with self._writing(counts_unchanged=True) as ctx:
            for event_id, edited in flags.items():
                edits.event_row(ctx, event_id).edited = edited

    def tag_events(self, event_ids: Sequence[int], tag: str) -> None:
        self._tag(event_ids, tag, present=True)

    def untag_events(self, event_ids: Sequence[int], tag: str) -> None:
        self._tag(event_ids, tag, present=False)

    def _tag(self, event_ids: Sequence[int], tag: str, present: bool) -> None:
        if not tag.strip():
            raise StoreError("A tag needs a name.")
        with self._writing(counts_unchanged=True) as ctx:
            if (
                not present
                and ctx.session.scalar(select(TagRow.id).where(TagRow.name == tag.strip())) is None
            ):
                return
            rows = [edits.event_row(ctx, i) for i in dict.fromkeys(event_ids)]
            edits.tag(ctx, rows, tag, present)

    # --- maintenance ----------------------------------------------------------------------
    def summary_is_consistent(self) -> bool:
        """True when `day_summary` equals a GROUP BY over the events (a check for tests/tools)."""
        with self._reading() as session:
            return summary.stored(session) == summary.grouped_from_events(session)

    def rebuild_summary(self) -> None:
        with self._writing() as ctx:
            summary.rebuild(ctx.session)
