"""Level of detail: marks for sparse lanes, day counts for dense ones, cached around the view."""

from __future__ import annotations

from datetime import date, timedelta

from tests.fakes import FakeStore, a_week_of_events, an_event
from timeline_app.domain.model import EventFilter, EventType
from timeline_app.domain.scene import lanes_for
from timeline_app.domain.timescale import Viewport
from timeline_app.ui.canvas_data import CanvasData, lane_budget

START = date(2025, 1, 1)


def a_busy_store(n_strikes: int = 3000, n_meetings: int = 20) -> FakeStore:
    strikes = [
        an_event(i, START + timedelta(days=i % 300), type=EventType.DRONE_ATTACK)
        for i in range(1, n_strikes + 1)
    ]
    meetings = [
        an_event(100_000 + i, START + timedelta(days=i * 13), type=EventType.MEETING)
        for i in range(n_meetings)
    ]
    return FakeStore(strikes + meetings)


def test_sparse_lanes_get_marks_and_dense_lanes_get_counts() -> None:
    data = CanvasData(a_busy_store())
    vp = Viewport(START.toordinal(), START.toordinal() + 300, 1200)
    lanes = lanes_for("family", data.present_types())
    result = data.fetch(vp, lanes)
    assert result.dense_lanes == frozenset({"strikes"})
    assert {m.type for m in result.marks} == {EventType.MEETING}
    assert sum(c.count for c in result.counts if c.type is EventType.DRONE_ATTACK) == 3000


def test_zooming_in_turns_a_histogram_back_into_marks() -> None:
    data = CanvasData(a_busy_store())
    lanes = lanes_for("family", data.present_types())
    day = START.toordinal() + 100
    result = data.fetch(Viewport(day, day + 2, 1200), lanes)
    assert result.dense_lanes == frozenset()
    assert any(m.type is EventType.DRONE_ATTACK for m in result.marks)


def test_a_view_inside_the_cached_window_asks_the_store_nothing() -> None:
    store = a_week_of_events()
    data = CanvasData(store)
    lanes = lanes_for("family", data.present_types())
    vp = Viewport(date(2025, 11, 17).toordinal(), date(2025, 11, 24).toordinal(), 1000)
    data.fetch(vp, lanes)
    asked = data.queries
    data.fetch(vp.panned(200), lanes)
    data.fetch(vp.zoomed(1.3, 500), lanes)
    assert data.queries == asked
    data.fetch(vp.zoomed(8, 500), lanes)  # a new level of detail: one new round
    assert data.queries > asked


def test_filter_changes_drop_the_cache() -> None:
    data = CanvasData(a_week_of_events())
    lanes = lanes_for("family", data.present_types())
    vp = Viewport(date(2025, 11, 17).toordinal(), date(2025, 11, 24).toordinal(), 1000)
    everything = data.fetch(vp, lanes)
    data.set_filter(EventFilter(types=frozenset({EventType.PROTEST})))
    assert data.present_types() == frozenset({EventType.PROTEST})
    only = data.fetch(vp, lanes_for("family", data.present_types()))
    assert {m.type for m in only.marks} == {EventType.PROTEST}
    assert len(only.marks) < len(everything.marks)


def test_an_empty_store_gives_an_empty_scene_data() -> None:
    data = CanvasData(FakeStore())
    assert data.extent() is None
    assert data.fetch(Viewport(1000, 1010, 500), lanes_for("family")).marks == ()


def test_budget_grows_with_room() -> None:
    assert lane_budget(2400, rows=10) > lane_budget(1200, rows=5) >= 30
