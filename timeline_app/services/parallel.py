"""Run a pure function over many items on a process pool and yield the results in input order.

Shared by the importer and the `extract` command. Spawn-safe (forkserver or spawn, never fork: the
GUI calls this from a thread), chunked, bounded in memory, cancellable between items, and a worker
that crashes (a reader segfaulting on a hostile file) costs only the item that crashed it.
`ordered_map` yields result by result; `ordered_chunks` yields each pool task's results together
(the importer stores them in one transaction).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more (worker start-up, imports) than it saves.
IN_PROCESS_BELOW = 6
# Modules a forkserver imports once so that each forked worker starts warm: reading text and
# extracting, then warm.py builds their tables. The readers of markup, PDF and Word files import
# heavy libraries (a quarter of a second): preloaded only when asked (`prestart`), else a worker
# imports the one it needs on its first such file.
_PRELOAD = [
    "timeline_app.services.gc_pause",  # (warm.py, last, resumes the collector)
    "timeline_app.services.extract_service",
    "timeline_app.readers.files",  # (services.worker imports it only when it reads)
    "timeline_app.extraction.pipeline",  # (services.worker imports it only when it extracts)
    "timeline_app.services.warm",
]
_POLL_SECONDS = 0.1
_PROBE_SECONDS = 120.0
_PARENT_CHECK_SECONDS = 1.0  # a cold worker imports the readers and extraction first
# A worker's first-generation collection threshold (Python's default: 700): `_fewer_collections`.
WORKER_GC_THRESHOLD = 10_000


def default_workers() -> int:
    """All cores: the caller's process only writes to the store, which is light."""
    return max(1, os.cpu_count() or 1)


def _worker_init(parent_pid: int) -> None:
    # Ctrl+C reaches the whole process group; only the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _fewer_collections()
    if os.name == "posix":
        threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()


def _fewer_collections() -> None:
    """Collect a worker's cyclic garbage every 10,000 new objects, not every 700.

    Why: extracting an article keeps thousands of objects alive at a time (its words, matches,
    events, the chunk's results) and makes no cyclic garbage, yet at Python's default a
    collection ran every four articles, scanning all of them (and a full one now and then, over
    every table too): 0.06-0.075 ms per article, for nothing; now 0.002. Cyclic garbage is still
    collected, in larger steps: memory stays bounded. What the worker started with is frozen,
    out of every scan (in a forkserver's worker, warm.py froze the tables already). On, in any
    case: the forkserver paused it for its imports (gc_pause.py).
    """
    gc.enable()
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def _exit_with_parent(parent_pid: int) -> None:
    """End this worker when the process that owns the pool is gone (killed with SIGKILL, say).

    A forkserver worker holds both ends of its task pipe and the forkserver's keep-alive pipe,
    so without this it would wait forever for work, and keep the forkserver alive too.
    """
    while True:
        time.sleep(_PARENT_CHECK_SECONDS)
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:  # the pid now belongs to someone else's process
            os._exit(0)


