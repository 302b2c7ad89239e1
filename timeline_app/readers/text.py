"""Plain text and Markdown: the decoded content with newlines normalised is the article text,
nothing stripped (extraction offsets point into it); a headline-like first line is the title.

A note that begins with front matter (Obsidian's, Jekyll's, Hugo's: "---", lines of "key:
value", "---") is read without it: its title, date and source are the note's title, date and
address, and its tags and aliases no article text.
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.dates_text import find_dates
from timeline_app.readers.encoding import decode_bytes, looks_binary, normalise_newlines
from timeline_app.readers.published import UPDATE_LABEL, dateline_date

_MAX_TITLE = 200
_URL_LINE = re.compile(
    r"^(?:(?:source|url|link|quelle|source\s+url|original)\s*:\s*)?<?(https?://[^\s<>]+)>?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;:,]['\"”’)]?$")
_DATE_LINE_MAX = 80
_DATE_LINES_SKIPPED = 3


def read_text(data: bytes, ctx: ReadContext) -> list[Draft]:
    if looks_binary(data):
        raise ReaderError(f"binary data, not text (named {ctx.file_name!r})")
    text = normalise_newlines(decode_bytes(data))
    if not text.strip():
        raise ReaderError("no text (only white space)")
    fields, text = front_matter(text)
    if not text.strip():
        raise ReaderError("no text (only front matter)")
    return [
        Draft(
            text=text,
            title=_field(fields, _TITLE_KEYS) or headline(text),
            url=_field(fields, _URL_KEYS) or source_url(text),
            author=_field(fields, _AUTHOR_KEYS),
            metadata_date=_iso_day(_field(fields, _DATE_KEYS)),
        )
    ]


_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_LINE = re.compile(r"^[ \t]*(?:[\w-]{1,40}[ \t]*[:=].*|-[ \t].*|#.*|)$")
_FRONT_MATTER_FIELD = re.compile(r"^([\w-]{1,40})[ \t]*[:=][ \t]*(.*)$")
_MAX_FRONT_MATTER = 4000
_TITLE_KEYS = ("title",)
_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "created")
_URL_KEYS = ("source", "url", "link", "canonical", "source_url", "original")
_AUTHOR_KEYS = ("author", "authors")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The fields of a note's front matter (lower-cased keys, unquoted values) and the text
    below it; ({}, text) when it has none: a block of "key: value" lines between two "---" (or
    "+++") lines at the very start."""
    match = _FRONT_MATTER.match(text)
    if match is None or len(match.group(2)) > _MAX_FRONT_MATTER:
        return {}, text
    lines = match.group(2).split("\n")
    if not all(_FRONT_MATTER_LINE.match(line) for line in lines):
        return {}, text
    fields: dict[str, str] = {}
    for line in lines:
        field = _FRONT_MATTER_FIELD.match(line)
        if field:
            fields.setdefault(field.group(1).lower(), field.group(2).strip().strip("\"'"))
    if not fields:
        return {}, text
    return fields, text[match.end() :].lstrip("\n")


def _field(fields: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((fields[k] for k in keys if fields.get(k)), "")


def _iso_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def headline(text: str) -> str:
    """The first non-empty line when it looks like a headline: short, followed by more text, and
    not ending like a sentence (a Markdown '# ' heading always counts)."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    for _ in range(_DATE_LINES_SKIPPED):  # "Published: 19 November 2025" above the headline
        if not _date_line(first):
            break
        first, _, rest = rest.lstrip().partition("\n")
        first = first.strip()
    if first.startswith("#"):
        return first.lstrip("#").strip()
    if not rest.strip() or len(first) > _MAX_TITLE or len(first.split()) < 2:
        return ""
    if _SENTENCE_END.search(first) and not first.endswith("?"):
        return ""
    return first


def _date_line(line: str) -> bool:
    """A short line that only dates the text ('Published: 19 November 2025', 'Updated: 20 Nov
    2025 10:31', '19.11.2025'): copied web text often starts with one above the headline."""
    if len(line) > _DATE_LINE_MAX or not any(ch.isdigit() for ch in line):
        return False
    if dateline_date(line) is not None:
        return not _dateline_sentence(line)
    return bool(UPDATE_LABEL.match(line) and find_dates(line))  # 'Updated: 20 Nov 2025'


def _dateline_sentence(line: str) -> bool:
    """'KYIV, March 14 (Reuters) — Russian forces struck...': a dateline opening the story, which
    is no headline either, but no line to skip to find one."""
    return len(line.split()) > 8


def source_url(text: str) -> str:
    """The article's address when copied text names it on a line of its own near the top or the
    end ("https://...", "Source: https://...", "URL: ...")."""
    if "://" not in text:  # (most texts: no line can match)
        return ""
    for line in _first_lines(text, 6) + _last_lines(text, 4):
        m = _URL_LINE.match(line)
        if m:
            return m.group(1)
    return ""


def _first_lines(text: str, count: int) -> list[str]:
    """The first `count` non-empty lines, stripped (what splitting the whole text would give),
    from a head that grows until it holds them: only the ends of a long text are looked at."""
    reach = 1024
    while True:
        whole = reach >= len(text)
        parts = text[:reach].split("\n")
        if not whole:
            parts.pop()  # may be cut
        lines = [ln.strip() for ln in parts if ln.strip()]
        if whole or len(lines) >= count:
            return lines[:count]
        reach *= 4


def _last_lines(text: str, count: int) -> list[str]:
    """The last `count` non-empty lines, stripped; the mirror image of `_first_lines`."""
    reach = 1024
    while True:
        whole = reach >= len(text)
        parts = text[-reach:].split("\n")
        if not whole:
            parts.pop(0)  # may be cut
        lines = [ln.strip() for ln in parts if ln.strip()]
        if whole or len(lines) >= count:
            return lines[-count:]
        reach *= 4
