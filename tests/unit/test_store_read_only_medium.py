"""A store on a read-only medium (a CD, a write-protected stick, a read-only mount): it is read
(as immutable when nothing can write it and no journal holds commits), and every write says that
the medium is read-only and that nothing was changed.

The medium is simulated (tests run as root, whom permissions do not stop), and made real with a
read-only tmpfs mount where the test may mount one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.store_builders import STRIKE_A, an_article, an_event, extraction
from timeline_app.cli import main
from timeline_app.store import database
from timeline_app.store.medium import is_read_only_medium
from timeline_app.store.repositories import Store, StoreError


def a_store_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "store.sqlite"
    with Store(path) as store:
        store.save_article(an_article(STRIKE_A), extraction(an_event(STRIKE_A, STRIKE_A)))
    return path


def on_read_only_medium(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on every file is on a read-only medium: nothing may be written, the mount says so."""
    real_access = database.os.access
    monkeypatch.setattr(
        database.os,
        "access",
        lambda p, mode: False if mode == database.os.W_OK else real_access(p, mode),
    )
    monkeypatch.setattr(database, "is_read_only_medium", lambda _path: True)


def test_a_store_on_a_read_only_medium_is_read_as_immutable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = a_store_file(tmp_path)
    on_read_only_medium(monkeypatch)
    with Store(path) as store:
        assert store.read_only
        assert store.count_events() == 1 and len(store.articles()) == 1
    # read without the -shm file a store in WAL mode is otherwise read through
    assert not Path(f"{path}-shm").exists()


def test_writing_to_it_says_the_medium_is_read_only_and_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = a_store_file(tmp_path)
    on_read_only_medium(monkeypatch)
    with Store(path) as store:
        assert "read-only medium" in store.read_only_reason
        with pytest.raises(StoreError, match="read-only medium.*Nothing was changed"):
            store.delete_event(store.events()[0].id)
        with pytest.raises(StoreError, match="read-only medium.*Nothing was changed"):
            store.save_article(an_article("Another text."), extraction())
        # an unchanged text is still recognised
        assert store.save_article(an_article(STRIKE_A), extraction()).status == "unchanged"
        assert store.count_events() == 1


def test_commits_left_in_the_wal_are_read_not_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a store whose last commit is still in its -wal file (immutable reads would miss it)
    path = a_store_file(tmp_path)
    on_read_only_medium(monkeypatch)
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE event SET title = 'Checked'")
        writer.commit()
        assert Path(f"{path}-wal").stat().st_size > 0
        with Store(path) as store:
            assert [e.title for e in store.events()] == ["Checked"]
    finally:
        writer.close()


def test_the_command_line_reads_it_and_refuses_to_import_into_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = a_store_file(tmp_path / "cd")
    on_read_only_medium(monkeypatch)
    assert main(["events", "--db", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 event"
    new = tmp_path / "new.txt"
    new.write_text("Talks were held in Geneva on 5 March 2024.\n")
    assert main(["import", str(new), "--db", str(path), "--jobs", "1"]) != 0
    err = capsys.readouterr().err
    assert "read-only medium" in err and "Nothing was changed" in err
    with Store(path) as store:
        assert len(store.articles()) == 1


def test_a_normal_folder_is_not_a_read_only_medium(tmp_path: Path) -> None:
    assert not is_read_only_medium(tmp_path)


# --- a real read-only mount (root only, where mounting is allowed) ---------------------------


def _mount(*args: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, timeout=30)
    return done.returncode == 0


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(a folder for the files, the mount point): what is copied to the folder is on a
    read-only tmpfs under the mount point after `remount_read_only`."""
    point = tmp_path / "medium"
    point.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(point)):
        pytest.skip("cannot mount a tmpfs here (not root, or not allowed)")
    try:
        yield tmp_path, point
    finally:
        subprocess.run(["umount", str(point)], capture_output=True, timeout=30)


def remount_read_only(point: Path) -> None:
    assert _mount("-o", "remount,ro", str(point))
    assert is_read_only_medium(point)


def test_a_store_on_a_real_read_only_mount_is_read_and_refuses_writes(
    read_only_mount: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, point = read_only_mount
    shutil.copy(a_store_file(folder / "src"), point / "store.sqlite")
    remount_read_only(point)
    path = point / "store.sqlite"
    with Store(path) as store:
        assert store.count_events() == 1
        with pytest.raises(StoreError, match="read-only medium.*Nothing was changed"):
            store.delete_event(store.events()[0].id)
    assert main(["events", "--db", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 event"


def test_a_wal_that_cannot_be_read_there_is_named_not_called_damage(
    read_only_mount: tuple[Path, Path],
) -> None:
    # given a copy of a store whose last commit is in its -wal file, without the -shm file
    folder, point = read_only_mount
    path = a_store_file(folder / "src")
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE event SET title = 'Checked'")
        writer.commit()
        shutil.copy(path, point / "store.sqlite")
        shutil.copy(f"{path}-wal", point / "store.sqlite-wal")
    finally:
        writer.close()
    remount_read_only(point)
    with pytest.raises(StoreError, match="read-only medium and its last changes") as raised:
        Store(point / "store.sqlite")
    assert "damaged" not in str(raised.value)


def test_a_folder_that_cannot_be_written_is_named_not_called_damage(
    read_only_mount: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a store in WAL mode in a folder SQLite cannot write, on a medium that is not known
    # to be read-only (a folder without write permission: someone else might write the store)
    folder, point = read_only_mount
    shutil.copy(a_store_file(folder / "src"), point / "store.sqlite")
    remount_read_only(point)
    monkeypatch.setattr(database, "is_read_only_medium", lambda _path: False)
    # then it is not read as immutable, and the analyst is told why it cannot be read
    with pytest.raises(StoreError, match="folder .* cannot be written.*copy") as raised:
        Store(point / "store.sqlite")
    assert "damaged" not in str(raised.value)
