"""Opening a store: the engine and its PRAGMAs, the schema version and migrations, clear errors.

A file is checked *before* SQLAlchemy touches it (switching to WAL rewrites the header), so a file
from a newer version, a file that is not SQLite or a corrupt one is refused with nothing changed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from timeline_app.store import search
from timeline_app.store.errors import QueryError, StoreError
from timeline_app.store.medium import is_read_only_medium
from timeline_app.store.network import is_network_path
from timeline_app.store.orm import Base, Meta, table_of

SCHEMA_VERSION = 1
APP = "Conflict Timeline"
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_CHECKPOINT_PAGES = 10_000  # see _install_sqlite_hooks

# version n -> function that upgrades a connection from n to n + 1 (inside one transaction).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


@dataclass(frozen=True, slots=True)
class Opened:
    engine: Engine
    location: str
    read_only: bool
    is_sqlite: bool
    # On a CD, a write-protected stick or a read-only mount: nothing can ever write it.
    read_only_medium: bool = False


@dataclass(frozen=True, slots=True)
class _Access:
    """How an existing file may be opened (see `_preflight_file`)."""

    read_only: bool = False
    medium: bool = False  # read-only because the medium is (a CD, a read-only mount...)
    immutable: bool = False  # read with SQLite's immutable=1: no locks, no -shm (`_immutable`)


def open_database(target: str | Path, busy_timeout: float = 5.0) -> Opened:
    """Check, open and if needed create or migrate the store at `target` (path or SQLite URL).

    Stores are SQLite only: the import writes through the sqlite3 driver itself (the generic
    layers cost several times the SQL), so another database is refused here, not half-used.
    """
    url = _to_url(target)
    if url.get_backend_name() != "sqlite" or url.get_driver_name() != "pysqlite":
        raise StoreError(
            f"{url.render_as_string(hide_password=True)} is not an SQLite store: {APP} keeps "
            "its data in SQLite files (a path, or a sqlite:// URL)."
        )
    if url.database in (None, "", ":memory:"):
        return _open_memory(url, busy_timeout)
    path = Path(url.database or "")
    access = _preflight_file(path)
    engine = _sqlite_engine(path, access, busy_timeout)
    opened = Opened(engine, str(path), access.read_only, True, read_only_medium=access.medium)
    _prepare_schema(opened)
    return opened


def _to_url(target: str | Path):  # noqa: ANN202 - sqlalchemy URL
    text_target = str(target)
    if "://" in text_target:
        try:
            return make_url(text_target)
        except SQLAlchemyError as exc:
            raise StoreError(f"'{text_target}' is not a valid store location: {exc}") from exc
    return make_url("sqlite://").set(database=str(Path(text_target).expanduser()))


def _open_memory(url, busy_timeout: float) -> Opened:  # noqa: ANN001
    """An in-memory store (scripts and tests): one database shared by all threads."""
    from sqlalchemy.pool import StaticPool

    try:
        engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"Cannot open the store {url!r}: {exc}") from exc
    _install_sqlite_hooks(engine, read_only=False, busy_timeout=busy_timeout)
    opened = Opened(engine, url.render_as_string(hide_password=True), False, True)
    _prepare_schema(opened)
    return opened


def _preflight_file(path: Path) -> _Access:
    """Refuse what is not ours or is too new, without writing a byte; say how to open it."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a {APP} store file.")
    if not path.exists():
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise StoreError(f"Cannot create the store {path}: the folder {parent} does not exist.")
        if not os.access(parent, os.W_OK):
            raise StoreError(f"Cannot create the store {path}: the folder {parent} is read-only.")
        return _Access()
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StoreError(f"Cannot read the store {path}: {exc.strerror or exc}.") from exc
    if not head:
        return _Access(read_only=not os.access(path, os.W_OK))
    if not head.startswith(SQLITE_MAGIC) or len(head) < 100:
        raise StoreError(f"{path} is not a {APP} store (it is not an SQLite database file).")
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        access = _Access()
    elif not is_read_only_medium(path.parent):
        access = _Access(read_only=True)
    else:
        access = _Access(read_only=True, medium=True, immutable=_immutable(path))
    _check_existing(path, access)
    return access


