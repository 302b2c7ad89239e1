"""Publication dates: where each reader may find one, and the stated order in which they win.

Order: the user's explicit date ("option"), then page/feed/file metadata ("metadata"), a dateline
or "Published:" line in the text ("dateline"), a date in the URL ("url"), in the file name
("filename"), the e-mail `Date:` header ("header"). Nothing found is "unknown" — never the file's
modification time, which says when a copy was made, not when the news was published. A note that
the story was first published on an earlier day ("This article was originally published on ...")
gives that day: a republished copy's dates are not the text's.

Bylines are read in the languages we read, by their labels ("Published", "Erstellt", "Yayınlanma",
"公開日", "تاريخ النشر", "Publicerad", "입력": date_labels.py lists them) and as lines holding only a
date (markup_dates.py says which of a page's metadata dates are no publication's, and which day a
UTC time is). A label alone on its line labels the next (a <dl> of terms and values); a Solar
Hijri date is converted, a lunar Hijri one beside the Gregorian date passed over
(dates_calendars.py); a numbered release's heading gives its day. A thread's reply and anything
below a relative stamp ("3 days ago") date no page (thread_dates.py); a byline's two-digit year
("19.11.25") and a site's name before the day are read here (short_years.py), a stamp without
its year in yearless.py, a report's day of issue ("Issued 10 March 2025.") in report_dates.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from timeline_app.domain.model import PublishedSource
from timeline_app.readers.date_labels import (
    LABEL_JOINS,
    PUBLISH_WORDS,
    QUESTION_WORDS,
    RELATIVE_STAMP,
    RELEASE_JOIN,
    RELEASE_WORDS,
    TIME_LEAD,
    UPDATE_WORDS,
)
from timeline_app.readers.dates_calendars import HIJRI_DATE, JAPANESE_ERA
from timeline_app.readers.dates_text import WEEKDAY_NAME, find_dates, latest_year, parse_date_at
from timeline_app.readers.jsonld_dates import jsonld_dates as jsonld_dates  # moved there
from timeline_app.readers.report_dates import report_stamp
from timeline_app.readers.short_years import SITE_LEAD, short_year_date
from timeline_app.readers.stamp_brackets import unbracket_edit
from timeline_app.readers.thread_dates import reply_stamp

ORDER: tuple[PublishedSource, ...] = (
    PublishedSource.OPTION,
    PublishedSource.METADATA,
    PublishedSource.DATELINE,
    PublishedSource.URL,
    PublishedSource.FILENAME,
    PublishedSource.HEADER,
)
_EARLIEST = date(1990, 1, 1)
_HEAD_LINES = 12
_HEAD_CHARS = 2500

_LABEL = re.compile(
    rf"^\W{{0,3}}(?:first\s+|originally\s+)?{PUBLISH_WORDS}"
    rf"(?:\s+(?:{LABEL_JOINS}))?\s*[:：\-–—|]?\s*"
    r"|^\W{0,3}(?:date|datum|stand|fecha|data|tarih|日期|التاريخ|päivämäärä|dátum|ημερομηνία|"
    r"tanggal|ngày|תאריך|تاریخ|날짜|दिनांक|तारीख)\s*[:：]\s*",
    re.IGNORECASE,
)
# "3 days ago" alone on its line: the text's own stamp is relative, and a full date below it is a
# reply's or a comment's (markup_dates.dated_relatively does the same for a page's markup).
_RELATIVE_LINE = re.compile(rf"^\W{{0,3}}{RELATIVE_STAMP}\W{{0,3}}$", re.IGNORECASE)
_NOT_PUBLISHED = re.compile(rf"(?<![^\W\d_]){UPDATE_WORDS}(?![^\W\d_])", re.IGNORECASE)
# "Updated: 14 March 2020", "Mis à jour le 14 mars 2020": the label of an edit's date.
UPDATE_LABEL = re.compile(
    rf"^\W{{0,3}}{UPDATE_WORDS}(?![^\W\d_])(?:\s+(?:at|{LABEL_JOINS}))?"
    r"\s*[:：\-–—|]?\s*",
    re.IGNORECASE,
)
# "KYIV, March 14 (Reuters) —", "BRUSSELS, 19 November 2025 /PRNewswire/ -"
# "Москва. 19 ноября. INTERFAX.RU -": agencies of the former Soviet Union end the place with a
# full stop; letters and press releases write "Paris, le 19 novembre", "Berlin, den 19. November".
_DATELINE_PLACE = re.compile(
    r"^(?:[A-ZА-ЯІЇЄҐ][^\W\d_]{1,20}\.\s+(?=\d)|"
    r"(?P<place>[A-ZÀ-ÞА-ЯІЇЄҐİŞĞŁŚŻŹĆŃŘŠČŽ][^\W\d_][^\W\d_ .'’\-/]{0,20}(?:[ .'’\-/]+[^\W\d_]{1,20}){0,3}(?:,\s*[^\W\d_][^\W\d]{0,20}(?:[ .][^\W\d]{1,20}){0,3}\.?)?)"
    r",\s+(?:(?:le|den|am|el|il|dnia|the)\s+)?)"
)
# After the date: the agency ("(Reuters)", "/PRNewswire/", ". INTERFAX.RU", ". УКРІНФОРМ"), then a
# dash, the end of the line, or a full stop before the story.
_DATELINE_TAIL = re.compile(
    r"^\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/|\.?\s*[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ.\-]{1,30}(?![^\W\d_]))?"
    r"\s*(?:\.?[-–—]|\.(?=\s|$)|$)"
)
# "10:04", "10.04 am", "10:04 EST": not the "19.11" of "19.11.2025", and the zone is in capitals
# (under IGNORECASE "[A-Z]{2,5}" took the "Novem" of "10:04 November 19, 2025").
# "14h03" (French, Portuguese), "14:03h", "14:03 Uhr", "14.03 ч.": the hour marks of other languages.
# "14時03分" (Japanese); "02:03 م" (Arabic: p.m.); "08:30 น." (Thai).
_TIME = (
    r"(?:\d{1,2}時\d\d分|\d{1,2}(?:[:.]|h(?=\d))\d\d(?::\d\d)?(?!\.?\d)"
    r"(?:\s*[ap]\.?m\.?|\s*uhr\b|\s*hs?\b|\s*ч\.|\s*[صم](?![^\W\d_])|\s*น\.)?)"
    r"(?:\s*\(?(?:(?:UTC|GMT)[+-]?\d*|(?-i:[A-Z]{2,5})\b)\)?)?"
)
# The words between a date and its time: "at", "um", "à", "alle ore", "às", "om", "o", "в", "saat".
_TIME_LEAD = TIME_LEAD
_STANDALONE_TAIL = re.compile(
    rf"^\s*(?:[(（][^\d()（）]{{1,12}}[)）]|,?\s*{WEEKDAY_NAME}(?![^\W\d_])\.?)?"
    rf"(?:(?:,|/|-|–|—|•|\|)?\s*{_TIME_LEAD}{_TIME})?"
    r"\s*(?:公開|配信|掲載|投稿|发布|發布)?\s*(?:\||$)",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(rf"^\s*{_TIME}\s*(?:,|/|-|–|—|•|\|)?\s*", re.IGNORECASE)
# What joins a byline's stamps on one line: "Published 19 Nov 2025 | Updated 20 Nov 2025".
_SEGMENT = re.compile(r"\s*[|•·]\s*")
_STAMP_LINE = 160  # a byline's line of stamps is no longer
_LABEL_ONLY = 40  # a label standing alone on its line, its value on the next
_MENU_ITEM = 24  # a menu's item is no longer
_DIGIT = re.compile(r"\d")
# "By <name> on", "Von <name> am", "Par <name>, le", "Por <name> el": the author, then the date;
# an aggregator's "Source: <outlet> — Fri, 6 December 2013" names the outlet the same way.
_BY_AUTHOR = re.compile(
    r"^\W{0,3}(?:(?:posted|published|written)\s+)?(?:by|von|par|por|di|door|przez|автор:?|"
    r"yazan:?|(?:source|quelle|fuente|fonte|źródło|источник|джерело|kaynak)\s*:)"
    r"\s+[^\d|•·]{2,60}?(?:,\s*(?:(?:on|am|le|el|il|op|em|dnia)\s+)?|"
    r"\s+(?:on|am|le|el|il|op|em|dnia|в|о)\s+|\s+[|•·–—-]\s+)(?=\d|[^\W\d_]+\.?,?\s+\d)",
    re.IGNORECASE,
)
# Where a second stamp starts inside a line: before its label, after a space or a punctuation.
_MID_LABEL = re.compile(
    rf"(?<=[\s,;.)])(?=(?:{PUBLISH_WORDS}|{UPDATE_WORDS})(?![^\W\d_]))", re.IGNORECASE
)
# "asked Nov 19, 2025 at 14:03": a Q&A page's question, the page's own day (thread_dates.py);
# only the whole line is the stamp ("Asked on 19 November whether ..." is prose).
_ASKED = re.compile(rf"^\W{{0,3}}{QUESTION_WORDS}(?:\s+on)?\s+", re.IGNORECASE)
_RELEASE = re.compile(rf"^\W{{0,3}}{RELEASE_WORDS}(?![^\W\d_]){RELEASE_JOIN}", re.IGNORECASE)
# A quick test for "March 14" / "14 March" before the costly search for the year.
_YEARLESS = re.compile(r"^\s*(?:\d{1,2}\.?\s+)?[^\W\d_]{3,}\.?\s*\d{0,2}\b")
_URL_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_.]|$)"),
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?:/|[-_.]|$)"),
    re.compile(r"/((?:19|20)\d\d)/([a-z]{3})/(\d{1,2})/", re.IGNORECASE),
)
_FILENAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)")
_MONTH_ABBR = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def plausible(d: date | None, today: date | None = None) -> bool:
    """A publication date is neither before 1990 nor in the future."""
    if d is None:
        return False
    return _EARLIEST <= d <= (today or date.today()) + timedelta(days=1)


def choose_published(
    candidates: dict[PublishedSource, date | None],
) -> tuple[date | None, PublishedSource]:
    """The first plausible candidate in the stated order, or (None, UNKNOWN)."""
    for source in ORDER:
        found = candidates.get(source)
        if plausible(found):
            return found, source
    return None, PublishedSource.UNKNOWN


def dateline_date(
    text: str, *, day_first: bool | None = None, years: Iterable[int] = ()
) -> date | None:
    """A publication date written at the head of the text: a 'Published:' line, a news dateline
    ('KYIV, March 14 (Reuters) —') or a line holding only a date (a byline date).

    A dateline without a year takes it from `years` (other sources) or the latest full date the
    text itself gives; lines saying 'Updated' are never the publication date. Below a relative
    stamp ("3 days ago") no date is the text's own: it is a reply's or a comment's.
    """
    lines = stamp_lines(text)
    hint = _YearHint(text, list(years), day_first)
    for number, line in enumerate(lines):
        if len(line) <= _LABEL_ONLY and _RELATIVE_LINE.match(line):
            return None
        found = _labelled(line, day_first) or _dateline(line, day_first, hint)
        if not found and not table_row(lines, number):
            found = _standalone_part(line, day_first)
        found = found or _authored(line, day_first)
        found = found or _release(line, day_first) or _stamp_after(_ASKED, line, day_first)
        found = found or report_stamp(lines, number, day_first)  # "Issued 10 March 2025."
        if plausible(found):
            return None if found and reply_stamp(lines, number, found) else found
    return None


def stamp_lines(text: str) -> list[str]:
    """The first lines of a text's head, stripped, a label alone on its line joined to the value on
    the next: terms and values ('Updated' / '24 Nov 2025' / 'Published' / '19 Nov 2025', from a
    <dl> or a table) read as the stamps 'Updated 24 Nov 2025' and 'Published 19 Nov 2025'. A page
    copied whole opens with its menu: its items ("Home", "Sport") are passed over, not counted."""
    return list(_head_lines(text))  # cached: base.py asks thrice per text (dateline, wire, agency)


@lru_cache(maxsize=4)
def _head_lines(text: str) -> tuple[str, ...]:
    lines = [ln.strip() for ln in text[:_HEAD_CHARS].split("\n") if ln.strip()]
    joined: list[str] = []
    for line in lines:
        if joined and _label_only(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        elif not _menu_item(line):
            joined.append(line)
        if len(joined) > _HEAD_LINES:
            break
    return tuple(joined[:_HEAD_LINES])


def _menu_item(line: str) -> bool:
    """'Home', 'World', 'Sport', 'Most read': a short line without a digit that is no label."""
    return (
        len(line) <= _MENU_ITEM
        and len(line.split()) <= 2
        and not _DIGIT.search(line)
        and not _label_only(line)
    )


def _label_only(line: str) -> bool:
    """'Published', 'Last updated:', 'Päivitetty', 'Originally published': a label alone."""
    if len(line) > _LABEL_ONLY or _DIGIT.search(line):
        return False
    m = _LABEL.match(line) or UPDATE_LABEL.match(line)
    return m is not None and m.end() == len(line)


class _YearHint:
    """The year to complete a year-less dateline: another source's, else the text's latest full
    date. Computed only when such a dateline turns up (scanning the text costs milliseconds)."""

    def __init__(self, text: str, years: list[int], day_first: bool | None) -> None:
        self._text, self._years, self._day_first = text, years, day_first
        self._value: int | None = None
        self._done = False

    def get(self) -> int | None:
        if not self._done:
            self._value = self._years[0] if self._years else self._latest()
            self._done = True
        return self._value

    def _latest(self) -> int | None:
        return latest_year(self._text[:20000], day_first=self._day_first, accept=plausible)


def labelled_dates(text: str, *, day_first: bool | None = None) -> tuple[date | None, set[date]]:
    """The date of the first 'Published ...' line at the head of a text (a byline), and the dates
    of its 'Updated ...' lines: a page that prints both tells which of its dates is which. Where
    it prints an edit's date beside a bare one, the bare one is the publication's."""
    lines = stamp_lines(text)
    published = bare = None
    updated: set[date] = set()
    rows = [line for n, line in enumerate(lines) if not table_row(lines, n)]  # no bylines
    for segment in (s for line in rows for s in _segments(line)):
        m = UPDATE_LABEL.match(segment)
        if m:
            parsed = _date_after(segment[m.end() :], day_first)
            if parsed:
                updated.add(parsed)
        elif published is None:
            published = _labelled(segment, day_first)
            bare = bare or _standalone(segment, day_first)
    # "19.11.2025 14:03 | Updated: 20.11.2025": beside an edit's date, a bare one is the first.
    return published or (bare if updated else None), updated


def is_date_stamp(line: str) -> bool:
    """Whether a line is a byline's stamp: "Published ...", "Updated ...", or only a date."""
    return bool(_LABEL.match(line) or UPDATE_LABEL.match(line)) or bool(_standalone(line, None))


