"""py3langid's model, uncompressed once per machine into the user's cache folder and mapped into
memory from there.

py3langid ships its model LZMA-compressed: each process that detects a language would spend about
a third of a second turning 4.5 MB into ~68 MB of tables (every app launch and every command-line
import, in the workers' forkserver). The cache keeps those tables as raw arrays, already limited to
the languages we detect, and maps them read-only with mmap: loading takes a few milliseconds,
nothing is copied, and every process shares the same pages.

The answers are those of the packaged model, bit for bit: the cache holds exactly the values that
`set_languages` selects; only the language-by-feature table is stored row-major (set_languages
leaves it column-major) and as float32 (the model's are float16). `_sparse_score` gathers the rows
it needs into a new row-major array either way, and multiplies the float32 counts with them, for
which numpy turns float16 rows into float32 ones first (exactly: every float16 is a float32): so
the scores are computed from identical inputs, and the gather and product cost about half as much.
The table takes twice the space in the file (7 MB more), shared by every process that maps it.

Purely an optimisation, like the gazetteer cache: the file is keyed by py3langid's version, the
packaged model file (size, mtime), the languages and this format; written atomically; checked when
loaded (layout, size, an end marker, and the packaged model's rankings of a few probe texts); and
ignored when missing, stale, damaged or unwritable: the caller then loads the packaged model.
A new file replaces the stale ones of the same install (the same packaged model's path).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import mmap
import os
import sys
import tempfile
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from timeline_app.paths import user_cache_dir

log = logging.getLogger(__name__)

FORMAT = 2  # 2: the language-by-feature table as float32
PREFIX = "langid-"
_MAGIC = b"TLLANGID"
_END = b"TLLANGID-END"
_ALIGN = 64  # every array starts on a cache line (and so is aligned for its item type)
# Texts whose rankings (every language's score) the packaged model wrote into the file: a cache
# whose tables differ where they reach is refused. Several scripts, so that many pages are probed.
PROBES = (
    "Russian drones struck energy facilities in Kharkiv on Monday, the governor said.",
    "Російські дрони атакували енергетичні об'єкти в Харкові в понеділок, повідомив губернатор.",
    "Российские дроны атаковали энергетические объекты в Харькове, сообщил губернатор.",
    "Die Verhandlungen in Genf wurden am Dienstag ohne Ergebnis abgebrochen.",
    "Les négociations de Genève ont été suspendues mardi sans résultat.",
    "أعلنت الحكومة عن وقف إطلاق النار في المدينة يوم الثلاثاء",
    "政府周二宣布在该市停火，谈判将在日内瓦继续。",
    "Η κυβέρνηση ανακοίνωσε εκεχειρία στην πόλη την Τρίτη.",
    "Kyiv 2024",
)


def load_identifier(languages: Sequence[str]) -> Any:
    """A `LanguageIdentifier` restricted to `languages` (normalised probabilities): from the cache
    when it is valid, else from the packaged model (then cached for the next process if possible).
    """
    langid = _import_langid()
    try:
        key = cache_key(languages, langid.MODEL_DIR / langid.MODEL_FILE)
    except OSError:  # the packaged model cannot even be seen: let py3langid report it
        return packaged(languages)
    path = cache_path(key)
    cached = load(path, key)
    if cached is not None:
        return cached
    identifier = packaged(languages)
    save(path, key, identifier)
    # Mapped from the file just written: the ~68 MB decompressed here can then be freed.
    return load(path, key) or identifier


# numpy's BLAS reads its thread count from these when it is loaded.
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _import_langid() -> Any:
    """py3langid's `langid` module; numpy, when this imports it, with one BLAS thread.

    Why: its products are far too small to gain from threads, yet OpenBLAS started one per
    core, and they spun waiting for work: a tenth of a second of CPU per process that loads
    the model (the import's forkserver among them), taken from the other processes on a
    two-core machine. The variables are given back at once (numpy read them at its import);
    a thread count the user set stays as set.
    """
    if "numpy" in sys.modules:
        from py3langid import langid

        return langid
    saved = {name: os.environ.get(name) for name in _BLAS_THREADS}
    for name in _BLAS_THREADS:
        os.environ.setdefault(name, "1")
    try:
        from py3langid import langid
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
    return langid


def packaged(languages: Sequence[str]) -> Any:
    """The packaged model, decompressed (about a third of a second)."""
    from py3langid import langid

    from timeline_app.readers.langid_walk import WordWalkIdentifier

    identifier = WordWalkIdentifier.from_modelpath(
        langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True
    )
    identifier.set_languages(list(languages))
    return identifier


def cache_key(languages: Sequence[str], model_file: Path) -> dict[str, Any]:
    """All a cache file's tables depend on (JSON values, compared as read back from the file)."""
    import py3langid

    status = model_file.stat()
    return {
        "format": FORMAT,
        "py3langid": str(getattr(py3langid, "__version__", "unknown")),
        "model": [str(model_file), status.st_size, status.st_mtime_ns],
        "languages": list(languages),
        "byteorder": sys.byteorder,
    }


def cache_path(key: dict[str, Any]) -> Path:
    """`langid-<install>-<key>.bin`: installs of the app (venvs, bundles) that share the user's
    cache folder each keep their own file instead of replacing each other's at every start."""
    return user_cache_dir() / f"{_install_prefix(key)}{_digest(key)}.bin"


def _install_prefix(key: dict[str, Any]) -> str:
    return f"{PREFIX}{_digest(key['model'][0])}-"


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


# --- reading -------------------------------------------------------------------------------------


def load(path: Path, key: dict[str, Any]) -> Any | None:
    """The identifier mapped from `path`, or None when the file is missing, stale or damaged."""
    try:
        with open(path, "rb") as stream:
            mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable, or empty (mmap refuses empty files)
        return None
    try:
        return _identifier(memoryview(mapped), key)
    except Exception as exc:  # whatever is wrong with the file, the packaged model still works
        log.debug("ignoring the language model cache %s (%s)", path, exc)
        return None


def _identifier(view: memoryview, key: dict[str, Any]) -> Any:
    from timeline_app.readers.langid_walk import WordWalkIdentifier

    if view[: len(_MAGIC)] != _MAGIC:
        raise ValueError("not a language model cache")
    header_end = len(_MAGIC) + 8
    header_size = int.from_bytes(view[len(_MAGIC) : header_end], "little")
    header = json.loads(bytes(view[header_end : header_end + header_size]))
    if header.get("key") != key:
        raise ValueError("made for another model, version or set of languages")
    start = _aligned(header_end + header_size)
    end = start + int(header["data_size"])
    if len(view) != end + len(_END) or view[end:] != _END:
        raise ValueError("truncated or padded")
    tables = {name: _table(view, start, spec) for name, spec in header["tables"].items()}
    identifier = WordWalkIdentifier(
        tables["ptc"],
        tables["pc"],
        list(header["classes"]),
        tables["nextmove"],
        tables["output"],
        norm_probs=True,
        tk_row=tables["row"],
    )
    for text, ranking in header["probes"]:
        if [[code, score] for code, score in identifier.rank(text)] != ranking:
            raise ValueError("its answers differ from the packaged model's")
    return identifier


def _table(view: memoryview, start: int, spec: dict[str, Any]) -> Any:
    """One array, read-only over the mapping: a numpy array or a typed memoryview."""
    first = start + int(spec["offset"])
    size = int(spec["size"])
    if spec["kind"] == "numpy":
        import numpy as np

        dtype = np.dtype(spec["format"])
        shape = tuple(int(n) for n in spec["shape"])
        count = 1
        for n in shape:
            count *= n
        if count * dtype.itemsize != size:
            raise ValueError("an array's size does not match its shape")
        return np.frombuffer(view, dtype=dtype, count=count, offset=first).reshape(shape)
    typed = view[first : first + size].cast(spec["format"])
    if typed.itemsize != int(spec["itemsize"]):
        raise ValueError("written on a machine with other integer sizes")
    return typed


def _aligned(offset: int) -> int:
    return -(-offset // _ALIGN) * _ALIGN


# --- writing -------------------------------------------------------------------------------------


def save(path: Path, key: dict[str, Any], identifier: Any) -> None:
    """Write atomically (a reader never sees half a file) and drop stale versions; never raise."""
    try:
        payload = _payload(key, identifier)
    except (TypeError, ValueError, OverflowError) as exc:  # a py3langid whose tables we misread
        log.debug("language model cache not written (%s)", exc)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".bin", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                for part in payload:
                    out.write(part)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        for old in path.parent.glob(f"{_install_prefix(key)}*.bin"):  # this install's, stale
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()  # a process still mapping it keeps its pages (POSIX)
    except OSError as exc:  # read-only or full disk, no home folder: decompress each time
        log.debug("language model cache not written (%s)", exc)


def _payload(key: dict[str, Any], identifier: Any) -> list[bytes | memoryview]:
    """The file's bytes, in order: magic, header size, header, padding, tables, end marker."""
    import numpy as np

    arrays: dict[str, Any] = {
        # row-major and float32 (see the module's doc)
        "ptc": np.ascontiguousarray(identifier.nb_ptc, dtype=np.float32),
        "pc": np.ascontiguousarray(identifier.nb_pc),
        "nextmove": _typed(identifier.tk_nextmove),
        "row": _typed(identifier.tk_row),
        "output": array("i", identifier.tk_output),
    }
    tables: dict[str, dict[str, Any]] = {}
    blobs: list[bytes | memoryview] = []
    offset = 0
    for name, values in arrays.items():
        blob = memoryview(values).cast("B") if isinstance(values, array) else values.tobytes()
        spec: dict[str, Any] = {"offset": offset, "size": len(blob)}
        if isinstance(values, array):
            spec.update(kind="array", format=values.typecode, itemsize=values.itemsize)
        else:
            spec.update(kind="numpy", format=values.dtype.str, shape=list(values.shape))
        tables[name] = spec
        padding = _aligned(len(blob)) - len(blob)
        blobs += [blob, b"\0" * padding]
        offset += len(blob) + padding
    probes = [[text, [[c, s] for c, s in identifier.rank(text)]] for text in PROBES]
    header = json.dumps(
        {
            "key": key,
            "classes": list(identifier.nb_classes),
            "tables": tables,
            "data_size": offset,
            "probes": probes,
        },
        ensure_ascii=False,
    ).encode()
    lead = _MAGIC + len(header).to_bytes(8, "little") + header
    return [lead, b"\0" * (_aligned(len(lead)) - len(lead)), *blobs, _END]


def _typed(values: Any) -> array[Any]:
    """py3langid's integer tables as `array`s (they are already, in the versions we know)."""
    if isinstance(values, array):
        return values
    raise TypeError(f"unexpected table type {type(values).__name__}")
