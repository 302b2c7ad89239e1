"""Repeats merge within an article only when they can be the same happening: two reports that
each name someone or somewhere, with nothing in common, are two happenings; a bare recap ("The
attack on Monday killed three") still joins the report it recaps."""

from __future__ import annotations

from datetime import date

from timeline_app.domain.model import RawArticle
from timeline_app.extraction.pipeline import extract

PUBLISHED = date(2025, 11, 19)


def events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    found = extract(RawArticle(text, "T", "", "", "en", PUBLISHED)).events
    return [
        (e.type.value, tuple(a.name for a in e.actors), tuple(p.name for p in e.places))
        for e in found
    ]


def test_two_attacks_on_one_day_naming_nothing_in_common_stay_two() -> None:
    text = (
        "Houthi forces fired a missile at a cargo ship on Sunday evening, the shipping agency "
        "said.\n\n"
        "Militants attacked a convoy near Djibo on Sunday, killing eleven soldiers."
    )
    found = events(text)
    assert len(found) == 2
    assert ("missile_strike", ("Houthis",), ()) in found
    assert ("attack", (), ("Djibo",)) in found


def test_a_bare_recap_joins_the_report_it_recaps() -> None:
    text = (
        "Russia launched a missile attack on Kyiv on Monday, officials said.\n\n"
        "The attack on Monday killed three people."
    )
    assert len(events(text)) == 1
