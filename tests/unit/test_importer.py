"""The import generator: progress per file, cancellation, vanished files, store failures, and the
process pool's order and crash isolation.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.unit.test_store_import_caches import dump
from timeline_app.domain.model import Extraction, FileReport, RawArticle
from timeline_app.services.importer import (
    MAX_BATCH,
    UNDATED,
    ImportProgress,
    import_paths,
    store_outcomes,
)
from timeline_app.services.parallel import ordered_chunks, ordered_map
from timeline_app.services.worker import ArticleResult, FileOutcome
from timeline_app.store.repositories import Store, StoreError

BODY = "{city} under fire\n\nRussian drones struck {city} on {day} March 2024, officials said.\n"
CITIES = ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Lviv", "Kherson", "Poltava", "Izium"]


def articles_in(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"{i:03d}.txt"
        path.write_text(BODY.format(city=CITIES[i % len(CITIES)], day=i % 27 + 1) + f"Ref {i}.\n")
        paths.append(path)
    return paths


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store.sqlite")
    yield s
    s.close()


def test_progress_is_reported_after_each_file(tmp_path: Path, store: Store) -> None:
    articles_in(tmp_path / "in", 4)
    steps = list(import_paths(store, [tmp_path / "in"], workers=1))
    assert [(s.files_done, s.files_total) for s in steps] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert [Path(s.current).name for s in steps] == ["000.txt", "001.txt", "002.txt", "003.txt"]
    assert all(len(s.reports) == 1 and s.reports[0].status == "imported" for s in steps)
    found = [s.events_found for s in steps]
    assert found == sorted(found) and found[-1] == sum(s.reports[0].events for s in steps)
    assert steps[-1].fraction == 1.0 and not steps[-1].cancelled


def test_the_pool_gives_the_same_reports_in_the_same_order(tmp_path: Path) -> None:
    articles_in(tmp_path / "in", 14)
    (tmp_path / "in" / "005.txt").write_bytes(b"")  # one bad file in the middle

    def run(workers: int) -> list[tuple[str, str, int]]:
        with Store(tmp_path / f"s{workers}.sqlite") as s:
            steps = list(import_paths(s, [tmp_path / "in"], workers=workers))
        return [(Path(r.path).name, r.status, r.events) for st in steps for r in st.reports]

    assert run(2) == run(1)


def test_cancel_stops_between_files_and_keeps_what_is_stored(tmp_path: Path, store: Store) -> None:
    articles_in(tmp_path / "in", 12)
    steps: list[ImportProgress] = []
    for step in import_paths(store, [tmp_path / "in"], cancelled=lambda: len(steps) >= 3,
                             workers=2):  # fmt: skip
        steps.append(step)
    assert [s.cancelled for s in steps] == [False, False, False, True]
    assert steps[-1].files_done == 3 and steps[-1].files_total == 12
    assert len(store.articles()) == 3
    with sqlite3.connect(tmp_path / "store.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_deleted_mid_import_fails_with_a_reason(tmp_path: Path, store: Store) -> None:
    paths = articles_in(tmp_path / "in", 4)
    reports: list[FileReport] = []
    for step in import_paths(store, [tmp_path / "in"], workers=1):
        reports.extend(step.reports)
        if step.files_done == 1:
            paths[2].unlink()
    assert [r.status for r in reports] == ["imported", "imported", "failed", "imported"]
    assert "not found" in reports[2].reason


class BrokenStore:
    """A store on a full or read-only disk: every write fails with the store's message."""

    def save_article(self, article: RawArticle, extraction: Extraction) -> FileReport:
        raise StoreError("The disk is full; nothing was changed.")

    def texts_by_file(self) -> dict[str, frozenset[str]]:
        return {}  # it can still be read

    def option_dates_by_file(self) -> dict[str, tuple[tuple[str, date], ...]]:
        return {}