def _labelled(line: str, day_first: bool | None) -> date | None:
    """The date of a 'Published ...' line, or of such a part of a line that joins its stamps
    with bars ('Last updated: 21 Nov 2025 | First published: 19 Nov 2025')."""
    for segment in _segments(line):
        m = _LABEL.match(segment)
        found = _date_after(segment[m.end() :], day_first) if m else None
        if found:
            return found
    return None


@lru_cache(maxsize=1024)
def _segments(line: str) -> tuple[str, ...]:
    """The stamps of a line: the parts its bars join ('Published 19 Nov 2025 | Updated 20 Nov
    2025'), each cut again before a label inside it ('Mis à jour le 20/11/2025 - Publié le
    19/11/2025'). Long lines are prose, not stamps, and left whole."""
    line = unbracket_edit(line)  # "07.12.2022 (обновлено: 08.12.2022)" (stamp_brackets.py)
    parts = _SEGMENT.split(line) if "|" in line or "•" in line or "·" in line else [line]
    if len(line) > _STAMP_LINE or not any(ch.isdigit() for ch in line):
        return tuple(parts)
    return tuple(piece for part in parts for piece in _MID_LABEL.split(part) if piece)


def _date_after(rest: str, day_first: bool | None) -> date | None:
    """The date that follows a label, maybe after the time ('Published 2:03 p.m. ET Nov. 19,
    2025', as US sites write it)."""
    rest = _LEADING_TIME.sub("", _gregorian_only(rest), count=1)
    parsed = parse_date_at(rest, day_first=day_first) or short_year_date(rest, day_first=day_first)
    return parsed[0] if parsed else None


