"""Reading events for the command line and the data exports: filters from user input, a stable order,
a JSON form of a stored event, and a readable one-line-per-event table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from timeline_app.domain.model import (
    Actor,
    DateSpan,
    EventFilter,
    EventSource,
    EventType,
    Place,
    Precision,
    StoredEvent,
)

EVENT_TYPE_NAMES: tuple[str, ...] = tuple(t.value for t in EventType)


def parse_event_types(names: Iterable[str]) -> frozenset[EventType]:
    """`EventType`s from user-typed names (case and '-' vs '_' forgiven); ValueError lists the valid ones."""
    types: set[EventType] = set()
    for name in names:
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        if key not in EVENT_TYPE_NAMES:
            raise ValueError(
                f"unknown event type '{name}' (valid types: {', '.join(EVENT_TYPE_NAMES)})"
            )
        types.add(EventType(key))
    return frozenset(types)


def make_filter(
    date_from: date | None = None,
    date_to: date | None = None,
    types: Iterable[str] = (),
) -> EventFilter:
    """The filter the `events` and `export` commands apply; ValueError for a reversed range."""
    if date_from and date_to and date_from > date_to:
        raise ValueError(f"--from {date_from} is after --to {date_to}")
    return EventFilter(date_from=date_from, date_to=date_to, types=parse_event_types(types))


def sort_key(event: StoredEvent) -> tuple[int, int, int]:
    """Chronological by start, the more precise first on a tie; undated events last."""
    if event.span is None:
        return (date.max.toordinal(), 0, event.id)
    return (event.span.start.toordinal(), event.span.days, event.id)


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def span_to_dict(span: DateSpan | None) -> dict[str, str | None]:
    if span is None:
        return {"date_start": None, "date_end": None, "precision": None}
    return {
        "date_start": span.start.isoformat(),
        "date_end": span.end.isoformat(),
        "precision": span.precision.value,
    }


def actor_to_dict(actor: Actor) -> dict[str, str]:
    return {"name": actor.name, "kind": actor.kind, "title": actor.title}


def place_to_dict(place: Place) -> dict[str, Any]:
    return {
        "name": place.name,
        "country": place.country,
        "kind": place.kind,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


def source_to_dict(source: EventSource) -> dict[str, Any]:
    return {
        "article_id": source.article_id,
        "article_title": source.article_title,
        "site": source.site,
        "sentence": source.sentence,
        "sentence_start": source.sentence_start,
        "sentence_end": source.sentence_end,
        "time_expression": source.time_expression,
        "time_start": source.time_start,
        "time_end": source.time_end,
        "date_start": iso(source.date_start),
        "date_end": iso(source.date_end),
    }


def event_to_dict(event: StoredEvent) -> dict[str, Any]:
    """A stored event with everything it carries, as JSON-ready values (`events --json`, JSON export)."""
    return {
        "id": event.id,
        "type": event.type.value,
        "title": event.title,
        **span_to_dict(event.span),
        "status": event.status.value,
        "basis": event.basis.value if event.basis else None,
        "confidence": event.confidence,
        "edited": event.edited,
        "starred": event.starred,
        "deleted": event.deleted,
        "note": event.note,
        "tags": list(event.tags),
        "explanation": event.explanation,
        "conflicts": event.conflicts,
        "actors": [actor_to_dict(a) for a in event.actors],
        "places": [place_to_dict(p) for p in event.places],
        "sources": [source_to_dict(s) for s in event.sources],
    }


def describe_span(span: DateSpan | None) -> str:
    """'2025-11-18' for a day, '2025-08-21..2025-08-31' for a range, 'undated' without one."""
    if span is None:
        return "undated"
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()}..{span.end.isoformat()}"


def describe_sources(event: StoredEvent, width: int = 60) -> str:
    names = [s.site or s.article_title or f"article {s.article_id}" for s in event.sources]
    unique = list(dict.fromkeys(names))
    text = f"{len(event.sources)}: {'; '.join(unique)}" if unique else "0"
    return text if len(text) <= width else text[: width - 1] + "…"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table_lines(events: Iterable[StoredEvent]) -> Iterator[str]:
    """A readable table: date or range, precision, type, title, sources. Flags: * starred, ✎ edited."""
    yield f"{'DATE':<22}  {'PRECISION':<10}  {'TYPE':<15}  {'TITLE':<60}  SOURCES"
    for ev in events:
        precision = ev.span.precision.value if ev.span else "-"
        flags = ("*" if ev.starred else "") + ("✎" if ev.edited else "")
        title = _clip((flags + " " if flags else "") + ev.title, 60)
        yield (
            f"{describe_span(ev.span):<22}  {precision:<10}  {ev.type.value:<15}  "
            f"{title:<60}  {describe_sources(ev)}"
        )


def precision_for_days(days: int) -> Precision:
    """A best guess of the unit for an interval of `days` days (when only the dates survived)."""
    for limit, precision in (
        (1, Precision.DAY),
        (7, Precision.WEEK),
        (31, Precision.MONTH),
        (92, Precision.SEASON),
        (184, Precision.HALF_YEAR),
        (366, Precision.YEAR),
        (3653, Precision.DECADE),
    ):
        if days <= limit:
            return precision
    return Precision.CENTURY
