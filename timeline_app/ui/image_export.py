"""Export the timeline as PNG, SVG or PDF through the same painter as the screen.

PNG at any width (optionally laid out for print at `dpi`), SVG with text kept as text, PDF as
vectors on A4 or Letter pages, landscape or portrait, fitted to fill the sheet (long, busy
ranges spread over several pages). Works
headless: a QGuiApplication is created (offscreen when there is no display) if none exists.
"""

from __future__ import annotations

import math
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRect, QSize
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.domain.model import EventFilter
from timeline_app.domain.palette import theme_named
from timeline_app.ui.canvas_data import CanvasData
from timeline_app.ui.export_fit import Make, fit_at, fit_page, room_for
from timeline_app.ui.export_layout import (
    Composition,
    compose,
    pages_for,
    paint_composition,
    totals_for,
)
from timeline_app.ui.painter import Fonts

SCREEN_DPI = 96.0
PDF_MARGINS_MM = (8.0, 8.0, 8.0, 8.0)
# A picture has no paper: lanes take the label rows they need until it is as tall as wide,
# then the rest are counted ("12 more events"), so a busy week stays one readable picture.
PICTURE_MAX_ASPECT = 1.0
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_app_keepalive: list[QGuiApplication] = []


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    _app_keepalive.append(app)
    return app


def export_image(
    store: object,
    out: Path,
    flt: EventFilter | None = None,
    *,
    width: int = 2400,
    date_range: tuple[date, date] | None = None,
    title: str = "",
    theme: str = "light",
    dpi: int | None = None,
    page_size: str = "A4",
    grouping: str = "family",
) -> None:
    """Write `out` (.png, .svg or .pdf). Creates a QGuiApplication if none exists (headless-safe).

    `date_range` None exports everything passing `flt`. `width` is the PNG/SVG width in pixels;
    with `dpi` (e.g. 300) a PNG is laid out for print: text keeps its printed size at that density.
    """
    ensure_gui_app()
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        raise ValueError(f"cannot export an image as {out.suffix or 'a file without suffix'}")
    data = CanvasData(store, flt or EventFilter())
    first, last = _days(data, date_range)
    fonts = Fonts()
    if suffix == ".pdf":
        _write_pdf(out, data, first, last, fonts, title, theme, page_size, grouping)
        return
    logical = width * SCREEN_DPI / dpi if dpi else float(width)
    comp = fit_picture(data, (first, last), logical, fonts, title=title, grouping=grouping)
    if suffix == ".png":
        image = render_composition(comp, theme, fonts, scale=width / logical, dpi=dpi)
        if not image.save(str(out)):  # the format follows the .png suffix
            raise OSError(f"cannot write {out}")
    else:
        _write_svg(out, comp, theme, fonts)


def fit_picture(
    data: CanvasData,
    days: tuple[int, int],
    width: float,
    fonts: Fonts,
    *,
    title: str = "",
    grouping: str = "family",
) -> Composition:
    """A picture's page: lanes take the label rows they need, up to as tall as it is wide."""
    first, last = days
    return fit_at(
        lambda w, rows, _lanes_h, _row_h: compose(
            data, first, last, w, fonts, title=title, grouping=grouping, rows=rows
        ),
        width,
        width * PICTURE_MAX_ASPECT,
        fill=False,
    )


def _days(data: CanvasData, date_range: tuple[date, date] | None) -> tuple[int, int]:
    if date_range is not None:
        a, b = sorted(d.toordinal() for d in date_range)
        return a, b
    extent = data.extent()
    if extent is not None:
        return extent
    today = date.today().toordinal()
    return today - 14, today


def render_composition(
    comp: Composition, theme: str, fonts: Fonts, *, scale: float = 1.0, dpi: int | None = None
) -> QImage:
    size = QSize(max(round(comp.width * scale), 1), max(math.ceil(comp.height * scale), 1))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if dpi:
        dots_per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
    p = QPainter(image)
    p.scale(scale, scale)
    paint_composition(p, comp, theme_named(theme), fonts)
    p.end()
    return image