def _gregorian_only(line: str) -> str:
    """The line without a lunar Hijri date or a Japanese era's year printed beside the Gregorian
    date (dates_calendars.py)."""
    line = HIJRI_DATE.sub(" ", line) if "14" in line else line
    return JAPANESE_ERA.sub("", line) if "年" in line else line


def news_dateline(line: str, *, day_first: bool | None, year: int) -> date | None:
    """The date of a news dateline alone ('ANKARA, Oct 4 (Reuters) -'), a year-less one taking
    `year`: no 'Published' line or bare date (wire_dates.py)."""
    return _dateline(line, day_first, _YearHint(line, [year], day_first))


def _dateline(line: str, day_first: bool | None, hint: _YearHint) -> date | None:
    m = _DATELINE_PLACE.match(line)
    if not m or _NOT_PUBLISHED.search(line[: m.end()]):
        return None
    rest = line[m.end() :]
    parsed = parse_date_at(rest, day_first=day_first)
    if parsed is None and _YEARLESS.match(rest):
        parsed = parse_date_at(rest, year=hint.get(), day_first=day_first)
    if parsed and _DATELINE_TAIL.match(rest[parsed[2] :]):
        return parsed[0]
    return None


def _authored(line: str, day_first: bool | None) -> date | None:
    """The date of a byline that names the author first: 'Por Ana García el 19 de noviembre de
    2025', 'Posted by admin on November 19, 2025', 'Par Claire Martin, le 05/11/2025'."""
    if _NOT_PUBLISHED.search(line):
        return None
    return _stamp_after(_BY_AUTHOR, line, day_first)


