"""Readers turn one file (any supported format) into one or more `RawArticle`s.

STUB: owned by the readers work (issue 5). Keep the signatures of `read_path` and `expand_paths`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from timeline_app.domain.model import RawArticle

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class ReaderError(Exception):
    """A file that cannot be read; the message is shown to the user as the reason."""


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files and folders (recursive, sorted, hidden files skipped) flattened into files."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


def read_path(
    path: Path,
    *,
    published: date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[RawArticle]:
    """The articles in one file. `published`/`language` are the user's values; they win.

    Raises ReaderError with a clear, one-line reason when the file cannot be read.
    """
    raise ReaderError("not implemented")
