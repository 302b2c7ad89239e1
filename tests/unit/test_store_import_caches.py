"""The import's writer keeps what it learnt between transactions (the candidate index, matching
digests, the fold of busy events' sources, article labels). A store that imported and was
edited for a while must hold exactly what fresh stores doing the same would, and the in-memory
candidates must be exactly what the candidate query returns."""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.unit.store_builders import a_week, an_article, an_event, extraction
from timeline_app.domain.model import (
    TYPE_FAMILY,
    DateSpan,
    EventFilter,
    EventType,
    ExtractedEvent,
    RawArticle,
)
from timeline_app.store import dedup, writing
from timeline_app.store.filters import overlap_template
from timeline_app.store.repositories import Store, StoreError

DAY = date(2025, 11, 10)
PLACES = ["Kharkiv", "Odesa", "Voronezh", "Voronezh Oblast", "Belgorod", "Kursk"]
ACTORS = [(), ("Ukraine",), ("Russia",), ("Ukraine", "Russia"), ("European Union",)]
SAYING = {
    EventType.MISSILE_STRIKE: "Missiles struck {place} on {day}, officials in {place} said.",
    EventType.DRONE_ATTACK: "Drones attacked {place} overnight on {day}, the governor said.",
    EventType.SHELLING: "Forces shelled positions near {place} on {day}, the military said.",
    EventType.ATTACK: "An attack hit {place} on {day}, residents of {place} reported.",
    EventType.MEETING: "Envoys met in {place} on {day} to discuss a ceasefire.",
}

Opener = Callable[[], contextlib.AbstractContextManager[Store]]


def an_article_about(rng: random.Random, n: int, text_prefix: str = "") -> tuple[RawArticle, list]:
    """An article reporting a few happenings of a small world (so reports meet often)."""
    picks = []
    for _ in range(rng.randint(2, 5)):
        kind = rng.choice(list(SAYING))
        place = rng.choice(PLACES)
        day = DAY + timedelta(days=rng.randint(0, 6))
        span = None if rng.random() < 0.1 else (
            a_week(day) if rng.random() < 0.15 else DateSpan.day(day)
        )  # fmt: skip
        picks.append((kind, place, span, rng.choice(ACTORS)))
    sentences = [
        SAYING[kind].format(place=place, day=f"{span.start:%-d %B}" if span else "recently")
        for kind, place, span, _actors in picks
    ]
    text = text_prefix + f"Report {n}.\n" + "\n".join(sentences) + "\n"
    article = an_article(text, path=f"a{n}.txt", site=f"site{n % 7}", title=f"Story {n}")
    return article, [(sentence, *pick) for sentence, pick in zip(sentences, picks, strict=True)]


def events_of(article: RawArticle, picks: list) -> tuple[ExtractedEvent, ...]:
    return tuple(
        an_event(
            article.text,
            sentence,
            type=kind,
            day=None,
            span=span,
            places=(place,),
            actors=actors,
            title=f"{kind} in {place}",
        )
        for sentence, kind, place, span, actors in picks
    )


def save(store: Store, article: RawArticle, picks: list) -> None:
    store.save_article(article, extraction(*events_of(article, picks)))


def event_key(event) -> tuple:  # noqa: ANN001 - a StoredEvent
    """An id-free order of events, to pick the same ones in every run."""
    return (str(event.type), event.title, repr(event.span), [s.sentence for s in event.sources])


def by_content(store: Store) -> list[int]:
    return [e.id for e in sorted(store.events(), key=event_key)]


