"""Publication dates across imports: a date set by hand survives a changed file's re-import (its
events resolved against it), and an undated article takes the date a later copy of its text
brings; a known date is never replaced that way, and the analyst's edits are kept."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.unit.store_builders import an_article, an_event, extraction
from timeline_app.domain.model import FileReport, PublishedSource, RawArticle
from timeline_app.extraction.pipeline import extract
from timeline_app.services.importer import import_paths
from timeline_app.services.worker import ReadRequest, read_and_extract
from timeline_app.store.repositories import Store, StoreError

# Undated: every date in it is relative, so without a publication date no event has one.
TEXT = (
    "Drones hit Kharkiv overnight\n\n"
    "Russian drones struck energy facilities in Kharkiv on Monday, the governor said.\n\n"
    "A missile hit a residential building in Odesa yesterday, killing two people.\n\n"
    "Officials met in Geneva on Tuesday to discuss a prisoner exchange.\n"
)
SET_BY_HAND = date(2024, 3, 6)  # a Wednesday
ON_THAT_DATE = [date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 5)]  # Monday, yesterday, Tuesday
EML_HEAD = (
    "From: desk@example.org\nTo: analyst@example.org\nSubject: Drones hit Kharkiv overnight\n"
    "Date: Wed, 6 Mar 2024 09:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store.sqlite")
    yield s
    s.close()


def imported(store: Store, *paths: Path, published: date | None = None) -> list[FileReport]:
    steps = import_paths(store, list(paths), published=published, workers=1)
    return [r for step in steps for r in step.reports]


def days(store: Store, article_id: int) -> list[date | None]:
    events = store.events_for_article(article_id)
    return [e.span.start if e.span else None for e in events]


def set_by_hand(store: Store, article_id: int, published: date) -> None:
    """What the window does when the analyst sets the publication date."""
    a = store.get_article(article_id)
    raw = RawArticle(
        a.text, a.title, a.site, a.author, a.language, published, source_path=a.source_path
    )
    store.set_published(article_id, published, extract(raw))


def provenance_holds(store: Store, article_id: int) -> bool:
    text = store.get_article(article_id).text
    return all(
        text[s.sentence_start : s.sentence_end] == s.sentence
        for e in store.events_for_article(article_id)
        for s in e.sources
        if s.article_id == article_id
    )


# --- a date set by hand survives the re-import of a changed file ----------------------------


def test_a_date_set_by_hand_survives_a_changed_files_reimport(tmp_path: Path, store: Store) -> None:
    # given an undated article whose date the analyst set
    path = tmp_path / "report.txt"
    path.write_text(TEXT)
    (report,) = imported(store, path)
    assert report.article_id is not None and days(store, report.article_id) == [None] * 3
    set_by_hand(store, report.article_id, SET_BY_HAND)
    assert days(store, report.article_id) == ON_THAT_DATE
    # when the file changes on disk (a typo fixed) and is imported again
    path.write_text(TEXT.replace("Officials met", "Officials from both sides met"))
    (again,) = imported(store, path)
    # then the article is updated, keeps the analyst's date, and its events are dated by it
    assert (again.status, again.article_id) == ("updated", report.article_id)
    article = store.get_article(report.article_id)
    assert "both sides" in article.text
    assert (article.published, article.published_source) == (SET_BY_HAND, PublishedSource.OPTION)
    assert days(store, report.article_id) == ON_THAT_DATE
    assert store.summary_is_consistent()


def test_a_new_published_option_replaces_the_date_set_by_hand(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT)
    (report,) = imported(store, path)
    assert report.article_id is not None
    set_by_hand(store, report.article_id, SET_BY_HAND)
    path.write_text(TEXT.replace("Officials met", "Officials from both sides met"))
    # the user's explicit word of this import wins
    imported(store, path, published=date(2024, 3, 13))
    article = store.get_article(report.article_id)
    assert (article.published, article.published_source) == (
        date(2024, 3, 13),
        PublishedSource.OPTION,
    )
    assert days(store, report.article_id) == [
        date(2024, 3, 11),
        date(2024, 3, 12),
        date(2024, 3, 12),
    ]


def test_an_archive_entry_keeps_its_date_set_by_hand(tmp_path: Path, store: Store) -> None:
    def bundle(text: str) -> None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("report.txt", text)
            archive.writestr("other.txt", "Talks were held in Geneva on 5 March 2024.\n")
        (tmp_path / "bundle.zip").write_bytes(buffer.getvalue())

    bundle(TEXT)
    reports = imported(store, tmp_path / "bundle.zip")
    entry = next(r for r in reports if r.path.endswith("report.txt"))
    assert entry.article_id is not None
    set_by_hand(store, entry.article_id, SET_BY_HAND)
    bundle(TEXT.replace("Officials met", "Officials from both sides met"))
    again = imported(store, tmp_path / "bundle.zip")
    assert {Path(r.path).name: r.status for r in again} == {
        "bundle.zip!report.txt": "updated",
        "bundle.zip!other.txt": "unchanged",
    }
    assert store.get_article(entry.article_id).published == SET_BY_HAND
    assert days(store, entry.article_id) == ON_THAT_DATE


def test_the_store_lists_dates_set_by_hand_by_file(store: Store) -> None:
    store.save_article(an_article(TEXT, path="a.zip!x.txt", published=None), extraction())
    store.save_article(an_article("Other.", path="b.txt", published=None), extraction())
    store.save_article(an_article("Dated.", path="c.txt"), extraction())  # a reader's date
    for article in store.articles():
        if article.source_path in ("a.zip!x.txt", "b.txt"):
            store.set_published(article.id, SET_BY_HAND, extraction())
    dates = store.option_dates_by_file()
    assert dates == {
        "a.zip!x.txt": (("a.zip!x.txt", SET_BY_HAND),),
        "a.zip": (("a.zip!x.txt", SET_BY_HAND),),
        "b.txt": (("b.txt", SET_BY_HAND),),
    }


def test_the_worker_resolves_a_changed_article_against_the_date_set_by_hand(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT)
    outcome = read_and_extract(ReadRequest(str(path), dates=((str(path), SET_BY_HAND),)))
    (result,) = outcome.articles
    assert result.article.published == SET_BY_HAND
    assert result.article.published_source is PublishedSource.OPTION
    assert result.extraction is not None
    assert [e.span.start if e.span else None for e in result.extraction.events] == ON_THAT_DATE
    # the request's own --published wins
    given = read_and_extract(
        ReadRequest(str(path), published=date(2024, 3, 13), dates=((str(path), SET_BY_HAND),))
    )
    assert given.articles[0].article.published == date(2024, 3, 13)


def test_the_store_never_replaces_a_date_set_by_hand_with_a_readers(store: Store) -> None:
    # given an article whose date was set by hand
    report = store.save_article(an_article(TEXT, published=None), extraction())
    assert report.article_id is not None
    store.set_published(report.article_id, SET_BY_HAND, extraction(an_event(TEXT, "Officials")))
    changed = TEXT + "Updated.\n"
    # when a changed version comes with a reader's other date (the analyst set the date while the
    # file was being imported): then it is refused, and nothing of the article changes
    with pytest.raises(StoreError, match="set by hand .2024-03-06.*import the file again"):
        store.save_article(an_article(changed, published=date(2024, 1, 2)), extraction())
    article = store.get_article(report.article_id)
    assert (article.text, article.published) == (TEXT, SET_BY_HAND)
    assert len(store.events_for_article(report.article_id)) == 1
    # and a version dated by the same date keeps the date's source
    store.save_article(an_article(changed, published=SET_BY_HAND), extraction())
    article = store.get_article(report.article_id)
    assert (article.text, article.published_source) == (changed, PublishedSource.OPTION)


# --- an undated article takes the date a copy of its text brings ----------------------------


def test_an_undated_article_takes_the_date_of_a_later_copy(tmp_path: Path, store: Store) -> None:
    # given an undated article
    (tmp_path / "a.txt").write_text(TEXT)
    (first,) = imported(store, tmp_path / "a.txt")
    assert first.article_id is not None and days(store, first.article_id) == [None] * 3
    # when an e-mail with the same text and a Date: header is imported
    (tmp_path / "b.eml").write_text(EML_HEAD + TEXT)
    (copy,) = imported(store, tmp_path / "b.eml")
    # then the stored article takes its date, and its events are dated by it
    assert (copy.status, copy.article_id, copy.events) == ("updated", first.article_id, 3)
    assert "same text as" in copy.reason and "2024-03-06 (header)" in copy.reason
    article = store.get_article(first.article_id)
    assert (article.published, article.published_source) == (SET_BY_HAND, PublishedSource.HEADER)
    assert days(store, first.article_id) == ON_THAT_DATE
    assert len(store.articles()) == 1 and store.summary_is_consistent()


def test_a_copy_differing_in_white_space_dates_the_stored_text(
    tmp_path: Path, store: Store
) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (first,) = imported(store, tmp_path / "a.txt")
    assert first.article_id is not None
    # the same text for the store, but its sentences sit elsewhere
    spaced = TEXT.replace("\n\n", "\n\n\n\n").replace("struck energy", "struck  energy")
    (tmp_path / "b.eml").write_text(EML_HEAD + spaced)
    (copy,) = imported(store, tmp_path / "b.eml")
    assert copy.status == "updated"
    assert store.get_article(first.article_id).text == TEXT
    assert days(store, first.article_id) == ON_THAT_DATE
    assert provenance_holds(store, first.article_id)


def test_a_known_date_is_never_replaced_by_a_copys(tmp_path: Path, store: Store) -> None:
    (tmp_path / "2024-03-20 report.txt").write_text(TEXT)  # dated by its file name
    (first,) = imported(store, tmp_path / "2024-03-20 report.txt")
    assert first.article_id is not None
    before = days(store, first.article_id)
    (tmp_path / "b.eml").write_text(EML_HEAD + TEXT)
    (copy,) = imported(store, tmp_path / "b.eml")
    assert copy.status == "unchanged" and copy.reason.startswith("same text as")
    article = store.get_article(first.article_id)
    assert (article.published, article.published_source) == (
        date(2024, 3, 20),
        PublishedSource.FILENAME,
    )
    assert days(store, first.article_id) == before


def test_taking_a_copys_date_keeps_the_analysts_edits(tmp_path: Path, store: Store) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (first,) = imported(store, tmp_path / "a.txt")
    assert first.article_id is not None
    edited = store.events_for_article(first.article_id)[0]
    store.update_event(edited.id, title="Checked with the governor's office")
    (tmp_path / "b.eml").write_text(EML_HEAD + TEXT)
    imported(store, tmp_path / "b.eml")
    events = store.events_for_article(first.article_id)
    kept = next(e for e in events if e.id == edited.id)
    assert kept.title == "Checked with the governor's office" and kept.span is None
    assert sorted(e.span.start for e in events if e.span) == ON_THAT_DATE[1:]


def test_an_unchanged_file_imported_with_published_takes_that_date(
    tmp_path: Path, store: Store
) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (first,) = imported(store, tmp_path / "a.txt")
    assert first.article_id is not None
    (again,) = imported(store, tmp_path / "a.txt", published=SET_BY_HAND)
    assert again.status == "updated" and "from this import" in again.reason
    assert store.get_article(first.article_id).published_source is PublishedSource.OPTION
    assert days(store, first.article_id) == ON_THAT_DATE


def test_adopt_published_leaves_a_dated_article_alone(store: Store) -> None:
    report = store.save_article(an_article(TEXT), extraction(an_event(TEXT, "Officials")))
    assert report.article_id is not None
    taken = store.adopt_published(
        report.article_id, SET_BY_HAND, PublishedSource.HEADER, extraction()
    )
    assert taken is None
    assert store.get_article(report.article_id).published_source is PublishedSource.METADATA
    assert len(store.events_for_article(report.article_id)) == 1


# --- a new --published on an unchanged file replaces a reader's date --------------------------


def test_an_unchanged_dated_file_takes_a_new_published_date(tmp_path: Path, store: Store) -> None:
    # given an article dated by its file name, whose events the analyst edited once
    path = tmp_path / "2024-03-20 report.txt"
    path.write_text(TEXT)
    (first,) = imported(store, path)
    assert first.article_id is not None
    edited = store.events_for_article(first.article_id)[0]
    store.update_event(edited.id, title="Checked with the governor's office")
    # when the unchanged file is imported again with the user's explicit date
    (again,) = imported(store, path, published=SET_BY_HAND)
    # then that date replaces the reader's, the machine's events are dated against it, and
    # the report says what changed
    assert again.status == "updated"
    assert again.reason == (
        "publication date set to 2024-03-06 by --published, was 2024-03-20 (filename)"
    )
    article = store.get_article(first.article_id)
    assert (article.published, article.published_source) == (SET_BY_HAND, PublishedSource.OPTION)
    events = store.events_for_article(first.article_id)
    kept = next(e for e in events if e.id == edited.id)
    assert kept.title == "Checked with the governor's office"
    assert sorted(e.span.start for e in events if e.span and e.id != edited.id) == sorted(
        ON_THAT_DATE[1:]
    )
    assert provenance_holds(store, first.article_id)


def test_the_same_published_date_again_changes_nothing(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT)
    (first,) = imported(store, path, published=SET_BY_HAND)
    assert first.article_id is not None
    before = days(store, first.article_id)
    (again,) = imported(store, path, published=SET_BY_HAND)
    assert (again.status, again.reason) == ("unchanged", "")
    assert days(store, first.article_id) == before


def test_a_copy_imported_with_published_dates_the_stored_text(tmp_path: Path, store: Store) -> None:
    (tmp_path / "2024-03-20 a.txt").write_text(TEXT)
    (first,) = imported(store, tmp_path / "2024-03-20 a.txt")
    (tmp_path / "b.txt").write_text(TEXT)
    (copy,) = imported(store, tmp_path / "b.txt", published=SET_BY_HAND)
    assert copy.status == "updated" and copy.reason.startswith("same text as ")
    assert copy.reason.endswith(
        "; publication date set to 2024-03-06 by --published, was 2024-03-20 (filename)"
    )
    assert first.article_id is not None
    assert days(store, first.article_id) == ON_THAT_DATE
