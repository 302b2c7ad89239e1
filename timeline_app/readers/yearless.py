"""A byline stamp printed without its year ("Julkaistu 19.11. 14:03", "19 Nov, 14:03",
"19. November, 14:03 Uhr"): news sites leave the year out for the current one.

The year comes from another source on the page that gives it (the address's path: /2025/11/...,
the JSON-LD's datePublished however partly written: "2025-11", a file name, an e-mail header;
base.py asks them), never from a copyright line (the year the footer was last touched) nor from
the text's other dates (an event's, a reply's). And the day it makes must agree with those
sources: not after a full date they give, in their month when the path or the JSON-LD gives one,
not in the future; else the stamp is not read and "unknown" stands. A wrong date is worse than
none.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from timeline_app.readers.dates_text import parse_date_at
from timeline_app.readers.published import (
    _LABEL,
    _STANDALONE_TAIL,
    UPDATE_LABEL,
    _segments,
    plausible,
    stamp_lines,
    table_row,
)

# "19.11.": the day-first numeric form without a year, as written in
# Finnish, German, Czech, Hungarian bylines (no month-first convention writes it with dots);
# "19.11.2025" is no match (a digit follows).
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(?!\d)")
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/(?:(\d{1,2})/)?")
_SHORT = 60  # a stamp is no longer


def url_year_month(url: str) -> tuple[int, int | None] | None:
    """The year, and the month when given, of an address's path: /2025/11/slug, /news/2025/..."""
    if not url:
        return None
    m = _URL_YEAR.search(urlsplit(url).path if "://" in url else url)
    if m is None:
        return None
    month = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= 12 else None
    return int(m.group(1)), month


def yearless_date(
    text: str,
    *,
    year: int,
    month: int | None = None,
    latest: date | None = None,
    day_first: bool | None = None,
) -> date | None:
    """The day of the first year-less stamp at the head of `text` (a 'Published' one, or one that
    is only a day and a time), completed with `year`: None when that day is after `latest`,
    outside `month`, or not plausible. 'Updated' stamps and a table's rows ('17 Nov | Kharkiv |
    Drone strike | 3') are passed over."""
    lines = stamp_lines(text)
    for line in (ln for n, ln in enumerate(lines) if not table_row(lines, n)):
        for segment in _segments(line):
            if len(segment) > _SHORT or UPDATE_LABEL.match(segment):
                continue
            m = _LABEL.match(segment)
            found = _day(segment[m.end() :] if m else segment, year, day_first)
            if found is None:
                continue
            agrees = (latest is None or found <= latest) and month in (None, found.month)
            return found if agrees and plausible(found) else None
    return None


def _day(rest: str, year: int, day_first: bool | None) -> date | None:
    m = _DAY_MONTH.match(rest)
    if m:  # the dotted form is day-first wherever it is written
        try:
            found, end = date(year, int(m.group(2)), int(m.group(1))), m.end()
        except ValueError:
            return None
    else:
        if any(ch.isdigit() for ch in rest[:40]) and _has_year(rest):
            return None  # a full date: published.py reads those
        parsed = parse_date_at(rest, year=year, day_first=day_first)
        if parsed is None or parsed[1] != 0:
            return None
        found, end = parsed[0], parsed[2]
    return found if _STANDALONE_TAIL.match(rest[end:]) else None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _has_year(rest: str) -> bool:
    return _YEAR.search(rest[:40]) is not None