def scenario(importer: Opener, editor: Opener) -> None:
    """Imports, an analyst's edits, re-imports of changed articles and more imports."""
    rng = random.Random(5)
    articles = [an_article_about(rng, n) for n in range(60)]
    for article, picks in articles[:30]:
        with importer() as store:
            save(store, article, picks)
    with editor() as store:
        ids = by_content(store)
        store.update_event(ids[0], title="Checked")
        store.update_event(ids[3], places=["Kursk"], edited=False)  # a machine event still
        store.delete_event(ids[5])
        store.tag_events([ids[7]], "seen")
        store.set_edited({ids[7]: False})  # a machine event with a tag
        store.update_event(ids[9], note="ask the source", edited=False)
        store.merge_events([ids[11], ids[13]])
        multi = [e.id for e in sorted(store.events(), key=event_key) if e.source_count > 1]
        store.split_event(multi[len(multi) // 2])
        store.create_event(1, 0, 8, EventType.PROTEST, DateSpan.day(DAY), "by hand")
    for article, picks in articles[30:45]:
        with importer() as store:
            save(store, article, picks)
    for n in range(5, 12):  # re-imported with changed text: the same reports moved, one gone
        article, picks = an_article_about(random.Random(n), n, text_prefix="Updated.\n")
        with importer() as store:
            save(store, article, picks[:-1] if n % 2 else picks)
    with editor() as store:
        store.set_published(3, date(2025, 11, 20), extraction())
        store.update_event(by_content(store)[2], span=DateSpan.day(DAY + timedelta(days=2)))
    for article, picks in articles[45:]:
        with importer() as store:
            save(store, article, picks)


def dump(path: Path) -> dict[str, list]:
    """Every table the store writes, but the clock's columns."""
    con = sqlite3.connect(path)
    out = {}
    for table, columns in {
        "event": "*",
        "event_source": "*",
        "event_actor": "*",
        "event_place": "*",
        "event_tag": "*",
        "day_summary": "*",
        "actor": "*",
        "place": "*",
        "tag": "*",
        "article": "id, source_path, title, site, text, content_hash, published",
        "event_fts": "rowid, title, body",
    }.items():
        rows = con.execute(f"SELECT {columns} FROM {table}").fetchall()
        if table == "event":
            names = [d[0] for d in con.execute("SELECT * FROM event LIMIT 0").description]
            at = names.index("created_at")
            rows = [r[:at] + r[at + 1 :] for r in rows]
        out[table] = sorted(rows, key=repr)
    con.close()
    return out


def fresh_each_time(path: Path) -> Opener:
    """A new Store (nothing remembered) for every write."""
    return lambda: Store(path)


@contextlib.contextmanager
def kept_open(store: Store) -> Iterator[Store]:
    yield store


# The candidate query the index stands for (the one the writer ran for each report).
REFERENCE = (
    "SELECT id FROM event WHERE " + overlap_template("dd").text + " AND type IN "
    "(SELECT value FROM json_each(:types)) AND deleted = 0 AND user_split = 0 AND ("
    "EXISTS (SELECT 1 FROM event_place l WHERE l.event_id = event.id "
    "AND l.place_id IN (SELECT value FROM json_each(:places))) OR "
    "EXISTS (SELECT 1 FROM event_actor l WHERE l.event_id = event.id "
    "AND l.actor_id IN (SELECT value FROM json_each(:actors)))) "
    "ORDER BY span_bucket, day_start, day_end, id LIMIT 200"
)


@pytest.fixture
def checked_candidates(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every candidate list the writer uses is compared with the candidate query's."""
    compared = []
    original = writing.WriteContext.candidates

    def candidates(self, family, window, names):  # noqa: ANN001, ANN202
        found = original(self, family, window, names)
        types = sorted(str(t) for t in EventType if TYPE_FAMILY[t] == family)
        params = {
            "dd_first": window[0],
            "dd_last": window[1],
            "types": json.dumps(types),
            "places": json.dumps(sorted(names[0])),
            "actors": json.dumps(sorted(names[1])),
        }
        expected = [r[0] for r in self.db.execute(REFERENCE, params)]
        assert [s.id for s in found] == expected
        for state in found:  # and each as its row is
            row = self.db.execute(
                "SELECT type, day_start, day_end, span_bucket, title, edited FROM event "
                "WHERE id = ?",
                (state.id,),
            ).fetchone()
            held = (state.type, state.day_start, state.day_end, state.span_bucket, state.title)
            assert (*held, state.edited) == (*row[:5], bool(row[5]))
        compared.append(len(found))
        return found

    monkeypatch.setattr(writing.WriteContext, "candidates", candidates)
    return compared


def test_a_long_lived_store_writes_what_fresh_stores_write(
    tmp_path: Path, checked_candidates: list[int]
) -> None:
    # given the same imports and edits through fresh stores, and through one store kept open
    scenario(fresh_each_time(tmp_path / "fresh.sqlite"), fresh_each_time(tmp_path / "fresh.sqlite"))
    with Store(tmp_path / "kept.sqlite") as store:
        scenario(lambda: kept_open(store), lambda: kept_open(store))
        assert store.summary_is_consistent()
    # then both hold exactly the same, search documents included
    assert dump(tmp_path / "kept.sqlite") == dump(tmp_path / "fresh.sqlite")
    assert sum(checked_candidates) > 100  # and the candidates were checked on real work


def test_an_importer_next_to_an_editing_window_writes_what_fresh_stores_write(
    tmp_path: Path, checked_candidates: list[int]
) -> None:
    # given a window (another Store on the file, as another process) editing while one imports
    scenario(fresh_each_time(tmp_path / "fresh.sqlite"), fresh_each_time(tmp_path / "fresh.sqlite"))
    path = tmp_path / "shared.sqlite"
    with Store(path) as importer, Store(path) as window:
        scenario(lambda: kept_open(importer), lambda: kept_open(window))
    assert dump(path) == dump(tmp_path / "fresh.sqlite")


def test_an_import_that_failed_half_way_leaves_nothing_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checked_candidates: list[int]
) -> None:
    rng = random.Random(8)
    articles = [an_article_about(rng, n) for n in range(40)]
    with Store(tmp_path / "kept.sqlite") as store:
        # given an import that fails after it merged reports into stored events (which the
        # writer changes in memory as it goes)
        original = dedup.refresh_merged
        merged: list[int] = []

        def failing(ctx, state, added):  # noqa: ANN001, ANN202
            original(ctx, state, added)
            merged.append(state.id)
            if len(merged) == 2:
                raise RuntimeError("disk went away")

        monkeypatch.setattr(dedup, "refresh_merged", failing)
        failures = 0
        for article, picks in articles:
            try:
                save(store, article, picks)
            except RuntimeError:
                failures += 1
                monkeypatch.setattr(dedup, "refresh_merged", original)
                save(store, article, picks)  # when it is imported again
        assert failures == 1
    # then the store holds what a fresh store holds
    for article, picks in articles:
        with Store(tmp_path / "fresh.sqlite") as fresh:
            save(fresh, article, picks)
    assert dump(tmp_path / "kept.sqlite") == dump(tmp_path / "fresh.sqlite")


def test_an_import_that_matches_nothing_still_notices_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    strike = "Ukraine struck Voronezh with ATACMS missiles on Tuesday, the ministry said."
    with Store(path) as importer, Store(path) as window:
        # given an event the importer remembers
        text = f"A report.\n{strike}\n"
        importer.save_article(an_article(text, path="a.txt"), extraction(an_event(text, strike)))
        other = "Ukraine struck Belgorod with drones on Tuesday, the governor said."
        text = f"B report.\n{other}\n"
        importer.save_article(
            an_article(text, path="b.txt"), extraction(an_event(text, other, places=("Belgorod",)))
        )
        [voronezh] = [e for e in importer.events() if e.places[0].name == "Voronezh"]
        # when another window moves it to Kursk, and the importer next stores an article with
        # nothing to match (no dated report)
        window.update_event(voronezh.id, places=["Kursk"], edited=False)
        text = "C report.\nSomething happened.\n"
        importer.save_article(
            an_article(text, path="c.txt"),
            extraction(an_event(text, "Something happened.", day=None)),
        )
        # then a report on Kursk still joins it
        kursk = "Ukraine struck Kursk with missiles on Tuesday, the ministry said."
        text = f"D report.\n{kursk}\n"
        importer.save_article(
            an_article(text, path="d.txt"), extraction(an_event(text, kursk, places=("Kursk",)))
        )
        assert importer.get_event(voronezh.id).source_count == 2


def test_a_reworded_sentence_of_an_edited_event_is_found_by_search(tmp_path: Path) -> None:
    before = "Russian drones struck the Kharkiv power plant on Tuesday, the mayor said."
    after = "Russian drones struck the Kharkiv power station on Tuesday, the mayor said."
    with Store(tmp_path / "s.sqlite") as store:
        text = f"Report.\n{before}\n"
        report = store.save_article(
            an_article(text), extraction(an_event(text, before, places=("Kharkiv",)))
        )
        [event] = store.events_for_article(report.article_id)
        store.update_event(event.id, title="Kharkiv power plant hit")  # the analyst's now
        # when the article is re-imported with the sentence reworded
        text = f"Report, updated.\n{after}\n"
        store.save_article(an_article(text), extraction(an_event(text, after, places=("Kharkiv",))))
        # then the event keeps the analyst's title, reads the new sentence, and search agrees
        kept = store.get_event(event.id)
        assert kept.title == "Kharkiv power plant hit" and kept.sources[0].sentence == after
        assert [e.id for e in store.events(EventFilter(text="station"))] == [event.id]


def test_a_store_is_an_sqlite_file() -> None:
    with pytest.raises(StoreError, match="not an SQLite store"):
        Store("postgresql://analyst@localhost/timeline")


def test_an_edited_event_found_again_reworded_then_reported_again(
    tmp_path: Path, checked_candidates: list[int]
) -> None:
    from tests.unit.store_builders import STRIKE_A, STRIKE_B, STRIKE_C

    reworded = STRIKE_A.replace("the Russian defence ministry", "Russia's defence ministry")

    def steps(opener: Opener) -> None:
        def report(sentence: str, path: str, day: date) -> None:
            text = f"{path} report.\n{sentence}\n"
            with opener() as store:
                event = an_event(text, sentence, day=day)
                store.save_article(an_article(text, path=path, site=path), extraction(event))

        report(STRIKE_A, "a.txt", date(2025, 11, 18))
        report(STRIKE_B, "b.txt", date(2025, 11, 18))  # one event, two sources
        with opener() as store:
            [event] = store.events()
            store.update_event(event.id, title="Voronezh strike")  # the analyst's now
        report(STRIKE_C, "c.txt", date(2025, 11, 18))
        report(reworded, "a.txt", date(2025, 11, 17))  # its sentence found again, a day off
        report(STRIKE_B.replace("officials", "the governor"), "d.txt", date(2025, 11, 18))

    steps(fresh_each_time(tmp_path / "fresh.sqlite"))
    with Store(tmp_path / "kept.sqlite") as store:
        steps(lambda: kept_open(store))
        [event] = store.events()
        assert event.conflicts.startswith("sources disagree on date")
    assert dump(tmp_path / "kept.sqlite") == dump(tmp_path / "fresh.sqlite")
