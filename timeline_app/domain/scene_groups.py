"""Lanes by actor, place or source: which lanes a window of marks makes, and which marks go where.

Pure code. The store names each event's actors, places or sites (`Store.lane_keys`); an event
with several names is drawn in each of their lanes, so "everything involving Russia" reads along
one lane (lane counts may then add up to more than the events in view). The busiest names get
lanes, the rest share one "N other places" lane, and events with no name get a lane of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence

from timeline_app.domain.model import DayCount, EventMark, EventType

ENTITY_GROUPINGS = ("actor", "place", "source")
NONE_KEY = "(none)"
OTHER_KEY = "(other)"
ALL_KEY = "all"
ALL_TYPES = frozenset(EventType)

_NONE_TITLE = {"actor": "No actor named", "place": "No place named", "source": "Site unknown"}
_PLURAL = {"actor": "actors", "place": "places", "source": "sites"}
_NOUN = {"actor": "actor", "place": "place", "source": "source site"}


def is_entity_grouping(grouping: str) -> bool:
    return grouping in ENTITY_GROUPINGS


def lane_titles(grouping: str, keys: Sequence[str], folded: int) -> dict[str, str]:
    """What each lane header says: the name itself, or words for the two catch-all lanes."""
    titles = {key: key for key in keys}
    titles[NONE_KEY] = _NONE_TITLE.get(grouping, "None")
    titles[OTHER_KEY] = f"{folded:,} other {_PLURAL.get(grouping, 'names')}"
    return titles


def summary_title(grouping: str) -> str:
    """The one lane drawn when too many events are in view to ask each one's names."""
    return f"All events · zoom in to see lanes by {_NOUN.get(grouping, grouping)}"


def group_marks(
    marks: Iterable[EventMark],
    keys_by_id: Mapping[int, Sequence[str]],
    max_lanes: int,
    visible: Collection[int] = (),
) -> tuple[list[str], int, dict[int, tuple[str, ...]]]:
    """(lane keys busiest first, names folded into OTHER_KEY, lane keys of each mark).

    Busiest means most events among `visible` ids (those in view), then in all `marks` (the
    margin around the view). At most `max_lanes` lanes: when there are more names, the least
    busy share OTHER_KEY (an event is listed there once however many of its names were
    folded). NONE_KEY comes last.
    """
    per_mark = {m.id: tuple(keys_by_id.get(m.id) or (NONE_KEY,)) for m in marks}
    counts = Counter(key for keys in per_mark.values() for key in keys)
    seen = Counter(key for i in visible for key in per_mark.get(i, ()))
    names = sorted(
        (k for k in counts if k != NONE_KEY), key=lambda k: (-seen[k], -counts[k], k.casefold())
    )
    room = max(max_lanes - (NONE_KEY in counts), 1)
    folded: set[str] = set()
    if len(names) > room:
        names, folded = names[: room - 1], set(names[room - 1 :])
    keys = names + ([OTHER_KEY] if folded else []) + ([NONE_KEY] if NONE_KEY in counts else [])
    if folded:
        per_mark = {i: _fold(lanes, folded) for i, lanes in per_mark.items()}
    return keys, len(folded), per_mark


def _fold(lanes: tuple[str, ...], folded: set[str]) -> tuple[str, ...]:
    kept = tuple(k for k in lanes if k not in folded)
    return kept + (OTHER_KEY,) if len(kept) < len(lanes) else kept


def counts_from_marks(marks: Iterable[EventMark], bin_days: int) -> list[DayCount]:
    """Per-bin, per-type counts of the given marks (by start day, like the store's summary)."""
    counter: Counter[tuple[int, EventType]] = Counter(
        (m.day_start - m.day_start % bin_days, m.type) for m in marks
    )
    return [DayCount(day, t, n) for (day, t), n in sorted(counter.items())]
