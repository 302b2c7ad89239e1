"""Exports for publishing tools: TimelineJS3 JSON (newsrooms) and iCalendar (calendar apps).

Both say no more than the date supports: a month-precise event is a month in TimelineJS and an
all-day span in a calendar, never a confident single day.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from timeline_app import __version__
from timeline_app.domain.model import TYPE_FAMILY, DateSpan, Precision, StoredArticle, StoredEvent
from timeline_app.services.events_query import describe_span

ArticleLookup = Callable[[int], StoredArticle | None]
Labeller = Callable[[StoredArticle | None, str], str]
Locator = Callable[[StoredArticle | None], str]

_COARSER_THAN_MONTH = {
    Precision.SEASON,
    Precision.QUARTER,
    Precision.HALF_YEAR,
    Precision.YEAR,
    Precision.DECADE,
    Precision.CENTURY,
}


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _aligned_to_months(span: DateSpan) -> bool:
    return span.start.day == 1 and span.end == _month_end(span.end)


def tl_date(d: date, unit: str) -> dict[str, int]:
    """A TimelineJS date object with only the parts the precision supports."""
    parts = {"year": d.year}
    if unit in ("month", "day"):
        parts["month"] = d.month
    if unit == "day":
        parts["day"] = d.day
    return parts


def tl_unit(span: DateSpan) -> str:
    if span.precision in (Precision.YEAR, Precision.DECADE, Precision.CENTURY) and (
        span.start.month,
        span.start.day,
        span.end.month,
        span.end.day,
    ) == (1, 1, 12, 31):
        return "year"
    if (span.precision == Precision.MONTH or span.precision in _COARSER_THAN_MONTH) and (
        _aligned_to_months(span)
    ):
        return "month"
    return "day"


def tl_dates(span: DateSpan) -> dict[str, Any]:
    unit = tl_unit(span)
    out: dict[str, Any] = {"start_date": tl_date(span.start, unit)}
    single = span.start == span.end or (
        unit == "month" and (span.start.year, span.start.month) == (span.end.year, span.end.month)
    )
    if unit == "year" and span.start.year == span.end.year:
        single = True
    if not single:
        out["end_date"] = tl_date(span.end, unit)
    if span.precision != Precision.DAY:
        out["display_date"] = f"{describe_span(span)} ({span.precision.value})"
    return out


def _group(event: StoredEvent) -> str:
    return TYPE_FAMILY.get(event.type, event.type).value.capitalize()


def _tl_text(event: StoredEvent, lookup: ArticleLookup, label: Labeller, locate: Locator) -> str:
    parts = [f"<p>{html.escape(event.type.value.replace('_', ' '))}</p>"]
    for source in event.sources:
        article = lookup(source.article_id)
        cite = html.escape(label(article, source.article_title))
        where = locate(article)
        if where.startswith(("http://", "https://")):
            cite = f'<a href="{html.escape(where)}">{cite}</a>'
        parts.append(f"<blockquote>{html.escape(source.sentence)}</blockquote><p>— {cite}</p>")
    if event.note:
        parts.append(f"<p><em>Note:</em> {html.escape(event.note)}</p>")
    return "".join(parts)


def timelinejs_document(
    events: Iterable[StoredEvent],
    lookup: ArticleLookup,
    label: Labeller,
    locate: Locator,
    title: str = "",
) -> dict[str, Any]:
    """A TimelineJS3 document; undated events are left out (TimelineJS needs a start date)."""
    items = []
    for event in events:
        if event.span is None:
            continue
        items.append(
            {
                "unique_id": f"event-{event.id}",
                **tl_dates(event.span),
                "text": {
                    "headline": html.escape(event.title),
                    "text": _tl_text(event, lookup, label, locate),
                },
                "group": _group(event),
            }
        )
    headline = html.escape(title or "Conflict timeline")
    return {
        "title": {"text": {"headline": headline, "text": f"{len(items)} events"}},
        "events": items,
    }


# --- iCalendar (RFC 5545) --------------------------------------------------------------------


def ical_escape(text: str) -> str:
    """TEXT value escaping: backslash, semicolon, comma and newlines."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def ical_fold(line: str) -> str:
    """Fold a content line at 75 octets (UTF-8), never inside a character; CRLF + space continues."""
    out: list[str] = []
    current = b""
    limit = 75
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
            limit = 74  # continuation lines start with a space
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _uid(event: StoredEvent) -> str:
    first = event.sources[0] if event.sources else None
    seed = f"{event.id}|{first.article_id if first else ''}|{first.sentence_start if first else ''}"
    return f"event-{event.id}-{hashlib.sha1(seed.encode()).hexdigest()[:12]}@conflict-timeline"


def _description(
    event: StoredEvent, lookup: ArticleLookup, label: Labeller, locate: Locator
) -> str:
    lines = [f"{event.type.value.replace('_', ' ')}, {event.status.value}"]
    if event.span and event.span.precision != Precision.DAY:
        lines.append(f"Date known to the {event.span.precision.value}: {describe_span(event.span)}")
    for source in event.sources:
        article = lookup(source.article_id)
        where = locate(article)
        lines.append(f'"{source.sentence}" — {label(article, source.article_title)}')
        if where:
            lines.append(where)
    if event.note:
        lines.append(f"Note: {event.note}")
    return "\n".join(lines)


def _vevent(
    event: StoredEvent,
    span: DateSpan,
    stamp: str,
    lookup: ArticleLookup,
    label: Labeller,
    locate: Locator,
) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_uid(event)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{span.start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{span.end + timedelta(days=1):%Y%m%d}",  # exclusive end
        f"SUMMARY:{ical_escape(event.title)}",
        f"DESCRIPTION:{ical_escape(_description(event, lookup, label, locate))}",
        f"CATEGORIES:{ical_escape(event.type.value)}",
        "TRANSP:TRANSPARENT",
    ]
    place = event.places[0] if event.places else None
    if place:
        lines.append(f"LOCATION:{ical_escape(place.name)}")
        if place.latitude is not None and place.longitude is not None:
            lines.append(f"GEO:{place.latitude:.6f};{place.longitude:.6f}")
    first = lookup(event.sources[0].article_id) if event.sources else None
    url = locate(first)
    if url.startswith(("http://", "https://")):
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def ical_text(
    events: Iterable[StoredEvent], lookup: ArticleLookup, label: Labeller, locate: Locator
) -> str:
    """All-day VEVENTs (undated events left out), CRLF line endings, folded lines."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Conflict Timeline//timeline-app {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        if event.span is not None:
            lines.extend(_vevent(event, event.span, stamp, lookup, label, locate))
    lines.append("END:VCALENDAR")
    return "".join(ical_fold(line) + "\r\n" for line in lines)
