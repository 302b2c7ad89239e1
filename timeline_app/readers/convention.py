"""Whether numeric dates on a site are written day-first (19/11/2025) or month-first (11/19/2025).

Signals, strongest first: the page's declared locale (en-GB, en-US), the site's country domain,
the article's language, the way the text itself writes dates, and finally .com for US English.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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


def _text_style(text: str) -> bool | None:
    """How the text writes its own dates, when it clearly prefers one way (3 to 1)."""
    sample = text[:6000]
    if not _YEAR.search(sample):
        return None
    dm = len(_DAY_MONTH.findall(sample))
    md = _month_day_count(sample)
    if dm >= 2 and dm >= 3 * md:
        return True
    if md >= 2 and md >= 3 * dm:
        return False
    return None
