"""Found in the acceptance pass of `timeline-app import` and `extract`: an article stored without a
publication date says so (its relative dates are unresolved), `extract` takes folders as `import`
does, and the pictures, videos and programs a dropped folder holds are skipped, not failed."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from timeline_app import cli
from timeline_app.cli import main
from timeline_app.domain.model import FileReport
from timeline_app.readers import expand_paths, skipped_in_folders
from timeline_app.readers.kinds import never_read
from timeline_app.readers.registry import needs_heavy_readers
from timeline_app.services import parallel
from timeline_app.services.extract_service import ExtractRequest, expand_folders
from timeline_app.services.importer import (
    UNDATED,
    ImportProgress,
    import_paths,
    is_undated,
    plan,
    report_line,
    summary_line,
)
from timeline_app.services.parallel import IN_PROCESS_BELOW
from timeline_app.store.repositories import Store

UNDATED_STORY = (
    "Convoy reaches the east\n\nOfficials said on Tuesday that a convoy carrying medical aid had "
    "reached the eastern districts. Engineers repaired a damaged bridge earlier this week.\n"
)
DATED_STORY = "Published: 19 November 2025\n\n" + UNDATED_STORY.replace("Convoy", "Aid convoy")
NOTE = "publication date unknown: relative dates unresolved — set it with --published or in the app"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def a_drop(folder: Path) -> Path:
    """Two articles beside what a folder of press cuttings also holds."""
    write(folder, "a-story.txt", DATED_STORY)
    write(folder, "b-photo.png", PNG)
    write(folder, "c-interview.mp3", b"ID3" + bytes(range(256)) * 4)
    write(folder, "d-tool.exe", b"MZ" + bytes(range(256)) * 4)
    write(folder, "e-font.ttf", bytes(range(256)) * 4)
    write(folder, "f-backup.7z", b"7z\xbc\xaf\x27\x1c" + bytes(range(256)) * 4)
    write(folder, "g-casualties.csv", "date,place\n2025-11-18,Odesa\n")
    write(folder, "sub/h-other.txt", UNDATED_STORY)
    write(folder, "sub/i-clip.MP4", bytes(range(256)) * 4)
    write(folder, ".hidden/j.txt", UNDATED_STORY)
    return folder


# --- 1. an article stored without a publication date says so --------------------------------


def test_the_line_of_an_undated_article_says_how_to_date_it() -> None:
    report = FileReport("in/a.txt", "imported", 7, reason=UNDATED)
    assert is_undated(report)
    assert report_line(report) == f"imported   in/a.txt  (7 events; {NOTE})"
    one = FileReport("in/b.txt", "updated", 1, reason=UNDATED)
    assert report_line(one) == f"updated    in/b.txt  (1 event; {NOTE})"


def test_other_lines_are_as_they_were() -> None:
    assert report_line(FileReport("a.txt", "imported", 7)) == "imported   a.txt  (7 events)"
    assert not is_undated(FileReport("a.txt", "imported", 7))
    adopted = FileReport("b.txt", "updated", 2, reason="its publication date was unknown: it ...")
    assert not is_undated(adopted)
    assert report_line(adopted) == f"updated    b.txt  (2 events): {adopted.reason}"
    assert not is_undated(FileReport("c.txt", "failed", reason=UNDATED))


def test_the_summary_counts_the_undated_articles() -> None:
    counts = Counter({"imported": 3})
    assert summary_line(counts, 9, 1.04) == "3 imported, 0 failed; 9 events stored in 1.0 s"
    assert summary_line(counts, 9, 1.04, 1).endswith(
        "stored in 1.0 s; 1 article has no publication date"
    )
    assert summary_line(counts, 9, 1.04, 2).endswith("; 2 articles have no publication date")


def test_the_importer_marks_the_articles_stored_without_a_date(tmp_path: Path) -> None:
    undated = write(tmp_path / "in", "undated.txt", UNDATED_STORY)
    dated = write(tmp_path / "in", "dated.txt", DATED_STORY)
    with Store(tmp_path / "s.sqlite") as store:
        first = [r for s in import_paths(store, [undated, dated], workers=1) for r in s.reports]
        # the undated file changed: updated, and still undated
        undated.write_text(UNDATED_STORY + "More later.\n", encoding="utf-8")
        again = [r for s in import_paths(store, [undated, dated], workers=1) for r in s.reports]
    assert [(r.status, r.reason) for r in first] == [("imported", UNDATED), ("imported", "")]
    assert [(r.status, r.reason) for r in again] == [("updated", UNDATED), ("unchanged", "")]


def test_cli_import_notes_each_undated_article_and_counts_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    write(folder, "a.txt", UNDATED_STORY)
    write(folder, "b.txt", DATED_STORY)
    write(folder, "c.txt", UNDATED_STORY.replace("convoy", "train"))
    code, lines, _ = run(capsys, "import", str(folder), "--db", str(tmp_path / "s.sqlite"))
    assert code == 0
    assert lines[0].startswith(f"imported   {folder / 'a.txt'}  (")
    assert lines[0].endswith(f" events; {NOTE})")
    assert lines[1].startswith(f"imported   {folder / 'b.txt'}  (")
    assert lines[1].endswith(" events)")
    assert lines[2].endswith(NOTE + ")")
    assert lines[3].startswith("3 imported, 0 failed;")
    assert lines[3].endswith("; 2 articles have no publication date")


def test_cli_import_with_published_has_no_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.txt", UNDATED_STORY)
    db = str(tmp_path / "s.sqlite")
    code, lines, _ = run(capsys, "import", str(path), "--db", db, "--published", "2025-11-19")
    assert code == 0
    assert "publication date" not in "\n".join(lines)


# --- 2. extract takes folders as import does -------------------------------------------------


def test_extract_a_folder_gives_its_files_in_the_order_import_takes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    write(folder, "b.txt", DATED_STORY)
    write(folder, "a/z.txt", UNDATED_STORY)
    write(folder, ".git/config.txt", UNDATED_STORY)
    archive = folder / "c.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("one.txt", DATED_STORY)
        zf.writestr("two.txt", UNDATED_STORY.replace("convoy", "train"))
    single = write(tmp_path, "single.txt", UNDATED_STORY.replace("convoy", "bus"))
    # when
    code, lines, err = run(capsys, "extract", str(folder), str(single), "--jobs", "1")
    # then
    objects = [json.loads(line) for line in lines]
    assert code == 0 and "error" not in err
    assert [o["file"] for o in objects] == [
        str(folder / "a/z.txt"),
        str(folder / "b.txt"),
        f"{archive}!one.txt",
        f"{archive}!two.txt",
        str(single),
    ]
    assert all(o["error"] is None and o["article"] for o in objects)
    # the same files, in the same order, as import walks them
    assert [str(p) for p in expand_paths([folder, single])] == [
        str(folder / "a/z.txt"),
        str(folder / "b.txt"),
        str(archive),
        str(single),
    ]


def test_extract_a_folder_applies_the_date_and_language_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    write(folder, "a.txt", UNDATED_STORY)
    code, lines, _ = run(capsys, "extract", str(folder), "--published", "2025-11-19")
    article = json.loads(lines[0])["article"]
    assert code == 0 and (article["published"], article["published_source"]) == (
        "2025-11-19",
        "option",
    )


def test_extract_skips_the_pictures_of_a_folder_but_not_a_picture_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = a_drop(tmp_path / "drop")
    code, lines, err = run(capsys, "extract", str(folder))
    files = [json.loads(line)["file"] for line in lines]
    assert code == 0
    assert files == [str(folder / "a-story.txt"), str(folder / "sub/h-other.txt")]
    assert f"timeline-app: skipped {folder / 'b-photo.png'}: not an article: an image (.png)" in err
    assert err.count("skipped") == 7
    # named on its own, a picture is read, and fails
    code, lines, err = run(capsys, "extract", str(folder / "b-photo.png"))
    assert code == 1 and json.loads(lines[0])["error"] == "unsupported file type (.png)"


def test_extract_an_empty_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "extract", str(tmp_path / "empty"))
    assert code == 1
    assert err.strip() == f"timeline-app: error: no files to extract in {tmp_path / 'empty'}"


def test_a_manifests_folder_gives_each_file_its_date_under_the_name_written(
    tmp_path: Path,
) -> None:
    write(tmp_path / "cuttings", "a.txt", UNDATED_STORY)
    write(tmp_path / "cuttings", "b.png", PNG)
    day = ExtractRequest(str(tmp_path / "cuttings"), label="cuttings")
    requests, skipped = expand_folders([day])
    assert [(r.path, r.file) for r in requests] == [
        (str(tmp_path / "cuttings" / "a.txt"), str(Path("cuttings") / "a.txt"))
    ]
    assert skipped == [(str(Path("cuttings") / "b.png"), "not an article: an image (.png)")]


# --- 3. what a folder holds that is never read is skipped, not failed -----------------------


def test_kinds_never_read_are_known_by_their_suffix() -> None:
    assert never_read("photo.JPG") == "an image"
    assert never_read("talk.mp3") == "a sound recording"
    assert never_read("clip.mkv") == "a video"
    assert never_read("setup.exe") == "a program or disk image"
    assert never_read("Roboto.woff2") == "a font"
    assert never_read("old.tar.gz") == "an archive other than zip"
    assert never_read("data.csv") == "data, code or settings"
    for name in ("a.txt", "a.html", "a.pdf", "a.docx", "a.zip", "a.eml", "a.json", "README"):
        assert never_read(name) == ""


def test_only_files_found_in_folders_are_skipped(tmp_path: Path) -> None:
    folder = a_drop(tmp_path / "drop")
    named = folder / "b-photo.png"
    files = expand_paths([folder, named])
    skipped = skipped_in_folders(files, [folder, named])
    assert files.count(named) == 2  # the folder's and the one named
    assert named not in skipped  # named: read (and refused) like any file
    assert set(skipped) == {
        folder / n
        for n in ("c-interview.mp3", "d-tool.exe", "e-font.ttf", "f-backup.7z")
        + ("g-casualties.csv", "sub/i-clip.MP4")
    }
    assert skipped[folder / "sub/i-clip.MP4"] == "not an article: a video (.mp4)"
    assert skipped_in_folders([named], [named]) == {}
    # and plan() marks them so
    requests = plan([folder])
    assert [Path(r.path).name for r in requests if r.skip][:1] == ["b-photo.png"]
    assert sum(bool(r.skip) for r in requests) == 7


@pytest.mark.parametrize("workers", [1, 2])
def test_the_importer_reports_skipped_files_in_their_place(tmp_path: Path, workers: int) -> None:
    folder = a_drop(tmp_path / "drop")
    for n in range(IN_PROCESS_BELOW):  # enough for a pool to run
        write(folder, f"sub/k{n}.txt", UNDATED_STORY.replace("convoy", f"convoy {n}"))
    with Store(tmp_path / "s.sqlite") as store:
        steps: list[ImportProgress] = list(import_paths(store, [folder], workers=workers))
        stored = len(store.articles())
    reports = [r for s in steps for r in s.reports]
    walked = [str(p) for p in expand_paths([folder])]
    assert [r.path for r in reports] == walked  # each file once, in the walk's order
    assert [s.files_done for s in steps] == list(range(1, len(walked) + 1))
    assert {s.files_total for s in steps} == {len(walked)} and not steps[-1].cancelled
    statuses = Counter(r.status for r in reports)
    assert statuses == {"imported": 2 + IN_PROCESS_BELOW, "skipped": 7}
    assert stored == 2 + IN_PROCESS_BELOW
    photo = next(r for r in reports if r.path.endswith("b-photo.png"))
    assert (photo.reason, photo.events) == ("not an article: an image (.png)", 0)


def test_a_folder_of_skipped_files_only_imports_nothing_and_says_so(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.png", PNG)
    write(tmp_path / "in", "b.png", PNG)
    with Store(tmp_path / "s.sqlite") as store:
        steps = list(import_paths(store, [tmp_path / "in"], workers=2))
    assert [(s.files_done, s.files_total, s.reports[0].status) for s in steps] == [
        (1, 2, "skipped"),
        (2, 2, "skipped"),
    ]


def test_cli_import_of_a_folder_skips_its_pictures_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = a_drop(tmp_path / "drop")
    db = str(tmp_path / "s.sqlite")
    code, lines, _ = run(capsys, "import", str(folder), "--db", db)
    assert code == 0
    assert f"skipped    {folder / 'b-photo.png'}: not an article: an image (.png)" in lines
    assert lines[-1].startswith("2 imported, 0 failed, 7 skipped;")
    # a picture the user names is read, and fails
    code, lines, _ = run(capsys, "import", str(folder / "b-photo.png"), "--db", db)
    assert code == 1
    assert lines[0] == f"failed     {folder / 'b-photo.png'}: unsupported file type (.png)"


def test_cli_import_starts_no_workers_for_files_it_skips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(
        parallel, "prestart", lambda heavy_readers=True: calls.append(heavy_readers)
    )
    for n in range(IN_PROCESS_BELOW):
        write(tmp_path / "in", f"{n}.png", PNG)
    write(tmp_path / "in", "a.txt", UNDATED_STORY)
    cli._prestart_workers(cli.build_parser().parse_args(["import", str(tmp_path / "in")]))
    assert calls == []  # one file to read: no pool
    for n in range(IN_PROCESS_BELOW):
        write(tmp_path / "in", f"{n}.txt", UNDATED_STORY)
    cli._prestart_workers(cli.build_parser().parse_args(["import", str(tmp_path / "in")]))
    assert calls == [False]  # and the pictures need no heavy reader


def test_pictures_need_no_heavy_reader() -> None:
    assert not needs_heavy_readers(["a.txt", "b.png", "c.mp4", "d.csv"])
    assert needs_heavy_readers(["a.txt", "b.html"])


@pytest.mark.parametrize("command", ["extract", "import"])
def test_a_folder_that_cannot_be_walked_is_one_clear_line(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from timeline_app import readers
    from timeline_app.services import extract_service, importer

    def refused(paths: object) -> list[Path]:
        raise PermissionError(13, "Permission denied", str(tmp_path / "locked"))

    for module in (readers, importer, extract_service):
        monkeypatch.setattr(module, "expand_paths", refused)
    write(tmp_path / "in", "a.txt", UNDATED_STORY)
    db = ["--db", str(tmp_path / "s.sqlite")] if command == "import" else []
    code, _, err = run(capsys, command, str(tmp_path / "in"), *db)
    assert code == 1
    assert err == f"timeline-app: error: cannot read {tmp_path / 'locked'}: Permission denied\n"
