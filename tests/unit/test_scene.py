"""The pure scene builder: lanes, marks, labels without overlap, "+N" counts, histograms, hits."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.domain.model import DayCount, EventMark, EventStatus, EventType, Precision
from timeline_app.domain.scene import (
    SceneData,
    bin_days_for,
    build_scene,
    lanes_for,
)
from timeline_app.domain.scene_layout import label_text

WED = date(2025, 11, 19).toordinal()


def a_mark(
    event_id: int,
    day: int = WED,
    *,
    type: EventType = EventType.MEETING,
    until: int | None = None,
    precision: Precision = Precision.DAY,
    status: EventStatus = EventStatus.HAPPENED,
    title: str = "",
    sources: int = 1,
    starred: bool = False,
) -> EventMark:
    return EventMark(
        event_id, type, day, until if until is not None else day, precision, status,
        title or f"Event {event_id}", sources, starred,
    )  # fmt: skip


def a_scene(marks: list[EventMark], days: float = 14, width: float = 1200, **kw: object):
    from timeline_app.domain.timescale import Viewport

    vp = Viewport(WED - days / 2, WED + days / 2, width)
    lanes = lanes_for(str(kw.pop("grouping", "family")))
    return build_scene(vp, float(kw.pop("height", 700)), lanes, SceneData(marks=marks), **kw)


def overlaps(a, b) -> bool:  # noqa: ANN001 - label boxes
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


# --- lanes -------------------------------------------------------------------------------------


def test_default_lanes_are_the_type_families() -> None:
    assert [lane.key for lane in lanes_for("family")] == ["diplomacy", "strikes", "ground", "civil"]


def test_lanes_only_for_types_that_occur() -> None:
    lanes = lanes_for("family", frozenset({EventType.DRONE_ATTACK}))
    assert [lane.key for lane in lanes] == ["strikes"]
    by_type = lanes_for("type", frozenset({EventType.DRONE_ATTACK, EventType.MEETING}))
    assert [lane.key for lane in by_type] == ["meeting", "drone_attack"]
    assert [lane.key for lane in lanes_for("none")] == ["all"]


def test_lanes_follow_a_chosen_order_and_collapse() -> None:
    lanes = lanes_for("family", collapsed=frozenset({"ground"}), order=["civil", "strikes"])
    assert [lane.key for lane in lanes][:2] == ["civil", "strikes"]
    assert [lane.collapsed for lane in lanes if lane.key == "ground"] == [True]


def test_marks_land_in_their_family_lane() -> None:
    scene = a_scene([a_mark(1, type=EventType.DRONE_ATTACK), a_mark(2, type=EventType.PROTEST)])
    lanes = {lane.key: lane for lane in scene.lanes}
    by_id = {m.event_id: m for m in scene.marks}
    strikes, civil = lanes["strikes"], lanes["civil"]
    assert strikes.y <= by_id[1].y < strikes.y + strikes.h
    assert civil.y <= by_id[2].y < civil.y + civil.h
    assert strikes.count == 1 and civil.count == 1


def test_collapsed_lane_keeps_its_header_and_count_only() -> None:
    from timeline_app.domain.timescale import Viewport

    vp = Viewport(WED - 7, WED + 7, 1200)
    lanes = lanes_for("family", collapsed=frozenset({"diplomacy"}))
    scene = build_scene(vp, 700, lanes, SceneData(marks=[a_mark(1), a_mark(2, WED + 1)]))
    diplomacy = next(lane for lane in scene.lanes if lane.key == "diplomacy")
    assert diplomacy.collapsed and diplomacy.count == 2 and diplomacy.h == 20
    assert scene.marks == []


# --- marks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("precision", "until", "kind"),
    [
        (Precision.DAY, 0, "point"),
        (Precision.DAY, 2, "exact"),
        (Precision.WEEK, 6, "approx"),
        (Precision.MONTH, 29, "approx"),
        (Precision.SEASON, 91, "approx"),
    ],
)
def test_precision_decides_point_or_span(precision: Precision, until: int, kind: str) -> None:
    scene = a_scene([a_mark(1, WED, until=WED + until, precision=precision)], days=120)
    (mark,) = scene.marks
    assert mark.kind == kind
    if kind != "point":
        assert mark.x1 - mark.x0 >= 10


def test_an_approximate_date_is_never_a_bare_point_even_zoomed_out() -> None:
    week = a_mark(1, WED, until=WED + 6, precision=Precision.WEEK)
    (mark,) = a_scene([week], days=3650).marks
    assert mark.kind == "approx" and mark.x1 > mark.x0


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        (a_mark(1, title="Talks in Geneva"), "Talks in Geneva"),
        (a_mark(1, title="Talks", precision=Precision.MONTH), "≈ Talks (month)"),
        (a_mark(1, title="Talks", status=EventStatus.PLANNED), "Talks · planned"),
        (a_mark(1, title="Strike", status=EventStatus.DENIED), "Strike · denied"),
        (a_mark(1, title="Strike", starred=True), "★ Strike"),
        (a_mark(1, title="x" * 80), "x" * 41 + "…"),
    ],
)
def test_label_text_shows_precision_status_and_star(mark: EventMark, expected: str) -> None:
    assert label_text(mark) == expected


def test_source_count_badge_only_when_several_sources() -> None:
    scene = a_scene([a_mark(1, sources=3), a_mark(2, WED + 3)])
    badges = {label.event_id: label.badge for label in scene.labels}
    assert badges == {1: "3", 2: ""}


def test_labels_never_overlap_in_a_crowd() -> None:
    rng = random.Random(7)
    marks = [
        a_mark(
            i, WED + rng.randint(-6, 6), type=rng.choice(list(EventType)), sources=rng.randint(1, 4)
        )
        for i in range(400)
    ]
    scene = a_scene(marks)
    assert len(scene.labels) > 20
    for i, a in enumerate(scene.labels):
        for b in scene.labels[i + 1 :]:
            assert not overlaps(a, b), (a, b)


def test_hidden_labels_are_counted_per_stretch() -> None:
    marks = [a_mark(i, WED) for i in range(60)]
    scene = a_scene(marks, height=300)
    shown = len(scene.labels)
    hidden = sum(b.count for b in scene.overflow)
    assert shown + hidden == 60
    assert all(b.text.startswith("+") for b in scene.overflow)
    badge = scene.overflow[0]
    assert badge.first_day <= WED + 0.5 <= badge.last_day


def test_important_events_get_labels_first() -> None:
    crowd = [a_mark(i, WED) for i in range(1, 60)]
    star = a_mark(100, WED, title="Starred one", starred=True)
    sourced = a_mark(101, WED, title="Five sources", sources=5)
    scene = a_scene([*crowd, star, sourced], height=260)
    labelled = {label.event_id for label in scene.labels}
    assert {100, 101} <= labelled


def test_selected_marks_are_flagged_and_labelled() -> None:
    marks = [a_mark(i, WED) for i in range(1, 80)]
    scene = a_scene(marks, height=260, selected=frozenset({79}))
    assert any(m.selected and m.event_id == 79 for m in scene.marks)
    assert 79 in {label.event_id for label in scene.labels if label.selected}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(-20, 20), st.integers(0, 40), st.sampled_from(list(Precision)[:3])),
        min_size=1,
        max_size=120,
    ),
    st.floats(3, 400),
)
def test_labels_never_overlap_and_stay_in_view(rows: list, days: float) -> None:
    marks = [
        a_mark(i, WED + d, until=WED + d + length, precision=p)
        for i, (d, length, p) in enumerate(rows)
    ]
    scene = a_scene(marks, days=days)
    for i, a in enumerate(scene.labels):
        assert a.x >= 0 and a.x + a.w <= scene.width + 0.01
        for b in scene.labels[i + 1 :]:
            assert not overlaps(a, b)


# --- histograms ----------------------------------------------------------------------------------


def test_dense_lanes_become_stacked_bars_per_type() -> None:
    from timeline_app.domain.timescale import Viewport

    vp = Viewport(WED - 365, WED, 1000)
    counts = [DayCount(WED - d, EventType.DRONE_ATTACK, 5) for d in range(300)]
    counts += [DayCount(WED - d, EventType.SHELLING, 2) for d in range(300)]
    lanes = lanes_for("family")
    data = SceneData(counts=counts, dense_lanes=frozenset({"strikes"}))
    scene = build_scene(vp, 700, lanes, data)
    strikes = next(lane for lane in scene.lanes if lane.key == "strikes")
    assert strikes.dense and strikes.count == 2100
    assert {b.type for b in scene.bars} == {EventType.DRONE_ATTACK, EventType.SHELLING}
    assert all(strikes.y <= b.y and b.y + b.h <= strikes.y + strikes.h + 0.01 for b in scene.bars)
    assert strikes.hist_max == 7 * strikes.bin_days


def test_bins_are_whole_days_and_grow_when_zoomed_out() -> None:
    assert bin_days_for(px_per_day=50, bin_px=4) == 1
    assert bin_days_for(px_per_day=0.5, bin_px=4) == 14
    assert bin_days_for(px_per_day=0.01, bin_px=4) == 728


# --- the rest of the frame ----------------------------------------------------------------------


def test_today_reference_days_and_weekends() -> None:
    scene = a_scene([], today=WED, reference_days=[WED - 1, WED - 400])
    assert scene.today_x is not None and 0 < scene.today_x < scene.width
    assert len(scene.reference_xs) == 1
    assert len(scene.weekends) >= 2


def test_hit_tests_find_marks_labels_and_badges() -> None:
    scene = a_scene([a_mark(1, WED, title="Talks in Geneva"), a_mark(2, WED + 3)])
    mark = next(m for m in scene.marks if m.event_id == 1)
    assert scene.event_at(mark.x, mark.y) == 1
    label = next(lb for lb in scene.labels if lb.event_id == 1)
    assert scene.event_at(label.x + label.w / 2, label.y + label.h / 2) == 1
    assert scene.event_at(mark.x, scene.height - 2) is None
    assert set(scene.events_in_rect(0, 0, scene.width, scene.height)) == {1, 2}
    lane = scene.lanes[0]
    assert scene.lane_header_at(10, lane.y + 5) == lane


def test_export_mode_sizes_lanes_to_their_content() -> None:
    from timeline_app.domain.timescale import Viewport

    vp = Viewport(WED - 7, WED + 7, 1200)
    few = build_scene(vp, 0, lanes_for("family"), SceneData(marks=[a_mark(1)]), grow=True)
    many = [a_mark(i, WED) for i in range(30)]
    tall = build_scene(vp, 0, lanes_for("family"), SceneData(marks=many), grow=True)
    assert tall.height > few.height
    assert all(lane.h >= 20 for lane in few.lanes)


def test_marks_just_outside_the_view_leave_no_orphan_labels() -> None:
    from timeline_app.domain.timescale import Viewport

    vp = Viewport(WED, WED + 5, 1500)  # 300 px a day: day-precise events are day-wide bars
    marks = [a_mark(1, WED + 5, title="Tomorrow"), a_mark(2, WED - 1, title="Yesterday")]
    marks.append(a_mark(3, WED + 2, title="Inside"))
    scene = build_scene(vp, 600, lanes_for("family"), SceneData(marks=marks))
    assert {m.event_id for m in scene.marks} == {3}
    assert {label.event_id for label in scene.labels} == {3}


def rows_of(scene) -> dict[int, float]:  # noqa: ANN001 - a Scene
    return {m.event_id: m.y for m in scene.marks}


def test_selecting_a_labelled_event_moves_no_row() -> None:
    # given a busy day whose events share three rows, the least important one labelled low down
    marks = [a_mark(i, WED + i % 3, sources=1 + (i % 4 == 0)) for i in range(1, 9)]
    before = a_scene(marks, height=300)
    low = max(before.labels, key=lambda label: (label.y, label.event_id)).event_id
    # when the analyst clicks it
    after = a_scene(marks, height=300, selected=frozenset({low}))
    # then every event keeps its row, the clicked one only turns selected
    assert rows_of(after) == rows_of(before)
    assert [m.event_id for m in after.marks if m.selected] == [low]
    assert {label.event_id for label in after.labels} == {label.event_id for label in before.labels}


def test_a_selected_event_hidden_in_plus_n_is_brought_out() -> None:
    # given more events on one day than its rows show: some are only counted in "+N"
    marks = [a_mark(i, WED) for i in range(1, 30)]
    before = a_scene(marks, height=260)
    hidden = next(m.id for m in marks if m.id not in {lb.event_id for lb in before.labels})
    # when one of those is selected (from the table, say), it gets a label and a row
    after = a_scene(marks, height=260, selected=frozenset({hidden}))
    assert hidden in {label.event_id for label in after.labels if label.selected}
    assert sum(b.count for b in after.overflow) == sum(b.count for b in before.overflow)
