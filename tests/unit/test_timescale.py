"""The day/pixel mapping and the two-row axis, from centuries down to hours."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.model import Precision
from timeline_app.domain.timescale import (
    MIN_SPAN_DAYS,
    Viewport,
    axis_ticks,
    choose_level,
    describe_range,
    describe_span,
    weekend_days,
)

WED = date(2025, 11, 19).toordinal()


def a_view(days: float, width: float = 1200, centre: int = WED) -> Viewport:
    return Viewport(centre - days / 2, centre + days / 2, width)


def test_day_and_pixel_map_both_ways() -> None:
    vp = Viewport(WED, WED + 10, 1000)
    assert vp.px_per_day == 100
    assert vp.x_of(WED + 2.5) == 250
    assert vp.day_at(250) == WED + 2.5


def test_zoom_keeps_the_day_under_the_pointer() -> None:
    vp = a_view(30)
    anchor_x = 300.0
    before = vp.day_at(anchor_x)
    zoomed = vp.zoomed(2.0, anchor_x)
    assert zoomed.span == pytest.approx(15)
    assert zoomed.day_at(anchor_x) == pytest.approx(before)


def test_pan_moves_content_with_the_hand() -> None:
    vp = a_view(12, width=1200)  # 100 px a day
    moved = vp.panned(200)  # dragging right shows earlier days
    assert moved.start == pytest.approx(vp.start - 2)
    assert moved.span == pytest.approx(vp.span)


def test_zoom_stops_at_hours_and_at_a_millennium() -> None:
    assert a_view(1).zoomed(1e6, 600).span == pytest.approx(MIN_SPAN_DAYS)
    assert a_view(1000).zoomed(1e-9, 600).span <= 365.25 * 1000 + 1


def test_views_stay_inside_the_calendar() -> None:
    vp = Viewport(-500, 10, 800).clamped()
    assert vp.start >= 1
    assert date.fromordinal(int(vp.start)).year == 1


def test_around_fits_the_days_with_a_margin() -> None:
    vp = Viewport.around(WED - 10, WED + 10, 1000)
    assert vp.start < WED - 10 and vp.end > WED + 11


@pytest.mark.parametrize(
    ("days", "unit"),
    [
        (0.3, "hour"),
        (2, "hour"),
        (14, "day"),
        (40, "day"),
        (120, "week"),
        (365, "month"),
        (365 * 8, "month"),  # quarters
        (365 * 30, "year"),
        (365 * 400, "year"),
    ],
)
def test_tick_unit_follows_the_zoom(days: float, unit: str) -> None:
    assert axis_ticks(a_view(days)).unit == unit


def test_day_zoom_reads_month_over_day_numbers() -> None:
    ticks = axis_ticks(Viewport(WED - 2, WED + 20, 1200))
    assert "2025 · November" in [t.label for t in ticks.major]
    assert [t.label for t in ticks.minor[:3]] == ["17", "18", "19"]


def test_wide_days_carry_their_weekday() -> None:
    ticks = axis_ticks(Viewport(WED, WED + 7, 1400))
    assert "Wed 19" in [t.label for t in ticks.minor]


def test_month_zoom_reads_year_over_months() -> None:
    ticks = axis_ticks(a_view(365))
    assert {"2025"} <= {t.label for t in ticks.major}
    assert "Nov" in [t.label for t in ticks.minor]


def test_hour_zoom_reads_day_over_hours() -> None:
    ticks = axis_ticks(Viewport(WED + 0.25, WED + 0.75, 1200))
    assert ticks.major[0].label == "Wed 19 November 2025"
    assert "12:00" in [t.label for t in ticks.minor]


def test_century_zoom_reads_spans_of_years() -> None:
    ticks = axis_ticks(a_view(365.25 * 600))
    assert all(t.label.isdigit() for t in ticks.minor)
    assert any("–" in t.label for t in ticks.major)


def test_minor_ticks_leave_room_for_their_labels() -> None:
    for days in (0.5, 3, 20, 90, 700, 5000, 40000):
        vp = a_view(days)
        ticks = axis_ticks(vp)
        widths = [vp.x_of(t.end) - vp.x_of(t.start) for t in ticks.minor[1:-1]]
        assert min(widths) >= len(max(ticks.minor, key=lambda t: len(t.label)).label) * 6


def test_ticks_are_contiguous() -> None:
    ticks = axis_ticks(a_view(200))
    for a, b in zip(ticks.minor, ticks.minor[1:], strict=False):
        assert a.end == b.start
    level = choose_level(a_view(200).px_per_day)
    assert level.unit == "week"


def test_weekends_only_when_days_are_wide() -> None:
    days = weekend_days(Viewport(WED, WED + 7, 700))
    assert [date.fromordinal(d).strftime("%a") for d in days] == ["Sat", "Sun"]
    assert weekend_days(a_view(3650)) == []
    assert weekend_days(Viewport(WED, WED + 280, 1800)) == []  # months at 6 px a day: a barcode


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        (date(2025, 11, 19), date(2025, 11, 19), Precision.DAY, "19 Nov 2025"),
        (date(2025, 11, 17), date(2025, 11, 23), Precision.WEEK, "week of 17 Nov 2025"),
        (date(2025, 8, 1), date(2025, 8, 31), Precision.MONTH, "August 2025"),
        (date(2025, 3, 1), date(2025, 5, 31), Precision.SEASON, "spring 2025"),
        (date(2025, 1, 1), date(2025, 12, 31), Precision.YEAR, "2025"),
        (date(2025, 7, 1), date(2025, 12, 31), Precision.HALF_YEAR, "second half of 2025"),
        (date(2025, 11, 17), date(2025, 11, 19), Precision.DAY, "17 Nov 2025 – 19 Nov 2025"),
    ],
)
def test_describe_span_says_the_precision(
    start: date, end: date, precision: Precision, expected: str
) -> None:
    assert describe_span(start.toordinal(), end.toordinal(), precision) == expected


def test_describe_range_is_compact() -> None:
    assert describe_range(date(2025, 11, 17), date(2025, 11, 23)) == "17 – 23 Nov 2025"
    assert describe_range(date(2024, 10, 1), date(2025, 3, 1)) == "1 Oct 2024 – 1 Mar 2025"
