"""The standfirst (dek, lede, chapo, Vorspann, entradilla, sommario, лид): the prose between a
page's headline and its body that extractors drop because it sits outside the body's box.

Meant for any site, never for one site's class names: the walk goes from the headline to the
block holding the extracted text's first paragraph, and takes only prose on the way (and a list
of key points whole, when one of its items reads as prose).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from timeline_app.readers.boilerplate import is_furniture_line
from timeline_app.readers.markup_furniture import (
    BLOCKS,
    FURNITURE_ATTR,
    PROSE_LINKS,
    ROLES,
    SENTENCE_END,
    STRONG_WORDS,
    name_words,
)
from timeline_app.readers.published import is_date_stamp

# The standfirst between the headline and the body: boxes never searched for it (media and their
# captions, asides, forms, quotes, tables), blocks it may be, how much is read before giving up.
_NOT_LEAD = frozenset([
    "figure", "figcaption", "aside", "nav", "footer", "form", "button", "script", "style",
    "noscript", "template", "svg", "iframe", "time", "address", "picture", "video", "audio",
    "table", "blockquote", "select", "dl", "h1",
])  # fmt: skip
_LEAD_BLOCKS = frozenset(["p", "h2", "h3", "h4", "li"])
_LISTS = frozenset(["ul", "ol"])
_POINT_MIN = 15  # characters of a key point ("Schools to stay shut")
_LEAF_CONTAINERS = frozenset(["div", "section", "header", "span"])
_TEASER_WORDS = frozenset(["teaser", "teasers"])
# Names of the boxes around the headline that hold no standfirst: bylines and their dates, media.
_NOT_LEAD_WORDS = frozenset([
    "byline", "bylines", "author", "authors", "autor", "auteur", "autore", "meta", "dateline",
    "timestamp", "photo", "image", "img", "picture", "gallery", "video",
])  # fmt: skip
_MEDIA = frozenset(["img", "picture", "video", "figure", "svg", "iframe"])
_CAPTION_SIZE = 300  # characters of text beside an image: a caption and its credit
# "By Jane Roe ...", "Von Max Muster ...": a byline, however long, is not the standfirst.
_BYLINE_START = re.compile(r"^\W*(?i:by|von|par|por|di|от|від|автор\w*)\s*:?\s+[A-ZÀ-ÞА-ЯІЇЄҐ]")
_LEAD_MIN = 50  # characters
_LEAD_MIN_WORDS = 7
_LEAD_SENTENCE_WORDS = 10  # a dek without a full stop is still prose at this length
_LEAD_SCAN = 15  # blocks of text after the headline
_LEAD_MAX = 3
_TITLE_MIN = 10  # characters of a headline matched in the page's title


def standfirst(root: etree._Element, start: str, title: str) -> list[str]:
    """The prose paragraphs between the page's headline and the block whose text holds `start`
    (the extracted text's first paragraph): the standfirst, dek, lede, chapo, Vorspann,
    entradilla, sommario or лид that extractors drop because it sits outside the body's box.
    Captions, credits, bylines, share rows, related-story teasers and boxes named as furniture
    stay out; nothing is returned unless `start` turns up within _LEAD_SCAN blocks of the
    headline."""
    body = root if root.tag == "body" else root.find("body")
    h1 = _headline(body, _squash(title)) if body is not None and start else None
    if h1 is None:
        return []
    walk = _LeadWalk(start, _squash(title))
    node: etree._Element | None = h1
    while node is not None and node is not body:
        for sibling in node.itersiblings():
            if walk.visit(sibling):
                return walk.found[:_LEAD_MAX] if walk.reached else []
        node = node.getparent()
    return []


def _headline(body: etree._Element, title: str) -> etree._Element | None:
    """The story's headline: the longest <h1> (else <h2>) whose text the page's title holds (the
    title may hold the site's name too), or the page's only <h1> with text. Pages give <h1> to
    logos, menus and sidebar headings too."""
    h1s = [h for h in body.iter("h1") if _squash(h.text_content())]
    for headings in (h1s, body.iter("h2")):
        found = _longest_in(title, headings)
        if found is not None:  # an element without children is falsy
            return found
    return h1s[0] if len(h1s) == 1 else None


def _longest_in(title: str, headings: Iterable[etree._Element]) -> etree._Element | None:
    best, size = None, _TITLE_MIN - 1
    for heading in headings:
        text = _squash(heading.text_content())
        if len(text) > size and text in title:
            best, size = heading, len(text)
    return best


class _LeadWalk:
    """Blocks after the headline in document order, until the body's first paragraph."""

    def __init__(self, start: str, title: str) -> None:
        self.start, self.title = start, title
        self.found: list[str] = []
        self.seen = 0
        self.reached = False

    def visit(self, el: etree._Element) -> bool:
        """Read `el` and what it holds; True when the walk is over (reached or given up)."""
        if not isinstance(el.tag, str) or el.tag in _NOT_LEAD or not _may_hold_lead(el):
            return False
        if el.tag in _LEAD_BLOCKS or (el.tag in _LEAF_CONTAINERS and _is_leaf(el)):
            return self._block(el)
        if el.tag in _LISTS:
            return self._list(el)
        return any(self.visit(child) for child in el)

    def _list(self, el: etree._Element) -> bool:
        """A list is read whole: the key points above a story ("Key points", "Das Wichtigste
        in Kürze") are one unit, and keeping only the items long enough to pass for a sentence
        kept a third of them. One entry, a line an item, when any item reads as the lead."""
        items = [(li, _squash(li.text_content())) for li in el if li.tag == "li"]
        if any(self.start in text for _, text in items) or len(items) < 2:
            return any(self.visit(child) for child in el)
        self.seen += 1
        if any(_reads_as_lead(li, text) for li, text in items):
            kept = [text for li, text in items if _reads_as_point(li, text)]
            if kept:
                self.found.append("\n".join(kept))
        return self.seen >= _LEAD_SCAN

    def _block(self, el: etree._Element) -> bool:
        text = _squash(el.text_content())
        if not text:
            return False
        if self.start in text:
            self.reached = True
            return True
        self.seen += 1
        if _reads_as_lead(el, text) and text not in self.title:
            self.found.append(text)
        return self.seen >= _LEAD_SCAN


def _may_hold_lead(el: etree._Element) -> bool:
    """Boxes searched for the standfirst: visible, not named as furniture or as a byline or
    media box, not an image with its caption; the German "Teaser" (the standfirst's name
    there) is searched when it links nowhere, as a related story's teaser would."""
    attrib = el.attrib
    if "hidden" in attrib or "display:none" in attrib.get("style", "").replace(" ", ""):
        return False
    words = name_words(attrib.get("class", "")) | name_words(attrib.get("id", ""))
    if words & _NOT_LEAD_WORDS or _is_media_box(el):
        return False
    if FURNITURE_ATTR not in attrib:
        return True
    return (
        bool(words & _TEASER_WORDS)
        and not (words & STRONG_WORDS) - _TEASER_WORDS
        and attrib.get("role", "").lower() not in ROLES
        and el.find(".//a[@href]") is None
    )


def _is_media_box(el: etree._Element) -> bool:
    """An image, picture or player with a caption-sized text: the caption is not the lead."""
    if not any(isinstance(c.tag, str) and c.tag in _MEDIA for c in el):
        return False
    return len(el.text_content().strip()) <= _CAPTION_SIZE


def _is_leaf(el: etree._Element) -> bool:
    return not any(isinstance(c.tag, str) and c.tag in BLOCKS for c in el)


def _reads_as_lead(el: etree._Element, text: str) -> bool:
    """Prose (a sentence or a long dek, few links) that is not a furniture line."""
    words = len(text.split())
    if len(text) < _LEAD_MIN or words < _LEAD_MIN_WORDS:
        return False
    if words < _LEAD_SENTENCE_WORDS and not SENTENCE_END.search(text):
        return False
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return (
        links <= PROSE_LINKS * len(text)
        and not _BYLINE_START.match(text)
        and not is_furniture_line(text)
        and not is_date_stamp(text)
    )


def _reads_as_point(el: etree._Element, text: str) -> bool:
    """An item of a list of key points: words of its own (few links), not a furniture line."""
    if len(text) < _POINT_MIN:
        return False
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return links <= PROSE_LINKS * len(text) and not is_furniture_line(text)


def _squash(text: str) -> str:
    return " ".join(text.split())  # str.split() splits at no-break spaces too
