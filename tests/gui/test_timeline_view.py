"""The timeline canvas driven like a user would: wheel, drag, clicks, keys, the overview strip."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.fakes import FakeStore, a_week_of_events, an_event
from timeline_app.domain.model import EventFilter, EventStatus, EventType
from timeline_app.ui.timeline_view import TimelineView

MONDAY = date(2025, 11, 17)


@pytest.fixture
def view(qtbot: Any) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_store(a_week_of_events(MONDAY))
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_all()
    return widget


def wheel(widget: TimelineView, x: float, notches: int) -> None:
    pos = QPointF(x, 300)
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def span_days(widget: TimelineView) -> float:
    return widget.viewport().span


def centre_of(widget: TimelineView, event_id: int) -> QPoint:
    mark = next(m for m in widget.scene().marks if m.event_id == event_id)
    return QPoint(round(mark.x), round(mark.y))


def test_fit_all_shows_every_event(view: TimelineView) -> None:
    first, last = view.visible_range()
    assert first <= date(2025, 11, 1) and last >= date(2025, 11, 30)
    assert len(view.scene().marks) >= 10


def test_wheel_zooms_around_the_pointer(view: TimelineView, qtbot: Any) -> None:
    before = span_days(view)
    anchor_day = view.viewport().day_at(900)
    with qtbot.waitSignal(view.visible_range_changed, timeout=1000):
        wheel(view, 900, 3)
    assert span_days(view) < before / 1.5
    assert view.viewport().day_at(900) == pytest.approx(anchor_day)
    wheel(view, 900, -6)
    assert span_days(view) > before * 0.9


def test_drag_pans_the_view(view: TimelineView, qtbot: Any) -> None:
    start_before = view.viewport().start
    QTest.mousePress(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(600, 420)
    )
    for x in range(600, 300, -30):
        QTest.mouseMove(view, QPoint(x, 420))
    QTest.mouseRelease(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 420)
    )
    assert view.viewport().start > start_before  # dragging left shows later days
    qtbot.waitUntil(lambda: not view._interacting, timeout=3000)


def test_keyboard_pans_zooms_and_home_fits_all(view: TimelineView) -> None:
    fitted = view.visible_range()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus)
    zoomed = view.visible_range()
    assert (zoomed[1] - zoomed[0]) < (fitted[1] - fitted[0])
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_range()[0] > zoomed[0]
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.visible_range() == fitted


def test_click_on_a_mark_selects_it(view: TimelineView, qtbot: Any) -> None:
    view.set_visible_range(MONDAY, MONDAY + timedelta(days=6))
    target = centre_of(view, 3)
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as signal:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert signal.args == [[3]]
    assert view.selected_ids() == [3]
    assert any(m.selected and m.event_id == 3 for m in view.scene().marks)


def test_ctrl_click_adds_and_empty_click_clears(view: TimelineView, qtbot: Any) -> None:
    view.set_visible_range(MONDAY, MONDAY + timedelta(days=6))
    QTest.mouseClick(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre_of(view, 1)
    )
    QTest.mouseClick(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, centre_of(view, 2)
    )
    assert view.selected_ids() == [1, 2]
    empty = QPoint(600, view.canvas_height() - 5)
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as signal:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    assert signal.args == [[]]


def test_double_click_and_enter_activate(view: TimelineView, qtbot: Any) -> None:
    view.set_visible_range(MONDAY, MONDAY + timedelta(days=6))
    target = centre_of(view, 4)
    with qtbot.waitSignal(view.event_activated, timeout=1000) as signal:
        QTest.mouseDClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert signal.args == [4]
    view.select_events([5])
    with qtbot.waitSignal(view.event_activated, timeout=1000) as signal:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [5]


def test_programmatic_selection_does_not_emit(view: TimelineView, qtbot: Any) -> None:
    with qtbot.assertNotEmitted(view.selection_changed):
        view.select_events([1, 2])
    assert view.selected_ids() == [1, 2]


def test_rubber_band_zooms_to_the_dragged_range(view: TimelineView) -> None:
    vp = view.viewport()
    want = (vp.day_at(300), vp.day_at(500))
    QTest.mousePress(
        view, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 400)
    )
    QTest.mouseMove(view, QPoint(400, 400))
    QTest.mouseMove(view, QPoint(500, 410))
    QTest.mouseRelease(
        view, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(500, 410)
    )
    after = view.viewport()
    assert after.start == pytest.approx(want[0], abs=0.01)
    assert after.end == pytest.approx(want[1], abs=0.01)


def test_ctrl_drag_selects_what_it_encloses(view: TimelineView, qtbot: Any) -> None:
    view.set_visible_range(MONDAY, MONDAY + timedelta(days=6))
    top = QPoint(1, 45)
    bottom = QPoint(view.width() - 2, view.canvas_height() - 2)
    with qtbot.waitSignal(view.selection_changed, timeout=1000) as signal:
        QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, top)
        QTest.mouseMove(view, QPoint(600, 300))
        QTest.mouseMove(view, bottom)
        QTest.mouseRelease(
            view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, bottom
        )
    assert len(signal.args[0]) >= 10


def test_zoom_to_selection(view: TimelineView) -> None:
    view.select_events([100])  # the month-long agreement
    view.zoom_to_selection()
    first, last = view.visible_range()
    assert first <= date(2025, 11, 1) and last >= date(2025, 11, 30)
    assert (last - first).days < 45


def test_labels_on_screen_never_overlap(qtbot: Any) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    store = FakeStore(
        [
            an_event(i, MONDAY + timedelta(days=i % 2), type=list(EventType)[i % 18])
            for i in range(60)
        ]
    )
    widget.set_store(store)
    widget.show()
    widget.set_visible_range(MONDAY, MONDAY + timedelta(days=5))
    labels = widget.scene().labels
    assert labels and sum(b.count for b in widget.scene().overflow) > 0
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y


def test_lane_header_click_collapses_the_lane(view: TimelineView) -> None:
    lane = view.scene().lanes[0]
    QTest.mouseClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(30, round(lane.y + 8)),
    )
    assert view.scene().lanes[0].collapsed
    view.set_grouping("type")
    assert {lane.key for lane in view.scene().lanes} >= {"meeting", "drone_attack"}
    with pytest.raises(ValueError):
        view.set_grouping("nonsense")


def test_overview_click_moves_the_view(view: TimelineView) -> None:
    view.set_visible_range(MONDAY, MONDAY + timedelta(days=2))
    strip = view.overview
    QTest.mouseClick(
        strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 10)
    )
    assert view.visible_range()[0] < MONDAY - timedelta(days=5)


def test_the_overview_label_stays_clear_of_the_view_window(qtbot: Any) -> None:
    # given a year of events, the view on its last days (as when following recent news)
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    first = date(2025, 1, 6)
    widget.set_store(FakeStore([an_event(i, first + timedelta(days=7 * i)) for i in range(46)]))
    widget.show()
    qtbot.waitExposed(widget)
    for start in (first + timedelta(days=310), first):
        widget.set_visible_range(start, start + timedelta(days=10))
        placed = widget.overview.label_and_window()
        assert placed is not None
        label, window = placed
        # then the whole extent's dates are written beside the window, not under it
        assert not label.intersects(window), (start, label, window)
        assert label.left() >= 0 and label.right() <= widget.overview.width()


def test_filter_theme_and_refresh_keep_working(view: TimelineView) -> None:
    view.set_filter(EventFilter(types=frozenset({EventType.PROTEST})))
    assert {m.type for m in view.scene().marks} == {EventType.PROTEST}
    view.set_theme("dark")
    view.set_reference_days([MONDAY.toordinal()])
    visible = view.visible_range()
    view.refresh()
    assert view.visible_range() == visible
    assert view.grab().width() == view.width()


def test_tooltip_tells_date_precision_and_sources(view: TimelineView) -> None:
    text = view.tooltip_for(100)
    assert "Ceasefire framework drafted" in text
    assert "November 2025" in text and "month" in text
    assert "source" in text


def test_an_empty_or_missing_store_paints_a_hint(qtbot: Any) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    widget.grab()
    widget.set_store(FakeStore())
    widget.grab()
    assert widget.scene().marks == []


def test_a_broken_store_is_reported_not_raised(qtbot: Any) -> None:
    class ClosedStore(FakeStore):
        def extent(self, flt: object = None) -> None:
            raise RuntimeError("The store has been closed.")

    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.set_store(ClosedStore())
    widget.show()
    widget.grab()
    assert "closed" in widget.error
    assert widget.scene().marks == []


def test_resizing_keeps_the_days_in_view(view: TimelineView) -> None:
    before = view.visible_range()
    view.resize(800, 500)
    assert view.visible_range() == before


# --- lanes by actor, place or source ----------------------------------------------------------


def a_store_with_places() -> FakeStore:
    places = [("Kyiv",), ("Odesa",), ("Kyiv", "Odesa"), ()]
    return FakeStore(
        [
            an_event(i + 1, MONDAY + timedelta(days=i % 5), places=places[i % 4], actors=("EU",))
            for i in range(12)
        ]
    )


@pytest.mark.parametrize("grouping", ["family", "type", "actor", "place", "source", "none"])
def test_every_grouping_is_accepted(view: TimelineView, grouping: str) -> None:
    view.set_grouping(grouping)
    assert view.grouping() == grouping
    assert view.scene().marks


def test_grouping_by_place_shows_lanes_named_after_places(view: TimelineView) -> None:
    view.set_store(a_store_with_places())
    view.set_visible_range(MONDAY - timedelta(days=1), MONDAY + timedelta(days=6))
    view.set_grouping("place")
    lanes = view.scene().lanes
    assert [lane.title for lane in lanes] == ["Kyiv", "Odesa", "No place named"]
    assert [lane.count for lane in lanes] == [6, 6, 3]
    both = {m.lane for m in view.scene().marks if m.event_id == 3}
    assert both == {"Kyiv", "Odesa"}  # an event with two places is in each place's lane
    assert [lane.key for lane in view.lanes()] == ["Kyiv", "Odesa", "(none)"]


def test_place_lanes_collapse_and_move(view: TimelineView) -> None:
    view.set_store(a_store_with_places())
    view.set_visible_range(MONDAY - timedelta(days=1), MONDAY + timedelta(days=6))
    view.set_grouping("place")
    first = view.scene().lanes[0]
    QTest.mouseClick(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, first.y + 8)
    )
    assert view.scene().lanes[0].collapsed and view.scene().lanes[0].title == "Kyiv"
    view.move_lane("Kyiv", 1)
    assert [lane.title for lane in view.scene().lanes][:2] == ["Odesa", "Kyiv"]


# --- what an empty canvas says ------------------------------------------------------------------


def test_an_empty_store_asks_for_files(qtbot: Any) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    assert widget.empty_message().startswith("Drop article files here")
    widget.set_store(FakeStore())
    assert widget.empty_message().startswith("Drop article files here")


def test_a_filter_that_leaves_nothing_says_so(view: TimelineView) -> None:
    view.set_filter(EventFilter(types=frozenset({EventType.SANCTIONS})))
    view.grab()
    assert view.empty_message() == "No events match the filter"
    view.set_filter(EventFilter())
    assert view.empty_message() == ""


def test_events_without_dates_point_to_the_table(qtbot: Any, tmp_path: Any) -> None:
    from tests.unit.store_builders import an_article, extraction
    from tests.unit.store_builders import an_event as an_extracted
    from timeline_app.store.repositories import Store

    text = "Drones attacked Kharkiv. Talks were held in Geneva."
    store = Store(tmp_path / "undated.sqlite")
    undated = [
        an_extracted(text, "Drones attacked Kharkiv.", type=EventType.DRONE_ATTACK, day=None),
        an_extracted(text, "Talks were held in Geneva.", type=EventType.MEETING, day=None),
    ]
    store.save_article(an_article(text), extraction(*undated))
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.set_store(store)
    widget.grab()
    assert widget.empty_message() == "2 events are stored but none has a date: see the table"
    widget.set_filter(EventFilter(types=frozenset({EventType.MEETING})))
    assert widget.empty_message() == "1 event matches the filter but it has no date: see the table"
    store.close()


class CountingStore(FakeStore):
    """A fake store that notes on which thread each count under a status filter was read."""

    def __init__(self, base: FakeStore) -> None:
        super().__init__(base.events())
        self.slow_reads_on_gui_thread = 0
        self.slow_reads_elsewhere = 0

    def _note(self, flt: EventFilter | None) -> None:
        if flt is not None and flt.statuses:
            on_gui = threading.current_thread() is threading.main_thread()
            if on_gui:
                self.slow_reads_on_gui_thread += 1
            else:
                self.slow_reads_elsewhere += 1

    def day_counts(self, *args: Any, **kwargs: Any) -> Any:
        self._note(args[2] if len(args) > 2 else kwargs.get("flt"))
        return super().day_counts(*args, **kwargs)

    def extent(self, flt: EventFilter | None = None) -> tuple[int, int] | None:
        self._note(flt)
        return super().extent(flt)


def test_a_filter_on_a_large_store_is_counted_off_the_gui_thread(
    view: TimelineView, qtbot: Any
) -> None:
    # Given a store the view treats as large, drawn under no filter
    store = CountingStore(a_week_of_events(MONDAY))
    view.set_store(store)
    view.sync_limit = 0
    view.fit_all()
    view.repaint()
    before = set(view.shown_event_ids())
    # When the analyst picks a status the per-day summary cannot count
    planned = EventFilter(statuses=frozenset({EventStatus.PLANNED}))
    view.set_filter(planned)
    view.repaint()
    # Then the call returns at once, the last picture stays and nothing slow ran on this thread
    assert view.is_loading() and view.current_filter() == planned
    assert set(view.shown_event_ids()) == before
    assert store.slow_reads_on_gui_thread == 0
    # And once the background read answers, the timeline shows only the planned event
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=5_000)
    view.repaint()
    assert view.shown_event_ids() == [101]
    assert store.slow_reads_on_gui_thread == 0 and store.slow_reads_elsewhere > 0


def test_only_the_newest_background_filter_is_shown(view: TimelineView, qtbot: Any) -> None:
    # Given a large store (as far as the view knows)
    view.sync_limit = 0
    # When the analyst changes the status filter twice before the first answer is drawn
    view.set_filter(EventFilter(statuses=frozenset({EventStatus.PLANNED})))
    view.set_filter(EventFilter(statuses=frozenset({EventStatus.HAPPENED})))
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=5_000)
    view.wait_loaded()
    qtbot.wait(20)  # a stale answer, if any, would arrive now
    view.repaint()
    # Then the timeline shows what the last filter lets through, not the first
    assert view.current_filter().statuses == {EventStatus.HAPPENED}
    assert 101 not in view.shown_event_ids() and view.shown_event_ids()


def a_store_of_many_types() -> FakeStore:
    """Twelve types in one week, from nine meetings down to one event of several types."""
    per_type = [
        (EventType.MEETING, 9), (EventType.SHELLING, 6), (EventType.PROTEST, 4),
        (EventType.VISIT, 3), (EventType.AID, 2), (EventType.SANCTIONS, 2),
        (EventType.STATEMENT, 1), (EventType.EXPLOSION, 1), (EventType.EVACUATION, 1),
        (EventType.AIRSTRIKE, 1), (EventType.REPORT, 1), (EventType.OTHER, 1),
    ]  # fmt: skip
    types = [t for t, n in per_type for _ in range(n)]
    events = [an_event(i + 1, MONDAY + timedelta(days=i % 6), type=t) for i, t in enumerate(types)]
    events.append(an_event(99, MONDAY - timedelta(days=60), type=EventType.MOBILIZATION))
    return FakeStore(events)


def test_lanes_by_type_all_fit_and_none_is_empty(qtbot: Any) -> None:
    # given a week of twelve event types, and a type seen only two months earlier
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 460)
    widget.set_store(a_store_of_many_types())
    widget.show()
    qtbot.waitExposed(widget)
    # when the lanes are grouped by type over that week
    widget.set_grouping("type")
    widget.set_visible_range(MONDAY - timedelta(days=1), MONDAY + timedelta(days=7))
    lanes = widget.scene().lanes
    # then every lane is whole on the canvas, none is empty, the rarest types share the last
    assert lanes and lanes[-1].y + lanes[-1].h <= widget.canvas_height()
    assert all(lane.count > 0 for lane in lanes)
    assert "mobilization" not in {lane.key for lane in lanes}
    assert lanes[0].key == "meeting" and lanes[-1].key == "(other types)"
    # and every event in view is in one of them
    assert sum(lane.count for lane in lanes) == 32
    assert [lane.key for lane in widget.lanes()] == [lane.key for lane in lanes]
    # and the shared lane's header tells which types it holds
    tip = widget.lane_tooltip(lanes[-1].key)
    assert "Report" in tip and "Other" in tip and "Meeting" not in tip


def test_the_timeline_shows_when_it_has_the_keyboard_focus(view: TimelineView, qtbot: Any) -> None:
    from PySide6.QtGui import QColor

    from timeline_app.domain.palette import LIGHT

    def edge_pixel() -> QColor:
        return view.grab().toImage().pixelColor(1, view.canvas_height() // 2)

    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = edge_pixel()
    view.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    focused = edge_pixel()
    # a frame in the selection colour, subtle (partly transparent) but there
    blue = QColor(LIGHT.selection)
    assert focused != unfocused
    assert focused.blue() > focused.red() and abs(focused.hue() - blue.hue()) < 12


def test_after_an_import_the_view_shows_where_most_events_are(qtbot: Any) -> None:
    # given a week of news and one article recalling an event of last spring
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    events = [an_event(i + 1, MONDAY + timedelta(days=i % 5)) for i in range(20)]
    events.append(an_event(50, date(2025, 4, 2), type=EventType.STATEMENT))
    widget.set_store(FakeStore(events))
    widget.show()
    qtbot.waitExposed(widget)
    # then the first view is the news week; Fit all still shows everything
    widget.fit_busiest()
    first, last = widget.visible_range()
    assert MONDAY - timedelta(days=3) <= first <= MONDAY and MONDAY + timedelta(days=4) <= last
    assert last <= MONDAY + timedelta(days=8)
    widget.fit_all()
    assert widget.visible_range()[0] <= date(2025, 4, 2)


def test_spread_out_events_are_fitted_whole_after_an_import(qtbot: Any) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.set_store(
        FakeStore([an_event(i + 1, MONDAY + timedelta(days=30 * i)) for i in range(8)])
    )
    widget.show()
    widget.fit_busiest()
    first, last = widget.visible_range()
    assert first <= MONDAY and last >= MONDAY + timedelta(days=210)


def test_ruler_labels_of_days_cut_by_the_edges_stay_inside(view: TimelineView) -> None:
    from timeline_app.domain.scene import approx_measure
    from timeline_app.ui.painter import minor_label_boxes

    # given a view starting and ending a few hours into a day (as an export's padded range does)
    vp = view.viewport()
    view.set_viewport(type(vp)(MONDAY.toordinal() - 0.2, MONDAY.toordinal() + 20.1, vp.width))
    scene = view.scene()
    boxes = minor_label_boxes(scene, approx_measure)
    # then every label is whole in view, and the whole days keep theirs
    for x0, x1, text in boxes:
        centre, half = (x0 + x1) / 2, approx_measure(text) / 2
        assert centre - half >= 0 and centre + half <= scene.width, text
    assert len(boxes) >= 20


def test_a_span_begun_before_the_filters_start_date_keeps_its_lane(
    qtbot: Any, tmp_path: Any
) -> None:
    # given talks, and a month-long ground offensive begun ten days earlier, in a real store
    # (which counts the types present by start day within the filter's dates)
    from tests.gui.conftest import a_store_with_an_offensive_begun_earlier

    store = a_store_with_an_offensive_begun_earlier(tmp_path / "spans.sqlite", MONDAY)
    widget = TimelineView()
    qtbot.addWidget(widget)
    try:
        widget.resize(1200, 700)
        widget.set_store(store)
        widget.show()
        qtbot.waitExposed(widget)
        # when the analyst filters from the Monday on, both events pass (the table lists both)
        widget.set_filter(EventFilter(date_from=MONDAY))
        widget.set_visible_range(MONDAY, MONDAY + timedelta(days=6))
        for grouping, lane in (("family", "ground"), ("type", "ground_fighting")):
            widget.set_grouping(grouping)
            widget.repaint()
            # then the offensive has its lane and is drawn, by family and by type
            assert lane in [spec.key for spec in widget.lanes()], grouping
            assert len(set(widget.shown_event_ids())) == 2, grouping
    finally:
        widget.set_store(None)  # no timer may read the store once it is closed
        widget.close()
        store.close()
