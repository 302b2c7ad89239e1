"""Mouse, wheel, gesture and keyboard handling for the timeline canvas.

An event filter on the `TimelineView`: wheel/pinch zoom around the pointer, drag pan with a
kinetic flick, rubber-band zoom (Shift+drag or right-drag) and selection (Ctrl+drag), clicks on
marks, lane headers, histogram bars and "+N" badges, and the keyboard (arrows, +/-, Home, Enter, Escape).
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QMenu, QToolTip

from timeline_app.domain.scene_layout import OverflowBadge
from timeline_app.domain.timescale import MIN_SPAN_DAYS, Viewport
from timeline_app.ui.bin_select import bar_lane_at, select_bar, select_days

if TYPE_CHECKING:
    from timeline_app.ui.timeline_view import TimelineView

WHEEL_STEP = 1.2  # zoom factor per wheel notch (120 units)
KEY_ZOOM = 1.5
KEY_PAN_FRACTION = 0.125
CLICK_SLOP = 4.0  # px a press may move and still count as a click
FRICTION = 0.90  # kinetic velocity kept per 16 ms tick
MIN_FLICK = 0.05  # px/ms below which a release does not flick
GROUPING_NAMES = (
    ("family", "Type family"),
    ("type", "Event type"),
    ("actor", "Actor"),
    ("place", "Place"),
    ("source", "Source site"),
    ("none", "None"),
)


class CanvasInput(QObject):
    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self._press: QPointF | None = None
        self._last_x = 0.0
        self._mode = ""  # "pan" | "zoom-band" | "select-band" | ""
        self._moved = False
        self._clicked_id: int | None = None  # the event the last click hit (its release)
        self._samples: list[tuple[float, float]] = []
        self._velocity = 0.0
        self._kinetic = QTimer(self)
        self._kinetic.setInterval(16)
        self._kinetic.timeout.connect(self._on_kinetic_tick)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt override)
        handlers = {
            QEvent.Type.MouseButtonPress: self._press_event,
            QEvent.Type.MouseMove: self._move_event,
            QEvent.Type.MouseButtonRelease: self._release_event,
            QEvent.Type.MouseButtonDblClick: self._double_click_event,
            QEvent.Type.Wheel: self._wheel_event,
            QEvent.Type.KeyPress: self._key_event,
        }
        handler = handlers.get(e.type())
        return bool(handler(e)) if handler is not None else False  # type: ignore[operator]

    # --- gestures ---------------------------------------------------------------------------
    def handle_gesture(self, e: QEvent) -> bool:
        if e.type() != QEvent.Type.NativeGesture:
            return False
        assert isinstance(e, QNativeGestureEvent)
        if e.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.view.zoom(1.0 + e.value(), e.position().x())
            return True
        return False

    def _wheel_event(self, e: QWheelEvent) -> bool:
        delta = e.angleDelta()
        shift = e.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if shift and delta.y() and self.view.lane_scroll.wheel(delta.y() / 120):
            return True  # the lanes at the closest zoom are deeper than the canvas
        if abs(delta.x()) > abs(delta.y()):
            self.view.pan_pixels(delta.x() / 2)
        elif delta.y():
            self.view.zoom(WHEEL_STEP ** (delta.y() / 120), e.position().x())
        self.view.set_interacting(True)
        self.view.set_interacting(False)  # re-query after the debounce, not on every notch
        return True

    # --- mouse ------------------------------------------------------------------------------
    def _press_event(self, e: QMouseEvent) -> bool:
        self._kinetic.stop()
        self.view.setFocus()
        pos, mods, button = e.position(), e.modifiers(), e.button()
        scene = self.view.scene()
        self._press, self._last_x, self._moved = pos, pos.x(), False
        self._clicked_id = None
        self._samples = [(time.perf_counter(), pos.x())]
        if button == Qt.MouseButton.RightButton:
            lane = scene.lane_header_at(*self.at(pos))
            if lane is not None:
                self._lane_menu(lane.key, e)
                return True
            self._mode = "zoom-band"
            return True
        if button != Qt.MouseButton.LeftButton and button != Qt.MouseButton.MiddleButton:
            return False
        if mods & Qt.KeyboardModifier.ShiftModifier and scene.event_at(*self.at(pos)) is None:
            self._mode = "zoom-band"
        elif mods & Qt.KeyboardModifier.ControlModifier:
            self._mode = "select-band"
        else:
            self._mode = "pan"
            self.view.set_interacting(True)
        return True

    def _move_event(self, e: QMouseEvent) -> bool:
        pos = e.position()
        if self._press is None:
            self._update_hover(pos)
            return False
        if (pos - self._press).manhattanLength() > CLICK_SLOP:
            self._moved = True
        if self._mode == "pan":
            self.view.pan_pixels(pos.x() - self._last_x)
            self._last_x = pos.x()
            self._samples = [*self._samples[-5:], (time.perf_counter(), pos.x())]
        elif self._mode in ("zoom-band", "select-band") and self._moved:
            self.view.band = self._band(pos)
            self.view.band_zooms = self._mode == "zoom-band"
            self.view.update()
        return True

    def _release_event(self, e: QMouseEvent) -> bool:
        if self._press is None:
            return False
        pos, mode = e.position(), self._mode
        self._press, self._mode = None, ""
        band, self.view.band = self.view.band, None
        if not self._moved:
            self.view.set_interacting(False)
            self._click(pos, e.modifiers(), e.button())
        elif mode == "pan":
            self._start_flick()
        elif mode == "zoom-band" and band is not None and band.width() > 6:
            vp = self.view.viewport()
            start, end = vp.day_at(band.left()), vp.day_at(band.right())
            self.view.set_viewport(Viewport(start, end, vp.width).clamped())
        elif mode == "select-band" and band is not None:
            top, bottom = (self.view.lane_scroll.scene_y(y) for y in (band.top(), band.bottom()))
            ids = self.view.scene().events_in_rect(band.left(), top, band.right(), bottom)
            self.view.set_user_selection(set(self.view.selected_ids()) | set(ids))
        self.view.update()
        return True

    def _band(self, pos: QPointF) -> QRectF:
        assert self._press is not None
        if self._mode == "zoom-band":  # a time range: the band spans the full height
            left, right = sorted((self._press.x(), pos.x()))
            return QRectF(left, 44, right - left, self.view.canvas_height() - 44)
        return QRectF(self._press, pos).normalized()

    def _click(self, pos: QPointF, mods: Qt.KeyboardModifier, button: Qt.MouseButton) -> None:
        if button != Qt.MouseButton.LeftButton:
            return
        scene = self.view.scene()
        lane = scene.lane_header_at(*self.at(pos))
        badge = scene.overflow_at(*self.at(pos))
        event_id = scene.event_at(*self.at(pos))
        self._clicked_id = event_id if lane is None and badge is None else None
        if lane is not None:
            self.view.set_lane_collapsed(lane.key, not lane.collapsed)
        elif badge is not None:
            self._click_badge(badge)
        elif event_id is not None:
            current = set(self.view.selected_ids())
            if mods & Qt.KeyboardModifier.ControlModifier:
                current ^= {event_id}
            elif mods & Qt.KeyboardModifier.ShiftModifier:
                current |= {event_id}
            else:
                current = {event_id}
            self.view.set_user_selection(current)
        elif self._click_bar(pos):
            return
        elif not mods:
            self.view.set_user_selection(set())

    def _click_badge(self, badge: OverflowBadge) -> None:
        """Zoom into a "+N"; where the view can zoom no closer, select what it counts."""
        vp = self.view.viewport()
        pad = (badge.last_day - badge.first_day) * 0.1
        target = Viewport(badge.first_day - pad, badge.last_day + pad, vp.width).clamped()
        if target.span < vp.span * 0.95:
            self.view.set_viewport(target)
            return
        first, last = math.floor(max(badge.first_day, vp.start)), math.ceil(badge.last_day) - 1
        select_days(self.view, badge.lane, first, max(first, last))

    def _click_bar(self, pos: QPointF) -> bool:
        """A click on a histogram strip selects that bar's events (False: nothing there)."""
        lane = bar_lane_at(self.view, *self.at(pos))
        return lane is not None and select_bar(self.view, lane, pos.x())

    def _double_click_event(self, e: QMouseEvent) -> bool:
        """Activate the event double-clicked; elsewhere zoom in around the pointer.

        The double-click's first click selected the event, and a selected event can move to
        another row (selected marks are laid out first): it is the event that click hit.
        """
        pos = e.position()
        event_id = self.view.scene().event_at(*self.at(pos))
        if self._clicked_id is not None:
            event_id = self._clicked_id
        if event_id is not None:
            self.view.event_activated.emit(event_id)
            return True
        if self.view.scene().lane_header_at(*self.at(pos)) is None:
            self.view.zoom(2.0, pos.x())
        return True

    def _update_hover(self, pos: QPointF) -> None:
        hover = self.view.scene().event_at(*self.at(pos))
        if hover != self.view.hover_id:
            self.view.hover_id = hover
            self.view.setCursor(
                Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor
            )
            self.view.update()

    # --- kinetic pan ------------------------------------------------------------------------
    def _start_flick(self) -> None:
        (t0, x0), (t1, x1) = self._samples[0], self._samples[-1]
        recent = time.perf_counter() - t1 < 0.08
        self._velocity = (x1 - x0) / max((t1 - t0) * 1000, 1) if recent else 0.0
        if abs(self._velocity) > MIN_FLICK:
            self._kinetic.start()
        else:
            self.view.set_interacting(False)

    def _on_kinetic_tick(self) -> None:
        self.view.pan_pixels(self._velocity * 16)
        self._velocity *= FRICTION
        if abs(self._velocity) < MIN_FLICK / 2:
            self._kinetic.stop()
            self.view.set_interacting(False)

    # --- keyboard ---------------------------------------------------------------------------
    def _key_event(self, e: QKeyEvent) -> bool:
        key, view = e.key(), self.view
        step = view.canvas_width() * KEY_PAN_FRACTION
        actions = {
            Qt.Key.Key_Left: lambda: view.pan_pixels(step),
            Qt.Key.Key_Right: lambda: view.pan_pixels(-step),
            Qt.Key.Key_Plus: lambda: view.zoom(KEY_ZOOM),
            Qt.Key.Key_Equal: lambda: view.zoom(KEY_ZOOM),
            Qt.Key.Key_Up: lambda: view.zoom(KEY_ZOOM),
            Qt.Key.Key_Minus: lambda: view.zoom(1 / KEY_ZOOM),
            Qt.Key.Key_Down: lambda: view.zoom(1 / KEY_ZOOM),
            Qt.Key.Key_Home: view.fit_all,
            Qt.Key.Key_Return: self._activate_selection,
            Qt.Key.Key_Enter: self._activate_selection,
            Qt.Key.Key_Escape: lambda: view.set_user_selection(set()),
            Qt.Key.Key_Z: view.zoom_to_selection,
            Qt.Key.Key_PageUp: lambda: view.lane_scroll.page(-1),
            Qt.Key.Key_PageDown: lambda: view.lane_scroll.page(1),
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            return False
        action()
        return True

    def at(self, pos: QPointF | QPoint) -> tuple[float, float]:
        """A widget position in the scene's coordinates (the lanes may be scrolled)."""
        return pos.x(), self.view.lane_scroll.scene_y(pos.y())

    def _activate_selection(self) -> None:
        ids = self.view.selected_ids()
        if ids:
            self.view.event_activated.emit(ids[0])

    def show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        """The event under the pointer, what a "+N" badge holds, or what a shared lane holds."""
        view = self.view
        event_id = view.scene().event_at(*self.at(pos))
        badge = view.scene().overflow_at(*self.at(pos))
        lane = view.scene().lane_header_at(*self.at(pos))
        lane_tip = view.lane_tooltip(lane.key) if lane is not None else ""
        if event_id is not None and view.store() is not None:
            try:
                text = view.tooltip_for(event_id)
            except Exception:  # noqa: BLE001 - deleted meanwhile: no tooltip rather than a crash
                text = ""
            QToolTip.showText(global_pos, text, view) if text else QToolTip.hideText()
        elif badge is not None:
            act = "select them" if view.viewport().span <= MIN_SPAN_DAYS * 1.05 else "zoom in"
            QToolTip.showText(global_pos, f"{badge.count} more events here: click to {act}", view)
        elif lane_tip:
            QToolTip.showText(global_pos, lane_tip, view)
        else:
            QToolTip.hideText()

    def _lane_menu(self, key: str, e: QMouseEvent) -> None:
        view = self.view
        menu = QMenu(view)
        collapsed = any(lane.key == key and lane.collapsed for lane in view.lanes())
        menu.addAction("Expand lane" if collapsed else "Collapse lane").triggered.connect(
            lambda: view.set_lane_collapsed(key, not collapsed)
        )
        menu.addAction("Move lane up").triggered.connect(lambda: view.move_lane(key, -1))
        menu.addAction("Move lane down").triggered.connect(lambda: view.move_lane(key, 1))
        group = menu.addMenu("Group lanes by")
        for name, text in GROUPING_NAMES:
            action = group.addAction(text)
            action.setCheckable(True)
            action.setChecked(view.grouping() == name)
            action.triggered.connect(lambda _=False, n=name: view.set_grouping(n))
        menu.popup(e.globalPosition().toPoint())
