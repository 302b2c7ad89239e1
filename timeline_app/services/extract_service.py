"""The `extract` command's work: files in, one JSON object per article out, by the command-line
contract (issue 2), in input order. Touches no database.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from timeline_app.domain.model import (
    ExtractedEvent,
    Extraction,
    RawArticle,
    TimeExpression,
)
from timeline_app.readers import ReaderError, expand_paths, skipped_in_folders
from timeline_app.services.events_query import span_to_dict
from timeline_app.services.parallel import ordered_map
from timeline_app.services.worker import (
    ReadRequest,
    describe_os_error,
    extract_safely,
    read_articles,
)

CONTRACT_KEYS = ("file", "article", "time_expressions", "events", "error")


@dataclass(frozen=True, slots=True)
class ExtractRequest:
    """One file to extract, with its own publication date and language when the user gave them."""

    path: str
    published: date | None = None
    language: str | None = None
    with_text: bool = False
    label: str = ""  # what "file" says when not `path` (a manifest's path as written)

    @property
    def file(self) -> str:
        return self.label or self.path


def time_expression_json(te: TimeExpression) -> dict[str, Any]:
    return {"text": te.text, "start": te.start, "end": te.end, **span_to_dict(te.span)}


def event_json(ev: ExtractedEvent) -> dict[str, Any]:
    """An event by the contract, plus `basis`, `status` and the date's `explanation` when it has one."""
    dates = span_to_dict(ev.span)
    out: dict[str, Any] = {
        "type": ev.type.value,
        "title": ev.title,
        "date_start": dates["date_start"],
        "date_end": dates["date_end"],
        "precision": dates["precision"],
        "time_expression": ev.time_expression.text if ev.time_expression else None,
        "sentence": ev.sentence,
        "start": ev.start,
        "end": ev.end,
        "actors": [a.name for a in ev.actors],
        "places": [p.name for p in ev.places],
        "confidence": round(ev.confidence, 3),
        "basis": ev.basis.value if ev.basis else None,
        "status": ev.status.value,
    }
    if ev.time_expression and ev.time_expression.explanation:
        out["explanation"] = ev.time_expression.explanation
    return out


def article_json(article: RawArticle, with_text: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source.value,
        "language": article.language,
    }
    if with_text:
        out["text"] = article.text
    return out


def result_json(
    file: str, article: RawArticle, extraction: Extraction | None, error: str, with_text: bool
) -> dict[str, Any]:
    return {
        "file": file,
        "article": article_json(article, with_text),
        "time_expressions": [time_expression_json(t) for t in extraction.time_expressions]
        if extraction
        else [],
        "events": [event_json(e) for e in extraction.events] if extraction else [],
        "error": error or None,
    }


def error_json(file: str, error: str) -> dict[str, Any]:
    return {"file": file, "article": None, "time_expressions": [], "events": [], "error": error}


def _file_label(path: str, given: str, article: RawArticle, count: int) -> str:
    """The path as given, unless the file held several articles (or one inside an archive)."""
    source = article.source_path
    if not source or count == 1 and Path(source).resolve() == Path(path).resolve():
        return given
    return source


def expand_folders(
    requests: Sequence[ExtractRequest],
) -> tuple[list[ExtractRequest], list[tuple[str, str]]]:
    """Each folder among `requests` as the files in it, as `import` takes them (`expand_paths`:
    recursively, sorted, hidden files left out), each with the folder's date and language; and
    apart, (path, reason) of each file a folder gave that is of a kind never read (a picture, a
    video: `skipped_in_folders`), which `import` skips too. A zip is a file already."""
    out: list[ExtractRequest] = []
    skipped: list[tuple[str, str]] = []
    for req in requests:
        folder = Path(req.path)
        if not folder.is_dir():
            out.append(req)
            continue
        files = expand_paths([folder])
        skips = skipped_in_folders(files, [folder])
        for f in files:
            # A manifest's folder as written there, with the file's place in it.
            label = str(Path(req.label) / f.relative_to(folder)) if req.label else ""
            if f in skips:
                skipped.append((label or str(f), skips[f]))
            else:
                out.append(replace(req, path=str(f), label=label))
    return out, skipped


def extract_file(req: ExtractRequest) -> list[dict[str, Any]]:
    """The contract's objects for one file (one per article); never raises for a bad file."""
    failures: list[tuple[str, str]] = []
    try:
        articles = read_articles(ReadRequest(req.path, req.published, req.language), None, failures)
    except ReaderError as exc:
        return [error_json(req.file, str(exc) or "cannot be read")]
    except OSError as exc:
        return [error_json(req.file, describe_os_error(exc))]
    except Exception as exc:  # a reader bug is one failed file, not a failed run
        return [error_json(req.file, f"cannot be read ({type(exc).__name__}: {exc})")]
    out = []
    for article in articles:
        result = extract_safely(article)
        label = _file_label(req.path, req.file, article, len(articles))
        out.append(result_json(label, article, result.extraction, result.error, req.with_text))
    return out + [error_json(path, reason) for path, reason in failures]


def crashed(req: ExtractRequest, reason: str) -> list[dict[str, Any]]:
    return [error_json(req.file, reason)]


def extract_files(
    requests: Sequence[ExtractRequest],
    *,
    workers: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[list[dict[str, Any]]]:
    """The objects of each file, file by file in input order (extraction runs in parallel)."""
    return ordered_map(
        extract_file, requests, on_crash=crashed, workers=workers, cancelled=cancelled
    )


# --- manifest --------------------------------------------------------------------------------


class ManifestError(ValueError):
    """A manifest line that cannot be understood; the message names the line."""


def _manifest_entry(line: str, where: str, base: Path, with_text: bool) -> ExtractRequest:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or not entry["path"]:
        raise ManifestError(f'{where}: expected {{"path": ..., "published": ..., "lang": ...}}')
    published = entry.get("published")
    try:
        day = date.fromisoformat(published) if published else None
    except (TypeError, ValueError):
        raise ManifestError(f"{where}: 'published' must be YYYY-MM-DD, not {published!r}") from None
    lang = entry.get("lang") or entry.get("language")
    if lang is not None and not isinstance(lang, str):
        raise ManifestError(f"{where}: 'lang' must be a language code such as 'en'")
    path = entry["path"]
    return ExtractRequest(_manifest_path(path, base), day, lang or None, with_text, label=path)


def _manifest_path(path: str, base: Path) -> str:
    """Relative paths are taken from the current folder, else from the manifest's folder."""
    if Path(path).is_absolute() or Path(path).exists() or not (base / path).exists():
        return path
    return str(base / path)


def read_manifest(manifest: Path, with_text: bool = False) -> list[ExtractRequest]:
    """Requests from a JSON-lines manifest; ManifestError (naming the line) or OSError."""
    lines = manifest.read_text(encoding="utf-8-sig").splitlines()
    return [
        _manifest_entry(line, f"{manifest}, line {n}", manifest.parent, with_text)
        for n, line in enumerate(lines, 1)
        if line.strip()
    ]
