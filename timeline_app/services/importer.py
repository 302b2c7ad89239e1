"""Bulk import as a pure generator: one progress step per file, for the command line and the GUI.

Reading and extraction run on a process pool (all cores); the caller's thread does every store
write, one transaction per article, so a cancel or a crash never leaves half an article stored.
No Qt here: the GUI drives this generator from a worker thread.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from timeline_app.domain.model import Extraction, FileReport, RawArticle, StoredEvent
from timeline_app.readers import DEFAULT_MAX_BYTES, expand_paths
from timeline_app.services.data_import import RestoringStore, restore
from timeline_app.services.parallel import ordered_map
from timeline_app.services.worker import ArticleResult, FileOutcome, ReadRequest, crashed
from timeline_app.services.worker import read_and_extract as _read_and_extract
from timeline_app.store.repositories import StoreError

STORED = ("imported", "updated")


class ImportingStore(RestoringStore, Protocol):
    """The part of `store.repositories.Store` an import writes through."""

    def save_article(self, article: RawArticle, extraction: Extraction) -> FileReport: ...

    def events_for_article(self, article_id: int) -> list[StoredEvent]: ...


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """One step of an import: yielded after each file (the last one says if it was cancelled)."""

    files_done: int
    files_total: int
    current: str  # the file just handled ("" on the final cancelled step)
    events_found: int  # events stored so far by this import (imported + updated articles)
    reports: tuple[FileReport, ...]  # what happened to `current` (several for a zip or a feed)
    cancelled: bool = False

    @property
    def fraction(self) -> float:
        return self.files_done / self.files_total if self.files_total else 1.0


def _article_label(outcome: FileOutcome, index: int, result: ArticleResult) -> str:
    """The path a report names: the file for a one-article file, else the article's own source."""
    if len(outcome.articles) == 1:
        return outcome.path
    return result.article.source_path or f"{outcome.path} #{index + 1}"


def store_article(store: ImportingStore, result: ArticleResult, label: str) -> FileReport:
    """Save one article in its own transaction; a store failure is this article's failure."""
    if result.extraction is None:
        return FileReport(label, "failed", reason=result.error)
    try:
        report = store.save_article(result.article, result.extraction)
    except StoreError as exc:
        return FileReport(label, "failed", reason=str(exc) or "could not be stored")
    return dataclasses.replace(report, path=label)


def store_outcome(store: ImportingStore, outcome: FileOutcome) -> tuple[FileReport, ...]:
    """Write what one file gave into the store; the reports say what happened."""
    if outcome.error:
        return (FileReport(outcome.path, "failed", reason=outcome.error),)
    if outcome.export is not None:
        return restore(store, outcome.export, outcome.path)
    return tuple(
        store_article(store, result, _article_label(outcome, i, result))
        for i, result in enumerate(outcome.articles)
    )


def plan(
    paths: Iterable[Path | str],
    published: date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[ReadRequest]:
    """One read request per file under `paths` (folders recursively, in a stable order)."""
    files = expand_paths([Path(p) for p in paths])
    return [ReadRequest(str(f), published, language, max_bytes) for f in files]


def import_paths(
    store: ImportingStore,
    paths: Iterable[Path | str],
    *,
    published: date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancelled: Callable[[], bool] = lambda: False,
    workers: int | None = None,
) -> Iterator[ImportProgress]:
    """Import files and folders (recursively, zips included), yielding progress after each file.

    Cancellation is checked between files; what is stored by then stays stored and consistent.
    Closing the generator early stops the worker processes too.
    """
    requests = plan(paths, published, language, max_bytes)
    total, done, events = len(requests), 0, 0
    outcomes = ordered_map(
        _read_and_extract, requests, on_crash=crashed, workers=workers, cancelled=cancelled
    )
    try:
        for outcome in outcomes:
            reports = store_outcome(store, outcome)
            done += 1
            events += sum(r.events for r in reports if r.status in STORED)
            yield ImportProgress(done, total, outcome.path, events, reports)
    finally:
        outcomes.close()
    if done < total:
        yield ImportProgress(done, total, "", events, (), cancelled=True)


# --- words for people (the command line's lines; the GUI's report dialog may use them too) -----


def report_line(report: FileReport) -> str:
    """'imported   path  (N events)' / 'unchanged  path' / 'failed     path: reason'."""
    line = f"{report.status:<9}  {report.path}"
    if report.status == "failed":
        return f"{line}: {report.reason}"
    if report.status in STORED:
        return f"{line}  ({report.events} event{'' if report.events == 1 else 's'})"
    return f"{line}: {report.reason}" if report.reason else line


def summary_line(counts: Counter[str], events: int, seconds: float) -> str:
    """'7 imported, 1 unchanged, 2 failed; 59 events stored in 2.9 s'."""
    shown = ("imported", "updated", "unchanged", "failed", "skipped")
    parts = [f"{counts[s]} {s}" for s in shown if counts[s] or s in ("imported", "failed")]
    return f"{', '.join(parts)}; {events} events stored in {seconds:.1f} s"
