"""The day a wire story was filed: the day its dateline ("KYIV, Nov 17 (Reuters) -", "ODESA --
17 November 2025 --", "Bruselas, 19 nov (EFE).-", "МОСКВА, 19 ноября. /ТАСС/.") or its "Updated"/"Published" stamp names at the head of the story. A page
published (or updated) days later is not when its "yesterday", "overnight" and "on Sunday" were
written: `dates.find_time_expressions` resolves them from the filing day.
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.domain.model import Precision, TimeExpression
from timeline_app.extraction.dates_rules import Context, Resolved, Rule

# A candidate expression: its start, end, the rule that matched and the match.
Candidate = tuple[int, int, Rule, re.Match[str]]

# "KYIV, March 14 (Wire) —", "ODESA -- 17 November 2025 --": the place and day a wire story was
# filed, at the head of a line of its lead (the place after a comma or a dash).
_UPPER = "A-ZÀ-ÞА-ЯЁІЇЄҐ"
DATELINE_HEAD = re.compile(
    rf"[{_UPPER}][{_UPPER} .'’-]{{1,30}}(?:,\s*[{_UPPER}][\w .]{{0,20}})?(?:,|\s[-–—]{{1,2}})\s*$"
)
DATELINE_TAIL = re.compile(
    r"^\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/)?\s*\.?\s*[-–—]|^\s*\.?\s*/[^/]{1,40}/"
)
# "Bruselas, 19 nov (EFE).-", "Madrid, 19 nov (Reuters) -": agencies that write the place in
# title case; only with the agency's mark after the day, since "On Monday, 17 November" also
# opens a line with a capitalised word and a comma.
_TITLE_HEAD = re.compile(rf"[{_UPPER}][\w'’-]+(?:\s[{_UPPER}][\w'’-]+){{0,2}},\s*$")
_AGENCY_TAIL = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*\.?\s*[-–—]|\.?\s*/[^/]{1,40}/)")
DATELINE_REACH = 40  # characters from the line's start within which a dateline's day stands
_FILED_REACH = 400  # characters from the text's start within which a dateline stands
_FILED_DAYS = 7  # how many days before publication a story may have been filed


def is_dateline(text: str, line_start: int, expression: TimeExpression) -> bool:
    """Whether `expression`, on the line from `line_start`, is a wire story's dateline."""
    return _at_dateline(text, line_start, expression.start, expression.end)


def _at_dateline(text: str, line_start: int, start: int, end: int) -> bool:
    if start - line_start > DATELINE_REACH or start < line_start:
        return False
    tail = text[end : end + 50]
    if DATELINE_HEAD.match(text, line_start, start):
        return DATELINE_TAIL.match(tail) is not None
    return _TITLE_HEAD.match(text, line_start, start) is not None and bool(_AGENCY_TAIL.match(tail))


def _heads_the_story(text: str, start: int, end: int) -> bool:
    """Whether an expression at [start, end) is where a dateline or an "Updated" stamp names a
    day: at the head of a line near the text's start."""
    if start > _FILED_REACH:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _at_dateline(text, line_start, start, end) or bool(
        _STAMP_HEAD.fullmatch(text, line_start, start)
    )


def dateline_candidate(
    text: str, candidates: list[Candidate], ctx: Context
) -> tuple[int, Resolved] | None:
    """The first candidate that stands where a dateline names the day the story was filed (a
    headline may come first), by its index, resolved (most texts have none: nothing is)."""
    if ctx.published is None:
        return None
    for index, (start, end, rule, match) in enumerate(candidates):
        if start > _FILED_REACH:
            return None
        if _heads_the_story(text, start, end):
            outcome = rule.resolve(match, ctx)
            return None if outcome is None else (index, outcome)
    return None


def filed_on(text: str, first: TimeExpression, published: date | None) -> date | None:
    """The day a dateline at the head of the story names (`first`, the text's first time
    expression, when it is one), when it is shortly before publication (a page published, or
    updated, days after the story was filed)."""
    if published is None:
        return None
    span = first.span
    if span is None or span.start != span.end or span.precision is not Precision.DAY:
        return None
    if not 0 < (published - span.start).days <= _FILED_DAYS:
        return None
    if not _heads_the_story(text, first.start, first.end):
        return None
    return span.start


# "Updated 18 November 2025, 14:05 GMT", "Published: 17 Nov 2025": the day the copy was written.
_STAMP_HEAD = re.compile(r"[ \t]*(?i:(?:last\s+)?(?:updated|published|posted)(?:\s+on)?:?)\s*")


# The rules explain a relative date by "publication"; in a story told from its dateline's day
# (`filed_on`) that word would name the wrong day: the analyst sees the page's date above it.
_PUBLICATION_PERIOD = re.compile(r"\b(?:the\s+)?publication\s+(date|week|month|year)\b")
_PUBLICATION = re.compile(r"\bpublication\b")


def told_from_dateline(explanation: str) -> str:
    """An explanation of a date resolved from the dateline's day, not from publication: "latest
    Tuesday on or before the dateline's day Thu 2025-11-13", "the dateline's week"."""
    if "publication" not in explanation:
        return explanation
    explanation = _PUBLICATION_PERIOD.sub(r"the dateline's \1", explanation)
    return _PUBLICATION.sub("the dateline's day", explanation)
