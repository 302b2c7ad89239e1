"""English rules for explicit and partial calendar dates: "18 November 2025", "Nov. 18",
"March 2022", "in August", "in 2024", "2019-2021", "the 1990s", "the 20th century", "11/18/2025".

Relative expressions (weekdays, "last week", seasons, quarters...) are in `dates_english_relative`.
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.domain.model import DateSpan, Precision
from timeline_app.extraction import dates_en_words as w
from timeline_app.extraction.dates_en_words import DATE_PREPS, YEAR_NOUNS, YEAR_TRAP_PREV
from timeline_app.extraction.dates_rules import (
    Context,
    Resolved,
    Rule,
    choose_occurrence,
    in_words,
    leads,
    resolved,
    tense,
    unresolved_relative,
    words_core,
)
from timeline_app.extraction.dates_spans import (
    day_span,
    month_span,
    part_of,
    year_span,
)


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (long lists stay compact)."""
    return frozenset(words.split())


_WD_PREFIX = r"(?:(?P<wd>{wd}),?\s+(?:the\s+)?)?"
_AMOUNT_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s*cent|million|billion|thousand|points?\b|-point|-year|-day|km|kilo)",
    re.IGNORECASE,
)


def _month_day_pattern() -> str:
    _, _, month_any = w.month_names()
    _, _, wd_any = w.weekday_names()
    day = rf"(?P<day>{w.DAY_NUM}|{w.ORD_ALT})"
    day2 = rf"(?:\s*(?:-|–|to|through|and|until)\s*(?P<day2>{w.DAY_NUM}))?"
    year = rf"(?:,?\s+(?P<year>{w.YEAR_NUM})(?![\d%]))?"
    return (
        rf"(?<![\w$€£]){_WD_PREFIX.format(wd=wd_any)}(?P<month>{month_any})\s+(?:the\s+)?"
        rf"{day}{day2}{year}"
    )


def _day_month_pattern() -> str:
    _, _, month_any = w.month_names()
    _, _, wd_any = w.weekday_names()
    day = rf"(?P<day>{w.DAY_NUM}|(?<=the\s)(?:{w.ORD_ALT}))"
    day2 = rf"(?:\s*(?:-|–|to|and|until|through)\s*(?P<day2>{w.DAY_NUM}))?"
    year = rf"(?:,?\s+(?P<year>{w.YEAR_NUM})(?![\d%]))?"
    return (
        rf"(?<![\w$€£.,/-]){_WD_PREFIX.format(wd=wd_any)}(?:the\s+)?{day}{day2}\s+(?:of\s+)?"
        rf"(?P<month>{month_any})(?!\w){year}"
    )


def resolve_month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    text = m.group()
    if _AMOUNT_AFTER.match(ctx.after(m.end(), 12)):
        return None
    month, day = w.month_number(m["month"]), w.day_value(m["day"])
    day2 = w.day_value(m["day2"]) if m["day2"] else day
    if day2 < day:
        return None
    weekday = w.weekday_number(m["wd"]) if m["wd"] else None
    if m["year"]:
        return _explicit_day(text, int(m["year"]), month, day, day2)
    if ctx.published is None:
        return unresolved_relative(text)
    candidates = []
    for year in (ctx.published.year - 1, ctx.published.year, ctx.published.year + 1):
        first, last = w.valid_date(year, month, day), w.valid_date(year, month, day2)
        if first and last and (weekday is None or first.weekday() == weekday):
            candidates.append(DateSpan(first, last, Precision.DAY))
    if not candidates:
        return None if weekday is None else _month_day_ignoring_weekday(m, ctx, month, day, day2)
    span, why = choose_occurrence(candidates, ctx.published, tense(ctx, m.start(), m.end()))
    return resolved(text, span, f"no year given; {why}", relative=True)


def _month_day_ignoring_weekday(
    m: re.Match[str], ctx: Context, month: int, day: int, day2: int
) -> Resolved | None:
    assert ctx.published is not None
    first = w.valid_date(ctx.published.year, month, day)
    last = w.valid_date(ctx.published.year, month, day2)
    if not (first and last):
        return None
    why = "no year given and the weekday fits no nearby year; publication year assumed"
    return resolved(m.group(), DateSpan(first, last, Precision.DAY), why, relative=True)


