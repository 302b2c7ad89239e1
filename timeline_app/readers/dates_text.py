"""Calendar dates written in text, in the languages we read: '19 November 2025', 'Nov. 19, 2025',
'2025-11-19', '19.11.2025', '19 ноября 2025 г.'. Used for datelines and 'Published:' lines only.

Deliberately strict: only complete, valid dates (or day and month when the caller supplies the
year); numeric dates whose day/month order is ambiguous need a known convention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen",
        "janeiro", "januari", "stycznia", "styczeń", "января", "январь", "січня", "січень",
        "ocak", "يناير", "كانون الثاني"),
    2: ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
        "fevereiro", "fev", "februari", "lutego", "luty", "февраля", "февраль", "лютого", "лютий",
        "şubat", "فبراير", "شباط"),
    3: ("march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca",
        "marzec", "марта", "март", "березня", "березень",
        "mart", "مارس", "آذار"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień",
        "апреля", "апрель", "квітня", "квітень",
        "nisan", "أبريل", "ابريل", "نيسان"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "мая", "май",
        "травня", "травень",
        "mayıs", "مايو", "أيار"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec",
        "июня", "июнь", "червня", "червень",
        "haziran", "يونيو", "حزيران"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca",
        "lipiec", "июля", "июль", "липня", "липень",
        "temmuz", "يوليو", "تموز"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień",
        "августа", "август", "серпня", "серпень",
        "ağustos", "أغسطس", "اغسطس", "آب"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set",
        "setembro", "września", "wrzesień", "сентября", "сентябрь", "вересня", "вересень",
        "eylül", "سبتمبر", "أيلول"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro",
         "out", "października", "październik", "октября", "октябрь", "жовтня", "жовтень",
        "ekim", "أكتوبر", "اكتوبر", "تشرين الأول"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad",
         "ноября", "ноябрь", "листопада", "листопад",
        "kasım", "نوفمبر", "تشرين الثاني"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
         "dicembre", "dezembro", "grudnia", "grudzień", "декабря", "декабрь", "грудня", "грудень",
        "aralık", "ديسمبر", "كانون الأول"),
}  # fmt: skip
MONTH_BY_NAME: dict[str, int] = {n: m for m, names in _MONTHS.items() for n in names}
_MONTH_ALT = "|".join(sorted((re.escape(n) for n in MONTH_BY_NAME), key=len, reverse=True))
MONTH = rf"(?P<month>{_MONTH_ALT})(?![^\W\d_])\.?"
_WEEKDAY_NAME = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|"
    r"giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|"
    r"sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|"
    r"wtorek|środa|czwartek|piątek|sobota|niedziela|понедельник|вторник|среда|четверг|пятница|"
    r"суббота|воскресенье|понеділок|вівторок|середа|четвер|п[ʼ'’]ятниця|субота|неділя|pazartesi|"
    r"salı|çarşamba|perşembe|cumartesi|cuma|pazar|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|"
    r"الأحد|mo|di|mi|do|fr|sa|so)"
)
_WEEKDAY = rf"{_WEEKDAY_NAME}\.?,?\s+"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "12 марта 2020 г.", "12 березня 2020 р.", "12 marca 2020 r.", "... 2020 года": the year word
# belongs to the date.
_YEAR_WORD = r"(?:\s?(?:г|р|r)\.|\s(?:года|року)(?![^\W\d_]))?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º|°)?"

# Arabic-Indic and Persian digits ("١٩ نوفمبر ٢٠٢٥") read as ASCII ones.
_DATE_REACH = 120
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Each pattern may miss the year (the caller may know it); the weekday is skipped.
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"(?<!\d){_YEAR}(?P<sep>[-/.])(?P<month_num>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)",
        # "2025年11月19日" (Chinese, Japanese), "2025년 11월 19일" (Korean)
        rf"(?<!\d){_YEAR}\s*[年년]\s*(?P<month_num>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?",
        rf"(?:{_WEEKDAY})?{_DAY}\s*(?:de\s+)?{MONTH}(?:,?\s*(?:de\s+)?{_YEAR}(?!\d){_YEAR_WORD})?",
        rf"(?:{_WEEKDAY})?{MONTH}\s+{_DAY}(?:,?\s+{_YEAR}(?!\d))?",
        rf"(?:{_WEEKDAY})?(?<![\d.\-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep){_YEAR}(?!\d)",
    )
)


def parse_date_at(
    text: str, *, year: int | None = None, day_first: bool | None = None
) -> tuple[date, int, int] | None:
    """The first date that starts the text (after spaces): (date, start, end) or None.

    `year` completes a date written without one ('March 14'); `day_first` decides '02/10/2020'.
    """
    stripped = len(text) - len(text.lstrip())
    # One character for one, so the offsets stay the text's; a date is shorter than the reach.
    text = text[: stripped + _DATE_REACH].translate(_DIGITS)
    for pattern in _PATTERNS:
        m = pattern.match(text, stripped)
        if m:
            found = _to_date(m, year, day_first)
            if found:
                return found, m.start(), m.end()
    return None


def find_dates(text: str, *, day_first: bool | None = None) -> list[tuple[date, int, int]]:
    """Every complete date (with a year) in the text, in order of position.

    Same result as running every pattern over the whole text, but only windows around a
    4-digit year are searched: the month-name patterns are costly on long texts.
    """
    windows = _year_windows(text)
    found: list[tuple[date, int, int]] = []
    for pattern in _PATTERNS:
        for start, end in windows:
            found.extend(_dates_in(pattern, text, start, end, day_first))
    return sorted(found, key=lambda item: item[1])


def latest_year(
    text: str, *, day_first: bool | None = None, accept: Callable[[date], bool] = bool
) -> int | None:
    """The latest year of the dates `find_dates` finds that `accept` takes, or None.

    A date's year is one of the 4-digit numbers in the text (never next to another digit, so
    the scan for them finds it), and the date lies between the safe positions around that
    number (see `_year_windows`). So the years written are tried latest first, each only
    around where it is written, and the first year with a date taken is the answer."""
    places: dict[int, list[int]] = {}
    for pos in year_positions(text):
        places.setdefault(int(text[pos : pos + 4]), []).append(pos)
    for year in sorted(places, reverse=True):
        for pos in places[year]:
            start, end = _safe_before(text, pos), _safe_after(text, pos)
            for pattern in _PATTERNS:
                for d, _, _ in _dates_in(pattern, text, start, end, day_first):
                    if d.year == year and accept(d):
                        return year
    return None


def _dates_in(
    pattern: re.Pattern[str], text: str, start: int, end: int, day_first: bool | None
) -> Iterator[tuple[date, int, int]]:
    for m in pattern.finditer(text, start, end):
        if m.groupdict().get("year") is None:
            continue
        d = _to_date(m, None, day_first)
        if d:
            yield d, m.start(), m.end()


# A date token: what a letter run inside a match may be (weekday, month name, Spanish "de",
# the Russian and Ukrainian year word).
_TOKEN = re.compile(
    rf"(?:{_WEEKDAY_NAME}|{_MONTH_ALT}|de|г|р|года|року|[年月日년월일]|تشرين|كانون|الأول|الثاني)",
    re.IGNORECASE,
)
_WORD_AFTER_SPACE = re.compile(r"(?<=\s)[^\W\d_]+")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


_YEAR_19 = re.compile(r"19\d\d")
_YEAR_20 = re.compile(r"20\d\d")


# The text `year_positions` was last asked about (the very object), and what it found there: reading
# one article asks twice (the numeric-date convention, then the year of a dateline without one).
_last_years: tuple[str, list[int]] = ("", [])


def year_positions(text: str) -> list[int]:
    """Where `_YEAR_DIGITS.finditer(text)` finds its matches (a new list), found faster; the
    text asked about last is not searched again."""
    global _last_years
    last_text, found = _last_years
    if text is not last_text:
        found = _year_positions(text)
        _last_years = (text, found)
    return list(found)


def _year_positions(text: str) -> list[int]:
    """Where `_YEAR_DIGITS.finditer(text)` finds its matches, found faster.

    The regex engine tries `(?:19|20)` at every position; a pattern that starts with a literal is
    found by a fast string search instead (several times faster). Two such scans find every match
    that stands alone (no digit right before or after it). Where one does not, matches can chain
    inside a longer run of digits ('20191912': the scan takes 2019, then 1912, but not 1919), so
    the plain scan decides; the first match inside such a run is always among those found (no
    earlier match of the run can hide it), so the check on the found ones sees every such run.
    """
    found = sorted(
        [m.start() for m in _YEAR_19.finditer(text)] + [m.start() for m in _YEAR_20.finditer(text)]
    )
    end = len(text)
    for pos in found:
        if (pos and text[pos - 1].isdecimal()) or (pos + 4 < end and text[pos + 4].isdecimal()):
            return [m.start() for m in _YEAR_DIGITS.finditer(text)]
    return found


@lru_cache(maxsize=4096)
def _is_token(word: str) -> bool:
    return _TOKEN.fullmatch(word) is not None


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Disjoint spans that hold every match with a year, each bounded by 'safe' positions.

    A safe position starts a word, after whitespace, that is not a date token: no match can
    contain it (a match only holds whole date tokens after whitespace), so the patterns
    give the same matches inside such a span as over the whole text.
    """
    windows: list[tuple[int, int]] = []
    for pos in year_positions(text):
        if windows and pos < windows[-1][1]:
            continue  # the first safe position after it ends the current window
        start, end = _safe_before(text, pos), _safe_after(text, pos)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _safe_before(text: str, pos: int) -> int:
    """The last safe position before `pos` (0 if none): searched in a growing stretch, never
    cutting a word in two (a cut word could pass for a token). A word found in a short stretch is
    the one a longer stretch would find last (words start after white space, so a stretch that
    starts inside a word does not see it), and the safe word is usually among the last few."""
    reach = 40
    while True:
        low = max(0, pos - reach)
        last = None
        for m in _WORD_AFTER_SPACE.finditer(text, low, pos):
            if not _is_token(m.group()):
                last = m.start()
        if last is not None:
            return last
        if low == 0:
            return 0
        reach *= 4


def _safe_after(text: str, pos: int) -> int:
    for m in _WORD_AFTER_SPACE.finditer(text, pos):
        if not _is_token(m.group()):
            return m.start()
    return len(text)


def _to_date(m: re.Match[str], year: int | None, day_first: bool | None) -> date | None:
    groups = m.groupdict()
    y = int(groups["year"]) if groups.get("year") else year
    if y is None:
        return None
    if groups.get("a"):
        return _numeric(y, int(groups["a"]), int(groups["b"]), day_first)
    month = groups.get("month")
    month_num = MONTH_BY_NAME.get(month.lower().rstrip(".")) if month else None
    if month_num is None and groups.get("month_num"):
        month_num = int(groups["month_num"])
    return _safe_date(y, month_num, int(groups["day"]))


def _numeric(year: int, a: int, b: int, day_first: bool | None) -> date | None:
    if a > 12 >= b:
        return _safe_date(year, b, a)
    if b > 12 >= a:
        return _safe_date(year, a, b)
    if a == b:
        return _safe_date(year, a, b)
    if day_first is None:
        return None  # 02/10/2020 is 2 October or 10 February: refuse to guess
    return _safe_date(year, b, a) if day_first else _safe_date(year, a, b)


def _safe_date(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
