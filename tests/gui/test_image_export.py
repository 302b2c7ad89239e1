"""Image export through the screen's painter: PNG (screen and print scale), SVG text, PDF pages."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QGuiApplication

from tests.fakes import FakeStore, a_week_of_events, an_event
from timeline_app.domain.model import EventType
from timeline_app.domain.palette import type_colour
from timeline_app.ui.canvas_data import CanvasData
from timeline_app.ui.export_layout import HEADER_H, compose
from timeline_app.ui.image_export import (
    copy_image_to_clipboard,
    ensure_gui_app,
    export_image,
    render_composition,
)
from timeline_app.ui.painter import Fonts

REPO = Path(__file__).resolve().parents[2]
MONDAY = date(2025, 11, 17)


def two_events() -> FakeStore:
    return FakeStore(
        [
            an_event(1, MONDAY, type=EventType.DRONE_ATTACK, title="Drone attack on Kharkiv"),
            an_event(
                2, MONDAY + timedelta(days=2), type=EventType.MEETING, title="Talks in Geneva"
            ),
        ]
    )


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_each_format_is_written(tmp_path: Path, suffix: str, qapp: Any) -> None:
    out = tmp_path / f"timeline{suffix}"
    export_image(a_week_of_events(), out, title="Week of 17 November")
    assert out.stat().st_size > 1000


def test_svg_keeps_titles_and_footnote_as_text(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "timeline.svg"
    export_image(two_events(), out, title="Briefing: Kharkiv")
    svg = out.read_text(encoding="utf-8")
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    for words in ("Drone attack on Kharkiv", "Talks in Geneva", "Briefing: Kharkiv"):
        assert words in texts
    assert "2 events from 2 articles, exported" in texts


def test_pdf_is_vector_text(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "timeline.pdf"
    export_image(two_events(), out, title="Briefing")
    text = pdf_text(out)
    assert "Drone attack on Kharkiv" in text and "Talks in Geneva" in text
    assert "2 events from 2 articles" in text


def test_long_busy_ranges_spread_over_pages(tmp_path: Path, qapp: Any) -> None:
    store = FakeStore(
        [an_event(i, date(2025, 1, 1) + timedelta(days=i % 360)) for i in range(1, 900)]
    )
    out = tmp_path / "year.pdf"
    export_image(store, out, page_size="Letter")
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    assert len(reader.pages) > 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    assert "page 1 of" in pdf_text(out)


def test_png_pixels_show_mark_colours_in_their_lanes(qapp: Any) -> None:
    fonts = Fonts()
    data = CanvasData(two_events())
    comp = compose(data, MONDAY.toordinal(), MONDAY.toordinal() + 6, 1200, fonts)
    image = render_composition(comp, "light", fonts)
    lanes = {lane.key: lane for lane in comp.scene.lanes}
    for mark in comp.scene.marks:
        expected = QColor(type_colour(mark.type))
        pixel = image.pixelColor(round(mark.x), round(mark.y + HEADER_H))
        assert abs(pixel.red() - expected.red()) + abs(pixel.green() - expected.green()) < 30
        lane = lanes["strikes" if mark.type is EventType.DRONE_ATTACK else "diplomacy"]
        assert lane.y <= mark.y <= lane.y + lane.h


def test_png_width_and_print_scale(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtGui import QImage

    screen, printed = tmp_path / "screen.png", tmp_path / "print.png"
    export_image(two_events(), screen, width=1600)
    export_image(two_events(), printed, width=3000, dpi=300)
    assert QImage(str(screen)).width() == 1600
    image = QImage(str(printed))
    assert image.width() == 3000
    assert round(image.dotsPerMeterX() * 0.0254) == 300


def test_a_date_range_limits_the_export(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "two-days.svg"
    export_image(two_events(), out, date_range=(MONDAY, MONDAY + timedelta(days=1)))
    svg = out.read_text(encoding="utf-8")
    assert "Drone attack on Kharkiv" in svg and "Talks in Geneva" not in svg
    assert "1 event from 1 article" in svg


def test_unknown_suffix_is_refused(tmp_path: Path, qapp: Any) -> None:
    with pytest.raises(ValueError):
        export_image(two_events(), tmp_path / "timeline.bmp")


def test_copy_to_clipboard_from_the_view(qtbot: Any) -> None:
    from timeline_app.ui.timeline_view import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.set_store(two_events())
    view.show()
    image = copy_image_to_clipboard(view, title="Clip")
    assert not image.isNull()
    assert not QGuiApplication.clipboard().image().isNull()


def test_works_headless_without_a_running_app(tmp_path: Path) -> None:
    out = tmp_path / "cli.png"
    script = (
        "from tests.fakes import a_week_of_events\n"
        "from timeline_app.ui.image_export import export_image\n"
        f"export_image(a_week_of_events(), {str(out)!r}, width=800)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, check=True, timeout=120)
    assert out.stat().st_size > 1000


def test_the_real_store_exports(tmp_path: Path, qapp: Any) -> None:
    from timeline_app.store.repositories import Store
    from timeline_app.store.synthetic import generate_store

    path = tmp_path / "synthetic.db"
    generate_store(path, 400, seed=3, fts=False)
    store = Store(path)
    try:
        some = store.events(limit=1)[0]
        span = some.span
        assert span is not None
        out = tmp_path / "real.svg"
        export_image(store, out, date_range=(span.start, span.start + timedelta(days=3)))
        assert out.stat().st_size > 1000
        assert ensure_gui_app() is QGuiApplication.instance()
    finally:
        store.close()


def a_store_with_undated(path: Path) -> Any:
    """Two articles: three dated events (two places) and one undated, and one undated event."""
    from tests.unit.store_builders import an_article, extraction
    from tests.unit.store_builders import an_event as extracted
    from timeline_app.store.repositories import Store

    store = Store(path)
    first = "Drones hit Kharkiv. Shelling hit Kupiansk. Talks in Geneva. A blast was heard."
    store.save_article(
        an_article(first, path="a.txt"),
        extraction(
            extracted(
                first, "Drones hit Kharkiv.", type=EventType.DRONE_ATTACK, places=("Kharkiv",)
            ),
            extracted(
                first, "Shelling hit Kupiansk.", type=EventType.SHELLING, places=("Kupiansk",)
            ),
            extracted(first, "Talks in Geneva.", type=EventType.MEETING, places=("Geneva",)),
            extracted(first, "A blast was heard.", type=EventType.EXPLOSION, day=None),
        ),
    )
    second = "Sanctions were discussed."
    store.save_article(
        an_article(second, path="b.txt"),
        extraction(extracted(second, second, type=EventType.SANCTIONS, day=None)),
    )
    return store


def test_the_footnote_counts_what_is_drawn_and_the_undated_left_out(
    tmp_path: Path, qapp: Any
) -> None:
    store = a_store_with_undated(tmp_path / "undated.sqlite")
    try:
        dated = sum(1 for e in store.events() if e.span is not None)  # what the CLI reports
        comp = compose(CanvasData(store), *store.extent(), 1200.0, Fonts())
        drawn = sum(lane.count for lane in comp.scene.lanes)
        assert dated == drawn == 3
        assert comp.footnote.startswith("3 events from 1 article (2 undated events not shown)")
        out = tmp_path / "footnote.svg"
        export_image(store, out, date_range=(MONDAY, MONDAY + timedelta(days=3)))
        assert "3 events from 1 article (2 undated events not shown)" in out.read_text()
    finally:
        store.close()


def test_a_date_filter_leaves_no_undated_to_mention(tmp_path: Path, qapp: Any) -> None:
    from timeline_app.domain.model import EventFilter

    store = a_store_with_undated(tmp_path / "undated.sqlite")
    try:
        flt = EventFilter(date_from=date(2025, 11, 1))
        comp = compose(CanvasData(store, flt), *store.extent(), 1200.0, Fonts())
        assert comp.footnote.startswith("3 events from 1 article, exported")
    finally:
        store.close()


def test_export_groups_lanes_by_place(tmp_path: Path, qapp: Any) -> None:
    store = a_store_with_undated(tmp_path / "undated.sqlite")
    try:
        comp = compose(CanvasData(store), *store.extent(), 1200.0, Fonts(), grouping="place")
        assert [lane.title for lane in comp.scene.lanes] == ["Geneva", "Kharkiv", "Kupiansk"]
        out = tmp_path / "places.svg"
        export_image(store, out, grouping="place")
        assert all(name in out.read_text() for name in ("Geneva", "Kharkiv", "Kupiansk"))
    finally:
        store.close()
