"""The mapping between days and pixels, and the two-row axis that adapts from centuries to hours.

Days are `date.toordinal()` values; a fractional day is a time within it (day N spans [N, N+1)).
Pure code: the painter and the scene builder both read the same `Viewport` and `AxisTicks`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from timeline_app.domain.model import Precision

MIN_DAY = 1.0
MAX_DAY = float(date(9999, 12, 31).toordinal())
MIN_SPAN_DAYS = 0.25  # six hours fill the view at the closest zoom
MAX_SPAN_DAYS = 365.25 * 1000

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAME = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class Viewport:
    """Which days the plotting area shows: `start` at x=0 and `end` at x=`width`."""

    start: float
    end: float
    width: float
    # Derived once: the scene builder asks for the scale hundreds of thousands of times a second.
    scale: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        span = self.end - self.start
        object.__setattr__(self, "scale", self.width / span if span > 0 else 1.0)

    @classmethod
    def around(cls, first_day: int, last_day: int, width: float, pad: float = 0.04) -> Viewport:
        """A view that shows whole days first..last with a small margin on each side."""
        span = max(float(last_day + 1 - first_day), 1.0)
        margin = span * pad
        return cls(first_day - margin, last_day + 1 + margin, width).clamped()

    @property
    def span(self) -> float:
        return self.end - self.start

    @property
    def px_per_day(self) -> float:
        return self.scale

    def x_of(self, day: float) -> float:
        return (day - self.start) * self.scale

    def day_at(self, x: float) -> float:
        return self.start + x / self.scale

    def zoomed(self, factor: float, anchor_x: float) -> Viewport:
        """Zoom in by `factor` (>1 zooms in) keeping the day under `anchor_x` in place."""
        anchor = self.day_at(anchor_x)
        span = min(max(self.span / factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        frac = anchor_x / self.width if self.width else 0.5
        start = anchor - span * frac
        return replace(self, start=start, end=start + span).clamped()

    def panned(self, dx_px: float) -> Viewport:
        """Move the content by `dx_px` pixels (positive drags the timeline to the right)."""
        shift = dx_px / self.px_per_day
        return replace(self, start=self.start - shift, end=self.end - shift).clamped()

    def resized(self, width: float) -> Viewport:
        """Keep the start and the scale when the widget grows, as a map does."""
        return replace(self, width=width, end=self.start + width / self.px_per_day).clamped()

    def clamped(self) -> Viewport:
        span = min(max(self.span, MIN_SPAN_DAYS), min(MAX_SPAN_DAYS, MAX_DAY - MIN_DAY))
        start = min(max(self.start, MIN_DAY), MAX_DAY - span)
        return replace(self, start=start, end=start + span)


# --- ticks -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tick:
    """One unit on an axis row: it starts at day `start` and ends where the next begins."""

    start: float
    end: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    """The minor row (e.g. days) under the major row (e.g. "2025 · November")."""

    unit: str
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


@dataclass(frozen=True, slots=True)
class _Level:
    unit: str  # "hour" | "day" | "week" | "month" | "year"
    step: int
    approx_days: float
    sample_label: str  # the widest label this level prints, to size its ticks
    minor_label: Callable[[float, int], str]
    major_unit: str
    major_step: int
    min_px: float = 0.0  # hours want more air than their labels need, or they crowd out days


def _day_of(x: float) -> date:
    return date.fromordinal(int(math.floor(min(max(x, MIN_DAY), MAX_DAY))))


def _hour_label(x: float, _step: int) -> str:
    return f"{round((x - math.floor(x)) * 24) % 24:02d}:00"


def _day_label(x: float, _step: int) -> str:
    return str(_day_of(x).day)


def _wide_day_label(x: float, _step: int) -> str:
    d = _day_of(x)
    return f"{WEEKDAY_ABBR[d.weekday()]} {d.day}"


def _month_label(x: float, step: int) -> str:
    d = _day_of(x)
    return f"Q{(d.month - 1) // 3 + 1}" if step == 3 else MONTH_ABBR[d.month - 1]


def _year_label(x: float, _step: int) -> str:
    return str(_day_of(x).year)


_LEVELS: tuple[_Level, ...] = (
    *(_Level("hour", h, h / 24, "00:00", _hour_label, "day", 1, 75.0) for h in (1, 3, 6)),
    _Level("day", 1, 1, "Wed 30", _wide_day_label, "month", 1),
    _Level("day", 1, 1, "30", _day_label, "month", 1),
    _Level("week", 1, 7, "30", _day_label, "month", 1),
    _Level("month", 1, 30.4, "Sep", _month_label, "year", 1),
    _Level("month", 3, 91.3, "Q4", _month_label, "year", 1),
    *(
        _Level("year", y, 365.25 * y, "2025", _year_label, "year", major)
        for y, major in ((1, 10), (2, 10), (5, 50), (10, 100), (20, 100), (50, 500))
    ),
    *(_Level("year", y, 365.25 * y, "2000", _year_label, "year", y * 10) for y in (100, 200, 500)),
)

CHAR_PX = 7.0  # average width of an axis character at the axis font; the painter's font matches


def _needed_px(label: str) -> float:
    return len(label) * CHAR_PX + 14


def choose_level(px_per_day: float) -> _Level:
    """The finest level whose ticks leave room for their labels."""
    for level in _LEVELS:
        if level.approx_days * px_per_day >= max(_needed_px(level.sample_label), level.min_px):
            return level
    return _LEVELS[-1]


def _boundaries(unit: str, step: int, first: float, last: float) -> Iterator[float]:
    """Start days of each `step` `unit`s from the one containing `first` up to past `last`."""
    if unit == "hour":
        k = math.floor(first * 24 / step)
        while k * step / 24 <= last:
            yield k * step / 24
            k += 1
    elif unit == "day":
        d = math.floor(first)
        while d <= last:
            yield float(d)
            d += step
    elif unit == "week":
        d = math.floor(first)
        d -= _day_of(d).weekday()
        while d <= last:
            yield float(d)
            d += 7 * step
    elif unit == "month":
        yield from _month_boundaries(step, first, last)
    else:
        yield from _year_boundaries(step, first, last)


def _month_boundaries(step: int, first: float, last: float) -> Iterator[float]:
    d = _day_of(first)
    index = d.year * 12 + (d.month - 1) // step * step
    while True:
        year, month0 = divmod(index, 12)
        if year > 9999:
            return
        x = float(date(max(year, 1), month0 + 1, 1).toordinal())
        if x > last:
            return
        yield x
        index += step


def _year_boundaries(step: int, first: float, last: float) -> Iterator[float]:
    year = max(_day_of(first).year // step * step, 1)
    while year <= 9999:
        x = float(date(year, 1, 1).toordinal())
        if x > last:
            return
        yield x
        year = year + step if year > 1 or step == 1 else step


def _ticks(unit: str, step: int, vp: Viewport, label: Callable[[float, int], str]) -> list[Tick]:
    starts = list(_boundaries(unit, step, vp.start, vp.end))
    if not starts:
        return []
    ends = starts[1:] + [_next_start(unit, step, starts[-1])]
    return [Tick(s, e, label(s, step)) for s, e in zip(starts, ends, strict=True)]


def _next_start(unit: str, step: int, start: float) -> float:
    following = _boundaries(unit, step, start + 0.5 / 24, start + 400 * 366 * step)
    nxt = next(following, None)
    # The unit containing start+epsilon is the one that begins at start; the next is after it.
    nxt = next(following, None) if nxt is not None and nxt <= start else nxt
    return nxt if nxt is not None else MAX_DAY + 1


def _major_label(unit: str, step: int, x: float, minor_unit: str) -> str:
    d = _day_of(x)
    if unit == "day":
        return f"{WEEKDAY_ABBR[d.weekday()]} {d.day} {MONTH_NAME[d.month - 1]} {d.year}"
    if unit == "month":
        return f"{d.year} · {MONTH_NAME[d.month - 1]}"
    if step >= 50:
        return f"{d.year}–{d.year + step - 1}"
    if step > 1:
        return f"{d.year}s"
    return str(d.year)


def axis_ticks(vp: Viewport) -> AxisTicks:
    """Both label rows for the current zoom: minor units under the larger unit they belong to."""
    level = choose_level(vp.px_per_day)
    minor = _ticks(level.unit, level.step, vp, level.minor_label)
    major = [
        Tick(t.start, t.end, _major_label(level.major_unit, level.major_step, t.start, level.unit))
        for t in _ticks(level.major_unit, level.major_step, vp, _year_label)
    ]
    return AxisTicks(level.unit, tuple(minor), tuple(major))


def weekend_days(vp: Viewport, min_px_per_day: float = 12.0) -> list[int]:
    """Saturdays and Sundays in view, only when days are wide enough for shading to mean something
    (below ~12 px a day, as at a fit-all over months, the stripes read as a barcode)."""
    if vp.px_per_day < min_px_per_day:
        return []
    first, last = math.floor(vp.start), math.ceil(vp.end)
    return [
        d for d in range(max(first, 1), min(last, int(MAX_DAY)) + 1) if _day_of(d).weekday() >= 5
    ]


# --- describing dates --------------------------------------------------------------------------

_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def describe_span(day_start: int, day_end: int, precision: Precision) -> str:
    """How an analyst would say the date: "19 Nov 2025", "week of 17 Nov 2025", "spring 2025"."""
    a, b = date.fromordinal(day_start), date.fromordinal(day_end)
    if precision is Precision.DAY:
        if a == b:
            return f"{a.day} {MONTH_ABBR[a.month - 1]} {a.year}"
        return f"{short_date(a)} – {short_date(b)}"
    if precision is Precision.WEEK:
        return f"week of {a.day} {MONTH_ABBR[a.month - 1]} {a.year}"
    if precision is Precision.MONTH:
        return f"{MONTH_NAME[a.month - 1]} {a.year}"
    if precision is Precision.SEASON and a.month in _SEASONS:
        return f"{_SEASONS[a.month]} {a.year}"
    if precision is Precision.QUARTER:
        return f"Q{(a.month - 1) // 3 + 1} {a.year}"
    if precision is Precision.HALF_YEAR:
        return f"{'first' if a.month <= 6 else 'second'} half of {a.year}"
    if precision is Precision.YEAR:
        return str(a.year)
    if precision is Precision.DECADE:
        return f"the {a.year // 10 * 10}s"
    if precision is Precision.CENTURY:
        return f"{a.year // 100 + 1}th century"
    return f"{short_date(a)} – {short_date(b)} ({precision.value})"


def short_date(d: date) -> str:
    return f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}"


def describe_range(first: date, last: date) -> str:
    """A compact range for titles: "17 – 23 Nov 2025", "Oct 2024 – Mar 2025"."""
    if first == last:
        return short_date(first)
    if first.year == last.year and first.month == last.month:
        return f"{first.day} – {last.day} {MONTH_ABBR[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {MONTH_ABBR[first.month - 1]} – {short_date(last)}"
    return f"{short_date(first)} – {short_date(last)}"
