"""Reading one file from disk: its bytes (refused, with a one-line reason, when it cannot be read:
missing, a folder, empty, too large) handed to the reader `registry` chooses.
"""

from __future__ import annotations

import errno
import stat
from datetime import date
from pathlib import Path
from typing import BinaryIO

from timeline_app.domain.model import RawArticle
from timeline_app.readers.base import ReadContext, ReaderError
from timeline_app.readers.kinds import DEFAULT_MAX_BYTES
from timeline_app.readers.registry import read_bytes


def read_path(
    path: Path,
    *,
    published: date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    failures: list[tuple[str, str]] | None = None,
) -> list[RawArticle]:
    """The articles in one file. `published`/`language` are the user's values; they win.

    Raises ReaderError with a clear, one-line reason when the file cannot be read. `failures`
    receives (path, reason) for each part (an archive's entry, a JSON line) that could not be read
    while others were.
    """
    file = Path(path)
    data = _read_file(file, max_bytes)
    ctx = ReadContext(
        str(path),  # as given: a str caller's spelling is kept
        published=published,
        language=language,
        max_bytes=max_bytes,
        name=file.name,
        failures=failures,
    )
    return read_bytes(data, ctx)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):  # what path.is_dir() would ask the system again
            raise ReaderError("is a folder, not a file")
        _check_size(status.st_size, max_bytes)
        with path.open("rb") as stream:
            data = _read_stream(stream, status.st_size, max_bytes)
    except FileNotFoundError as exc:
        raise ReaderError("file not found (deleted or moved before it could be read)") from exc
    except PermissionError as exc:
        raise ReaderError("permission denied (the file is not readable)") from exc
    except IsADirectoryError as exc:
        raise ReaderError("is a folder, not a file") from exc
    except OSError as exc:
        reason = exc.strerror or errno.errorcode.get(exc.errno or 0, "I/O error")
        raise ReaderError(f"cannot read the file ({reason})") from exc
    _check_size(len(data), max_bytes)  # it may have grown since stat()
    return data


def _read_stream(stream: BinaryIO, size: int, max_bytes: int) -> bytes:
    """At most `max_bytes + 1` bytes: the `size` that stat() gave and one more, then the rest only
    when the file has grown since. Asking for `max_bytes + 1` at once would make Python allocate a
    buffer of that size (50 MB by default) for every small file: a third of reading's cost."""
    data = stream.read(size + 1)
    if len(data) > size:  # it grew: read on up to the limit, as one large read would have
        data += stream.read(max_bytes + 1 - len(data))
    return data


def _check_size(size: int, max_bytes: int) -> None:
    if size == 0:
        raise ReaderError("empty file")
    if size > max_bytes:
        raise ReaderError(f"file too large: {_mb(size)} (the limit is {_mb(max_bytes)})")


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size} bytes"