def _explicit_day(text: str, year: int, month: int, day: int, day2: int) -> Resolved | None:
    first, last = w.valid_date(year, month, day), w.valid_date(year, month, day2)
    if first is None or last is None:
        return None
    return resolved(text, DateSpan(first, last, Precision.DAY), "explicit date")


def _month_year_pattern() -> str:
    _, _, month_any = w.month_names()
    return (
        rf"(?<![\w$€£])(?:{w.FUZZ})?(?P<month>{month_any}),?\s+(?:of\s+)?"
        rf"(?P<year>{w.YEAR_NUM})(?![\w%]|[.,]\d)"
    )


def resolve_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    span = month_span(int(m["year"]), w.month_number(m["month"]))
    part = w.fuzz_part(m["fuzz"])
    if part:
        return resolved(m.group(), part_of(span, part, ctx.published), f"{part} part of the month")
    return resolved(m.group(), span, "explicit month")


def _month_pattern() -> str:
    _, month_full, _ = w.month_names()
    mod = r"(?P<mmod>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Cc]oming|[Pp]ast)"
    return (
        rf"(?<![\w$€£])(?:{mod}\s+|{w.FUZZ})?(?P<month>{month_full})(?![\w-])"
        r"(?P<rely>\s+(?:of\s+)?(?:last|this|next|that|the\s+same)\s+year)?"
    )


def resolve_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    text, month = m.group(), w.month_number(m["month"])
    if not (m["mmod"] or m["fuzz"] or m["rely"]) and not _bare_month_is_date(m, ctx):
        return None
    if ctx.published is None:
        return unresolved_relative(text)
    pub = ctx.published
    if m["rely"] and m["rely"].split()[-2].lower() in ("that", "same"):
        # "in May of that year": the year of the date before it ("in the first half of 2024").
        anchor = ctx.anchor_for(m.start())
        if anchor is None or anchor.start.year != anchor.end.year:
            return resolved(text, None, "the year of an earlier date that was not resolved", True)
        span = month_span(anchor.start.year, month)
        why = f"{m['rely'].strip()}: the year of the previous date {anchor.start.year}"
    elif m["rely"]:
        offset = {"last": -1, "this": 0, "next": 1}[m["rely"].split()[-2].lower()]
        span, why = month_span(pub.year + offset, month), f"{m['rely'].strip()} of publication"
    else:
        span, why = _month_occurrence(m, ctx, month)
    part = w.fuzz_part(m["fuzz"])
    if part:
        span, why = part_of(span, part, pub), f"{part} part of the month; {why}"
    return resolved(text, span, why, relative=True)