def _run_chunk(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    return [fn(item) for item in items]


def _preload(heavy_readers: bool) -> list[str]:
    if not heavy_readers:
        return _PRELOAD
    from timeline_app.readers.kinds import HEAVY_READER_MODULES

    # Before warm.py, which then warms their tables too.
    return [*_PRELOAD[:-1], *dict.fromkeys(HEAVY_READER_MODULES.values()), _PRELOAD[-1]]


def _context(heavy_readers: bool = False) -> multiprocessing.context.BaseContext:
    """The forkserver context (its preload list counts only until the forkserver starts)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_preload(heavy_readers))
        return ctx
    return multiprocessing.get_context("spawn")


def prestart(heavy_readers: bool = True) -> None:
    """Start the forkserver now, in the background, so that a pool made later starts warm.

    The forkserver imports the readers and extraction and builds their tables once (a third of a
    second for text; `heavy_readers` adds the markup, PDF and Word readers' libraries, a quarter of
    a second more); every worker forked from it inherits them. Started early (when the app opens,
    or while the command line opens the store), that time overlaps other work instead of delaying
    the first file. Idempotent; a failure only costs that time later.
    """
    ctx = _context(heavy_readers)
    if ctx.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    try:
        forkserver.ensure_running()
    except OSError:
        log.debug("could not start the forkserver early", exc_info=True)


def _chunk_size(total: int, workers: int) -> int:
    # Several chunks per worker keep both cores busy to the end. A chunk is also one store
    # transaction (importer.py): 32 files amortise its commit and search re-indexing, and at
    # ~5 ms a file still report progress about every 0.15 s.
    return max(1, min(32, total // (workers * 4) or 1))


def _chunk_sizes(total: int, workers: int) -> list[int]:
    """How many items each pool task gets, in order: `_chunk_size`, ramped up and down.

    Small first chunks (an eighth, a quarter, half the size; one of each per worker) bring the
    first results, and so the writer's work and the first progress, within milliseconds of the
    workers starting instead of after a whole chunk. Small last chunks let the workers finish
    together and leave the writer little to store once they are idle.
    """
    steady = _chunk_size(total, workers)
    ramp = [n for n in (steady // 8, steady // 4, steady // 2) if n >= 2]
    head = [n for n in ramp for _ in range(workers)]
    tail = head[::-1]
    sizes: list[int] = []
    left = total
    for n in head:
        sizes.append(min(n, left))
        left -= sizes[-1]
    while left > sum(tail):
        sizes.append(min(steady, left - sum(tail)))
        left -= sizes[-1]
    for n in tail:
        sizes.append(min(n, left))
        left -= sizes[-1]
    return [n for n in sizes if n]


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down without waiting; end its workers outright if it is broken.

    CPython 3.11 can start a worker while a pool breaks (a submit racing a worker's crash). No
    one would ever stop that worker, and interpreter exit would wait for it forever.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    if getattr(pool, "_broken", False):
        for process in processes:
            if process.is_alive():
                process.terminate()


class PoolUnusableError(Exception):
    """Worker processes cannot run at all here (they die before any work); run in-process."""


def _probe() -> bool:
    return True


class OrderedPool(Generic[T, R]):
    """A process pool that maps `fn` over chunks of items, with crash isolation."""

    def __init__(self, fn: Callable[[T], R], on_crash: Callable[[T, str], R], workers: int) -> None:
        self._fn = fn
        self._on_crash = on_crash
        self._workers = workers
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._workers,
            mp_context=_context(),
            initializer=_worker_init,
            initargs=(os.getpid(),),
        )

    def submit(self, items: Sequence[T]) -> Future[list[R]]:
        try:
            return self._pool.submit(_run_chunk, self._fn, items)
        except BrokenProcessPool:
            # A worker died on an earlier chunk while this one was being queued: that chunk
            # is isolated when its turn comes; this one goes to a fresh pool.
            self.restart()
        try:
            return self._pool.submit(_run_chunk, self._fn, items)
        except RuntimeError as exc:  # includes BrokenProcessPool
            raise PoolUnusableError(str(exc)) from exc

    def restart(self) -> None:
        """A fresh pool after a worker died; PoolUnusableError when even a no-op task dies."""
        _stop(self._pool)
        self._pool = self._new_pool()
        try:
            self._pool.submit(_probe).result(timeout=_PROBE_SECONDS)
        except Exception as exc:
            raise PoolUnusableError(f"worker processes cannot start ({exc})") from exc

    def shutdown(self) -> None:
        _stop(self._pool)

    def isolate(self, items: Sequence[T]) -> list[R]:
        """Re-run a chunk whose worker died, one item per task, to find the item that killed it."""
        results: list[R] = []
        for item in items:
            try:
                results.extend(self.submit([item]).result())
            except (BrokenProcessPool, CancelledError):
                self.restart()
                results.append(self._on_crash(item, "the reader crashed on this file"))
        return results


def _wait_or_cancel(fut: Future[list[R]], cancelled: Callable[[], bool]) -> bool:
    """Wait for `fut`; False when the caller cancelled first."""
    while not fut.done():
        if cancelled():
            return False
        wait([fut], timeout=_POLL_SECONDS)
    return True


def ordered_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    on_crash: Callable[[T, str], R],
    workers: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Generator[R, None, None]:
    """`fn(item)` for each item, in input order; stops (and stops the pool) when `cancelled()`.

    `fn` must be a picklable module-level function (or a partial of one) that never raises for a
    bad item: it returns a result saying so. `on_crash` builds that result when a worker dies.
    """
    chunks = ordered_chunks(fn, items, on_crash=on_crash, workers=workers, cancelled=cancelled)
    try:
        for chunk in chunks:
            for result in chunk:
                if cancelled():
                    return
                yield result
    finally:
        chunks.close()  # stops the pool now, not when the generator is collected


def ordered_chunks(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    on_crash: Callable[[T, str], R],
    workers: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Generator[list[R], None, None]:
    """`ordered_map`, but the results of each pool task come together: lists (never empty) in
    input order, of up to 32 results (see `_chunk_sizes`); one result a list when the work runs in
    this process.

    For a consumer whose own work per result is cheaper in bulk (the importer commits a list in
    one transaction). Stops between lists when `cancelled()`.
    """
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1 or len(items) < IN_PROCESS_BELOW:
        yield from _in_process(fn, items, cancelled)
        return
    yield from _pooled(fn, items, on_crash, workers, cancelled)


def _in_process(
    fn: Callable[[T], R], items: Sequence[T], cancelled: Callable[[], bool]
) -> Iterator[list[R]]:
    for item in items:
        if cancelled():
            return
        yield [fn(item)]


def _pooled(
    fn: Callable[[T], R],
    items: Sequence[T],
    on_crash: Callable[[T, str], R],
    workers: int,
    cancelled: Callable[[], bool],
) -> Iterator[list[R]]:
    chunks: deque[Sequence[T]] = deque()
    start = 0
    for size in _chunk_sizes(len(items), workers):
        chunks.append(items[start : start + size])
        start += size
    in_flight: deque[tuple[Sequence[T], Future[list[R]]]] = deque()
    pool: OrderedPool[T, R] | None = None
    try:
        pool = OrderedPool(fn, on_crash, workers)
        while chunks or in_flight:
            # A bounded window: results wait in memory only a few chunks ahead of the consumer.
            while chunks and len(in_flight) < workers * 2:
                in_flight.append((chunks[0], pool.submit(chunks[0])))
                chunks.popleft()
            chunk, fut = in_flight[0]
            if not _wait_or_cancel(fut, cancelled):
                return
            results = _chunk_results(pool, chunk, fut, in_flight)
            in_flight.popleft()
            if cancelled():
                return
            yield results
    except PoolUnusableError as exc:
        # The functions are pure: what was not yielded yet is simply computed here instead.
        log.warning("parallel work falls back to one process: %s", exc)
        rest = [item for c, _ in in_flight for item in c] + [i for c in chunks for i in c]
        yield from _in_process(fn, rest, cancelled)
    finally:
        if pool is not None:
            pool.shutdown()


def _succeeded(fut: Future[list[R]]) -> bool:
    return fut.done() and not fut.cancelled() and fut.exception() is None


def _chunk_results(
    pool: OrderedPool[T, R],
    chunk: Sequence[T],
    fut: Future[list[R]],
    in_flight: deque[tuple[Sequence[T], Future[list[R]]]],
) -> list[R]:
    """The results of the chunk at the head of `in_flight`, re-running it if its worker died."""
    try:
        return fut.result()
    except (BrokenProcessPool, CancelledError):
        # Every queued chunk died with the pool (or was cancelled when `isolate` replaced it).
        pool.restart()
        results = pool.isolate(chunk)
        for i in range(1, len(in_flight)):
            other, other_fut = in_flight[i]
            if not _succeeded(other_fut):
                in_flight[i] = (other, pool.submit(other))
        return results
