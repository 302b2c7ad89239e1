"""The per-day summary stays exactly a GROUP BY over the events through every kind of write,
and the synthetic stores the benchmarks use are consistent too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.unit.store_builders import (
    MEETING,
    STRIKE_A,
    STRIKE_B,
    an_article,
    an_event,
    extraction,
)
from timeline_app.domain.model import DateSpan, EventFilter, EventType, Precision
from timeline_app.store import edits
from timeline_app.store.repositories import Store
from timeline_app.store.synthetic import generate_store

TEXT = f"Intro.\n{STRIKE_A}\n{MEETING}\n"
OTHER = f"Other outlet.\n{STRIKE_B}\n"


def seeded(store: Store) -> None:
    store.save_article(
        an_article(TEXT, path="a.txt", site="A"),
        extraction(
            an_event(TEXT, STRIKE_A),
            an_event(TEXT, MEETING, type=EventType.MEETING, places=("Miami",)),
        ),
    )
    store.save_article(
        an_article(OTHER, path="b.txt", site="B"),
        extraction(an_event(OTHER, STRIKE_B, day=date(2025, 11, 17))),
    )


def first(store: Store, type_: EventType) -> int:
    return next(e.id for e in store.events(EventFilter(include_deleted=True)) if e.type is type_)


def move_date(store: Store) -> None:
    store.update_event(first(store, EventType.MEETING), span=DateSpan.day(date(2025, 12, 1)))


def change_type(store: Store) -> None:
    store.update_event(first(store, EventType.MEETING), type=EventType.VISIT)


def make_undated(store: Store) -> None:
    store.update_event(first(store, EventType.MEETING), clear_span=True)


def delete(store: Store) -> None:
    store.delete_event(first(store, EventType.MEETING))


def delete_and_restore(store: Store) -> None:
    store.delete_event(first(store, EventType.MEETING))
    store.restore_event(first(store, EventType.MEETING))


def merge(store: Store) -> None:
    store.merge_events([first(store, EventType.MEETING), first(store, EventType.MISSILE_STRIKE)])


def split(store: Store) -> None:
    store.split_event(first(store, EventType.MISSILE_STRIKE))


def reimport_changed(store: Store) -> None:
    changed = f"Changed.\n{STRIKE_A}\n"
    store.save_article(
        an_article(changed, path="a.txt", site="A"),
        extraction(an_event(changed, STRIKE_A, day=date(2025, 11, 16))),
    )


def set_published(store: Store) -> None:
    article = store.articles()[0].id
    month = DateSpan(date(2025, 9, 1), date(2025, 9, 30), Precision.MONTH)
    store.set_published(
        article, date(2025, 10, 2), extraction(an_event(TEXT, STRIKE_A, span=month))
    )


def create(store: Store) -> None:
    start = TEXT.index(MEETING)
    store.create_event(
        store.articles()[0].id,
        start,
        start + 10,
        EventType.PROTEST,
        DateSpan.day(date(2025, 11, 20)),
    )


def tag(store: Store) -> None:
    store.tag_events([e.id for e in store.events()], "x")


@pytest.mark.parametrize(
    "write",
    [
        move_date,
        change_type,
        make_undated,
        delete,
        delete_and_restore,
        merge,
        split,
        reimport_changed,
        set_published,
        create,
        tag,
    ],
)
def test_the_summary_matches_a_group_by_after_every_kind_of_write(
    tmp_path: Path, write: Callable[[Store], None]
) -> None:
    # given a store with a merged strike (two sources) and a meeting
    with Store(tmp_path / "s.sqlite") as store:
        seeded(store)
        assert store.summary_is_consistent()
        # when the analyst (or an import) writes
        write(store)
        # then the summary is still exactly the GROUP BY, and day_counts agrees with the events
        assert store.summary_is_consistent()
        total = sum(c.count for c in store.day_counts(0, 10**7))
        assert total == store.count_events(EventFilter(date_from=date(1, 1, 1)))


def test_a_rollback_leaves_the_summary_untouched(tmp_path: Path) -> None:
    with Store(tmp_path / "r.sqlite") as store:
        seeded(store)
        before = store.day_counts(0, 10**7)
        # when a write fails half-way, after the summary was already adjusted in its transaction
        with pytest.raises(RuntimeError), store._writing() as ctx:
            edits.set_deleted(ctx, edits.event_row(ctx, first(store, EventType.MEETING)), True)
            ctx.finish()
            raise RuntimeError("the power went")
        # then nothing of it remains
        assert store.day_counts(0, 10**7) == before and store.summary_is_consistent()


def test_a_synthetic_store_is_consistent_and_searchable(tmp_path: Path) -> None:
    path = tmp_path / "synthetic.sqlite"
    generate_store(path, 2_000, seed=3)
    with Store(path) as store:
        assert store.count_events() == 2_000
        assert store.summary_is_consistent()
        assert store.extent() is not None
        assert store.count_events(EventFilter(text="kharkiv")) > 0
        assert len(store.articles()) == 200
    generate_store(path, 500, seed=3)  # replaces the file
    with Store(path) as store:
        assert store.count_events() == 500


def test_day_counts_are_binned_and_follow_writes_made_through_another_store(
    tmp_path: Path,
) -> None:
    # given two windows on one store, one of which has already drawn the counts
    path = tmp_path / "two.sqlite"
    with Store(path) as window, Store(path) as other:
        seeded(window)
        before = window.day_counts(0, 10**7)
        assert sum(c.count for c in before) == 2
        weekly = window.day_counts(0, 10**7, bin_days=7)
        assert sum(c.count for c in weekly) == 2
        assert all(c.day % 7 == 0 for c in weekly)
        # when the other window deletes an event
        other.delete_event(first(other, EventType.MEETING))
        # then the first sees it at once (its cache follows the store's generation)
        assert sum(c.count for c in window.day_counts(0, 10**7)) == 1
        assert sum(c.count for c in window.day_counts(0, 10**7, bin_days=7)) == 1
