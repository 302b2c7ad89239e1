"""Exports that look finished in a briefing: pages filled, labels shown where there is room,
hidden ones said in words, never a "+N" button; the command line draws the same page."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from tests.fakes import FakeStore, an_event
from timeline_app.domain.model import EventType
from timeline_app.ui.image_export import export_image
from timeline_app.ui.painter import overflow_words

DAY = date(2025, 11, 19)
PLACES = [
    "Kharkiv", "Odesa", "Sumy", "Kherson", "Dnipro", "Lviv", "Kyiv", "Izyum", "Poltava",
    "Kupiansk", "Pokrovsk", "Bryansk", "Belgorod", "Kursk", "Rivne", "Lutsk", "Uzhhorod",
    "Chernihiv", "Zhytomyr", "Vinnytsia", "Mykolaiv", "Nikopol", "Sloviansk", "Kramatorsk",
    "Ternopil",
]  # fmt: skip


def a_busy_day(n: int = 25) -> FakeStore:
    """`n` drone attacks on one day, and one meeting two days later."""
    events = [
        an_event(i + 1, DAY, type=EventType.DRONE_ATTACK, title=f"Drone attack on {place}")
        for i, place in enumerate(PLACES[:n])
    ]
    events.append(an_event(900, DAY + timedelta(days=2), title="Talks in Geneva"))
    return FakeStore(events)


def a_crowded_week(per_day: int = 16) -> FakeStore:
    """More labels than a picture has rows for: `per_day` events a day in each of four lanes."""
    kinds = {
        EventType.DRONE_ATTACK: "Drone attack on",
        EventType.MEETING: "Talks in",
        EventType.GROUND_FIGHTING: "Fighting in",
        EventType.PROTEST: "Protest in",
    }
    events = [
        an_event(
            len(kinds) * (d * 100 + i) + k + 1, DAY + timedelta(days=d), type=kind,
            title=f"{words} {place}",
        )
        for d in range(7)
        for i, place in enumerate(PLACES[:per_day])
        for k, (kind, words) in enumerate(kinds.items())
    ]  # fmt: skip
    return FakeStore(events)


def pdf_pages(path: Path) -> list[Any]:
    from pypdf import PdfReader

    return list(PdfReader(str(path)).pages)


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf_pages(path)))


def inked_height(path: Path, tmp_path: Path) -> float:
    """How far down the first page ink reaches, as a share of the page (rendered by pdftoppm)."""
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "pg")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("pg*.png"))))
    for y in range(image.height() - 1, -1, -1):
        if any(image.pixelColor(x, y).lightness() < 200 for x in range(image.width())):
            return (y + 1) / image.height()
    return 0.0


def test_a_busy_day_shows_every_label_in_the_svg(tmp_path: Path, qapp: Any) -> None:
    # Ten rows a lane hid 15 of these 25 attacks behind a "+15"; a picture has room for them.
    out = tmp_path / "day.svg"
    export_image(a_busy_day(), out, date_range=(DAY - timedelta(days=1), DAY + timedelta(days=3)))
    svg = out.read_text(encoding="utf-8")
    for place in PLACES:
        assert f"Drone attack on {place}" in svg
    assert not re.search(r">\s*\+\d+\s*<", svg)


def test_a_crowded_picture_says_how_many_more_in_words(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "week.svg"
    export_image(a_crowded_week(14), out, width=1200, title="Crowded week")
    svg = out.read_text(encoding="utf-8")
    assert re.search(r"\d+ more events", svg)
    assert not re.search(r">\s*\+\d+\s*<", svg)
    # a picture stays about as tall as it is wide rather than a scroll of rows
    image = tmp_path / "week.png"
    export_image(a_crowded_week(14), image, width=1200)
    assert QImage(str(image)).height() <= 1260


def test_a_picture_is_finished_title_period_legend_sources(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "day.svg"
    export_image(a_busy_day(5), out, title="Drone attacks")
    svg = out.read_text(encoding="utf-8")
    assert "Drone attacks" in svg
    assert "19 – 21 Nov 2025" in svg
    assert "Drone attack<" in svg and "Meeting<" in svg  # legend of the types shown
    assert "from 6 articles" in svg


def test_a_crowded_week_pdf_fills_its_page_with_every_label(tmp_path: Path, qapp: Any) -> None:
    # 6 labels a day in each of four lanes printed on the top half of the sheet
    out = tmp_path / "week.pdf"
    export_image(a_crowded_week(6), out, title="Crowded week")
    pages = pdf_pages(out)
    assert len(pages) == 1
    text = pdf_text(out)
    assert "Crowded week" in text and "from 168 articles" in text
    assert text.count("Talks in Lviv") == 7 and "more event" not in text
    assert not re.search(r"\+\d+", text)
    if shutil.which("pdftoppm"):
        assert inked_height(out, tmp_path) > 0.85


def test_a_sparse_pdf_prints_larger_instead_of_leaving_the_page_empty(
    tmp_path: Path, qapp: Any
) -> None:
    out = tmp_path / "day.pdf"
    export_image(a_busy_day(12), out, title="Twelve attacks")
    box = pdf_pages(out)[0].mediabox
    assert box.width > box.height  # landscape suits a short, wide timeline
    assert "Drone attack on Kherson" in pdf_text(out)
    if shutil.which("pdftoppm"):
        assert inked_height(out, tmp_path) > 0.6


def test_a_year_of_histograms_fills_its_pages(tmp_path: Path, qapp: Any) -> None:
    store = FakeStore(
        [an_event(i, date(2025, 1, 1) + timedelta(days=i % 360)) for i in range(1, 900)]
    )
    out = tmp_path / "year.pdf"
    export_image(store, out)
    pages = pdf_pages(out)
    assert len(pages) > 1
    assert all(p.mediabox.width == pages[0].mediabox.width for p in pages)  # pages alike
    if shutil.which("pdftoppm"):
        assert inked_height(out, tmp_path) > 0.85


@pytest.mark.parametrize(
    ("count", "room", "words"),
    [(25, 200, "25 more events"), (1, 200, "1 more event"), (25, 60, "25 more"), (25, 20, "+25")],
)
def test_hidden_labels_are_said_in_words_that_fit(count: int, room: float, words: str) -> None:
    assert overflow_words(count, room, lambda text: len(text) * 6.0) == words


def test_the_command_line_export_has_the_same_finish(tmp_path: Path, qapp: Any) -> None:
    from tests.unit.store_builders import an_article, extraction
    from tests.unit.store_builders import an_event as extracted
    from timeline_app.cli import main
    from timeline_app.store.repositories import Store

    db = tmp_path / "store.sqlite"
    store = Store(db)
    text = "Drones hit Kharkiv. Shelling hit Kupiansk. Talks in Geneva."
    store.save_article(
        an_article(text, path="a.txt"),
        extraction(
            extracted(text, "Drones hit Kharkiv.", type=EventType.DRONE_ATTACK),
            extracted(text, "Shelling hit Kupiansk.", type=EventType.SHELLING),
            extracted(text, "Talks in Geneva.", type=EventType.MEETING),
        ),
    )
    store.close()
    out = tmp_path / "cli.pdf"
    assert main(["export", "--db", str(db), "--out", str(out), "--title", "From the shell"]) == 0
    text = pdf_text(out)
    assert "From the shell" in text and "from 1 article" in text and "Shelling" in text
    box = pdf_pages(out)[0].mediabox
    assert box.width > box.height
    if shutil.which("pdftoppm"):
        assert inked_height(out, tmp_path) > 0.6


def test_a_long_title_is_set_smaller_not_cut(tmp_path: Path, qapp: Any) -> None:
    title = "Drone attacks on energy infrastructure in the Kharkiv and Sumy regions, November"
    out = tmp_path / "titled.svg"
    export_image(a_busy_day(3), out, width=800, title=title)
    assert title in drawn_texts(out)  # whole, in a smaller size than the usual 24 px
    longer = title + " 2025, as reported by regional administrations and the general staff"
    export_image(a_busy_day(3), out, width=800, title=longer)
    shown = [t for t in drawn_texts(out) if t.startswith("Drone attacks on energy")]
    assert len(shown) == 1 and shown[0].endswith("…")


def drawn_texts(svg: Path) -> list[str]:
    """The text the SVG draws (not its <title> metadata)."""
    return [t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg.read_text("utf-8"))]
