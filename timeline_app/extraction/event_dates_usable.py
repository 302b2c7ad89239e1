"""Which time expressions of a sentence can date its event: not the period a superlative ranks it
in ("the deadliest attack this year"), not a dateline's day, and not a deadline something was done
by ("had retaken the town by Sunday": on or before, a day not told). `event_dates` asks here.
"""

from __future__ import annotations

import re

from timeline_app.domain.model import Precision, TimeExpression
from timeline_app.extraction.dates_filed import is_dateline

# "one of the deadliest attacks on the capital this year", "the heaviest shelling since May": a
# period a superlative is measured over, not when the event happened.
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:\w+iest|largest|biggest|worst|most\s+\w+|longest|strongest|greatest|highest|"
    r"heaviest|fiercest|first|only)\b(?:\s+[\w'’-]+){0,5}\s+(?:so\s+far\s+)?$",
    re.IGNORECASE,
)
_YARDSTICK_WORDS = ("est ", "most ", "first ", "only ")


def without_yardsticks(text: str, usable: list[TimeExpression]) -> list[TimeExpression]:
    """The expressions that can date an event: not the period a superlative ranks it in (see
    `_SUPERLATIVE_BEFORE`), unless nothing else is left."""
    kept = [e for e in usable if not _is_yardstick(text, e)]
    return kept if kept and len(kept) < len(usable) else usable


def without_datelines(text: str, usable: list[TimeExpression]) -> list[TimeExpression]:
    """The expressions that can date an event: not a dateline's day ("KYIV, 19 November 2025 -
    Russian forces shelled Kupiansk on Monday": the day the story was filed), unless nothing
    else is left. (A dash that ends the dateline need not end the sentence.)"""
    kept = [e for e in usable if not _opens_a_dateline(text, e)]
    return kept if kept and len(kept) < len(usable) else usable


def _opens_a_dateline(text: str, expression: TimeExpression) -> bool:
    return is_dateline(text, text.rfind("\n", 0, expression.start) + 1, expression)


_BY_BEFORE = re.compile(r"\bby\s+(?:(?:late|early)\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def is_deadline(text: str, expression: TimeExpression) -> bool:
    """ "by Sunday", "by mid-November": a time something was done before, not when ("killed by
    Sunday's strike" is that strike's day, "depressed by overnight losses" the night's)."""
    if (
        expression.span is None
        or "by" not in text[max(0, expression.start - 10) : expression.start]
        or expression.text.lower() == "overnight"
    ):
        return False
    return bool(
        _BY_BEFORE.search(text, max(0, expression.start - 10), expression.start)
        and not _POSSESSIVE_AFTER.match(text, expression.end)
    )


def _is_yardstick(text: str, expression: TimeExpression) -> bool:
    span = expression.span
    if span is None or span.precision == Precision.DAY:
        return False  # "for the first time in a year on Sunday": a day dates the event itself
    before = text[max(0, expression.start - 60) : expression.start]
    lowered = before.lower()
    if not any(word in lowered for word in _YARDSTICK_WORDS):
        return False  # (most expressions: no superlative word before them at all)
    return _SUPERLATIVE_BEFORE.search(before) is not None
