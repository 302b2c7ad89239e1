"""One event per happening: the pure score, and the store attaching reports of the same happening
from other articles as sources, recording disagreements, never re-merging a user's split."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.unit.store_builders import (
    MEETING,
    STRIKE_A,
    STRIKE_B,
    STRIKE_C,
    a_week,
    an_article,
    an_event,
    extraction,
)
from timeline_app.domain.model import DateSpan, EventType
from timeline_app.domain.similarity import Digest, happening_score, same_happening, tokens
from timeline_app.store.repositories import Store

D18 = date(2025, 11, 18).toordinal()


def a_digest(
    type: EventType = EventType.MISSILE_STRIKE,
    days: tuple[int, int] = (D18, D18),
    places: tuple[str, ...] = ("Voronezh",),
    actors: tuple[str, ...] = ("Ukraine",),
    text: str = STRIKE_A,
) -> Digest:
    return Digest(type, days[0], days[1], frozenset(actors), frozenset(places), (tokens(text),))


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (a_digest(text=STRIKE_B), True),
        (a_digest(text=STRIKE_C, days=(D18 - 1, D18 - 1)), True),  # "overnight": a day apart
        (a_digest(type=EventType.ATTACK, text=STRIKE_C), True),  # generic vs specific strike
        (a_digest(places=("Voronezh Oblast",), text=STRIKE_B), True),  # region names the city
        (a_digest(days=(D18 - 3, D18 - 3), text=STRIKE_B), False),  # days apart
        (a_digest(places=("Belgorod",), actors=("Ukraine",), text=STRIKE_B), False),
        (a_digest(type=EventType.MEETING, text=STRIKE_B), False),  # another family
        (a_digest(places=(), actors=("Russia",), text=STRIKE_B), False),  # nothing shared
        (a_digest(days=(D18 - 6, D18), text=STRIKE_B), True),  # "this week" contains the day
    ],
    ids=[
        "reworded",
        "a-day-apart",
        "generic-type",
        "oblast",
        "days-apart",
        "other-town",
        "other-family",
        "nothing-shared",
        "week-contains-day",
    ],
)
def test_same_happening_score(other: Digest, same: bool) -> None:
    assert same_happening(a_digest(), other) is same
    assert same_happening(other, a_digest()) is same  # symmetric


def test_the_same_actor_doing_two_things_in_a_day_is_two_events() -> None:
    talks = a_digest(
        EventType.MEETING,
        places=(),
        actors=("Zelensky",),
        text="Zelensky met European leaders in Berlin to discuss air defence.",
    )
    speech = a_digest(
        EventType.STATEMENT,
        places=(),
        actors=("Zelensky",),
        text="Zelensky said the energy grid was under constant attack.",
    )
    assert happening_score(talks, speech) < 0.6


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "dedup.sqlite") as s:
        yield s


def import_report(store: Store, sentence: str, path: str, site: str, **kw) -> int:
    text = f"{site} report.\n{sentence}\n"
    report = store.save_article(
        an_article(text, path=path, site=site, title=f"{site} story"),
        extraction(an_event(text, sentence, **kw)),
    )
    return report.article_id


def test_two_articles_reporting_the_same_strike_make_one_event_with_two_sources(
    store: Store,
) -> None:
    a = import_report(store, STRIKE_A, "a.txt", "A", actors=("Ukraine", "Russia"))
    b = import_report(store, STRIKE_B, "b.txt", "B")
    [event] = store.events()
    assert event.source_count == 2
    assert {s.article_id for s in event.sources} == {a, b}
    assert event.conflicts == ""
    assert {a.name for a in event.actors} == {"Ukraine", "Russia"}
    assert store.event_marks(0, 10**7)[0].source_count == 2
    assert [e.id for e in store.events_for_article(b)] == [event.id]
    assert store.summary_is_consistent()


def test_a_disagreement_on_the_date_is_kept_and_said(store: Store) -> None:
    import_report(store, STRIKE_A, "a.txt", "A", day=date(2025, 11, 18))
    import_report(store, STRIKE_C, "c.txt", "C", day=date(2025, 11, 17))
    [event] = store.events()
    assert event.conflicts == "sources disagree on date: 18 Nov (A) vs 17 Nov (C)"
    # each source keeps what it said; the event claims no more than both together
    assert {s.date_start for s in event.sources} == {date(2025, 11, 17), date(2025, 11, 18)}
    assert (event.span.start, event.span.end) == (date(2025, 11, 17), date(2025, 11, 18))
    assert store.summary_is_consistent()


def test_a_vaguer_report_does_not_blur_a_precise_one(store: Store) -> None:
    import_report(store, STRIKE_B, "b.txt", "B", span=a_week(date(2025, 11, 17)))
    import_report(store, STRIKE_A, "a.txt", "A", day=date(2025, 11, 18))
    [event] = store.events()
    assert event.span == DateSpan.day(date(2025, 11, 18)) and event.conflicts == ""


def test_a_split_event_is_never_merged_again(store: Store) -> None:
    # given two reports merged into one event, which the analyst splits
    import_report(store, STRIKE_A, "a.txt", "A")
    import_report(store, STRIKE_B, "b.txt", "B")
    [merged] = store.events()
    ids = store.split_event(merged.id)
    assert len(ids) == 2 and ids[0] == merged.id
    assert all(store.get_event(i).source_count == 1 for i in ids)
    # when a third outlet reports the same strike, and the first article is re-imported changed
    import_report(store, STRIKE_C, "c.txt", "C")
    changed = f"A report.\n{STRIKE_A}\nMore.\n"
    store.save_article(
        an_article(changed, path="a.txt", site="A"), extraction(an_event(changed, STRIKE_A))
    )
    # then the split halves stay apart
    events = store.events()
    assert all(e.source_count == 1 for e in events)
    assert len(events) >= 3
    assert store.summary_is_consistent()


def test_merge_moves_sources_and_split_gives_each_source_its_own_values(store: Store) -> None:
    import_report(store, STRIKE_A, "a.txt", "A", places=("Voronezh",))
    import_report(store, MEETING, "m.txt", "M", type=EventType.MEETING, places=("Miami",))
    strike, meeting = sorted(store.events(), key=lambda e: e.type)
    store.tag_events([meeting.id], "odd")
    kept = store.merge_events([meeting.id, strike.id])
    merged = store.get_event(kept)
    assert kept == meeting.id and merged.source_count == 2 and merged.edited
    assert "sources disagree on place" in merged.conflicts
    assert store.count_events() == 1 and store.summary_is_consistent()
    parts = [store.get_event(i) for i in store.split_event(kept)]
    assert sorted(p.type for p in parts) == [EventType.MEETING, EventType.MISSILE_STRIKE]
    assert {p.places[0].name for p in parts} == {"Voronezh", "Miami"}
    assert store.summary_is_consistent()


def test_reports_in_one_article_are_not_merged_with_each_other(store: Store) -> None:
    text = f"{STRIKE_A}\n{STRIKE_B}\n"
    store.save_article(
        an_article(text), extraction(an_event(text, STRIKE_A), an_event(text, STRIKE_B))
    )
    assert store.count_events() == 2


def test_undated_reports_are_never_merged(store: Store) -> None:
    import_report(store, STRIKE_A, "a.txt", "A", day=None)
    import_report(store, STRIKE_B, "b.txt", "B", day=None)
    assert store.count_events() == 2


def test_strikes_on_two_towns_the_same_night_stay_two_events(store: Store) -> None:
    import_report(
        store,
        "Russian drones attacked Kharkiv overnight, the mayor said.",
        "k.txt",
        "K",
        type=EventType.DRONE_ATTACK,
        places=("Kharkiv",),
        actors=("Russia",),
    )
    import_report(
        store,
        "Russian drones attacked Odesa overnight, the governor said.",
        "o.txt",
        "O",
        type=EventType.DRONE_ATTACK,
        places=("Odesa",),
        actors=("Russia",),
    )
    assert store.count_events() == 2


def test_re_importing_one_source_keeps_the_other_sources(store: Store) -> None:
    import_report(store, STRIKE_A, "a.txt", "A")
    import_report(store, STRIKE_B, "b.txt", "B")
    changed = f"B report, corrected.\n{STRIKE_B}\n"
    store.save_article(
        an_article(changed, path="b.txt", site="B"), extraction(an_event(changed, STRIKE_B))
    )
    [event] = store.events()
    assert event.source_count == 2
    assert store.summary_is_consistent()


def test_a_region_named_by_one_outlet_meets_its_city_named_by_another(store: Store) -> None:
    # the store narrows candidates by shared name words, as the score does ("Voronezh Oblast")
    import_report(store, STRIKE_A, "a.txt", "A", places=("Voronezh",), actors=())
    import_report(store, STRIKE_B, "b.txt", "B", places=("Voronezh Oblast",), actors=())
    [event] = store.events()
    assert event.source_count == 2


def test_an_edit_made_through_another_store_is_seen_by_the_next_import(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    with Store(path) as importer, Store(path) as window:
        # given an event the importer has already compared a report with (and remembered)
        import_report(importer, STRIKE_A, "a.txt", "A")
        belgorod = "Ukraine struck Belgorod with drones on Tuesday, the governor said."
        import_report(importer, belgorod, "b.txt", "B", places=("Belgorod",))
        [voronezh] = [e for e in importer.events() if e.places[0].name == "Voronezh"]
        # when another window corrects its place
        window.update_event(voronezh.id, places=["Kursk"], edited=False)
        # then the importer's next report on Kursk joins it
        kursk = "Ukraine struck Kursk with missiles on Tuesday, the ministry said."
        import_report(importer, kursk, "k.txt", "K", places=("Kursk",))
        assert importer.get_event(voronezh.id).source_count == 2
        assert importer.summary_is_consistent()


def test_names_made_by_a_failed_write_are_forgotten(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given an import that fails after it named a new place (its row id is then free again)
    from timeline_app.store.writing import WriteContext

    finish = WriteContext.finish

    def failing(self: WriteContext) -> None:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(WriteContext, "finish", failing)
    with pytest.raises(RuntimeError):
        import_report(store, STRIKE_A, "k.txt", "K", places=("Kursk",))
    monkeypatch.setattr(WriteContext, "finish", finish)
    # when another window stores a strike on another new place (which takes that id)
    belgorod = "Ukraine struck Belgorod with ATACMS missiles on Tuesday, the ministry said."
    with Store(tmp_path / "dedup.sqlite") as window:
        import_report(window, belgorod, "a.txt", "A", places=("Belgorod",), actors=("Russia",))
    # and the first store imports a second report of it
    import_report(store, belgorod.replace("the ministry", "officials"), "b.txt", "B",
                  places=("Belgorod",), actors=("Russia",))  # fmt: skip
    # then they are one event: the place's name was read, not the failed write's
    [event] = store.events()
    assert event.source_count == 2
