"""Calendar dates written in text, in the languages we read: '19 November 2025', 'Nov. 19, 2025',
'2025-11-19', '19.11.2025', '19 ноября 2025 г.', '2025. november 19.' (Hungarian), 'ngày 19 tháng 11
năm 2025' (Vietnamese), '۲۸ آبان ۱۴۰۴' (Solar Hijri, converted: dates_calendars.py). Used for
datelines and 'Published:' lines only. `find_dates` finds the Gregorian dates only (it looks
around 4-digit years from 1900 on); `parse_date_at` reads the Solar Hijri ones too.

Deliberately strict: only complete, valid dates (or day and month when the caller supplies the
year); numeric dates whose day/month order is ambiguous need a known convention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache

from timeline_app.readers.dates_calendars import JALALI_MONTH, JALALI_MONTHS, jalali_to_gregorian
from timeline_app.readers.dates_months import MONTHS_MORE

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
# Swedish, Czech (nominative and genitive), Romanian, Hungarian, Greek (with and without accents:
# capitals drop them), Finnish ("marraskuuta"), Indonesian, Hindi, Hebrew (with the "in" prefix:
# "בנובמבר"; abbreviated with the sign "॰": "नव॰"), Persian names of the Gregorian months.
_MONTHS_MORE: dict[int, tuple[str, ...]] = {
    1: ("leden", "ledna", "ianuarie", "ian", "január", "ιανουαρίου", "ιανουάριος", "ιανουαριου",
        "tammikuuta", "tammikuu", "जनवरी", "जन॰", "ינואר", "בינואר", "ژانویه"),
    2: ("únor", "února", "februarie", "február", "febr", "φεβρουαρίου", "φεβρουάριος",
        "φεβρουαριου", "helmikuuta", "helmikuu", "pebruari", "फ़रवरी", "फरवरी", "फ़र॰", "फर॰", "פברואר",
        "בפברואר", "فوریه"),
    3: ("březen", "března", "martie", "március", "márc", "μαρτίου", "μάρτιος", "μαρτιου",
        "maaliskuuta", "maaliskuu", "maret", "मार्च", "מרץ", "במרץ", "מרס", "במרס"),
    4: ("duben", "dubna", "aprilie", "április", "ápr", "απριλίου", "απρίλιος", "απριλιου",
        "huhtikuuta", "huhtikuu", "अप्रैल", "अप्रै॰", "אפריל", "באפריל", "آوریل"),
    5: ("květen", "května", "május", "máj", "μαΐου", "μάιος", "μαιου", "toukokuuta", "toukokuu",
        "मई", "מאי", "במאי"),
    6: ("červen", "června", "iunie", "június", "jún", "ιουνίου", "ιούνιος", "ιουνιου",
        "kesäkuuta", "kesäkuu", "जून", "יוני", "ביוני", "ژوئن"),
    7: ("červenec", "července", "iulie", "július", "júl", "ιουλίου", "ιούλιος", "ιουλιου",
        "heinäkuuta", "heinäkuu", "जुलाई", "जुला॰", "יולי", "ביולי", "ژوئیه"),
    8: ("srpen", "srpna", "augusti", "augusztus", "αυγούστου", "αύγουστος", "αυγουστου",
        "elokuuta", "elokuu", "agustus", "agu", "agt", "अगस्त", "अग॰", "אוגוסט", "באוגוסט", "اوت"),
    9: ("září", "septembrie", "szeptember", "szept", "σεπτεμβρίου", "σεπτέμβριος",
        "σεπτεμβριου", "syyskuuta", "syyskuu", "सितंबर", "सितम्बर", "सित॰", "ספטמבר", "בספטמבר",
        "سپتامبر"),
    10: ("říjen", "října", "octombrie", "október", "οκτωβρίου", "οκτώβριος", "οκτωβριου",
         "lokakuuta", "lokakuu", "अक्टूबर", "अक्तूबर", "अक्टू॰", "אוקטובר", "באוקטובר", "اکتبر"),
    11: ("listopadu", "noiembrie", "νοεμβρίου", "νοέμβριος", "νοεμβριου", "marraskuuta",
         "marraskuu", "nopember", "नवंबर", "नवम्बर", "नव॰", "נובמבר", "בנובמבר", "نوامبر"),
    12: ("prosinec", "prosince", "decembrie", "δεκεμβρίου", "δεκέμβριος", "δεκεμβριου",
         "joulukuuta", "joulukuu", "desember", "des", "दिसंबर", "दिसम्बर", "दिस॰", "דצמבר", "בדצמבר",
         "دسامبر"),
}  # fmt: skip
MONTH_BY_NAME: dict[str, int] = {
    n: m
    for months in (_MONTHS, _MONTHS_MORE, MONTHS_MORE)
    for m, names in months.items()
    for n in names
}
# Bengali "য়" is written precomposed (U+09DF) or as "য" and a nukta: both spellings are read.
MONTH_BY_NAME.update(
    {n.replace("\u09af\u09bc", "\u09df"): m for n, m in MONTH_BY_NAME.items() if "\u09bc" in n}
)


def trie_regex(words: Iterable[str]) -> str:
    """An alternation of the words, written as a tree of their common starts ('nov(?:ember|embre
    |...)?'): the regex engine tries a word's letters once instead of every word in turn, which
    kept the month names of more languages from slowing every date read down. Longer words are
    tried first, as in an alternation sorted by length."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(tree)


