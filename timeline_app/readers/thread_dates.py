"""Dates htmldate reads from a page's visible text that are no publication's: a reply's in a
forum thread whose first post prints none, and a day that only the <title> gives.

htmldate, finding nothing in the metadata, takes the first date it can read from the page: the
"Posted November 25, 2025" under a thread's first reply when the first post has no stamp, or the
"19 November 2025" of a title ("Council minutes 19 November 2025": the meeting's day; minutes,
agendas and reports are published days or weeks after it). A wrong date is worse than none. A live
blog's title ("... live: council votes – 19 November 2025") is the exception: a live page is
written on the day it covers, and its entries carry only times. markup_dates.py asks here only for
a date the markup gives nowhere in ISO form, so the common page costs nothing.
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.readers.date_labels import EDIT_WORDS, QUESTION_WORDS
from timeline_app.readers.dates_text import find_dates

_TITLE = re.compile(r"<title\b[^>]*>([^<]{0,300})</title\s*>", re.IGNORECASE)
# "live", "Liveblog", "Live-Ticker", "en direct", "en vivo", "ao vivo", "in diretta", "na żywo",
# "as it happened", "minute by minute": a live page's title.
_LIVE = re.compile(
    r"(?<![^\W\d_])(?:live(?:blog|-?ticker)?|ticker|en\s+direct|en\s+vivo|ao\s+vivo|in\s+diretta|"
    r"na\s+żywo|as\s+it\s+happened|minute\s+by\s+minute|онлайн|наживо|canlı|실시간|速報|直播)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1\b", re.IGNORECASE)
_BODY_REACH = 100_000  # characters of markup after the title searched for the date
_THREAD_REACH = 20_000  # characters of markup after the <h1>: the thread's first posts
_STAMP = 80  # a post's stamp line is no longer
_PROSE_WORDS = 9  # a line of at least this many words is a post's prose
_QUESTION = re.compile(rf"^\W{{0,3}}{QUESTION_WORDS}(?![^\W\d_])", re.IGNORECASE)
_EDIT = re.compile(rf"^\W{{0,3}}{EDIT_WORDS}(?![^\W\d_])", re.IGNORECASE)


def _dates(text: str) -> set[date]:
    return {d for first in (True, False) for d, _, _ in find_dates(text, day_first=first)}


def title_only(found: date, html: str) -> bool:
    """Whether `found` is written in the page's <title> and nowhere in its visible body, on a
    page that is no live blog (see the module's docstring)."""
    m = _TITLE.search(html, 0, 20000)
    if m is None or _LIVE.search(m.group(1)) or found not in _dates(m.group(1)):
        return False
    body = _SCRIPTS.sub(" ", html[m.end() : m.end() + _BODY_REACH])
    return found not in _dates(_TAG.sub("\n", body))


def reply_date(found: date, html: str) -> bool:
    """Whether `found` stamps a reply of a thread, in the page's lines after the <h1>
    (`reply_stamp`)."""
    h1 = _H1.search(html)
    if h1 is None:
        return False
    region = _SCRIPTS.sub(" ", html[h1.start() : h1.start() + _THREAD_REACH])
    lines = [ln.strip() for ln in _TAG.sub("\n", region).split("\n") if ln.strip()]
    for i, line in enumerate(lines):
        if len(line) <= _STAMP and found in _dates(line):
            return reply_stamp(lines, i, found)
    return False


def reply_stamp(lines: list[str], i: int, found: date) -> bool:
    """Whether the stamp `found` on line `i` is a reply's: it stands after the first post's prose,
    more prose follows, and a later stamp gives another day (a run of dated posts). One dated
    stamp between paragraphs is a byline under a standfirst. A question's stamp ("asked Nov 19,
    2025") is the page's own, wherever the Q&A page prints it. An edit's stamp below ("Actualizado
    al 15/09/2017", under a long headline that passes for prose) is the same story's, no reply."""
    prose = [len(line.split()) >= _PROSE_WORDS for line in lines]
    if _QUESTION.match(lines[i]) or not any(prose[:i]) or not any(prose[i + 1 :]):
        return False
    return any(
        not prose[j]
        and len(lines[j]) <= _STAMP
        and not _EDIT.match(lines[j])
        and _dates(lines[j]) - {found}
        for j in range(i + 1, len(lines))
    )
