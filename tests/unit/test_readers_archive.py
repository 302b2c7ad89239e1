"""Zip archives and folders: every entry read by its own reader, with a unique source path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.fixtures.reader_builders import (
    STORY,
    a_docx_bytes,
    a_zip_bytes,
    an_html_page,
    an_rss_feed,
    write,
)
from timeline_app.readers import expand_paths, read_path


def test_zip_of_several_formats(tmp_path: Path) -> None:
    archive = a_zip_bytes(
        {
            "2025-11-17-brief.txt": "Morning brief\n\n" + STORY,
            "pages/convoy.html": an_html_page(),
            "word/sitrep.docx": a_docx_bytes("Situation report", [STORY]),
            "__MACOSX/._convoy.html": b"\x00\x05\x16\x07",
            "pages/": b"",
        }
    )
    path = write(tmp_path, "bundle.zip", archive)
    articles = read_path(path)
    assert [a.source_path for a in articles] == [
        f"{path}!2025-11-17-brief.txt",
        f"{path}!pages/convoy.html",
        f"{path}!word/sitrep.docx",
    ]
    assert articles[0].published == date(2025, 11, 17)  # the entry's own file name
    assert articles[1].published == date(2025, 11, 19)
    assert articles[2].title == "Situation report"


def test_zip_skips_bad_entries_and_keeps_good_ones(tmp_path: Path) -> None:
    archive = a_zip_bytes({"empty.txt": b"", "good.txt": "Talks resumed\n\n" + STORY})
    articles = read_path(write(tmp_path, "mixed.zip", archive))
    assert [a.title for a in articles] == ["Talks resumed"]


def test_nested_zip_and_feed_inside(tmp_path: Path) -> None:
    feed = an_rss_feed([("Item", "https://w.example/i", "Tue, 18 Nov 2025 10:00:00 GMT", STORY)])
    inner = a_zip_bytes({"wire.xml": feed})
    path = write(tmp_path, "outer.zip", a_zip_bytes({"inner.zip": inner}))
    articles = read_path(path)
    assert [a.source_path for a in articles] == [f"{path}!inner.zip!wire.xml#item-1"]


def test_user_date_applies_to_every_entry(tmp_path: Path) -> None:
    archive = a_zip_bytes({"a.txt": STORY, "b.txt": "Other story\n\n" + STORY})
    articles = read_path(write(tmp_path, "two.zip", archive), published=date(2025, 1, 2))
    assert {(a.published, a.published_source) for a in articles} == {(date(2025, 1, 2), "option")}


def test_expand_paths_walks_folders_sorted_without_hidden(tmp_path: Path) -> None:
    write(tmp_path, "b/two.txt", "x")
    write(tmp_path, "a/one.txt", "x")
    write(tmp_path, ".git/config", "x")
    write(tmp_path, "a/.hidden.txt", "x")
    single = write(tmp_path, "single.txt", "x")
    files = expand_paths([tmp_path / "a", tmp_path / "b", single])
    assert files == [tmp_path / "a/one.txt", tmp_path / "b/two.txt", single]


def test_expand_paths_of_the_root_skips_hidden_folders(tmp_path: Path) -> None:
    write(tmp_path, "a/one.txt", "x")
    write(tmp_path, ".cache/two.txt", "x")
    assert expand_paths([tmp_path]) == [tmp_path / "a/one.txt"]


def test_zip_passes_over_pictures_and_programs_as_a_folder_does(tmp_path: Path) -> None:
    # a saved page's pictures and a stray program beside the articles are no one's mistake
    archive = a_zip_bytes(
        {
            "page/story.txt": "Talks resumed\n\n" + STORY,
            "page/photo.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
            "tools/setup.exe": b"MZ" + b"\x00" * 64,
        }
    )
    failures: list[tuple[str, str]] = []
    path = write(tmp_path, "saved.zip", archive)
    assert [a.title for a in read_path(path, failures=failures)] == ["Talks resumed"]
    assert failures == []
