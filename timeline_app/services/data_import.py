"""Import of our own JSON export: restores its articles and events, with their sources and the
analysts' edits (types, titles, dates, stars, notes, tags, merges), so timelines pass between people.

Articles already in the store are left as they are: an import never overwrites someone's own edits.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from timeline_app.domain.model import (
    Actor,
    DateBasis,
    DateSpan,
    EventStatus,
    EventType,
    ExtractedEvent,
    Extraction,
    FileReport,
    Place,
    Precision,
    PublishedSource,
    RawArticle,
    StoredEvent,
    TimeExpression,
)
from timeline_app.services.events_query import precision_for_days
from timeline_app.store.errors import StoreError

FORMAT_PREFIX = "conflict-timeline/"
SUPPORTED_VERSIONS = {"1"}
_SNIFF = re.compile(rb'"format"\s*:\s*"conflict-timeline/')


class ExportFormatError(ValueError):
    """The file looks like our export but cannot be restored; the message says why."""


class RestoringStore(Protocol):
    """The part of `store.repositories.Store` a restore writes through."""

    def save_article(self, article: RawArticle, extraction: Extraction) -> FileReport: ...

    def events_for_article(self, article_id: int) -> list[StoredEvent]: ...

    def update_event(self, event_id: int, **changes: Any) -> StoredEvent: ...

    def delete_event(self, event_id: int) -> None: ...

    def merge_events(self, event_ids: Sequence[int]) -> int: ...

    def get_event(self, event_id: int) -> StoredEvent: ...


def is_own_export(path: Path) -> bool:
    """True for a .json file whose head names our format (cheap: reads 1 KB)."""
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    with path.open("rb") as fh:
        return bool(_SNIFF.search(fh.read(1024)))


def load_export(path: Path) -> dict[str, Any]:
    """The parsed export; ExportFormatError when it is not one we can restore."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExportFormatError(f"damaged timeline export ({exc})") from None
    if not isinstance(doc, dict) or not str(doc.get("format", "")).startswith(FORMAT_PREFIX):
        raise ExportFormatError("not a Conflict Timeline export")
    version = str(doc["format"]).removeprefix(FORMAT_PREFIX)
    if version not in SUPPORTED_VERSIONS:
        raise ExportFormatError(f"made by a newer version of the app (format {doc['format']})")
    if not isinstance(doc.get("articles"), list) or not isinstance(doc.get("events"), list):
        raise ExportFormatError("damaged timeline export (no articles or events list)")
    return doc


# --- from JSON back to domain values -------------------------------------------------------


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _span(start: Any, end: Any, precision: Any) -> DateSpan | None:
    first, last = _date(start), _date(end)
    if first is None or last is None:
        return None
    unit = Precision(precision) if precision else precision_for_days((last - first).days + 1)
    return DateSpan(first, last, unit)


def raw_article(doc: dict[str, Any]) -> RawArticle:
    return RawArticle(
        text=doc["text"],
        title=doc.get("title", ""),
        site=doc.get("site", ""),
        author=doc.get("author", ""),
        language=doc.get("language") or "en",
        published=_date(doc.get("published")),
        published_source=PublishedSource(doc.get("published_source") or "unknown"),
        source_path=doc.get("source_path", ""),
        url=doc.get("url", ""),
    )


def _actors(ev: dict[str, Any]) -> tuple[Actor, ...]:
    return tuple(Actor(a["name"], a.get("kind", "other"), a.get("title", "")) for a in ev["actors"])


def _places(ev: dict[str, Any]) -> tuple[Place, ...]:
    return tuple(
        Place(
            p["name"],
            p.get("country", ""),
            p.get("kind", "city"),
            p.get("latitude"),
            p.get("longitude"),
        )
        for p in ev["places"]
    )


def source_span(ev: dict[str, Any], src: dict[str, Any]) -> DateSpan | None:
    """What this source alone said; the event's own span when the source kept no dates."""
    own = _span(src.get("date_start"), src.get("date_end"), None)
    event_span = _span(ev.get("date_start"), ev.get("date_end"), ev.get("precision"))
    if own is None or (event_span and (own.start, own.end) == (event_span.start, event_span.end)):
        return event_span
    return own


def extracted_event(ev: dict[str, Any], src: dict[str, Any]) -> ExtractedEvent:
    span = source_span(ev, src)
    expression = None
    if src.get("time_expression") and src.get("time_start") is not None:
        expression = TimeExpression(
            src["time_expression"],
            src["time_start"],
            src["time_end"],
            span,
            explanation=ev.get("explanation") or "",
        )
    return ExtractedEvent(
        type=EventType(ev["type"]),
        title=ev["title"],
        span=span,
        basis=DateBasis(ev["basis"]) if ev.get("basis") else None,
        status=EventStatus(ev["status"]),
        sentence=src["sentence"],
        start=src["sentence_start"],
        end=src["sentence_end"],
        time_expression=expression,
        actors=_actors(ev),
        places=_places(ev),
        confidence=float(ev.get("confidence", 0.5)),
    )


