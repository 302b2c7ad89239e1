"""The one painter: draws a `Scene` with a QPainter on the widget, a QImage, an SVG or a PDF alike.

Geometry is in scene pixels; callers scale the QPainter for print devices. Marks of one type are
drawn with one path and histogram bars of one type with one `drawRects` call, because per-item
calls are what make big timelines slow.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)

from timeline_app.domain.model import EventStatus, EventType
from timeline_app.domain.palette import Theme, type_colour, type_shape
from timeline_app.domain.scene import LaneBox, Scene
from timeline_app.domain.scene_histogram import HistBar
from timeline_app.domain.scene_layout import LabelBox, MarkGlyph
from timeline_app.ui.colours import colour
from timeline_app.ui.fades import fill_faded
from timeline_app.ui.formatting import bin_words
from timeline_app.ui.glyphs import add_glyph

FONT_FAMILY = "DejaVu Sans"


def make_font(px: int, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(px)  # pixel sizes keep the layout identical on screen, SVG and PDF
    font.setBold(bold)
    font.setItalic(italic)
    return font


class Fonts:
    """The handful of fonts a scene uses, and a cached text measure for the layout."""

    def __init__(self) -> None:
        self.label = make_font(12)
        self.label_bold = make_font(12, bold=True)
        self.label_italic = make_font(12, italic=True)
        self.small = make_font(10)
        self.small_bold = make_font(10, bold=True)
        self.axis = make_font(11)
        self.axis_major = make_font(12, bold=True)
        self.header = make_font(11, bold=True)
        # Bold is the widest face a label is drawn in (when selected), so boxes fit every face.
        self._metrics = QFontMetricsF(self.label_bold)
        self.header_metrics = QFontMetricsF(self.header)
        self.small_metrics = QFontMetricsF(self.small)
        self.axis_metrics = QFontMetricsF(self.axis)
        self._widths: dict[str, float] = {}

    def measure(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._metrics.horizontalAdvance(text)
            if len(self._widths) > 50_000:
                self._widths.clear()
            self._widths[text] = width
        return width


# --- the scene ---------------------------------------------------------------------------------


def paint_scene(
    p: QPainter,
    scene: Scene,
    theme: Theme,
    fonts: Fonts,
    *,
    background: bool = True,
    hover_id: int | None = None,
    controls: bool = True,
) -> None:
    """Draw every layer of `scene`, back to front.

    `controls` False (exports) leaves out what only the window can act on: the lane headers'
    collapse arrows, and "+N" buttons, which a printed page says in words instead.
    """
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if background:
        p.fillRect(QRectF(0, 0, scene.width, scene.height), colour(theme.background))
    # Axis-aligned rectangles and hairlines need no antialiasing, and it is what costs most.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _paint_lane_bands(p, scene, theme)
    _paint_grid(p, scene, theme)
    _paint_bars(p, scene, theme)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _paint_spans(p, scene, theme, fonts)
    _paint_glyphs(p, scene.marks, scene.layout.glyph_r, theme, hover_id)
    _paint_labels(p, scene.labels, theme, fonts)
    if controls:
        _paint_overflow(p, scene, theme, fonts)
    else:
        _paint_overflow_words(p, scene, theme, fonts)
    _paint_lane_headers(p, scene, theme, fonts, controls)
    _paint_axis(p, scene, theme, fonts)
    _paint_day_lines(p, scene, theme, fonts)


def paint_axis_strip(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
    """The date axis alone (with the today and reference labels), pinned over scrolled lanes."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    _paint_axis(p, scene, theme, fonts)
    _paint_day_lines(p, scene, theme, fonts)


def paint_lane_header_at(
    p: QPainter, scene: Scene, lane: LaneBox, y: float, theme: Theme, fonts: Fonts
) -> None:
    """One lane's header drawn at `y` (kept in view while its lane scrolls under the axis)."""
    _paint_lane_headers(p, replace(scene, lanes=[replace(lane, y=y)]), theme, fonts)


def _paint_lane_bands(p: QPainter, scene: Scene, theme: Theme) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    for i, lane in enumerate(scene.lanes):
        if i % 2 == 1:
            p.fillRect(QRectF(0, lane.y, scene.width, lane.h), colour(theme.lane_band))
    if scene.weekends:
        top = scene.layout.axis_h
        shade = colour(theme.weekend)
        for x0, x1 in scene.weekends:
            p.fillRect(QRectF(x0, top, x1 - x0, scene.height - top), shade)
    p.setPen(QPen(colour(theme.grid_major), 1))
    for lane in scene.lanes[1:]:
        p.drawLine(QPointF(0, lane.y), QPointF(scene.width, lane.y))


