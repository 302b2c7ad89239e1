"""Glyph shapes per event type as QPainterPath pieces, so one path can hold a whole type's marks.

Shapes are unit polygons scaled to the glyph radius; every shape reads in grey print as well.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

from timeline_app.domain.palette import Shape


def _regular(
    n: int, rotation: float = -math.pi / 2, radius: float = 1.0
) -> list[tuple[float, float]]:
    return [
        (
            radius * math.cos(rotation + 2 * math.pi * k / n),
            radius * math.sin(rotation + 2 * math.pi * k / n),
        )
        for k in range(n)
    ]


def _star() -> list[tuple[float, float]]:
    outer, inner = _regular(5, radius=1.15), _regular(5, -math.pi / 2 + math.pi / 5, 0.5)
    return [p for pair in zip(outer, inner, strict=True) for p in pair]


_PLUS = [(-0.35, -1), (0.35, -1), (0.35, -0.35), (1, -0.35), (1, 0.35), (0.35, 0.35), (0.35, 1),
         (-0.35, 1), (-0.35, 0.35), (-1, 0.35), (-1, -0.35), (-0.35, -0.35)]  # fmt: skip
_UNIT: dict[Shape, list[tuple[float, float]]] = {
    Shape.SQUARE: [(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)],
    Shape.TRIANGLE_UP: _regular(3, radius=1.2),
    Shape.TRIANGLE_DOWN: _regular(3, math.pi / 2, 1.2),
    Shape.DIAMOND: _regular(4, radius=1.15),
    Shape.HEXAGON: _regular(6, 0, 1.05),
    Shape.PLUS: _PLUS,
    Shape.CROSS: [(x * 0.92 - y * 0.92, x * 0.92 + y * 0.92) for x, y in _PLUS],
    Shape.STAR: _star(),
}


def add_glyph(path: QPainterPath, shape: Shape, x: float, y: float, r: float) -> None:
    if shape is Shape.CIRCLE:
        path.addEllipse(QPointF(x, y), r, r)
        return
    path.addPolygon(QPolygonF([QPointF(x + dx * r, y + dy * r) for dx, dy in _UNIT[shape]]))
    path.closeSubpath()
