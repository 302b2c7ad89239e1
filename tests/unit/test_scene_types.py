"""Lanes by type as drawn: no empty lanes, the rarest types folded into one, every event kept."""

from __future__ import annotations

from datetime import date

from timeline_app.domain.model import DayCount, EventMark, EventStatus, EventType, Precision
from timeline_app.domain.scene import SceneData, build_scene, lanes_for
from timeline_app.domain.scene_types import (
    ALL_TYPES_KEY,
    OTHER_TYPES_KEY,
    counts_in_view,
    fold_type_lanes,
    type_lanes_in_view,
)
from timeline_app.domain.timescale import Viewport

WED = date(2025, 11, 19).toordinal()
VIEW = Viewport(WED - 7, WED + 7, 1200)


def a_mark(event_id: int, event_type: EventType, day: int = WED) -> EventMark:
    return EventMark(
        event_id, event_type, day, day, Precision.DAY, EventStatus.HAPPENED, f"Event {event_id}"
    )


def marks_of(per_type: dict[EventType, int], day: int = WED) -> list[EventMark]:
    types = [t for t, n in per_type.items() for _ in range(n)]
    return [a_mark(i + 1, t, day) for i, t in enumerate(types)]


def test_types_without_events_in_view_get_no_lane() -> None:
    # given events of two types in view and one type only outside it
    marks = marks_of({EventType.MEETING: 3, EventType.SHELLING: 1})
    marks.append(a_mark(99, EventType.PROTEST, WED - 40))
    data = SceneData(marks=marks)
    lanes, _ = type_lanes_in_view(VIEW, lanes_for("type"), data, max_lanes=6)
    assert [lane.key for lane in lanes] == ["meeting", "shelling"]


def test_the_rarest_types_share_one_lane_and_every_event_is_drawn() -> None:
    # given eight types in view and room for four lanes
    per_type = {
        EventType.MEETING: 9, EventType.SHELLING: 7, EventType.PROTEST: 5, EventType.AID: 1,
        EventType.VISIT: 2, EventType.SANCTIONS: 1, EventType.EXPLOSION: 1, EventType.OTHER: 1,
    }  # fmt: skip
    data = SceneData(marks=marks_of(per_type))
    lanes, data = type_lanes_in_view(VIEW, lanes_for("type"), data, max_lanes=4)
    # then the three busiest keep a lane each, in the usual order, and five share the last
    assert [lane.key for lane in lanes] == ["meeting", "shelling", "protest", OTHER_TYPES_KEY]
    assert lanes[-1].title == "5 other types"
    scene = build_scene(VIEW, 700, lanes, data)
    assert [lane.count for lane in scene.lanes] == [9, 7, 5, 6]
    assert len({m.event_id for m in scene.marks}) + sum(b.count for b in scene.overflow) >= 27


def test_a_folded_histogram_type_makes_the_shared_lane_a_histogram() -> None:
    # given a dense type (its marks not read) among the rarest in view
    counts = [DayCount(WED, EventType.AID, 40), DayCount(WED, EventType.MEETING, 50)]
    marks = marks_of({EventType.SHELLING: 45, EventType.VISIT: 44, EventType.PROTEST: 1})
    data = SceneData(marks=marks, counts=counts, dense_lanes=frozenset({"aid", "meeting"}))
    assert counts_in_view(VIEW, lanes_for("type"), data)["aid"] == 40
    lanes, folded = type_lanes_in_view(VIEW, lanes_for("type"), data, max_lanes=4)
    assert [lane.key for lane in lanes] == ["meeting", "visit", "shelling", OTHER_TYPES_KEY]
    assert folded.dense_lanes == {"meeting", OTHER_TYPES_KEY}
    scene = build_scene(VIEW, 700, lanes, folded)
    other = next(lane for lane in scene.lanes if lane.key == OTHER_TYPES_KEY)
    assert other.dense and other.count == 40  # the histogram counts every folded type's days


def test_a_shared_lane_of_two_or_three_types_is_named_after_them() -> None:
    in_view = {"meeting": 5, "shelling": 4, "protest": 1, "evacuation": 1}
    lanes = fold_type_lanes(lanes_for("type"), in_view, 3)
    assert [lane.title for lane in lanes] == ["Meeting", "Shelling", "Protest, Evacuation"]


def test_an_empty_view_draws_one_lane_that_says_so() -> None:
    lanes = fold_type_lanes(lanes_for("type"), {}, max_lanes=4)
    assert [(lane.key, lane.title) for lane in lanes] == [(ALL_TYPES_KEY, "All types")]


def test_the_shared_lane_keeps_a_place_the_analyst_gave_it() -> None:
    in_view = {t.value: 1 for t in EventType}
    lanes = fold_type_lanes(lanes_for("type"), in_view, 3, order=[OTHER_TYPES_KEY])
    assert [lane.key for lane in lanes][0] == OTHER_TYPES_KEY
    assert len(lanes) == 3


def test_a_family_whose_only_event_began_before_the_view_keeps_its_lane() -> None:
    # given talks in view, and a ground offensive begun a month before, still going on
    offensive = EventMark(
        7, EventType.GROUND_FIGHTING, WED - 30, WED + 20, Precision.MONTH,
        EventStatus.HAPPENED, "Offensive",
    )  # fmt: skip
    data = SceneData(marks=[*marks_of({EventType.MEETING: 2}), offensive])
    lanes, _ = type_lanes_in_view(VIEW, lanes_for("family"), data, max_lanes=12)
    assert [lane.key for lane in lanes] == ["diplomacy", "ground"]
    scene = build_scene(VIEW, 700, lanes, data)
    assert [lane.count for lane in scene.lanes] == [2, 1]
