"""The single entry point of extraction: an article's text in, its time expressions and events out."""

from __future__ import annotations

from timeline_app.domain.model import Extraction, RawArticle
from timeline_app.extraction.dates import find_time_expressions
from timeline_app.extraction.events import find_events


def extract(article: RawArticle) -> Extraction:
    """Pure and deterministic: the same article always gives the same extraction."""
    language = article.language or "en"
    expressions = find_time_expressions(
        article.text, article.published, language, day_first=article.day_first
    )
    events = find_events(article.text, expressions, article.published, language)
    return Extraction(tuple(expressions), tuple(events))
