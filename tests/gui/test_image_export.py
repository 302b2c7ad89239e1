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
from timeline_app.domain.model import EventType, Precision
from timeline_app.domain.palette import type_colour
from timeline_app.ui.canvas_data import CanvasData
from timeline_app.ui.export_layout import HEADER_H, SCENE_INSET, compose
from timeline_app.ui.fades import FADE_STEPS
from timeline_app.ui.formatting import bin_words
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


def test_an_export_has_no_collapse_arrows_in_its_lane_headers(tmp_path: Path, qapp: Any) -> None:
    # the arrows are the window's controls; a briefing image shows the lanes' names only
    out = tmp_path / "timeline.svg"
    export_image(two_events(), out)
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", out.read_text(encoding="utf-8"))
    assert "Strikes" in texts and "Diplomacy" in texts
    assert not [t for t in texts if "▾" in t or "▸" in t]


def test_pdf_is_vector_text(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "timeline.pdf"
    export_image(two_events(), out, title="Briefing")
    text = pdf_text(out)
    assert "Drone attack on Kharkiv" in text and "Talks in Geneva" in text
    assert "2 events from 2 articles" in text


def pdf_fill_opacities(path: Path) -> tuple[set[float], list[Any]]:
    """The fill opacities (/ca) the PDF's pages use, and its shading patterns (gradients)."""
    from pypdf import PdfReader

    opacities: set[float] = set()
    shadings: list[Any] = []
    for page in PdfReader(str(path)).pages:
        resources = page["/Resources"]
        for state in resources.get("/ExtGState", {}).values():
            state = state.get_object()
            if "/ca" in state:
                opacities.add(round(float(state["/ca"]), 3))
        for pattern in resources.get("/Pattern", {}).values():
            if pattern.get_object().get("/PatternType") == 2:
                shadings.append(pattern)
    return opacities, shadings


def test_a_soft_span_fades_in_a_pdf_too(tmp_path: Path, qapp: Any) -> None:
    # given an event known only to its month: a soft span, fading out at both ends on screen
    month = an_event(
        1, date(2025, 11, 1), until=date(2025, 11, 30), precision=Precision.MONTH,
        type=EventType.SHELLING, title="Shelling of Kupiansk",
    )  # fmt: skip
    out = tmp_path / "month.pdf"
    # when it is exported as a PDF
    export_image(FakeStore([month]), out, date_range=(date(2025, 10, 25), date(2025, 12, 5)))
    # then no gradient is used: Qt writes a gradient's colours opaque, so the soft span came
    # out as a harder bar than a known one; it fades in steps of rising opacity instead
    opacities, shadings = pdf_fill_opacities(out)
    assert shadings == []
    assert len({o for o in opacities if 0 < o < 0.5}) >= FADE_STEPS - 1


def test_a_soft_span_still_fades_on_screen_and_in_png(qapp: Any) -> None:
    month = an_event(
        1, date(2025, 11, 1), until=date(2025, 11, 30), precision=Precision.MONTH,
        type=EventType.SHELLING,
    )  # fmt: skip
    fonts = Fonts()
    first, last = date(2025, 10, 25).toordinal(), date(2025, 12, 5).toordinal()
    comp = compose(CanvasData(FakeStore([month])), first, last, 1200, fonts)
    image = render_composition(comp, "light", fonts)
    mark = next(m for m in comp.scene.marks if m.event_id == 1)
    y = round(mark.y + HEADER_H)
    paper = image.pixelColor(round(mark.x1) + 3, y).lightness()
    edge = image.pixelColor(round(mark.x1) - 2, y).lightness()
    middle = image.pixelColor(round((mark.x0 + mark.x1) / 2), y).lightness()
    assert middle < edge < paper + 1


@pytest.mark.parametrize(
    "days, words",
    [(1, "day"), (3, "3 days"), (7, "week"), (14, "2 weeks"), (56, "8 weeks"), (91, "quarter"),
     (182, "half-year"), (364, "year"), (728, "2 years"), (1820, "5 years"),
     (36400, "100 years")],
)  # fmt: skip
def test_histogram_bins_are_named_as_a_reader_counts(days: int, words: str) -> None:
    # the lane header says "max 21 per 5 years", not "per 1820 days"
    assert bin_words(days) == words


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
        # the scene is drawn SCENE_INSET in from the page's edges
        pixel = image.pixelColor(round(mark.x + SCENE_INSET), round(mark.y + HEADER_H))
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


def test_an_export_by_type_has_no_empty_lane_and_keeps_spans_begun_before_it(qapp: Any) -> None:
    # given fourteen types in a fortnight, and a month-long event of its own type begun earlier
    kinds = [t for t in EventType if t is not EventType.OTHER][:14]
    events = [an_event(i + 1, MONDAY + timedelta(days=i % 10), type=t) for i, t in enumerate(kinds)]
    events.append(
        an_event(
            50,
            MONDAY - timedelta(days=10),
            until=MONDAY + timedelta(days=20),
            type=EventType.OTHER,
            title="Curfew extended",
            precision=Precision.MONTH,
        )
    )
    first, last = MONDAY.toordinal(), MONDAY.toordinal() + 13
    comp = compose(CanvasData(FakeStore(events)), first, last, 1400.0, Fonts(), grouping="type")
    lanes = comp.scene.lanes
    # then at most twelve lanes, none empty, the rarest sharing one, and the span is drawn
    assert len(lanes) <= 12 and all(lane.count > 0 for lane in lanes)
    assert sum(lane.count for lane in lanes) == 15
    assert 50 in {m.event_id for m in comp.scene.marks}


def test_an_export_by_family_keeps_a_span_begun_before_it_alone_in_its_family(
    tmp_path: Path, qapp: Any
) -> None:
    # given a week of talks, and a month-long ground offensive begun earlier, the only event of
    # its family: a real store counts the types present by start day, within the range
    from tests.gui.conftest import a_store_with_an_offensive_begun_earlier

    store = a_store_with_an_offensive_begun_earlier(tmp_path / "family.sqlite", MONDAY)
    try:
        first, last = MONDAY.toordinal(), MONDAY.toordinal() + 6
        comp = compose(CanvasData(store), first, last, 1400.0, Fonts(), grouping="family")
    finally:
        store.close()
    # then the offensive is drawn in its family's lane, no lane is empty, the legend names it
    assert [lane.key for lane in comp.scene.lanes] == ["diplomacy", "ground"]
    assert [lane.count for lane in comp.scene.lanes] == [1, 1]
    assert EventType.GROUND_FIGHTING in comp.legend
