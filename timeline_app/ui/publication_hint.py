"""Where the publication-date dialog starts for an article whose date is unknown.

It used to start at today: a field showing a plausible day invites the analyst to accept a wrong
date. The newest full date the article itself names is a better start (an article is published
on or after the days it reports), and it is said to be only a start. No Qt here.
"""

from __future__ import annotations

import contextlib
from datetime import date

from timeline_app.domain.model import Precision


def newest_named_day(text: str, language: str = "en", today: date | None = None) -> date | None:
    """The latest day the text names in full ("14 November 2025"), not after `today`.

    Relative expressions ("on Tuesday") cannot be resolved without the publication date, and
    weeks, months or seasons are too vague to start a day field at, so only whole days count.
    """
    from timeline_app.extraction.dates import find_time_expressions

    limit = today or date.today()
    days: list[date] = []
    with contextlib.suppress(Exception):  # a failing extractor only costs the suggestion
        for expr in find_time_expressions(text, None, language or "en"):
            span = expr.span
            if span is not None and span.precision == Precision.DAY and span.end <= limit:
                days.append(span.end)
    return max(days, default=None)