def _paint_grid(p: QPainter, scene: Scene, theme: Theme) -> None:
    top, bottom = scene.layout.axis_h, scene.height
    vp = scene.viewport
    p.setPen(QPen(colour(theme.grid), 1))
    minor_x = [vp.x_of(t.start) for t in scene.axis.minor]
    p.drawLines([QLineF(x, top, x, bottom) for x in minor_x])
    p.setPen(QPen(colour(theme.grid_major), 1))
    for t in scene.axis.major:
        x = vp.x_of(t.start)
        p.drawLine(QPointF(x, top - 22), QPointF(x, bottom))


_RECTS: dict[int, tuple[list[HistBar], dict[EventType, list[QRectF]]]] = {}


def _bar_rects(group: list[HistBar]) -> dict[EventType, list[QRectF]]:
    """QRectFs per type for one lane's bars, kept while the scene reuses that list."""
    hit = _RECTS.get(id(group))
    if hit is not None and hit[0] is group:
        return hit[1]
    by_type: dict[EventType, list[QRectF]] = defaultdict(list)
    rect = QRectF
    for _lane, event_type, x, y, w, h in group:
        by_type[event_type].append(rect(x, y, w, h))
    if len(_RECTS) > 64:
        _RECTS.clear()
    _RECTS[id(group)] = (group, by_type)  # holding the list keeps its id from being reused
    return by_type


def _paint_bars(p: QPainter, scene: Scene, theme: Theme) -> None:
    if not scene.bar_groups:
        return
    p.setPen(Qt.PenStyle.NoPen)
    for dx, group in scene.bar_groups:
        p.save()
        p.translate(dx, 0)  # a pan moves the cached bars, it does not rebuild them
        for event_type, rects in _bar_rects(group).items():
            p.setBrush(colour(type_colour(event_type, theme.name), 225))
            p.drawRects(rects)
        p.restore()


def _paint_spans(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
    """Known spans as solid bars; approximate ones fade out at both ends and name their unit."""
    half = scene.layout.glyph_r * 0.9
    for m in scene.marks:
        if m.kind == "point":
            continue
        rect = QRectF(m.x0, m.y - half, m.x1 - m.x0, 2 * half)
        base = type_colour(m.type, theme.name)
        alpha = 60 if m.status is EventStatus.PLANNED else 120
        # fillRect, not a rounded path: spans can be thousands a frame and as wide as the view.
        if m.kind == "approx":
            fill_faded(p, rect, base, alpha, min(0.35, 14 / max(m.x1 - m.x0, 1)))
        else:
            p.fillRect(rect, colour(base, alpha + 40))
        _paint_span_status(p, m, rect, base, theme)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _paint_span_status(p: QPainter, m: MarkGlyph, rect: QRectF, base: str, theme: Theme) -> None:
    """Planned spans are hatched, claimed ones stippled, denied ones struck through; patterns
    rather than dashed outlines, which cost milliseconds each on a view-wide span."""
    pattern = {
        EventStatus.PLANNED: Qt.BrushStyle.BDiagPattern,
        EventStatus.CLAIMED: Qt.BrushStyle.Dense6Pattern,
    }.get(m.status)
    if pattern is not None:
        p.fillRect(rect, QBrush(colour(base), pattern))
    if m.status is EventStatus.DENIED:
        p.setPen(QPen(colour(theme.foreground, 200), 1.4))
        p.drawLine(
            QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y())
        )


def _glyph_style(status: EventStatus) -> str:
    return {EventStatus.PLANNED: "hollow", EventStatus.CLAIMED: "dotted"}.get(status, "solid")


def _paint_glyphs(
    p: QPainter, marks: Iterable[MarkGlyph], r: float, theme: Theme, hover_id: int | None
) -> None:
    """One path per (type, look); denied events are struck through; selection gets a ring."""
    paths: dict[tuple[EventType, str], QPainterPath] = {}
    strikes, rings = QPainterPath(), QPainterPath()
    for m in marks:
        key = (m.type, _glyph_style(m.status))
        path = paths.get(key)
        if path is None:
            path = paths[key] = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
        add_glyph(path, type_shape(m.type), m.x, m.y, r)
        if m.status is EventStatus.DENIED:
            strikes.moveTo(m.x - r - 2, m.y + r + 1)
            strikes.lineTo(m.x + r + 2, m.y - r - 1)
        if m.selected or m.event_id == hover_id:
            rings.addEllipse(QPointF(m.x, m.y), r + 3.5, r + 3.5)
    outline = colour(theme.background)
    for (event_type, look), path in paths.items():
        base = colour(type_colour(event_type, theme.name))
        if look == "hollow":
            p.setPen(QPen(base, 1.6, Qt.PenStyle.DashLine))
            p.setBrush(colour(theme.background))
        elif look == "dotted":
            p.setPen(QPen(base, 1.6, Qt.PenStyle.DotLine))
            p.setBrush(colour(type_colour(event_type, theme.name), 110))
        else:
            p.setPen(QPen(outline, 1.0))
            p.setBrush(base)
        p.drawPath(path)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(colour(theme.foreground), 1.6))
    p.drawPath(strikes)
    p.setPen(QPen(colour(theme.selection), 2.0))
    p.drawPath(rings)


