"""The day a wire story was filed, when a site posts it later: "ANKARA, Oct 4 (Reuters) - ..."
under a page whose metadata says 5 October, or below the site's "Posted Oct 5, 2018" in a copy
of its text, or in a newsletter whose e-mail is dated later.

An analyst dates such a story by its dateline: the text's "on Thursday" and "yesterday" are the
agency's, counted from the day it filed, and the site's later posting day is when a copy was
made, as a republished story's metadata is (published.original_date: an earlier first day
wins). So a news dateline at the head of the text whose day is a little before the metadata's
replaces it (base.py asks for every source but the user's own date); a dateline on the metadata's day, or after it, changes nothing, and one more than
`_REACH` days before is more likely a misread than a copy that old.
"""

from __future__ import annotations

from datetime import date

from timeline_app.readers.published import news_dateline, plausible, stamp_lines

_LEAD_LINES = 4  # the dateline opens the story: its first lines, after the title and byline
_REACH = 14  # days between the agency's filing and the site's posting, at most


def earlier_dateline(text: str, published: date, *, day_first: bool | None) -> date | None:
    """The day of the text's opening dateline when it is before `published` (the metadata's
    day) by at most `_REACH` days; None otherwise."""
    for line in stamp_lines(text)[:_LEAD_LINES]:
        found = news_dateline(line, day_first=day_first, year=published.year)
        if found is None:
            continue
        if plausible(found) and 0 < (published - found).days <= _REACH:
            return found
        return None
    return None
