"""Dedup's candidate events without a query per report: the live, unsplit, dated events of the day
ranges the import has looked at, filed by type family, linked actor or place, and span bucket,
kept between write transactions.

The candidate query (a family's events in a date window that share a name with the report) walks
every event of the window: a quarter of a millisecond on a busy day, several times per article.
Here a window's events are read once (`_load`), and each report's candidates are picked in memory
with the query's own conditions, in the order its (span_bucket, day_start) index gives them.

Exact by construction: for every day range in `covered`, every live, unsplit, dated event that
overlaps it is held with the values its row has. An import changes the states it touches in
place (they are in its overlay until it commits, or until the next article of the same
transaction: `refile`) and re-indexes them when it commits (`finished` + `commit`); anything
else clears the index: an edit through the ORM, another process's write (the store's generation
moved), a transaction that did not commit.
"""

from __future__ import annotations

import bisect
import itertools
import sqlite3
from collections.abc import Iterable

from timeline_app.domain.model import TYPE_FAMILY, EventType, TypeFamily
from timeline_app.store.filters import MAX_BUCKET, overlap_template
from timeline_app.store.plain import EXTRAS, EventState

MAX_CANDIDATES = 200  # the query's LIMIT: a cap never hit in practice
MAX_HELD = 250_000  # events; past this the index starts again (a long import over a big store)
MAX_DAY = 1 << 62  # above any day ordinal

FAMILY_OF = {str(t): TYPE_FAMILY[t] for t in EventType}  # unknown types are no family's
_POSITION = {family: i for i, family in enumerate(TypeFamily)}  # list keys hold ints, not enums
_LOAD = (
    "SELECT id, type, day_start, day_end, span_bucket, title, edited, "
    "(SELECT group_concat(actor_id) FROM event_actor WHERE event_id = event.id), "
    "(SELECT group_concat(place_id) FROM event_place WHERE event_id = event.id), "
    f"{EXTRAS} FROM event WHERE {overlap_template('dd').text} AND deleted = 0 AND user_split = 0"
)

# (day_start, day_end, id): sorts as the query's index does. Entries (and the keys of the lists
# they are in) hold only ints and strings: the garbage collector stops tracking them.
Entry = tuple[int, int, int]
ListKey = tuple[int, str, int, int]  # (family's position, "a" | "p", actor or place id, bucket)


def is_candidate(state: EventState) -> bool:
    """Could the event be matched at all (what the index holds): live, unsplit, dated, in a
    span bucket the query's ranges reach."""
    return (
        not state.deleted
        and not state.user_split
        and state.day_start is not None
        and state.day_end is not None
        and state.span_bucket is not None
        and 0 <= state.span_bucket <= MAX_BUCKET
    )


def _ids(csv: str | None) -> tuple[int, ...]:
    return tuple(sorted(int(i) for i in csv.split(","))) if csv else ()


