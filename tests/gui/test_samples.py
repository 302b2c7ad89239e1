"""The first-run path: File → Load sample articles fills an empty store from data/samples."""

from __future__ import annotations

from typing import Any

from timeline_app.domain.model import EventType
from timeline_app.paths import samples_dir

from .conftest import wait_for_import


def _action(window: Any, text: str) -> Any:
    return next(a for a in window.menu_file.actions() if a.text() == text)


def test_loading_the_sample_articles_fills_every_pane(qtbot: Any, window: Any) -> None:
    # given an empty store and the samples shipped in data/samples
    shipped = sorted(p for p in samples_dir().iterdir() if p.is_file())
    assert len(shipped) >= 5
    # when the analyst picks File → Load sample articles
    _action(window, "Load &sample articles").trigger()
    wait_for_import(qtbot, window)
    # then every sample is an article, with events in the table and on the timeline
    assert window.article_list.article_count() == len(shipped)
    assert window.event_table.row_count() > 20
    types = {e.type for e in window.store.events()}
    assert {EventType.MISSILE_STRIKE, EventType.DRONE_ATTACK, EventType.MEETING} <= types
    qtbot.waitUntil(lambda: len(window.timeline.shown_event_ids()) > 10, timeout=10_000)


def test_after_loading_the_samples_the_view_shows_the_news_week(qtbot: Any, window: Any) -> None:
    from datetime import date

    # given samples whose news is from 17-22 Nov 2025, one recalling an event of last spring
    _action(window, "Load &sample articles").trigger()
    wait_for_import(qtbot, window)
    # then the first view is that week, not months squeezing it against the edge
    first, last = window.timeline.visible_range()
    assert date(2025, 11, 1) <= first <= date(2025, 11, 17)
    assert date(2025, 11, 22) <= last <= date(2025, 12, 10)
