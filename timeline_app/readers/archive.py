"""Zip archives: every entry read by its own reader, as "archive.zip!inner/file.html".

Defences, since nothing in an archive is trusted: the whole archive is refused when an entry
name is absolute or climbs out with "../" (a crafted archive; we never extract to disk, but an
analyst should know); total uncompressed size, entry count and compression ratio are bounded
and enforced on the bytes actually read, not the sizes the archive declares (zip bombs).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import PurePosixPath

from timeline_app.domain.model import RawArticle
from timeline_app.readers.base import ReadContext, ReaderError
from timeline_app.readers.kinds import never_read

MAX_ENTRIES = 10_000
MAX_RATIO = 200  # text compresses ~10:1; a few hundred to one is a bomb
MAX_DEPTH = 2  # a zip inside a zip inside a zip is as deep as we go
_RATIO_FLOOR = 1024 * 1024  # small entries may compress absurdly well (a run of spaces)
_SKIPPED_PREFIXES = ("__MACOSX/",)


class ZipBombError(ReaderError):
    """An archive that would inflate beyond the limits: refused whole."""


ReadBytes = Callable[[bytes, ReadContext], list[RawArticle]]


def read_zip(data: bytes, ctx: ReadContext, read_bytes: ReadBytes) -> list[RawArticle]:
    if ctx.depth >= MAX_DEPTH:
        raise ReaderError("archive nested too deeply")
    archive = _open(data)
    entries = _entries(archive)
    _check_sizes(entries, ctx, len(data))
    articles: list[RawArticle] = []
    failed: list[tuple[str, str]] = []
    budget = _total_limit(ctx)
    for info in entries:
        child = replace(
            ctx,
            source_path=f"{ctx.source_path}!{info.filename}",
            name=PurePosixPath(info.filename.replace("\\", "/")).name,
            depth=ctx.depth + 1,
        )
        try:
            content = _read_entry(archive, info, min(ctx.max_bytes, budget))
            budget -= len(content)
            articles.extend(read_bytes(content, child))
        except ZipBombError:
            raise
        except ReaderError as exc:  # one bad entry does not lose the others
            failed.append((child.source_path, str(exc)))
    if not articles:
        detail = f" ({_entry_name(failed[0][0], ctx)}: {failed[0][1]})" if failed else ""
        raise ReaderError(f"no readable article in the archive{detail}")
    if ctx.failures is not None:  # said to the user, next to the entries that were read
        ctx.failures.extend(failed)
    return articles


def _entry_name(path: str, ctx: ReadContext) -> str:
    return path.removeprefix(f"{ctx.source_path}!")


def _open(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ReaderError(f"corrupt zip archive ({exc})") from exc


def _entries(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ReaderError(f"zip archive with {len(infos)} entries (limit {MAX_ENTRIES})")
    for info in infos:
        if unsafe_name(info.filename):
            raise ReaderError(f"unsafe path in zip archive refused: {info.filename!r}")
    return [i for i in infos if not i.is_dir() and not _skipped(i.filename)]


def unsafe_name(name: str) -> bool:
    """Absolute paths, drive letters and '..' components (with either slash)."""
    normal = name.replace("\\", "/")
    if normal.startswith("/") or (len(normal) > 1 and normal[1] == ":"):
        return True
    return ".." in PurePosixPath(normal).parts


def _skipped(name: str) -> bool:
    """Hidden entries, resource forks, and files of a kind no reader reads (the pictures of saved
    pages, a video): as in a dropped folder, they are no article and nobody's mistake."""
    base = PurePosixPath(name).name
    return base.startswith(".") or name.startswith(_SKIPPED_PREFIXES) or bool(never_read(base))


def _total_limit(ctx: ReadContext) -> int:
    return 4 * ctx.max_bytes


def _check_sizes(entries: list[zipfile.ZipInfo], ctx: ReadContext, packed: int) -> None:
    declared = sum(i.file_size for i in entries)
    if declared > _total_limit(ctx):
        limit = _total_limit(ctx)
        raise ZipBombError(_bomb(f"{_size(declared)} uncompressed (limit {_size(limit)})"))
    for info in entries:
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise ZipBombError(
                _bomb(f"{info.filename!r} expands {info.file_size // max(info.compress_size, 1)}:1")
            )
    if declared > _RATIO_FLOOR and declared > MAX_RATIO * max(packed, 1):
        raise ZipBombError(_bomb(f"expands {declared // max(packed, 1)}:1"))


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most `limit` bytes: a lying header cannot make us inflate more than that."""
    try:
        with archive.open(info) as stream:
            content = stream.read(limit + 1)
    except RuntimeError as exc:  # zipfile's way of saying "encrypted"
        raise ReaderError("password-protected entry") from exc
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ) as exc:
        raise ReaderError(f"corrupt entry ({exc})") from exc
    if len(content) > limit:
        raise ZipBombError(_bomb(f"{info.filename!r} inflates beyond {_size(limit)}"))
    if not content:
        raise ReaderError("empty file")  # as a file on disk would say
    return content


def _bomb(detail: str) -> str:
    return f"zip bomb refused: {detail}"


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n} bytes"