def _trie_node(node: dict) -> str:
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"


_MONTH_ALT = trie_regex(MONTH_BY_NAME)
MONTH = rf"(?P<month>{_MONTH_ALT})(?![^\W\d_])\.?"
_WEEKDAY_WORDS = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
    "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì",
    "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira",
    "quinta-feira", "sexta-feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
    "niedziela", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
    "воскресенье", "понеділок", "вівторок", "середа", "четвер", "субота", "неділя", "pazartesi",
    "salı", "çarşamba", "perşembe", "cumartesi", "cuma", "pazar", "الاثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle",
    "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
    "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
    "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή",
    "δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο", "κυριακη",  # capitals'
    "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu",
    "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार",
    "شنبه", "جمعه", "mo", "di", "mi", "do", "fr", "sa", "so",
)  # fmt: skip
# The weekdays of English, Ukrainian's apostrophe, and those of two words (Vietnamese, Hebrew,
# Persian); then the single words above, as a tree of their common starts (see `trie_regex`).
_WEEKDAY_NAME = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|п[ʼ'’]ятниця|"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|"
    r"יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)|(?:یک|دو|سه|چهار|پنج)[\u200c ]?شنبه|"
    f"{trie_regex(_WEEKDAY_WORDS)})"
)
_WEEKDAY = rf"{_WEEKDAY_NAME}\.?,?\s+"
WEEKDAY_NAME = _WEEKDAY_NAME  # for what may follow a date: "2025. november 19., szerda"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "12 марта 2020 г.", "12 березня 2020 р.", "12 marca 2020 r.", "... 2020 года": the year word
# belongs to the date.
# "19 نوفمبر 2025 م": the Arabic era mark ("of the Christian era") too.
_YEAR_WORD = r"(?:\s?(?:г|р|r)\.|\s(?:года|року)(?![^\W\d_])|\s?م(?![^\W\d_]))?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º|°)?"

# Arabic-Indic, Persian, Devanagari, Bengali and Thai digits ("١٩ نوفمبر ٢٠٢٥", "০৭ মার্চ ২০২৩")
# read as ASCII ones.
_DATE_REACH = 120
_BUDDHIST_ERA = 543  # years the Thai era runs ahead: 2563 BE is 2020
_REPUBLIC_ERA = 1911  # years the Taiwanese era runs behind: 民國113年 is 2024
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯๐๑๒๓๔๕๖๗๘๙", "0123456789" * 5)