def _release(line: str, day_first: bool | None) -> date | None:
    """The day of a numbered release's heading: 'Comunicato stampa n. 112 del 19 novembre 2025',
    'Pressemitteilung Nr. 112/2025 vom 19.11.2025' (the date ends the line)."""
    return _stamp_after(_RELEASE, line, day_first)


def _stamp_after(lead: re.Pattern[str], line: str, day_first: bool | None) -> date | None:
    """The date right after `lead` at the start of a line that holds only them (and a time)."""
    m = lead.match(line) if len(line) <= _STAMP_LINE else None
    if not m:
        return None
    rest = line[m.end() :]
    parsed = parse_date_at(rest, day_first=day_first)
    if parsed and parsed[1] == 0 and _STANDALONE_TAIL.match(rest[parsed[2] :]):
        return parsed[0]
    return None


def table_row(lines: list[str], number: int) -> bool:
    """Whether a line of bar-joined parts is a row of a table (a report's incident log read from a
    PDF: '17 Nov 2025 | Kharkiv | Drone strike | 3'), not a byline's stamps: a neighbouring line
    has as many parts, three or more, or two with a date in the same place."""
    parts = lines[number].split("|")
    if len(parts) < 2:
        return False
    for other in lines[max(0, number - 1) : number] + lines[number + 1 : number + 2]:
        beside = other.split("|")
        if len(beside) != len(parts):
            continue
        if len(parts) >= 3 or any(
            _standalone(a.strip(), None) and _standalone(b.strip(), None)
            for a, b in zip(parts, beside, strict=True)
        ):
            return True
    return False


