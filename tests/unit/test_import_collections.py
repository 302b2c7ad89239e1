"""An import's CPU housekeeping: the cyclic garbage collector runs in larger steps in the writer and
in the workers (and the thresholds come back afterwards), the forkserver's warm-up leaves its
tables frozen, and an import that will use a pool starts the workers before it asks the store
what it holds."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.services import importer, parallel
from timeline_app.services.importer import IMPORT_GC_THRESHOLD, _fewer_collections, import_paths
from timeline_app.services.parallel import WORKER_GC_THRESHOLD, ordered_map
from timeline_app.store.repositories import Store

from .test_importer import articles_in


@pytest.fixture(autouse=True)
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    """Python's thresholds for the test, and the test's process left as it was found."""
    enabled, found = gc.isenabled(), gc.get_threshold()
    gc.enable()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*found)
    if not enabled:
        gc.disable()


def test_an_import_collects_in_larger_steps_then_restores_the_thresholds(
    tmp_path: Path, default_thresholds: tuple[int, int, int]
) -> None:
    articles_in(tmp_path / "in", 3)
    with Store(tmp_path / "s.sqlite") as store:
        during = [gc.get_threshold() for _ in import_paths(store, [tmp_path / "in"], workers=1)]
    assert during == [(IMPORT_GC_THRESHOLD, 10, 10)] * 3
    assert gc.get_threshold() == default_thresholds


def test_an_import_closed_early_restores_the_thresholds(
    tmp_path: Path, default_thresholds: tuple[int, int, int]
) -> None:
    articles_in(tmp_path / "in", 3)
    with Store(tmp_path / "s.sqlite") as store:
        steps = import_paths(store, [tmp_path / "in"], workers=1)
        next(steps)
        assert gc.get_threshold()[0] == IMPORT_GC_THRESHOLD
        steps.close()
    assert gc.get_threshold() == default_thresholds


def test_imports_running_together_restore_the_thresholds_when_the_last_ends(
    default_thresholds: tuple[int, int, int],
) -> None:
    first, second = _fewer_collections(), _fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first one ends while the second still runs
    assert gc.get_threshold()[0] == IMPORT_GC_THRESHOLD
    second.__exit__(None, None, None)
    assert gc.get_threshold() == default_thresholds


def test_a_threshold_set_higher_already_is_kept() -> None:
    gc.set_threshold(50_000, 20, 10)
    with _fewer_collections():
        assert gc.get_threshold() == (50_000, 20, 10)
    assert gc.get_threshold() == (50_000, 20, 10)


def test_the_thresholds_are_left_alone_when_collection_is_off(
    default_thresholds: tuple[int, int, int],
) -> None:
    gc.disable()  # as the app does: it collects on its own timer (ui.workers)
    with _fewer_collections():
        assert gc.get_threshold() == default_thresholds
    assert not gc.isenabled()


def first_threshold(_item: int) -> int:
    return gc.get_threshold()[0]


def test_pool_workers_collect_in_larger_steps() -> None:
    found = list(ordered_map(first_threshold, list(range(8)), on_crash=lambda _n, _why: -1,
                             workers=2))  # fmt: skip
    assert found == [WORKER_GC_THRESHOLD] * 8


def test_the_forkserver_warm_up_leaves_collection_on_and_its_tables_frozen() -> None:
    code = (
        "import gc\n"
        "import timeline_app.services.warm\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["True", "True"]


@pytest.fixture
def prestarts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The calls to parallel.prestart; the files are read in this process, not by a pool."""
    calls: list[bool] = []
    monkeypatch.setattr(
        parallel, "prestart", lambda heavy_readers=True: calls.append(heavy_readers)
    )

    def in_process(fn, items, **_kwargs):  # noqa: ANN001, ANN202 - ordered_chunks' stand-in
        return ([fn(item)] for item in items)

    monkeypatch.setattr(importer, "ordered_chunks", in_process)
    return calls


def test_an_import_for_a_pool_starts_the_workers_first(
    tmp_path: Path, prestarts: list[bool]
) -> None:
    articles_in(tmp_path / "text", parallel.IN_PROCESS_BELOW)
    with Store(tmp_path / "s.sqlite") as store:
        list(import_paths(store, [tmp_path / "text"], workers=2))
        assert prestarts == [False]  # text only: no markup, PDF or Word reader preloaded
        (tmp_path / "text" / "page.html").write_text("<html><body><p>Hello</p></body></html>")
        list(import_paths(store, [tmp_path / "text"], workers=2))
        assert prestarts == [False, True]


def test_an_import_without_a_pool_starts_no_workers(tmp_path: Path, prestarts: list[bool]) -> None:
    articles_in(tmp_path / "few", parallel.IN_PROCESS_BELOW - 1)
    articles_in(tmp_path / "many", parallel.IN_PROCESS_BELOW)
    with Store(tmp_path / "s.sqlite") as store:
        list(import_paths(store, [tmp_path / "few"], workers=2))  # too few for a pool
        list(import_paths(store, [tmp_path / "many"], workers=1))  # asked for none
    assert prestarts == []