# Each pattern may miss the year (the caller may know it); the weekday is skipped.
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # "2025-11-19", "2025.11.19", "2025. 11. 19." (Korean, Hungarian)
        rf"(?<!\d){_YEAR}(?P<sep>[-/.])\s?(?P<month_num>[01]?\d)(?P=sep)\s?(?P<day>[0-3]?\d)(?!\d)\.?",
        # "2025年11月19日" (Chinese, Japanese), "2025년 11월 19일" (Korean)
        rf"(?<!\d){_YEAR}\s*[年년]\s*(?P<month_num>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?",
        # "民國113年3月5日": a year of the Republic of China (Taiwan), 1911 years behind
        r"(?:中華)?民國\s*(?P<rocyear>\d{2,3})\s*年\s*(?P<month_num>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日?",
        # "9 ธ.ค. 2563": a Thai year of the Buddhist era, 543 years ahead of the Gregorian one
        rf"{_DAY}\s*{MONTH}\s*(?:พ\.ศ\.\s*)?(?P<beyear>25[3-9]\d)(?!\d)",
        # "19 November 2025", "19 de noviembre de 2025", "18 جنوری ، 2018" (Urdu's comma)
        rf"(?:{_WEEKDAY})?{_DAY}\s*(?:de\s+)?{MONTH}(?:\s?[,،]?\s*(?:de\s+)?{_YEAR}(?!\d){_YEAR_WORD})?",
        rf"(?:{_WEEKDAY})?{MONTH}\s+{_DAY}(?:,?\s+{_YEAR}(?!\d))?",
        # "2025. november 19." (Hungarian)
        rf"(?<!\d){_YEAR}\.?\s+{MONTH}\s+{_DAY}(?!\d)",
        # "ngày 19 tháng 11 năm 2025", "19 tháng 11, 2025" (Vietnamese: "day 19, month 11")
        rf"(?:{_WEEKDAY})?(?:ngày\s+)?{_DAY}\s+tháng\s+(?P<month_num>1[0-2]|0?[1-9])(?!\d)"
        rf"(?:,?\s*(?:năm\s+)?{_YEAR}(?!\d))?",
        # "۲۸ آبان ۱۴۰۴", "۱۴۰۴/۰۸/۲۸": Solar Hijri dates (dates_calendars.py)
        rf"(?:{_WEEKDAY})?{_DAY}\s+(?P<jmonth>{JALALI_MONTH})\s+(?P<jyear>1[34]\d\d)(?!\d)",
        r"(?<!\d)(?P<jyear>139\d|140\d)(?P<sep>[-/.])(?P<jmonth_num>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)",
        # "19.11.2025", "19/11/2025", "19. 11. 2025" (Czech, Slovak), "ngày 19/11/2025"
        rf"(?:{_WEEKDAY})?(?:ngày\s+)?(?<![\d.\-])(?P<a>[0-3]?\d)(?P<sep>[./-])\s?(?P<b>[0-3]?\d)(?P=sep)\s?{_YEAR}(?!\d)",
    )
)


# The patterns `find_dates` runs: those with a Gregorian year (it looks around such years only).
_GREGORIAN = tuple(p for p in _PATTERNS if "year" in p.groupindex)


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
    for pattern in _GREGORIAN:
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
            for pattern in _GREGORIAN:
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
    rf"(?:{_WEEKDAY_NAME}|{_MONTH_ALT}|de|г|р|года|року|[年月日년월일]|تشرين|كانون|الأول|الثاني|"
    r"ngày|tháng|năm|thứ|chủ|nhật|יום|م)",
    re.IGNORECASE,
)
# A word: letters, with the combining marks inside them (Devanagari, Bengali and Thai vowel signs:
# "नवंबर" is one word, not "नव" and "बर", which would pass for words that are no date token).
_WORD_AFTER_SPACE = re.compile(
    r"(?<=\s)[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u09ff\u0e00-\u0e4f])*"
)
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
    if groups.get("jyear"):
        return _jalali(groups)
    y = int(groups["year"]) if groups.get("year") else year
    if groups.get("beyear"):
        y = int(groups["beyear"]) - _BUDDHIST_ERA
    elif groups.get("rocyear"):
        y = int(groups["rocyear"]) + _REPUBLIC_ERA
    if y is None:
        return None
    if groups.get("a"):
        return _numeric(y, int(groups["a"]), int(groups["b"]), day_first)
    month = groups.get("month")
    month_num = MONTH_BY_NAME.get(month.lower().rstrip(".")) if month else None
    if month_num is None and groups.get("month_num"):
        month_num = int(groups["month_num"])
    return _safe_date(y, month_num, int(groups["day"]))


def _jalali(groups: dict[str, str | None]) -> date | None:
    month = groups.get("jmonth")
    number = JALALI_MONTHS.get(month) if month else int(groups.get("jmonth_num") or 0)
    return jalali_to_gregorian(int(groups["jyear"] or 0), number or 0, int(groups["day"] or 0))


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
