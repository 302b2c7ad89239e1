"""`Store.save_articles`: several articles in one transaction write exactly what saving them one per
transaction writes (dedup across them included), and a failure anywhere in the batch costs only
the article at fault, never half a write nor a stale cache."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.unit import test_store_import_caches as caches
from tests.unit.store_builders import an_article, an_event, extraction
from tests.unit.test_store_import_caches import an_article_about, dump, events_of
from timeline_app.domain.model import Extraction, FileReport, RawArticle
from timeline_app.store import database, dedup, ingest, search, writing
from timeline_app.store.repositories import Store

Item = tuple[RawArticle, Extraction]
checked_candidates = caches.checked_candidates  # a fixture: the in-memory candidates are checked


def items(seed: int, count: int, first: int = 0) -> list[Item]:
    """Articles of a small world (their reports meet often), with their extractions."""
    rng = random.Random(seed)
    out = []
    for n in range(first, first + count):
        article, picks = an_article_about(rng, n)
        out.append((article, extraction(*events_of(article, picks))))
    return out


def edited(seed: int, n: int, text_prefix: str) -> Item:
    """Article `n` of `items(seed, ...)` again (same path), its text and some reports changed."""
    article, picks = an_article_about(random.Random(seed), n, text_prefix=text_prefix)
    return article, extraction(*events_of(article, picks[:-1]))


def mixed_items() -> list[Item]:
    """New articles, the same text twice, and changed files re-imported, some in the same batch
    as their first version (and one changed twice)."""
    first = items(3, 24)
    rng = random.Random(4)
    seq = list(first)
    seq.insert(5, first[2])  # the same text again, in the same batch
    seq.insert(30, first[0])  # and in a later one
    for n, prefix in ((1, "Updated.\n"), (9, "Updated.\n"), (9, "Corrected.\n"), (20, "New.\n")):
        seq.insert(rng.randint(n + 1, len(seq)), edited(3, n, prefix))
    return seq


def one_by_one(path: Path, seq: list[Item]) -> list[FileReport]:
    with Store(path) as store:
        return [store.save_article(article, ext) for article, ext in seq]


def in_batches(store: Store, seq: list[Item], size: int) -> list[FileReport]:
    reports = []
    for i in range(0, len(seq), size):
        reports += store.save_articles(seq[i : i + size])
    return reports


def fts_is_exact(path: Path) -> bool:
    """Every event has one search document, with the lines its rows give (in any order)."""
    con = sqlite3.connect(path)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM event")]
        expected = {i: (t, sorted(b.split("\n"))) for i, t, b in search.documents(con, ids)}
        stored = {
            i: (t, sorted(b.split("\n")))
            for i, t, b in con.execute("SELECT rowid, title, body FROM event_fts")
        }
        return stored == expected
    finally:
        con.close()


def summary(report: FileReport) -> tuple:
    return (report.path, report.status, report.events, report.article_id, report.reason)


@pytest.mark.parametrize("size", [2, 7, 64])
def test_a_batch_writes_what_one_transaction_per_article_writes(
    tmp_path: Path, size: int, checked_candidates: list[int]
) -> None:
    # given the same articles (duplicates and re-imports among them) saved both ways
    seq = mixed_items()
    singles = one_by_one(tmp_path / "single.sqlite", seq)
    with Store(tmp_path / "batch.sqlite") as store:
        batched = in_batches(store, seq, size)
        assert store.summary_is_consistent()
    # then the reports are the same, and so is every table (search documents included)
    assert [summary(r) for r in batched] == [summary(r) for r in singles]
    assert {r.status for r in batched} == {"imported", "unchanged", "updated"}
    assert dump(tmp_path / "batch.sqlite") == dump(tmp_path / "single.sqlite")
    assert fts_is_exact(tmp_path / "batch.sqlite")
    assert sum(checked_candidates) > 100  # the in-memory candidates were checked on real work


def test_what_the_writer_remembers_of_events_is_what_it_would_read_back(tmp_path: Path) -> None:
    # The matching digests of new events (`dedup.remember_new`) and of merged ones (renewed):
    # equal to what the store would give, texts compared as a set (their order means nothing).
    def plain(known):  # noqa: ANN001, ANN202
        d = known.digest
        return (d.type, d.day_start, d.day_end, d.actors, d.places, set(d.texts), known.articles)

    with Store(tmp_path / "s.sqlite") as store:
        in_batches(store, mixed_items(), 5)
        cache = store._entities
        con = sqlite3.connect(tmp_path / "s.sqlite")
        held = [cache.index.held(i) for (i,) in con.execute("SELECT id FROM event")]
        states = [s for s in held if s is not None]
        remembered = {s.id: k for s in states if (k := cache.digests.get(s.id)) is not None}
        read = dedup._read_digests(con, states)
        con.close()
    assert len(remembered) > 20
    assert {i: plain(k) for i, k in remembered.items()} == {i: plain(read[i]) for i in remembered}


def test_the_same_text_twice_in_one_batch_is_unchanged_the_second_time(tmp_path: Path) -> None:
    (a, ext_a), (b, ext_b) = items(1, 2)
    with Store(tmp_path / "s.sqlite") as store:
        reports = store.save_articles([(a, ext_a), (b, ext_b), (a, ext_a)])
        assert [r.status for r in reports] == ["imported", "imported", "unchanged"]
        assert reports[2].article_id == reports[0].article_id
        assert reports[2].events == reports[0].events == len(ext_a.events)
        assert len(store.articles()) == 2


@pytest.fixture
def failing_article(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Saving an article whose path is listed fails half-way: after it merged a report into a
    stored event (which the writer changes in memory too), the driver raises."""
    bad: list[str] = []
    original = dedup.refresh_merged

    def refresh_merged(ctx, state, added):  # noqa: ANN001, ANN202
        original(ctx, state, added)
        path = ctx.db.execute("SELECT source_path FROM article WHERE id = ?", (added.article_id,))
        if path.fetchone()[0] in bad:
            raise sqlite3.IntegrityError("constraint failed on purpose")

    monkeypatch.setattr(dedup, "refresh_merged", refresh_merged)
    yield bad


