"""Histogram strips for dense lanes: stacked per-type bars from per-day (or per-bin) counts.

Pure code. Bins are whole numbers of days aligned on multiples of their size, so they stay put
while the view pans; bars are laid out from the window's first bin so a pan only shifts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from timeline_app.domain.model import DayCount, EventType


class HistBar(NamedTuple):
    """One stacked segment of a histogram bin (a named tuple: there are thousands a frame)."""

    lane: str
    type: EventType
    x: float
    y: float
    w: float
    h: float


_BIN_STEPS = (1, 2, 3, 7, 14, 28, 56, 91, 182, 364, 728, 1820, 3640, 7280, 18200, 36400)


def bin_days_for(px_per_day: float, bin_px: float) -> int:
    """A whole number of days per histogram bin, so bins stay put while the view pans."""
    wanted = bin_px / max(px_per_day, 1e-9)
    return next((s for s in _BIN_STEPS if s >= wanted), _BIN_STEPS[-1])


TYPE_ORDER = {t: i for i, t in enumerate(EventType)}


def histogram_bars(
    lane: str,
    counts: Sequence[DayCount],
    bin_days: int,
    ppd: float,
    y: float,
    lane_h: float,
    header_h: float,
    footer_h: float,
) -> tuple[list[HistBar], int, int]:
    """Stacked bars for every bin of the window, x from the first bin (returned as `origin`
    day); the scale is the window's busiest bin, so heights stay put while the view pans."""
    bins: dict[int, dict[EventType, int]] = {}
    for c in counts:
        per_type = bins.setdefault(c.day // bin_days, {})
        per_type[c.type] = per_type.get(c.type, 0) + c.count
    hist_max = max((sum(v.values()) for v in bins.values()), default=0)
    base = y + lane_h - footer_h / 2
    scale = (lane_h - header_h - footer_h / 2 - 2) / max(hist_max, 1)
    bin_w = bin_days * ppd
    w = max(bin_w - (1 if bin_w > 3 else 0), 1.0)
    rank = TYPE_ORDER.__getitem__
    bars: list[HistBar] = []
    origin = min(bins, default=0) * bin_days
    for index, per_type in bins.items():
        x0 = (index * bin_days - origin) * ppd
        top, carry = base, 0.0
        for event_type in sorted(per_type, key=rank):
            h = per_type[event_type] * scale + carry
            if h < 0.75:  # sub-pixel slivers add up into the next segment instead of a rectangle
                carry = h
                continue
            top -= h
            carry = 0.0
            bars.append(HistBar(lane, event_type, x0, top, w, h))
    return bars, hist_max, origin
