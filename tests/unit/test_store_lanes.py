"""The canvas's lane read: actor names, place names or article sites for a list of event ids."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.store_builders import MEETING, STRIKE_A, an_article, an_event, extraction
from timeline_app.domain.model import EventType
from timeline_app.store import reads
from timeline_app.store.repositories import Store

TEXT = f"Intro.\n{STRIKE_A}\n{MEETING}\n"
LONE = "A blast was heard overnight."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A strike (Ukraine, Voronezh) and a meeting (two actors, Miami) on kyivindependent.com;
    an event with no actor nor place in an article without a site but with a URL."""
    s = Store(tmp_path_factory.mktemp("lanes") / "lanes.sqlite")
    s.save_article(
        an_article(TEXT, path="a.txt", site="kyivindependent.com"),
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
    lone = f"Night.\n{LONE}\n"
    article = an_article(lone, path="b.txt", site="")
    s.save_article(
        article.__class__(**{**_fields(article), "url": "https://www.reuters.com/world/x"}),
        extraction(an_event(lone, LONE, type=EventType.EXPLOSION, places=(), actors=())),
    )
    yield s
    s.close()


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]


def ids_by_type(store: Store) -> dict[EventType, int]:
    return {e.type: e.id for e in store.events()}


def test_actors_lists_every_actor_of_each_event(store: Store) -> None:
    ids = ids_by_type(store)
    keys = store.lane_keys(list(ids.values()), "actor")
    assert keys[ids[EventType.MISSILE_STRIKE]] == ["Ukraine"]
    assert keys[ids[EventType.MEETING]] == ["Rustem Umerov", "Steve Witkoff"]


def test_events_without_any_name_are_left_out(store: Store) -> None:
    ids = ids_by_type(store)
    assert ids[EventType.EXPLOSION] not in store.lane_keys(list(ids.values()), "place")
    assert ids[EventType.EXPLOSION] not in store.lane_keys(list(ids.values()), "actor")


def test_places(store: Store) -> None:
    ids = ids_by_type(store)
    keys = store.lane_keys([ids[EventType.MISSILE_STRIKE], ids[EventType.MEETING]], "place")
    assert keys == {ids[EventType.MISSILE_STRIKE]: ["Voronezh"], ids[EventType.MEETING]: ["Miami"]}


def test_sources_are_sites_falling_back_to_the_url_host(store: Store) -> None:
    ids = ids_by_type(store)
    keys = store.lane_keys(list(ids.values()), "source")
    assert keys[ids[EventType.MEETING]] == ["kyivindependent.com"]
    assert keys[ids[EventType.EXPLOSION]] == ["reuters.com"]


def test_unknown_ids_duplicates_and_an_empty_list(store: Store) -> None:
    strike = ids_by_type(store)[EventType.MISSILE_STRIKE]
    assert store.lane_keys([strike, strike, 999_999], "actor") == {strike: ["Ukraine"]}
    assert store.lane_keys([], "place") == {}


def test_more_ids_than_one_statement_takes(store: Store) -> None:
    strike = ids_by_type(store)[EventType.MISSILE_STRIKE]
    many = [strike, *range(10_000, 12_500)]
    assert store.lane_keys(many, "place") == {strike: ["Voronezh"]}


def test_the_portable_path_gives_the_same_answer(store: Store) -> None:
    ids = list(ids_by_type(store).values())
    with store._reading() as session:  # the non-SQLite branch, run on SQLite
        portable = reads.lane_keys(session, ids, "source", is_sqlite=False)
    assert portable == store.lane_keys(ids, "source")


def test_an_unknown_grouping_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="cannot group lanes by 'type'"):
        store.lane_keys([1], "type")


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    s = Store(tmp_path / "x.sqlite")
    s.close()
    with pytest.raises(Exception, match="closed"):
        s.lane_keys([1], "actor")
