"""Background import for the window: the importer generator runs on its own QThread.

The worker only talks through queued signals (`progress`, `failed`, `finished`), so widgets are
touched on the GUI thread alone, and cancellation is a flag the importer checks between files.
One import at a time: SQLite has one writer.
"""

from __future__ import annotations

import contextlib
import gc
import inspect
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal, Slot

from timeline_app.domain.model import FileReport


@dataclass(frozen=True, slots=True)
class ImportStatus:
    """One progress step as the status bar shows it ("12 of 40 files · current.html · 85 events")."""

    done: int
    total: int
    current: str
    events: int
    reports: tuple[FileReport, ...] = ()

    def text(self) -> str:
        name = Path(self.current).name if self.current else ""
        parts = [f"{self.done} of {self.total} files"]
        if name:
            parts.append(name)
        parts.append(f"{self.events} events")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What a finished (or cancelled) import did, for the status bar and the report dialog."""

    reports: tuple[FileReport, ...]
    total: int
    cancelled: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, reports: Sequence[FileReport], total: int, cancelled: bool) -> ImportSummary:
        counts: dict[str, int] = {}
        for report in reports:
            counts[report.status] = counts.get(report.status, 0) + 1
        return cls(tuple(reports), total, cancelled, counts)

    @property
    def failed(self) -> tuple[FileReport, ...]:
        return tuple(r for r in self.reports if r.status == "failed")

    @property
    def undated(self) -> tuple[FileReport, ...]:
        """Articles stored without a publication date: their relative dates stay unresolved."""
        from timeline_app.services.importer import is_undated

        return tuple(r for r in self.reports if is_undated(r))

    @property
    def events(self) -> int:
        return sum(r.events for r in self.reports if r.status in ("imported", "updated"))

    def text(self) -> str:
        head = "Import cancelled" if self.cancelled else "Import finished"
        order = ("imported", "updated", "unchanged", "skipped", "failed")
        parts = [f"{self.counts[k]} {k}" for k in order if self.counts.get(k)]
        # Found, not "new": an event another article already reported is merged into it.
        parts.append(f"{self.events} events found")
        from timeline_app.services.importer import is_undated, undated_words  # (loaded by now)

        undated = sum(map(is_undated, self.reports))
        tail = f"; {undated_words(undated)}" if undated else ""
        return f"{head}: " + ", ".join(parts) + tail


def status_of(step: Any) -> ImportStatus:
    """Read one step of `import_paths` (an ImportProgress) whatever its exact field names."""
    report = getattr(step, "report", None)
    reports = tuple(getattr(step, "reports", ()) or ())
    if report is not None:
        reports = (*reports, report)
    return ImportStatus(
        done=int(_first(step, ("done", "files_done"), 0)),
        total=int(_first(step, ("total", "files_total"), 0)),
        current=str(_first(step, ("current", "current_file", "path"), "") or ""),
        events=int(_first(step, ("events", "events_found"), 0)),
        reports=reports,
    )


def _first(obj: Any, names: Sequence[str], default: Any) -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return default


class ImportWorker(QObject):
    """Runs `import_paths` in its thread; emits a status per step and a summary at the end."""

    progress = Signal(object)  # ImportStatus
    failed = Signal(str)  # the import as a whole broke (a store error), not one file
    finished = Signal(object)  # ImportSummary

    def __init__(self, store: Any, paths: Sequence[Path], published: Any = None) -> None:
        super().__init__()
        self._store = store
        self._paths = list(paths)
        self._published = published
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        reports: list[FileReport] = []
        total = 0
        try:
            from timeline_app.services.importer import import_paths

            steps = import_paths(
                self._store, self._paths, published=self._published, cancelled=self.is_cancelled
            )
            for step in steps:
                status = status_of(step)
                total = max(total, status.total)
                reports.extend(status.reports)
                self.progress.emit(status)
        except Exception as exc:  # the store or importer broke: report it, never crash the app
            self.failed.emit(f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc))
        self.finished.emit(ImportSummary.of(reports, total, self.is_cancelled()))


class BackgroundImport(QObject):
    """Owns the worker thread of one import at a time and relays its signals."""

    progress = Signal(object)
    failed = Signal(str)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, store: Any, paths: Sequence[Path], published: Any = None) -> bool:
        """Start importing; False (and nothing started) when an import is already running."""
        if self.is_running():
            return False
        # An import allocates fast; every full collection would then scan the whole app (all of
        # Qt's wrappers, dateparser's and SQLAlchemy's tables) while holding the GIL: 100-200 ms
        # stalls of the GUI thread. Freezing what exists now takes it out of those scans.
        gc.freeze()
        self._worker = ImportWorker(store, paths, published)
        self._thread = QThread()
        self._thread.setObjectName("import")
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.failed.connect(self.failed)
        self._worker.finished.connect(self._on_worker_finished)
        self._thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, msecs: int = 60_000) -> bool:
        """Cancel and block until the thread ends (quitting); True when it did."""
        if self._thread is None:
            return True
        self.cancel()
        self._thread.quit()
        ended = self._thread.wait(msecs)
        if ended:
            self._cleanup()
        return ended

    @Slot(object)
    def _on_worker_finished(self, summary: ImportSummary) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._cleanup()
        self.finished.emit(summary)

    def _cleanup(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        if self._thread is not None:
            self._thread.deleteLater()
        self._worker = None
        self._thread = None


class _QueryRelay(QObject):
    answered = Signal(int, object, object)  # generation, result, error message (or None)


class _QueryJob(QRunnable):
    def __init__(self, owner: BackgroundQuery, generation: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._owner, self._generation, self._fn = owner, generation, fn

    def run(self) -> None:
        if self._generation != self._owner.generation:
            return  # superseded while queued: do not spend seconds on an answer nobody wants
        try:
            result, error = self._fn(), None
        except Exception as exc:  # a read that fails is reported, never raised in a thread
            result, error = None, str(exc) or type(exc).__name__
        with contextlib.suppress(RuntimeError):  # the widget went away meanwhile
            self._owner.relay.answered.emit(self._generation, result, error)


class BackgroundQuery(QObject):
    """Runs one store read at a time off the GUI thread; only the newest request is answered.

    WAL lets these reads run while an import writes, and the GUI thread never waits on them.
    """

    answered = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._expecting: int | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.relay = _QueryRelay(self)
        self.relay.answered.connect(self._on_relay_answered)

    def submit(self, fn: Callable[[], Any]) -> None:
        self.generation += 1
        self._expecting = self.generation
        self._pool.start(_QueryJob(self, self.generation, fn))

    def cancel(self) -> None:
        """Forget any pending request (a synchronous answer made it stale)."""
        self.generation += 1
        self._expecting = None

    def is_busy(self) -> bool:
        return self._expecting is not None

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_relay_answered(self, generation: int, result: Any, error: str | None) -> None:
        if generation != self._expecting:
            return
        self._expecting = None
        if error is not None:
            self.failed.emit(error)
        else:
            self.answered.emit(result)


class EventLoader(QObject):
    """Loads the table's events: at once when few, else off the GUI thread a page at a time.

    A complete event (sources, actors, places) costs the store some 20 microseconds, so the
    first `row_limit` by date come at once and `load_more` reads the next page as the analyst
    scrolls: a small page keeps the background read from competing with the GUI thread.
    """

    loaded = Signal(object, int)  # list[StoredEvent], how many match the filter in all
    more_loaded = Signal(object)  # the next page of events (list[StoredEvent])
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, sync_limit: int = 150) -> None:
        super().__init__(parent)
        self.sync_limit = sync_limit
        self.row_limit = 1000
        self._total = 0
        self._paging = False  # whether the answer expected is a further page
        self._query = BackgroundQuery(self)
        self._query.answered.connect(self._on_query_answered)
        self._query.failed.connect(self.failed)

    def _on_query_answered(self, events: Any) -> None:
        if self._paging:
            self.more_loaded.emit(events)
        else:
            self.loaded.emit(events, self._total)

    def load_more(self, store: Any, flt: Any, offset: int) -> bool:
        """Read the page after the first `offset` events (False when the store cannot page)."""
        if store is None or self.is_busy() or not _pages(store):
            return False
        self._paging = True
        limit = self.row_limit
        self._query.submit(lambda: store.events(flt, limit=limit, offset=offset))
        return True

    def is_busy(self) -> bool:
        return self._query.is_busy()

    def pending_total(self) -> int:
        return self._total

    def wait(self, msecs: int = 30_000) -> bool:
        return self._query.wait(msecs)

    def load(self, store: Any, flt: Any) -> None:
        self._paging = False
        if store is None:
            self._query.cancel()
            self.loaded.emit([], 0)
            return
        try:
            count = getattr(store, "count_events", None)
            self._total = count(flt) if count is not None else 0
            if count is None or self._total <= self.sync_limit:
                self._query.cancel()
                events = store.events(flt)
                self.loaded.emit(events, len(events))
                return
        except Exception as exc:  # a malformed search or a store gone away: say so, show none
            self._query.cancel()
            self.failed.emit(str(exc))
            self.loaded.emit([], 0)
            return
        limit = self.row_limit
        self._query.submit(lambda: store.events(flt, limit=limit))


def _pages(store: Any) -> bool:
    """Whether `store.events` takes an `offset` (the real Store does; test doubles may not)."""
    try:
        return "offset" in inspect.signature(store.events).parameters
    except (TypeError, ValueError):
        return False


class GuiThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only, from a timer.

    Left automatic, a collection runs in whichever thread allocates when a threshold is crossed:
    an import or a background read could then destroy a widget's wrapper off the GUI thread and
    crash Qt (pyqtgraph does the same for the same reason). Install one per application.
    """

    _active = 0  # collectors alive; automatic collection comes back when the last one stops

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        GuiThreadCollector._active += 1
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 2 if counts[2] > thresholds[2] else 1
        gc.collect(generation)

    def stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            GuiThreadCollector._active -= 1
            if GuiThreadCollector._active == 0:
                gc.enable()