def test_an_article_that_fails_in_a_batch_fails_alone(
    tmp_path: Path, failing_article: list[str], checked_candidates: list[int]
) -> None:
    # given a store holding some articles, and a batch with one article that cannot be stored
    before, batch, after = items(5, 12), items(6, 10, first=12), items(7, 12, first=22)
    failing_article.append(batch[4][0].source_path)
    with Store(tmp_path / "kept.sqlite") as store:
        in_batches(store, before, 4)
        # when the batch is saved
        reports = store.save_articles(batch)
        # then that article failed, with the reason, and the others are stored
        assert [r.status for r in reports] == ["imported"] * 4 + ["failed"] + ["imported"] * 5
        assert "constraint failed on purpose" in reports[4].reason
        assert reports[4].path == batch[4][0].source_path
        # and the store is consistent, and so are the caches: later batches write what a
        # fresh store would
        in_batches(store, after, 5)
        assert store.summary_is_consistent()
    kept = [item for i, item in enumerate(before + batch + after) if i != len(before) + 4]
    one_by_one(tmp_path / "fresh.sqlite", kept)
    assert dump(tmp_path / "kept.sqlite") == dump(tmp_path / "fresh.sqlite")
    assert fts_is_exact(tmp_path / "kept.sqlite")


def test_a_bug_on_one_article_is_that_article_failing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = items(8, 6)
    original = dedup.find_match

    def find_match(ctx, ev, article_id):  # noqa: ANN001, ANN202
        if ev.sentence in batch[2][0].text:
            raise KeyError("a bug")
        return original(ctx, ev, article_id)

    monkeypatch.setattr(dedup, "find_match", find_match)
    with Store(tmp_path / "s.sqlite") as store:
        reports = store.save_articles(batch)
        assert [r.status for r in reports] == ["imported"] * 2 + ["failed"] + ["imported"] * 3
        assert reports[2].reason == "could not be stored (KeyError: 'a bug')"
        assert len(store.articles()) == 5 and store.summary_is_consistent()
    assert fts_is_exact(tmp_path / "s.sqlite")


def test_a_batch_that_cannot_commit_fails_every_article_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a store holding some articles, on a disk that fills up at the end of a transaction
    stored, batch = items(9, 8), items(10, 6, first=8)
    with Store(tmp_path / "kept.sqlite") as store:
        store.save_articles(stored)
        original = writing.WriteContext.finish

        def finish(self: writing.WriteContext) -> None:
            original(self)
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(writing.WriteContext, "finish", finish)
        # when a batch is saved, then every article fails with the reason
        reports = store.save_articles(batch)
        assert [r.status for r in reports] == ["failed"] * len(batch)
        assert all("is full" in r.reason for r in reports)
        # and nothing of it was stored, and what was stored is whole
        assert len(store.articles()) == len(stored) and store.summary_is_consistent()
        # and once there is room again, the same batch goes in as if nothing had happened
        monkeypatch.setattr(writing.WriteContext, "finish", original)
        assert {r.status for r in store.save_articles(batch)} == {"imported"}
    one_by_one(tmp_path / "fresh.sqlite", stored + batch)
    assert dump(tmp_path / "kept.sqlite") == dump(tmp_path / "fresh.sqlite")


