"""Bulk import as a pure generator: one progress step per file, for the command line and the GUI.

Reading and extraction run on a process pool (all cores); the caller's thread does every store
write. The files of one pool task are stored in one transaction (a commit per article cost as
much as the rest of the writing), so a cancel or a crash never leaves part of one stored: a
killed batch is simply imported again next time. No Qt here: the GUI drives this generator from
a worker thread.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from timeline_app.domain.model import (
    ALREADY_STORED,
    Extraction,
    FileReport,
    RawArticle,
)
from timeline_app.readers import DEFAULT_MAX_BYTES, expand_paths, skipped_in_folders
from timeline_app.readers.kinds import needs_heavy_readers
from timeline_app.services import parallel
from timeline_app.services.data_import import RestoringStore, restore
from timeline_app.services.parallel import ordered_chunks
from timeline_app.services.stored_copies import CopyStore, met_again
from timeline_app.services.worker import (
    ArticleResult,
    FileOutcome,
    ReadRequest,
    crashed,
)
from timeline_app.services.worker import read_and_extract as _read_and_extract
from timeline_app.store.repositories import StoreError

STORED = ("imported", "updated")
# The reason of a stored article whose publication date is unknown: its relative dates ("on
# Tuesday") could not be resolved, and only the analyst can tell the date (`is_undated`).
UNDATED = "publication date unknown: relative dates unresolved"
# Articles stored in one transaction at most (a zip or a feed may hold hundreds): a bigger batch
# saves little more and holds more in memory and in the write-ahead log.
MAX_BATCH = 64
# The first-generation collection threshold while an import runs (Python's default: 700); see
# `_fewer_collections`.
IMPORT_GC_THRESHOLD = 10_000


class ImportingStore(RestoringStore, CopyStore, Protocol):
    """The part of `store.repositories.Store` an import writes through."""

    def save_article(self, article: RawArticle, extraction: Extraction) -> FileReport: ...

    def save_articles(self, items: Sequence[tuple[RawArticle, Extraction]]) -> list[FileReport]: ...

    def texts_by_file(self) -> dict[str, frozenset[str]]: ...

    def option_dates_by_file(self) -> dict[str, tuple[tuple[str, date], ...]]: ...


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
    """The path a report names: the file for a one-article file, else the article's own source
    (an archive's only readable entry too, beside the failed ones its reports name)."""
    if len(outcome.articles) == 1 and not outcome.failed_parts:
        return outcome.path
    return result.article.source_path or f"{outcome.path} #{index + 1}"


def store_article(store: ImportingStore, result: ArticleResult, label: str) -> FileReport:
    """Save one article in its own transaction; a store failure is this article's failure."""
    extraction = ALREADY_STORED if result.stored else result.extraction
    if extraction is None:
        return FileReport(label, "failed", reason=result.error)
    try:
        report = store.save_article(result.article, extraction)
    except StoreError as exc:
        return FileReport(label, "failed", reason=str(exc) or "could not be stored")
    return _labelled(store, report, label, result.article, extraction)


def _labelled(
    store: ImportingStore,
    report: FileReport,
    label: str,
    article: RawArticle,
    extraction: Extraction,
) -> FileReport:
    """The store's report under `label`. An article stored without a publication date says so
    (UNDATED); what a text stored already tells the stored article is `stored_copies`'."""
    report = dataclasses.replace(report, path=label)
    if report.status in STORED and article.published is None and not report.reason:
        return dataclasses.replace(report, reason=UNDATED)
    if report.status != "unchanged" or extraction is ALREADY_STORED or report.article_id is None:
        return report
    return met_again(store, report, label, article, extraction)


def store_outcome(store: ImportingStore, outcome: FileOutcome) -> tuple[FileReport, ...]:
    """Write what one file gave into the store; the reports say what happened."""
    if outcome.error:
        return (FileReport(outcome.path, "failed", reason=outcome.error),)
    if outcome.export is not None:
        return restore(store, outcome.export, outcome.path)
    stored = tuple(
        store_article(store, result, _article_label(outcome, i, result))
        for i, result in enumerate(outcome.articles)
    )
    return stored + _failed_parts(outcome)


def _failed_parts(outcome: FileOutcome) -> tuple[FileReport, ...]:
    """A failed report for each part of the file (an archive's entry, a JSON line) that could not
    be read beside those that were."""
    return tuple(FileReport(path, "failed", reason=reason) for path, reason in outcome.failed_parts)


def store_outcomes(
    store: ImportingStore, outcomes: Sequence[FileOutcome]
) -> list[tuple[FileReport, ...]]:
    """`store_outcome` of each outcome, in order, but their articles stored together in one
    transaction (`save_articles`, up to MAX_BATCH articles each); an export of our own is
    restored on its own, as `store_outcome` does."""
    reports: list[list[FileReport]] = [[] for _ in outcomes]
    batch: list[_Pending] = []
    for at, outcome in enumerate(outcomes):
        if outcome.export is not None:
            _store_batch(store, batch, reports)  # what came before is stored before
        if outcome.error or outcome.export is not None:
            reports[at].extend(store_outcome(store, outcome))
            continue
        for i, result in enumerate(outcome.articles):
            label = _article_label(outcome, i, result)
            # A text stored already is "unchanged" (the store refuses it if it has gone since).
            extraction = ALREADY_STORED if result.stored else result.extraction
            if extraction is None:
                reports[at].append(FileReport(label, "failed", reason=result.error))
                continue
            batch.append(_Pending(at, len(reports[at]), label, result.article, extraction))
            reports[at].append(_UNSTORED)  # its place, filled when its batch is stored
            if len(batch) == MAX_BATCH:
                _store_batch(store, batch, reports)
        reports[at].extend(_failed_parts(outcome))
    _store_batch(store, batch, reports)
    # What a chunk leaves alive is mostly the store's import caches (candidate events, their
    # folds and digests: tens of thousands of objects), kept for the rest of the import. Every
    # full collection would scan them all again, and the writer allocates fast: a third of a
    # millisecond per article. Frozen, they are left out of those scans (as `import_paths` and
    # the GUI freeze what exists when an import starts); refcounting still frees them.
    gc.freeze()
    return [tuple(r) for r in reports]


_UNSTORED = FileReport("", "failed", reason="not stored")


@dataclass(frozen=True, slots=True)
class _Pending:
    """An extracted article waiting for its batch: where its report goes, and its label."""

    at: int  # its outcome
    slot: int  # its place among the outcome's reports
    label: str
    article: RawArticle
    extraction: Extraction


def _store_batch(
    store: ImportingStore, batch: list[_Pending], reports: list[list[FileReport]]
) -> None:
    """Store `batch` in one transaction, put each article's report in its place, and empty
    `batch`. A store failure is the failure of the articles it concerns (the store says which)."""
    if not batch:
        return
    items = [(p.article, p.extraction) for p in batch]
    try:
        saved = store.save_articles(items) if len(items) > 1 else [store.save_article(*items[0])]
    except StoreError as exc:  # nothing stored: each article fails with the reason
        saved = [FileReport("", "failed", reason=str(exc) or "could not be stored")] * len(batch)
    for pending, report in zip(batch, saved, strict=True):
        reports[pending.at][pending.slot] = _labelled(
            store, report, pending.label, pending.article, pending.extraction
        )
    batch.clear()


def plan(
    paths: Iterable[Path | str],
    published: date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    found: Sequence[Path] | None = None,
) -> list[ReadRequest]:
    """One read request per file under `paths` (folders recursively, in a stable order); a file
    a folder gave that is of a kind never read (a picture, a video) is to be skipped (`skip`
    says why). `found`: what `expand_paths` made of `paths` already (the caller walked them)."""
    given = [Path(p) for p in paths]
    files = expand_paths(given) if found is None else found
    skips = skipped_in_folders(files, given)
    return [
        ReadRequest(str(f), published, language, max_bytes, skip=skips.get(f, "")) for f in files
    ]


def import_paths(
    store: ImportingStore,
    paths: Iterable[Path | str],
    *,
    published: date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancelled: Callable[[], bool] = lambda: False,
    workers: int | None = None,
    planned: Sequence[ReadRequest] | None = None,
) -> Iterator[ImportProgress]:
    """Import files and folders (recursively, zips included), yielding progress after each file.

    The files a pool task read are stored in one transaction; their steps come once it commits.
    Cancellation is checked between those batches; what is stored by then stays stored and
    consistent. Closing the generator early stops the worker processes too. `planned`: what
    `plan` gave for `paths` already (the caller looked before importing), so the folders are not
    walked again.
    """
    requests = plan(paths, published, language, max_bytes) if planned is None else planned
    _start_workers(requests, workers)
    # What each file gave last time: its unchanged articles are then read but not extracted.
    try:
        known = store.texts_by_file()
        # Dates given by hand: a changed article keeps its own, its events resolved against it.
        dated = store.option_dates_by_file()
    except StoreError:  # then everything is extracted, and storing it will say what is wrong
        known, dated = {}, {}
    requests = [
        dataclasses.replace(r, stored=known.get(r.path, frozenset()), dates=dated.get(r.path, ()))
        for r in requests
    ]
    # The writer allocates fast, and each full collection would scan everything that exists now
    # (the readers' and extraction's tables, SQLAlchemy's...): a tenth of a second each time, half
    # a millisecond per article of a big import. Frozen, they are left out of those scans (the
    # GUI freezes too when it starts an import; doing it twice costs nothing).
    gc.freeze()
    total, done, events = len(requests), 0, 0
    # The files to skip are reported in their place, between the others; no worker sees them.
    waiting = deque(requests)
    chunks = ordered_chunks(
        _read_and_extract,
        [r for r in requests if not r.skip],
        on_crash=crashed,
        workers=workers,
        cancelled=cancelled,
    )
    try:
        with _fewer_collections():
            for batch in _batches(chunks, cancelled):
                for outcome, reports in zip(batch, store_outcomes(store, batch), strict=True):
                    for skipped in _skipped_before(waiting):
                        done += 1
                        yield ImportProgress(done, total, skipped.path, events, (skipped,))
                    waiting.popleft()  # this outcome's request
                    done += 1
                    events += sum(r.events for r in reports if r.status in STORED)
                    yield ImportProgress(done, total, outcome.path, events, reports)
    finally:
        chunks.close()
    if all(r.skip for r in waiting):  # not cancelled: the skipped files after the last one read
        for skipped in _skipped_before(waiting):
            done += 1
            yield ImportProgress(done, total, skipped.path, events, (skipped,))
    if done < total:
        yield ImportProgress(done, total, "", events, (), cancelled=True)


def _start_workers(requests: Sequence[ReadRequest], workers: int | None) -> None:
    """Start the workers' forkserver now (`parallel.prestart`) when the files will go to a pool.

    Why: its start-up (imports and tables: a third of a second) then overlaps the store's answers
    about what it holds, instead of following them; the first files are read sooner. The app and
    the command line start it earlier still: then this does nothing.
    """
    read = [r.path for r in requests if not r.skip]
    count = parallel.default_workers() if workers is None else workers
    if count > 1 and len(read) >= parallel.IN_PROCESS_BELOW:
        parallel.prestart(heavy_readers=needs_heavy_readers(map(os.path.basename, read)))


_collections_lock = threading.Lock()
_importing = 0  # imports running with `_fewer_collections`
_default_thresholds: tuple[int, int, int] | None = None  # the thresholds they found


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """While an import runs, collect cyclic garbage every 10,000 new objects, not every 700.

    Why: the writer keeps thousands of objects alive at a time (a chunk's outcomes, the events
    and digests it holds) and makes no cyclic garbage, yet at Python's default a collection ran
    every three articles, scanning all of them: 0.1 ms per article (5% of the writer); in larger
    steps, half that (`parallel` does the same for the workers). Cyclic garbage is still
    collected. Left alone when collection is off: the app collects on its own timer
    (`ui.workers`). Imports running together in one process restore the thresholds when the last
    one ends.
    """
    global _importing, _default_thresholds
    if not gc.isenabled():
        yield
        return
    with _collections_lock:
        if _importing == 0:
            _default_thresholds = gc.get_threshold()
            first, *older = _default_thresholds
            gc.set_threshold(max(first, IMPORT_GC_THRESHOLD), *older)
        _importing += 1
    try:
        yield
    finally:
        with _collections_lock:
            _importing -= 1
            if _importing == 0 and _default_thresholds is not None:
                gc.set_threshold(*_default_thresholds)


def _skipped_before(waiting: deque[ReadRequest]) -> Iterator[FileReport]:
    """The skipped reports of the requests at the head of `waiting`, up to the next file read
    (each taken off `waiting`)."""
    while waiting and waiting[0].skip:
        request = waiting.popleft()
        yield FileReport(request.path, "skipped", reason=request.skip)


def _batches(
    chunks: Iterable[list[FileOutcome]], cancelled: Callable[[], bool]
) -> Iterator[list[FileOutcome]]:
    """The pool's tasks, each stored together by `store_outcomes`; none once cancelled."""
    for chunk in chunks:
        if cancelled():
            return
        yield chunk


# --- words for people (the command line's lines; the GUI's report dialog may use them too) -----


SET_DATE_HINT = "set it with --published or in the app"


def is_undated(report: FileReport) -> bool:
    """Whether `report` stored an article whose publication date is unknown (see UNDATED)."""
    return report.status in STORED and report.reason == UNDATED


def report_line(report: FileReport) -> str:
    """'imported   path  (N events)' / 'unchanged  path' / 'failed     path: reason'; an article
    stored without a publication date says so in the brackets, with how to set it."""
    line = f"{report.status:<9}  {report.path}"
    if report.status == "failed":
        return f"{line}: {report.reason}"
    if report.status in STORED:
        count = f"{report.events} event{'' if report.events == 1 else 's'}"
        if is_undated(report):
            return f"{line}  ({count}; {UNDATED} — {SET_DATE_HINT})"
        line = f"{line}  ({count})"
        return f"{line}: {report.reason}" if report.reason else line
    return f"{line}: {report.reason}" if report.reason else line


def undated_words(count: int) -> str:
    """'2 articles have no publication date' (the summary's count of `is_undated` reports)."""
    return f"{count} article{' has' if count == 1 else 's have'} no publication date"


def summary_line(counts: Counter[str], events: int, seconds: float, undated: int = 0) -> str:
    """'7 imported, 1 unchanged, 2 failed; 59 events stored in 2.9 s', then, when some of the
    articles stored have no publication date, '; 2 articles have no publication date'."""
    shown = ("imported", "updated", "unchanged", "failed", "skipped")
    parts = [f"{counts[s]} {s}" for s in shown if counts[s] or s in ("imported", "failed")]
    line = f"{', '.join(parts)}; {events} events stored in {seconds:.1f} s"
    return f"{line}; {undated_words(undated)}" if undated else line
