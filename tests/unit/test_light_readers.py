"""What keeps an import's start short: the command line walks the folders and starts the workers
without loading a reader (readers/__init__.py and kinds.py are light), the writer never loads
one, the forkserver imports without the garbage collector, and a worker forked from it finds
every module a text needs imported already, and collects."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app import readers
from timeline_app.readers import base, files, kinds, published, registry

READERS = (
    "timeline_app.readers.base",
    "timeline_app.readers.registry",
    "timeline_app.readers.dates_text",
)


def _last_line(code: str, repo_dir: Path, tmp_path: Path) -> list[str]:
    """The list that the last line `code` printed in a fresh interpreter shows."""
    env = {"PYTHONPATH": str(repo_dir), "TIMELINE_APP_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return list(ast.literal_eval(proc.stdout.splitlines()[-1]))


def _loaded(code: str, repo_dir: Path, tmp_path: Path) -> list[str]:
    """The app's modules a fresh interpreter holds after running `code`."""
    code += "\nimport sys\nprint(sorted(m for m in sys.modules if m.startswith('timeline_app')))\n"
    return _last_line(code, repo_dir, tmp_path)


def test_the_cli_starts_the_workers_before_any_reader_loads(repo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(8):
        (folder / f"{n}.txt").write_text("Russian drones struck Kharkiv.\n")
    code = (
        "from timeline_app.services import parallel\n"
        "started = []\n"
        "parallel.prestart = lambda heavy_readers=True: started.append(heavy_readers)\n"
        "from timeline_app import cli\n"
        f"cli._prestart_workers(cli.build_parser().parse_args(['import', {str(folder)!r}]))\n"
        "assert started == [False], started\n"
    )
    loaded = _loaded(code, repo_dir, tmp_path)
    assert "timeline_app.readers" in loaded
    assert not set(READERS) & set(loaded)


def test_the_importer_s_writer_loads_no_reader(repo_dir: Path, tmp_path: Path) -> None:
    code = (
        "import timeline_app.services.importer, timeline_app.store.repositories\n"
        "from timeline_app.readers import DEFAULT_MAX_BYTES, expand_paths, skipped_in_folders\n"
    )
    assert not set(READERS) & set(_loaded(code, repo_dir, tmp_path))


def test_a_forked_worker_finds_what_reading_text_needs_imported(
    repo_dir: Path, tmp_path: Path
) -> None:
    # What the forkserver preloads for text (parallel._preload), then a text read and extracted
    # as a worker would: nothing more of the app's is imported.
    article = tmp_path / "a.txt"
    article.write_text(
        "Kharkiv\n\nRussian drones struck Kharkiv on 3 March 2024, the governor said."
    )
    code = (
        "import importlib, sys\n"
        "from timeline_app.services import parallel\n"
        "for name in parallel._preload(heavy_readers=False):\n"
        "    importlib.import_module(name)\n"
        "import gc\n"
        "assert gc.isenabled() and gc.get_freeze_count() > 10_000  # (gc_pause.py, then warm.py)\n"
        "before = {m for m in sys.modules if m.startswith('timeline_app')}\n"
        "from timeline_app.services.worker import ReadRequest, read_and_extract\n"
        f"outcome = read_and_extract(ReadRequest({str(article)!r}))\n"
        "assert outcome.articles[0].extraction.events, outcome\n"
        "print(sorted({m for m in sys.modules if m.startswith('timeline_app')} - before))\n"
    )
    assert _last_line(code, repo_dir, tmp_path) == []


def test_a_worker_collects_even_if_the_forkserver_left_the_collector_paused(
    repo_dir: Path, tmp_path: Path
) -> None:
    code = (
        "import gc\n"
        "gc.disable()  # as gc_pause.py leaves it when a preload fails before warm.py\n"
        "from timeline_app.services import parallel\n"
        "parallel._fewer_collections()  # (parallel._worker_init)\n"
        "print([str(gc.isenabled())])\n"
    )
    assert _last_line(code, repo_dir, tmp_path) == ["True"]


def test_the_package_imports_what_reads_on_first_use() -> None:
    assert readers.read_path is files.read_path
    assert readers.ReaderError is base.ReaderError
    assert readers.read_bytes is registry.read_bytes
    assert readers.detect_format is registry.detect_format
    assert readers.SUPPORTED_SUFFIXES is registry.SUPPORTED_SUFFIXES
    assert readers.DEFAULT_MAX_BYTES == base.DEFAULT_MAX_BYTES == 50 * 1024 * 1024
    for name in readers.__all__:
        assert getattr(readers, name) is not None
    with pytest.raises(AttributeError):
        _ = readers.no_such_name  # type: ignore[attr-defined]
    from timeline_app.readers import text  # a submodule is still a submodule

    assert text.read_text is registry.READERS["text"]


def test_the_registry_keeps_the_names_that_moved_to_kinds() -> None:
    assert registry.needs_heavy_readers is kinds.needs_heavy_readers
    assert registry.HEAVY_READER_MODULES is kinds.HEAVY_READER_MODULES
    assert frozenset(kinds.SUFFIXES) == registry.SUPPORTED_SUFFIXES


@pytest.mark.parametrize("root", [".", "in", "in/../in", ".notes", "in/.cache"])
def test_expand_paths_hides_as_the_walk_below_the_root_finds(
    root: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("in/a.txt", "in/.b.txt", "in/.cache/c.txt", "in/sub/d.txt", ".notes/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    monkeypatch.chdir(tmp_path)
    given = Path(root)
    walked = sorted(f for f in given.rglob("*") if f.is_file())
    expected = [f for f in walked if not any(p.startswith(".") for p in f.relative_to(given).parts)]
    assert readers.expand_paths([given]) == expected
    assert expected  # (each root holds a file that is not hidden below it)


def test_stamp_lines_are_the_same_fresh_list_each_time() -> None:
    text = "Published\n19 Nov 2025\nHome\nKYIV, Nov 19 (Reuters) - Drones struck.\n"
    first = published.stamp_lines(text)
    assert first == ["Published 19 Nov 2025", "KYIV, Nov 19 (Reuters) - Drones struck."]
    first.append("changed by a caller")
    assert published.stamp_lines(text) == first[:2]
    assert published.stamp_lines(text) is not published.stamp_lines(text)
