"""Where the selected events lie when the timeline draws them as no mark of their own.

Zoomed out, a busy lane is a histogram (and a crowded row a "+N" badge): an event picked in the
table or the article list then had no mark, and nothing on the timeline said where it was. A
band in the selection colour at its dates does; Z (zoom to selection) brings it in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from timeline_app.domain.palette import Theme
from timeline_app.domain.scene import Scene

MAX_LOOKUPS = 50  # a whole article's events are selected at once; the first 50 say enough
BAND_ALPHA = 45
MIN_BAND_PX = 3.0


class HiddenSelection:
    """The day spans of the selected events, read from the store once per selection and data
    generation (an edit may move a date), never once per frame."""

    def __init__(self) -> None:
        self._key: tuple[frozenset[int], int] | None = None
        self._spans: dict[int, tuple[int, int]] = {}

    def spans(
        self, store: Any, flt: Any, selected: frozenset[int], generation: int, drawn: Iterable[int]
    ) -> list[tuple[int, int]]:
        """(first day, last day) of each selected event passing `flt` with no mark in the frame
        (`generation` changes with the data and the filter)."""
        if (selected, generation) != self._key:
            self._key = (selected, generation)
            self._spans = _read_spans(store, flt, sorted(selected)[:MAX_LOOKUPS])
        marked = set(drawn)
        return [span for event_id, span in self._spans.items() if event_id not in marked]


def _read_spans(store: Any, flt: Any, ids: list[int]) -> dict[int, tuple[int, int]]:
    """Only events the filter lets through: a band where no lane shows anything misleads."""
    if store is None or not ids:
        return {}
    try:
        events = store.events_by_ids(sorted(store.matching_ids(flt, ids)))
    except Exception:  # noqa: BLE001 - a store gone away: the frame says so, no band
        return {}
    return {
        e.id: (e.span.start.toordinal(), e.span.end.toordinal())
        for e in events
        if e.span is not None
    }


def paint_hidden_selection(
    p: QPainter, scene: Scene, theme: Theme, spans: list[tuple[int, int]]
) -> None:
    """A translucent band with solid edges over the lanes at each span in view.

    Overlapping spans are drawn as one band: forty events selected from a histogram bar
    stacked forty translucent bands into one opaque block that hid the lanes.
    """
    vp, top, bottom = scene.viewport, scene.layout.axis_h, scene.height
    colour = QColor(theme.selection)
    fill = QColor(colour)
    fill.setAlpha(BAND_ALPHA)
    p.setPen(QPen(colour, 1.5))
    for first, last in union_of(spans):
        x0, x1 = vp.x_of(first), vp.x_of(last + 1)
        if x1 < 0 or x0 > scene.width:
            continue
        if x1 - x0 < MIN_BAND_PX:  # a day seen from years away is still a visible stripe
            middle = (x0 + x1) / 2
            x0, x1 = middle - MIN_BAND_PX / 2, middle + MIN_BAND_PX / 2
        p.fillRect(QRectF(x0, top, x1 - x0, bottom - top), fill)
        p.drawLine(QLineF(x0, top, x0, bottom))
        p.drawLine(QLineF(x1, top, x1, bottom))


def union_of(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Day spans merged where they overlap or touch, in order."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged
