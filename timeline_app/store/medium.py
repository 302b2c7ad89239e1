"""Is a store file on a read-only medium (a CD, a write-protected stick, a read-only mount)?

SQLite reads a store in WAL mode through a `-shm` file beside it, which it cannot make there; it
can read such a file as `immutable` (no locks, no `-shm`) instead, which is safe only when nothing
can write the file meanwhile: exactly the case of a medium mounted read-only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_FILE_READ_ONLY_VOLUME = 0x00080000  # GetVolumeInformationW's flag


def is_read_only_medium(path: Path) -> bool:
    """True when the file system holding `path` (an existing file or folder) is mounted
    read-only, so that no process can write it; False when unsure."""
    if sys.platform == "win32":
        return _windows_volume_is_read_only(str(path))
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # gone meanwhile, or a system without statvfs
        return False


def _windows_volume_is_read_only(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    root = os.path.splitdrive(os.path.abspath(text))[0]
    if not root:
        return False
    flags = ctypes.c_ulong(0)
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    found = kernel32.GetVolumeInformationW(
        root + "\\", None, 0, None, None, ctypes.byref(flags), None, 0
    )
    return bool(found) and bool(flags.value & _FILE_READ_ONLY_VOLUME)


def read_only_words(location: str, on_medium: bool) -> str:
    """Why a read-only store saves nothing, in a sentence for the analyst."""
    if on_medium:
        return (
            f"The store {location} is on a read-only medium (a CD, a write-protected drive or a "
            "read-only mount); changes cannot be saved. Nothing was changed."
        )
    return f"The store {location} is read-only; changes cannot be saved. Nothing was changed."
