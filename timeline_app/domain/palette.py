"""Colours and glyph shapes per event type, and the light and dark themes, as plain hex strings.

Colours come from the Okabe-Ito and Paul Tol colour-blind-safe sets, grouped by type family
(diplomacy blues, strikes reds/oranges, ground greens, civil purples/greys); every type in a family
also has its own shape so a grey print or a colour-blind reader still tells them apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from timeline_app.domain.model import EventType, Precision, TypeFamily


class Shape(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE_UP = "triangle_up"
    TRIANGLE_DOWN = "triangle_down"
    DIAMOND = "diamond"
    HEXAGON = "hexagon"
    PLUS = "plus"
    CROSS = "cross"
    STAR = "star"


# (light colour, dark-theme colour, shape). Dark variants lift the darkest hues off a dark ground.
_TYPE_STYLE: dict[EventType, tuple[str, str, Shape]] = {
    EventType.MEETING: ("#0072B2", "#3A9BDC", Shape.CIRCLE),
    EventType.VISIT: ("#56B4E9", "#56B4E9", Shape.TRIANGLE_UP),
    EventType.STATEMENT: ("#332288", "#8877DD", Shape.SQUARE),
    EventType.REPORT: ("#5E8FB8", "#88CCEE", Shape.DIAMOND),
    EventType.AGREEMENT: ("#44AA99", "#44AA99", Shape.HEXAGON),
    EventType.AID: ("#3D7FA6", "#6FB7E0", Shape.PLUS),
    EventType.SANCTIONS: ("#1F4E79", "#6C9BD2", Shape.TRIANGLE_DOWN),
    EventType.MISSILE_STRIKE: ("#D55E00", "#F07A2A", Shape.TRIANGLE_DOWN),
    EventType.DRONE_ATTACK: ("#E69F00", "#F0B429", Shape.DIAMOND),
    EventType.AIRSTRIKE: ("#CC3311", "#EE5533", Shape.TRIANGLE_UP),
    EventType.SHELLING: ("#EE7733", "#EE8844", Shape.SQUARE),
    EventType.EXPLOSION: ("#AA3377", "#DD66AA", Shape.STAR),
    EventType.ATTACK: ("#882255", "#CC5588", Shape.CIRCLE),
    EventType.MOBILIZATION: ("#999933", "#BBBB55", Shape.SQUARE),
    EventType.GROUND_FIGHTING: ("#117733", "#33AA55", Shape.CROSS),
    EventType.PROTEST: ("#CC79A7", "#CC79A7", Shape.CIRCLE),
    EventType.EVACUATION: ("#AA4499", "#CC66BB", Shape.TRIANGLE_UP),
    EventType.OTHER: ("#777777", "#AAAAAA", Shape.DIAMOND),
}

FAMILY_LABEL: dict[TypeFamily, str] = {
    TypeFamily.DIPLOMACY: "Diplomacy",
    TypeFamily.STRIKES: "Strikes",
    TypeFamily.GROUND: "Ground",
    TypeFamily.CIVIL: "Civil",
}

TYPE_LABEL: dict[EventType, str] = {t: t.value.replace("_", " ").capitalize() for t in EventType}

# Short words shown inside an approximate span, so the reader sees how loose the date is.
PRECISION_HINT: dict[Precision, str] = {
    Precision.DAY: "",
    Precision.WEEK: "week",
    Precision.MONTH: "month",
    Precision.SEASON: "season",
    Precision.QUARTER: "quarter",
    Precision.HALF_YEAR: "half-year",
    Precision.YEAR: "year",
    Precision.DECADE: "decade",
    Precision.CENTURY: "century",
}


def type_colour(event_type: EventType, theme: str = "light") -> str:
    light, dark, _ = _TYPE_STYLE[event_type]
    return dark if theme == "dark" else light


def type_shape(event_type: EventType) -> Shape:
    return _TYPE_STYLE[event_type][2]


@dataclass(frozen=True, slots=True)
class Theme:
    """Every non-type colour the painter uses; `name` is "light" or "dark"."""

    name: str
    background: str
    foreground: str
    muted: str
    grid: str
    grid_major: str
    lane_band: str
    lane_header: str
    weekend: str
    today: str
    reference: str
    selection: str
    rubber_band: str
    badge_bg: str
    badge_fg: str
    overview_window: str


LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    foreground="#1B1F24",
    muted="#5F6B7A",
    grid="#E8EBEF",
    grid_major="#C5CCD5",
    lane_band="#F6F8FA",
    lane_header="#EEF1F5",
    weekend="#F1F3F6",
    today="#D62728",
    reference="#7B3FB8",
    selection="#1A73E8",
    rubber_band="#1A73E8",
    badge_bg="#3C4550",
    badge_fg="#FFFFFF",
    overview_window="#1A73E8",
)

DARK = Theme(
    name="dark",
    background="#15191E",
    foreground="#E6E9ED",
    muted="#98A2AE",
    grid="#242A31",
    grid_major="#3A424C",
    lane_band="#1B2026",
    lane_header="#20262D",
    weekend="#1E242B",
    today="#FF6B6B",
    reference="#C39BF0",
    selection="#5CA8FF",
    rubber_band="#5CA8FF",
    badge_bg="#C9D1D9",
    badge_fg="#15191E",
    overview_window="#5CA8FF",
)

THEMES: dict[str, Theme] = {"light": LIGHT, "dark": DARK}


def theme_named(name: str) -> Theme:
    """The theme called `name`; unknown names fall back to light rather than failing a paint."""
    return THEMES.get(name, LIGHT)
