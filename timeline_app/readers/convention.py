"""Whether numeric dates on a site are written day-first (19/11/2025) or month-first (11/19/2025).

Signals, strongest first: the page's declared locale (en-GB, en-US), the site's country domain,
the article's language, the way the text itself writes dates, and finally .com for US English.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from timeline_app.readers.dates_text import year_positions

# English-speaking regions that write the month first; Canada writes both.
_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "fm", "mh", "pw"})
_AMBIGUOUS_REGIONS = frozenset({"ca"})
# Year-month-day languages: numeric dates there are not d/m or m/d at all.
_YMD_LANGUAGES = frozenset({"ko", "ja", "zh", "hu", "lt", "fa"})
_YMD_REGIONS = frozenset({"kr", "jp", "cn", "tw", "hu", "lt", "ir", "mn"})
_US_DOMAINS = frozenset({"com", "us", "gov", "edu", "mil"})
_GENERIC_DOMAINS = frozenset({"org", "net", "info", "news", "io", "eu", "int", "co"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "19 November 2025". `\d(?<!\w\d)` is `\b\d` with the digit first, so that the regex engine
# jumps from digit to digit instead of trying the pattern at every position.
_DAY_MONTH = re.compile(
    r"\d(?<!\w\d)\d?(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# "November 19, 2025": a month name may start anywhere, so the pattern is tried only just before
# what every such date ends with (see `_month_day_count`).
_MONTH_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_COMMA_YEAR = re.compile(r",\s+(?:19|20)\d\d\b")
_WORD_CHAR = re.compile(r"\w")
# What may come between the day and the year of a `_DAY_MONTH` match.
_DAY_MONTH_MIDDLE = re.compile(r"[a-z\s.]*", re.IGNORECASE)


def infer_day_first(
    language: str, *, url: str = "", locale: str = "", text: str = ""
) -> bool | None:
    """True for day-first, False for month-first, None when nothing says which."""
    region = _region(locale)
    if region:
        if region in _MONTH_FIRST_REGIONS:
            return False
        if region not in _AMBIGUOUS_REGIONS and region not in _YMD_REGIONS:
            return language not in _YMD_LANGUAGES or None
    if language != "en":
        return None if language in _YMD_LANGUAGES else True
    tld = _tld(url)
    if tld and tld not in _US_DOMAINS and tld not in _GENERIC_DOMAINS:
        if tld in _AMBIGUOUS_REGIONS or tld in _YMD_REGIONS:
            return None
        return tld not in _MONTH_FIRST_REGIONS
    style = _text_style(text)
    if style is not None:
        return style
    return False if tld in _US_DOMAINS else None


def _region(locale: str) -> str:
    parts = locale.strip().replace("_", "-").lower().split("-")
    return parts[1] if len(parts) > 1 and len(parts[1]) == 2 else ""


def _tld(url: str) -> str:
    host = urlsplit(url).hostname if "://" in url else ""
    return host.rsplit(".", 1)[-1].lower() if host and "." in host else ""


def _month_day_count(text: str) -> int:
    """`len(_MONTH_DAY.findall(text))`, trying the pattern only between each ", 2025" and the comma
    before it: a match has one comma, its last, so it lies there (scanning a whole English text for
    month names cost more than the rest of reading it)."""
    count = 0
    for tail in _COMMA_YEAR.finditer(text):
        start = text.rfind(",", 0, tail.start()) + 1
        count += _MONTH_DAY.search(text, start, tail.end()) is not None
    return count


def _day_month_count(text: str, years: list[int]) -> int:
    """`len(_DAY_MONTH.findall(text))` from the positions of the 4-digit years in `text`
    (`year_positions`): a match ends with a year that stands alone as a word, and nothing but its
    day (one or two digits, right after a non-word character) comes between the year before and
    it. So the pattern is tried only just before each such year, in a window that grows while a
    longer match could still start before it (scanning a whole text for digits cost more)."""
    count = 0
    previous_end = 0  # where the year before ends: no match starts before it
    for pos in years:
        end = pos + 4
        if _WORD_CHAR.match(text, end) is None:  # (`\b` after the year)
            reach = 40
            while True:
                low = max(previous_end, end - reach)
                if _DAY_MONTH.search(text, low, end) is not None:
                    count += 1
                    break
                # A match starting before `low` would hold text[low + 2 : pos] between its day
                # and its year: white space, letters and full stops only.
                if low == previous_end or not _DAY_MONTH_MIDDLE.fullmatch(text, low + 2, pos):
                    break
                reach *= 4
        previous_end = end
    return count


def _is_year_word(text: str, pos: int) -> bool:
    """Whether the year at `pos` has no word character right before or after it."""
    return (pos == 0 or _WORD_CHAR.match(text, pos - 1) is None) and _WORD_CHAR.match(
        text, pos + 4
    ) is None


def _text_style(text: str) -> bool | None:
    """How the text writes its own dates, when it clearly prefers one way (3 to 1)."""
    sample = text[:6000]
    years = year_positions(sample)
    # `_YEAR.search(sample)`: a year with a word boundary on both sides (a year with no digit
    # next to it, so among those `year_positions` finds).
    if not any(_is_year_word(sample, pos) for pos in years):
        return None
    dm = _day_month_count(sample, years)
    md = _month_day_count(sample)
    if dm >= 2 and dm >= 3 * md:
        return True
    if md >= 2 and md >= 3 * dm:
        return False
    return None
