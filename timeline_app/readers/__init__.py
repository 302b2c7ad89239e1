"""Readers turn one file (any supported format) into one or more `RawArticle`s.

`read_path` reads a file (refusing, with a one-line reason, what cannot be read) and hands its
bytes to the reader chosen by `registry`; `expand_paths` flattens folders into files, and
`skipped_in_folders` says which of the files a folder gave are of a kind never read.

The package itself is light: the command line walks the folders given with `expand_paths` before
it starts the worker processes, the critical path of an import, and importing the readers (about
60 ms of CPU, most of it compiling their date patterns) delayed that start by as much. What reads
(`read_path`, `read_bytes` and the rest of `__all__`) is imported on first use, by `__getattr__`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline_app.readers.kinds import DEFAULT_MAX_BYTES, NEVER_READ

if TYPE_CHECKING:
    from timeline_app.readers.base import ReaderError
    from timeline_app.readers.files import read_path
    from timeline_app.readers.registry import SUPPORTED_SUFFIXES, detect_format, read_bytes

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ReaderError",
    "detect_format",
    "expand_paths",
    "read_bytes",
    "read_path",
    "skipped_in_folders",
]

# What `__getattr__` imports on first use: each name's module.
_LAZY = {
    "ReaderError": "timeline_app.readers.base",
    "read_path": "timeline_app.readers.files",
    "_read_stream": "timeline_app.readers.files",  # (tests import it from here)
    "SUPPORTED_SUFFIXES": "timeline_app.readers.registry",
    "detect_format": "timeline_app.readers.registry",
    "read_bytes": "timeline_app.readers.registry",
}


def __getattr__(name: str) -> Any:
    """A name of `_LAZY`, imported from its module on first use (then kept here). Any other
    name is unknown, so that `from timeline_app.readers import text` imports the submodule."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files and folders (recursive, sorted, hidden files skipped) flattened into files."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not _hidden(f, p)))
        else:
            out.append(p)
    return out


def skipped_in_folders(files: Sequence[Path], given: Iterable[Path]) -> dict[Path, str]:
    """Why each file of `files` (what `expand_paths` made of `given`) that a folder walk found is
    not read, when it is of a kind no reader reads (a picture, a video, a program: NEVER_READ):
    "not an article: an image (.png)". A dropped folder often holds such files beside the
    articles; they are no one's mistake. A file the user named (one of `given`) is read, and
    fails if it cannot be: that was asked for."""
    named = set(given)
    skipped = {}
    for f in files:
        suffix = f.suffix.lower()
        kind = NEVER_READ.get(suffix)  # never_read(f.name), without making a path of its name
        if kind and f not in named:
            skipped[f] = f"not an article: {kind} ({suffix})"
    return skipped


def _hidden(f: Path, root: Path) -> bool:
    """Hidden files and anything inside hidden folders (.git, .venv) below the dropped folder.

    `f` is one of `root.rglob`'s paths, `root`'s parts and its own: the parts after `root`'s are
    what `f.relative_to(root).parts` gives, without its cost (a fifth of walking a folder)."""
    return any(part.startswith(".") for part in f.parts[len(root.parts) :])
