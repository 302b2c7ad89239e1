"""The note a republished or archived copy keeps on the story's first day, wherever the page
prints it: "Originally published: 18 Nov 2025" beside a later "Posted" that htmldate reads into
the metadata (a humanitarian portal's sidebar, a <dl> of stamps under the headline).

html.py looked at the lines under the headline only when the metadata had no date, so such a
note was never read; published.original_date decides what the note's date is, and base.py that
an earlier first day wins. Plain substring finds, not a regex over the page: a few of them cost
well under a millisecond on a large page, an alternation of all the phrases ~10 ms.
"""

from __future__ import annotations

import re
from html import unescape

# The labels' cores, without their first letter, which a page writes in either case
# ("Originally published", "originally published"): "First published", "Publié initialement",
# "Erstveröffentlichung", "Publicado originalmente", "Originariamente pubblicato". Six finds cost
# ~1 ms on a page of 900 KB; a note in prose ("This post originally appeared on ...") is kept in
# the text by html.py and read there.
_CORES = (
    "riginally publ", "irst publ", "nitialement", "rstveröffentl", "riginalmente",
    "riginariamente",
)  # fmt: skip
_TAG = re.compile(r"<[^>]*>")
_BEFORE, _AFTER = 200, 400  # characters of markup around the phrase: the note and its date
_TRIES = 6  # the phrase in scripts or teasers: give up rather than read them all
_STAMP = 160  # a note's line is no longer: a longer one is prose about another text


def original_note(html: str) -> str:
    """The lines of the page's own note on the story's first publication ("Originally published"
    / "18 Nov 2025"), read as text, or an empty string. Lines in a script are not the page's."""
    tries = 0
    for core in _CORES:
        at = html.find(core)
        while at >= 0 and tries < _TRIES:
            tries += 1
            note = _note_at(html, at)
            if note:
                return note
            at = html.find(core, at + 1)
    return ""


def _note_at(html: str, at: int) -> str:
    opened = html.rfind("<", 0, at)
    if opened > html.rfind(">", 0, at) or _in_script(html, at):
        return ""  # inside a tag's attribute or a script
    start = html.rfind(">", max(0, at - _BEFORE), at) + 1
    text = unescape(_TAG.sub("\n", html[start : at + _AFTER]))
    lines = [squashed for line in text.split("\n") if (squashed := " ".join(line.split()))]
    if not lines or len(lines[0]) > _STAMP:
        return ""
    return "\n".join(lines[:2])


def _in_script(html: str, at: int) -> bool:
    """Whether position `at` lies inside a <script> or <style> element."""
    for tag in ("script", "style"):
        if html.rfind(f"<{tag}", 0, at) > html.rfind(f"</{tag}", 0, at):
            return True
    return False
