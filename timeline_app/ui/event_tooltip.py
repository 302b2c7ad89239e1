"""The hover tooltip for one event: title, date with its precision and reasoning, sources.

Builds Qt rich text (a small HTML subset) from a `StoredEvent`; no Qt import needed.
"""

from __future__ import annotations

from html import escape

from timeline_app.domain.model import EventStatus, StoredEvent
from timeline_app.domain.palette import TYPE_LABEL, type_colour
from timeline_app.domain.timescale import describe_span
from timeline_app.ui.formatting import date_reason

MAX_SOURCES = 5
MAX_SENTENCE = 220


def tooltip_html(event: StoredEvent, theme: str = "light") -> str:
    """Rich text an analyst reads in one glance; the sentence shows where the event comes from."""
    parts = [f"<b>{escape(event.title)}</b>"]
    kind = f"<span style='color:{type_colour(event.type, theme)}'>■</span> {TYPE_LABEL[event.type]}"
    if event.status is not EventStatus.HAPPENED:
        kind += f" · <i>{event.status.value}</i>"
    if event.starred:
        kind += " · ★ starred"
    if event.edited:
        kind += " · ✎ edited"
    parts.append(kind)
    parts.append(_date_line(event))
    if event.conflicts:
        parts.append(f"<span style='color:#C0392B'>⚠ {escape(event.conflicts)}</span>")
    parts.extend(_source_lines(event))
    return "<br>".join(parts)


def _date_line(event: StoredEvent) -> str:
    if event.span is None:
        return "<i>date unknown</i>"
    s, e = event.span.start.toordinal(), event.span.end.toordinal()
    when = describe_span(s, e, event.span.precision)
    line = f"<b>{escape(when)}</b> <span style='color:gray'>(to the {event.span.precision.value})</span>"
    if event.explanation:
        line += f"<br><span style='color:gray'>{escape(date_reason(event.explanation, event.basis))}</span>"
    return line


def _source_lines(event: StoredEvent) -> list[str]:
    count = event.source_count
    lines = [f"<u>{count} source{'s' if count != 1 else ''}</u>"] if count else []
    for src in event.sources[:MAX_SOURCES]:
        sentence = src.sentence.strip()
        if len(sentence) > MAX_SENTENCE:
            sentence = sentence[: MAX_SENTENCE - 1] + "…"
        site = f"{escape(src.site)} — " if src.site else ""
        lines.append(
            f"• {site}{escape(src.article_title)}<br>&nbsp;&nbsp;<i>“{escape(sentence)}”</i>"
        )
    if count > MAX_SOURCES:
        lines.append(f"… and {count - MAX_SOURCES} more")
    return lines
