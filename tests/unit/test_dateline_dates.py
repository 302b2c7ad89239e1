"""A wire dateline's day ("KYIV, 19 November 2025 -") is the day the story was filed: it never
beats the event's own day in the lead, whatever dash ends the dateline (a PDF or a plain-text
copy often has a hyphen where the wire had a dash)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.model import RawArticle
from timeline_app.extraction.pipeline import extract

PUBLISHED = date(2025, 11, 19)  # a Wednesday
MONDAY = date(2025, 11, 17)


def event_days(text: str) -> list[date | None]:
    found = extract(RawArticle(text, "T", "", "", "en", PUBLISHED))
    return [e.span.start if e.span else None for e in found.events]


@pytest.mark.parametrize(
    "dateline",
    [
        "KYIV, 19 November 2025 -",
        "KYIV, Nov 19 -",
        "KYIV, November 19 (Reuters) -",
        "KYIV, 19 November 2025 —",
    ],
)
def test_the_lead_s_own_day_beats_the_dateline(dateline: str) -> None:
    text = f"{dateline} Russian forces shelled the town of Kupiansk on Monday, officials said."
    assert event_days(text) == [MONDAY]


def test_an_expression_further_into_the_line_is_no_dateline() -> None:
    text = "Russian forces shelled the town of Kupiansk on 19 November - and again on Monday."
    assert event_days(text)[0] == date(2025, 11, 19)
