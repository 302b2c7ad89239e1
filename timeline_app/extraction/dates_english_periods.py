"""English rules for named periods and windows: seasons ("sometime in the spring", "last fall"),
quarters ("the third quarter", "Q3 2025"), halves, "the first week of March", "year-end", "the
past 24 hours", a few fixed holidays, and vague references ("recently") without an interval.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.domain.model import DateSpan, Precision
from timeline_app.extraction import dates_en_words as w
from timeline_app.extraction.dates_english import DATE_PREPS
from timeline_app.extraction.dates_rules import (
    REPORT_QUARTER_REACH,
    Context,
    Resolved,
    Rule,
    choose_occurrence,
    in_words,
    leads,
    literal_alternation,
    resolved,
    starts_in_words,
    tense,
    unresolved_relative,
    words_core,
)
from timeline_app.extraction.dates_spans import (
    add_months,
    day_span,
    half_span,
    month_end,
    month_span,
    part_of,
    quarter_span,
    season_span,
    shift_unit,
)

_SEASON_PATTERN = (
    r"(?<![\w-])(?:(?P<smod>[Tt]his\s+past|[Tt]his\s+coming|[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|"
    rf"[Pp]ast)\s+|(?:[Tt]he\s+)?{w.FUZZ}|(?P<sthe>[Tt]he\s+))?"
    r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:time)?"
    rf"(?:,?\s+(?:of\s+)?(?P<year>{w.YEAR_NUM})(?![\w%])|\s+(?:of\s+)?(?P<rely>last|this|next)\s+year)?"
    r"(?![\w-])"
)


def resolve_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    season = m["season"].lower()
    if not _season_is_date(m, ctx):
        return None
    part = w.fuzz_part(m["fuzz"])
    if m["year"]:
        span, why, relative = season_span(int(m["year"]), season), "explicit season", False
    elif ctx.published is None:
        return unresolved_relative(m.group())
    else:
        span, why = _season_occurrence(m, ctx, season)
        relative = True
    if part:
        span, why = part_of(span, part, ctx.published), f"{part} part of the season; {why}"
    return resolved(m.group(), span, f"{why} (northern hemisphere)", relative)


def _season_is_date(m: re.Match[str], ctx: Context) -> bool:
    if re.search(r"[A-Z][a-z]+\s+$", ctx.before(m.start(), 20)) and m["season"][0].isupper():
        return False  # "Arab Spring", "Prague Spring"
    if m["year"] or m["rely"] or m["smod"] or m["fuzz"]:
        return True
    if re.match(r"^\s+(?:of|in|to|from|and)\s+(?!\d)", ctx.after(m.end(), 20)):
        return False  # "the fall of Kabul", "a fall in prices"
    if m["season"].lower() in ("fall", "spring") and not m["sthe"]:
        return ctx.previous_word(m.start()) in (
            "in",
            "this",
            "last",
            "next",
            "since",
            "until",
            "by",
        )
    return ctx.previous_word(m.start()) in DATE_PREPS


def _season_occurrence(m: re.Match[str], ctx: Context, season: str) -> tuple[DateSpan, str]:
    assert ctx.published is not None
    pub = ctx.published
    if m["rely"]:
        offset = {"last": -1, "this": 0, "next": 1}[m["rely"].lower()]
        return season_span(pub.year + offset, season), f"{m['rely']} year's {season}"
    candidates = [season_span(y, season) for y in range(pub.year - 2, pub.year + 2)]
    mod = (m["smod"] or "").lower().split()
    if mod and mod[-1] in ("last", "past"):
        ended = [s for s in candidates if s.end < pub]
        return ended[-1], f"the last {season} that ended before publication"
    if mod and mod[-1] in ("next", "coming"):
        ahead = [s for s in candidates if s.start > pub]
        return ahead[0], f"the next {season} after publication"
    if mod == ["this"]:
        current = [s for s in candidates if s.end >= pub and s.start.year <= pub.year]
        return (current[0] if current else candidates[-2]), f"this {season}"
    mode = tense(ctx, m.start(), m.end()) or "report"  # no cue: lean to the past
    return choose_occurrence(candidates, pub, mode)


_QORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_QUARTER_PATTERN = (
    rf"(?i:(?<![\w-])(?:(?P<qpre>{w.YEAR_NUM}|next\s+year|last\s+year|this\s+year)(?:'s|’s)?\s+)?"
    r"(?:the\s+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
    r"(?:fiscal\s+|calendar\s+)?quarter(?![\w-])"
    rf"(?:\s+of\s+(?:fiscal\s+|the\s+)?(?:(?P<qyear>{w.YEAR_NUM})|(?P<qrel>this|last|next|the)"
    rf"\s+year)|\s+(?P<qrel2>this|last|next)\s+year|,?\s+(?P<qyear2>{w.YEAR_NUM}))?(?![\w-]))"
    rf"|(?<![\w-])Q(?P<qn>[1-4])(?:\s+(?P<qyear3>{w.YEAR_NUM})|\s*['’](?P<qyy>\d\d))?(?![\w-])"
    r"|(?i:(?<![\w-])(?P<qdir>the\s+latest|the\s+last|the\s+previous|the\s+current|the\s+next|"
    r"the\s+same|the|that|"
    r"this|last|next)\s+quarter(?![\w-])(?!\s+of\b))"
)


def resolve_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    text, pub = m.group(), ctx.published
    if m["qdir"]:
        word = m["qdir"].lower().split()[-1]
        if word in ("the", "that", "same"):
            return _anchored_quarter(m, ctx)
        if pub is None:
            return unresolved_relative(text)
        offset = {"latest": -1, "last": -1, "previous": -1, "current": 0, "this": 0, "next": 1}
        span = shift_unit(pub, "quarter", offset[word])
        return resolved(text, span, f"{m['qdir']} quarter relative to publication", True)
    number, year = _quarter_number_and_year(m, pub)
    if number is None:
        return None
    if year is not None:
        return resolved(text, quarter_span(year, number), "quarter of a given year", not m["qyear"])
    if pub is None:
        return unresolved_relative(text)
    candidates = [quarter_span(y, number) for y in (pub.year - 1, pub.year, pub.year + 1)]
    # Quarters are reported after they end: "expects to report ... for the third quarter" in
    # October is the quarter just over, so a future cue is ignored and the distance decides
    # (leaning to the past); a past-tense verb takes the latest quarter begun by publication.
    mode = tense(ctx, m.start(), m.end())
    span, why = choose_occurrence(candidates, pub, "" if mode == "future" else mode)
    return resolved(text, span, f"no year given; {why}", relative=True)


def _anchored_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The quarter", "that quarter": the quarter the paragraph is about, or not a date."""
    anchor = ctx.latest_for(Precision.QUARTER, m.start(), across=REPORT_QUARTER_REACH)
    if anchor is None:
        return None
    return resolved(m.group(), anchor, "the quarter named earlier in the paragraph", True)


