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
    unparsed: list[tuple[str, str]] = []
    records = _records(text, ctx, unparsed)
    drafts: list[Draft] = []
    textless: list[tuple[str, str]] = []
    for path, record in records:
        draft = _draft(record, path) if isinstance(record, dict) else None
        if draft is not None:
            drafts.append(draft)
        else:  # news-please leaves 'maintext' empty for paywalled pages: say which were left out
            textless.append((path, "no article text (no 'maintext' or 'text' field)"))
    if not drafts:
        raise ReaderError("JSON without news-please articles (no 'maintext' or 'text' field)")
    if ctx.failures is not None:  # in the order of the lines, as the analyst looks them up
        said = textless if len(records) > 1 else []
        ctx.failures.extend(sorted(unparsed + said, key=lambda failure: _line(failure[0])))
    return drafts


def _line(path: str) -> int:
    """The number of the line or item a failure's path ends with ("crawl.jsonl#line-4")."""
    number = path.rsplit("-", 1)[-1]
    return int(number) if number.isdigit() else 0


def _records(text: str, ctx: ReadContext, unparsed: list[tuple[str, str]]) -> list[tuple[str, Any]]:
    base = ctx.source_path
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return _json_lines(text, ctx, unparsed)
    if isinstance(value, list):
        return [(f"{base}#item-{n}", v) for n, v in enumerate(value, 1)]
    return [(base, value)]


def _json_lines(
    text: str, ctx: ReadContext, failed: list[tuple[str, str]]
) -> list[tuple[str, Any]]:
    """One record per line. A line that is not JSON (the last one of an interrupted crawl, cut
    short) loses only itself: it is noted in `failed`, and the file fails only when no line is
    JSON."""
    records: list[tuple[str, Any]] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        path = f"{ctx.source_path}#line-{n}"
        try:
            records.append((path, json.loads(line)))
        except json.JSONDecodeError as exc:
            failed.append((path, f"not valid JSON (line {n}: {exc.msg})"))
    if not records:
        raise ReaderError(failed[0][1] if failed else "no text (only white space)")
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
