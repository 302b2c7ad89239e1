"""Asking once before merging events that do not look like one happening.

Merge is for one happening reported by several outlets. Events of different types, or dated
days apart, are more likely a slip of the selection (a Ctrl+click too many): the merge took them
silently, and the one kept type and date hid the other. Now the analyst is asked once, told what
differs, and the merge goes ahead on "Merge anyway" (it stays undoable either way).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from timeline_app.domain.model import StoredEvent
from timeline_app.domain.palette import TYPE_LABEL
from timeline_app.ui.formatting import format_span

if TYPE_CHECKING:
    from timeline_app.ui.desk import Desk

FAR_APART_DAYS = 3  # reports of one happening rarely date it further apart than this
MERGE_ANYWAY = "Merge anyway"


def differences(events: Sequence[StoredEvent]) -> list[str]:
    """What sets `events` apart as one happening, in words ([] when nothing does)."""
    out = []
    types = list(dict.fromkeys(e.type for e in events))
    if len(types) > 1:
        out.append("types differ: " + ", ".join(TYPE_LABEL[t] for t in types))
    gap = days_apart(events)
    if gap > FAR_APART_DAYS:
        dated = [e for e in events if e.span is not None]
        dates = list(dict.fromkeys(format_span(e.span) for e in dated))
        out.append(f"dates are {gap} days apart: " + ", ".join(dates))
    return out


def days_apart(events: Sequence[StoredEvent]) -> int:
    """Days between the dated events' spans (0 when they overlap or fewer than two are dated)."""
    spans = [e.span for e in events if e.span is not None]
    if len(spans) < 2:
        return 0
    latest_start = max(s.start for s in spans)
    earliest_end = min(s.end for s in spans)
    return max((latest_start - earliest_end).days, 0)


def ask_then_merge(desk: Desk) -> QMessageBox | None:
    """Merge the selection, first asking when its events differ; returns the open question."""
    events = desk.selected_events_now()
    found = differences(events) if len(events) > 1 else []
    if not found:
        desk.merge_selected()
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Merge events that differ?",
        f"Merge {len(events)} events into “{events[0].title}”?",
        parent=desk.window,
    )
    box.setInformativeText(
        "Merge is for one happening reported by several sources, but "
        + "; ".join(found)
        + f". The merged event keeps the type and date of “{events[0].title}”."
    )
    merge = box.addButton(MERGE_ANYWAY, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: desk.merge_selected() if button is merge else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
