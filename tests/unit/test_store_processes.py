"""Two processes writing one store (two windows, or a window and a command-line import) leave it
whole and consistent; a store can also be named by a SQLAlchemy URL."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

from tests.unit.store_builders import STRIKE_A, an_article, an_event, extraction
from timeline_app.domain.model import EventFilter
from timeline_app.store.repositories import Store


def _import_many(path: str, prefix: str, n: int) -> None:
    with Store(path, busy_timeout=30) as store:
        for i in range(n):
            text = f"{prefix} report {i}.\n{STRIKE_A}\n"
            store.save_article(
                an_article(text, path=f"{prefix}/{i}.txt", site=prefix),
                extraction(an_event(text, STRIKE_A)),
            )


def test_two_processes_importing_at_once_leave_a_whole_consistent_store(tmp_path: Path) -> None:
    # given a store and two processes importing into it at the same time
    path = tmp_path / "shared.sqlite"
    Store(path).close()
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_import_many, args=(str(path), p, 25)) for p in ("A", "B")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    # then both finished, every article is there once and the file is intact
    assert [w.exitcode for w in workers] == [0, 0]
    with Store(path) as store:
        assert len(store.articles()) == 50
        assert store.summary_is_consistent()
        # fifty reports of one strike: one event per happening
        assert store.count_events() == 1
        assert store.events()[0].source_count == 50
        assert store.count_articles(EventFilter()) == 50
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_a_store_can_be_named_by_a_url(tmp_path: Path) -> None:
    path = tmp_path / "by-url.sqlite"
    with Store(f"sqlite:///{path}") as store:
        store.save_article(an_article(STRIKE_A), extraction(an_event(STRIKE_A, STRIKE_A)))
    with Store(path) as store:
        assert store.count_events() == 1


def test_an_in_memory_store_works_for_scripts() -> None:
    with Store("sqlite://") as store:
        store.save_article(an_article(STRIKE_A), extraction(an_event(STRIKE_A, STRIKE_A)))
        assert store.count_events(EventFilter(text="voronezh")) == 1
        assert store.location == "sqlite://"
