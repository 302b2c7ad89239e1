"""Data export of the filtered events, with provenance: ACLED-like CSV, our own complete JSON (which
`import` restores), TimelineJS3 JSON and iCalendar. Files are written whole or not at all.
"""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from timeline_app import __version__
from timeline_app.domain.model import EventFilter, StoredArticle, StoredEvent
from timeline_app.services.event_types import type_mapping
from timeline_app.services.events_query import event_to_dict, iso, sort_key
from timeline_app.services.publish_export import ical_text, timelinejs_document

EXPORT_FORMAT = "conflict-timeline/1"

CSV_COLUMNS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "event_date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "plover_category",
    "acled_event_type",
    "status",
    "actor1",
    "actor2",
    "actors",
    "location",
    "country",
    "latitude",
    "longitude",
    "title",
    "notes",
    "source",
    "source_url_or_file",
    "source_count",
)


class EventSourceStore(Protocol):
    """The part of `store.repositories.Store` an export reads."""

    def events(
        self, flt: EventFilter | None = None, limit: int | None = None
    ) -> list[StoredEvent]: ...

    def get_article(self, article_id: int) -> StoredArticle: ...


@dataclass(frozen=True, slots=True)
class ExportData:
    """The filtered events in timeline order and the articles they cite, read once from the store."""

    events: tuple[StoredEvent, ...]
    articles: dict[int, StoredArticle]
    title: str = ""
    flt: EventFilter | None = None

    def article(self, article_id: int) -> StoredArticle | None:
        return self.articles.get(article_id)


def collect(store: EventSourceStore, flt: EventFilter | None = None, title: str = "") -> ExportData:
    events = tuple(sorted(store.events(flt), key=sort_key))
    ids = dict.fromkeys(s.article_id for ev in events for s in ev.sources)
    return ExportData(events, {i: store.get_article(i) for i in ids}, title, flt)


def source_label(article: StoredArticle | None, fallback_title: str = "") -> str:
    """'site / title' as an analyst would cite it."""
    if article is None:
        return fallback_title
    parts = [p for p in (article.site, article.title or fallback_title) if p]
    return " / ".join(parts)


def article_location(article: StoredArticle | None) -> str:
    if article is None:
        return ""
    return article.url or article.source_path


def csv_row(event: StoredEvent, data: ExportData) -> dict[str, Any]:
    mapping = type_mapping().get(event.type.value, {})
    first = event.sources[0] if event.sources else None
    article = data.article(first.article_id) if first else None
    place = event.places[0] if event.places else None
    return {
        "event_id": event.id,
        "event_date": iso(event.span.start) if event.span else "",
        "event_date_end": iso(event.span.end) if event.span else "",
        "date_precision": event.span.precision.value if event.span else "",
        "event_type": event.type.value,
        "sub_event_type": mapping.get("acled_sub_event_type", ""),
        "plover_category": mapping.get("plover", ""),
        "acled_event_type": mapping.get("acled_event_type", ""),
        "status": event.status.value,
        "actor1": event.actors[0].name if event.actors else "",
        "actor2": event.actors[1].name if len(event.actors) > 1 else "",
        "actors": "; ".join(a.name for a in event.actors),
        "location": place.name if place else "",
        "country": place.country if place else "",
        "latitude": "" if place is None or place.latitude is None else place.latitude,
        "longitude": "" if place is None or place.longitude is None else place.longitude,
        "title": event.title,
        "notes": first.sentence if first else "",
        "source": source_label(article, first.article_title if first else ""),
        "source_url_or_file": article_location(article),
        "source_count": event.source_count,
    }


def csv_text(data: ExportData) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for event in data.events:
        writer.writerow(csv_row(event, data))
    return buf.getvalue()


def article_to_dict(article: StoredArticle) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "site": article.site,
        "author": article.author,
        "language": article.language,
        "published": iso(article.published),
        "published_source": article.published_source.value,
        "source_path": article.source_path,
        "url": article.url,
        "content_hash": article.content_hash,
        "imported_at": article.imported_at.isoformat(),
        "text": article.text,
    }


def filter_to_dict(flt: EventFilter | None) -> dict[str, Any]:
    if flt is None:
        return {}
    return {
        "date_from": iso(flt.date_from),
        "date_to": iso(flt.date_to),
        "types": sorted(t.value for t in flt.types),
        "include_deleted": flt.include_deleted,
    }


def json_document(data: ExportData) -> dict[str, Any]:
    """Our own format: complete enough that `import` into an empty store restores the same events."""
    return {
        "format": EXPORT_FORMAT,  # first key: `import` sniffs the head of a .json file for it
        "app": f"timeline-app {__version__}",
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "title": data.title,
        "filter": filter_to_dict(data.flt),
        "articles": [article_to_dict(a) for a in data.articles.values()],
        "events": [event_to_dict(e) for e in data.events],
    }


def json_text(data: ExportData) -> str:
    return json.dumps(json_document(data), ensure_ascii=False, indent=1) + "\n"


def timelinejs_text(data: ExportData) -> str:
    doc = timelinejs_document(data.events, data.article, source_label, article_location, data.title)
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def ics_text(data: ExportData) -> str:
    return ical_text(data.events, data.article, source_label, article_location)


# Longest suffix first: ".timelinejs.json" must win over ".json".
WRITERS: dict[str, Callable[[ExportData], str]] = {
    ".timelinejs.json": timelinejs_text,
    ".csv": csv_text,
    ".json": json_text,
    ".ics": ics_text,
}


# Formats that cannot place an undated event (calendars and timelines need a start date).
DATED_ONLY = frozenset({".timelinejs.json", ".ics"})


def data_format(path: Path) -> str | None:
    """The data format a file name asks for ('.csv', '.json', ...) or None if it is not one of ours."""
    name = path.name.lower()
    return next((suffix for suffix in WRITERS if name.endswith(suffix)), None)


def write_atomically(out: Path, text: str) -> None:
    """Write to a temporary file beside `out`, then rename: a failed export never leaves half a file.

    The temporary file is opened like any new file (the user's umask applies), not 0600 as
    `tempfile.mkstemp` would make it.
    """
    tmp = out.with_name(f".{out.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with tmp.open("x", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def export_data(
    store: EventSourceStore, out: Path, flt: EventFilter | None = None, *, title: str = ""
) -> int:
    """Write the events passing `flt` to `out` in the format its suffix names; returns how many
    were written (undated events are left out of calendars and TimelineJS).

    Raises ValueError for an unknown suffix and OSError when `out` cannot be written.
    """
    suffix = data_format(out)
    if suffix is None:
        raise ValueError(f"unknown data format '{out.name}' (use {', '.join(sorted(WRITERS))})")
    data = collect(store, flt, title)
    write_atomically(out, WRITERS[suffix](data))
    if suffix in DATED_ONLY:
        return sum(1 for e in data.events if e.span is not None)
    return len(data.events)
