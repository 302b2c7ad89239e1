"""What the timeline canvas draws over its scene: a message in place of a picture, the
"Updating" note while a query runs, the rubber band being dragged, and the keyboard-focus frame."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from timeline_app.domain.palette import Theme
from timeline_app.ui.painter import colour, make_font

LOADING = "Updating the timeline\u2026"
FOCUS_FRAME_ALPHA = 150  # subtle: it says where the keys go, it must not frame the picture
AXIS_H = 44  # a message sits below the axis


def paint_overlays(
    p: QPainter,
    theme: Theme,
    size: tuple[int, int],
    *,
    message: str = "",
    loading: bool = False,
    band: QRectF | None = None,
    focused: bool = False,
) -> None:
    """Over a canvas of `size` (width, height): `message` (an error, or why nothing is drawn)."""
    width, height = size
    if message:
        paint_message(p, theme, size, message)
    if loading:
        p.setPen(QColor(theme.muted))
        p.setFont(make_font(11))
        area = QRectF(0, 4, width - 10, 20)
        p.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, LOADING)
    if band is not None:
        p.setPen(QPen(colour(theme.rubber_band), 1, Qt.PenStyle.DashLine))
        p.setBrush(colour(theme.rubber_band, 35))
        p.drawRect(band)
    if focused:  # a thin frame in the selection colour: the arrow keys, +/- and Home act here
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour(theme.selection, FOCUS_FRAME_ALPHA), 2))
        p.drawRect(QRectF(1, 1, width - 2, height - 2))


def paint_message(p: QPainter, theme: Theme, size: tuple[int, int], text: str) -> None:
    width, height = size
    p.setPen(QColor(theme.muted))
    p.setFont(make_font(15))
    area = QRectF(0, AXIS_H, width, height - AXIS_H)
    p.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
