"""The single entry point of extraction: an article's text in, its time expressions and events out."""

from __future__ import annotations

from timeline_app.domain.model import Extraction, RawArticle
from timeline_app.extraction.dates import find_time_expressions
from timeline_app.extraction.events import find_events
from timeline_app.extraction.phrases import tokenize


def extract(article: RawArticle) -> Extraction:
    """Pure and deterministic: the same article always gives the same extraction."""
    language = article.language or "en"
    tokens = tokenize(article.text)  # the words of the text, cut once for dates and events
    expressions = find_time_expressions(
        article.text, article.published, language, day_first=article.day_first, tokens=tokens
    )
    events = find_events(article.text, expressions, article.published, language, tokens=tokens)
    return Extraction(tuple(expressions), tuple(events))
