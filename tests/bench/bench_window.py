"""Main-window benchmark: how long the GUI thread is busy opening a large store, syncing a
selection and refreshing, and the longest stall of the event loop during a background import.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_window.py [--events 100000]
     [--files 300]. Prints figures only; nothing here asserts a timing. Target: 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.store.repositories import Store  # noqa: E402
from timeline_app.store.synthetic import generate_store  # noqa: E402
from timeline_app.ui.main_window import MainWindow  # noqa: E402
from timeline_app.ui.workers import GuiThreadCollector  # noqa: E402

ARTICLE = (
    "Strike report {n}\n\nKYIV, November 19, 2025 — Russia launched a missile strike on "
    "Kharkiv on Tuesday, officials said. Envoys met in Geneva on Sunday to discuss the plan {n}. "
    "Drones attacked Odesa overnight, the regional governor said.\n"
)


def ms(action: Callable[[], object], app: QApplication) -> float:
    t0 = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - t0) * 1000


def settle(app: QApplication, window: MainWindow) -> float:
    """Wait for background reads; returns how long the answer took to arrive (ms)."""
    t0 = time.perf_counter()
    while window.event_table.is_loading() or window.article_list.is_loading():
        app.processEvents()
        time.sleep(0.005)
    return (time.perf_counter() - t0) * 1000


def bench_large_store(app: QApplication, path: Path, folder: Path) -> None:
    store = Store(path)
    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    t0 = time.perf_counter()
    window = MainWindow(store, settings)
    window.show()
    app.processEvents()
    print(
        f"  open window (GUI thread busy)              {(time.perf_counter() - t0) * 1000:8.1f} ms"
    )
    print(f"  ... table rows arrive after                 {settle(app, window):8.1f} ms")
    ids = [e.id for e in store.events(limit=200)]
    times = [ms(lambda i=i: window.select_events([i]), app) for i in ids[::10]]
    print(
        f"  select an event in every pane (median/max)  {statistics.median(times):8.1f} / {max(times):.1f} ms"
    )
    print(f"  refresh all (GUI thread busy)               {ms(window.refresh_all, app):8.1f} ms")
    print(f"  ... rows arrive after                       {settle(app, window):8.1f} ms")
    window.close()
    store.close()


def bench_import_stall(app: QApplication, files: int, folder: Path) -> None:
    articles = folder / "articles"
    articles.mkdir(exist_ok=True)
    for n in range(files):
        (articles / f"a{n:04}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    store = Store(folder / "import.sqlite")
    window = MainWindow(store, QSettings(str(folder / "i.ini"), QSettings.Format.IniFormat))
    window.show()
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    t0 = time.perf_counter()
    window.import_paths([articles])
    while window.is_importing() or window.last_import is None:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - t0
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    print(f"  imported {files} files in {elapsed:.1f} s ({files / elapsed:.0f} files/s)")
    print(f"  longest event-loop stall during the import  {max(gaps, default=0):8.1f} ms")
    print(f"  {window.last_import.text()}")
    window.close()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    GuiThreadCollector(app)  # as the app does: garbage collected on the GUI thread only
    path = args.dir / f"window-bench-{args.events}.db"
    if not path.exists():
        generate_store(path, args.events, seed=7)
    print(f"large store: {args.events:,} events")
    bench_large_store(app, path, Path(tempfile.mkdtemp()))
    print("background import:")
    bench_import_stall(app, args.files, Path(tempfile.mkdtemp()))


if __name__ == "__main__":
    main()