def _month_occurrence(m: re.Match[str], ctx: Context, month: int) -> tuple[DateSpan, str]:
    assert ctx.published is not None
    pub, mod = ctx.published, (m["mmod"] or "").lower().split()
    if mod and mod[-1] == "this" or mod == ["this"]:
        return month_span(pub.year, month), "this year's"
    if mod and mod[0] in ("last", "past") or mod == ["this", "past"]:
        year = pub.year if month < pub.month else pub.year - 1
        return month_span(year, month), "latest before the publication month"
    if mod and (mod[0] == "next" or mod[-1] == "coming"):
        year = pub.year if month > pub.month else pub.year + 1
        return month_span(year, month), "next after the publication month"
    candidates = [month_span(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
    mode = tense(ctx, m.start(), m.end())
    if mode == "past" and _attributive(ctx.after(m.end(), 30)):
        mode = "report"  # "orders for November transactions": the verb dates another event
    return choose_occurrence(candidates, pub, mode)


_NEXT_WORD = re.compile(r"^[ \t]+([a-z]+)\b")
_FUNCTION_WORDS = _word_set(
    """the a an and or but to of in on at for by with as from into than that this these those
    it its he she they we i you his her their our there here who which when where while
    after before since until is was were are be been will would could should can may might
    must has have had do did does not also said says"""
)


def _attributive(after: str) -> bool:
    """A month used as a modifier ("November contracts", "the December quarter")."""
    word = _NEXT_WORD.match(after)
    if word is None:
        return False
    return word.group(1) not in _FUNCTION_WORDS and not word.group(1).endswith(("ed", "ly"))


def _bare_month_is_date(m: re.Match[str], ctx: Context) -> bool:
    """A month name alone is a date after a preposition; "May" and "March" need one (modal,
    verb); a name followed or preceded by a capitalised word is a person ("April Ryan")."""
    previous = ctx.previous_word(m.start())
    if previous in DATE_PREPS:
        return True
    if m["month"].lower() in ("may", "march"):
        return False
    before = ctx.before(m.start(), 30)
    after = ctx.after(m.end(), 30)
    if re.match(r"^\s+[A-Z][a-z]", after) or re.search(r"[A-Z][a-z]+\s+$", before):
        return False
    return not re.match(r"^\s*\d", after)


def _year_pattern() -> str:
    return (
        rf"(?:{w.FUZZ})?(?:(?P<fiscal>[Ff]iscal(?:\s+[Yy]ear)?|FY)\s*)?"
        rf"(?<![\w$€£#.,:/+])(?<!\d-)(?P<year>{w.YEAR_NUM})(?![\w%]|[.,]\d|-\d|/\d)"
        r"(?P<yend>-end|\s+year-end)?"
    )


def resolve_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not (m["fuzz"] or m["fiscal"] or m["yend"]) and not _bare_year_is_date(m, ctx):
        return None
    year, text = int(m["year"]), m.group()
    if m["yend"]:
        return resolved(text, day_span(date(year, 12, 31)), "the last day of the year")
    span = year_span(year)
    part = w.fuzz_part(m["fuzz"])
    if part:
        return resolved(text, part_of(span, part, ctx.published), f"{part} part of the year")
    why = "fiscal year (calendar year shown)" if m["fiscal"] else "explicit year"
    return resolved(text, span, why)


def _bare_year_is_date(m: re.Match[str], ctx: Context) -> bool:
    previous = ctx.previous_word(m.start())
    if previous in YEAR_TRAP_PREV or re.search(r"[$€£#]\s*$", ctx.before(m.start(), 3)):
        return False
    if previous in DATE_PREPS or previous.endswith("'s"):
        return True
    if re.search(r"\b[A-Z][a-z]+\s+$", ctx.before(m.start(), 20)):
        return False  # "Orion 1980", "Vision 2030": a name
    after = ctx.after(m.end(), 30)
    if _AMOUNT_AFTER.match(after) or re.match(r"^\s+\d", after):
        return False
    if re.match(r"""^(?:\s*[,.;:)!?"”'’]|\s*$|'s\b|’s\b|\s+[A-Z])""", after):
        return True
    next_word = re.match(r"^\s+([a-z]+)", after)
    return bool(next_word and next_word.group(1) in YEAR_NOUNS)


def _year_range_pattern() -> str:
    return (
        rf"(?:(?P<rfrom>[Bb]etween|[Ff]rom)\s+)?(?<![\w$€£#.,:/+])(?P<y1>{w.YEAR_NUM})"
        rf"\s*(?P<conn>-|–|—|to|and|until|through)\s*(?P<y2>{w.YEAR_NUM}|\d\d)(?![\w%]|[.,]\d)"
    )


def resolve_year_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if m["conn"] == "and" and not m["rfrom"] or not y1 < y2 <= y1 + 100:
        return None
    span = DateSpan(date(y1, 1, 1), date(y2, 12, 31), Precision.YEAR)
    return resolved(m.group(), span, "range of years")


# "on the 16th", "since the 3rd", "on the 16th and 17th": a day of a month the story does not name
# again (the month under discussion, else the one around publication). Only after a preposition
# and before punctuation or a joining word: "the 16th century", "the 16th floor" are no days.
_ORD_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_BARE_ORDINAL_DAY = (
    r"(?<![\w-])(?i:on|since|from|until|till|by|before|after)\s+"
    rf"(?P<x>the\s+(?P<day>{_ORD_DAY})(?:\s*(?:-|–|and|to|through)\s*(?:the\s+)?"
    rf"(?P<day2>{_ORD_DAY}))?)"
    r"(?=\s*[,.;:)!?\"”’]|\s*$|\s+(?:and|or|but|when|as|at|in|after|before|until)\b)"
)
_MONTH_REACH = 600  # characters over which a named month stays the month under discussion


def resolve_bare_ordinal_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The day in the month under discussion ("In October, … on the 16th"), else in the month
    of publication or the one before or after, chosen by tense like a day without a year."""
    day = int(m["day"][:-2])
    day2 = int(m["day2"][:-2]) if m["day2"] else day
    if day2 < day:
        return None
    text = m["x"]
    month = ctx.latest_for(Precision.MONTH, m.start(), across=_MONTH_REACH)
    if month is not None and month.start.day == 1 and month.start.month == month.end.month:
        first = w.valid_date(month.start.year, month.start.month, day)
        last = w.valid_date(month.start.year, month.start.month, day2)
        if first is None or last is None:
            return None
        why = f"day {day} of the month under discussion ({month.start:%B %Y})"
        return resolved(text, DateSpan(first, last, Precision.DAY), why, relative=True)
    if ctx.published is None:
        return unresolved_relative(text)
    candidates = []
    for shift in (-1, 0, 1):
        year, month_number = divmod(ctx.published.month - 1 + shift, 12)
        year += ctx.published.year
        first = w.valid_date(year, month_number + 1, day)
        last = w.valid_date(year, month_number + 1, day2)
        if first and last:
            candidates.append(DateSpan(first, last, Precision.DAY))
    if not candidates:
        return None
    span, why = choose_occurrence(candidates, ctx.published, tense(ctx, m.start(), m.end()))
    return resolved(text, span, f"no month given; {why}", relative=True)


def english_explicit_rules() -> list[Rule]:
    months = words_core(*w.month_names()[0], lower=False)
    year = in_words(re.compile(r"(?:1[5-9]|2[01])\d\d"))  # digits: inside a word
    # The words each pattern may start with (`dates_rules.leads`), from the start of the pattern.
    month_names, weekday_names = list(w.month_names()[0]), list(w.weekday_names()[0])
    month_modifiers = ["last", "this", "next", "coming", "past"]
    from timeline_app.extraction.dates_english_years import english_year_rules

    return [
        Rule(
            "month_day",
            re.compile(_month_day_pattern()),
            resolve_month_day,
            5,
            months,
            prefix_chars=20,
            leads=leads(weekday_names, month_names),
        ),
        Rule(
            "day_month",
            re.compile(_day_month_pattern()),
            resolve_month_day,
            5,
            months,
            prefix_chars=30,
            leads=leads(weekday_names, "the", w.ORDINAL_WORDS, digits=True),
        ),
        Rule(
            "month_year",
            re.compile(_month_year_pattern()),
            resolve_month_year,
            4,
            months,
            prefix_chars=30,
            leads=leads(w.FUZZ_LEADS, month_names),
        ),
        Rule(
            "month",
            re.compile(_month_pattern()),
            resolve_month,
            3,
            months,
            prefix_chars=30,
            leads=leads(month_modifiers, w.FUZZ_LEADS, month_names),
        ),
        Rule(
            "year_range",
            re.compile(_year_range_pattern()),
            resolve_year_range,
            4,
            year,
            prefix_chars=10,
            leads=leads("between", "from", digits=True),
        ),
        Rule(
            "year",
            re.compile(_year_pattern()),
            resolve_year,
            2,
            year,
            prefix_chars=40,
            leads=leads(w.FUZZ_LEADS, "fiscal", "FY", digits=True),
        ),
        Rule(
            "bare_ordinal_day",
            re.compile(_BARE_ORDINAL_DAY),
            resolve_bare_ordinal_day,
            3,
            in_words(re.compile(r"\d(?:st|nd|rd|th)")),
            prefix_chars=24,
            leads=leads("on", "since", "from", "until", "till", "by", "before", "after"),
        ),
        *english_year_rules(),
    ]
