"""Zero-width non-joiners and joiners that extraction drops, put back.

The non-joiner (U+200C) is spelling in Persian ("می‌شود", "زمین‌لرزه‌ای"), Kurdish and Urdu, both
shape Indic scripts. trafilatura removes every format character (Unicode Cf) with the control
characters, which glues the parts of a Persian word into another spelling: snippets, names and
places no longer match the page. The page's own words tell how each glued word was spelt.

Only text in the scripts that spell with them is looked at: searching a large page for the
joiners costs about a millisecond, searching the extracted text for those scripts a few
microseconds. (Emoji sequences, which the joiner also holds together, stay split elsewhere.)
"""

from __future__ import annotations

import re

from lxml import etree

# The joiners as characters and as entities (a page may write either).
_JOINER_MARKS = ("\u200c", "\u200d", "&zwnj", "&zwj", "&#8204", "&#8205", "&#x200c", "&#x200d")
_WORD = re.compile(r"\S+")
# Arabic script (Persian, Urdu, Kurdish, Pashto) and the Indic scripts, Devanagari to Sinhala.
_JOINING_SCRIPTS = re.compile("[\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\ufb50-\ufdff]")


def joined_words(html: str, tree: etree._Element | None, text: str) -> dict[str, str]:
    """The page's words that hold a zero-width (non-)joiner, keyed by the words without it;
    empty when `text`, the extracted text, is in no script that spells with joiners."""
    if tree is None or not _JOINING_SCRIPTS.search(text):
        return {}
    if not any(mark in html for mark in _JOINER_MARKS):
        return {}
    words: dict[str, str] = {}
    for piece in tree.itertext():
        if "\u200c" in piece or "\u200d" in piece:
            for word in piece.split():
                bare = word.replace("\u200c", "").replace("\u200d", "")
                if bare != word:
                    words.setdefault(bare, word)
    return words


def with_joiners(text: str, joined: dict[str, str]) -> str:
    """`text` with the joiners extraction dropped put back, word by word from the page."""
    return _WORD.sub(lambda m: joined.get(m.group(), m.group()), text) if text else text
