"""The per-day, per-type event counts the canvas draws when a range holds too many events.

Every write records, for each event it touches, the (day, type) key before and after the change;
the net difference is applied to `day_summary` in the same transaction, so the table is always
exactly `SELECT day_start, type, count(*) FROM event WHERE NOT deleted GROUP BY 1, 2`.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from timeline_app.store.orm import DaySummaryRow, EventRow, table_of

Key = tuple[int, str]


def key_of(row: EventRow) -> Key | None:
    """The summary bucket an event counts in; None when it does not count (undated or deleted)."""
    if row.deleted or row.day_start is None:
        return None
    return (row.day_start, str(row.type))


class SummaryDelta:
    """Net changes to apply to `day_summary`: call `remove(row)` before a change, `add(row)` after."""

    def __init__(self) -> None:
        self.counts: Counter[Key] = Counter()

    def remove(self, row: EventRow) -> None:
        key = key_of(row)
        if key is not None:
            self.counts[key] -= 1

    def add(self, row: EventRow) -> None:
        key = key_of(row)
        if key is not None:
            self.counts[key] += 1

    def apply(self, session: Session) -> None:
        changes: list[dict[str, Any]] = [
            {"day": day, "type": type_, "count": change}
            for (day, type_), change in sorted(self.counts.items())
            if change
        ]
        self.counts.clear()
        if not changes:
            return
        dialect = session.get_bind().dialect.name
        if dialect in _UPSERT:
            _upsert(session, dialect, changes)
        else:
            _update_or_insert(session, changes)
        if any(c["count"] < 0 for c in changes):
            table = table_of(DaySummaryRow)
            session.execute(delete(table).where(table.c.count <= 0))


def _upsert(session: Session, dialect: str, changes: list[dict]) -> None:
    """One statement for all of a transaction's changes (SQLite and PostgreSQL upsert)."""
    session.connection().execute(_upsert_statement(dialect), changes)


@functools.cache
def _upsert_statement(dialect: str):  # noqa: ANN202 - a dialect's INSERT .. ON CONFLICT
    """Built once: constructing it costs more than running it (this runs once per write)."""
    table = table_of(DaySummaryRow)
    stmt: Any = _UPSERT[dialect](table)  # sqlite or postgresql insert: both have ON CONFLICT
    return stmt.on_conflict_do_update(
        index_elements=[table.c.day, table.c.type],
        set_={"count": table.c.count + stmt.excluded["count"]},
    )


def _update_or_insert(session: Session, changes: list[dict]) -> None:
    table = table_of(DaySummaryRow)
    for change in changes:
        where = and_(table.c.day == change["day"], table.c.type == change["type"])
        result = session.execute(
            update(table).where(where).values(count=table.c.count + change["count"])
        )
        if result.rowcount == 0:  # type: ignore[attr-defined]
            session.execute(insert(table).values(**change))


_UPSERT = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}


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
