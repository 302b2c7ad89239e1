"""The weapons events see in a sentence: not the air force that reports, and for "42 of them"
the weapon of the sentence before (event_means.py)."""

from __future__ import annotations

import pytest

from timeline_app.domain.model import EventType
from timeline_app.extraction.events import find_events


def types_and_titles(text: str) -> list[tuple[EventType, str]]:
    return [(e.type, e.title) for e in find_events(text, [], None, "en")]


def test_a_count_of_them_takes_the_weapon_of_the_sentence_before() -> None:
    found = types_and_titles(
        "Russia launched 57 drones at Ukraine overnight. "
        "Air defences shot down 42 of them, the air force said."
    )
    assert [kind for kind, _ in found] == [EventType.DRONE_ATTACK, EventType.DRONE_ATTACK]
    assert "drones intercepted" in found[1][1]
    assert all("aircraft" not in title for _, title in found)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down 40 drones, the air force said.",
        "Air defences shot down 40 drones, according to the air force.",
        "Air defences shot down 40 drones, Ukraine's air force spokesman Yuriy Ihnat said.",
    ],
)
def test_the_air_force_that_reports_is_no_aircraft(text: str) -> None:
    (event,) = find_events(text, [], None, "en")
    assert event.type == EventType.DRONE_ATTACK


def test_an_air_force_that_strikes_is_an_airstrike() -> None:
    (event,) = find_events(
        "The Israeli air force struck Hezbollah targets in southern Lebanon.", [], None, "en"
    )
    assert event.type == EventType.AIRSTRIKE


def test_a_count_with_no_weapon_before_gives_no_interception() -> None:
    text = "Officials met in Kyiv on Monday. Air defences shot down 42 of them."
    assert all(kind != EventType.AIRSTRIKE for kind, _ in types_and_titles(text))
