"""The overview strip under the timeline: the whole extent in miniature and where the view is.

Clicking or dragging on it moves the view there (the strip asks; the timeline view decides).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from timeline_app.domain.palette import LIGHT, Theme
from timeline_app.domain.timescale import Viewport, describe_range
from timeline_app.ui.canvas_data import CanvasData
from timeline_app.ui.painter import colour, make_font

STRIP_HEIGHT = 34
LABEL_PX = 10


class OverviewStrip(QWidget):
    """A density sparkline of everything passing the filter with the visible window outlined."""

    recentre_requested = Signal(float)  # the day (fractional ordinal) to put at the view's centre

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(STRIP_HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Overview: click or drag to move the view")
        self._data: CanvasData | None = None
        self._view: Viewport | None = None
        self._theme: Theme = LIGHT
        self._bins: list[int] = []
        self._bins_key: tuple[object, ...] = ()
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[object, ...] = ()

    def set_source(self, data: CanvasData) -> None:
        self._data = data
        self._bins_key = ()
        self.update()

    def invalidate(self) -> None:
        self._bins_key = ()
        self._pixmap = None
        self.update()

    def set_view(self, vp: Viewport | None) -> None:
        self._view = vp
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    # --- geometry ---------------------------------------------------------------------------
    def _extent_vp(self) -> Viewport | None:
        try:
            extent = self._data.extent() if self._data else None
        except Exception:  # noqa: BLE001 - the timeline above reports the store's error
            extent = None
        if extent is None:
            return None
        return Viewport.around(extent[0], extent[1], max(self.width(), 1), pad=0.01)

    def _histogram(self, vp: Viewport) -> list[int]:
        key = (id(self._data), vp.start, vp.end, self.width())
        if key != self._bins_key and self._data is not None:
            bins = [0] * max(self.width(), 1)
            for c in self._data.counts_between(int(vp.start), int(vp.end) + 1):
                x = int(vp.x_of(c.day + 0.5))
                if 0 <= x < len(bins):
                    bins[x] += c.count
            self._bins, self._bins_key = bins, key
        return self._bins

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        t = self._theme
        p.fillRect(self.rect(), colour(t.lane_header))
        p.setPen(QPen(colour(t.grid_major), 1))
        p.drawLine(QPointF(0, 0.5), QPointF(self.width(), 0.5))
        whole = self._extent_vp()
        if whole is not None:
            p.drawPixmap(0, 0, self._density_pixmap(whole))
            self._paint_window(p, whole)
        p.end()

    def _density_pixmap(self, whole: Viewport) -> QPixmap:
        """The sparkline only changes with the data, the size or the theme: draw it once."""
        ratio = self.devicePixelRatioF()
        key: tuple[object, ...] = (id(self._data), whole.start, whole.end, self.width())
        key += (self.height(), ratio, self._theme.name)
        if self._pixmap is None or self._pixmap_key != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)  # sharp on high-DPI screens
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._paint_density(painter, whole)
            painter.end()
            self._pixmap, self._pixmap_key = pixmap, key
        return self._pixmap

    def _paint_density(self, p: QPainter, whole: Viewport) -> None:
        bins = self._histogram(whole)
        peak = max(bins, default=0)
        if not peak:
            return
        h = self.height() - 8
        rects = [
            QRectF(x, self.height() - 2 - h * (n / peak) ** 0.5, 1, h * (n / peak) ** 0.5)
            for x, n in enumerate(bins)
            if n
        ]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour(self._theme.muted, 150))
        p.drawRects(rects)

    def _paint_window(self, p: QPainter, whole: Viewport) -> None:
        rect = self._window_rect(whole)
        if rect is None:
            return
        p.setBrush(colour(self._theme.overview_window, 40))
        p.setPen(QPen(colour(self._theme.overview_window), 1.5))
        p.drawRoundedRect(rect, 3, 3)
        p.setFont(make_font(LABEL_PX))
        p.setPen(colour(self._theme.muted))
        label, where = self._extent_label(whole, rect)
        p.drawText(where, Qt.AlignmentFlag.AlignLeft, label)

    def _window_rect(self, whole: Viewport) -> QRectF | None:
        if self._view is None:
            return None
        x0 = max(whole.x_of(self._view.start), 0)
        x1 = min(whole.x_of(self._view.end), self.width())
        return QRectF(x0, 2, max(x1 - x0, 3), self.height() - 4)

    def _extent_label(self, whole: Viewport, window: QRectF) -> tuple[str, QRectF]:
        """The whole extent's dates, on the side away from the view's window: news is recent,
        so the window is mostly at the right end, where the label used to be drawn under it."""
        first, last = whole.day_at(0), whole.day_at(self.width() - 1)
        label = describe_range(date.fromordinal(int(first)), date.fromordinal(int(last)))
        width = QFontMetricsF(make_font(LABEL_PX)).horizontalAdvance(label) + 2
        left = window.center().x() > self.width() / 2
        x = 4 if left else self.width() - 4 - width
        return label, QRectF(x, 2, width, 12)

    def label_and_window(self) -> tuple[QRectF, QRectF] | None:
        """Where the extent label and the view's window are drawn (None without data)."""
        whole = self._extent_vp()
        window = self._window_rect(whole) if whole is not None else None
        if whole is None or window is None:
            return None
        return self._extent_label(whole, window)[1], window

    # --- input ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._recentre(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._recentre(event.position().x())

    def _recentre(self, x: float) -> None:
        whole = self._extent_vp()
        if whole is not None:
            self.recentre_requested.emit(whole.day_at(x))