def test_a_full_disk_fails_the_batch_cleanly(tmp_path: Path) -> None:
    # given a store whose file may not grow any more (SQLite reports it as a full disk)
    path = tmp_path / "store.sqlite"
    stored = items(11, 3)
    with Store(path) as store:
        store.save_articles(stored)
    store = Store(path)
    store._engine.dispose()

    @event.listens_for(store._engine, "connect")
    def _cap(dbapi_connection, _record) -> None:  # noqa: ANN001
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    big = [(replace(a, text=a.text + "Filler words. " * 9000), e) for a, e in items(12, 4, 3)]
    try:
        # when a batch of big articles is saved, then each fails with a clear reason
        reports = store.save_articles(big)
        assert [r.status for r in reports] == ["failed"] * len(big)
        assert all("full" in r.reason for r in reports)
        # and what was stored is intact and consistent
        assert len(store.articles()) == len(stored) and store.summary_is_consistent()
    finally:
        store.close()


def test_a_read_only_store_still_says_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite"
    known, new = items(13, 2)
    with Store(path) as store:
        store.save_articles([known])
    real_access = database.os.access
    monkeypatch.setattr(
        database.os,
        "access",
        lambda p, mode: False if mode == database.os.W_OK else real_access(p, mode),
    )
    with Store(path) as store:
        reports = store.save_articles([known, new])
        assert [r.status for r in reports] == ["unchanged", "failed"]
        assert "read-only" in reports[1].reason


def test_a_busy_store_fails_each_article_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    batch = items(14, 3)
    with Store(path) as store:
        store.save_articles(batch[:1])
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Store(path, busy_timeout=0.1) as store:
            reports = store.save_articles(batch)
            assert [r.status for r in reports] == ["failed"] * 3
            assert all("busy" in r.reason for r in reports)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store(path) as store:
        assert [r.status for r in store.save_articles(batch)] == ["unchanged"] + ["imported"] * 2


def test_one_article_or_none(tmp_path: Path) -> None:
    (article, ext), *_ = items(15, 1)
    with Store(tmp_path / "s.sqlite") as store:
        assert store.save_articles([]) == []
        assert [r.status for r in store.save_articles([(article, ext)])] == ["imported"]


def test_names_first_given_by_a_failed_batch_are_not_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a batch whose article that fails names a place first (which has an id in the
    # transaction rolled back), then another article naming another new place
    a = a_report("Drones struck Atlantis on Tuesday, officials said.", "Atlantis", "a.txt")
    b = a_report("Missiles hit Byzantium on Tuesday, the governor said.", "Byzantium", "b.txt")
    c = a_report("Shelling hit Atlantis on Tuesday, residents said.", "Atlantis", "c.txt")
    failing = [True]
    original = ingest.insert_events

    def insert_events(ctx, article_id, events):  # noqa: ANN001, ANN202
        original(ctx, article_id, events)
        if failing[0] and any("Atlantis" in e.sentence for e in events):
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ingest, "insert_events", insert_events)
    with Store(tmp_path / "s.sqlite") as store:
        assert [r.status for r in store.save_articles([a, b])] == ["failed", "imported"]
        failing[0] = False
        # when a later batch names the first place again, then it is a place of its own
        assert [r.status for r in store.save_articles([c, a])] == ["imported", "imported"]
        assert {p.name for e in store.events() for p in e.places} == {"Atlantis", "Byzantium"}
        assert store.summary_is_consistent()
    one_by_one(tmp_path / "fresh.sqlite", [b, c, a])
    assert dump(tmp_path / "s.sqlite") == dump(tmp_path / "fresh.sqlite")


def a_report(text: str, place: str, path: str) -> Item:
    return an_article(text, path=path), extraction(an_event(text, text, places=(place,)))


def test_a_closed_store_fails_each_article_instead_of_raising(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite")
    store.close()
    reports = store.save_articles(items(17, 2))
    assert [r.status for r in reports] == ["failed", "failed"]
    assert all("has been closed" in r.reason for r in reports)
