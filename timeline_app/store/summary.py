"""The per-day, per-type event counts the canvas draws when a range holds too many events.

Every write records, for each event it touches, the (day, type) key before and after the change;
the net difference is applied to `day_summary` in the same transaction, so the table is always
exactly `SELECT day_start, type, count(*) FROM event WHERE NOT deleted GROUP BY 1, 2`.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from timeline_app.store.orm import DaySummaryRow, EventRow, table_of
from timeline_app.store.plain import Key

_UPSERT = (
    "INSERT INTO day_summary (day, type, count) VALUES (?, ?, ?) "
    "ON CONFLICT (day, type) DO UPDATE SET count = day_summary.count + excluded.count"
)
# Only where a count went down: every other row is above zero already.
_DROP_EMPTY = "DELETE FROM day_summary WHERE day = ? AND type = ? AND count <= 0"


def key_of(row: EventRow) -> Key | None:
    """The summary bucket an event counts in; None when it does not count (undated or deleted)."""
    if row.deleted or row.day_start is None:
        return None
    return (row.day_start, str(row.type))


def apply(db: sqlite3.Connection, counts: Counter[Key]) -> None:
    """Add a transaction's net changes per (day, type) to `day_summary`: one upsert."""
    changes = [(day, type_, change) for (day, type_), change in sorted(counts.items()) if change]
    if not changes:
        return
    db.executemany(_UPSERT, changes)
    fewer = [(day, type_) for day, type_, change in changes if change < 0]
    if fewer:
        db.executemany(_DROP_EMPTY, fewer)


def rebuild(session: Session) -> None:
    """Recompute the whole table from the events (after a bulk load or to repair)."""
    table = table_of(DaySummaryRow)
    session.execute(delete(table))
    grouped = (
        select(EventRow.day_start, EventRow.type, func.count())
        .where(EventRow.day_start.is_not(None), EventRow.deleted.is_(False))
        .group_by(EventRow.day_start, EventRow.type)
    )
    session.execute(insert(table).from_select(["day", "type", "count"], grouped))


def grouped_from_events(session: Session) -> dict[Key, int]:
    """What the summary should hold, by a GROUP BY over the events (for checks and tests)."""
    rows = session.execute(
        select(EventRow.day_start, EventRow.type, func.count())
        .where(EventRow.day_start.is_not(None), EventRow.deleted.is_(False))
        .group_by(EventRow.day_start, EventRow.type)
    )
    return {(d, t): c for d, t, c in rows if d is not None}


def stored(session: Session) -> dict[Key, int]:
    rows = session.execute(select(DaySummaryRow.day, DaySummaryRow.type, DaySummaryRow.count))
    return {(d, t): c for d, t, c in rows if c}
