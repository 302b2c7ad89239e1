"""Opening a store: new files, schema versions, files that are not ours, read-only, full, busy."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.unit.store_builders import STRIKE_A, an_article, an_event, extraction
from timeline_app.store import database
from timeline_app.store.repositories import Store, StoreError


def a_store_file(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        store.save_article(an_article(STRIKE_A), extraction(an_event(STRIKE_A, STRIKE_A)))
    return path


def test_a_new_file_gets_the_schema_and_version(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with Store(path) as store:
        assert store.count_events() == 0
        assert store.location == str(path)
    con = sqlite3.connect(path)
    version = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert int(version) == database.SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_empty_file_is_made_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.articles() == []


def test_a_newer_schema_is_refused_and_the_file_is_unchanged(tmp_path: Path) -> None:
    # given a store written by a future version
    path = a_store_file(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in: the file alone holds it all
    con.close()
    before = path.read_bytes()
    # when this version opens it
    with pytest.raises(StoreError) as err:
        Store(path)
    # then it refuses, says why, and has not written a byte
    message = str(err.value)
    assert "newer version of Conflict Timeline (schema 99)" in message
    assert f"reads up to {database.SCHEMA_VERSION}" in message
    assert "Nothing was changed." in message
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"hello, this is a text file\n" * 10, "not an SQLite database"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 84 + b"garbage" * 100, "damaged"),
    ],
    ids=["text", "png", "corrupt-header"],
)
def test_files_that_are_not_stores_get_a_clear_error(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=expected):
        Store(path)
    assert path.read_bytes() == content


def test_a_corrupt_page_gives_a_store_error_not_a_traceback(tmp_path: Path) -> None:
    # given a store whose pages after the header were overwritten
    path = a_store_file(tmp_path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    # when it is opened and read, then every failure is a StoreError
    with pytest.raises(StoreError, match="damaged|not a Conflict Timeline store"):
        store = Store(path)
        store.events()


def test_another_applications_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Conflict Timeline store"):
        Store(path)
    assert path.read_bytes() == before


def test_a_folder_or_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing" / "store.sqlite")


def test_an_older_schema_is_migrated_in_place_with_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a store at schema 0 and a migration from 0 to 1
    path = a_store_file(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value='0' WHERE key='schema_version'")
    con.commit()
    con.close()
    ran: list[int] = []
    monkeypatch.setitem(database.MIGRATIONS, 0, lambda conn: ran.append(0))
    # when it is opened
    with Store(path) as store:
        # then the migration ran, the version is current and the data is still there
        assert ran == [0]
        assert store.count_events() == 1
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM meta").fetchone()[0] == str(database.SCHEMA_VERSION)
    assert Path(f"{path}.schema0.bak").exists()


def test_a_read_only_store_can_be_read_but_refuses_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a store the user may not write (tests often run as root, so ask os.access to say no)
    path = a_store_file(tmp_path)
    real_access = database.os.access
    monkeypatch.setattr(
        database.os,
        "access",
        lambda p, mode: False if mode == database.os.W_OK else real_access(p, mode),
    )
    with Store(path) as store:
        assert store.read_only
        assert store.count_events() == 1
        # an unchanged file is still recognised
        assert store.save_article(an_article(STRIKE_A), extraction()).status == "unchanged"
        with pytest.raises(StoreError, match="read-only.*Nothing was changed"):
            store.save_article(an_article("Another text."), extraction())
        with pytest.raises(StoreError, match="read-only"):
            store.delete_event(store.events()[0].id)
        assert store.count_events() == 1


def test_a_full_disk_fails_the_write_cleanly_and_loses_nothing(tmp_path: Path) -> None:
    # given a store whose file may not grow any more (SQLite reports it as a full disk)
    path = a_store_file(tmp_path)
    store = Store(path)
    store._engine.dispose()

    @event.listens_for(store._engine, "connect")
    def _cap(dbapi_connection, _record) -> None:  # noqa: ANN001
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    big = "Ukraine struck Voronezh again on Tuesday. " + "Filler words. " * 40_000
    # when a big article is saved, then a clear error
    with pytest.raises(StoreError, match="full"):
        store.save_article(an_article(big, path="big.txt"), extraction())
    # and what was stored is intact and consistent
    assert len(store.articles()) == 1
    assert store.count_events() == 1
    assert store.summary_is_consistent()
    store.close()


def test_a_second_writer_waiting_too_long_is_told_the_store_is_busy(tmp_path: Path) -> None:
    # given another window holding the write lock
    path = a_store_file(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Store(path, busy_timeout=0.2) as store:
            # when this one writes, then it is told, clearly
            with pytest.raises(StoreError, match="busy .another window or import is writing"):
                store.save_article(an_article("A new text."), extraction())
            # and reading still works meanwhile (WAL)
            assert store.count_events() == 1
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_worker_thread_writes_while_the_gui_thread_reads(tmp_path: Path) -> None:
    path = tmp_path / "threads.sqlite"
    store = Store(path)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for i in range(40):
                text = f"Report {i}: {STRIKE_A}"
                store.save_article(an_article(text, path=f"{i}.txt"), extraction())
        except BaseException as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    while thread.is_alive():
        store.articles()
        store.event_marks(0, 10**6)
    thread.join()
    assert errors == []
    assert len(store.articles()) == 40
    store.close()


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = Store(tmp_path / "closed.sqlite")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.events()
