"""The day of issue a report prints at its head: a situation report, a flash update, a weekly
note or a ministry's bulletin, read from Word, PDF, text or a page ("Issued 10 March 2025.",
"Date of issue: 10/03/2025", "As of 16 March 2025", "Émis le 10 mars 2025", "Станом на 16
березня 2025 р.", "تاريخ الإصدار: 10 مارس 2025").

Such labels are no news byline's (date_labels.py lists them apart from "Published"), and in
prose they date other things ("an evacuation order issued 10 March", "as of 16 March, 14 people
had died"). So a label counts only at the start of one of the head's first lines or of a
sentence there, and the date must end that sentence (a time and its zone may follow): "Prepared
by the Access Working Group. Issued 10 March 2025." is the report's day. The cut-off "As of ..."
counts only when it is the whole line (or a title's closing "(as of 16 March 2025)"): a flash
update is issued on its cut-off day. A reporting period ("Reporting period: 10-16 March") gives
none: a weekly report is issued one or more days after its period ends, and a wrong day is
worse than "unknown".
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.readers.date_labels import AS_OF_WORDS, ISSUE_WORDS, TIME_LEAD
from timeline_app.readers.dates_text import parse_date_at

REPORT_LINES = 6  # the head's first lines, where a report prints its day
_LONGEST = 300  # a longer line is a paragraph of prose
_SENTENCE = r"(?:^|(?<=[.!?;|•])\s+)\W{0,3}"
_ISSUED = re.compile(
    rf"{_SENTENCE}{ISSUE_WORDS}(?:\s+by\s+[^\d.;|]{{2,60}}?\s+on)?\s*[:：\-–—]?\s*",
    re.IGNORECASE,
)
_AS_OF = re.compile(rf"(?:^\W{{0,3}}|\(\s*){AS_OF_WORDS}\s*[:：\-–—]?\s*", re.IGNORECASE)
# A time and its zone after the day: "18:00", "at 14.30 EAT", "6 p.m. (UTC+3)", "14h30".
_CLOCK = (
    rf"(?:[,–—-]?\s*{TIME_LEAD}\d{{1,2}}(?:[:.h]\d\d|\s*[ap]\.?m\.?)(?:\s*[ap]\.?m\.?|\s*uhr|"
    r"\s*hrs?(?![^\W\d_])|\s*h(?![^\W\d_]))?(?:\s*\(?(?:UTC|GMT)[+-]?\d*\)?|\s+(?-i:[A-Z]{2,4})\b)?)?"
)
_LINE_END = re.compile(
    rf"\s*{_CLOCK}\s*(?:\([^()\d]{{1,30}}\))?\s*(?:[.;)\]]?\s*$|[|•]\s)", re.IGNORECASE
)
# The end of an "Issued ..." sentence, maybe naming the issuer: "Issued 10 March 2025 by OCHA."
_SENTENCE_END = re.compile(
    rf"\s*{_CLOCK}(?:\s+by\s+[^\d.;|]{{2,60}}?)?\s*(?:[.;|•]\s|[.;]?\s*$)", re.IGNORECASE
)


def report_stamp(lines: list[str], number: int, day_first: bool | None) -> date | None:
    """The day of issue on line `number` of a text's head (published.stamp_lines), if it is one
    of the first `REPORT_LINES` and holds such a stamp (see the module's docstring)."""
    line = lines[number] if number < REPORT_LINES else ""
    if len(line) > _LONGEST or not any(ch.isdigit() for ch in line):
        return None
    for m in _ISSUED.finditer(line):
        found = _date_ending(line[m.end() :], day_first, sentence=True)
        if found:
            return found
    cut_off = _AS_OF.search(line)
    return _date_ending(line[cut_off.end() :], day_first, sentence=False) if cut_off else None


def _date_ending(rest: str, day_first: bool | None, *, sentence: bool) -> date | None:
    """The date that starts `rest` when nothing but a time follows it to the end of the line
    (or, for a `sentence`, to the end of its sentence), or to a bar before another stamp."""
    parsed = parse_date_at(rest, day_first=day_first)
    if parsed is None or rest[: parsed[1]].strip():
        return None
    tail = rest[parsed[2] :]
    if _LINE_END.match(tail) or (sentence and _SENTENCE_END.match(tail)):
        return parsed[0]
    return None
