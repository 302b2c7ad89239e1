"""Metadata dates htmldate takes from the wrong place on the page: a rail's or a date bar's above
the headline, or the page's address.

htmldate reads the first <time> or itemprop="datePublished" of the page: a site's date bar
("Friday, 12 January 2018": the day the page was saved) or a "Top stories" rail above the
headline comes before the article's own stamp. With no date in the metadata it reads the
address, whose date is sometimes an event's ("/explainers/2017-09-19-puebla-earthquake/", a
piece published a year later), and our stated order puts a byline's date above the address's
(published.py). html.py asks here only about the date htmldate found, with a few substring
finds, so the common page costs next to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from timeline_app.readers.published import dateline_date, plausible

_H1 = re.compile(r"<h1\b", re.IGNORECASE)
_BODY = "<body"
_STAMP_REACH = 3000  # characters of markup after the <h1> where the article's own stamp stands
# The article's stamp: itemprop="datePublished" (microdata) or a class "published" (WordPress
# themes), with its ISO value in content, datetime or title, the attributes in either order.
_STAMP = re.compile(
    r"<(?:time|meta|span|abbr|div)\b(?=[^>]*(?:\bitemprop=[\"']datePublished[\"']|"
    r"\bclass=[\"'][^\"']*\bpublished\b))[^>]*\b(?:content|datetime|title)=[\"'](\d{4}-\d\d-\d\d)",
    re.IGNORECASE,
)


def before_headline(found: date, html: str) -> bool:
    """Whether the page gives this date (in ISO form) only in its body above the <h1>: in a
    date bar or a rail of other stories, not in its <head> nor in the article."""
    first = html.find(found.isoformat())
    body = html.find(_BODY, 0, first) if first >= 0 else -1
    h1 = _H1.search(html, first) if body >= 0 else None
    if h1 is None:
        return False  # in the <head>, or nowhere in ISO form, or no headline after it
    return html.find(found.isoformat(), h1.start()) < 0


def headline_stamp(html: str) -> date | None:
    """The day of the article's own stamp just under its headline (itemprop="datePublished",
    class "published"), if it has one."""
    h1 = _H1.search(html)
    if h1 is None:
        return None
    m = _STAMP.search(html, h1.end(), h1.end() + _STAMP_REACH)
    if m is None:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None


def url_only(found: date, html: str) -> bool:
    """Whether the page writes this date only inside addresses ('/2017-09-19-puebla/',
    '/2017/09/19/'): htmldate took it from the URL, which no metadata confirms."""
    iso = found.isoformat()
    seen = False
    for form in (iso, iso.replace("-", "/")):
        for at in _find_all(html, form):
            if at == 0 or html[at - 1] != "/":
                return False  # a value of the metadata's, or a date in the text
            seen = True
    return seen


def byline_disagrees(found: date, byline: str, day_first: bool | None) -> bool:
    """Whether the byline under the headline prints another day than the address's `found`
    (then the byline's date is the better word, and the address ranks below it)."""
    stamp = dateline_date(byline, day_first=day_first, years=[found.year])
    return plausible(stamp) and stamp != found


def _find_all(html: str, needle: str) -> Iterator[int]:
    at = html.find(needle)
    while at >= 0:
        yield at
        at = html.find(needle, at + 1)
