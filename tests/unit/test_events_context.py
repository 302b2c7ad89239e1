"""Events read in context: what a sentence takes from the one it points back to, "since" and "N days
after", participles that describe rather than report, topics of talks, coordinated subjects and
events nobody and nowhere is tied to. Whole-pipeline cases (they rely on the dates work)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.model import (
    DateBasis,
    DateSpan,
    EventStatus,
    EventType,
    ExtractedEvent,
    RawArticle,
)
from timeline_app.extraction.pipeline import extract

PUBLISHED = date(2025, 11, 19)  # a Wednesday


def events_of(text: str) -> list[ExtractedEvent]:
    return list(extract(RawArticle(text=text, published=PUBLISHED)).events)


def one(events: list[ExtractedEvent], kind: EventType) -> ExtractedEvent:
    found = [e for e in events if e.type == kind]
    assert found, f"no {kind} among {[(e.type.value, e.title) for e in events]}"
    return found[0]


def places(event: ExtractedEvent) -> list[str]:
    return [p.name for p in event.places]


def test_a_participle_before_a_noun_is_no_attack() -> None:
    events = events_of(
        "An IAEA team visited the nuclear plant in Enerhodar on Thursday to inspect damaged power lines."
    )
    assert {e.type for e in events} == {EventType.VISIT}


def test_a_participle_with_an_object_is_still_an_attack() -> None:
    events = events_of("Russian shelling damaged two apartment blocks in Kharkiv on Monday.")
    assert one(events, EventType.SHELLING).span == DateSpan.day(date(2025, 11, 17))


def test_since_runs_up_to_publication() -> None:
    event = one(
        events_of("Heavy fighting has continued near Pokrovsk since the summer."),
        EventType.GROUND_FIGHTING,
    )
    assert event.span is not None
    assert (event.span.start, event.span.end) == (date(2025, 6, 1), PUBLISHED)
    assert places(event) == ["Pokrovsk"]  # the Donetsk Oblast town, not Engels (once Pokrovsk)


def test_the_clause_after_after_happened_before() -> None:
    events = events_of(
        "Russian missiles hit Dnipro on Monday, the governor said on Wednesday. "
        "The attack came two days after drones targeted Sumy."
    )
    drones = one(events, EventType.DRONE_ATTACK)
    assert drones.span == DateSpan.day(date(2025, 11, 15))
    assert drones.basis == DateBasis.INHERITED


def test_an_interception_takes_the_place_of_the_strike_it_points_back_to() -> None:
    events = events_of(
        "Ukraine fired ATACMS missiles at Belgorod on Tuesday, the Russian Defence Ministry said. "
        "The ministry claimed that all the missiles were shot down."
    )
    claim = [e for e in events if e.status == EventStatus.CLAIMED]
    assert claim and "Belgorod" in places(claim[0])
    assert claim[0].span == DateSpan.day(date(2025, 11, 18))


def test_the_area_is_the_place_named_before() -> None:
    events = events_of(
        "Ukrainian forces repelled an assault near Kupiansk on Monday. "
        "Heavy fighting continued in the area on Tuesday."
    )
    fighting = [e for e in events if e.type == EventType.GROUND_FIGHTING]
    assert all("Kupiansk" in places(e) for e in fighting)


def test_a_plan_does_not_borrow_the_place_of_the_visit_before() -> None:
    events = events_of(
        "Army Secretary Dan Driscoll arrived in Kyiv on Wednesday. "
        "He is expected to meet Russian officials later this month."
    )
    plan = [e for e in events if e.status == EventStatus.PLANNED]
    assert plan and places(plan[0]) == []


def test_countries_joined_by_and_act_together() -> None:
    event = one(
        events_of("Poland and Lithuania signed an agreement on joint air defence on Friday."),
        EventType.AGREEMENT,
    )
    assert {a.name for a in event.actors} >= {"Poland", "Lithuania"}
    assert "Poland and Lithuania sign" in event.title


@pytest.mark.parametrize(
    "text",
    [
        "Ministers met in Brussels on Monday to discuss new sanctions against Russia.",
        "The foreign minister will travel to Berlin for talks with German officials on a new aid "
        "package.",
    ],
)
def test_the_topic_of_talks_is_no_event(text: str) -> None:
    kinds = {e.type for e in events_of(text)}
    assert EventType.MEETING in kinds
    assert not kinds & {EventType.SANCTIONS, EventType.AID}


@pytest.mark.parametrize(
    "text",
    [
        "But last night, the Government came out fighting.",
        "They pleaded with us to take students who met offers.",
        "Mr Cummins called on the Government to implement an emergency support package.",
    ],
)
def test_words_nobody_and_nowhere_is_tied_to_are_no_events(text: str) -> None:
    assert events_of(text) == []


def test_people_named_for_a_group_take_part_in_its_events() -> None:
    events = events_of(
        "Two senior U.S. military officials are making an unannounced visit to Kyiv. "
        "The U.S. officials—Army Secretary Dan Driscoll and General Randy George—are focusing on "
        "the peace process."
    )
    visit = one(events, EventType.VISIT)
    assert {"Dan Driscoll", "Randy George"} <= {a.name for a in visit.actors}


def test_regular_demonyms_name_their_country() -> None:
    event = one(
        events_of("Algerian landowners began a hunger strike on Monday."), EventType.PROTEST
    )
    assert "Algeria" in [a.name for a in event.actors]