def extraction_for(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> Extraction:
    events = sorted((extracted_event(ev, src) for ev, src in pairs), key=lambda e: e.start)
    expressions = {
        (e.time_expression.start, e.time_expression.end): e.time_expression
        for e in events
        if e.time_expression
    }
    return Extraction(tuple(expressions[k] for k in sorted(expressions)), tuple(events))


# --- restoring -----------------------------------------------------------------------------


@dataclass
class _Restore:
    """Bookkeeping of one restore: old ids in the file → new ids in the store."""

    new_article: dict[int, int] = field(default_factory=dict)
    new_events: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    reports: list[FileReport] = field(default_factory=list)
    imported: int = 0


def _matches(stored: StoredEvent, article_id: int, ev: dict[str, Any], src: dict[str, Any]) -> bool:
    return (
        stored.type.value == ev["type"]
        and stored.title == ev["title"]
        and any(
            s.article_id == article_id
            and (s.sentence_start, s.sentence_end) == (src["sentence_start"], src["sentence_end"])
            for s in stored.sources
        )
    )


def _save_one(
    store: RestoringStore,
    state: _Restore,
    art: dict[str, Any],
    pairs: list[tuple[Any, Any]],
    label: str,
) -> None:
    try:
        report = store.save_article(raw_article(art), extraction_for(pairs))
    except (StoreError, KeyError, ValueError, TypeError) as exc:
        state.reports.append(
            FileReport(label, "failed", reason=f"article '{art.get('title', '')}': {exc}")
        )
        return
    state.reports.append(report)
    if report.status not in ("imported", "updated") or report.article_id is None:
        return  # already there: leave the store's own version (and its edits) alone
    state.imported += 1
    state.new_article[art["id"]] = report.article_id
    stored = store.events_for_article(report.article_id)
    for ev, src in pairs:
        found = next((s for s in stored if _matches(s, report.article_id, ev, src)), None)
        if found is not None:
            state.new_events[ev["id"]].append(found.id)


def _edits(ev: dict[str, Any], stored: StoredEvent) -> dict[str, Any]:
    """The corrections to replay: what the exported event says and the restored one does not yet."""
    changes: dict[str, Any] = {}
    if ev.get("edited"):
        wanted = {
            "type": EventType(ev["type"]),
            "title": ev["title"],
            "span": _span(ev.get("date_start"), ev.get("date_end"), ev.get("precision")),
            "status": EventStatus(ev["status"]),
        }
        changes = {k: v for k, v in wanted.items() if getattr(stored, k) != v}
        if "span" in changes and changes["span"] is None:
            del changes["span"]
            changes["clear_span"] = True  # the analyst made it undated
        # Places and actors came back whole (with coordinates) through the extraction; names
        # are replayed only when the store attached the event to one that differs.
        actors, places = [a["name"] for a in ev["actors"]], [p["name"] for p in ev["places"]]
        if [a.name for a in stored.actors] != actors:
            changes["actors"] = actors
        if [p.name for p in stored.places] != places:
            changes["places"] = places
        changes = changes or {"title": ev["title"]}  # still marks the event edited
    if bool(ev.get("starred")) != stored.starred:
        changes["starred"] = bool(ev.get("starred"))
    if (ev.get("note") or "") != stored.note:
        changes["note"] = ev.get("note") or ""
    if list(ev.get("tags") or []) != list(stored.tags):
        changes["tags"] = list(ev.get("tags") or [])
    return changes


def _apply_edits(store: RestoringStore, ev: dict[str, Any], event_id: int) -> None:
    changes = _edits(ev, store.get_event(event_id))
    if changes:
        store.update_event(event_id, **changes)
    if ev.get("deleted"):
        store.delete_event(event_id)


def _finish_event(store: RestoringStore, ev: dict[str, Any], ids: list[int]) -> None:
    unique = list(dict.fromkeys(ids))
    kept = store.merge_events(unique) if len(unique) > 1 else unique[0]
    _apply_edits(store, ev, kept)


def restore(store: RestoringStore, doc: dict[str, Any], label: str) -> tuple[FileReport, ...]:
    """Restore an export (see `load_export`) into `store`; one report for the file, plus one per
    article that failed. Each article goes in its own transaction (via `save_article`)."""
    pairs: dict[int, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for ev in doc["events"]:
        for src in ev.get("sources", []):
            pairs[src["article_id"]].append((ev, src))
    state = _Restore()
    for art in doc["articles"]:
        _save_one(store, state, art, pairs.get(art["id"], []), label)
    restored = 0
    for ev in doc["events"]:
        ids = state.new_events.get(ev["id"])
        if not ids:
            continue
        try:
            _finish_event(store, ev, ids)
        except (StoreError, KeyError, ValueError) as exc:
            state.reports.append(
                FileReport(label, "failed", reason=f"event '{ev.get('title')}': {exc}")
            )
        restored += 1
    return _summary(state, label, restored)


def _summary(state: _Restore, label: str, restored: int) -> tuple[FileReport, ...]:
    failed = [r for r in state.reports if r.status == "failed"]
    if state.imported:
        head = FileReport(label, "imported", events=restored)
    elif failed and len(failed) == len(state.reports):
        return tuple(failed)
    else:
        head = FileReport(label, "unchanged")
    return (head, *failed)
