"""The day a news agency filed a story that an aggregator posts later: "Fonte: ANSA – 17 luglio
2019" under a headline whose page says 18 July, "Source: Reuters | 4 Oct 2018".

An aggregator's metadata is the day it copied the story; the story's "on Wednesday" and
"yesterday" are the agency's, counted from the day it filed (wire_dates.py reasons the same way
about a dateline). So a credit line at the head of the text, naming a news agency (`AGENCIES`)
and its day, replaces a metadata day a little after it. Only agencies: a chart's "Source:
Eurostat, 3 May 2024" or a ministry's data credit dates figures, not the story, and a site's
own name before a date is a byline (published.py reads those where no metadata speaks).
"""

from __future__ import annotations

import re
from datetime import date
from html import unescape

from timeline_app.readers.dates_text import parse_date_at
from timeline_app.readers.published import _STANDALONE_TAIL, plausible, stamp_lines

# The wire services whose stories aggregators and local sites carry, by the names their credit
# lines print.
AGENCIES = (
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "dpa", "ANSA", "AGI",
    "Adnkronos", "LaPresse", "EFE", "Europa Press", "Servimedia", "Lusa", "Agência Brasil",
    "Belga", "ANP", "APA", "Keystone-SDA", "SDA-ATS", "KNA", "epd", "PAP", "ČTK", "CTK", "TASR",
    "MTI", "STA", "HINA", "Tanjug", "BTA", "Agerpres", "Interfax", "Интерфакс", "TASS", "ТАСС",
    "RIA Novosti", "РИА Новости", "Ukrinform", "Укрінформ", "UNIAN", "УНІАН", "Anadolu",
    "Anadolu Ajansı", "Xinhua", "Kyodo", "Jiji", "Yonhap", "PTI", "IANS", "ANI", "Bernama",
    "Antara", "AAP", "Prensa Latina", "Notimex", "Télam", "WAFA", "SANA", "IRNA", "KUNA", "MENA",
    "QNA", "WAM", "Petra", "APS", "MAP", "TAP", "NTB", "TT", "Ritzau", "STT", "Sputnik",
)  # fmt: skip
_SOURCE_WORDS = (
    r"source|sources|quelle|fuente|fonte|źródło|источник|джерело|kaynak|bron|kilde|källa|"
    r"lähde|sursa|zdroj|forrás|πηγή|المصدر|מקור|منبع|sumber|nguồn"
)
# As printed, or in capitals ("REUTERS", "DPA"): "Source: Petra" or "Fonte: Sana" is a person.
_NAMES = {form for name in AGENCIES for form in (name, name.upper())}
_AGENCY = "|".join(re.escape(name) for name in sorted(_NAMES, key=len, reverse=True))
_CREDIT = re.compile(
    rf"^\W{{0,3}}(?:{_SOURCE_WORDS})\s*[:：]\s*(?-i:{_AGENCY})(?![^\W\d_])(?:\s*/\s*[^\d|]{{2,30}}?)?"
    r"\s*(?:[,|•·–—-]\s*|\s+)",
    re.IGNORECASE,
)
_LEAD_LINES = 6  # the credit stands under the headline, at the head of the text
_REACH = 14  # days between the agency's filing and the aggregator's posting, at most
_H1 = re.compile(r"<h1\b", re.IGNORECASE)
_CREDIT_KEYS = ("ource", "uelle", "uente", "onte", "ródło", "сточник", "жерело", "aynak")
_MARKUP_REACH = 3000  # characters of markup after the <h1> where the credit stands
_TAG = re.compile(r"<[^>]*>")
_PROSE_WORDS = 12  # a line of at least this many words is the story's prose


def agency_day(text: str, published: date, *, day_first: bool | None) -> date | None:
    """The day of an agency's credit line among the first lines of `text` when it is before
    `published` by at most `_REACH` days; None otherwise."""
    for line in stamp_lines(text)[:_LEAD_LINES]:
        found = credit_date(line, day_first=day_first, year=published.year)
        if found is not None:
            good = plausible(found) and 0 < (published - found).days <= _REACH
            return found if good else None
    return None


def credit_date(line: str, *, day_first: bool | None, year: int) -> date | None:
    """The day of a line that credits a news agency with it: 'Fonte: ANSA – 17 luglio 2019',
    'Source: AFP, 17 July' (a year-less day takes `year`)."""
    m = _CREDIT.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    parsed = parse_date_at(rest, day_first=day_first) or parse_date_at(
        rest, year=year, day_first=day_first
    )
    if parsed and not rest[: parsed[1]].strip() and _STANDALONE_TAIL.match(rest[parsed[2] :]):
        return parsed[0]
    return None


def credit_line(html: str) -> str:
    """The agency's credit line under the page's headline, before the story's first paragraph
    (a teaser's credit further down is another story's), or an empty string. A few substring
    finds decide whether to look."""
    h1 = _H1.search(html)
    if h1 is None:
        return ""
    region = html[h1.end() : h1.end() + _MARKUP_REACH]
    if not any(key in region for key in _CREDIT_KEYS):
        return ""
    for line in unescape(_TAG.sub("\n", region)).split("\n"):
        line = " ".join(line.split())
        if _CREDIT.match(line):
            return line
        if len(line.split()) >= _PROSE_WORDS:
            return ""
    return ""
