"""The store's connection and transactions, under `Store`'s operations (repositories.py).

Writes take the file's write lock up front (BEGIN IMMEDIATE) and one in-process lock, so a worker
thread can import while the GUI thread reads; a read-only store refuses them with the reason.
Driver errors leave as one clear `StoreError` sentence.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.store import reads
from timeline_app.store.count_cache import CountCache
from timeline_app.store.database import describe, open_database, translate_errors
from timeline_app.store.errors import StoreError
from timeline_app.store.medium import read_only_words
from timeline_app.store.writing import EntityCache, WriteContext


class StoreConnection:
    """A SQLite file (or a sqlite:// URL) and its transactions: short-lived read sessions, write
    transactions (`_writing`) and import transactions on the sqlite3 connection itself
    (`_importing`), each under the file's write lock and one in-process lock."""

    def __init__(self, target: str | Path, *, busy_timeout: float = 5.0) -> None:
        opened = open_database(target, busy_timeout)
        self._engine = opened.engine
        self._location = opened.location
        self._read_only = opened.read_only
        self._read_only_medium = opened.read_only_medium
        self._is_sqlite = opened.is_sqlite
        self._busy_timeout = busy_timeout
        self._reads = sessionmaker(self._engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self._engine.execution_options(immediate=True),
            expire_on_commit=False,
            autoflush=False,  # writes flush where they need to; autoflush storms cost 3x
        )
        self._write_lock = threading.Lock()
        self._entities = EntityCache()
        self._counts = CountCache()  # per-day counts and event counts, until the next write
        self._closed = False

    @property
    def location(self) -> str:
        return self._location

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def read_only_reason(self) -> str:
        """Why nothing can be saved, in a sentence for the analyst; "" when the store is writable."""
        return read_only_words(self._location, self._read_only_medium) if self._read_only else ""

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- sessions -------------------------------------------------------------------------
    @contextmanager
    def _reading(self) -> Iterator[Session]:
        self._check_open()
        with translate_errors(self._location), self._reads() as session:
            yield session

    @contextmanager
    def _writing(self, counts_unchanged: bool = False) -> Iterator[WriteContext]:
        """One write transaction. `counts_unchanged`: the write cannot change any per-day count
        (a star, a tag, a title...), so cached counts stay valid under the new generation."""
        self._lock_for_writing()
        try:
            with (
                translate_errors(self._location, writing=True),
                self._writes() as session,
                session.begin(),
            ):
                ctx = WriteContext(session, self._entities)
                # Both reads run under the write lock, so no other writer comes in between.
                before = reads.generation(session) if counts_unchanged else None
                yield ctx
                ctx.finish()
                after = reads.generation(session) if counts_unchanged else None
            self._entities.absorb(ctx.fresh)  # committed: later transactions may trust these ids
            if before is not None and after is not None:
                self._counts.carry(before, after)
        finally:
            self._write_lock.release()

    @contextmanager
    def _importing(self) -> Iterator[WriteContext]:
        """One import transaction straight on the driver connection (BEGIN IMMEDIATE, the
        import's statements, COMMIT): a Session's bookkeeping cost as much as the writes, and
        the import works on plain rows. Same locks and error translation as `_writing`."""
        self._lock_for_writing()
        try:
            with translate_errors(self._location, writing=True):
                pooled = self._engine.raw_connection()
                try:
                    db: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        ctx = WriteContext(None, self._entities, plain=True, db=db)
                        yield ctx
                        ctx.finish()
                        db.commit()
                    except BaseException:
                        db.rollback()
                        raise
                finally:
                    pooled.close()  # back to the pool
            self._entities.absorb(ctx.fresh)  # committed: later transactions may trust these ids
        finally:
            self._write_lock.release()

    def _lock_for_writing(self) -> None:
        self._check_open()
        if self._read_only:
            raise StoreError(self.read_only_reason)
        if not self._write_lock.acquire(timeout=self._busy_timeout):
            raise StoreError(describe(StoreError("busy"), self._location, writing=True))

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"The store {self._location} has been closed.")
