"""Numeric dates in any language: ISO "2025-11-18", "18.11.2025" (always day first) and
"11/18/2025" versus "18/11/2025" (day-first when the site or language says so; when both readings
are valid, the one on or before publication and nearest to it).
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.domain.model import DateSpan, Precision
from timeline_app.extraction.dates_rules import Context, Resolved, Rule, in_words, resolved

_ISO = re.compile(
    r"(?<![\w./-])(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?![\d/-]|\.\d)"
)
_NUMERIC = re.compile(
    r"(?<![\w./:-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})"
    r"(?![\w/-]|[.:]\d)"
)


def resolve_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return resolved(m.group(), DateSpan.day(day), "ISO date")


def resolve_numeric(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["sep"] == "-" and len(m["c"]) == 2:
        return None  # "12-05-24" is as often a score or a code as a date
    year = _full_year(m["c"], ctx.published)
    a, b = int(m["a"]), int(m["b"])
    day_first_reading = _valid(year, b, a)
    month_first_reading = _valid(year, a, b)
    if m["sep"] == "." or ctx.day_first is True:
        return _answer(m, day_first_reading, "numeric date, day first")
    if ctx.day_first is False:
        return _answer(m, month_first_reading, "numeric date, month first")
    if day_first_reading is None or month_first_reading is None or a == b:
        only = day_first_reading or month_first_reading
        return _answer(m, only, "numeric date, the only valid reading")
    return _answer(m, *_choose(day_first_reading, month_first_reading, ctx))


def _choose(day_first: date, month_first: date, ctx: Context) -> tuple[date, str]:
    if ctx.published is None:
        if ctx.lex.date_order.startswith("M"):
            return month_first, "ambiguous numeric date, month first as the language writes it"
        return day_first, "ambiguous numeric date, day first as the language writes it"
    pub = ctx.published

    def rank(d: date) -> tuple[bool, int]:
        return (d > pub, abs((pub - d).days))

    best = min((day_first, month_first), key=rank)
    order = "day first" if best == day_first else "month first"
    return best, f"ambiguous numeric date, read {order}: on or before publication and nearest"


def _answer(m: re.Match[str], day: date | None, why: str) -> Resolved | None:
    if day is None:
        return None
    return resolved(m.group(), DateSpan(day, day, Precision.DAY), why)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(token: str, published: date | None) -> int:
    if len(token) == 4:
        return int(token)
    pivot = (published.year % 100 + 1) if published else 50
    return 2000 + int(token) if int(token) <= pivot else 1900 + int(token)


def numeric_rules() -> list[Rule]:
    return [
        Rule(
            "iso",
            _ISO,
            resolve_iso,
            6,
            in_words(re.compile(r"(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d")),  # hyphens join a word
            prefix_chars=0,
        ),
        Rule(
            "numeric",
            _NUMERIC,
            resolve_numeric,
            5,
            # "18.11.2025" and "11-18-2025" are words; "11/18/2025" is three.
            in_words(re.compile(r"\d\d?[/.-]\d\d?[/.-]\d\d"), unless="/"),
            prefix_chars=0,
        ),
    ]