def test_a_store_that_cannot_write_fails_each_file_with_its_reason(tmp_path: Path) -> None:
    articles_in(tmp_path / "in", 3)
    steps = list(import_paths(BrokenStore(), [tmp_path / "in"], workers=1))  # type: ignore[arg-type]
    reports = [r for s in steps for r in s.reports]
    assert [r.status for r in reports] == ["failed"] * 3
    assert {r.reason for r in reports} == {"The disk is full; nothing was changed."}
    assert steps[-1].events_found == 0


# --- batches: the files of one pool task are stored in one transaction -----------------------


class CountingStore(Store):
    """A store that counts the articles of each `save_articles` transaction."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.batches: list[int] = []

    def save_articles(self, items):  # noqa: ANN001, ANN201
        self.batches.append(len(items))
        return super().save_articles(items)


def test_the_files_of_a_pool_task_are_stored_together_as_one_at_a_time_would(
    tmp_path: Path,
) -> None:
    articles_in(tmp_path / "in", 60)
    (tmp_path / "in" / "010.txt").write_bytes(b"")  # one bad file in a batch

    def run(workers: int) -> tuple[list[tuple], list[int]]:
        s = CountingStore(tmp_path / f"s{workers}.sqlite")
        with s:
            steps = list(import_paths(s, [tmp_path / "in"], workers=workers))
            assert s.summary_is_consistent()
        fields = [
            (st.files_done, st.files_total, Path(st.current).name, st.events_found, st.cancelled)
            + tuple((Path(r.path).name, r.status, r.events, r.reason) for r in st.reports)
            for st in steps
        ]
        return fields, s.batches

    (pooled, batches), (alone, none) = run(2), run(1)
    assert pooled == alone  # the same steps, one per file, with the same fields
    assert none == [] and max(batches) > 1 and sum(batches) == 59
    assert dump(tmp_path / "s2.sqlite") == dump(tmp_path / "s1.sqlite")


def test_cancel_comes_between_batches_and_what_is_stored_is_reported(tmp_path: Path) -> None:
    articles_in(tmp_path / "in", 60)
    steps: list[ImportProgress] = []
    with Store(tmp_path / "store.sqlite") as store:
        for step in import_paths(store, [tmp_path / "in"], cancelled=lambda: len(steps) >= 1,
                                 workers=2):  # fmt: skip
            steps.append(step)
        # the first pool task's files were stored together, each reported, then it stopped
        done = steps[-1].files_done
        assert steps[-1].cancelled and 1 < done < 60
        assert [s.files_done for s in steps[:-1]] == list(range(1, done + 1))
        assert len(store.articles()) == done
        assert sum(r.status == "imported" for s in steps for r in s.reports) == done


class RecordingStore:
    """Stores nothing; records the transactions an import asks for."""

    def __init__(self) -> None:
        self.transactions: list[list[str]] = []

    def save_article(self, article: RawArticle, extraction: Extraction) -> FileReport:
        self.transactions.append([article.source_path])
        return FileReport(article.source_path, "imported", len(extraction.events))

    def save_articles(self, items: list[tuple[RawArticle, Extraction]]) -> list[FileReport]:
        self.transactions.append([a.source_path for a, _ in items])
        return [FileReport(a.source_path, "imported", len(e.events)) for a, e in items]


def an_outcome(path: str, count: int = 1, unextracted: tuple[int, ...] = ()) -> FileOutcome:
    """A file's outcome with `count` articles (a feed when more than one)."""
    results = []
    for i in range(count):
        article = RawArticle(f"Text {i} of {path}", source_path=f"{path}!{i}" if count > 1 else "")
        if i in unextracted:
            results.append(ArticleResult(article, None, "extraction failed (ValueError: x)"))
        else:
            results.append(ArticleResult(article, Extraction((), ())))
    return FileOutcome(path, tuple(results))