def _paint_labels(p: QPainter, labels: Iterable[LabelBox], theme: Theme, fonts: Fonts) -> None:
    for label in labels:
        x = label.x
        if label.badge:
            _paint_badge(p, label, theme, fonts)
            x += label.badge_w
        rect = QRectF(x, label.y, label.w - label.badge_w + 2, label.h)
        if label.on_span:
            p.fillRect(rect.adjusted(-2, 1, 1, -1), colour(theme.background, 225))
        if label.selected:
            p.fillRect(rect.adjusted(-2, 0, 2, 0), colour(theme.selection, 40))
            p.setFont(fonts.label_bold)
        else:
            p.setFont(fonts.label if label.status is EventStatus.HAPPENED else fonts.label_italic)
        p.setPen(colour(theme.foreground if label.status is EventStatus.HAPPENED else theme.muted))
        p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label.text)


def _paint_badge(p: QPainter, label: LabelBox, theme: Theme, fonts: Fonts) -> None:
    h = min(label.h - 4, 12.0)  # a page with spaced-out rows keeps slim badges
    rect = QRectF(label.x, label.y + (label.h - h) / 2, label.badge_w - 3, h)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour(theme.badge_bg))
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(colour(theme.badge_fg))
    p.setFont(fonts.small_bold)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label.badge)


def _paint_overflow(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
    p.setFont(fonts.small_bold)
    for b in scene.overflow:
        rect = QRectF(b.x, b.y, b.w, b.h)
        p.setPen(QPen(colour(theme.muted), 1))
        p.setBrush(colour(theme.background, 230))
        p.drawRoundedRect(rect, 6, 6)
        p.setPen(colour(theme.muted))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, b.text)
    p.setBrush(Qt.BrushStyle.NoBrush)


def overflow_words(count: int, room: float, measure: Callable[[str], float]) -> str:
    """What a page says for `count` hidden labels in `room` pixels: as many words as fit.

    A "+25" is a button on screen; in a briefing it reads as unfinished, so a page says
    "25 more events", or "25 more" where that is too long.
    """
    noun = "event" if count == 1 else "events"
    for text in (f"{count:,} more {noun}", f"{count:,} more"):
        if measure(text) + 8 <= room:
            return text
    return f"+{count:,}"


