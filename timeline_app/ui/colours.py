"""Theme colours as Qt colours: the palette's hex strings with an alpha."""

from __future__ import annotations

from PySide6.QtGui import QColor


def colour(hex_value: str, alpha: int = 255) -> QColor:
    c = QColor(hex_value)
    c.setAlpha(alpha)
    return c
