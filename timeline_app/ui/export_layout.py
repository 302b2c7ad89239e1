"""A briefing graphic around the timeline scene: title and range, the scene, a legend, a footnote.

`compose` gathers what one page shows (through the same `CanvasData` and `build_scene` as the
screen); `paint_composition` draws it with the shared painter at any scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from timeline_app.domain.model import EventFilter, EventType
from timeline_app.domain.palette import TYPE_LABEL, Theme
from timeline_app.domain.scene import Scene, SceneLayout, build_scene, entity_lanes, lanes_for
from timeline_app.domain.scene_groups import is_entity_grouping
from timeline_app.domain.scene_types import type_lanes_in_view
from timeline_app.domain.timescale import Viewport, describe_range
from timeline_app.ui.canvas_data import CanvasData
from timeline_app.ui.fades import fill_faded
from timeline_app.ui.painter import (
    Fonts,
    colour,
    make_font,
    paint_legend_item,
    paint_scene,
)

HEADER_H = 70.0
FOOTER_H = 34.0
# Rows a lane may take in an export: a page or picture has room a window lacks, and every label
# behind a "N more events" is one a briefing reader cannot see. PDF pages fit rows to the paper.
EXPORT_ROWS = 40
ROW_H = SceneLayout().row_h
DENSE_ROWS = 10  # a lane with more marks than ~10 rows could label is drawn as a histogram
EXPORT_LANES = 12  # lanes by type, actor, place or source; the rarest share an "other" lane
# The scene is drawn this far in from the page's edges: the glyph of a span begun before the
# range sits on the scene's edge, and half a glyph cut by the page edge looks like a mistake.
SCENE_INSET = 8.0
ARTICLE_SCAN_LIMIT = 20_000  # beyond this, count articles from the store's summaries instead


@dataclass(slots=True)
class Composition:
    """One page: its scene plus the words around it, in logical pixels."""

    title: str
    subtitle: str
    footnote: str
    scene: Scene
    legend: list[EventType]
    legend_h: float
    width: float

    @property
    def height(self) -> float:
        return HEADER_H + self.scene.height + self.legend_h + FOOTER_H

    @property
    def hidden(self) -> int:
        """Events whose labels found no room (said as "N more events" on the page)."""
        return sum(b.count for b in self.scene.overflow)

    @property
    def dense_lanes(self) -> int:
        return sum(1 for lane in self.scene.lanes if lane.dense and not lane.collapsed)


def range_filter(flt: EventFilter, first: int, last: int) -> EventFilter:
    """`flt` narrowed to days first..last (ordinals), keeping any narrower range it had."""
    lo, hi = date.fromordinal(first), date.fromordinal(last)
    date_from = max(flt.date_from, lo) if flt.date_from else lo
    date_to = min(flt.date_to, hi) if flt.date_to else hi
    return replace(flt, date_from=date_from, date_to=date_to)


def count_articles(store: Any, flt: EventFilter, n_events: int) -> int | None:
    """Distinct articles behind the events passing `flt`; None when too costly to know exactly."""
    counter = getattr(store, "count_articles", None)
    if callable(counter):
        return int(counter(flt))
    if n_events > ARTICLE_SCAN_LIMIT:
        return None
    return len({s.article_id for e in store.events(flt) for s in e.sources})


def compose(
    data: CanvasData,
    first: int,
    last: int,
    width: float,
    fonts: Fonts,
    *,
    title: str = "",
    grouping: str = "family",
    page: tuple[int, int] = (1, 1),
    totals: tuple[int, int | None, int] | None = None,
    rows: int = EXPORT_ROWS,
    lanes_height: float = 0.0,
    row_h: float = ROW_H,
) -> Composition:
    """Lay out days first..last at `width` logical pixels; lanes grow to fit their labels.

    `rows` caps the label rows of a lane; `lanes_height` (a page to fill) shares that height
    among the lanes, which histogram lanes take while lanes of labels keep their own height;
    `row_h` above the screen's spaces the rows of a page with height to spare.
    """
    span = last + 1 - first
    pad = span * 0.015  # a little air at the edges; only events in first..last are drawn
    vp = Viewport(first - pad, last + 1 + pad, width - 2 * SCENE_INSET).clamped()
    in_range = CanvasData(data.store, range_filter(data.filter, first, last))
    # Every lane is asked for and the empty ones dropped after (type_lanes_in_view): the types
    # present in a range are counted by start day, which misses a span begun before the range,
    # and a family or type whose only event is such a span then had no lane to draw it in.
    lanes = lanes_for(grouping)
    scene_data = in_range.fetch(
        vp, lanes, rows=DENSE_ROWS, grouping=grouping, max_lanes=EXPORT_LANES
    )
    if is_entity_grouping(grouping) and scene_data.lane_keys is not None:
        lanes = entity_lanes(grouping, scene_data.lane_keys, scene_data.folded)
    elif grouping in ("type", "family"):  # no empty lanes; the rarest types share one
        lanes, scene_data = type_lanes_in_view(vp, lanes, scene_data, EXPORT_LANES)
    layout = SceneLayout(export_rows=rows, row_h=row_h)
    scene = build_scene(
        vp, lanes_height, lanes, scene_data, measure=fonts.measure, layout=layout, grow=True
    )
    n_events, n_articles, n_undated = totals or totals_for(data, first, last)
    legend = sorted(
        {m.type for m in scene.marks} | {b.type for b in scene.bars},
        key=list(EventType).index,
    )
    subtitle = describe_range(date.fromordinal(first), date.fromordinal(last))
    if page[1] > 1:
        subtitle += f"   ·   page {page[0]} of {page[1]}"
    return Composition(
        title=title or "Conflict timeline",
        subtitle=subtitle + _filter_words(data.filter),
        footnote=_footnote(n_events, n_articles, n_undated),
        scene=scene,
        legend=legend,
        legend_h=_legend_height(legend, width, fonts),
        width=width,
    )


def totals_for(data: CanvasData, first: int, last: int) -> tuple[int, int | None, int]:
    """(dated events drawn, their articles, undated events left out) for days first..last.

    Drawn means what the canvas shows: events passing the filter whose span meets the range,
    as marks, "+N" badges or histogram bars. Undated events pass the filter but have no place
    on a time axis (the command line reports the same numbers).
    """
    if data.store is None:
        return 0, 0, 0
    flt = range_filter(data.filter, first, last)
    n_events = int(data.store.count_events(flt))
    return n_events, count_articles(data.store, flt, n_events), undated_count(data)


def undated_count(data: CanvasData) -> int:
    """Events passing the filter that have no date (0 when the filter itself asks for dates)."""
    flt = data.filter
    if flt.date_from is not None or flt.date_to is not None:
        return 0  # a date condition already leaves every undated event out
    dated = replace(flt, date_from=date.min)
    return max(int(data.store.count_events(flt)) - int(data.store.count_events(dated)), 0)


def _footnote(n_events: int, n_articles: int | None, n_undated: int = 0) -> str:
    events = f"{n_events:,} event{'s' if n_events != 1 else ''}"
    if n_articles is not None:
        events += f" from {n_articles:,} article{'s' if n_articles != 1 else ''}"
    if n_undated:
        events += f" ({n_undated:,} undated event{'s' if n_undated != 1 else ''} not shown)"
    return f"{events}, exported {date.today().isoformat()}"


def _filter_words(flt: EventFilter) -> str:
    words = []
    if flt.types:
        words.append(", ".join(sorted(TYPE_LABEL[t].lower() for t in flt.types)))
    if flt.text:
        words.append(f"matching “{flt.text}”")
    for name, values in (("actors", flt.actors), ("places", flt.places), ("sites", flt.sites)):
        if values:
            words.append(f"{name}: {', '.join(sorted(values))}")
    return "   ·   " + "; ".join(words) if words else ""


def _legend_items(legend: list[EventType]) -> list[tuple[EventType | str, str]]:
    items: list[tuple[EventType | str, str]] = [(t, TYPE_LABEL[t]) for t in legend]
    items += [("approx", "≈ date known to a week/month/season"), ("planned", "planned")]
    items += [("claimed", "claimed"), ("denied", "denied"), ("sources", "sources")]
    return items


def _legend_height(legend: list[EventType], width: float, fonts: Fonts) -> float:
    metrics = QFontMetricsF(fonts.label)
    x, rows = 16.0, 1
    for key, text in _legend_items(legend):
        w = 16 + metrics.horizontalAdvance(text) + 18 + (0 if isinstance(key, EventType) else 30)
        if x + w > width - 16:
            x, rows = 16.0, rows + 1
        x += w
    return 12 + rows * 22


# --- painting ----------------------------------------------------------------------------------


def paint_composition(p: QPainter, comp: Composition, theme: Theme, fonts: Fonts) -> None:
    """Draw the whole page in logical pixels (the caller scales the painter to the device)."""
    p.fillRect(QRectF(0, 0, comp.width, comp.height), colour(theme.background))
    _paint_header(p, comp, theme)
    p.save()
    p.translate(SCENE_INSET, HEADER_H)
    p.setClipRect(QRectF(-SCENE_INSET, 0, comp.width, comp.scene.height))
    paint_scene(p, comp.scene, theme, fonts, background=False, controls=False)
    p.restore()
    top = HEADER_H + comp.scene.height
    p.setPen(QPen(colour(theme.grid_major), 1))
    p.drawLine(QPointF(0, top), QPointF(comp.width, top))
    _paint_legend(p, comp, top + 6, theme, fonts)
    _paint_footer(p, comp, comp.height - FOOTER_H, theme, fonts)


def _paint_header(p: QPainter, comp: Composition, theme: Theme) -> None:
    """Title and period; a long title is set smaller, then shortened with "…", never cut."""
    room = comp.width - 32
    p.setPen(colour(theme.foreground))
    font = make_font(24, bold=True)
    for px in (24, 22, 20, 18, 16):
        font = make_font(px, bold=True)
        if QFontMetricsF(font).horizontalAdvance(comp.title) <= room:
            break
    p.setFont(font)
    title = QFontMetricsF(font).elidedText(comp.title, Qt.TextElideMode.ElideRight, room)
    p.drawText(QRectF(16, 8, room, 32), Qt.AlignmentFlag.AlignVCenter, title)
    p.setPen(colour(theme.muted))
    font = make_font(14)
    p.setFont(font)
    subtitle = QFontMetricsF(font).elidedText(comp.subtitle, Qt.TextElideMode.ElideRight, room)
    p.drawText(QRectF(16, 40, room, 22), Qt.AlignmentFlag.AlignVCenter, subtitle)


def _paint_legend(p: QPainter, comp: Composition, top: float, theme: Theme, fonts: Fonts) -> None:
    metrics = QFontMetricsF(fonts.label)
    x, y = 16.0, top + 11
    for key, text in _legend_items(comp.legend):
        w = 16 + metrics.horizontalAdvance(text) + 18 + (0 if isinstance(key, EventType) else 30)
        if x + w > comp.width - 16:
            x, y = 16.0, y + 22
        if isinstance(key, EventType):
            paint_legend_item(p, key, text, x, y, theme, fonts)
        else:
            _paint_key_sample(p, key, x, y, theme, fonts)
            p.setPen(colour(theme.muted))
            p.setFont(fonts.label)
            p.drawText(QRectF(x + 40, y - 9, w, 18), Qt.AlignmentFlag.AlignVCenter, text)
        x += w


def _paint_key_sample(
    p: QPainter, key: str, x: float, y: float, theme: Theme, fonts: Fonts
) -> None:
    """Small samples of how status, approximation and source counts look on the timeline."""
    ink = colour(theme.muted)
    if key == "approx":
        fill_faded(p, QRectF(x, y - 4, 34, 8), theme.muted, 160, 0.35)
        return
    if key == "sources":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour(theme.badge_bg))
        p.drawRoundedRect(QRectF(x + 10, y - 7, 18, 14), 7, 7)
        p.setPen(colour(theme.badge_fg))
        p.setFont(fonts.small_bold)
        p.drawText(QRectF(x + 10, y - 7, 18, 14), Qt.AlignmentFlag.AlignCenter, "3")
        p.setBrush(Qt.BrushStyle.NoBrush)
        return
    path = QPainterPath()
    path.addEllipse(QPointF(x + 18, y), 5, 5)
    style = {"planned": Qt.PenStyle.DashLine, "claimed": Qt.PenStyle.DotLine}
    p.setPen(QPen(ink, 1.6, style.get(key, Qt.PenStyle.SolidLine)))
    p.setBrush(colour(theme.background) if key == "planned" else colour(theme.muted, 120))
    p.drawPath(path)
    if key == "denied":
        p.setPen(QPen(colour(theme.foreground), 1.6))
        p.drawLine(QPointF(x + 11, y + 6), QPointF(x + 25, y - 6))
    p.setBrush(Qt.BrushStyle.NoBrush)


def _paint_footer(p: QPainter, comp: Composition, top: float, theme: Theme, fonts: Fonts) -> None:
    p.setPen(QPen(colour(theme.grid), 1))
    p.drawLine(QPointF(16, top + 4), QPointF(comp.width - 16, top + 4))
    p.setFont(fonts.label)
    p.setPen(colour(theme.muted))
    rect = QRectF(16, top + 6, comp.width - 32, FOOTER_H - 8)
    p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, comp.footnote)
    p.drawText(
        rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "Conflict Timeline"
    )


def pages_for(n_events: int, span_days: int, per_page: int = 160) -> int:
    """Pages for a long, busy range: about `per_page` events a page, at least a week a page."""
    wanted = math.ceil(n_events / per_page) if n_events > per_page else 1
    return max(1, min(wanted, 12, max(span_days // 7, 1)))
