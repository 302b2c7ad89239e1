"""Which time expressions of a sentence can date its event: not the period a superlative ranks it
in ("the deadliest attack this year"), not a dateline's day, and not a deadline something was done
by ("had retaken the town by Sunday": on or before, a day not told). `event_dates` asks here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline_app.domain.model import Precision, TimeExpression
from timeline_app.extraction.dates_filed import is_dateline
from timeline_app.extraction.dates_lexicon import lexicon
from timeline_app.extraction.dates_tense import cues
from timeline_app.extraction.word_search import may_hold

# "one of the deadliest attacks on the capital this year", "the heaviest shelling since May": a
# period a superlative is measured over, not when the event happened.
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:\w+iest|largest|biggest|worst|most\s+\w+|longest|strongest|greatest|highest|"
    r"heaviest|fiercest|first|only)\b(?:\s+[\w'’-]+){0,5}\s+(?:so\s+far\s+)?$",
    re.IGNORECASE,
)
_YARDSTICK_WORDS = ("est ", "most ", "first ", "only ")
# "the governor said on Friday": when something was said, not when the reported thing happened.
_REPORTED_AT = re.compile(
    r"\b(?:said|says|told|reported|announced|added|stated|confirmed|wrote|tweeted|posted)"
    r"(?:\s+(?:in\s+a\s+statement|late|early))?\s+(?:on\s+|this\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# What every match of _REPORTED_AT holds (lower-cased).
_REPORTED_AT_WORDS = (
    "said", "says", "told", "reported", "announced", "added", "stated", "confirmed", "wrote",
    "tweeted", "posted",
)  # fmt: skip


def is_reported_at(text: str, start: int) -> bool:
    """Whether the day at `start` is when something was said, by a report verb right before it
    ("the UN said last week"). (A few plain tests first: most days have no such verb before.)"""
    low = max(0, start - 50)
    if not may_hold(text[low:start], _REPORTED_AT_WORDS):
        return False
    return _REPORTED_AT.search(text, low, start) is not None


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


# "The visit, planned for Thursday, was cancelled", "the summit scheduled for next month was
# postponed": the day a plan had, in a sentence that calls the plan off.
_PLANNED_FOR = re.compile(
    r"\b(?:planned|scheduled|set|slated|due|expected|meant|supposed|originally)\s+"
    r"(?:to\s+(?:be\s+held|take\s+place|start|begin|open)\s+)?(?:for|on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CALLED_OFF = re.compile(
    r"\b(?:cancell?ed|cancels|called\s+off|calls\s+off|scrapped|scraps|postponed|postpones|"
    r"put\s+off|puts\s+off|pushed\s+back|shelved|rescheduled|delayed|axed|abandoned)\b",
    re.IGNORECASE,
)


def is_called_off_day(text: str, start: int, end: int, expression: TimeExpression) -> bool:
    """Whether `expression` is the day a plan had ("planned for Thursday") in a sentence
    [start, end) that calls the plan off: it dates neither the happening, which will not be then,
    nor the calling off (a wrong date is worse than none)."""
    near = text[max(start, expression.start - 28) : expression.start]
    if not (
        "lanned" in near
        or "cheduled" in near
        or "set " in near
        or "due " in near
        or "lated" in near
        or "xpected" in near
        or "meant" in near
        or "upposed" in near
    ):
        return False  # (nearly every expression: no word of a plan just before it)
    if _PLANNED_FOR.search(text, max(start, expression.start - 40), expression.start) is None:
        return False
    return _CALLED_OFF.search(text, start, end) is not None


# A quotation that opens before a trigger and closes before the day after it: '"Drones attacked
# our city," the mayor said on Monday'.
_QUOTE_OPEN = re.compile(r"[\"“][^\"“”]*$")
_QUOTE_CLOSE = re.compile(r"[^\"“”]*[\"”]")


def is_speakers_day(text: str, start: int, trigger_end: int, expression: TimeExpression) -> bool:
    """Whether `expression`, after a quotation that holds the trigger (the sentence starting at
    `start`), is the day the quotation was said, and the quoted deed is told in the past: the deed
    came before the saying, on a day the sentence does not give (a wrong date is worse than none).
    """
    at = expression.start
    if at < trigger_end or (text.find('"', start, at) < 0 and text.find("”", start, at) < 0):
        return False  # (nearly every expression: no quotation before it)
    if _QUOTE_OPEN.search(text, start, trigger_end) is None:
        return False
    closing = _QUOTE_CLOSE.match(text, trigger_end, expression.start)
    if closing is None:
        return False
    opened = _QUOTE_OPEN.search(text, start, trigger_end)
    assert opened is not None
    quoted = cues(text, opened.start(), closing.end(), lexicon("en"))
    return any(cue.kind == "past" for cue in quoted)


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def is_period_served(text: str, own: TimeExpression) -> bool:
    """A year after "for" ("aid for this year", "the budget for 2026") is the period a pledge or
    plan serves; a done act (the pledge) was not made across that year."""
    span = own.span
    if span is None or span.precision != Precision.YEAR:
        return False
    return _FOR_BEFORE.search(text, max(0, own.start - 5), own.start) is not None


def tells_unresolved_day(expressions: Sequence[TimeExpression], relation: re.Pattern[str]) -> bool:
    """Whether a sentence tells a day of its own that cannot be resolved: a relative expression
    ("on Monday night") in an article whose publication date is unknown (the only expressions
    left without a span). Its event is then undated, and the sentences after it do not reach
    past it for an older explicit day: that day is another happening's, and a wrong date is
    worse than none (setting the publication date re-resolves the article). A distance ("a day
    after", `relation`) is not such a day: it is counted from its anchor."""
    return any(e.span is None and not relation.fullmatch(e.text.strip()) for e in expressions)
