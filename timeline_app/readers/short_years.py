"""A byline's numeric date with a two-digit year ("19.11.25", "19/11/25 14:03"), and the stamp of
a site that prints its name before the day ("Kompas.com - 19/11/2025, 14:03 WIB").

dates_text.py reads only four-digit years: in running text "19.11.25" is as often a reference or
a score as a date. On a byline's line holding only the stamp it is the date, so published.py asks
here there and nowhere else. Both parts must have two digits ("1.2.10" is a section's number);
a dotted date is day-first wherever it is written, a slashed one needs the page's convention
unless one part is above 12.
"""

from __future__ import annotations

import re
from datetime import date

_SHORT = re.compile(r"\s*(\d\d)([./])(\d\d)\2(\d\d)(?![\d./])")
_MONTHS = 12


def short_year_date(text: str, *, day_first: bool | None) -> tuple[date, int, int] | None:
    """The date with a two-digit year that starts `text` (after spaces), as parse_date_at gives
    it: (date, start, end); 2000 is added to the year."""
    m = _SHORT.match(text)
    if m is None:
        return None
    first, second, year = int(m.group(1)), int(m.group(3)), 2000 + int(m.group(4))
    if m.group(2) == "." or first > _MONTHS:
        day, month = first, second
    elif second > _MONTHS:
        day, month = second, first
    elif day_first is None:
        return None
    else:
        day, month = (first, second) if day_first else (second, first)
    try:
        return date(year, month, day), len(text) - len(text.lstrip()), m.end()
    except ValueError:
        return None


# "Kompas.com - ", "KOMPAS.com – ", "tempo.co — ": a site's address, then a dash before the day.
SITE_LEAD = re.compile(r"^\W{0,3}[^\W_][\w-]{1,30}(?:\.[a-z]{2,6}){1,2}\s+[-–—|]\s+", re.IGNORECASE)
