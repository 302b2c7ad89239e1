"""Reading the store: filters, the indexed overlap query behind the canvas, per-day counts,
extents and full-text search (with clear errors for malformed queries)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.store_builders import MEETING, STRIKE_A, an_article, an_event, extraction
from timeline_app.domain.model import (
    DateSpan,
    EventFilter,
    EventStatus,
    EventType,
    Precision,
)
from timeline_app.store.repositories import QueryError, Store

TEXT = f"Intro.\n{STRIKE_A}\n{MEETING}\n"
DRONES = "Russian drones attacked Kharkiv overnight, damaging a school."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """Three articles: a strike and a meeting, a drone attack (claimed), a month-long report."""
    path = tmp_path_factory.mktemp("query") / "query.sqlite"
    s = Store(path)
    s.save_article(
        an_article(TEXT, path="a.txt", site="kyivindependent.com", title="Strike on Voronezh"),
        extraction(
            an_event(TEXT, STRIKE_A),
            an_event(
                TEXT,
                MEETING,
                type=EventType.MEETING,
                places=("Miami",),
                actors=("Steve Witkoff", "Rustem Umerov"),
            ),
        ),
    )
    drones = f"Kharkiv.\n{DRONES}\n"
    s.save_article(
        an_article(drones, path="b.txt", site="reuters.com", title="Drones over Kharkiv"),
        extraction(
            an_event(
                drones,
                DRONES,
                type=EventType.DRONE_ATTACK,
                places=("Kharkiv",),
                actors=("Russia",),
                day=date(2025, 11, 10),
                status=EventStatus.CLAIMED,
            )
        ),
    )
    report = "The monthly report covered October."
    month = DateSpan(date(2025, 10, 1), date(2025, 10, 31), Precision.MONTH)
    s.save_article(
        an_article(report, path="c.txt", site="un.org", title="UN monthly"),
        extraction(
            an_event(
                report,
                report,
                type=EventType.REPORT,
                span=month,
                places=(),
                actors=("United Nations",),
            )
        ),
    )
    yield s
    s.close()


def titles(events) -> set[str]:  # noqa: ANN001
    return {e.type.value for e in events}


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(), {"missile_strike", "meeting", "drone_attack", "report"}),
        (EventFilter(types=frozenset({EventType.MEETING})), {"meeting"}),
        (EventFilter(statuses=frozenset({EventStatus.CLAIMED})), {"drone_attack"}),
        (EventFilter(actors=frozenset({"Steve Witkoff"})), {"meeting"}),
        (
            EventFilter(places=frozenset({"Kharkiv", "Voronezh"})),
            {"drone_attack", "missile_strike"},
        ),
        (EventFilter(sites=frozenset({"reuters.com"})), {"drone_attack"}),
        (EventFilter(date_from=date(2025, 11, 15)), {"missile_strike", "meeting"}),
        (EventFilter(date_to=date(2025, 10, 15)), {"report"}),
        (
            EventFilter(date_from=date(2025, 10, 20), date_to=date(2025, 11, 12)),
            {"report", "drone_attack"},
        ),
        (EventFilter(text="voronezh"), {"missile_strike"}),
        (EventFilter(text="witk"), {"meeting"}),  # prefix: search as you type
        (EventFilter(text='"peace plan"'), {"meeting"}),
        (EventFilter(text="drones OR ATACMS"), {"drone_attack", "missile_strike"}),
        (EventFilter(text="Witkoff Kharkiv"), set()),
        (EventFilter(text="United Nations"), {"report"}),  # actors are searchable too
    ],
    ids=[
        "all",
        "type",
        "status",
        "actor",
        "places-any",
        "site",
        "from",
        "to",
        "range",
        "text",
        "prefix",
        "phrase",
        "or",
        "and-nothing",
        "actor-text",
    ],
)
def test_every_filter_field_is_honoured(store: Store, flt: EventFilter, expected: set[str]) -> None:
    assert titles(store.events(flt)) == expected
    assert store.count_events(flt) == len(expected)


def test_article_and_starred_filters(store: Store) -> None:
    first = store.articles()[0]
    assert titles(store.events(EventFilter(article_id=first.id))) == {"missile_strike", "meeting"}
    assert store.events(EventFilter(starred_only=True)) == []


@pytest.mark.parametrize(
    "query", ['"unclosed', "(drones", "drones)", "drones AND", "NEAR(", "AND drones"]
)
def test_a_malformed_search_is_a_clear_query_error(store: Store, query: str) -> None:
    with pytest.raises(QueryError, match="^Search: "):
        store.events(EventFilter(text=query))


def test_articles_can_be_searched_by_their_text(store: Store) -> None:
    assert [a.title for a in store.articles(text="monthly")] == ["UN monthly"]
    assert [a.event_count for a in store.articles()] == [2, 1, 1]


def test_event_marks_are_the_events_overlapping_the_range(store: Store) -> None:
    nov = (date(2025, 11, 1).toordinal(), date(2025, 11, 30).toordinal())
    assert titles(store.event_marks(*nov)) == {"missile_strike", "meeting", "drone_attack"}
    oct31 = date(2025, 10, 31).toordinal()
    [mark] = store.event_marks(oct31, oct31)
    assert mark.type is EventType.REPORT and mark.precision is Precision.MONTH
    assert (mark.day_start, mark.day_end) == (date(2025, 10, 1).toordinal(), oct31)
    assert len(store.event_marks(*nov, limit=2)) == 2
    flt = EventFilter(types=frozenset({EventType.DRONE_ATTACK}))
    assert titles(store.event_marks(*nov, flt)) == {"drone_attack"}
    # a date filter narrows the visible range further (two overlap conditions in one query)
    dated = EventFilter(date_from=date(2025, 11, 15), date_to=date(2025, 12, 31))
    assert titles(store.event_marks(*nov, dated)) == {"missile_strike", "meeting"}


def test_count_articles_counts_the_articles_behind_the_filtered_events(store: Store) -> None:
    assert store.count_articles(EventFilter()) == 3
    assert store.count_articles(EventFilter(types=frozenset({EventType.MEETING}))) == 1


def test_day_counts_come_from_the_summary_and_match_a_group_by(store: Store) -> None:
    counts = store.day_counts(0, 10**7)
    assert {(c.day, c.type) for c in counts} == {
        (date(2025, 11, 18).toordinal(), EventType.MISSILE_STRIKE),
        (date(2025, 11, 18).toordinal(), EventType.MEETING),
        (date(2025, 11, 10).toordinal(), EventType.DRONE_ATTACK),
        (date(2025, 10, 1).toordinal(), EventType.REPORT),
    }
    # a filter the summary cannot answer falls back to a GROUP BY with the same shape
    by_place = store.day_counts(0, 10**7, EventFilter(places=frozenset({"Kharkiv"})))
    assert [(c.type, c.count) for c in by_place] == [(EventType.DRONE_ATTACK, 1)]
    by_type = store.day_counts(0, 10**7, EventFilter(types=frozenset({EventType.REPORT})))
    assert [c.type for c in by_type] == [EventType.REPORT]
    windowed = store.day_counts(0, 10**7, EventFilter(date_from=date(2025, 11, 11)))
    assert {c.type for c in windowed} == {EventType.MISSILE_STRIKE, EventType.MEETING}


def test_extent_spans_every_dated_event(store: Store) -> None:
    assert store.extent() == (date(2025, 10, 1).toordinal(), date(2025, 11, 18).toordinal())
    flt = EventFilter(types=frozenset({EventType.DRONE_ATTACK}))
    day = date(2025, 11, 10).toordinal()
    assert store.extent(flt) == (day, day)
    assert store.extent(EventFilter(types=frozenset({EventType.PROTEST}))) is None


# --- the bucketed overlap query against brute force, on spans from a day to a century ---------
spans = st.tuples(
    st.integers(min_value=0, max_value=4000),
    st.sampled_from([0, 0, 1, 6, 30, 91, 364, 3652, 36524, 2_000_000]),
)


@settings(max_examples=15, deadline=None)
@given(
    events=st.lists(spans, min_size=1, max_size=12),
    window=st.tuples(
        st.integers(min_value=-100, max_value=4100), st.integers(min_value=0, max_value=400)
    ),
)
def test_the_overlap_query_finds_exactly_the_overlapping_events(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[tuple[int, int]],
    window: tuple[int, int],
) -> None:
    base = date(1900, 1, 1)
    store = Store(tmp_path_factory.mktemp("overlap") / "o.sqlite")
    text = "Something happened."
    for i, (offset, length) in enumerate(events):
        start = base + timedelta(days=offset)
        span = DateSpan(start, start + timedelta(days=length), Precision.DAY)
        store.save_article(
            an_article(f"{text} {i}", path=f"{i}.txt"),
            extraction(an_event(f"{text} {i}", text, span=span, places=(), actors=())),
        )
    first = base.toordinal() + window[0]
    last = first + window[1]
    expected = {
        i
        for i, (offset, length) in enumerate(events)
        if base.toordinal() + offset <= last and base.toordinal() + offset + length >= first
    }
    by_id = {e.id: i for i, e in enumerate(sorted(store.events(), key=lambda e: e.id))}
    assert {by_id[m.id] for m in store.event_marks(first, last)} == expected
    store.close()