def _paint_overflow_words(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
    vp = scene.viewport
    p.setFont(
        fonts.axis
    )  # a size up from the screen's badge: printed, it must read at arm's length
    p.setPen(colour(theme.muted))
    metrics = fonts.axis_metrics
    for b in scene.overflow:
        # The whole stretch the hidden labels come from (at least the badge's own box).
        x0 = min(max(vp.x_of(b.first_day), 0.0), b.x)
        x1 = max(min(vp.x_of(b.last_day), scene.width), b.x + b.w)
        text = overflow_words(b.count, x1 - x0, metrics.horizontalAdvance)
        p.drawText(QRectF(x0, b.y - 1, x1 - x0, b.h + 2), Qt.AlignmentFlag.AlignCenter, text)


def _paint_lane_headers(
    p: QPainter, scene: Scene, theme: Theme, fonts: Fonts, controls: bool = True
) -> None:
    """Name in bold, then how many events it holds in the muted ink, so the two numbers in
    "3 other places · 5 events" cannot be read as one."""
    bold, plain = fonts.header_metrics, fonts.small_metrics
    for lane in scene.lanes:
        arrow = ("▸ " if lane.collapsed else "▾ ") if controls else ""
        name = f"{arrow}{lane.title}"
        detail = f"·  {lane.count:,} event{'s' if lane.count != 1 else ''}"
        if lane.dense and not lane.collapsed:
            detail += f"   ▮ histogram · max {lane.hist_max:,} per {bin_words(lane.bin_days)}"
        name_w = bold.horizontalAdvance(name)
        rect = QRectF(4, lane.y + 3, name_w + plain.horizontalAdvance(detail) + 22, 15)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour(theme.lane_header, 235))
        p.drawRoundedRect(rect, 4, 4)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(colour(theme.foreground))
        p.setFont(fonts.header)
        p.drawText(rect.adjusted(7, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, name)
        p.setPen(colour(theme.muted))
        p.setFont(fonts.small)
        p.drawText(rect.adjusted(12 + name_w, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, detail)


def _paint_axis(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
    """Two rows: the larger unit on top (sticky at the left edge), the minor units below."""
    vp, h = scene.viewport, scene.layout.axis_h
    p.fillRect(QRectF(0, 0, scene.width, h), colour(theme.lane_header))
    p.setPen(QPen(colour(theme.grid_major), 1))
    p.drawLine(QPointF(0, h), QPointF(scene.width, h))
    p.setFont(fonts.axis_major)
    p.setPen(colour(theme.foreground))
    major_metrics = QFontMetricsF(fonts.axis_major)
    for t in scene.axis.major:
        x0, x1 = max(vp.x_of(t.start), 0), min(vp.x_of(t.end), scene.width)
        text_w = major_metrics.horizontalAdvance(t.label)
        if x1 - x0 < text_w + 12 and len(scene.axis.major) > 1:
            continue  # a sliver of a unit at the edge: its neighbour's label says enough
        # Sticky: the label stays at the left edge while its unit scrolls by, then yields.
        lx = min(x0 + 6, x1 - text_w - 6) if x1 - x0 > text_w + 12 else x0 + 4
        p.drawText(QRectF(lx, 2, max(x1 - lx, 0), 20), Qt.AlignmentFlag.AlignVCenter, t.label)
    p.setFont(fonts.axis)
    p.setPen(colour(theme.muted))
    for x0, x1, label in minor_label_boxes(scene, QFontMetricsF(fonts.axis).horizontalAdvance):
        p.drawText(QRectF(x0, 22, x1 - x0, 20), Qt.AlignmentFlag.AlignCenter, label)


def minor_label_boxes(
    scene: Scene, measure: Callable[[str], float]
) -> list[tuple[float, float, str]]:
    """Where each minor unit's label is centred: (x0, x1, text), every text wholly in view.

    A unit cut by the edge (the part-day or part-week at either end of an export's padded
    range, or of the screen while panning) centres its label in the part that shows, or drops
    it when that part is too narrow: a half-printed "M" at a page edge reads as a mistake.
    """
    vp, width = scene.viewport, scene.width
    boxes = []
    for t in scene.axis.minor:
        x0, x1 = vp.x_of(t.start), vp.x_of(t.end)
        if x0 < 0 or x1 > width:
            text_w = measure(t.label)
            centre = (x0 + x1) / 2
            if centre - text_w / 2 < 0 or centre + text_w / 2 > width:
                x0, x1 = max(x0, 0.0), min(x1, width)
                if x1 - x0 < text_w + 4:
                    continue
        boxes.append((x0, x1, t.label))
    return boxes


def _paint_day_lines(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
    top, bottom = scene.layout.axis_h - 4, scene.height
    p.setFont(fonts.small_bold)
    for x in scene.reference_xs:
        p.setPen(QPen(colour(theme.reference), 1.4, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
    if scene.today_x is not None:
        x = scene.today_x
        p.setPen(QPen(colour(theme.today), 1.6))
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
        rect = QRectF(x - 20, top + 5, 40, 12)
        p.fillRect(rect, colour(theme.today))
        p.setPen(colour("#FFFFFF"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "today")


# --- legend (export and the canvas share it) ---------------------------------------------------


def paint_legend_item(
    p: QPainter, event_type: EventType, label: str, x: float, y: float, theme: Theme, fonts: Fonts
) -> float:
    """One legend entry (glyph + name) at (x, y centre); returns its width."""
    path = QPainterPath()
    add_glyph(path, type_shape(event_type), x + 6, y, 5)
    p.setPen(QPen(colour(theme.background), 1))
    p.setBrush(colour(type_colour(event_type, theme.name)))
    p.drawPath(path)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(colour(theme.foreground))
    p.setFont(fonts.label)
    width = QFontMetricsF(fonts.label).horizontalAdvance(label)
    p.drawText(QRectF(x + 16, y - 9, width + 4, 18), Qt.AlignmentFlag.AlignVCenter, label)
    return 16 + width + 18
