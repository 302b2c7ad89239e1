"""Dates of other calendars that pages print beside, or instead of, the Gregorian one.

The Solar Hijri (Jalali) calendar of Iran and Afghanistan is arithmetic: '۲۸ آبان ۱۴۰۴' is 19
November 2025 wherever it is printed, so a Persian page that prints only that date is dated by
converting it. The lunar Hijri calendar is not: its months start with a sighting of the moon, or
by one of several tables, so the same printed day is one of two Gregorian days; a page that prints
only a Hijri date stays undated, and one that prints it beside the Gregorian date ('الأربعاء 28
جمادى الأولى 1447 هـ - 19 نوفمبر 2025') is read by its Gregorian date, the Hijri one passed over. Japanese pages print the era's year beside the
Gregorian date ('2019年5月1日（令和元年5月1日）', '2019年（令和元年）5月1日'): the era's part is
passed over the same way, the Gregorian date being complete without it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# The Jalali months, Farvardin to Esfand ("امرداد" is Mordad's older spelling).
JALALI_MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip
JALALI_MONTH = "|".join(sorted(JALALI_MONTHS, key=len, reverse=True))
# 1 Farvardin 1369, the first Jalali new year after 1990-01-01 (the earliest plausible day).
_EPOCH_YEAR, _EPOCH = 1369, date(1990, 3, 21)
_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})  # of the year in the 33-year cycle


def jalali_leap(year: int) -> bool:
    """Whether a Jalali year has 366 days, by the 33-year arithmetic rule: it gives the official
    calendar's leap years of the years we date (1370, 1375, ... 1399, 1403, 1408, 1412, ...)."""
    return year % 33 in _LEAP_REMAINDERS


def jalali_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Jalali date, or None for a date that does not exist or falls
    before 1990 (the first six months have 31 days, the next five 30, Esfand 29 or 30)."""
    if year < _EPOCH_YEAR or not 1 <= month <= 12 or day < 1:
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if jalali_leap(year) else 29
    if day > length:
        return None
    days = sum(366 if jalali_leap(y) else 365 for y in range(_EPOCH_YEAR, year))
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _EPOCH + timedelta(days=days + day - 1)


# The lunar Hijri months (with the spellings of "al-Akhira"/"al-Thani"), for passing such a date.
_HIJRI_MONTH = (
    r"(?:محرم|صفر|ربيع\s+(?:الأول|الاول|الآخر|الاخر|الثاني)|جمادى\s+(?:الأولى|الاولى|الآخرة|"
    r"الاخرة|الثانية)|رجب|شعبان|رمضان|شوال|ذو\s+القعدة|ذو\s+الحجة)"
)
# "28 جمادى الأولى 1447 هـ", with the separator that joins it to the Gregorian date.
HIJRI_DATE = re.compile(
    rf"\s*[-–—|/،,]?\s*[0-3]?\d\s+{_HIJRI_MONTH}\s+1[34]\d\d\s*(?:هـ|ه)?\.?\s*[-–—|/،,]?\s*"
)


# "（令和元年5月1日）", "（令和元年）", "(平成31年4月30日)": a Japanese era's year beside the Gregorian
# date. Dropped whole, so that "2019年（令和元年）5月1日" reads "2019年5月1日".
JAPANESE_ERA = re.compile(
    r"\s*[(（](?:令和|平成|昭和)(?:元|\d{1,2})年(?:\d{1,2}月(?:\d{1,2}日)?)?[)）]"
)
