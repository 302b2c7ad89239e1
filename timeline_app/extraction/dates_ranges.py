"""Two dates joined into one interval: "from 16 to 18 November", "zwischen Montag und Mittwoch",
"с 16 по 18 ноября" (the connectors per language in `_RANGE_WORDS`); `dates.find_time_expressions`
joins its expressions here last.
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.domain.model import DateSpan, Precision, TimeExpression

_ORDER = list(Precision)  # the precisions, finest first
# Connectors that join two dates into one interval, per language ("bis", "au", "по"...).
_RANGE_WORDS = {
    "en": r"to|through|until|till|and",
    "de": r"bis(?:\s+zum)?|und",
    "fr": r"au|à|jusqu'au|et",
    "es": r"al|a|hasta|y",
    "ru": r"по|до|и",
    "uk": r"по|до|і",
}
_BETWEEN = re.compile(
    r"(?i:(?:between|from|zwischen|von|vom|entre|du|de|desde|с|со|від|з|между|між)\s+)$"
)


def join_ranges(found: list[TimeExpression], text: str, code: str) -> list[TimeExpression]:
    connector = re.compile(rf"^\s*(?:-|–|—|(?i:{_RANGE_WORDS.get(code, '(?!)')}))\s*(?:the\s+)?$")
    joined: list[TimeExpression] = []
    for expression in found:
        previous = joined[-1] if joined else None
        merged = None
        if previous is not None and _is_range(previous, expression, text, connector):
            merged = _range(previous, expression, text)
        if merged is not None:
            joined[-1] = merged
        else:
            joined.append(expression)
    return joined


def _is_range(a: TimeExpression, b: TimeExpression, text: str, connector: re.Pattern[str]) -> bool:
    if a.span is None or b.span is None:
        return False
    between = text[a.end : b.start]
    if len(between) > 12 or not connector.match(between):
        return False
    if between.strip().lower() in ("and", "und", "et", "y", "и", "і", "a", "à"):
        return bool(_BETWEEN.search(text[max(0, a.start - 12) : a.start]))
    return True


def _range(a: TimeExpression, b: TimeExpression, text: str) -> TimeExpression | None:
    """One interval from the start of `a` to the end of `b`. When only `b` gives the year
    ("between June and August 2024"), or `a` would start after `b`, `a` is taken in the
    year of `b` (or the one before)."""
    assert a.span is not None and b.span is not None
    # Also when both lack a year and `a` came out after `b` ("grew from June to December" in
    # an October article: December is last year's, so June is too).
    yearly = a.span.precision is Precision.MONTH or any(c.isdigit() for c in a.text)
    b_first = not b.relative or (yearly and a.span.start > b.span.start)  # not weekdays
    if a.relative and b_first and a.span.precision in (Precision.DAY, Precision.MONTH):
        a_start = _same_day_in_year(a.span.start, b.span.end.year)
        if a_start is not None and a_start > b.span.start:
            a_start = _same_day_in_year(a.span.start, b.span.end.year - 1)
        if a_start is not None:
            why = f"{a.text} → from {a_start.isoformat()}: taken in the year of the range's end"
            a = TimeExpression(
                a.text, a.start, a.end, DateSpan(a_start, a_start, a.span.precision), why
            )
    if a.span is None or a.span.start > b.span.start:
        return None
    precision = max(a.span.precision, b.span.precision, key=_ORDER.index)
    span = DateSpan(a.span.start, max(a.span.end, b.span.end), precision)
    if span.days > 1 and precision is Precision.DAY and span.days > 31:
        span = DateSpan(span.start, span.end, Precision.MONTH)
    why = f"range: {a.explanation}; {b.explanation}"
    return TimeExpression(
        text[a.start : b.end], a.start, b.end, span, why, a.relative or b.relative
    )


def _same_day_in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None
