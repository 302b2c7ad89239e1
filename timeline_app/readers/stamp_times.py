"""Whether a byline's printed time can be a metadata's UTC time: "2. Januar 2025, 0:12 Uhr" is
23:12 UTC the day before in Berlin, but "Stand: 14.02.2021, 06:05 Uhr" is no zone's 18:30 UTC.

Time zones differ from UTC by whole quarter hours (+1, +5:30, +5:45, -3:30), so the minutes of
the two times differ by a multiple of 15; a 12-hour clock printed without "PM" does not change
that. markup_dates.local_day asks here before it moves a metadata's UTC day to the byline's: a
byline whose time fails the test is a later edit's stamp, not the publication's local time.
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.readers.published import dateline_date, stamp_lines
from timeline_app.readers.stamp_brackets import unbracket_edit

_QUARTER = 15
# "06:05", "6.05", "14h05", "5時30分": hours and minutes, not the "14.02" of "14.02.2021"
_CLOCK = re.compile(r"(?<![\d.:/-])(?:[01]?\d|2[0-3])(?:[:.h]|時)\s?([0-5]\d)(?![\d.:/])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯๐๑๒๓๔๕๖๗๘๙", "0123456789" * 5)


def stamp_minute_agrees(byline: str, stamp: date, utc_minute: int, day_first: bool | None) -> bool:
    """True unless the byline's line that gives `stamp` prints a time whose minutes cannot be
    `utc_minute` in any zone. A line without a time agrees."""
    for line in stamp_lines(byline):
        if dateline_date(line, day_first=day_first, years=[stamp.year]) != stamp:
            continue
        first = unbracket_edit(line).split("|")[0].translate(_DIGITS)
        m = _CLOCK.search(first)
        return m is None or (int(m.group(1)) - utc_minute) % _QUARTER == 0
    return True