def _standalone_part(line: str, day_first: bool | None) -> date | None:
    """The date of a line, or of a part of a line joined by bars, that is only a date: 'By Jane
    Roe | 19 Nov 2025', '19.11.2025 - 14:03 | Updated: 20.11.2025' (the parts from an 'Updated'
    on date the edit)."""
    if len(line) > _STAMP_LINE:
        return None
    for segment in _segments(line):
        if _NOT_PUBLISHED.search(segment):
            return None
        found = _standalone(segment, day_first)
        if found:
            return found
    return None


def _standalone(line: str, day_first: bool | None) -> date | None:
    """A line that is only a date (and maybe a time): the byline date of copied web text."""
    line = _gregorian_only(line)
    if len(line) > 60 or _NOT_PUBLISHED.search(line):
        return None
    line = _LEADING_TIME.sub("", line, count=1)  # "09:31 August 20, 2019"
    line = line[m.end() :] if (m := SITE_LEAD.match(line)) else line  # "Kompas.com - ..."
    parsed = parse_date_at(line, day_first=day_first) or short_year_date(line, day_first=day_first)
    if parsed and parsed[1] == 0 and _STANDALONE_TAIL.match(line[parsed[2] :]):
        return parsed[0]
    return None


def url_date(url: str) -> date | None:
    """A full date in a URL's path: /2025/11/19/, /2025-11-19-..., /20251119/, /2020/oct/02/."""
    if not url:
        return None
    path = urlsplit(url).path if "://" in url else url
    for pattern in _URL_PATTERNS:
        m = pattern.search(path)
        if m:
            found = _ymd(m.group(1), m.group(2), m.group(3))
            if plausible(found):
                return found
    return None