def _quarter_number_and_year(m: re.Match[str], pub: date | None) -> tuple[int | None, int | None]:
    if m["qn"]:
        year = m["qyear3"] or (f"20{m['qyy']}" if m["qyy"] else None)
        return int(m["qn"]), int(year) if year else None
    word = m["qord"].lower()
    explicit = (
        m["qyear"] or m["qyear2"] or (m["qpre"] if m["qpre"] and m["qpre"].isdigit() else None)
    )
    relative = (
        m["qrel"]
        or m["qrel2"]
        or (m["qpre"].split()[0] if m["qpre"] and not m["qpre"].isdigit() else None)
    )
    if word in ("final", "last"):
        if not (explicit or relative):
            return None, None  # "the last quarter" alone is handled as the previous quarter
        word = "fourth"
    year = int(explicit) if explicit else None
    if relative and pub is not None:
        year = pub.year + {"last": -1, "this": 0, "next": 1, "the": 0}[relative.lower()]
    return _QORD[word], year


_HALF_PATTERN = (
    r"(?i:(?<![\w-])(?:the\s+)?(?P<hord>first|second|1st|2nd|latter|last)\s+half\s+of\s+"
    rf"(?:(?P<hrel>the|this|last|next)\s+year|(?P<hyear>{w.YEAR_NUM})|(?:the\s+month\s+of\s+)?"
    rf"(?P<hmonth>{w.month_names()[1]})(?:,?\s+(?P<hmyear>{w.YEAR_NUM}))?)(?![\w-]))"
    rf"|(?<![\w-])H(?P<hn>[12])\s+(?P<hyear2>{w.YEAR_NUM})(?![\w-])"
)


