"""The gazetteer's disk cache is only an optimisation: the same places with or without it, and a
missing, damaged, stale or unwritable cache never stops extraction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.extraction import place_cache, places
from timeline_app.extraction.places import find_places

SENTENCE = "Russian drones struck Kharkiv and Odessa overnight; officials met in Kiew on Monday."
EXPECTED = ["Kharkiv", "Odesa", "Kyiv"]


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cache folder, and a gazetteer that is built again for the test (and after it)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("TIMELINE_APP_CACHE_DIR", str(folder))
    places.gazetteer.cache_clear()
    yield folder
    places.gazetteer.cache_clear()


def found_names() -> list[str]:
    return [m.place.name for m in find_places(SENTENCE)]


def a_table() -> place_cache.Compact:
    return {"kyiv": 0, "kiev": 0}, [("Kyiv", "UA", "city", 50.45, 30.52, 2_797_553, False)]


def test_a_fresh_process_reads_the_cached_table_and_finds_the_same_places(cache_in: Path) -> None:
    # given a first process that built the table and left it in the cache
    built = found_names()
    [cached] = cache_in.glob("gazetteer-*.marshal")
    # when a new process (a cleared gazetteer) starts
    places.gazetteer.cache_clear()
    # then it finds the same places, from the cached file
    assert found_names() == built == EXPECTED
    assert list(cache_in.glob("gazetteer-*.marshal")) == [cached]


def test_the_cached_table_equals_the_one_built_in_memory(cache_in: Path) -> None:
    found_names()
    [cached] = cache_in.glob("gazetteer-*.marshal")
    assert place_cache._load(cached) == places._build_compact()


def test_an_unwritable_cache_folder_still_finds_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a cache folder that cannot be created (its parent is a file: a read-only home alike)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("TIMELINE_APP_CACHE_DIR", str(blocker / "cache"))
    places.gazetteer.cache_clear()
    try:
        # then extraction builds the table in memory and works as ever
        assert found_names() == EXPECTED
    finally:
        places.gazetteer.cache_clear()
    assert blocker.read_text() == "x"


def test_a_damaged_cache_file_is_rebuilt(cache_in: Path) -> None:
    cache_in.mkdir()
    place_cache.cache_path("k1").write_bytes(b"\x00garbage")
    table = place_cache.load_or_build("k1", a_table)
    assert table == a_table()
    assert place_cache._load(place_cache.cache_path("k1")) == a_table()


def test_a_new_key_replaces_the_stale_file(cache_in: Path) -> None:
    place_cache.load_or_build("old", a_table)
    place_cache.load_or_build("new", a_table)
    assert list(cache_in.glob("gazetteer-*.marshal")) == [place_cache.cache_path("new")]
    assert not list(cache_in.glob(".tmp-*"))  # written atomically, nothing left behind


def test_another_installs_file_is_left_alone_and_an_unnamed_one_goes(cache_in: Path) -> None:
    cache_in.mkdir()
    other = cache_in / "gazetteer-0123456789ab-somekey.marshal"  # a second venv's, say
    other.write_bytes(b"theirs")
    unnamed = cache_in / "gazetteer-ab6eb14fcc9aea4718a60973.marshal"  # an older version's
    unnamed.write_bytes(b"old")
    place_cache.load_or_build("new", a_table)
    assert other.read_bytes() == b"theirs"
    assert place_cache.cache_path("new").exists() and not unnamed.exists()


def test_the_key_changes_with_the_sources_and_the_package_version(tmp_path: Path) -> None:
    data = tmp_path / "places_extra.csv"
    data.write_text("name,country\nPokrovsk,UA\n")
    first = place_cache.cache_key([data], "3.0.2")
    assert place_cache.cache_key([data], "3.0.2") == first
    assert place_cache.cache_key([data], "3.1.0") != first
    data.write_text("name,country\nPokrovsk,UA\nMyrnohrad,UA\n")
    assert place_cache.cache_key([data], "3.0.2") != first


@pytest.mark.parametrize("words", ["Kiev", "Kyiv", "Odessa"])
def test_lookups_give_one_entry_object_per_place(cache_in: Path, words: str) -> None:
    table = places.gazetteer()
    key = places.fold(words)
    assert table.get(key) is table.get(key)  # made once, then shared
    assert table.get("no such place anywhere") is None
