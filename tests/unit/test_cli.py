"""The command-line contract (issue 2, item 6): `extract` output, exit codes and error messages."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.services.extract_service import CONTRACT_KEYS

ARTICLE_KEYS = {"title", "published", "published_source", "language"}
TE_KEYS = {"text", "start", "end", "date_start", "date_end", "precision"}
EVENT_KEYS = {
    "type", "title", "date_start", "date_end", "precision", "time_expression", "sentence",
    "start", "end", "actors", "places", "confidence", "basis", "status",
}  # fmt: skip
PRECISIONS = {"day", "week", "month", "season", "quarter", "half-year", "year", "decade", "century"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    """Run the CLI in-process; (exit code, stdout lines, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [line for line in out.splitlines() if line.strip()], err


def json_lines(lines: list[str]) -> list[dict]:
    return [json.loads(line) for line in lines]


def a_text_file(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


# --- extract: the seed article -------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_output(seed_article: Path) -> tuple[int, dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "timeline_app", "extract", str(seed_article),
         "--published", "2025-11-19", "--with-text"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stdout
    return proc.returncode, json.loads(lines[0])


def test_extract_seed_prints_one_object_with_the_contract_keys(
    seed_output: tuple[int, dict], seed_article: Path
) -> None:
    code, obj = seed_output
    assert code == 0
    assert list(obj) == list(CONTRACT_KEYS)
    assert obj["file"] == str(seed_article)
    assert obj["error"] is None
    assert ARTICLE_KEYS | {"text"} == set(obj["article"])
    assert obj["article"]["published"] == "2025-11-19"
    assert obj["article"]["published_source"] == "option"


def test_extract_seed_offsets_slice_the_article_text(seed_output: tuple[int, dict]) -> None:
    _, obj = seed_output
    text = obj["article"]["text"]
    assert obj["time_expressions"], "the seed has time expressions"
    for te in obj["time_expressions"]:
        assert set(te) == TE_KEYS
        assert text[te["start"] : te["end"]] == te["text"]
    for ev in obj["events"]:
        assert set(ev) >= EVENT_KEYS
        assert text[ev["start"] : ev["end"]] == ev["sentence"]


def test_extract_seed_dates_are_iso_with_a_named_precision(seed_output: tuple[int, dict]) -> None:
    _, obj = seed_output
    for item in obj["time_expressions"] + obj["events"]:
        if item["date_start"] is None:
            assert item["date_end"] is None and item["precision"] is None
            continue
        assert item["date_start"] <= item["date_end"]
        assert len(item["date_start"]) == 10 and item["precision"] in PRECISIONS


def test_extract_seed_finds_the_voronezh_missile_strike_on_tuesday(
    seed_output: tuple[int, dict],
) -> None:
    _, obj = seed_output
    strikes = [e for e in obj["events"] if e["type"] == "missile_strike"]
    assert any(
        e["date_start"] == e["date_end"] == "2025-11-18" and "Voronezh" in e["places"]
        for e in strikes
    ), strikes


def test_extract_end_of_august_is_not_a_single_day(seed_output: tuple[int, dict]) -> None:
    _, obj = seed_output
    august = [t for t in obj["time_expressions"] if "end of August" in t["text"]]
    assert august and all(t["date_start"] != t["date_end"] for t in august if t["date_start"])


# --- extract: several files, errors, manifest -----------------------------------------------


def test_extract_keeps_input_order_in_parallel_and_reports_unreadable_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given eight readable files and a missing one in the middle
    files = [
        a_text_file(tmp_path, f"a{i}.txt", f"Report {i}.\n\nTroops met in Kyiv on 3 March 2024.")
        for i in range(8)
    ]
    names = [str(f) for f in files[:4]] + [str(tmp_path / "gone.txt")] + [str(f) for f in files[4:]]
    # when
    code, lines, err = run(capsys, "extract", *names, "--published", "2024-03-05", "--jobs", "2")
    # then
    objects = json_lines(lines)
    assert [o["file"] for o in objects] == names
    assert code == 1
    missing = objects[4]
    assert missing["error"] and missing["article"] is None
    assert all(o["error"] is None for o in objects if o is not missing)
    assert "gone.txt" in err and "Traceback" not in err


def test_extract_empty_and_binary_files_get_an_error_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = a_text_file(tmp_path, "good.txt", "Officials met in Geneva on 4 May 2023.")
    empty = a_text_file(tmp_path, "empty.txt", "")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    code, lines, _ = run(capsys, "extract", str(empty), str(binary), str(good))
    objects = json_lines(lines)
    assert [bool(o["error"]) for o in objects] == [True, True, False]
    assert code == 1


def test_extract_manifest_gives_each_file_its_own_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = a_text_file(tmp_path, "one.txt", "Delegations met in Vienna on Monday.")
    a_text_file(tmp_path, "two.txt", "Delegations met in Oslo on Monday.")
    manifest = tmp_path / "list.jsonl"
    manifest.write_text(
        json.dumps({"path": str(one), "published": "2025-01-08"})
        + "\n\n"
        + json.dumps({"path": "two.txt", "published": "2024-06-05", "lang": "en"})
        + "\n"
    )
    code, lines, _ = run(capsys, "extract", "--manifest", str(manifest))
    objects = json_lines(lines)
    assert code == 0
    assert [o["file"] for o in objects] == [str(one), "two.txt"]
    assert [o["article"]["published"] for o in objects] == ["2025-01-08", "2024-06-05"]
    assert {o["article"]["published_source"] for o in objects} == {"option"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "x.txt", "--published", "2025-13-01"], "not a date"),
        (["extract", "x.txt", "--published", "yesterday"], "expected YYYY-MM-DD"),
        (["extract"], "needs FILEs or --manifest"),
        (["extract", "--manifest", "no-such-list.jsonl"], "cannot read manifest"),
        (["extract", "x.txt", "--lang", "english!"], "not a language code"),
        (["events", "--type", "massacre", "--db", "{tmp}/s.sqlite"], "valid types: meeting"),
        (["events", "--from", "2025-02-01", "--to", "2025-01-01"], "is after --to"),
        (["events", "--db", "{tmp}/missing.sqlite"], "no store at"),
        (["export", "--out", "{tmp}/t.docx"], "must end in one of .png"),
        (["export", "--out", "{tmp}/no/such/folder/t.csv"], "does not exist"),
        (["export", "--out", "{tmp}/t.png", "--width", "-5"], "not a positive"),
        (["import", "{tmp}/empty-folder", "--db", "{tmp}/s.sqlite"], "no files to import"),
        (["import", "x.txt", "--db", "{tmp}/no/folder/s.sqlite"], "does not exist"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_mistakes_give_one_clear_line_and_a_nonzero_exit(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty-folder").mkdir()
    code, _, err = run(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("timeline-app: error: ")
    assert message in lines[0]


def test_a_bad_manifest_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "list.jsonl"
    manifest.write_text('{"path": "a.txt"}\n{"path": "b.txt", "published": "2025-02-30"}\n')
    code, lines, err = run(capsys, "extract", "--manifest", str(manifest))
    assert code != 0 and not lines
    assert "line 2" in err and "YYYY-MM-DD" in err


def test_version_names_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = run(capsys, "--version")
    assert code == 0
    assert lines == [f"timeline-app {__import__('timeline_app').__version__}"]


def test_no_subcommand_starts_the_gui_with_db_and_smoke(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import timeline_app.app

    calls: list[tuple[Path | None, bool]] = []
    monkeypatch.setattr(
        timeline_app.app, "run_gui", lambda db, smoke: calls.append((db, smoke)) or 0
    )
    assert main(["--db", str(tmp_path / "s.sqlite"), "--smoke"]) == 0
    assert main([]) == 0
    assert calls == [(tmp_path / "s.sqlite", True), (None, False)]


def test_module_entry_point_reports_a_missing_file_without_a_traceback(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.html")
    proc = subprocess.run(
        [sys.executable, "-m", "timeline_app", "extract", missing],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    obj = json.loads(proc.stdout)
    assert obj["file"] == missing and obj["error"]


def test_extract_gives_one_object_per_article_of_an_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "Envoys met in Vienna on 2 May 2024 to discuss a truce.")
        zf.writestr("b.txt", "Drones struck Sumy on 5 May 2024, officials said.")
    after = a_text_file(tmp_path, "after.txt", "Troops withdrew from Avdiivka on 17 February 2024.")
    code, lines, _ = run(capsys, "extract", str(archive), str(after))
    objects = json_lines(lines)
    assert code == 0
    assert len(objects) == 3 and objects[2]["file"] == str(after)
    inner = [o["file"] for o in objects[:2]]
    assert all(str(archive) in f for f in inner) and inner[0].endswith("a.txt")
    assert inner[1].endswith("b.txt")
