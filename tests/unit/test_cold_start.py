"""What shortens an import's start: chunk sizes that ramp up and down, a forkserver that preloads
only what the files need, heavy readers imported on their first file, the CLI starting the
workers before it imports the store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from timeline_app import cli
from timeline_app.readers.registry import HEAVY_READER_MODULES, READERS, needs_heavy_readers
from timeline_app.services import parallel
from timeline_app.services.parallel import IN_PROCESS_BELOW, _chunk_size, _chunk_sizes

from .test_importer import DEADLY, square_or_die


@pytest.mark.parametrize("workers", [2, 3, 4, 8])
def test_chunk_sizes_cover_every_item_within_the_bounds(workers: int) -> None:
    for total in list(range(1, 300)) + [999, 1000, 1001, 5000]:
        sizes = _chunk_sizes(total, workers)
        assert sum(sizes) == total
        assert all(1 <= n <= 32 for n in sizes)
        assert max(sizes) == _chunk_size(total, workers)


def test_chunk_sizes_ramp_up_at_the_start_and_down_at_the_end() -> None:
    sizes = _chunk_sizes(1000, 2)
    assert sizes[:6] == [4, 4, 8, 8, 16, 16]
    assert sizes[-6:] == [16, 16, 8, 8, 4, 4]
    assert set(sizes[6:-6]) <= {32, 24}
    assert _chunk_sizes(10, 2) == [1] * 10  # too few for a ramp


def test_ramped_chunks_keep_order_and_survive_dying_workers() -> None:
    items = list(range(120))
    chunks = list(
        parallel.ordered_chunks(square_or_die, items, on_crash=lambda n, why: -n, workers=2)
    )
    assert [len(c) for c in chunks] == _chunk_sizes(len(items), 2)
    assert [r for c in chunks for r in c] == [-n if n in DEADLY else n * n for n in items]


def test_the_forkserver_preloads_heavy_readers_only_when_asked() -> None:
    light = parallel._preload(heavy_readers=False)
    heavy = parallel._preload(heavy_readers=True)
    assert not set(light) & set(HEAVY_READER_MODULES.values())
    assert set(HEAVY_READER_MODULES.values()) <= set(heavy)
    assert heavy[-1] == light[-1] == "timeline_app.services.warm"  # warms what was imported


def test_which_files_may_need_heavy_readers() -> None:
    assert not needs_heavy_readers(["a.txt", "B.TXT", "notes.md", "dump.jsonl"])
    for name in ["a.html", "a.pdf", "a.docx", "a.eml", "a.zip", "feed.xml", "a.mht", "noname"]:
        assert needs_heavy_readers(["a.txt", name]), name


def test_lazy_readers_keep_their_names_and_read() -> None:
    assert READERS["html"].__name__ == "read_html"
    assert READERS["feed"].__name__ == "read_feed"
    from timeline_app.readers.base import ReadContext

    page = b"<html><head><title>T</title></head><body><p>" + b"Drones struck Kharkiv. " * 20
    drafts = READERS["html"](page + b"</p></body></html>", ReadContext("a.html"))
    assert "Drones struck Kharkiv" in drafts[0].text


def _args(*argv: str) -> argparse.Namespace:
    return cli.build_parser().parse_args(list(argv))


@pytest.fixture
def prestarts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(
        parallel, "prestart", lambda heavy_readers=True: calls.append(heavy_readers)
    )
    return calls


def test_the_cli_starts_light_workers_for_a_folder_of_text(
    tmp_path: Path, prestarts: list[bool]
) -> None:
    for n in range(IN_PROCESS_BELOW):
        (tmp_path / f"{n}.txt").write_text("x")
    cli._prestart_workers(_args("import", str(tmp_path)))
    assert prestarts == [False]
    (tmp_path / "page.html").write_text("x")
    cli._prestart_workers(_args("import", str(tmp_path)))
    assert prestarts == [False, True]


def test_the_cli_starts_no_workers_when_none_will_run(
    tmp_path: Path, prestarts: list[bool]
) -> None:
    for n in range(IN_PROCESS_BELOW - 1):
        (tmp_path / f"{n}.txt").write_text("x")
    cli._prestart_workers(_args("import", str(tmp_path)))
    (tmp_path / "one-more.txt").write_text("x")
    cli._prestart_workers(_args("import", str(tmp_path), "--jobs", "1"))
    cli._prestart_workers(_args("events"))
    assert prestarts == []


def test_the_cli_walks_an_imported_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The workers start on what one walk found; the import uses the same list, with the date and
    # language the user gave.
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(IN_PROCESS_BELOW + 2):
        (folder / f"{n}.txt").write_text(f"Russian drones struck Kharkiv {n} times.\n")
    from timeline_app import readers
    from timeline_app.services import importer

    walked: list[Path] = []
    real = readers.expand_paths

    def counting(paths: Any) -> list[Path]:
        paths = list(paths)
        walked.extend(p for p in paths if p.is_dir())
        return real(paths)

    monkeypatch.setattr(readers, "expand_paths", counting)
    monkeypatch.setattr(importer, "expand_paths", counting)
    monkeypatch.setattr(parallel, "prestart", lambda heavy_readers=True: None)
    argv = ["import", str(folder), "--db", str(tmp_path / "s.sqlite"), "--published", "2025-11-19"]
    assert cli.main(argv) == 0
    assert walked == [folder]
    assert f"{IN_PROCESS_BELOW + 2} imported" in capsys.readouterr().out
