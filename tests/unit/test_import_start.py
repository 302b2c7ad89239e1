"""What keeps a bulk import quick without changing what it stores: the writer's imports (no
extraction), the language model's BLAS threads (one, and the user's environment untouched), and
the search index written in rowid order (one segment per transaction, not one per touched event).
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timeline_app.store import search

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, **env: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT), **env},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_the_importer_and_the_store_import_no_extraction() -> None:
    # The writer of a pooled import extracts nothing; its imports delay the pool's start.
    out = _python(
        """
        import sys
        import timeline_app.services.importer, timeline_app.store.repositories
        print(sorted(m for m in sys.modules if m.startswith("timeline_app.extraction")))
        """
    )
    assert out == "[]"


def test_the_worker_extracts_with_the_pipeline_imported_on_first_use(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russian drones struck Kharkiv on 3 March 2024.\n")
    out = _python(
        f"""
        from timeline_app.services.worker import ReadRequest, read_and_extract
        outcome = read_and_extract(ReadRequest({str(tmp_path / "a.txt")!r}))
        print(len(outcome.articles[0].extraction.events), outcome.error)
        """,
        TIMELINE_APP_CACHE_DIR=str(tmp_path / "cache"),
    )
    assert out == "1"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_language_model_loads_with_one_blas_thread_and_leaves_the_environment(
    tmp_path: Path,
) -> None:
    out = _python(
        """
        import os
        from timeline_app.readers.language import detect_language
        code = detect_language("Russian drones struck energy facilities in Kharkiv on Monday. " * 5)
        print(code, len(os.listdir("/proc/self/task")), os.environ.get("OPENBLAS_NUM_THREADS"))
        """,
        TIMELINE_APP_CACHE_DIR=str(tmp_path),
    )
    assert out == "en 1 None"


def test_a_thread_count_the_user_set_is_kept(tmp_path: Path) -> None:
    out = _python(
        """
        import os
        from timeline_app.readers.language import detect_language
        detect_language("Russian drones struck energy facilities in Kharkiv on Monday. " * 5)
        print(os.environ.get("OPENBLAS_NUM_THREADS"))
        """,
        TIMELINE_APP_CACHE_DIR=str(tmp_path),
        OPENBLAS_NUM_THREADS="2",
    )
    assert out == "2"


def _index(docs_in_order: list[tuple[int, str, str]], drop: list[int]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(search._FTS_DDL[0])
    db.execute("BEGIN")
    db.executemany(search._ADD_DOCUMENT, [(i, "old", "old words") for i in sorted(drop)])
    db.execute("COMMIT")
    db.execute("BEGIN")
    search.replace_documents(db, drop, docs_in_order)
    db.execute("COMMIT")
    return db


def test_documents_given_out_of_order_are_indexed_as_in_rowid_order() -> None:
    rng = random.Random(3)
    ids = list(range(1, 400))
    docs = [(i, f"event {i}", f"drones struck city{i % 17} on day {i}") for i in ids]
    drop = ids[::3]
    shuffled, dropped = docs[:], drop[:]
    rng.shuffle(shuffled)
    rng.shuffle(dropped)
    given, ordered = _index(shuffled, dropped), _index(sorted(docs), sorted(drop))
    # The same answers, and as few index pages: out of order, FTS5 would have written a
    # segment at each smaller rowid.
    for query in ("drones", "city3", "old", "event"):
        sql = "SELECT rowid FROM event_fts WHERE event_fts MATCH ? ORDER BY rowid"
        assert given.execute(sql, (query,)).fetchall() == ordered.execute(sql, (query,)).fetchall()
    pages = "SELECT count(*) FROM event_fts_data"
    assert given.execute(pages).fetchone() == ordered.execute(pages).fetchone()
    given.execute("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')")
