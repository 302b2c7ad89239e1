"""The store's two exceptions; their messages are shown to the analyst as they are."""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot be opened or written; the message is shown to the user as is."""


class QueryError(StoreError):
    """A malformed search query (e.g. unbalanced quotes in full-text search); message says why."""


class NotFoundError(StoreError, LookupError):
    """An article or event id that is not (or no longer) in the store."""
