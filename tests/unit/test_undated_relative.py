"""An article with no publication date: a relative expression ("on Monday night") cannot be
resolved, and the event it dates must stay undated rather than take an explicit date from a
sentence before it (a wrong date is worse than none; setting the publication date later dates it).
"""

from __future__ import annotations

from datetime import date

from timeline_app.domain.model import EventType, RawArticle
from timeline_app.extraction.pipeline import extract


def _events(text: str, published: date | None) -> dict[EventType, object]:
    raw = RawArticle(text, "T", "", "", "en", published)
    return {e.type: e.span for e in extract(raw).events}


def test_an_unresolved_day_of_its_own_is_no_licence_to_borrow_the_previous_sentences() -> None:
    text = (
        "Officials met in Geneva on 14 November 2025. "
        "A missile strike hit Dnipro on Monday night, killing three people."
    )
    spans = _events(text, None)
    assert spans[EventType.MISSILE_STRIKE] is None
    # with the publication date set, the same day resolves (Monday before Wednesday the 19th)
    dated = _events(text, date(2025, 11, 19))
    assert dated[EventType.MISSILE_STRIKE].start == date(2025, 11, 17)


def test_inheritance_stops_at_a_sentence_whose_day_is_unresolved() -> None:
    text = (
        "Officials met in Geneva on 14 November 2025. "
        "On Monday night, a missile hit Dnipro. "
        "Three people were killed in the strike."
    )
    spans = _events(text, None)
    assert spans[EventType.MEETING] is not None
    assert spans[EventType.MEETING].start == date(2025, 11, 14)
    assert spans[EventType.MISSILE_STRIKE] is None


def test_an_explicit_date_still_dates_an_undated_articles_event() -> None:
    text = "Officials met in Geneva on 14 November 2025. Talks ended without a deal."
    spans = _events(text, None)
    assert spans[EventType.MEETING].start == date(2025, 11, 14)