def _immutable(path: Path) -> bool:
    """Whether to read a store on a read-only medium as immutable: when no journal beside it
    holds commits (immutable reads would not see them). Nothing can write it meanwhile.

    Why: a store in WAL mode is read through a -shm file that SQLite makes beside it, and cannot
    make on a CD or a write-protected stick; an immutable read needs none."""
    for journal in (f"{path}-wal", f"{path}-journal"):
        try:
            if os.path.getsize(journal) > 0:
                return False
        except OSError:  # not there: nothing left in it
            continue
    return True


def _read_only_uri(path: Path, immutable: bool) -> str:
    """The `file:` URI SQLite opens the store read-only with (immutable: see `_immutable`)."""
    return f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def _check_existing(path: Path, access: _Access) -> None:
    try:
        con = sqlite3.connect(_read_only_uri(path, access.immutable), uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the store {path}: {exc}.") from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return
        if "meta" not in tables or "event" not in tables:
            raise StoreError(
                f"{path} is an SQLite database but not a {APP} store; it was left untouched."
            )
        row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        _refuse_newer(str(path), int(row[0]) if row else 0)
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, access, exc) from exc
    finally:
        con.close()


def _unreadable(path: Path, access: _Access, exc: sqlite3.DatabaseError) -> StoreError:
    """Why a store cannot be read. A store in WAL mode is read through a -shm file that SQLite
    makes beside it: where it cannot, the file is fine but SQLite says "unable to open"."""
    cannot_open = getattr(exc, "sqlite_errorname", "") == "SQLITE_CANTOPEN"
    if cannot_open and access.medium:
        return StoreError(
            f"Cannot read the store {path}: it is on a read-only medium and its last changes "
            f"are still in {path.name}-wal, which SQLite cannot read there. Copy the store with "
            "its -wal file to a writable folder and open the copy; nothing was changed."
        )
    if cannot_open and access.read_only and not os.access(path.parent, os.W_OK):
        return StoreError(
            f"Cannot read the store {path}: to read it SQLite must create a file beside it, "
            f"and the folder {path.parent} cannot be written. Copy the store (with its -wal "
            "file, if any) to a writable folder and open the copy; nothing was changed."
        )
    return StoreError(f"{path} is damaged and cannot be read ({exc}); it was left untouched.")


def _refuse_newer(location: str, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{location} was made by a newer version of {APP} (schema {version}); this version "
            f"reads up to {SCHEMA_VERSION}. Nothing was changed."
        )


def _sqlite_engine(path: Path, access: _Access, busy_timeout: float) -> Engine:
    read_only = access.read_only
    url = (
        make_url(f"sqlite:///{_read_only_uri(path, access.immutable)}&uri=true")
        if read_only
        else make_url("sqlite://").set(database=str(path))
    )
    on_network = is_network_path(path)
    if on_network:
        busy_timeout = max(busy_timeout, 30.0)  # network locks are slow to come back
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_timeout})
    _install_sqlite_hooks(engine, read_only, busy_timeout, wal=not on_network)
    return engine