class CandidateIndex:
    def __init__(self) -> None:
        self._held: dict[int, EventState] = {}
        # (family, "a" | "p", actor or place id, span bucket) -> the entries of the events of
        # that family linked to that actor or place, sorted
        self._entries: dict[ListKey, list[Entry]] = {}
        # (family, "a" | "p", id) -> its buckets, ascending: (bucket, how many days before a
        # window an event of the bucket may start and still meet it, the bucket's entries)
        self._buckets: dict[tuple[int, str, int], list[tuple[int, int, list[Entry]]]] = {}
        self._covered: list[tuple[int, int]] = []  # disjoint day ranges, ascending
        self.generation: str | None = None  # the store's generation after our last commit
        self._open = False  # a transaction began and has not committed
        self._pending: tuple[list[EventState], list[int]] | None = None
        self._pending_generation: str | None = None

    # --- the transaction protocol (as DigestCache's) --------------------------------------
    def begin(self) -> None:
        if self._open:  # the last transaction did not commit: what it loaded may be off
            self.clear()
        self._open = True
        self._pending = None
        self._pending_generation = None

    def check(self, generation: str | None) -> None:
        """Under the write lock, before use: another writer since our last commit clears."""
        if generation is None or generation != self.generation:
            self.clear()

    def finished(
        self, changed: Iterable[EventState], removed: Iterable[int], generation: str | None
    ) -> None:
        """The import's changes, to apply when the transaction commits: the events it touched
        or inserted (as stored now) and the ids it deleted."""
        self._pending = (list(changed), list(removed))
        self._pending_generation = generation

    def refile(self, changed: Iterable[EventState], removed: Iterable[int]) -> None:
        """File the events a transaction changed or inserted (as stored now) and forget the ones
        it deleted, before it commits (between the articles of one import transaction). If it
        does not commit, the index is cleared anyway (see `begin`)."""
        for event_id in removed:
            self._drop(event_id)
        for state in changed:
            self._drop(state.id)
            if is_candidate(state):
                self._add(state)

    def commit(self) -> None:
        if self._pending is not None:
            self.refile(*self._pending)
            self.generation = self._pending_generation
        else:
            self.clear()  # a write the index did not follow
        self._open = False
        self._pending = None
        if len(self._held) > MAX_HELD:
            self.clear()

    def clear(self) -> None:
        self._held.clear()
        self._entries.clear()
        self._buckets.clear()
        self._covered.clear()
        self.generation = None

    # --- candidates -----------------------------------------------------------------------
    def candidates(
        self,
        db: sqlite3.Connection,
        family: TypeFamily,
        window: tuple[int, int],
        names: tuple[set[int], set[int]],
        overlay: dict[int, EventState],
    ) -> list[EventState]:
        """Live, unsplit events of `family` overlapping `window` (first, last) and linked to one
        of the place or actor ids `names`, as the candidate query returned them; `overlay` holds
        the current state of the events this transaction changed (or deleted)."""
        first, last = window
        places, actors = names
        self._cover(db, first, last, overlay)
        position = _POSITION[family]
        buckets = self._buckets
        # id -> the index's order (bucket, day_start, day_end, id); the states are looked up
        # only for the ones returned (from `overlay` for the events it holds, else held)
        found: dict[int, tuple[int, int, int, int]] = {}
        for kind, ids in (("p", places), ("a", actors)):
            for entity_id in ids:
                for bucket, reach, entries in buckets.get((position, kind, entity_id), ()):
                    # The query's index range: day_start from first - (2**bucket - 1) to last.
                    start = bisect.bisect_left(entries, (first - reach,))
                    for day_start, day_end, event_id in itertools.islice(entries, start, None):
                        if day_start > last:
                            break
                        if day_end >= first and event_id not in overlay:
                            found[event_id] = (bucket, day_start, day_end, event_id)
        for state in overlay.values():
            if (
                FAMILY_OF.get(state.type) is family
                and is_candidate(state)
                and _in_window(state, first, last)
                and (not places.isdisjoint(state.places) or not actors.isdisjoint(state.actors))
            ):
                found[state.id] = state.order()
        if not found:
            return []
        held = self._held
        return [
            overlay[key[3]] if key[3] in overlay else held[key[3]]
            for key in sorted(found.values())[:MAX_CANDIDATES]
        ]

    def held(self, event_id: int) -> EventState | None:
        """The event's state as the index holds it (to change in a transaction, in place)."""
        return self._held.get(event_id)

    # --- coverage -------------------------------------------------------------------------
    def _cover(
        self, db: sqlite3.Connection, first: int, last: int, overlay: dict[int, EventState]
    ) -> None:
        gaps = self._gaps(first, last)
        if gaps:
            for gap_first, gap_last in gaps:
                self._load(db, gap_first, gap_last, overlay)
            self._covered = _merged(self._covered + gaps)

    def _gaps(self, first: int, last: int) -> list[tuple[int, int]]:
        gaps = []
        at = first
        covered = self._covered
        # from the last range starting at or before `first` (ranges are disjoint, ascending)
        for i in range(max(bisect.bisect_right(covered, (first, MAX_DAY)) - 1, 0), len(covered)):
            lo, hi = covered[i]
            if hi < at:
                continue
            if lo > last:
                break
            if lo > at:
                gaps.append((at, lo - 1))
            at = max(at, hi + 1)
            if at > last:
                return gaps
        if at <= last:
            gaps.append((at, last))
        return gaps

    def _load(
        self, db: sqlite3.Connection, first: int, last: int, overlay: dict[int, EventState]
    ) -> None:
        """Every live, unsplit event overlapping [first, last]. The ones this transaction
        changed are left to `overlay` (and to `commit`): the index keeps committed values."""
        for row in db.execute(_LOAD, {"dd_first": first, "dd_last": last}):
            event_id = row[0]
            if event_id in overlay or event_id in self._held:
                continue
            event_id, type_, day_start, day_end, span_bucket, title, edited = row[:7]
            state = EventState(
                event_id, type_, day_start, day_end, span_bucket, title, bool(edited)
            )
            state.actors, state.places, state.extras = _ids(row[7]), _ids(row[8]), bool(row[9])
            if is_candidate(state):
                self._add(state)

    # --- entries --------------------------------------------------------------------------
    def _add(self, state: EventState) -> None:
        """Index the event as it is now. Where it was filed is kept with it (`indexed`): a
        transaction may change the state in place (it is then in that transaction's overlay,
        and a transaction that does not commit clears the index)."""
        self._held[state.id] = state
        family = FAMILY_OF.get(state.type)
        if family is None or state.span_bucket is None:
            state.indexed = None
            return
        assert state.day_start is not None and state.day_end is not None
        position = _POSITION[family]
        entry = (state.day_start, state.day_end, state.id)
        keys = []
        for kind, entity_id in _names(state):
            key = (position, kind, entity_id, state.span_bucket)
            entries = self._entries.get(key)
            if entries is None:
                entries = self._entries[key] = []
                buckets = self._buckets.setdefault(key[:3], [])
                buckets.insert(
                    bisect.bisect_left(buckets, (state.span_bucket,)),
                    (state.span_bucket, _reach(state.span_bucket), entries),
                )
            bisect.insort(entries, entry)
            keys.append(key)
        state.indexed = (tuple(keys), entry)

    def _drop(self, event_id: int) -> None:
        state = self._held.pop(event_id, None)
        if state is None or state.indexed is None:
            return
        keys, entry = state.indexed
        state.indexed = None
        for key in keys:
            entries = self._entries[key]
            at = bisect.bisect_left(entries, entry)
            assert entries[at] == entry
            del entries[at]


def _reach(bucket: int) -> int:
    """How many days before a window's first day an event of the bucket may start and still
    meet the window (2**bucket - 1; the last bucket is unbounded)."""
    return (1 << bucket) - 1 if bucket < MAX_BUCKET else MAX_DAY


def _names(state: EventState) -> list[tuple[str, int]]:
    return [("p", i) for i in state.places] + [("a", i) for i in state.actors]


def _in_window(state: EventState, first: int, last: int) -> bool:
    """The candidate query's overlap condition (see filters.overlap_template)."""
    assert state.day_start is not None and state.day_end is not None
    assert state.span_bucket is not None
    if state.day_end < first or state.day_start > last:
        return False
    return (
        state.span_bucket == MAX_BUCKET or state.day_start >= first - (1 << state.span_bucket) + 1
    )


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