def _write_svg(out: Path, comp: Composition, theme: str, fonts: Fonts) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(out))
    size = QSize(round(comp.width), math.ceil(comp.height))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(comp.title)
    generator.setDescription(f"{comp.subtitle}. {comp.footnote}")
    p = QPainter(generator)
    paint_composition(p, comp, theme_named(theme), fonts)
    p.end()
    if not out.exists():
        raise OSError(f"cannot write {out}")


def _write_pdf(
    out: Path,
    data: CanvasData,
    first: int,
    last: int,
    fonts: Fonts,
    title: str,
    theme: str,
    page_size: str,
    grouping: str,
) -> None:
    """Pages fitted to the paper; the busiest page picks orientation and print size for all,
    so a briefing's pages read alike."""
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setTitle(title or "Conflict timeline")
    writer.setCreator("Conflict Timeline")
    size_id = PAGE_SIZES.get(page_size.lower(), QPageSize.PageSizeId.A4)
    totals = totals_for(data, first, last)
    pages = pages_for(totals[0], last + 1 - first)
    bounds = [first + round(k * (last + 1 - first) / pages) for k in range(pages + 1)]
    ranges = [(bounds[k], bounds[k + 1] - 1) for k in range(pages)]
    page_totals = [totals] if pages == 1 else [totals_for(data, a, b) for a, b in ranges]

    def maker(k: int) -> Make:
        a, b = ranges[k]
        return lambda width, rows, lanes_h, row_h: compose(
            data, a, b, width, fonts, title=title, grouping=grouping, page=(k + 1, pages),
            totals=page_totals[k], rows=rows, lanes_height=lanes_h, row_h=row_h,
        )  # fmt: skip

    paper = _printable_mm(size_id)
    busiest = max(range(pages), key=lambda k: page_totals[k][0])
    fit = fit_page(maker(busiest), paper)
    orientation = (
        QPageLayout.Orientation.Landscape if fit.landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(QPageLayout(QPageSize(size_id), orientation, QMarginsF(*PDF_MARGINS_MM)))
    room = room_for(paper, fit.landscape, fit.width)
    p = QPainter(writer)
    if not p.isActive():
        raise OSError(f"cannot write {out}")
    try:
        for k in range(pages):
            if k:
                writer.newPage()
            comp = fit.comp if k == busiest else fit_at(maker(k), fit.width, room)
            _paint_pdf_page(p, writer, comp, theme, fonts)
    finally:
        p.end()


def _printable_mm(size_id: QPageSize.PageSizeId) -> tuple[float, float]:
    """(long side, short side) of the paper inside the margins, in millimetres."""
    size = QPageSize(size_id).size(QPageSize.Unit.Millimeter)
    left, top, right, bottom = PDF_MARGINS_MM
    sides = sorted((size.width() - left - right, size.height() - top - bottom), reverse=True)
    return sides[0], sides[1]


def _paint_pdf_page(
    p: QPainter, writer: QPdfWriter, comp: Composition, theme: str, fonts: Fonts
) -> None:
    """Scale the page to the paper's width, or less when it is taller than the paper."""
    device_w, device_h = writer.width(), writer.height()
    scale = min(device_w / comp.width, device_h / comp.height)
    p.save()
    p.scale(scale, scale)
    paint_composition(p, comp, theme_named(theme), fonts)
    p.restore()


def render_view_image(
    view: Any, *, title: str = "", device_pixel_ratio: float = 1.0, theme: str = "light"
) -> QImage:
    """What the view shows (range, filter, grouping) as a finished image at its width.

    Light by default whatever the view's theme: a briefing picture is printed or pasted into
    documents.
    """
    first, last = view.visible_range()
    data = CanvasData(view.store(), view.current_filter())
    fonts = Fonts()
    comp = fit_picture(
        data, (first.toordinal(), last.toordinal()), float(view.canvas_width()), fonts,
        title=title, grouping=view.grouping(),
    )  # fmt: skip
    image = render_composition(comp, theme, fonts, scale=device_pixel_ratio)
    image.setDevicePixelRatio(device_pixel_ratio)
    return image


def copy_image_to_clipboard(view: Any, title: str = "") -> QImage:
    """Put the visible timeline on the clipboard as a (light) briefing image; returns it."""
    image = render_view_image(view, title=title, device_pixel_ratio=view.devicePixelRatioF())
    QGuiApplication.clipboard().setImage(image)
    return image
