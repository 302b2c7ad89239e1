"""A text the store holds already, met again in an import: what the copy tells the stored article.

A copy that knows the publication date of a stored article that does not takes it there; a
`--published` other than the stored date (the user's explicit word, which beats every reader)
replaces it; either way the article's machine events are dated again and the user's edits kept.
A copy from another file says which file holds the text: "unchanged" alone would claim that this
file had been imported before.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Protocol

from timeline_app.domain.model import (
    Extraction,
    FileReport,
    PublishedSource,
    RawArticle,
    StoredArticle,
    StoredEvent,
)
from timeline_app.services.worker import extract_safely
from timeline_app.store.repositories import StoreError


class CopyStore(Protocol):
    """The part of `store.repositories.Store` a copy's date is written through."""

    def get_article(self, article_id: int) -> StoredArticle: ...

    def events_for_article(self, article_id: int) -> list[StoredEvent]: ...

    def adopt_published(
        self, article_id: int, published: date, source: PublishedSource, extraction: Extraction
    ) -> int | None: ...

    def set_published(
        self, article_id: int, published: date | None, extraction: Extraction
    ) -> None: ...


def met_again(
    store: CopyStore,
    report: FileReport,
    label: str,
    article: RawArticle,
    extraction: Extraction,
) -> FileReport:
    """The report of an "unchanged" text (`article`, read from `label`, whose `extraction` was
    made for this import) after what it tells the stored article is written."""
    assert report.article_id is not None
    try:
        stored = store.get_article(report.article_id)
    except StoreError:  # gone since (NotFoundError) or unreadable: the plain report
        return report
    other = stored.source_path
    same = "" if other in (label, article.source_path) else f"same text as {other}"
    if article.published is not None and stored.published is None:
        return _adopted(store, report, stored, article, extraction, same)
    if _given_anew(article, stored):
        return _adopted(store, report, stored, article, extraction, same)
    if not same:  # the same file given twice
        return report
    return dataclasses.replace(report, reason=f"{same}, stored already")


def _given_anew(article: RawArticle, stored: StoredArticle) -> bool:
    """This import's `--published` (the user's explicit word, which beats every reader) differs
    from the stored article's date: the stored text takes it, as when the analyst sets a date."""
    return (
        article.published_source == PublishedSource.OPTION
        and article.published is not None
        and stored.published != article.published
    )


def _adopted(
    store: CopyStore,
    report: FileReport,
    stored: StoredArticle,
    article: RawArticle,
    extraction: Extraction,
    same: str,
) -> FileReport:
    """A copy of a stored text that knows its publication date, when the stored article does not:
    the stored article takes the date (and how this copy found it) and its machine events are
    dated again, as when the analyst sets a date; the events the user edited are kept.

    The copy's extraction serves when its text is the stored one; a copy that differs in white
    space (the same text for the store) has other offsets, so the stored text is extracted."""
    if stored.text != article.text or stored.language != article.language:
        result = extract_safely(
            stored.redated(article.published, article.published_source, article.day_first)
        )
        if result.extraction is None:
            return dataclasses.replace(report, reason=f"its date was not taken: {result.error}")
        extraction = result.extraction
    assert article.published is not None
    if stored.published is not None:  # `_given_anew`: the user's date replaces a known one
        return _given(store, report, stored, article.published, extraction, same)
    try:
        events = store.adopt_published(
            stored.id, article.published, article.published_source, extraction
        )
    except StoreError as exc:
        return dataclasses.replace(report, reason=f"its date was not taken: {exc}")
    if events is None:  # dated meanwhile: a known date is kept
        return dataclasses.replace(report, reason=f"{same}, stored already" if same else "")
    taken = f"{article.published.isoformat()} ({article.published_source})"
    reason = (
        f"{same}, whose publication date was unknown: it takes {taken} from this copy"
        if same
        else f"its publication date was unknown: it takes {taken} from this import"
    )
    return dataclasses.replace(report, status="updated", events=events, reason=reason)


def _given(
    store: CopyStore,
    report: FileReport,
    stored: StoredArticle,
    published: date,
    extraction: Extraction,
    same: str,
) -> FileReport:
    """A stored text imported again with a `--published` other than its date: the date given
    replaces it (source "option"), its machine events are dated again, the user's edits kept."""
    try:
        store.set_published(stored.id, published, extraction)
    except StoreError as exc:
        return dataclasses.replace(report, reason=f"its date was not changed: {exc}")
    was = f"{stored.published.isoformat()} ({stored.published_source})" if stored.published else ""
    reason = f"publication date set to {published.isoformat()} by --published, was {was}"
    return dataclasses.replace(
        report,
        status="updated",
        events=len(store.events_for_article(stored.id)),
        reason=f"{same}; {reason}" if same else reason,
    )
