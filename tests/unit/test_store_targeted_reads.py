"""The store's reads behind targeted refreshes: events by id, filter membership, paging, the
"edited" flag an undo puts back, and per-day counts that stay right across stars and tags."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.unit.store_builders import MEETING, STRIKE_A, an_article, an_event, extraction
from timeline_app.domain.model import DateSpan, EventFilter, EventType
from timeline_app.store.repositories import Store

TEXT = f"Intro.\n{STRIKE_A}\n{MEETING}\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """One article: a strike (18 Nov) and a meeting (16 Nov) with two actors and a place."""
    s = Store(tmp_path / "t.sqlite")
    s.save_article(
        an_article(TEXT),
        extraction(
            an_event(TEXT, STRIKE_A),
            an_event(
                TEXT,
                MEETING,
                type=EventType.MEETING,
                day=date(2025, 11, 16),
                places=("Miami",),
                actors=("Steve Witkoff", "Rustem Umerov"),
            ),
        ),
    )
    return s


def by_title(store: Store, words: str) -> int:
    return next(e.id for e in store.events() if words in e.title)


def test_events_by_ids_equal_the_full_read(store: Store) -> None:
    # given the store's events read the usual way
    every = store.events()
    # when the same events are asked for by id (and one id that does not exist)
    found = store.events_by_ids([e.id for e in reversed(every)] + [999_999])
    # then they are the same complete events, provenance included, in date order
    assert found == every
    assert all(e.sources and e.sources[0].sentence for e in found)


def test_get_event_reads_actors_places_tags_and_sources(store: Store) -> None:
    meeting_id = by_title(store, "Witkoff")
    store.tag_events([meeting_id], "peace talks")
    event = store.get_event(meeting_id)
    assert {a.name for a in event.actors} == {"Steve Witkoff", "Rustem Umerov"}
    assert [p.name for p in event.places] == ["Miami"]
    assert event.tags == ("peace talks",)
    assert event.source_count == 1 and event.sources[0].article_title == "An article"


def test_events_page_through_with_offset(store: Store) -> None:
    every = store.events()
    assert store.events(limit=1) + store.events(limit=1, offset=1) == every
    assert store.events(limit=5, offset=2) == []


def test_matching_ids_says_which_events_pass_a_filter(store: Store) -> None:
    strike, meeting = by_title(store, "Voronezh"), by_title(store, "Witkoff")
    meetings = EventFilter(types=frozenset({EventType.MEETING}))
    assert store.matching_ids(meetings, [strike, meeting]) == {meeting}
    assert store.matching_ids(None, [strike, meeting, 999_999]) == {strike, meeting}


def test_undo_can_put_back_the_edited_flag(store: Store) -> None:
    # given a machine event the analyst starred (which marks it edited)
    strike = by_title(store, "Voronezh")
    assert store.update_event(strike, starred=True).edited
    # when the star is undone with the flag the event had before
    after = store.update_event(strike, starred=False, edited=False)
    # then it is a machine event again
    assert not after.edited and not after.starred
    store.tag_events([strike], "check")
    store.untag_events([strike], "check")
    store.set_edited({strike: False})
    assert not store.get_event(strike).edited


def test_counts_stay_right_across_stars_and_tags(store: Store) -> None:
    # given counts read (and cached) for every event and for starred ones only
    first, last = date(2025, 11, 1).toordinal(), date(2025, 11, 30).toordinal()
    starred = EventFilter(starred_only=True)
    assert sum(c.count for c in store.day_counts(first, last)) == 2
    assert store.day_counts(first, last, starred) == []
    # when an event is starred and tagged
    strike = by_title(store, "Voronezh")
    store.update_event(strike, starred=True)
    store.tag_events([strike], "verified")
    # then the counts of all events are unchanged and the starred-only counts see the star
    assert sum(c.count for c in store.day_counts(first, last)) == 2
    assert [c.count for c in store.day_counts(first, last, starred)] == [1]
    # and a date change still moves the counts
    store.update_event(strike, span=DateSpan.day(date(2025, 11, 2)))
    days = {c.day for c in store.day_counts(first, last)}
    assert date(2025, 11, 2).toordinal() in days
    assert store.summary_is_consistent()


def test_picker_names_are_those_of_live_events(store: Store) -> None:
    # given the meeting (the only event in Miami, with Witkoff) tagged, then deleted
    meeting = by_title(store, "Witkoff")
    store.tag_events([meeting], "talks")
    assert "Miami" in store.all_places() and "talks" in store.all_tags()
    store.delete_event(meeting)
    # then its names leave the pickers; the strike's stay
    assert store.all_places() == ["Voronezh"]
    assert store.all_actors() == ["Ukraine"]
    assert store.all_tags() == []
