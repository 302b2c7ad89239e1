"""Kill -9 in the middle of importing 1,000 files: the store stays consistent and a second import
completes the rest (issue 5, item 6).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline_app.domain.model import EventFilter
from timeline_app.store.repositories import Store

FILES = 1000
KILL_AFTER = 40  # articles stored before the kill
# Each article reports its own happenings (dates a day apart): the test is about crashes, not
# about attaching hundreds of reports to one event.
TEMPLATE = (
    "Situation report {n}\n\n"
    "KYIV — Russian drones struck {city} overnight on {when}, the regional governor said. "
    "Repair crews restored power to {count} homes by the evening.\n\n"
    "Reference {n}: shelling of {city} was reported on {before}.\n"
)
CITIES = ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Kherson", "Zaporizhzhia", "Mykolaiv"]


def generated_articles(folder: Path) -> Path:
    folder.mkdir()
    first = date(2022, 3, 1)
    for n in range(FILES):
        day = first + timedelta(days=n)
        text = TEMPLATE.format(
            n=n, city=CITIES[n % len(CITIES)], count=100 + n, when=f"{day:%-d %B %Y}",
            before=f"{day - timedelta(days=1):%-d %B %Y}",
        )  # fmt: skip
        (folder / f"report-{n:04d}.txt").write_text(text)
    return folder


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet, or busy


def start_import(folder: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "timeline_app", "import", str(folder), "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )  # fmt: skip


def kill_when_stored(proc: subprocess.Popen[str], db: Path, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while stored_articles(db) < count:
        assert proc.poll() is None, (
            f"import ended before the kill: {proc.stderr.read() if proc.stderr else ''}"
        )
        assert time.monotonic() < deadline, "the import stored too few articles in time"
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def assert_consistent(db: Path) -> int:
    """Integrity, no event without its article, a day summary that matches; returns articles."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with Store(db) as store:
        articles = {a.id for a in store.articles()}
        for event in store.events(EventFilter(include_deleted=True)):
            assert event.sources, f"event {event.id} has no source"
            assert {s.article_id for s in event.sources} <= articles
        if hasattr(store, "summary_is_consistent"):
            assert store.summary_is_consistent()
    return len(articles)


@pytest.mark.slow
def test_sigkill_mid_import_leaves_a_consistent_store_and_a_rerun_completes(
    tmp_path: Path,
) -> None:
    # given 1,000 articles being imported
    folder = generated_articles(tmp_path / "articles")
    db = tmp_path / "store.sqlite"
    proc = start_import(folder, db)
    # when the process is killed after some are in
    kill_when_stored(proc, db, KILL_AFTER, timeout=45)
    # then the store is consistent and holds only whole articles
    kept = assert_consistent(db)
    assert KILL_AFTER <= kept < FILES
    # and importing the same folder again completes the rest
    rerun = subprocess.run(
        [sys.executable, "-m", "timeline_app", "import", str(folder), "--db", str(db)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stdout[-2000:] + rerun.stderr[-2000:]
    lines = [
        line for line in rerun.stdout.splitlines() if line.startswith(("imported", "unchanged"))
    ]
    assert len(lines) == FILES
    assert sum(line.startswith("unchanged") for line in lines) == kept
    assert assert_consistent(db) == FILES


@pytest.mark.slow
def test_ctrl_c_cancels_cleanly_between_files(tmp_path: Path) -> None:
    # given an import under way
    folder = generated_articles(tmp_path / "articles")
    db = tmp_path / "store.sqlite"
    proc = start_import(folder, db)
    deadline = time.monotonic() + 45
    while stored_articles(db) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    # when the user presses Ctrl+C (the terminal signals the whole process group)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    # then it stops between files, says so, and what it stored is whole
    assert proc.returncode == 130, err
    assert "cancelled" in err and "Traceback" not in err
    assert "stored in" in out.splitlines()[-1]
    imported = sum(line.startswith("imported") for line in out.splitlines())
    assert assert_consistent(db) == imported < FILES