def _install_sqlite_hooks(
    engine: Engine, read_only: bool, busy_timeout: float, wal: bool = True
) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        # We issue BEGIN ourselves so writers can take the lock up front (BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cur.execute("PRAGMA foreign_keys = ON")
        # A 64 MB page cache and memory-mapped reads: the canvas's range queries touch rows
        # spread over the file, and the default 2 MB cache made a 1M-event month 10x slower.
        cur.execute("PRAGMA cache_size = -65536")
        cur.execute("PRAGMA mmap_size = 268435456")
        if not read_only and wal:
            cur.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL: never corrupt on a crash; only a power cut may lose the last commits.
            cur.execute("PRAGMA synchronous = NORMAL")
            # Copy the WAL into the file every ~40 MB, not every 4 MB: an import commits every
            # few articles and rewrites the same index pages, so a page is copied once where it
            # was copied ten times (0.4 ms of 3.5 per imported article). Durability is the same.
            cur.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        elif not read_only:
            # A network drive: WAL's shared memory does not work across machines, so the
            # rollback journal with full syncs (one writer at a time, readers wait).
            cur.execute("PRAGMA journal_mode = DELETE")
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _prepare_schema(opened: Opened) -> None:
    with translate_errors(opened.location, writing=True):
        version = _current_version(opened)
        if version is not None and version >= SCHEMA_VERSION:
            return
        if opened.read_only:
            state = "is empty" if version is None else "needs an upgrade"
            raise StoreError(f"{opened.location} {state} but is read-only; nothing was changed.")
        # Take the write lock first: two windows opening a new file must not both create it.
        with opened.engine.execution_options(immediate=True).begin() as conn:
            if not inspect(conn).get_table_names():
                _create(conn, opened.is_sqlite)
            else:
                _migrate(conn, opened, _read_version(conn))


def _current_version(opened: Opened) -> int | None:
    """The file's schema version; None for an empty database. Refuses what is not ours."""
    with opened.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        if not names:
            return None
        if "meta" not in names:
            raise StoreError(f"{opened.location} is not a {APP} store; it was left untouched.")
        version = _read_version(conn)
    _refuse_newer(opened.location, version)
    return version


def _create(conn: Connection, is_sqlite: bool) -> None:
    Base.metadata.create_all(conn)
    if is_sqlite:
        search.create_fts(conn)
    conn.execute(
        table_of(Meta).insert(),
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "generation", "value": "0"},
        ],
    )


def _read_version(conn: Connection) -> int:
    value = conn.execute(select(Meta.value).where(Meta.key == "schema_version")).scalar()
    return int(value) if value else 0


def _migrate(conn: Connection, opened: Opened, version: int) -> None:
    if opened.is_sqlite and os.path.exists(opened.location):
        # A copy of the old file first: a failed upgrade must never cost the analyst their work.
        shutil.copy2(opened.location, f"{opened.location}.schema{version}.bak")
    for step in range(version, SCHEMA_VERSION):
        if step not in MIGRATIONS:
            raise StoreError(f"No upgrade path from schema {step} for {opened.location}.")
        MIGRATIONS[step](conn)
    conn.execute(
        table_of(Meta)
        .update()
        .where(Meta.key == "schema_version")
        .values(value=str(SCHEMA_VERSION))
    )


@contextmanager
def translate_errors(location: str, writing: bool = False) -> Iterator[None]:
    """Turn driver errors into one clear `StoreError` sentence for the analyst."""
    try:
        yield
    except StoreError:
        raise
    except (DBAPIError, sqlite3.Error) as exc:
        if search.is_fts_error(exc):
            raise QueryError(search.query_error_message(exc)) from exc
        raise StoreError(describe(exc, location, writing)) from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"The store {location} failed: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"The store {location} cannot be used: {exc}") from exc


def describe(exc: BaseException, location: str, writing: bool) -> str:
    msg = str(getattr(exc, "orig", None) or exc).lower()
    unchanged = " Nothing was changed." if writing else ""
    if "locked" in msg or "busy" in msg:
        return (
            f"The store is busy (another window or import is writing to {location}); "
            f"try again in a moment.{unchanged}"
        )
    if "readonly" in msg or "read-only" in msg:
        return f"The store {location} is read-only; changes cannot be saved.{unchanged}"
    if "full" in msg:
        return f"The disk holding {location} is full; free some space and retry.{unchanged}"
    if "malformed" in msg or "not a database" in msg or "corrupt" in msg:
        return f"The store {location} is damaged ({msg}).{unchanged}"
    if "unable to open" in msg:
        return f"Cannot open the store {location} (the file or its folder is not accessible)."
    return f"The store {location} failed: {msg}.{unchanged}"
