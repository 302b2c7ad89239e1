"""Undoing a merge gives back the events as they were, "edited" flag included.

After Ctrl+M then Ctrl+Z both machine-found events came back marked ✎ edited: on the timeline,
in the table's export, and for the store, which keeps an edited event's date when the article's
publication date is set or the file imported again. A merge undone must leave them re-datable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.test_desk_support import (
    a_store,
    answer_merge_question,
    event_titled,
    open_window,
    press,
    select,
)

STRIKE = "Ukraine strikes Voronezh"
SHELLING = "Russia shells Kherson"


def labels_of(window: Any, title: str) -> list[str]:
    window.timeline.repaint()
    return [label.text for label in window.timeline.scene().labels if title in label.text]


def test_undoing_a_merge_leaves_machine_events_unedited(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    shelling = event_titled(window.store, SHELLING)
    assert not strike.edited and not shelling.edited
    window.timeline.set_visible_range(strike.span.start, shelling.span.end)
    # given the two merged with Ctrl+M (and the question answered)
    select(qtbot, window, strike.id, shelling.id)
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    answer_merge_question(qtbot, window)
    qtbot.waitUntil(lambda: window.store.count_events() == 4)
    # when the analyst undoes it
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.store.count_events() == 5)
    # then both are back as the machine found them: not edited, no ✎ on the timeline
    back = [event_titled(window.store, STRIKE), event_titled(window.store, SHELLING)]
    assert [e.edited for e in back] == [False, False]
    for title in (STRIKE, SHELLING):
        shown = labels_of(window, title)
        assert shown and not any("✎" in text for text in shown), shown


def test_undoing_a_merge_keeps_an_analysts_edit_flag(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, a_store(tmp_path / "t.db"))
    strike = event_titled(window.store, STRIKE)
    shelling = event_titled(window.store, SHELLING)
    assert window.desk.edit_event(strike.id, title="Ukraine strikes Voronezh airfield")
    strike = event_titled(window.store, "Ukraine strikes Voronezh airfield")
    assert strike.edited
    select(qtbot, window, strike.id, shelling.id)
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    answer_merge_question(qtbot, window)
    qtbot.waitUntil(lambda: window.store.count_events() == 4)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.store.count_events() == 5)
    assert event_titled(window.store, "Ukraine strikes Voronezh airfield").edited
    assert not event_titled(window.store, SHELLING).edited
