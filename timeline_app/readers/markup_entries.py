"""The entries of a live blog, each in its own <article>, readied for trafilatura: part of
`markup_furniture.mark_furniture`'s pass.

trafilatura reads the first <article> it finds as the whole story, so a live blog whose posts
are sibling <article>s lost every post but the latest (the first in the page). When two or
more <article>s side by side hold most of the page's prose between them, none three quarters
of it, and none opens with a link to another page (another story's card) or holds a headline
of its own (<h1>: the stories an endless page appends, markup_boxes._next_stories), they are
the parts of one story and become <div>s: trafilatura then reads them together. A story beside
teaser cards in <article>s is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from timeline_app.readers.markup_boxes import _opens_with_link

if TYPE_CHECKING:
    from timeline_app.readers.markup_furniture import _Guard

_MIN_ENTRIES = 2
_MAX_ENTRY = 0.75  # share of the entries' prose one entry may hold: a post, not the story


def entries_as_boxes(articles: list[etree._Element], guard: _Guard) -> None:
    """Make <div>s of the sibling <article>s that share the page's prose as a live blog's posts."""
    if len(articles) < _MIN_ENTRIES or guard.total == 0:
        return
    by_parent: dict[etree._Element, list[etree._Element]] = {}
    for article in articles:
        parent = article.getparent()
        if (
            parent is not None
            and guard.prose_in(article)
            and article.find(".//h1") is None
            and not _opens_with_link(article)
        ):
            by_parent.setdefault(parent, []).append(article)
    for entries in by_parent.values():
        sizes = [guard.prose_in(entry) for entry in entries]
        shared = sum(sizes)
        if (
            len(entries) >= _MIN_ENTRIES
            and shared * 2 > guard.total
            and max(sizes) <= _MAX_ENTRY * shared
        ):
            for entry in entries:
                entry.tag = "div"
