"""Time expressions: find candidates in a text and resolve them against the publication date.

STUB: owned by the dates work (issue 3). Keep the signature of `find_time_expressions`.
"""

from __future__ import annotations

from datetime import date

from timeline_app.domain.model import TimeExpression


def find_time_expressions(
    text: str,
    published: date | None,
    language: str = "en",
    day_first: bool | None = None,
) -> list[TimeExpression]:
    """Every time expression in `text`, in text order, resolved against `published`.

    Relative expressions in an article without a publication date come back with span=None.
    Durations ("for three days") are not time expressions.
    """
    return []