def filename_date(name: str) -> date | None:
    """A full date in a file name: 2025-11-19-foo.txt, report_20251119.pdf."""
    for m in _FILENAME.finditer(name):
        found = _ymd(m.group(1), m.group(2), m.group(3))
        if plausible(found):
            return found
    return None


def _ymd(year: str, month: str, day: str) -> date | None:
    month_num = _MONTH_ABBR.get(month.lower()) if month.isalpha() else int(month)
    try:
        return date(int(year), month_num or 0, int(day))
    except ValueError:
        return None


# "This article was originally published on 3 May 2019.": the story's own first publication,
# which a republished or archived copy keeps in a note (html.py keeps that note in the text).
_ORIGINAL_KEYS = (
    "originally published", "first published", "originally appeared", "first appeared",
    "originally ran", "originally posted", "erschien zuerst", "erschien erstmals",
    "zuerst erschienen", "initialement publié", "initialement paru", "publié initialement",
    "publicado originalmente", "publicada originalmente", "originalmente publicad",
    "originariamente pubblicat", "pubblicato originariamente", "oorspronkelijk gepubliceerd",
    "pierwotnie opublikowan", "впервые опубликован", "вперше опубліковано", "erstveröffentlich",
)  # fmt: skip
_ORIGINAL_NOTE = re.compile(
    r"^\W{0,3}(?:(?:this|the|an\s+earlier\s+version\s+of\s+this|a\s+version\s+of\s+this|dieser|"
    r"diese|der|cet|cette|ce|este|esta|questo|questa|ten|deze|dit|эта|этот|ця|цей)\s+"
    r"(?:[^\W\d_]+\s+){0,2}(?:post|article|story|piece|interview|essay|column|artikel|beitrag|"
    r"text|artículo|nota|articolo|pezzo|intervista|artykuł|tekst|статья|материал|стаття)\b"
    rf".{{0,40}}?)?(?:{'|'.join(_ORIGINAL_KEYS)})",
    re.IGNORECASE,
)
_MAX_NOTE = 250
_NOTE_DATE_REACH = 100  # characters after the phrase where the note gives its date


def _next_line(text: str, end: int) -> str:
    """The first non-empty line after position `end` (a line's end), if a short one."""
    rest = text[end:].lstrip() if end >= 0 else ""
    line = rest[: rest.find("\n")] if "\n" in rest else rest
    return line if len(line) <= _LABEL_ONLY else ""


def _note_start(text: str, at: int) -> int:
    """Where the note holding position `at` starts: its line's start, or after the bar that
    joins it to another stamp ("Posted 24 Nov 2025 | Originally published: 18 Nov 2025")."""
    reach = max(0, at - _MAX_NOTE)
    return max(text.rfind(mark, reach, at) for mark in ("\n", "|", "•", "·")) + 1 or (
        text.rfind("\n", 0, at) + 1
    )


def original_date(text: str, *, day_first: bool | None = None) -> date | None:
    """The date a note on the story's first publication gives ("This article was originally
    published on 3 May 2019", "Originally published May 3, 2019 in ..."): the day the text, and
    its "yesterday" and "last week", were written, which a republished copy's metadata is not.
    A sentence about another text ("The report, first published on ...") is no such note."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: positions would not match
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    for key in _ORIGINAL_KEYS:
        at = low.find(key)
        while at >= 0:
            start = _note_start(text, at)
            end = text.find("\n", at)
            line = text[start : end if end >= 0 else len(text)].strip()
            m = _ORIGINAL_NOTE.match(line) if len(line) <= _MAX_NOTE else None
            if m:
                after = line[m.end() : m.end() + _NOTE_DATE_REACH]
                if len(line) <= _LABEL_ONLY and not any(ch.isdigit() for ch in after):
                    after = _next_line(text, end)  # "Originally published" / "18 Nov 2025"
                found = find_dates(after, day_first=day_first)
                if found and plausible(found[0][0]):
                    return found[0][0]
            at = low.find(key, at + 1)
    return None
