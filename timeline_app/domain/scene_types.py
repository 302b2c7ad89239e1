"""Lanes by event type as drawn: only types with events in view, the rarest sharing one lane.

Pure code. Eighteen types make eighteen lanes, most of them empty in any given week, and a lane
needs about 74 px to show two rows: in a window that fits four or five, the rest were cut off.
So, like the lanes by actor or place (scene_groups.py), the view draws a lane per type that has
events in view, keeps the busiest, and folds the others into one "N other types" lane: every
event in view is still drawn, in its own lane or in that one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from timeline_app.domain.scene import SceneData
from timeline_app.domain.scene_lanes import LaneSpec, lane_of_type
from timeline_app.domain.timescale import Viewport

OTHER_TYPES_KEY = "(other types)"
ALL_TYPES_KEY = "(all types)"
FOLDED_NAMED = 3  # a shared lane of up to this many types is titled with their names


def counts_in_view(vp: Viewport, lanes: Sequence[LaneSpec], data: SceneData) -> dict[str, int]:
    """Events in view per lane, counted as the lane headers count them (marks or histogram)."""
    lane_key = lane_of_type(lanes)
    out: dict[str, int] = {}
    first, last = vp.start, vp.end
    for m in data.marks:
        if m.day_end + 1 > first and m.day_start < last:
            key = lane_key.get(m.type)
            if key is not None and key not in data.dense_lanes:
                out[key] = out.get(key, 0) + 1
    if data.dense_lanes:
        for c in data.counts:
            if first - 1 <= c.day <= last:
                key = lane_key.get(c.type)
                if key is not None and key in data.dense_lanes:
                    out[key] = out.get(key, 0) + c.count
    return out


def fold_type_lanes(
    lanes: Sequence[LaneSpec],
    in_view: Mapping[str, int],
    max_lanes: int,
    collapsed: frozenset[str] = frozenset(),
    order: Sequence[str] = (),
) -> list[LaneSpec]:
    """The lanes to draw: types with events in view, at most `max_lanes` of them.

    When more types have events, the busiest `max_lanes - 1` keep their lane (in their usual
    order) and the rest share OTHER_TYPES_KEY. With nothing in view, one "All types" lane says
    so rather than a stack of empty ones.
    """
    busy = [lane for lane in lanes if in_view.get(lane.key, 0) > 0]
    if not busy:
        every = frozenset(t for lane in lanes for t in lane.types)
        return (
            [LaneSpec(ALL_TYPES_KEY, "All types", every, ALL_TYPES_KEY in collapsed)]
            if every
            else []
        )
    room = max(max_lanes, 2)
    if len(busy) <= room:
        return busy
    ranked = sorted(busy, key=lambda lane: -in_view[lane.key])  # stable: ties keep lane order
    kept = {lane.key for lane in ranked[: room - 1]}
    folded = [lane for lane in busy if lane.key not in kept]
    other = LaneSpec(
        OTHER_TYPES_KEY,
        _folded_title(folded),
        frozenset(t for lane in folded for t in lane.types),
        OTHER_TYPES_KEY in collapsed,
    )
    specs = [lane for lane in busy if lane.key in kept] + [other]
    rank = {key: i for i, key in enumerate(order)}
    return sorted(specs, key=lambda s: rank.get(s.key, len(rank)))


def type_lanes_in_view(
    vp: Viewport,
    fetched: Sequence[LaneSpec],
    data: SceneData,
    max_lanes: int,
    collapsed: frozenset[str] = frozenset(),
    order: Sequence[str] = (),
) -> tuple[list[LaneSpec], SceneData]:
    """(lanes to draw, `data` with its histogram lanes renamed to those lanes).

    `fetched` are the lanes the data was read for, one per type or one per type family (the
    export drops empty families this way too). A folded lane is a histogram when any of its
    types was one (their marks were not read); it then counts all of its types.
    """
    lanes = fold_type_lanes(fetched, counts_in_view(vp, fetched, data), max_lanes, collapsed, order)
    fetched_key = lane_of_type(fetched)
    dense = frozenset(
        lane.key
        for lane in lanes
        if any(fetched_key.get(t) in data.dense_lanes for t in lane.types)
    )
    return lanes, data if dense == data.dense_lanes else replace(data, dense_lanes=dense)


def _folded_title(folded: Sequence[LaneSpec]) -> str:
    """Two or three types are named ("Protest, Evacuation"); more are counted ("5 other types")."""
    if len(folded) <= FOLDED_NAMED:
        return ", ".join(lane.title for lane in folded)
    return f"{len(folded)} other types"
