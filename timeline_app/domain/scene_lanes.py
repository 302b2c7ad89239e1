"""Lane specs: which lanes a timeline has for a grouping, and which event types fall in each.

Pure code. Lanes by type family, type or none are fixed; lanes by actor, place or source are
named after what the events in view hold (see scene_groups.py) and come from the fetched data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline_app.domain.model import TYPE_FAMILY, EventType, TypeFamily
from timeline_app.domain.palette import FAMILY_LABEL, TYPE_LABEL
from timeline_app.domain.scene_groups import (
    ALL_KEY,
    ALL_TYPES,
    ENTITY_GROUPINGS,
    lane_titles,
    summary_title,
)

GROUPINGS = ("family", "type", *ENTITY_GROUPINGS, "none")


@dataclass(frozen=True, slots=True)
class LaneSpec:
    """One horizontal lane and the event types that fall into it."""

    key: str
    title: str
    types: frozenset[EventType]
    collapsed: bool = False


# --- lanes -------------------------------------------------------------------------------------


def lanes_for(
    grouping: str,
    present: frozenset[EventType] | None = None,
    collapsed: frozenset[str] = frozenset(),
    order: Sequence[str] = (),
) -> list[LaneSpec]:
    """Lane specs for `grouping` ("family" | "type" | "none"), only for types that occur.

    Lanes by actor, place or source depend on the events in view (`entity_lanes`); for those
    this gives the one lane their data is fetched as.
    """
    present = frozenset(EventType) if present is None else present
    if grouping in ENTITY_GROUPINGS:
        specs = [LaneSpec(ALL_KEY, summary_title(grouping), ALL_TYPES, ALL_KEY in collapsed)]
    elif grouping == "type":
        specs = [
            LaneSpec(t.value, TYPE_LABEL[t], frozenset({t}), t.value in collapsed)
            for t in EventType
            if t in present
        ]
    elif grouping == "none":
        specs = [LaneSpec("all", "All events", frozenset(EventType), "all" in collapsed)]
    else:
        specs = [
            LaneSpec(f.value, FAMILY_LABEL[f], types, f.value in collapsed)
            for f in TypeFamily
            if (types := frozenset(t for t, fam in TYPE_FAMILY.items() if fam is f)) & present
        ]
    rank = {key: i for i, key in enumerate(order)}
    return sorted(specs, key=lambda s: rank.get(s.key, len(rank)))


def entity_lanes(
    grouping: str,
    keys: Sequence[str],
    folded: int,
    collapsed: frozenset[str] = frozenset(),
    order: Sequence[str] = (),
) -> list[LaneSpec]:
    """Lane specs for names found in view (busiest first unless `order` says otherwise)."""
    titles = lane_titles(grouping, keys, folded)
    specs = [LaneSpec(k, titles[k], ALL_TYPES, k in collapsed) for k in keys]
    rank = {key: i for i, key in enumerate(order)}
    return sorted(specs, key=lambda s: rank.get(s.key, len(rank)))


def lane_of_type(lanes: Sequence[LaneSpec]) -> dict[EventType, str]:
    return {t: lane.key for lane in lanes for t in lane.types}
