"""`timeline-app import`, `events` and `export` on a real store: per-file lines, exit codes, reruns."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.store.repositories import Store


@pytest.fixture
def mixed_folder(tmp_path: Path, seed_article: Path, repo_dir: Path) -> Path:
    """The seed, the sample articles, an empty file and binary data named .txt."""
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(seed_article, folder / "seed-article.txt")
    for sample in sorted((repo_dir / "data" / "samples").iterdir()):
        if sample.is_file():
            shutil.copy(sample, folder / sample.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def statuses(lines: list[str]) -> dict[str, str]:
    """file name → status word, from the per-file lines."""
    out = {}
    for line in lines:
        status, _, rest = line.partition(" ")
        if status in ("imported", "updated", "unchanged", "failed"):
            out[Path(rest.strip().split(": ")[0].split("  (")[0]).name] = status
    return out


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_import_takes_the_good_files_names_the_bad_ones_and_exits_1(
    mixed_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite"
    # when
    code, lines, err = run(capsys, "import", str(mixed_folder), "--db", str(db))
    # then
    assert code == 1
    seen = statuses(lines)
    good = {p.name for p in mixed_folder.iterdir()} - {"empty.txt", "binary.txt"}
    assert {name: seen[name] for name in good} == dict.fromkeys(good, "imported")
    assert seen["empty.txt"] == seen["binary.txt"] == "failed"
    failed_lines = [line for line in lines if line.startswith("failed")]
    assert all(line.split(": ", 1)[1].strip() for line in failed_lines)  # each has a reason
    assert lines[-1].startswith(f"{len(good)} imported") and "2 failed" in lines[-1]
    assert "Traceback" not in err
    # and the store holds the good ones, intact
    assert integrity(db) == "ok"
    store = Store(db)
    try:
        assert len(store.articles()) == len(good)
    finally:
        store.close()


def test_import_again_reports_every_good_file_unchanged(
    mixed_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite"
    run(capsys, "import", str(mixed_folder), "--db", str(db))
    code, lines, _ = run(capsys, "import", str(mixed_folder), "--db", str(db))
    seen = statuses(lines)
    assert code == 1  # the two bad files still fail
    assert {s for n, s in seen.items() if n not in ("empty.txt", "binary.txt")} == {"unchanged"}
    assert " 0 imported" in " " + lines[-1]


def test_import_of_good_files_only_exits_0(
    tmp_path: Path, seed_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite"
    code, lines, _ = run(
        capsys, "import", str(seed_article), "--db", str(db), "--published", "2025-11-19"
    )
    assert code == 0
    assert lines[0].startswith("imported") and lines[0].endswith("events)")


def test_events_json_lists_the_imported_events_with_provenance(
    tmp_path: Path, seed_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite"
    run(capsys, "import", str(seed_article), "--db", str(db), "--published", "2025-11-19")
    code, lines, _ = run(capsys, "events", "--db", str(db), "--json")
    events = [json.loads(line) for line in lines]
    assert code == 0 and events
    for ev in events:
        assert {"id", "type", "title", "date_start", "date_end", "precision", "sources"} <= set(ev)
        assert ev["sources"] and ev["sources"][0]["sentence"]
    strikes = [e for e in events if e["type"] == "missile_strike"]
    assert any(e["date_start"] == "2025-11-18" for e in strikes)


def test_events_filters_by_type_and_range_and_prints_a_table(
    tmp_path: Path, seed_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite"
    run(capsys, "import", str(seed_article), "--db", str(db), "--published", "2025-11-19")
    argv = ["events", "--db", str(db), "--type", "missile_strike", "--from", "2025-11-18"]
    code, lines, _ = run(capsys, *argv, "--to", "2025-11-18")
    assert code == 0
    assert lines[0].split()[:4] == ["DATE", "PRECISION", "TYPE", "TITLE"]
    rows = lines[1:-1]
    assert rows and all("missile_strike" in row and "2025-11-18" in row for row in rows)
    assert lines[-1] == f"{len(rows)} event{'' if len(rows) == 1 else 's'}"


def test_export_csv_from_the_command_line(
    tmp_path: Path, seed_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = tmp_path / "store.sqlite", tmp_path / "events.csv"
    run(capsys, "import", str(seed_article), "--db", str(db), "--published", "2025-11-19")
    code, lines, _ = run(capsys, "export", "--db", str(db), "--out", str(out))
    assert code == 0 and out.is_file()
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert lines == [f"exported {len(rows)} event{'' if len(rows) == 1 else 's'} to {out}"]


def test_export_images_from_the_command_line(
    tmp_path: Path, seed_article: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    # `qapp`: the export makes a QGuiApplication when none exists, and one made here would
    # outlive this test, so widgets in GUI tests run later in this process could not be built.
    db = tmp_path / "store.sqlite"
    run(capsys, "import", str(seed_article), "--db", str(db), "--published", "2025-11-19")
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert main(["export", "--db", str(db), "--out", str(png), "--width", "1600"]) == 0
    assert main(["--db", str(db), "export", "--out", str(svg), "--title", "Seed"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Voronezh" in svg.read_text(encoding="utf-8")


def test_db_given_before_the_subcommand_is_used(
    tmp_path: Path, seed_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite"
    run(capsys, "--db", str(db), "import", str(seed_article), "--published", "2025-11-19")
    code, lines, _ = run(capsys, "--db", str(db), "events", "--json")
    assert code == 0 and len(lines) > 0
