"""Export the timeline as PNG, SVG or PDF through the same painter as the screen.

STUB: owned by the canvas work (issues 6 and 8).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline_app.domain.model import EventFilter


def export_image(
    store: object,
    out: Path,
    flt: EventFilter | None = None,
    *,
    width: int = 2400,
    date_range: tuple[date, date] | None = None,
    title: str = "",
    theme: str = "light",
) -> None:
    """Write `out` (.png, .svg or .pdf). Creates a QGuiApplication if none exists (headless-safe)."""
    raise NotImplementedError
