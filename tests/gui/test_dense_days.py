"""A dense day is not a dead end: clicking its histogram bar, or a "+N" the view can zoom no
closer into, selects those events; the table and the article follow, the status bar counts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.unit.store_builders import an_article, extraction
from tests.unit.store_builders import an_event as extracted
from timeline_app.domain.model import EventType

DAY = date(2025, 11, 18)
TOWNS = [
    "Kharkiv", "Odesa", "Sumy", "Kherson", "Dnipro", "Lviv", "Kyiv", "Izyum", "Poltava",
    "Kupiansk", "Pokrovsk", "Bryansk", "Belgorod", "Kursk", "Rivne", "Lutsk", "Uzhhorod",
    "Chernihiv", "Zhytomyr", "Vinnytsia", "Mykolaiv", "Nikopol", "Sloviansk", "Kramatorsk",
    "Ternopil", "Kremenchuk", "Uman", "Konotop", "Shostka", "Okhtyrka", "Lozova", "Balakliia",
    "Pavlohrad", "Marhanets", "Berdychiv", "Korosten", "Kovel", "Dubno", "Mukachevo",
    "Drohobych", "Stryi", "Kalush", "Kolomyia", "Chortkiv", "Khmelnytskyi",
]  # fmt: skip
N_ATTACKS = len(TOWNS)  # 45


def a_dense_day(store: Any) -> None:
    """45 drone attacks on DAY (one article each), and talks two days later."""
    for i, town in enumerate(TOWNS):
        text = f"Drones struck {town} on Tuesday, the authorities of {town} said."
        store.save_article(
            an_article(text, path=f"attack-{i}.txt", title=f"Attack report {i + 1}"),
            extraction(
                extracted(
                    text,
                    text,
                    type=EventType.DRONE_ATTACK,
                    day=DAY,
                    title=f"Drones hit {town}",
                    places=(town,),
                    actors=(),
                )
            ),
        )
    talks = "Envoys held talks in Geneva on Thursday."
    store.save_article(
        an_article(talks, path="talks.txt", title="Talks"),
        extraction(extracted(talks, talks, type=EventType.MEETING, day=DAY + timedelta(days=2))),
    )


def a_small_window(make_window: Any) -> Any:
    """A laptop-sized window: the timeline has room for about 30 marks a lane."""
    window = make_window()
    window.resize(1024, 700)
    QTest.qWait(50)
    return window


def strikes_lane(window: Any) -> Any:
    return next(lane for lane in window.timeline.scene().lanes if lane.key == "strikes")


def test_clicking_a_dense_days_bar_selects_its_events(make_window: Any, store: Any) -> None:
    a_dense_day(store)
    window = a_small_window(make_window)
    view = window.timeline
    view.set_visible_range(DAY - timedelta(days=5), DAY + timedelta(days=5))
    view.repaint()
    lane = strikes_lane(window)
    assert lane.dense  # 45 attacks in a lane: a histogram bar, not marks
    bar = next(b for b in view.scene().bars if b.lane == "strikes")
    QTest.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=QPoint(round(bar.x + bar.w / 2), round(bar.y + 2))
    )
    assert len(view.selected_ids()) == N_ATTACKS
    assert sorted(window.event_table.selected_ids()) == sorted(view.selected_ids())
    assert "45 events selected in Strikes, 18 Nov 2025" in window.status.currentMessage()
    assert "Drones struck" in window.article_pane.browser.toPlainText()


def test_clicking_an_empty_strip_clears_the_selection(make_window: Any, store: Any) -> None:
    a_dense_day(store)
    window = a_small_window(make_window)
    view = window.timeline
    view.set_visible_range(DAY - timedelta(days=5), DAY + timedelta(days=5))
    view.repaint()
    lane = strikes_lane(window)
    x = round(view.viewport().x_of(DAY.toordinal() - 3))  # a day without attacks
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, round(lane.y + lane.h - 8)))
    assert view.selected_ids() == []


def test_a_plus_n_at_the_closest_zoom_selects_what_it_counts(
    make_window: Any, store: Any, monkeypatch: Any
) -> None:
    # At the closest zoom a lane grows a row per label (`lane_scroll`) up to DEEP_ROWS; a day
    # busier than that still ends in a "+N": here the lane holds 20 rows for the 45 attacks.
    from timeline_app.domain.scene import SceneLayout
    from timeline_app.ui import lane_scroll

    monkeypatch.setattr(lane_scroll, "DEEP_LAYOUT", SceneLayout(export_rows=20))
    a_dense_day(store)
    window = a_small_window(make_window)
    view = window.timeline
    noon = DAY.toordinal() + 0.5
    view.set_viewport(view.viewport().__class__(noon - 0.1, noon + 0.1, view.canvas_width()))
    view.repaint()
    span = view.viewport().span
    badge = next(b for b in view.scene().overflow if b.lane == "strikes")
    QTest.mouseClick(
        view,
        Qt.MouseButton.LeftButton,
        pos=QPoint(round(badge.x + badge.w / 2), round(badge.y + badge.h / 2)),
    )
    assert view.viewport().span == span  # nothing closer to zoom into
    assert len(view.selected_ids()) == N_ATTACKS
    assert "45 events selected in Strikes" in window.status.currentMessage()
    assert len(window.event_table.selected_ids()) == N_ATTACKS


def test_overlapping_selected_days_make_one_band() -> None:
    # 45 selected events of one day drew 45 translucent bands: an opaque block over the lanes
    from timeline_app.ui.hidden_selection import union_of

    assert union_of([(5, 5)] * 45) == [(5, 5)]
    assert union_of([(9, 12), (1, 3), (4, 4), (11, 20)]) == [(1, 4), (9, 20)]
