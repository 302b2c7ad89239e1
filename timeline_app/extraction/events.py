"""Events: which clauses report something that happened, its type, status and date.

STUB: owned by the events work (issue 4). Keep the signature of `find_events`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from timeline_app.domain.model import ExtractedEvent, TimeExpression


def find_events(
    text: str,
    time_expressions: Sequence[TimeExpression],
    published: date | None,
    language: str = "en",
) -> list[ExtractedEvent]:
    """Every event reported in `text`, in text order."""
    return []
