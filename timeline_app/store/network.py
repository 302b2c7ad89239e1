"""Is a store file on a network drive? SQLite's WAL needs shared memory that network file systems
do not provide, so such a store uses the rollback journal instead (slower, but never corrupted).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    [
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "ncpfs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "gpfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.glusterfs",
        "fuse.ceph",
    ]
)
_DRIVE_REMOTE = 4  # GetDriveTypeW


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """True when `path` lives on a network file system (UNC path, remote drive, NFS/SMB mount)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(text)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False  # macOS and others: no cheap answer; WAL as usual
    return _mount_type(_existing(path), mounts_text) in NETWORK_FILESYSTEMS


def _existing(path: Path) -> str:
    """The path with its existing part resolved (symlinks followed); a new store's file and
    folders that do not exist yet are kept as written below it."""
    current, tail = path.expanduser().absolute(), []
    while not current.exists() and current != current.parent:
        tail.append(current.name)
        current = current.parent
    return os.path.join(os.path.realpath(current), *reversed(tail))


def _mount_type(path: str, mounts_text: str) -> str:
    best, best_type = "", ""
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if not drive:
        return False
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE)
