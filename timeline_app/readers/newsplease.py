"""news-please records (.json: one object or a list; .jsonl: one object per line): title,
maintext, description (the lead), date_publish, url, source_domain, authors, language.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.encoding import decode_bytes, normalise_newlines

_TEXT_FIELDS = ("maintext", "text")


def read_newsplease(data: bytes, ctx: ReadContext) -> list[Draft]:
    text = decode_bytes(data).strip()
    records = _records(text, ctx.source_path)
    found = [_draft(r, path) for path, r in records if isinstance(r, dict)]
    drafts = [d for d in found if d is not None]
    if not drafts:
        raise ReaderError("JSON without news-please articles (no 'maintext' or 'text' field)")
    return drafts


def _records(text: str, base: str) -> list[tuple[str, Any]]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return _json_lines(text, base)
    if isinstance(value, list):
        return [(f"{base}#item-{n}", v) for n, v in enumerate(value, 1)]
    return [(base, value)]


def _json_lines(text: str, base: str) -> list[tuple[str, Any]]:
    records: list[tuple[str, Any]] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append((f"{base}#line-{n}", json.loads(line)))
        except json.JSONDecodeError as exc:
            raise ReaderError(f"not valid JSON (line {n}: {exc.msg})") from exc
    return records


def _draft(record: dict[str, Any], source_path: str) -> Draft | None:
    body = next((_str(record.get(f)) for f in _TEXT_FIELDS if _str(record.get(f))), "")
    if not body:
        return None
    lead = _str(record.get("description"))
    text = normalise_newlines(f"{lead}\n{body}" if lead and lead[:80] not in body else body)
    authors = record.get("authors")
    author = (
        ", ".join(a for a in authors if isinstance(a, str)) if isinstance(authors, list) else ""
    )
    return Draft(
        text=text,
        title=_str(record.get("title")),
        site=_str(record.get("source_domain")),
        author=author or _str(record.get("author")),
        url=_str(record.get("url")),
        locale=_str(record.get("language")),
        metadata_date=_date(record.get("date_publish")),
        source_path=source_path,
    )


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _date(value: Any) -> date | None:
    """news-please writes '2019-03-14 10:00:00'; ISO 8601 strings work too."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
