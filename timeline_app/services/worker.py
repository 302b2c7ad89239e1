"""The work a pool process does for one input file: read it and extract its events.

Pure functions of their (picklable) request: no store, no Qt. Nothing here raises for a bad file;
the outcome says what went wrong in words an analyst understands.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from timeline_app.domain.model import (
    Extraction,
    PublishedSource,
    RawArticle,
    by_fields,
    content_hash,
)
from timeline_app.readers.kinds import DEFAULT_MAX_BYTES
from timeline_app.services.data_import import ExportFormatError, is_own_export, load_export

log = logging.getLogger(__name__)
OPTION = PublishedSource.OPTION


@by_fields  # sent from the pool's processes to the writer: see `by_fields`
@dataclass(frozen=True, slots=True)
class ReadRequest:
    """One input file and the user's overrides for it."""

    path: str  # as the user gave it (or as expand_paths found it)
    published: date | None = None
    language: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    # Content hashes of the texts the store already holds from this file: an article with one of
    # them is "unchanged" whatever it says, so extracting it again would be wasted (a re-import).
    stored: frozenset[str] = frozenset()
    # (source path, date) of each article the store holds from this file whose publication date
    # was given by hand (the analyst's, or an earlier --published): a changed article keeps it,
    # and its relative dates are resolved against it, unless this request gives its own.
    dates: tuple[tuple[str, date], ...] = ()
    # Why the file is not read at all (a picture a folder walk found: `skipped_in_folders`), or "".
    # The importer reports it skipped without sending it to a worker.
    skip: str = ""


@by_fields  # sent from the pool's processes to the writer: see `by_fields`
@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article read from a file; `extraction` is None when extraction failed (`error` says why)
    or was not needed: `stored`, the store holds this text already."""

    article: RawArticle
    extraction: Extraction | None
    error: str = ""
    stored: bool = False


@by_fields  # sent from the pool's processes to the writer: see `by_fields`
@dataclass(frozen=True, slots=True)
class FileOutcome:
    """Everything one file gave: its articles, our own JSON export, or why it could not be read;
    `failed_parts`: (path, reason) of each part (an archive's entry, a JSON line) that could not
    be read beside them."""

    path: str
    articles: tuple[ArticleResult, ...] = ()
    error: str = ""
    export: dict[str, Any] | None = None
    failed_parts: tuple[tuple[str, str], ...] = ()


def describe_os_error(exc: OSError) -> str:
    """A one-line reason for a file-system failure, without Python's decoration."""
    if isinstance(exc, FileNotFoundError):
        return "file not found (deleted or moved?)"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return exc.strerror or str(exc) or type(exc).__name__


def read_articles(
    req: ReadRequest, path: Path | None = None, failures: list[tuple[str, str]] | None = None
) -> list[RawArticle]:
    """The articles of one file (`path` is `req.path` when the caller has made it already);
    raises ReaderError / OSError like `read_path`, and fills `failures` like it.

    The readers are imported here, at the first file read, for the reason `extract` gives: the
    importer's writer imports this module but reads nothing when a pool runs.
    """
    from timeline_app.readers.base import ReaderError
    from timeline_app.readers.files import read_path

    path = Path(req.path) if path is None else path
    if not path.exists():
        raise FileNotFoundError(req.path)
    articles = read_path(
        path,
        published=req.published,
        language=req.language,
        max_bytes=req.max_bytes,
        failures=failures,
    )
    if not articles:
        raise ReaderError("no article text found in this file")
    return articles


def extract(article: RawArticle) -> Extraction:
    """`extraction.pipeline.extract`, imported at the first article extracted.

    Why: the importer's writer imports this module but extracts nothing when a pool runs, and
    the extraction's modules (a tenth of a second) delayed the pool's start, which waits for the
    writer's imports. The pool's workers find them imported already (their forkserver preloads
    them), and so does an import in one process after its first article.
    """
    from timeline_app.extraction.pipeline import extract as run

    return run(article)


def extract_safely(article: RawArticle) -> ArticleResult:
    try:
        return ArticleResult(article, extract(article))
    except Exception as exc:  # a bug on one article must not lose the rest of the import
        log.debug("extraction failed on %s", article.source_path, exc_info=True)
        return ArticleResult(article, None, f"extraction failed ({type(exc).__name__}: {exc})")


def read_and_extract(req: ReadRequest) -> FileOutcome:
    """Read one file and extract every article in it. Never raises."""
    from timeline_app.readers.base import ReaderError  # (see `read_articles`)

    failures: list[tuple[str, str]] = []
    try:
        path = Path(req.path)
        if is_own_export(path):
            return FileOutcome(req.path, export=load_export(path))
        articles = read_articles(req, path, failures)
    except (ReaderError, ExportFormatError) as exc:
        return FileOutcome(req.path, error=str(exc) or "cannot be read")
    except OSError as exc:
        return FileOutcome(req.path, error=describe_os_error(exc))
    except Exception as exc:  # a reader bug is one failed file, not a failed import
        log.debug("reading %s failed", req.path, exc_info=True)
        return FileOutcome(req.path, error=f"cannot be read ({type(exc).__name__}: {exc})")
    if req.dates:
        articles = _with_option_dates(articles, dict(req.dates))
    # Given --published, a stored text is extracted too: an undated article takes that date.
    stored = req.stored if req.published is None else frozenset()
    results = tuple(_result(a, stored) for a in articles)
    return FileOutcome(req.path, results, failed_parts=tuple(failures))


def _with_option_dates(articles: list[RawArticle], dates: dict[str, date]) -> list[RawArticle]:
    """Each article the store holds with a date given by hand takes that date back, as if the
    user had given it again (--published): the reader's date never replaces the analyst's."""
    return [
        dataclasses.replace(a, published=dates[a.source_path], published_source=OPTION)
        if a.source_path in dates and a.published_source != OPTION
        else a
        for a in articles
    ]


def _result(article: RawArticle, stored: frozenset[str]) -> ArticleResult:
    if stored and content_hash(article.text) in stored:
        return ArticleResult(article, None, stored=True)
    return extract_safely(article)


def crashed(req: ReadRequest, reason: str) -> FileOutcome:
    """The outcome for a file whose worker process died (see `parallel.ordered_map`)."""
    return FileOutcome(req.path, error=reason)
