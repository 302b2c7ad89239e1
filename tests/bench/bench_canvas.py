"""Canvas benchmark: query, scene and paint times at three zooms, frame times while panning and
zooming, fit-all from cold, peak memory, and image export times. Prints figures; asserts nothing.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_canvas.py [--sizes 10000 ...]
[--groupings place actor] [--no-export]
Stores are generated once and cached as /tmp/canvas-bench-<n>.db.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.domain.palette import LIGHT  # noqa: E402
from timeline_app.domain.scene import build_scene, lanes_for  # noqa: E402
from timeline_app.domain.timescale import Viewport  # noqa: E402
from timeline_app.store.repositories import Store  # noqa: E402
from timeline_app.store.synthetic import generate_store  # noqa: E402
from timeline_app.ui.canvas_data import CanvasData  # noqa: E402
from timeline_app.ui.image_export import export_image  # noqa: E402
from timeline_app.ui.painter import Fonts, paint_scene  # noqa: E402

WIDTH, HEIGHT = 1600, 900


def store_path(n: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"canvas-bench-{n}.db"
    if not path.exists():
        t0 = time.perf_counter()
        partial = path.with_name(path.name + ".tmp")
        generate_store(partial, n, seed=6)
        partial.rename(path)
        print(f"  generated {n:,} events in {time.perf_counter() - t0:.1f} s")
    return path


def ms(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


def stats(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"median {statistics.median(ordered):6.1f} ms  p95 {p95:6.1f} ms  max {ordered[-1]:6.1f} ms"
    )


def cold_fit_all(store: Store, fonts: Fonts) -> float:
    """A fresh data layer: extent, counts, lanes, fetch, scene and paint, as at window start."""

    def run() -> None:
        data = CanvasData(store)
        extent = data.extent()
        assert extent is not None
        vp = Viewport.around(extent[0], extent[1], WIDTH)
        lanes = lanes_for("family", data.present_types())
        scene = build_scene(vp, HEIGHT, lanes, data.fetch(vp, lanes), measure=fonts.measure)
        paint(scene, fonts)

    return ms(run)[0]


def paint(scene: object, fonts: Fonts) -> float:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    elapsed, _ = ms(lambda: paint_scene(p, scene, LIGHT, fonts))  # type: ignore[arg-type]
    p.end()
    return elapsed


def zoom_levels(store: Store, fonts: Fonts) -> None:
    data = CanvasData(store)
    first, last = data.extent() or (0, 0)
    lanes = lanes_for("family", data.present_types())
    mid = (first + last) // 2
    for name, vp in (
        ("fit-all", Viewport.around(first, last, WIDTH)),
        ("month", Viewport(mid, mid + 31, WIDTH)),
        ("day", Viewport(mid, mid + 1, WIDTH)),
    ):
        raw_marks, marks = ms(
            lambda vp=vp: store.event_marks(int(vp.start), int(vp.end), None, 20000)
        )
        raw_counts, _ = ms(lambda vp=vp: store.day_counts(int(vp.start), int(vp.end), None))
        data._window = None  # a cache miss: the query the canvas really makes
        query, scene_data = ms(lambda vp=vp: data.fetch(vp, lanes))
        build, scene = ms(
            lambda vp=vp, sd=scene_data: build_scene(vp, HEIGHT, lanes, sd, measure=fonts.measure)
        )
        painted = paint(scene, fonts)
        print(
            f"  {name:8s} canvas query {query:6.1f} ms (raw marks {raw_marks:6.1f} ms "
            f"for {len(marks):,} rows, raw day_counts {raw_counts:6.1f} ms)  scene {build:5.1f} ms  "
            f"paint {painted:5.1f} ms  dense lanes {len(scene_data.dense_lanes)}  "
            f"marks {len(scene.marks)} labels {len(scene.labels)} bars {len(scene.bars)}"
        )


def frames(
    store: Store, interacting: bool, grouping: str = "family"
) -> tuple[list[float], list[float]]:
    """Zoom in from fit-all, pan, zoom out: each frame is a synchronous repaint of the widget."""
    from timeline_app.ui.timeline_view import TimelineView

    view = TimelineView()
    view.resize(WIDTH, HEIGHT)
    view.set_store(store)
    view.set_grouping(grouping)
    view.show()
    QApplication.processEvents()
    view.fit_all()
    steps: list[Callable[[], None]] = [lambda: view.zoom(1.25, WIDTH * 0.6)] * 30
    steps += [lambda: view.pan_pixels(-40)] * 60
    steps += [lambda: view.zoom(1.6, WIDTH * 0.4)] * 8
    steps += [lambda: view.pan_pixels(35)] * 60
    steps += [lambda: view.zoom(0.8, WIDTH * 0.5)] * 40
    samples, cpu = [], []
    for step in steps:
        view.set_interacting(interacting)
        step()
        view.repaint()
        samples.append(view.last_frame_ms)
        cpu.append(view.last_frame_cpu_ms)
        QApplication.processEvents()
    view.close()
    return samples, cpu


def bench_size(n: int, fonts: Fonts, groupings: list[str]) -> None:
    print(f"\n== {n:,} events == (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    store = Store(store_path(n))
    try:
        print(
            f"  fit-all cold (extent + counts + scene + paint): {cold_fit_all(store, fonts):.1f} ms"
        )
        zoom_levels(store, fonts)
        for label, interacting in (
            ("drag-style, re-query after pause", True),
            ("every miss queried", False),
        ):
            wall, cpu = frames(store, interacting)
            print(f"  frames, {label:33s} wall: {stats(wall)}")
            print(f"  {'':42s} cpu:  {stats(cpu)}")
        for grouping in groupings:
            wall, cpu = frames(store, False, grouping)
            print(f"  frames, lanes by {grouping:8s} every miss  wall: {stats(wall)}")
            print(f"  {'':42s} cpu:  {stats(cpu)}")
    finally:
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory so far: {peak_mb:.0f} MB")


def bench_export(fonts: Fonts) -> None:
    print("\n== export, 10,000 events, everything ==")
    store = Store(store_path(10_000))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for suffix, kw in ((".png", {"width": 4000}), (".svg", {"width": 4000}), (".pdf", {})):
                out = Path(tmp) / f"export{suffix}"
                elapsed, _ = ms(lambda out=out, kw=kw: export_image(store, out, **kw))
                print(
                    f"  {suffix[1:]:3s} {elapsed / 1000:5.2f} s  {out.stat().st_size / 1e6:5.1f} MB"
                )
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument(
        "--groupings",
        nargs="*",
        default=["place", "actor"],
        help="also time frames with lanes by these (actor, place, source)",
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    fonts = Fonts()
    for n in args.sizes:
        bench_size(n, fonts, args.groupings)
    if not args.no_export:
        bench_export(fonts)
    del app


if __name__ == "__main__":
    main()
