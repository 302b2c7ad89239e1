"""At the closest zoom, lanes as deep as their labels, and the timeline scrolls up and down.

A busy day seen from close up (a view of three days or less, where the canvas always shows
marks) gave each lane the same share of the height: about three rows of labels, the rest
counted in "+N", and no closer zoom left to open them. There the lanes now grow to hold a row
for every label (up to `DEEP_ROWS` a lane) and the canvas scrolls: a scroll bar at the right,
Shift+wheel or Page Up/Down. The date axis stays pinned on top, and so does the name of the
lane being read (it would have scrolled away with its header). Farther out nothing changes:
zooming in is what shows more there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QScrollBar, QWidget

from timeline_app.domain.palette import Theme
from timeline_app.domain.scene import LaneBox, Scene, SceneLayout, build_scene
from timeline_app.domain.timescale import Viewport
from timeline_app.ui.canvas_data import CLOSE_ZOOM_DAYS
from timeline_app.ui.colours import colour
from timeline_app.ui.painter import Fonts, paint_axis_strip, paint_lane_header_at

DEEP_ROWS = 250  # label rows a lane may grow to at the closest zoom (5,000 px)
DEEP_LAYOUT = SceneLayout(export_rows=DEEP_ROWS)
STEP_ROWS = 3  # rows a wheel notch scrolls
HINT = "Scroll the lanes: Shift+wheel, Page Up / Page Down"


class LaneScroll:
    """The timeline's vertical scroll: the offset, its scroll bar, and scene coordinates."""

    def __init__(self, view: QWidget) -> None:
        self.view = view
        self.offset = 0
        self._selected: frozenset[int] = frozenset()
        self._deep_for: tuple[object, ...] | None = None  # the last deep view's key
        self._pinned: tuple[float, float] | None = None  # (widget y, scene y) of a pinned header
        self.axis_h = int(SceneLayout().axis_h)
        self.bar = QScrollBar(Qt.Orientation.Vertical, view)
        self.bar.setObjectName("lane_scroll_bar")
        self.bar.setToolTip(HINT)
        self.bar.setCursor(Qt.CursorShape.ArrowCursor)
        self.bar.hide()
        self.bar.valueChanged.connect(self._on_bar)

    # --- layout -----------------------------------------------------------------------------
    def build(self, vp: Viewport, height: float, lanes: Any, data: Any, **kw: Any) -> Scene:
        """The scene as `build_scene` lays it out to fit `height`; at the closest zoom, when
        labels went into "+N", lanes as deep as their labels instead (taller than `height`).

        Panning a deep view keeps the same data: the fitted layout is then not tried first.
        """
        scene = None
        close = vp.span <= CLOSE_ZOOM_DAYS
        key = (round(vp.span, 9), id(data), height, tuple((s.key, s.collapsed) for s in lanes))
        if close and key == self._deep_for:
            scene = self._deep(vp, height, lanes, data, kw)
        if scene is None:
            scene = build_scene(vp, height, lanes, data, **kw)
            if close and scene.overflow:
                scene = self._deep(vp, height, lanes, data, kw) or scene
        self._deep_for = key if scene.height > height else None
        self._set_content(scene.height, height)
        selected = kw.get("selected", frozenset())
        if selected != self._selected:  # a new selection (from the table too): bring it in
            self._selected = selected
            self._reveal_selected(scene, selected, height)
        return scene

    def _reveal_selected(self, scene: Scene, selected: frozenset[int], height: float) -> None:
        ys = [m.y for m in scene.marks if m.event_id in selected]
        if ys:
            half = SceneLayout().row_h / 2
            self.reveal(min(ys) - half, min(ys) + half, height)

    @staticmethod
    def _deep(vp: Viewport, height: float, lanes: Any, data: Any, kw: Any) -> Scene | None:
        deep = build_scene(vp, height, lanes, data, grow=True, layout=DEEP_LAYOUT, **kw)
        return deep if deep.height > height else None

    def visible(self, scene: Scene, height: float) -> Scene:
        """Only what the scrolled canvas shows, for painting (a deep scene is 5,000 px tall)."""
        if scene.height <= height:
            return scene
        top, bottom = self.offset - SceneLayout().row_h, self.offset + height + SceneLayout().row_h

        def shown(y: float) -> bool:
            return top <= y <= bottom

        return replace(
            scene,
            marks=[m for m in scene.marks if shown(m.y)],
            labels=[b for b in scene.labels if shown(b.y)],
            overflow=[b for b in scene.overflow if shown(b.y)],
        )

    def _set_content(self, content_h: float, height: float) -> None:
        extra = max(int(content_h - height + 0.5), 0)
        self.bar.setRange(0, extra)
        self.bar.setPageStep(max(int(height) - self.axis_h, 1))
        self.bar.setSingleStep(int(STEP_ROWS * SceneLayout().row_h))
        self.bar.setVisible(extra > 0)
        self.offset = self.bar.value() if extra > 0 else 0

    def place(self, canvas_w: int, canvas_h: int) -> None:
        """Put the bar along the right edge, below the pinned axis."""
        w = self.bar.sizeHint().width()
        self.bar.setGeometry(canvas_w - w, self.axis_h, w, max(canvas_h - self.axis_h, 0))

    # --- input ------------------------------------------------------------------------------
    def scene_y(self, y: float) -> float:
        """A widget y in the scene's coordinates (the pinned axis does not scroll)."""
        if self._pinned is not None and 0 <= y - self._pinned[0] < SceneLayout().header_h:
            return self._pinned[1] + y - self._pinned[0]  # on the pinned lane header
        return y if y < self.axis_h else y + self.offset

    def scroll_by(self, dy: float) -> bool:
        """Scroll by `dy` pixels; False when there is nothing to scroll."""
        if not self.bar.isVisible():
            return False
        self.bar.setValue(self.bar.value() + int(dy))
        return True

    def page(self, pages: int) -> bool:
        return self.scroll_by(pages * self.bar.pageStep())

    def wheel(self, notches: float) -> bool:
        return self.scroll_by(-notches * self.bar.singleStep())

    def reveal(self, top: float, bottom: float, height: float) -> None:
        """Scroll so that scene rows `top`..`bottom` are in view (a selected mark)."""
        if not self.bar.isVisible():
            return
        if top - self.offset < self.axis_h:
            self.bar.setValue(int(top - self.axis_h - SceneLayout().row_h))
        elif bottom - self.offset > height:
            self.bar.setValue(int(bottom - height + SceneLayout().row_h))

    def _on_bar(self, value: int) -> None:
        self.offset = value
        self.view.update()

    # --- painting ---------------------------------------------------------------------------
    @contextmanager
    def translated(self, p: QPainter, scene: Scene, height: float) -> Iterator[Scene]:
        """Paint the scene shifted up by the offset (everything but the pinned axis); yields
        the part of `scene` in view."""
        p.save()
        p.translate(0, -self.offset)
        try:
            yield self.visible(scene, height)
        finally:
            p.restore()

    def pin_axis(self, p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
        """Draw the date axis again at the top when the lanes under it have scrolled."""
        self._pinned = None
        if not self.offset:
            return
        p.save()
        p.setClipRect(QRectF(0, 0, scene.width, self.axis_h))
        paint_axis_strip(p, scene, theme, fonts)
        p.restore()
        lane = self.pinned_lane(scene)
        if lane is not None:
            p.save()
            p.setClipRect(QRectF(0, self.axis_h, scene.width, scene.height))
            below = lane.y + lane.h - self.offset - SceneLayout().header_h  # the next comes up
            _paint_header_band(p, scene, lane, min(self.axis_h, below), theme)
            paint_lane_header_at(p, scene, lane, min(self.axis_h, below), theme, fonts)
            p.restore()
            self._pinned = (min(self.axis_h, below), lane.y)  # clicks there reach the header

    def pinned_lane(self, scene: Scene) -> LaneBox | None:
        """The lane at the top of the scrolled canvas whose header has scrolled away."""
        top = self.offset + self.axis_h  # the scene's y at the top of the lanes on screen
        if not self.offset:
            return None
        return next((lane for lane in scene.lanes if lane.y < top < lane.y + lane.h), None)


def _paint_header_band(p: QPainter, scene: Scene, lane: LaneBox, y: float, theme: Theme) -> None:
    """The pinned header's strip, opaque across the canvas with a line under it: without it
    the row scrolled under the header showed through, its label behind the lane's name."""
    band = QRectF(0, y, scene.width, SceneLayout().header_h)
    p.fillRect(band, colour(theme.background))
    if scene.lanes.index(lane) % 2 == 1:
        p.fillRect(band, colour(theme.lane_band))  # the lane's own shade, as it scrolled by
    p.setPen(QPen(colour(theme.grid_major), 1))
    p.drawLine(band.bottomLeft(), band.bottomRight())
