"""Which dates of a page's markup are no publication's, and which day a UTC time is.

htmldate, with nothing better in the metadata, takes in turn a modification date
(og:updated_time, lastmod, last-modified: its "reserve"), a copyright year as 1 January and an ISO
date anywhere in the text; CMSs fill <meta name="date"> with the day a page was generated as
often as with its publication's; and a UTC timestamp late in the evening is the next day where
the page's readers live. html.py asks here before it takes htmldate's date (published.py reads
the bylines it falls back to).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from timeline_app.readers.date_labels import RELATIVE_STAMP
from timeline_app.readers.dates_text import find_dates, parse_date_at
from timeline_app.readers.published import dateline_date, is_date_stamp, url_date
from timeline_app.readers.stamp_times import stamp_minute_agrees
from timeline_app.readers.thread_dates import reply_date, title_only

# What names a modification date in the markup before its value: og:updated_time,
# article:modified_time, itemprop="dateModified", <meta name="lastmod">, http-equiv="last-modified".
_MODIFIED_MARKS = ("modified", "updated", "lastmod", "lastdate", "dateupdate", "utime")
_PUBLISHED_MARKS = ("publish", "creat", "issued", "posted", "release")
_MARK_REACH = 60  # characters before a value where its attribute's name stands
_MODIFIED_META = re.compile(
    r"<meta\b[^>]*?(?:modified|updated|lastmod)[^>]*?\bcontent\s*=\s*[\"']([^\"']{6,60})",
    re.IGNORECASE,
)
_PROSE_WORDS = 9  # a line of at least this many words is prose, not a byline's stamp


def not_publication(found: date, html: str, text: str, url: str = "") -> bool:
    """Whether htmldate's date (found with original_date) is, by the page's own markup, no
    publication date. With nothing better in the metadata htmldate takes, in turn, a
    modification date (og:updated_time, lastmod, last-modified: its "reserve"), a copyright
    year as 1 January, and an ISO date anywhere in the text: an event in the story's prose
    ("the summit (2025-12-12)"). Each of these is wrong more often than right, and a wrong date
    is worse than none: the byline's date, if any, is read instead (see html.py). So is a
    <meta name="date"> (`generic_date`) that the page's own address contradicts: htmldate, told to
    read the metadata before the address, would take the day the page was generated. A date
    only in the <title> or only under a thread's reply is another's (thread_dates.py)."""
    if generic_date(found, html) and url_date(url) not in (None, found):
        return True
    iso = found.isoformat()
    kinds = {_occurrence_kind(html, at) for at in _find_all(html, iso)}
    if not kinds:
        return (
            _copyright_year(found, html)
            or _modified_meta(found, html)
            or dated_relatively(html, found)
            or title_only(found, html)
            or reply_date(found, html)
        )
    if "other" in kinds:
        return False
    return "text" not in kinds or _only_in_prose(iso, text)


_RELATIVE = re.compile(rf">\s*{RELATIVE_STAMP}\s*<", re.IGNORECASE)  # date_labels.py
_H1 = re.compile(r"<h1\b", re.IGNORECASE)
_RELATIVE_REACH = 2500  # characters of markup after the <h1> where the page's own stamp stands
_BESIDE = 200  # characters of markup either side of a relative stamp where its date may stand
_TAG = re.compile(r"<[^>]*>")


def dated_relatively(html: str, found: date | None = None) -> bool:
    """Whether the page's own stamp under its headline is relative ('3 days ago', 'vor 3
    Stunden'): then an absolute date that the page gives only as text (no ISO value in its
    markup) is another item's, a reply's or a comment's below the story, and unknown beats it.
    A stamp printed beside `found` ('19.11.2025 · vor 3 Stunden') only restates it."""
    h1 = _H1.search(html)
    m = _RELATIVE.search(html, h1.start(), h1.start() + _RELATIVE_REACH) if h1 else None
    if m is None:
        return False
    if found is None:
        return True
    beside = _TAG.sub(
        " ", html[max(h1.start() if h1 else 0, m.start() - _BESIDE) : m.end() + _BESIDE]
    )
    return not any(
        found == d for first in (True, False) for d, _, _ in find_dates(beside, day_first=first)
    )


def _find_all(html: str, needle: str) -> Iterator[int]:
    at = html.find(needle)
    while at >= 0:
        yield at
        at = html.find(needle, at + 1)


def _occurrence_kind(html: str, at: int) -> str:
    """'modified' when the attribute or words just before the value name an edit and not the
    publication (WordPress marks an unedited post's <time> "published updated"); 'text' when the
    value stands in the page's text, not in a tag or a script; 'other' else."""
    before = html[max(0, at - _MARK_REACH) : at]
    tag = before[before.rfind("<") + 1 :]
    item = tag[max(tag.rfind(","), tag.rfind("{")) + 1 :].lower()  # one JSON item's key
    if any(mark in item for mark in _MODIFIED_MARKS) and not any(
        mark in item for mark in _PUBLISHED_MARKS
    ):
        return "modified"
    opened, closed = html.rfind("<", 0, at), html.rfind(">", 0, at)
    if closed > opened and not html.startswith(("<script", "<style"), opened):
        return "text"
    return "other"


def _only_in_prose(iso: str, text: str) -> bool:
    """Whether the article text writes this ISO date only inside sentences (an event's date),
    never on a line of its own or after a 'Published' label (a byline's stamp)."""
    lines = [line for line in text.split("\n") if iso in line]
    return bool(lines) and all(
        len(line.split()) >= _PROSE_WORDS and not is_date_stamp(line.strip()) for line in lines
    )


def _copyright_year(found: date, html: str) -> bool:
    """1 January of an itemprop="copyrightYear": htmldate's last resort in the metadata."""
    return (found.month, found.day) == (1, 1) and ("opyrightYear" in html or "opyrightyear" in html)


def _modified_meta(found: date, html: str) -> bool:
    """A modification <meta> written otherwise than in ISO form ('Mon, 24 Nov 2025 10:00 GMT')
    that gives this date (a rare case: looked at only when the ISO form is nowhere)."""
    for m in _MODIFIED_META.finditer(html):
        parsed = parse_date_at(m.group(1))
        if parsed and parsed[0] == found:
            return True
    return False


# "2025-11-19T23:30:00Z", "2025-11-19T23:30+00:00": a time given in UTC, not the page's own.
_UTC_TIME = re.compile(r"T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)(?!\d)")
_HOURS_EAST, _HOURS_WEST = 14, 12  # the widest offsets from UTC


def utc_hour(found: date, html: str) -> int | None:
    """The hour of the metadata's UTC timestamp for this date ('2025-11-19T23:30:00Z'), if any."""
    m = _utc_time(found, html)
    return int(m.group(1)) if m else None


def utc_minute(found: date, html: str) -> int | None:
    """The minute of the metadata's UTC timestamp for this date (the 30 of '23:30:00Z'), if any."""
    m = _utc_time(found, html)
    return int(m.group(2)) if m else None


def _utc_time(found: date, html: str) -> re.Match[str] | None:
    iso = found.isoformat()
    for at in _find_all(html, iso + "T"):
        m = _UTC_TIME.match(html, at + len(iso))
        if m and _occurrence_kind(html, at) != "modified":  # an edit's time is not the day's
            return m
    return None


def local_day(
    found: date, hour: int, byline: str, day_first: bool | None, *, minute: int | None = None
) -> date:
    """The page's own day for a metadata date that is a UTC timestamp: 23:30 UTC on the 19th
    is the 20th in Berlin, and a byline printing the 20th says which day the page's readers
    (and its 'today' and 'yesterday') saw. Only a neighbouring day that some time zone reaches
    from that hour replaces the metadata's, and only when the byline's time, if it prints one,
    is that UTC time in some zone: zones differ from UTC by whole quarter hours, so 06:05 on
    the 14th is not 18:30 UTC on the 13th ("Stand: 14.02.2021, 06:05 Uhr" is a later edit's)."""
    stamp = dateline_date(byline, day_first=day_first, years=[found.year])
    if stamp not in (found + timedelta(days=1), found - timedelta(days=1)) or stamp is None:
        return found
    if minute is not None and not stamp_minute_agrees(byline, stamp, minute, day_first):
        return found
    if stamp > found and hour + _HOURS_EAST >= 24:
        return stamp
    if stamp < found and hour - _HOURS_WEST < 0:
        return stamp
    return found


# Metadata names that say "a date" without saying of what: CMSs fill them with the day the page
# was generated or cached as often as with the publication's.
_GENERIC_NAMES = (
    '="date"',
    "='date'",
    '="dc.date"',
    '="dcterms.date"',
    '="timestamp"',
    '="gentime"',
)


def generic_date(found: date, html: str) -> bool:
    """Whether the page gives this date only in <meta name="date"> and the like (see
    `_GENERIC_NAMES`): then a byline's 'Published' line with another date is the better word."""
    iso = found.isoformat()
    seen = False
    for at in _find_all(html, iso):
        before = html[max(0, at - _MARK_REACH) : at]
        before = before[before.rfind("<") + 1 :].lower()
        if not any(name in before for name in _GENERIC_NAMES):
            return False
        seen = True
    return seen


# An element the theme marks as the publication stamp, with its ISO value: WordPress writes
# <time class="entry-date published" datetime="2024-02-27T16:20:00+00:00"> and, for an edited
# post, <time class="updated" datetime="…"> after it; htmldate then reads the edit's day.
_PUBLISHED_ELEMENT = re.compile(
    r"<(?:time|abbr|span|meta)\b(?=[^>]*\bclass=[\"'][^\"']*\bpublished\b)"
    r"[^>]*\b(?:datetime|content|title)=[\"'](\d{4}-\d\d-\d\d)",
    re.IGNORECASE,
)
_STAMP_REACH = 3000  # characters of markup after the <h1> where the post's own stamp stands


def published_element_date(html: str) -> date | None:
    """The day of the element the page's theme marks "published" near its headline (not a
    sidebar's or a comment's): what a post says of itself when its metadata holds no date, or
    only the edit's, which is no publication date (`not_publication`)."""
    h1 = _H1.search(html)
    start = h1.end() if h1 else 0
    m = _PUBLISHED_ELEMENT.search(html, start, start + _STAMP_REACH)
    if m is None:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None
