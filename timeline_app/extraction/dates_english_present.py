"""English rules for the present and the days around it: "today", "yesterday", "tonight",
"last night", "overnight", and "now"/"currently"/"at the moment" (the publication date).

"Now" and "today" are dates only when they refer to the present as a time: a discourse "Now,"
that opens a sentence, a generic "today's world", or a title such as "VOA Today" is not.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.domain.model import DateSpan, Precision
from timeline_app.extraction import dates_en_words as w
from timeline_app.extraction.dates_rules import (
    Context,
    Resolved,
    Rule,
    leads,
    resolved,
    tense,
    unresolved_relative,
    words_core,
)
from timeline_app.extraction.dates_spans import day_span, describe_day, shift_unit

_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "last night": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "overnight": 0,
}
_RELATIVE_DAYS_PATTERN = (
    r"(?i:(?<![\w-])(?:(?:early|late)\s+)?(?P<rd>today|tonight|yesterday|tomorrow|overnight|"
    r"last\s+night|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    r"this\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?(?![\w-]))"
)


_SPACES = re.compile(r"\s+")
# "overnight on Sunday", "overnight into Saturday", "overnight Friday", "overnight to 16 November":
# the night named by its day, not the night before publication.
# "…overnight, the governor said on Sunday": the night is told from the report's day.
_REPORTED_ON_A_DAY = re.compile(
    r"^[^.;!?]{0,50}?\b(?:said|says|reported|announced|told|added|wrote|confirmed)\s+"
    r"(?:(?:on|late|early)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
_NAMED_NIGHT = re.compile(
    r"^\s+(?:(?:on|into|to|until|before)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}\b)",
    re.IGNORECASE,
)


def resolve_relative_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    key = _SPACES.sub(" ", m["rd"].lower())
    previous = ctx.previous_word(m.start())
    if key == "today" and (previous == "usa" or m["rd"] == "TODAY" or _is_title(m, ctx)):
        return None  # the newspaper, a programme ("VOA Today")
    if key == "today" and _GENERIC_AFTER.match(ctx.after(m.end(), 40)):
        return None  # "today's world", "today's computers": the present age, not a day
    if key == "overnight" and previous in ("an", "the", "a"):
        return None  # "an overnight stay": an adjective
    if key == "overnight" and _NAMED_NIGHT.match(ctx.after(m.end(), 40)):
        return None  # "overnight into Sunday", "overnight on 16 November": that day dates it
    if key == "overnight" and _REPORTED_ON_A_DAY.match(ctx.after(m.end(), 80)):
        return None  # "… overnight, officials said on Sunday": the night before that day, not ours
    if ctx.published is None:
        return unresolved_relative(m.group())
    told = _told_on(m, ctx, key)
    if told is not None:
        day = told if key == "overnight" else told + timedelta(days=_RELATIVE_DAYS[key])
        why = f"{key} relative to the day it was told on, {describe_day(told)}"
        return resolved(m.group(), day_span(day), why, relative=True)
    pub = ctx.published
    if key == "overnight":
        span = DateSpan(pub - timedelta(days=1), pub, Precision.DAY)
        return resolved(m.group(), span, "the night before publication", relative=True)
    day = pub + timedelta(days=_RELATIVE_DAYS[key])
    why = f"{key} relative to publication {describe_day(pub)}"
    return resolved(m.group(), day_span(day), why, relative=True)


_WEEKDAY = r"(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day"
_REPORT_VERB = r"(?:said|says|reported|announced|told\s+[\w.]+|added|wrote|confirmed|claimed)"
# "The army said on Tuesday it had struck a depot overnight": the night before the report.
_REPORTED_BEFORE = re.compile(
    rf"\b{_REPORT_VERB}\s+(?:(?:on|late|early)\s+)?{_WEEKDAY}\b(?P<rest>[^.;!?\"“”]{{0,100}})$",
    re.IGNORECASE,
)
# "'Yesterday they came back,' she said on Monday": the speaker's yesterday, not the reporter's.
_QUOTE_TOLD_AFTER = re.compile(
    rf"^[^\"“”.!?]{{0,160}}[.,!?]?[\"”]\s*,?\s*(?:[\w.'’-]+\s+){{1,4}}?{_REPORT_VERB}\s+"
    rf"(?:(?:on|late|early)\s+)?{_WEEKDAY}\b",
    re.IGNORECASE,
)
_QUOTE_OPEN = re.compile(r"[\"“][^\"“”]{0,120}$")
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
# The words told from a speaker's day: a night and a day before it, the day itself.
_BEFORE_THE_REPORT = ("overnight", "last night")


def _told_on(m: re.Match[str], ctx: Context, key: str) -> date | None:
    """The day a relative word is told from when that is not publication: the day of the report
    it is part of ("said on Tuesday it had struck … overnight"; in a quote, "'Yesterday they
    came back,' she said on Monday"), the latest such weekday up to publication."""
    assert ctx.published is not None
    if key in _BEFORE_THE_REPORT:
        found = _REPORTED_BEFORE.search(ctx.before(m.start(), 160))
        if found is not None:
            return _weekday_up_to(ctx.published, found["wd"])
    if _QUOTE_OPEN.search(ctx.before(m.start(), 120)):
        found = _QUOTE_TOLD_AFTER.match(ctx.after(m.end(), 220))
        if found is not None:
            return _weekday_up_to(ctx.published, found["wd"])
    return None


def _weekday_up_to(published: date, name: str) -> date:
    back = (published.weekday() - _WEEKDAYS.index(name.lower())) % 7
    return published - timedelta(days=back)


def _is_title(m: re.Match[str], ctx: Context) -> bool:
    """A capitalised "Today" inside a sentence after a capitalised name ("VOA Today")."""
    if not m.group()[0].isupper():
        return False
    return bool(re.search(r"(?<![.!?]\s)\b[A-Z][\w.]*[ \t]+$", ctx.before(m.start(), 30)))


# Nouns after "today's" that name the present age rather than the day (TimeML leaves them out).
_GENERIC_AFTER = re.compile(
    r"^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:world|society|economy|era|age|times|generation|"
    r"generations|youth|young|children|kids|teenagers|students|families|parents|consumers|"
    r"standards|technology|technologies|computers|machines|cars|medicine|culture|climate|"
    r"environment|realities|reality|politics|media|music|art|science|society|workplace|"
    r"workforce|workers|women|men|people)\b"
)

_NOW_PATTERN = (
    r"(?i:(?<![\w-])(?:right\s+now|now|currently|at\s+present|presently|at\s+the\s+moment|"
    r"nowadays|these\s+days|at\s+this\s+time|this\s+(?:[a-z]+\s+)?moment)"
    r"(?![\w-]))"
)
# A discourse "Now," or "Now for ..." opening a sentence or a quote moves the story on; it
# does not date anything ("Now, he says, ..."; "Now for the weather").
_DISCOURSE_NOW = re.compile(r"^(?:,|\s+for\b|\s+then\b)")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]['\"”’]*\s+|\n\s*|[\"“]|``)\s*$")


def resolve_now(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group().lower() == "now" and _is_discourse_now(m, ctx):
        return None
    if ctx.published is None:
        return unresolved_relative(m.group())
    told = _told_on(m, ctx, "now")
    if told is not None:
        # '"They are shelling us now," the mayor said on Monday': the speaker's present.
        why = f"the present of the day it was told on, {describe_day(told)}"
        return resolved(m.group(), day_span(told), why, relative=True)
    why = "the present: the publication date"
    return resolved(m.group(), day_span(ctx.published), why, relative=True)


def _is_discourse_now(m: re.Match[str], ctx: Context) -> bool:
    return bool(
        _DISCOURSE_NOW.match(ctx.after(m.end(), 6))
        and _SENTENCE_OPEN.search(ctx.before(m.start(), 6))
    )


_IN_UNITS_PATTERN = (
    rf"(?i:(?<![\w-])in\s+(?P<x>(?P<inn>{w.NUMBER_ALT})\s+(?P<inu>day|week|month|year)s?"
    r"(?P<inor>\s+or\s+(?:two|three|so|more))?)(?:['’]s?\s+time)?(?![\w-]))"
)


# "Will be the first rise in five years", "twice in three days": a span of time, not a date.
_SPAN_BEFORE = re.compile(
    r"\b(?:first|last|only|highest|lowest|best|worst|biggest|largest|smallest|most|least|"
    r"time|times|ever|once|twice)\b[^.;]{0,25}$",
    re.IGNORECASE,
)


def resolve_in_units(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "Will be redeemed in five years": the unit that many after publication — only in a
    future clause; elsewhere "in five years" is a span of time ("the first in five years")."""
    if tense(ctx, m.start(), m.end()) != "future" or _SPAN_BEFORE.search(ctx.before(m.start())):
        return None
    amount = w.number_value(m["inn"])
    if amount is None or m["inor"]:
        return resolved(m["x"], None, "vague time in the future: no interval", relative=True)
    if ctx.published is None:
        return unresolved_relative(m["x"])
    pub, unit = ctx.published, m["inu"].lower()
    span = (
        day_span(pub + timedelta(days=amount)) if unit == "day" else shift_unit(pub, unit, amount)
    )
    why = f"{amount} {unit}(s) after publication {pub.isoformat()}, future tense"
    return resolved(m["x"], span, why, relative=True)


def english_present_rules() -> list[Rule]:
    return [
        Rule(
            "relative_day",
            re.compile(_RELATIVE_DAYS_PATTERN),
            resolve_relative_day,
            3,
            w.UNIT_CORE,
            prefix_chars=16,
            leads=leads(
                ["early", "late", "today", "tonight", "yesterday", "tomorrow", "overnight"],
                ["last", "the", "this"],
            ),
            core_words=w.unit_words(
                "today", "tonight", "yesterday", "tomorrow", "overnight", "night", "day"
            )
            | w.unit_words("morning", "afternoon", "evening"),
        ),
        Rule(
            "now",
            re.compile(_NOW_PATTERN),
            resolve_now,
            1,
            words_core(
                "now", "currently", "present", "presently", "moment", "nowadays", "days", "time"
            ),
            prefix_chars=24,
            leads=leads(
                ["right", "now", "currently", "at", "presently", "nowadays", "these", "this"]
            ),
        ),
        Rule(
            "in_units",
            re.compile(_IN_UNITS_PATTERN),
            resolve_in_units,
            2,
            w.UNIT_CORE,
            prefix_chars=30,
            leads=leads("in"),
            core_words=w.unit_words("day", "week", "month", "year", plural=True),
        ),
    ]
