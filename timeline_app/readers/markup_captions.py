"""Captions no class name gives away: part of `markup_furniture.mark_furniture`'s pass.

Classic editors (Joomla, older WordPress, CMSs that store the body as one HTML field) put a
photo in a paragraph of its own and its caption in the next paragraph, set in italics:
<p><img></p><p><em>Tourists wait on the beach (EUROKINISSI)</em></p>. Nothing but that shape
tells the caption from the story, so it is a caption only when the italic paragraph is short
and wholly italic, right after a paragraph holding nothing but the image.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from timeline_app.readers.markup_furniture import _Guard

_ITALIC = frozenset(["em", "i", "small"])
_MAX_CAPTION = 250  # characters: a caption, not an italic paragraph of reporting


def italic_captions(body: etree._Element, guard: _Guard) -> list[etree._Element]:
    """The italic paragraphs that caption the image-only paragraph before them."""
    found = []
    for img in body.iter("img"):
        holder = img.getparent()
        if holder is None or holder.tag != "p" or holder.text_content().strip():
            continue
        caption = holder.getnext()
        if caption is not None and _is_italic_line(caption) and guard.allows(caption, weak=False):
            found.append(caption)
    return found


def _is_italic_line(el: etree._Element) -> bool:
    """A short <p> whose words are all inside one italic child."""
    if el.tag != "p" or len(el) != 1 or (el.text or "").strip() or (el[0].tail or "").strip():
        return False
    child = el[0]
    words = child.text_content().strip()
    return child.tag in _ITALIC and 0 < len(words) <= _MAX_CAPTION