def test_a_batch_holds_at_most_max_batch_articles_and_reports_each_file() -> None:
    store = RecordingStore()
    outcomes = [
        an_outcome("a.txt"),
        FileOutcome("bad.txt", error="cannot be read"),
        an_outcome("feed.xml", MAX_BATCH + 6, unextracted=(3,)),
        an_outcome("b.txt"),
    ]
    reports = store_outcomes(store, outcomes)  # type: ignore[arg-type]
    # a.txt and the feed's first articles, then the rest of the feed and b.txt
    assert [len(t) for t in store.transactions] == [MAX_BATCH, 7]
    assert store.transactions[0][:2] == ["", "feed.xml!0"]
    assert [len(r) for r in reports] == [1, 1, MAX_BATCH + 6, 1]
    # (the articles have no publication date: their reports say so)
    assert reports[0] == (FileReport("a.txt", "imported", reason=UNDATED),)
    assert reports[1] == (FileReport("bad.txt", "failed", reason="cannot be read"),)
    assert reports[2][3] == FileReport(
        "feed.xml!3", "failed", reason="extraction failed (ValueError: x)"
    )
    assert [r.path for r in reports[2][:3]] == ["feed.xml!0", "feed.xml!1", "feed.xml!2"]
    assert reports[3] == (FileReport("b.txt", "imported", reason=UNDATED),)


def test_a_store_that_refuses_a_batch_fails_each_of_its_articles() -> None:
    class Refusing(RecordingStore):
        def save_articles(self, items):  # noqa: ANN001, ANN202
            raise StoreError("The disk is full; nothing was changed.")

    reports = store_outcomes(Refusing(), [an_outcome("a.txt"), an_outcome("b.txt")])  # type: ignore[arg-type]
    assert reports == [
        (FileReport("a.txt", "failed", reason="The disk is full; nothing was changed."),),
        (FileReport("b.txt", "failed", reason="The disk is full; nothing was changed."),),
    ]


# --- the process pool ------------------------------------------------------------------------


DEADLY = {7, 8, 30}


def square_or_die(n: int) -> int:
    """Module level so that pool workers can unpickle it; a deadly item kills its worker."""
    if n in DEADLY:
        os._exit(3)
    return n * n


def test_ordered_map_keeps_order_and_survives_dying_workers() -> None:
    items = list(range(40))
    results = list(ordered_map(square_or_die, items, on_crash=lambda n, why: -n, workers=2))
    assert results == [-n if n in DEADLY else n * n for n in items]


def test_ordered_chunks_keep_order_and_survive_dying_workers() -> None:
    items = list(range(40))
    chunks = list(ordered_chunks(square_or_die, items, on_crash=lambda n, why: -n, workers=2))
    assert [r for chunk in chunks for r in chunk] == [-n if n in DEADLY else n * n for n in items]
    assert all(chunks) and max(len(c) for c in chunks) > 1
    # in this process (too few items for a pool): one result a chunk
    assert list(ordered_chunks(abs, [-1, -2], on_crash=lambda n, why: 0)) == [[1], [2]]


def test_ordered_map_stops_when_cancelled() -> None:
    seen: list[int] = []
    for value in ordered_map(abs, list(range(-50, 0)), on_crash=lambda n, why: 0, workers=2,
                             cancelled=lambda: len(seen) >= 5):  # fmt: skip
        seen.append(value)
    assert seen == [50, 49, 48, 47, 46]


def test_the_importer_does_not_import_qt() -> None:
    code = "import sys, timeline_app.services.importer; print('PySide6' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"


def test_a_process_whose_workers_died_still_exits() -> None:
    # Regression: a worker started while the pool broke was never stopped, so exit hung.
    code = (
        "from tests.unit.test_importer import square_or_die\n"
        "from timeline_app.services.parallel import ordered_map\n"
        "if __name__ == '__main__':\n"
        "    out = list(ordered_map(square_or_die, list(range(40)), on_crash=lambda n, w: -n,"
        " workers=2))\n"
        "    print(sum(1 for v in out if v < 0))\n"
    )
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=repo
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == str(len(DEADLY))
