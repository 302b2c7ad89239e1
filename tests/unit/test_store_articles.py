"""Saving articles: imported / unchanged / updated, re-extraction that keeps the analyst's edits,
corrections, annotations, saved views and the names the filter pickers offer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.unit.store_builders import (
    MEETING,
    STRIKE_A,
    an_article,
    an_event,
    extraction,
)
from timeline_app.domain.model import (
    DateSpan,
    EventFilter,
    EventStatus,
    EventType,
    Precision,
    PublishedSource,
    content_hash,
)
from timeline_app.store.repositories import NotFoundError, Store, StoreError

TEXT = f"Intro line.\n{STRIKE_A}\n{MEETING}\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "store.sqlite") as s:
        yield s


def two_events(text: str = TEXT):
    return extraction(
        an_event(text, STRIKE_A),
        an_event(
            text,
            MEETING,
            type=EventType.MEETING,
            places=("Miami",),
            actors=("Steve Witkoff", "Rustem Umerov"),
        ),
    )


def test_an_article_is_imported_with_its_events_and_provenance(store: Store) -> None:
    report = store.save_article(an_article(TEXT), two_events())
    assert (report.status, report.events) == ("imported", 2)
    article = store.get_article(report.article_id)
    assert article.text == TEXT and article.published == date(2025, 11, 19)
    assert article.published_source is PublishedSource.METADATA
    assert article.content_hash == content_hash(TEXT)
    events = store.events_for_article(report.article_id)
    assert [e.type for e in events] == [EventType.MISSILE_STRIKE, EventType.MEETING]
    source = events[0].sources[0]
    assert TEXT[source.sentence_start : source.sentence_end] == STRIKE_A
    assert (source.time_expression, source.date_start) == ("on Tuesday", date(2025, 11, 18))
    assert {p.name for p in events[0].places} == {"Voronezh"}
    assert events[0].places[0].latitude == pytest.approx(51.7)


@pytest.mark.parametrize(
    "variant",
    [TEXT, TEXT.replace("\n", "  \n   "), "  " + TEXT + "\n\n"],
    ids=["same", "more-whitespace", "padded"],
)
def test_identical_normalised_text_is_unchanged_and_nothing_is_written(
    store: Store, variant: str
) -> None:
    first = store.save_article(an_article(TEXT), two_events())
    again = store.save_article(an_article(variant, path="renamed.txt"), two_events(variant))
    assert (again.status, again.article_id, again.events) == ("unchanged", first.article_id, 2)
    assert store.count_events() == 2 and len(store.articles()) == 1


def test_case_is_kept_in_the_hash(store: Store) -> None:
    store.save_article(an_article(TEXT), two_events())
    report = store.save_article(an_article(TEXT.upper(), path="b.txt"), extraction())
    assert report.status == "imported"


def test_a_changed_file_updates_its_article_and_keeps_the_analysts_edits(store: Store) -> None:
    # given an imported article whose meeting the analyst corrected and starred
    first = store.save_article(an_article(TEXT), two_events())
    meeting = next(e for e in store.events() if e.type is EventType.MEETING)
    store.update_event(meeting.id, title="Witkoff–Umerov talks", starred=True)
    # when the file changes (a new paragraph first) and is imported again
    changed = "Update: more news.\n" + TEXT
    report = store.save_article(an_article(changed), two_events(changed))
    # then the article is updated, machine events re-extracted, the edit kept once, re-anchored
    assert (report.status, report.article_id) == ("updated", first.article_id)
    assert store.get_article(first.article_id).text == changed
    events = store.events_for_article(first.article_id)
    assert len(events) == 2
    kept = store.get_event(meeting.id)
    assert kept.title == "Witkoff–Umerov talks" and kept.starred and kept.edited
    source = kept.sources[0]
    assert changed[source.sentence_start : source.sentence_end] == MEETING
    assert store.summary_is_consistent()


def test_an_edited_event_survives_its_sentence_being_reworded(store: Store) -> None:
    first = store.save_article(an_article(TEXT), two_events())
    meeting = next(e for e in store.events() if e.type is EventType.MEETING)
    store.update_event(meeting.id, status=EventStatus.PLANNED)
    reworded = MEETING.replace("to discuss", "to talk about")
    changed = TEXT.replace(MEETING, reworded)
    store.save_article(
        an_article(changed),
        extraction(
            an_event(changed, STRIKE_A),
            an_event(changed, reworded, type=EventType.MEETING, places=("Miami",)),
        ),
    )
    events = store.events_for_article(first.article_id)
    assert len(events) == 2
    kept = store.get_event(meeting.id)
    assert kept.status is EventStatus.PLANNED and kept.sources[0].sentence == reworded


def test_an_update_drops_machine_events_that_are_gone(store: Store) -> None:
    store.save_article(an_article(TEXT), two_events())
    shorter = f"Intro line.\n{STRIKE_A}\n"
    store.save_article(an_article(shorter), extraction(an_event(shorter, STRIKE_A)))
    assert [e.type for e in store.events()] == [EventType.MISSILE_STRIKE]
    assert store.summary_is_consistent()


def test_set_published_replaces_machine_events_and_keeps_edited_ones(store: Store) -> None:
    report = store.save_article(an_article(TEXT, published=None), two_events())
    strike = next(e for e in store.events() if e.type is EventType.MISSILE_STRIKE)
    store.update_event(strike.id, note="check with the map")
    later = extraction(
        an_event(TEXT, STRIKE_A, day=date(2025, 12, 2)),
        an_event(TEXT, MEETING, type=EventType.MEETING, day=date(2025, 12, 2), places=("Miami",)),
    )
    store.set_published(report.article_id, date(2025, 12, 3), later)
    article = store.get_article(report.article_id)
    assert article.published == date(2025, 12, 3)
    assert article.published_source is PublishedSource.OPTION
    events = {e.type: e for e in store.events_for_article(report.article_id)}
    assert events[EventType.MEETING].span == DateSpan.day(date(2025, 12, 2))
    assert events[EventType.MISSILE_STRIKE].note == "check with the map"
    assert len(events) == 2 and store.summary_is_consistent()


def test_update_event_changes_every_field_and_marks_it_edited(store: Store) -> None:
    store.save_article(an_article(TEXT), two_events())
    event = store.events()[0]
    month = DateSpan(date(2025, 11, 1), date(2025, 11, 30), Precision.MONTH)
    updated = store.update_event(
        event.id,
        type=EventType.DRONE_ATTACK,
        title="Drone attack on Voronezh",
        span=month,
        status=EventStatus.CLAIMED,
        actors=["Ukraine", "Russia"],
        places=["Voronezh", "Kursk"],
        starred=True,
        note="two sources needed",
        tags=["verify", "strikes"],
    )
    assert updated.type is EventType.DRONE_ATTACK and updated.span == month
    assert updated.status is EventStatus.CLAIMED and updated.edited
    assert [a.name for a in updated.actors] == ["Ukraine", "Russia"]
    assert {p.name for p in updated.places} == {"Voronezh", "Kursk"}
    assert updated.tags == ("strikes", "verify") and updated.note == "two sources needed"
    assert store.update_event(event.id, clear_span=True).span is None
    assert store.summary_is_consistent()


def test_delete_is_soft_and_restorable(store: Store) -> None:
    store.save_article(an_article(TEXT), two_events())
    event = store.events()[0]
    store.delete_event(event.id)
    assert store.count_events() == 1
    assert store.get_event(event.id).deleted
    assert len(store.events(EventFilter(include_deleted=True))) == 2
    store.restore_event(event.id)
    assert store.count_events() == 2 and store.summary_is_consistent()


def test_an_event_is_created_from_selected_text(store: Store) -> None:
    report = store.save_article(an_article(TEXT), extraction())
    start = TEXT.index(MEETING)
    new_id = store.create_event(
        report.article_id,
        start,
        start + len(MEETING),
        EventType.MEETING,
        DateSpan.day(date(2025, 11, 18)),
        "Witkoff meets Umerov",
    )
    event = store.get_event(new_id)
    assert event.edited and event.title == "Witkoff meets Umerov"
    assert event.sources[0].sentence == MEETING
    assert store.day_counts(0, 10**6)[0].count == 1
    with pytest.raises(StoreError, match="outside"):
        store.create_event(report.article_id, 0, 10**6, EventType.OTHER, None)


def test_tags_are_added_and_removed_in_bulk(store: Store) -> None:
    store.save_article(an_article(TEXT), two_events())
    ids = [e.id for e in store.events()]
    store.tag_events(ids, "front")
    store.tag_events(ids[:1], "verify")
    assert store.all_tags() == ["front", "verify"]
    assert len(store.events(EventFilter(tags=frozenset({"front"})))) == 2
    store.untag_events(ids, "front")
    store.untag_events(ids, "never-existed")
    assert store.all_tags() == ["verify"]
    assert all(store.get_event(i).edited for i in ids)


def test_pickers_offer_the_names_in_use(store: Store) -> None:
    store.save_article(an_article(TEXT, site="kyivindependent.com"), two_events())
    assert store.all_actors() == ["Rustem Umerov", "Steve Witkoff", "Ukraine"]
    assert store.all_places() == ["Miami", "Voronezh"]
    assert store.all_sites() == ["kyivindependent.com"]


def test_saved_views_round_trip(store: Store) -> None:
    store.save_view("strikes", '{"types": ["missile_strike"]}')
    store.save_view("strikes", '{"types": ["drone_attack"]}')
    store.save_view("east", "{}")
    assert store.views() == {"east": "{}", "strikes": '{"types": ["drone_attack"]}'}
    store.delete_view("east")
    assert list(store.views()) == ["strikes"]


def test_unknown_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.get_event(404)
    with pytest.raises(NotFoundError):
        store.get_article(404)
    with pytest.raises(NotFoundError):
        store.update_event(404, title="x")


def test_undated_events_are_stored_but_not_on_the_canvas(store: Store) -> None:
    store.save_article(an_article(TEXT), extraction(an_event(TEXT, STRIKE_A, day=None)))
    assert store.count_events() == 1 and store.events()[0].span is None
    assert store.event_marks(0, 10**7) == [] and store.extent() is None
    assert store.articles()[0].event_count == 1
