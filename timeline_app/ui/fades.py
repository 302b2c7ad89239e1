"""Soft fills: how a date known only to a week, month or season is drawn, a band that fades out
at both ends, alike on screen, in PNG, SVG and PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPaintEngine, QPainter

from timeline_app.ui.colours import colour

FADE_STEPS = 8  # solid layers standing in for a fade where gradients lose their alpha (PDF)


def fill_faded(p: QPainter, rect: QRectF, base: str, alpha: int, fade: float) -> None:
    """Fill `rect` in `base` at `alpha`, fading out over `fade` (a fraction of its width) at
    both ends: how a date known only to a week, month or season is drawn.

    Qt's PDF engine draws a gradient's colours opaque, so there a soft span came out as a harder
    and darker bar than a known one; it gets nested solid layers of rising opacity instead.
    """
    if not _gradients_keep_alpha(p):
        _fill_faded_in_layers(p, rect, colour(base), alpha / 255, fade * rect.width())
        return
    gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
    gradient.setColorAt(0, colour(base, 0))
    gradient.setColorAt(fade, colour(base, alpha))
    gradient.setColorAt(1 - fade, colour(base, alpha))
    gradient.setColorAt(1, colour(base, 0))
    p.fillRect(rect, QBrush(gradient))


def _gradients_keep_alpha(p: QPainter) -> bool:
    engine = p.paintEngine()
    return engine is None or engine.type() != QPaintEngine.Type.Pdf


def _fill_faded_in_layers(
    p: QPainter, rect: QRectF, ink: QColor, opacity: float, fade_px: float
) -> None:
    """Layer k covers the rect less k steps at each end; each layer's opacity is chosen so
    that the opacity where k layers overlap is k / FADE_STEPS of `opacity` (no seams)."""
    step = fade_px / FADE_STEPS
    below = 0.0  # the opacity the layers drawn so far give their overlap
    for k in range(1, FADE_STEPS + 1):
        target = opacity * k / FADE_STEPS
        layer = QColor(ink)
        layer.setAlphaF(1 - (1 - target) / (1 - below))
        inset = (k - 1) * step
        p.fillRect(rect.adjusted(inset, 0, -inset, 0), layer)
        below = target
