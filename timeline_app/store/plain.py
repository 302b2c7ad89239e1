"""Plain rows the import path works on: an event's state and its sources as read through the
sqlite3 connection, keyed by id, instead of ORM objects.

The import writes an article or a few at a time, in many small transactions; building, tracking
and flushing ORM objects cost several times more than the SQL itself, so that path reads and
writes tuples with constant SQL strings. The edits (merge, split, corrections) stay on the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from timeline_app.store.derive import Summary

Key = tuple[int, str]  # a day_summary bucket: (day ordinal, event type)


@dataclass(slots=True)
class EventState:
    """What the import knows of one stored event while its transaction runs; it is kept equal to
    the event's row (every change the import makes to the row is made here too)."""

    id: int
    type: str
    day_start: int | None
    day_end: int | None
    span_bucket: int | None
    title: str
    edited: bool
    deleted: bool = False
    user_split: bool = False
    # Linked actor and place ids, ascending. Tuples of ints: Python's garbage collector stops
    # tracking them, and the candidate index holds thousands of states between transactions.
    actors: tuple[int, ...] = ()
    places: tuple[int, ...] = ()
    # The fold of its sources, when the import read them (None: read them from the store).
    summary: Summary | None = None
    # It may have a note or tags (which its search document holds): False only when known.
    extras: bool = True
    # Where the candidate index filed it: (its entry lists' keys, its entry), while it does.
    indexed: tuple | None = None

    def key(self) -> Key | None:
        """The summary bucket the event counts in (see `summary.key_of`)."""
        if self.deleted or self.day_start is None:
            return None
        return (self.day_start, self.type)

    def order(self) -> tuple[int, int, int, int]:
        """Where the candidate query's index (span_bucket, day_start, day_end) puts the event."""
        return (self.span_bucket or 0, self.day_start or 0, self.day_end or 0, self.id)


class SourceRow(NamedTuple):
    """An `event_source` row, columns in `SOURCE_COLUMNS` order (attribute names as the ORM's)."""

    id: int
    event_id: int
    article_id: int
    sentence: str
    sentence_start: int
    sentence_end: int
    time_text: str
    time_start: int | None
    time_end: int | None
    day_start: int | None
    day_end: int | None
    precision: str | None
    type: str
    status: str
    basis: str | None
    title: str
    explanation: str
    confidence: float
    trigger: str
    actors_json: str
    places_json: str


SOURCE_COLUMNS = ", ".join(SourceRow._fields)
# Whether an `event` row may have a note or tags (see `EventState.extras`).
EXTRAS = (
    "(event.note != '' OR EXISTS (SELECT 1 FROM event_tag WHERE event_tag.event_id = event.id))"
)
