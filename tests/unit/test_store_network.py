"""A store on a network drive uses the rollback journal: WAL's shared memory does not cross machines."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.store import database
from timeline_app.store.network import is_network_path
from timeline_app.store.repositories import Store

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
server:/export/analysts /mnt/team nfs4 rw,relatime 0 0
//fileserver/shared /mnt/smb\\040share cifs rw 0 0
tmpfs /mnt/team/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/team/timeline.sqlite", True),
        ("/mnt/team/sub/dir/new.sqlite", True),
        ("/mnt/smb share/t.sqlite", True),
        ("/mnt/team/local/t.sqlite", False),  # a local mount inside the network one wins
        ("/mnt/teamwork/t.sqlite", False),  # a prefix of the name is not the mount
        ("/home/analyst/t.sqlite", False),
        ("\\\\fileserver\\shared\\t.sqlite", True),
    ],
)
def test_network_paths_are_recognised(path: str, expected: bool) -> None:
    assert is_network_path(Path(path), MOUNTS) is expected


def test_a_store_on_a_network_drive_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a folder the mount table says is an NFS share
    monkeypatch.setattr(database, "is_network_path", lambda path: True)
    # when a store is created there
    store = Store(tmp_path / "shared.sqlite")
    try:
        with store._engine.connect() as conn:  # noqa: SLF001 - the pragma is the point
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        store.close()
    # then it does not use WAL
    assert mode == "delete"
    assert not (tmp_path / "shared.sqlite-wal").exists()


def test_a_local_store_uses_wal(tmp_path: Path) -> None:
    store = Store(tmp_path / "local.sqlite")
    try:
        with store._engine.connect() as conn:  # noqa: SLF001
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        store.close()
    assert mode == "wal"
