"""English month and weekday abbreviations, whatever the process's locale.

`strftime("%b")` follows LC_TIME, which Qt sets from the user's environment when the window
opens: the same span would read "18 Nov" in a pool worker and "18 nov." in the window's own
process, and the stored titles, the explanations and the labels would mix languages. The app's
wording is English, so its dates are too. (`%-d` is not portable either: Windows rejects it.)
"""

from __future__ import annotations

from datetime import date

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def month_abbr(d: date) -> str:
    """'Nov' for any day of November."""
    return MONTH_ABBR[d.month - 1]


def weekday_abbr(d: date) -> str:
    """'Tue' for 18 November 2025."""
    return WEEKDAY_ABBR[d.weekday()]
