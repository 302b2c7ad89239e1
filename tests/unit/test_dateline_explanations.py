"""A story told from its dateline's day says so: its relative dates are explained from "the
dateline's day", not from "publication", whose date the analyst sees above the article."""

from __future__ import annotations

from datetime import date

from timeline_app.domain.model import RawArticle
from timeline_app.extraction.dates_filed import told_from_dateline
from timeline_app.extraction.pipeline import extract

TEXT = (
    "KYIV, Nov 13 (Reuters) - Russian drones struck Odesa on Tuesday and again yesterday, "
    "officials said."
)


def test_relative_dates_are_explained_from_the_dateline_s_day() -> None:
    found = extract(RawArticle(TEXT, "T", "", "", "en", date(2025, 11, 19))).time_expressions
    by_text = {e.text: e for e in found}
    assert by_text["yesterday"].span is not None
    assert by_text["yesterday"].span.start == date(2025, 11, 12)
    assert "relative to the dateline's day Thu 2025-11-13" in by_text["yesterday"].explanation
    assert "publication" not in by_text["Tuesday"].explanation
    assert "dateline" not in by_text["Nov 13"].explanation  # the dateline itself, as before


def test_a_story_published_on_its_dateline_s_day_speaks_of_publication() -> None:
    found = extract(RawArticle(TEXT, "T", "", "", "en", date(2025, 11, 13))).time_expressions
    assert "publication" in {e.text: e for e in found}["yesterday"].explanation


def test_the_words_for_a_period_follow() -> None:
    assert told_from_dateline("the weekend of the publication week") == (
        "the weekend of the dateline's week"
    )
    assert told_from_dateline("no year given; publication year assumed") == (
        "no year given; the dateline's year assumed"
    )