def resolve_half(m: re.Match[str], ctx: Context) -> Resolved | None:
    text, pub = m.group(), ctx.published
    half = int(m["hn"]) if m["hn"] else 1 if m["hord"].lower() in ("first", "1st") else 2
    if m["hyear"] or m["hyear2"]:
        return resolved(text, half_span(int(m["hyear"] or m["hyear2"]), half), "half-year")
    if pub is None and not m["hmyear"]:
        return unresolved_relative(text)
    if m["hrel"]:
        assert pub is not None
        year = pub.year + {"last": -1, "this": 0, "next": 1, "the": 0}[m["hrel"].lower()]
        return resolved(text, half_span(year, half), "half of a year relative to publication", True)
    month = w.month_number(m["hmonth"])
    if m["hmyear"]:
        span = month_span(int(m["hmyear"]), month)
    else:
        assert pub is not None
        candidates = [month_span(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
        span, _ = choose_occurrence(candidates, pub, tense(ctx, m.start(), m.end()))
    middle = span.start + timedelta(days=14)
    part = (span.start, middle) if half == 1 else (middle + timedelta(days=1), span.end)
    return resolved(text, DateSpan(*part, Precision.MONTH), "half of a month", not m["hmyear"])


_WEEK_OF_PATTERN = (
    r"(?i:(?<![\w-])(?:the\s+)?(?P<wn>first|second|third|fourth|last|final)\s+week\s+of\s+"
    rf"(?P<wmonth>{w.month_names()[1]})(?:,?\s+(?P<wyear>{w.YEAR_NUM}))?(?![\w-]))"
)


def resolve_week_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month, pub = w.month_number(m["wmonth"]), ctx.published
    if m["wyear"]:
        span = month_span(int(m["wyear"]), month)
    elif pub is None:
        return unresolved_relative(m.group())
    else:
        candidates = [month_span(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
        span, _ = choose_occurrence(candidates, pub, tense(ctx, m.start(), m.end()))
    which = m["wn"].lower()
    if which in ("last", "final"):
        start, end = span.end - timedelta(days=6), span.end
    else:
        index = ["first", "second", "third", "fourth"].index(which)
        start = span.start + timedelta(days=7 * index)
        end = start + timedelta(days=6)
    return resolved(
        m.group(), DateSpan(start, end, Precision.WEEK), "week of a month", not m["wyear"]
    )


_YEAR_END_PATTERN = (
    rf"(?i:(?<![\w-])(?:(?P<yepre>{w.YEAR_NUM}|the|this|last|next)\s+)?(?P<yeu>year|month)"
    r"[-\s]end(?![\w-]))"
)


def resolve_year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    prefix = (m["yepre"] or "").lower()
    if prefix.isdigit():
        return resolved(m.group(), day_span(date(int(prefix), 12, 31)), "last day of the year")
    if ctx.published is None:
        return unresolved_relative(m.group())
    offset = {"last": -1, "next": 1}.get(prefix, 0)
    pub = ctx.published
    if m["yeu"].lower() == "year":
        if not prefix and tense(ctx, m.start(), m.end()) in ("past", "report"):
            offset = -1 if pub < date(pub.year, 12, 31) else 0  # "since year-end"
        day = date(pub.year + offset, 12, 31)
    else:
        shifted = (
            month_span(pub.year, pub.month) if offset == 0 else shift_unit(pub, "month", offset)
        )
        day = month_end(shifted.start.year, shifted.start.month)
    return resolved(m.group(), day_span(day), f"the last day of the {m['yeu'].lower()}", True)


_HOLIDAYS = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's eve": (12, 31)}
_HOLIDAY_PATTERN = (
    r"(?<![\w-])(?P<hol>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s\s+(?:Day|Eve))"
    rf"(?:,?\s+(?P<holyear>{w.YEAR_NUM}))?(?![\w-])"
)


def resolve_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    key = re.sub(r"\s+", " ", m["hol"].lower().replace("’", "'")).replace(" day", "")
    month, day = _HOLIDAYS.get(key, (1, 1))
    if m["holyear"]:
        return resolved(m.group(), day_span(date(int(m["holyear"]), month, day)), "fixed holiday")
    if ctx.previous_word(m.start()) not in DATE_PREPS | {"at", "over"}:
        return None  # "Christmas trees", "New Year's resolutions"
    if ctx.published is None:
        return unresolved_relative(m.group())
    pub = ctx.published
    candidates = [day_span(date(y, month, day)) for y in (pub.year - 1, pub.year, pub.year + 1)]
    span, why = choose_occurrence(candidates, pub, tense(ctx, m.start(), m.end()))
    return resolved(m.group(), span, f"fixed holiday; {why}", relative=True)


_VAGUE_PATTERN = (
    r"(?i:(?<![\w-])(?:recently|lately|recent\s+(?:days|weeks|months|years|times)|"
    r"(?<!most\s)(?<!more\s)recent(?=\s+[A-Za-z])(?!\s+(?:past|history|memory)\b)|"
    r"the\s+(?:near\s+|distant\s+|not-too-distant\s+|recent\s+)?(?:past|future)|"
    r"(?:the\s+)?(?:coming|next\s+few|past\s+few|last\s+few|last\s+several|past\s+several)\s+"
    r"(?:days|weeks|months|years|decades))(?![\w-]))"
)


def resolve_vague(m: re.Match[str], ctx: Context) -> Resolved | None:
    if re.match(r"^\s+of\b", ctx.after(m.end(), 5)):
        return None  # "the future of relations": a topic, not a time
    return resolved(m.group(), None, "vague reference to past or future: no interval", True)


_ROLLING_PATTERN = (
    r"(?i:(?<![\w-])(?:the\s+)?(?P<rdir>past|last|previous|next|coming)\s+"
    rf"(?P<rn>{w.NUMBER_ALT})\s+(?P<ru>hour|day|week|month|year)s?(?![\w-]))"
)


def resolve_rolling(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The past 24 hours", "the next three weeks": a window that ends (or starts) at
    publication, known to the unit it is counted in."""
    amount = w.number_value(m["rn"])
    if amount is None or amount == 0:
        return resolved(m.group(), None, "vague amount of time: no interval", relative=True)
    if ctx.published is None:
        return unresolved_relative(m.group())
    pub, unit = ctx.published, m["ru"].lower()
    back = m["rdir"].lower() in ("past", "last", "previous")
    if unit in ("hour", "day", "week"):
        days = {"hour": max(1, round(amount / 24)), "day": amount - 1, "week": 7 * amount - 1}[unit]
        other = pub - timedelta(days=days) if back else pub + timedelta(days=days)
    else:
        months = amount * (12 if unit == "year" else 1)
        other = add_months(pub, -months if back else months)
    start, end = (other, pub) if back else (pub, other)
    precision = Precision.DAY if unit == "hour" else Precision(unit)
    why = f"{amount} {unit}(s) {'up to' if back else 'from'} publication {pub.isoformat()}"
    return resolved(m.group(), DateSpan(start, end, precision), why, relative=True)


def english_period_rules() -> list[Rule]:
    season_names = ["spring", "summer", "autumn", "fall", "winter"]
    seasons = words_core(*season_names)
    # The words each pattern may start with (`dates_rules.leads`), from the start of the pattern.
    modifiers = ["this", "last", "next", "coming", "past"]
    ordinals = ["first", "second", "third", "fourth", "final", "last"]
    return [
        Rule(
            "season",
            re.compile(_SEASON_PATTERN),
            resolve_season,
            3,
            seasons,
            prefix_chars=28,
            leads=leads(modifiers, "the", w.FUZZ_LEADS, season_names),
        ),
        Rule(
            "rolling",
            re.compile(_ROLLING_PATTERN),
            resolve_rolling,
            4,
            w.UNIT_CORE,
            36,
            leads=leads("the", "past", "last", "previous", "next", "coming"),
            core_words=w.unit_words("hour", "day", "week", "month", "year", plural=True),
        ),
        Rule(
            "quarter",
            re.compile(_QUARTER_PATTERN),
            resolve_quarter,
            3,
            in_words(
                re.compile(
                    literal_alternation(["quarter", "Quarter", "QUARTER", "Q1", "Q2", "Q3", "Q4"])
                )
            ),
            prefix_chars=26,
            leads=leads("next", "last", "this", "the", "that", ordinals, "Q1", digits=True),
        ),
        Rule(
            "half",
            re.compile(_HALF_PATTERN),
            resolve_half,
            3,
            in_words(re.compile(literal_alternation(["half", "Half", "HALF", "H1", "H2"]))),
            prefix_chars=12,
            leads=leads("the", "first", "second", "latter", "last", "H1", digits=True),
        ),
        Rule(
            "week_of_month",
            re.compile(_WEEK_OF_PATTERN),
            resolve_week_of_month,
            4,
            w.UNIT_CORE,
            prefix_chars=12,
            leads=leads("the", ordinals),
            core_words=w.unit_words("week"),
        ),
        Rule(
            "year_end",
            re.compile(_YEAR_END_PATTERN),
            resolve_year_end,
            3,
            # The pattern holds "end" only after "year" or "month" (other hits: "spend", "defend").
            words_core("end", suffix=r"(?:(?<=(?i:year)[-\s]...)|(?<=(?i:month)[-\s]...))"),
            prefix_chars=12,
            leads=leads("the", "this", "last", "next", "year", "month", digits=True),
        ),
        Rule(
            "holiday",
            re.compile(_HOLIDAY_PATTERN),
            resolve_holiday,
            3,
            starts_in_words(re.compile(r"Christmas|New\s+Year"), ["Christmas", "New"]),
            prefix_chars=0,
            leads=leads("Christmas", "New"),
        ),
        Rule(
            "vague",
            re.compile(_VAGUE_PATTERN),
            resolve_vague,
            1,
            words_core(
                "recently", "lately", "recent", "past", "future", "coming", "few", "several"
            ),
            prefix_chars=22,
            leads=leads("recently", "lately", "recent", "the", "coming", "next", "past", "last"),
        ),
    ]
