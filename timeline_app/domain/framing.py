"""Which days a view frames: the busy period after an import, the selected events with air.

Pure geometry over day ordinals (no Qt): the timeline widget asks for a `Viewport` and applies it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from timeline_app.domain.model import DayCount
from timeline_app.domain.timescale import Viewport

# After an import: the shortest period holding this share of the dated events is shown, unless
# it is more than this part of the whole extent (then everything is). Counted in at most
# BUSIEST_BINS bins.
BUSIEST_SHARE = 0.8
BUSIEST_MAX_PART = 0.5
BUSIEST_BINS = 4000


def busiest_period(
    counts: Sequence[DayCount], share: float = 0.8, bin_days: int = 1
) -> tuple[int, int] | None:
    """The shortest run of days (first, last) holding `share` of the counted events.

    Counts are per start day (or per bin of `bin_days` starting at `day`); None when empty.
    """
    per_bin: dict[int, int] = {}
    for c in counts:
        per_bin[c.day] = per_bin.get(c.day, 0) + c.count
    days = sorted(per_bin)
    total = sum(per_bin.values())
    if not total:
        return None
    need = math.ceil(total * share)
    best: tuple[int, int] | None = None
    run, lo = 0, 0
    for day in days:
        run += per_bin[day]
        while run - per_bin[days[lo]] >= need:
            run -= per_bin[days[lo]]
            lo += 1
        if run >= need and (best is None or day - days[lo] < best[1] - best[0]):
            best = (days[lo], day)
    assert best is not None
    return best[0], best[1] + bin_days - 1


def busiest_view(
    extent: tuple[int, int],
    counts_between: Callable[[int, int, int], Sequence[DayCount]],
    width: float,
) -> Viewport | None:
    """The shortest period that holds most events, with a little air; None when that period is
    most of `extent` (or nothing is counted): then the whole extent is the better frame.

    One article recalling last spring stretched a fit-all over months and squeezed the week the
    news was about against the edge.
    """
    whole = extent[1] + 1 - extent[0]
    bin_days = max(whole // BUSIEST_BINS, 1)
    period = busiest_period(counts_between(extent[0], extent[1], bin_days), BUSIEST_SHARE, bin_days)
    if period is None or period[1] + 1 - period[0] > whole * BUSIEST_MAX_PART:
        return None
    first, last = period
    pad = max((last + 1 - first) * 0.08, 1.0)
    return Viewport(first - pad, last + 1 + pad, width).clamped()


def selection_view(ranges: Sequence[tuple[int, int]], width: float) -> Viewport | None:
    """The selected events' whole date spans (first, last day each) with a little air."""
    if not ranges:
        return None
    first, last = min(r[0] for r in ranges), max(r[1] for r in ranges)
    pad = max((last - first) * 0.15, 1.5)
    return Viewport(first - pad, last + 1 + pad, width).clamped()
