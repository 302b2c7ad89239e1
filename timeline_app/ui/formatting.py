"""How dates, precisions and provenance read on screen ("wk of 17 Nov 2025", "Aug 2025 (end)").

Pure functions with no Qt, so the table, the article pane, the dialogs and the tests share one
wording. Never show more precision than the span carries.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from timeline_app.domain.calendar_words import month_abbr, weekday_abbr
from timeline_app.domain.model import DateBasis, DateSpan, Precision, PublishedSource

UNKNOWN_DATE = "date unknown"
NO_DATE = "undated"

_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_SOURCE_WORDS = {
    PublishedSource.OPTION: "set by you",
    PublishedSource.METADATA: "from the page metadata",
    PublishedSource.DATELINE: "from the dateline",
    PublishedSource.URL: "from the address",
    PublishedSource.FILENAME: "from the file name",
    PublishedSource.HEADER: "from the e-mail header",
    PublishedSource.UNKNOWN: "not found",
}


def format_day(d: date) -> str:
    """18 Nov 2025 — unambiguous in every locale, unlike 11/18/2025."""
    return f"{d.day} {month_abbr(d)} {d.year}"


def format_day_with_weekday(d: date) -> str:
    return f"{weekday_abbr(d)} {format_day(d)}"


def format_span(span: DateSpan | None) -> str:
    """The short label of a span at its own precision, for tables and headers."""
    if span is None:
        return NO_DATE
    formatter = _FORMATTERS.get(span.precision, _format_range)
    return formatter(span)


def describe_span(span: DateSpan | None) -> str:
    """A longer form for tooltips: the label, the exact interval and the unit it is known to."""
    if span is None:
        return "no date: the text gives none that can be resolved"
    unit = f"(known to the {span.precision.value})"
    if span.start == span.end:
        return f"{format_day_with_weekday(span.start)} {unit}"
    interval = f"{format_day(span.start)} – {format_day(span.end)}, {span.days} days"
    return f"{format_span(span)}: {interval} {unit}"


def span_sort_key(span: DateSpan | None) -> int:
    """One integer that orders spans by start, then by shorter first; undated last."""
    if span is None:
        return 2**62
    return span.start.toordinal() * 100_000 + min(span.days, 99_999)


def format_published(published: date | None, source: PublishedSource | str) -> str:
    """The publication line of an article header: "19 Nov 2025 (from the dateline)"."""
    if published is None:
        return UNKNOWN_DATE
    return f"{format_day(published)} ({published_source_words(source)})"


def published_source_words(source: PublishedSource | str) -> str:
    try:
        return _SOURCE_WORDS[PublishedSource(source)]
    except ValueError:
        return str(source)


def _format_day_span(span: DateSpan) -> str:
    if span.start == span.end:
        return format_day(span.start)
    return _format_range(span)


def _format_range(span: DateSpan) -> str:
    """17–19 Nov 2025, 28 Nov – 2 Dec 2025, 28 Dec 2025 – 2 Jan 2026."""
    a, b = span.start, span.end
    if a == b:
        return format_day(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {month_abbr(b)} {b.year}"
    if a.year == b.year:
        return f"{a.day} {month_abbr(a)} – {format_day(b)}"
    return f"{format_day(a)} – {format_day(b)}"


def _format_week(span: DateSpan) -> str:
    if span.days > 7:
        return f"wks of {format_day(span.start)} – {format_day(span.end)}"
    return f"wk of {format_day(span.start)}"


def _format_month(span: DateSpan) -> str:
    a, b = span.start, span.end
    if (a.year, a.month) != (b.year, b.month):
        if a.year == b.year:
            return f"{month_abbr(a)}–{month_abbr(b)} {b.year}"
        return f"{month_abbr(a)} {a.year} – {month_abbr(b)} {b.year}"
    label = f"{month_abbr(a)} {a.year}"
    part = _part_of_month(a, b)
    return f"{label} ({part})" if part else label


def _part_of_month(a: date, b: date) -> str:
    """Which part of the month a sub-month span covers ("end of August" is not 19 August)."""
    last = calendar.monthrange(a.year, a.month)[1]
    if a.day == 1 and b.day == last:
        return ""
    if a.day == 1:
        return "early"
    if b.day == last:
        return "end"
    return "mid"


def _format_season(span: DateSpan) -> str:
    a = span.start
    first_month = a.month if a.month in _SEASONS else _season_start_month(a.month)
    name = _SEASONS[first_month]
    if name == "winter" and span.end.year != a.year:
        return f"winter {a.year}/{str(span.end.year)[-2:]}"
    if name == "winter" and a.month in (1, 2):
        return f"winter {a.year - 1}/{str(a.year)[-2:]}"
    return f"{name} {a.year}"


def _season_start_month(month: int) -> int:
    return {1: 12, 2: 12, 4: 3, 5: 3, 7: 6, 8: 6, 10: 9, 11: 9}[month]


def _format_quarter(span: DateSpan) -> str:
    first = (span.start.month - 1) // 3 + 1
    last = (span.end.month - 1) // 3 + 1
    if span.start.year == span.end.year and first == last:
        return f"Q{first} {span.start.year}"
    return _format_range(span)


def _format_half_year(span: DateSpan) -> str:
    half = 1 if span.start.month <= 6 else 2
    if span.start.year == span.end.year and (span.end.month <= 6) == (half == 1):
        return f"H{half} {span.start.year}"
    return _format_range(span)


def _format_year(span: DateSpan) -> str:
    a, b = span.start, span.end
    if a.year != b.year:
        return f"{a.year}–{b.year}"
    if (a.month, a.day) == (1, 1) and (b.month, b.day) == (12, 31):
        return str(a.year)
    if (a.month, a.day) == (1, 1):
        return f"{a.year} (early)"
    if (b.month, b.day) == (12, 31):
        return f"{a.year} (late)"
    return f"{a.year} (mid)"


def _format_decade(span: DateSpan) -> str:
    return f"{span.start.year // 10 * 10}s"


def _format_century(span: DateSpan) -> str:
    number = span.start.year // 100 + 1
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix} century"


_FORMATTERS = {
    Precision.DAY: _format_day_span,
    Precision.WEEK: _format_week,
    Precision.MONTH: _format_month,
    Precision.SEASON: _format_season,
    Precision.QUARTER: _format_quarter,
    Precision.HALF_YEAR: _format_half_year,
    Precision.YEAR: _format_year,
    Precision.DECADE: _format_decade,
    Precision.CENTURY: _format_century,
}


def store_error_text(path: object, message: str) -> str:
    """Why a store cannot be opened, naming the file once and saying once that it is untouched.

    The store's own messages name the file and, as a rule, say that nothing was changed: a
    dialog that repeats either reads as two errors.
    """
    said = message if str(path) in message else f"{path}\n\n{message}"
    lowered = message.lower()
    if not any(word in lowered for word in ("changed", "untouched", "unchanged")):
        said += "\n\nNothing was changed."
    return said


def bin_words(days: int) -> str:
    """A histogram bin's width as a reader counts it ("5 years", not "1820 days")."""
    names = {1: "day", 7: "week", 91: "quarter", 182: "half-year", 364: "year"}
    if days in names:
        return names[days]
    if days % 364 == 0:
        return f"{days // 364} years"
    if days % 7 == 0:
        return f"{days // 7} weeks"
    return f"{days} days"


def counted(n: int, noun: str) -> str:
    """ "1 event", "2,027 articles": a count with its noun, singular for one."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


_ISO_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?")


def readable_reason(text: str) -> str:
    """A date's explanation with its days as the rest of the window writes them.

    The resolver says "overnight → 2025-11-17..2025-11-18: the night before publication"; an
    analyst reads "overnight → 17–18 Nov 2025: ...". Anything that is not a valid ISO day is
    left as it is.
    """

    def one(match: re.Match[str]) -> str:
        try:
            first = date.fromisoformat(match.group(1))
            last = date.fromisoformat(match.group(2)) if match.group(2) else first
            return _format_range(DateSpan(first, last, Precision.DAY))
        except ValueError:  # not a day, or a range backwards
            return match.group(0)

    return _ISO_RANGE.sub(one, text)


def date_reason(explanation: str, basis: DateBasis | str | None) -> str:
    """How an event's date was found, as the window says it: `readable_reason`, and when the
    date is not its own sentence's but one nearby (`DateBasis.INHERITED`), that said first: an
    explanation reading "14 November 2025 → explicit date" otherwise looked like the event's."""
    why = readable_reason(explanation)
    if why and basis == DateBasis.INHERITED:
        return f"from a nearby sentence: {why}"
    return why
