"""Calendar arithmetic for time expressions: the interval of a week, month, season, quarter...

Pure functions from a few numbers to a `DateSpan`; the resolvers in `dates_english` and
`dates_generic` combine them. Weeks run Monday to Sunday; seasons are northern-hemisphere
meteorological seasons (winter of year Y = December Y to February Y+1).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from timeline_app.domain.calendar_words import weekday_abbr
from timeline_app.domain.model import DateSpan, Precision

SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def day_span(d: date) -> DateSpan:
    return DateSpan(d, d, Precision.DAY)


def week_span(d: date) -> DateSpan:
    monday = d - timedelta(days=d.weekday())
    return DateSpan(monday, monday + timedelta(days=6), Precision.WEEK)


def weekend_span(d: date) -> DateSpan:
    """The Saturday and Sunday of the Monday-Sunday week holding `d`."""
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
    return DateSpan(saturday, saturday + timedelta(days=1), Precision.WEEK)


def month_span(year: int, month: int) -> DateSpan:
    return DateSpan(date(year, month, 1), month_end(year, month), Precision.MONTH)


def months_span(year: int, first: int, count: int, precision: Precision) -> DateSpan:
    """`count` whole months starting at (year, first); months past December roll into year+1."""
    last_index = year * 12 + first - 1 + count - 1
    return DateSpan(
        date(year, first, 1), month_end(last_index // 12, last_index % 12 + 1), precision
    )


def quarter_span(year: int, quarter: int) -> DateSpan:
    return months_span(year, 3 * quarter - 2, 3, Precision.QUARTER)


def half_span(year: int, half: int) -> DateSpan:
    return months_span(year, 6 * half - 5, 6, Precision.HALF_YEAR)


def season_span(year: int, season: str) -> DateSpan:
    return months_span(year, SEASON_START_MONTH[season], 3, Precision.SEASON)


def year_span(year: int) -> DateSpan:
    return DateSpan(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)


def decade_span(first_year: int) -> DateSpan:
    return DateSpan(date(first_year, 1, 1), date(first_year + 9, 12, 31), Precision.DECADE)


def century_span(first_year: int) -> DateSpan:
    """A century by the common usage: the 20th century is 1900-1999 (as TimeML's value "19")."""
    return DateSpan(date(first_year, 1, 1), date(first_year + 99, 12, 31), Precision.CENTURY)


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def shift_unit(d: date, unit: str, amount: int) -> DateSpan:
    """The span of the `unit` (day/week/month/year/decade) holding `d` shifted by `amount` units."""
    if unit == "day":
        return day_span(d + timedelta(days=amount))
    if unit == "week":
        return week_span(d + timedelta(weeks=amount))
    if unit == "fortnight":
        return week_span(d + timedelta(weeks=2 * amount))
    if unit == "month":
        shifted = add_months(d, amount)
        return month_span(shifted.year, shifted.month)
    if unit == "quarter":
        shifted = add_months(d, 3 * amount)
        return quarter_span(shifted.year, (shifted.month - 1) // 3 + 1)
    if unit == "year":
        return year_span(d.year + amount)
    if unit == "decade":
        return decade_span(d.year // 10 * 10 + 10 * amount)
    if unit == "century":
        return century_span(d.year // 100 * 100 + 100 * amount)
    raise ValueError(f"unknown unit {unit!r}")


# A fuzzy part of a span, as (first, last) fractions of its length: "early" is the first third...
_PARTS = {
    "early": (0.0, 1 / 3),
    "beginning": (0.0, 1 / 3),
    "mid": (1 / 3, 2 / 3),
    "late": (2 / 3, 1.0),
    "end": (2 / 3, 1.0),
    "first half": (0.0, 0.5),
    "second half": (0.5, 1.0),
}


def part_of(span: DateSpan, part: str, published: date | None = None) -> DateSpan:
    """The fuzzy part of `span` ("early", "mid", "late", "end", "beginning", "earlier", "later").

    "earlier"/"later" cut the span at the publication date ("earlier this week" ends on it).
    Years are cut on month boundaries so that "late 2024" reads September-December.
    """
    if part in ("earlier", "later"):
        return _cut_at(span, part, published)
    first, last = _PARTS[part]
    if _is_whole_month(span) and part in _MONTH_DAYS:
        return _month_part(span, part)
    if span.precision is Precision.YEAR:
        return _year_part(span, first, last)
    if span.precision in (Precision.DECADE, Precision.CENTURY):
        return _years_part(span, first, last)
    length = span.days
    start = span.start + timedelta(days=round(first * length))
    end = span.start + timedelta(days=max(round(last * length) - 1, 0))
    return DateSpan(start, max(start, end), span.precision)


# Parts of a calendar month by the usual reading: early = 1-10, mid = 11-20, late = 21-end.
_MONTH_DAYS = {
    "early": (1, 10),
    "beginning": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
}


def _is_whole_month(span: DateSpan) -> bool:
    return (
        span.start.day == 1
        and (span.start.year, span.start.month) == (span.end.year, span.end.month)
        and span.end == month_end(span.end.year, span.end.month)
    )


def _month_part(span: DateSpan, part: str) -> DateSpan:
    first, last = _MONTH_DAYS[part]
    return DateSpan(
        span.start.replace(day=first),
        min(span.end, span.start.replace(day=28) + timedelta(days=last - 28)),
        span.precision,
    )


def _year_part(span: DateSpan, first: float, last: float) -> DateSpan:
    months = 12 * (span.end.year - span.start.year + 1)
    start_index = round(first * months)
    count = max(round(last * months) - start_index, 1)
    year = span.start.year + start_index // 12
    return months_span(year, start_index % 12 + 1, count, span.precision)


def _years_part(span: DateSpan, first: float, last: float) -> DateSpan:
    """A part of a decade or century in whole years: "the late 1970s" is 1977-1979."""
    years = span.end.year - span.start.year + 1
    start_year = span.start.year + round(first * years)
    end_year = span.start.year + max(round(last * years) - 1, round(first * years))
    return DateSpan(date(start_year, 1, 1), date(end_year, 12, 31), span.precision)


def _cut_at(span: DateSpan, part: str, published: date | None) -> DateSpan:
    if published is None or not span.start <= published <= span.end:
        return span
    if part == "earlier":
        return DateSpan(span.start, published, span.precision)
    return DateSpan(published, span.end, span.precision)


def weekday_on_or_before(published: date, weekday: int, strictly: bool = False) -> date:
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - timedelta(days=back)


def weekday_on_or_after(published: date, weekday: int, strictly: bool = False) -> date:
    ahead = (weekday - published.weekday()) % 7
    if strictly and ahead == 0:
        ahead = 7
    return published + timedelta(days=ahead)


def describe(span: DateSpan) -> str:
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()}..{span.end.isoformat()}"


def describe_day(d: date) -> str:
    return f"{weekday_abbr(d)} {d.isoformat()}"
