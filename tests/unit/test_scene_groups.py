"""Lanes by actor, place or source: grouping marks by the names the store gives, and the level of
detail when there are too many events in view to ask for their names."""

from __future__ import annotations

from datetime import date, timedelta

from tests.fakes import FakeStore, an_event
from tests.unit.test_scene import WED, a_mark
from timeline_app.domain.model import DayCount, EventType
from timeline_app.domain.scene import SceneData, build_scene, entity_lanes, lanes_for
from timeline_app.domain.scene_groups import (
    ALL_KEY,
    NONE_KEY,
    OTHER_KEY,
    counts_from_marks,
    group_marks,
)
from timeline_app.domain.timescale import Viewport
from timeline_app.ui.canvas_data import GROUPED_MARKS_LIMIT, CanvasData

VIEW = Viewport(WED - 7, WED + 7, 1200)


def grouped_scene(keys_by_id: dict[int, list[str]], n: int = 4, max_lanes: int = 8):
    marks = [a_mark(i, WED + i % 3) for i in range(1, n + 1)]
    keys, folded, event_lanes = group_marks(marks, keys_by_id, max_lanes)
    data = SceneData(marks=marks, lane_keys=tuple(keys), folded=folded, event_lanes=event_lanes)
    lanes = entity_lanes("place", keys, folded)
    return build_scene(VIEW, 700, lanes, data)


# --- grouping ----------------------------------------------------------------------------------


def test_lanes_are_the_names_busiest_first_and_unnamed_events_last() -> None:
    marks = [a_mark(1), a_mark(2), a_mark(3), a_mark(4)]
    keys, folded, lanes = group_marks(marks, {1: ["Kyiv"], 2: ["Odesa"], 3: ["Odesa"]}, 8)
    assert keys == ["Odesa", "Kyiv", NONE_KEY]
    assert folded == 0
    assert lanes[4] == (NONE_KEY,)


def test_an_event_with_several_names_is_in_each_lane() -> None:
    scene = grouped_scene({1: ["Kyiv", "Odesa"], 2: ["Kyiv"], 3: ["Odesa"], 4: ["Lviv"]})
    lanes_of_1 = {m.lane for m in scene.marks if m.event_id == 1}
    assert lanes_of_1 == {"Kyiv", "Odesa"}
    assert {lane.title: lane.count for lane in scene.lanes} == {"Kyiv": 2, "Odesa": 2, "Lviv": 1}


def test_names_beyond_the_lane_limit_share_one_other_lane() -> None:
    names = {1: ["Kyiv"], 2: ["Kyiv"], 3: ["Kyiv"], 4: ["Odesa"], 5: ["Odesa"], 6: ["Lviv"]}
    names |= {7: ["Lviv"], 8: ["Dnipro", "Sumy"], 9: ["Poltava"]}  # 8: two folded names
    scene = grouped_scene(names, n=9, max_lanes=4)
    assert [lane.title for lane in scene.lanes] == ["Kyiv", "Lviv", "Odesa", "3 other places"]
    other = [m.event_id for m in scene.marks if m.lane == OTHER_KEY]
    assert sorted(other) == [8, 9]


def test_the_busiest_in_view_beat_the_busiest_in_the_margin() -> None:
    marks = [a_mark(i) for i in range(1, 5)]
    names = {1: ["Kyiv"], 2: ["Odesa"], 3: ["Odesa"], 4: ["Odesa"]}
    keys, _, _ = group_marks(marks, names, 8, visible=[1])
    assert keys == ["Kyiv", "Odesa"]


def test_lane_titles_say_what_the_catch_all_lanes_hold() -> None:
    titles = {s.key: s.title for s in entity_lanes("actor", ["Russia", OTHER_KEY, NONE_KEY], 5)}
    assert titles == {"Russia": "Russia", OTHER_KEY: "5 other actors", NONE_KEY: "No actor named"}
    assert entity_lanes("source", [NONE_KEY], 0)[0].title == "Site unknown"


def test_entity_lanes_keep_the_analysts_order_and_collapsed_lanes() -> None:
    specs = entity_lanes("place", ["Kyiv", "Odesa"], 0, frozenset({"Kyiv"}), ["Odesa", "Kyiv"])
    assert [(s.key, s.collapsed) for s in specs] == [("Odesa", False), ("Kyiv", True)]


def test_counts_from_marks_bin_by_start_day_and_type() -> None:
    marks = [a_mark(1, 14), a_mark(2, 15), a_mark(3, 20, type=EventType.SHELLING)]
    assert counts_from_marks(marks, 7) == [
        DayCount(14, EventType.MEETING, 2),
        DayCount(14, EventType.SHELLING, 1),
    ]


# --- level of detail ---------------------------------------------------------------------------


def a_place_store(n: int, start: date = date(2025, 11, 1)) -> FakeStore:
    places = ("Kyiv", "Odesa", "Kharkiv")
    return FakeStore(
        [
            an_event(i, start + timedelta(days=i % 28), places=(places[i % 3],) if i % 5 else ())
            for i in range(1, n + 1)
        ]
    )


def test_canvas_data_names_the_lanes_of_the_marks_in_view() -> None:
    data = CanvasData(a_place_store(40))
    vp = Viewport(date(2025, 11, 1).toordinal(), date(2025, 11, 29).toordinal(), 1600)
    got = data.fetch(vp, lanes_for("place"), rows=30, grouping="place")
    assert got.lane_keys is not None
    assert set(got.lane_keys) == {"Kyiv", "Odesa", "Kharkiv", NONE_KEY}
    assert not got.dense_lanes
    assert data.store.calls["lane_keys"] == 1


def test_a_crowded_lane_becomes_a_histogram_of_its_own_marks() -> None:
    data = CanvasData(a_place_store(900))
    vp = Viewport(date(2025, 11, 1).toordinal(), date(2025, 11, 29).toordinal(), 1200)
    got = data.fetch(vp, lanes_for("place"), rows=6, grouping="place")
    assert got.dense_lanes and got.lane_counts is not None
    lane = next(iter(got.dense_lanes))
    scene = build_scene(vp, 700, entity_lanes("place", got.lane_keys or (), 0), got)
    box = next(b for b in scene.lanes if b.key == lane)
    assert box.dense and box.count == sum(c.count for c in got.lane_counts[lane])


def test_too_many_events_to_name_make_one_histogram_lane_that_says_so() -> None:
    data = CanvasData(a_place_store(GROUPED_MARKS_LIMIT + 200))
    vp = Viewport(date(2025, 11, 1).toordinal(), date(2025, 11, 29).toordinal(), 1200)
    got = data.fetch(vp, lanes_for("place"), grouping="place")
    assert got.lane_keys is None and got.dense_lanes == {ALL_KEY}
    assert data.store.calls["lane_keys"] == 0
    scene = build_scene(vp, 700, lanes_for("place"), got)
    [box] = scene.lanes
    assert box.title == "All events · zoom in to see lanes by place"
    assert box.dense and box.count == GROUPED_MARKS_LIMIT + 200


def test_a_store_without_lane_names_falls_back_to_one_lane() -> None:
    class OldStore(FakeStore):
        lane_keys = None  # type: ignore[assignment]

    data = CanvasData(OldStore([an_event(1, date(2025, 11, 3), places=("Kyiv",))]))
    vp = Viewport(date(2025, 11, 1).toordinal(), date(2025, 11, 8).toordinal(), 1200)
    got = data.fetch(vp, lanes_for("actor"), grouping="actor")
    assert got.lane_keys is None and got.dense_lanes == {ALL_KEY}
