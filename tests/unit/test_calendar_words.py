"""Dates read the same in every locale: month and weekday names are the app's English ones, not
LC_TIME's (which Qt sets from the user's environment when the window opens, so the window's
process and the pool's workers would otherwise word the same date differently)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from timeline_app.domain.calendar_words import month_abbr, weekday_abbr
from timeline_app.domain.model import DateSpan, Precision
from timeline_app.extraction.dates import find_time_expressions
from timeline_app.store import derive
from timeline_app.ui import formatting


@pytest.fixture
def foreign_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """`date.strftime` as it would answer under another LC_TIME: every name a foreign one."""
    real = time.strftime

    def strftime(fmt: str, *args: object) -> str:
        for code, word in (("%a", "Di"), ("%b", "nov."), ("%A", "Dienstag"), ("%B", "novembre")):
            fmt = fmt.replace(code, word)
        return real(fmt, *args)

    monkeypatch.setattr(time, "strftime", strftime)
    assert date(2025, 11, 18).strftime("%a %b") == "Di nov."  # the fixture does bite


def test_abbreviations_are_english() -> None:
    assert [month_abbr(date(2025, m, 1)) for m in (1, 5, 11)] == ["Jan", "May", "Nov"]
    assert weekday_abbr(date(2025, 11, 18)) == "Tue"
    assert weekday_abbr(date(2025, 11, 23)) == "Sun"


def test_labels_on_screen_ignore_the_locale(foreign_locale: None) -> None:
    day = date(2025, 11, 18)
    assert formatting.format_day(day) == "18 Nov 2025"
    assert formatting.format_day_with_weekday(day) == "Tue 18 Nov 2025"
    assert formatting.format_span(DateSpan(date(2025, 11, 17), day, Precision.DAY)) == (
        "17–18 Nov 2025"
    )
    month = DateSpan(date(2025, 8, 1), date(2025, 8, 31), Precision.MONTH)
    assert formatting.format_span(month) == "Aug 2025"


def test_stored_disagreement_labels_ignore_the_locale(foreign_locale: None) -> None:
    derive._span_text.cache_clear()
    start, end = date(2025, 3, 3).toordinal(), date(2025, 3, 3).toordinal()
    assert derive._span_text(start, end, "day") == "3 Mar"
    assert derive._span_text(start, date(2025, 3, 31).toordinal(), "month") == "Mar 2025"
    derive._span_text.cache_clear()


def test_explanations_ignore_the_locale(foreign_locale: None) -> None:
    found = find_time_expressions("Drones struck Kharkiv on Monday.", date(2025, 11, 18), "en")
    assert found and "Tue 2025-11-18" in found[0].explanation
