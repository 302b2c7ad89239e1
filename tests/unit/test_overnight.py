""" "Overnight" is the night before publication only when no day names the night: "overnight
into Sunday" and "overnight, officials said on Sunday" are the night that ends on Sunday."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.model import RawArticle
from timeline_app.extraction.pipeline import extract

PUBLISHED = date(2025, 11, 19)  # a Wednesday


def event_days(text: str) -> list[tuple[date, date] | None]:
    found = extract(RawArticle(text, "T", "", "", "en", PUBLISHED))
    return [(e.span.start, e.span.end) if e.span else None for e in found.events]


SUNDAY = (date(2025, 11, 16), date(2025, 11, 16))


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones hit Tver overnight on Sunday.",
        "Russian drones hit Tver overnight into Sunday.",
        "Russian drones hit Tver overnight Sunday, the governor said.",
        "Russia launched 49 drones at Odesa overnight on 16 November, the air force said.",
        "Russian drones struck Odesa overnight, the governor said on Sunday.",
        "Russian drones struck Odesa overnight, the regional governor said Sunday.",
    ],
)
def test_a_night_named_by_its_day_is_that_days(text: str) -> None:
    assert event_days(text) == [SUNDAY]


def test_overnight_alone_is_the_night_before_publication() -> None:
    night = (date(2025, 11, 18), date(2025, 11, 19))
    assert event_days("Russian drones struck Odesa overnight, the governor said.") == [night]
    assert event_days("Russian drones hit Tver overnight.") == [night]
