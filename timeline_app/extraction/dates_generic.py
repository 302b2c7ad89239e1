"""Rules for languages other than English, compiled from the language's `Lexicon` (dateparser's
month, weekday and relative-word data): "18. November 2025", "18 de noviembre de 2025",
"18 ноября 2025 года", "im März", "am Dienstag", "la semaine dernière", "vor 3 Tagen".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.domain.model import DateSpan, Precision
from timeline_app.extraction.dates_generic_nearby import alternation, nearby_rules
from timeline_app.extraction.dates_lexicon import Lexicon
from timeline_app.extraction.dates_rules import (
    Context,
    Resolved,
    Rule,
    choose_occurrence,
    leads,
    literal_alternation,
    resolved,
    tense,
    unresolved_relative,
    words_core,
)
from timeline_app.extraction.dates_spans import (
    day_span,
    describe_day,
    month_span,
    part_of,
    season_span,
    shift_unit,
    weekday_on_or_after,
    weekday_on_or_before,
    year_span,
)

_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
# Words for the fuzzy parts of a month or year ("Ende August", "fin août", "в конце августа").
_FUZZ_WORDS = {
    "anfang": "beginning",
    "mitte": "mid",
    "ende": "end",
    "début": "beginning",
    "fin": "end",
    "mi": "mid",
    "principios": "beginning",
    "mediados": "mid",
    "finales": "end",
    "начале": "beginning",
    "середине": "mid",
    "конце": "end",
    "початку": "beginning",
    "середині": "mid",
    "кінці": "end",
    "наприкінці": "end",
    "напочатку": "beginning",
}
# The full stop of an abbreviated month ("21 nov. 2025"), not one that ends the sentence after the
# month ("visitó Kiev el 18 de noviembre. En primavera…").
_ABBREVIATION_DOT = r"(?:\.(?!\s*$|(?-i:\s+[A-ZÀ-ÞА-ЯЁЄІЇҐ])))?"
# Seasons as adverbs of time, with the preposition that makes them one ("im Frühjahr", "au
# printemps", "en primavera"); Russian and Ukrainian use the bare instrumental ("весной", "навесні").
# A bare "Sommer" or "printemps" is as often a name or a topic ("le Printemps arabe").
_SEASONS = {
    "de": {
        "im frühjahr": "spring",
        "im frühling": "spring",
        "im sommer": "summer",
        "im herbst": "autumn",
        "im winter": "winter",
    },
    "fr": {
        "au printemps": "spring",
        "en été": "summer",
        "en automne": "autumn",
        "à l'automne": "autumn",
        "à l’automne": "autumn",
        "en hiver": "winter",
    },
    "es": {
        "en primavera": "spring",
        "en verano": "summer",
        "en otoño": "autumn",
        "en invierno": "winter",
        "en la primavera": "spring",
        "en el verano": "summer",
        "en el otoño": "autumn",
        "en el invierno": "winter",
    },
    "ru": {"весной": "spring", "летом": "summer", "осенью": "autumn", "зимой": "winter"},
    "uk": {
        "навесні": "spring",
        "весною": "spring",
        "влітку": "summer",
        "улітку": "summer",
        "восени": "autumn",
        "взимку": "winter",
        "узимку": "winter",
        "зимою": "winter",
    },
}
# "In der Nacht zu Mittwoch", "в ночь на среду", "в ніч на середу": the night that ends on that
# day, so the evening before and the day itself (as English "overnight"). French writes both days
# ("dans la nuit de lundi à mardi"), which the range rule of `dates.py` reads.
_NIGHT_BEFORE = {
    "de": (r"(?:in\s+der\s+)?nacht\s+(?:zu[mr]?|auf)\s+(?:den\s+)?", ("in", "nacht"), "nacht"),
    "ru": (r"(?:в\s+|во\s+)?ночь\s+на\s+", ("в", "во", "ночь"), "ночь"),
    "uk": (r"(?:в\s+|у\s+)?ніч\s+(?:на|проти)\s+", ("в", "у", "ніч"), "ніч"),
}
# Forms that are more often an ordinary word than a date: Russian "среда" is also "environment".
_AMBIGUOUS = {"ru": {"среда", "среды"}, "es": {"mañana"}, "fr": {"mars"}}


# "am 16. und 17. November", "les 16 et 17 novembre", "16-17 ноября": two days of one month.
_FIRST_DAY = r"(?:(?P<day0>[12]\d|3[01]|0?[1-9])\.?(?:\s*[-–]\s*|\s+(?:und|et|y|и|і|та)\s+)(?=\d))?"


def generic_rules(lex: Lexicon) -> list[Rule]:
    months = alternation(lex.months)
    full_months = alternation(lex.full_months)
    weekdays = alternation(w for w in lex.weekdays if w not in _AMBIGUOUS.get(lex.language, ()))
    year_words = alternation(lex.year_words) if lex.year_words else "(?!)"
    preps = alternation(lex.prepositions) if lex.prepositions else "(?!)"
    fuzz = alternation(_FUZZ_WORDS)
    month_core = words_core(*lex.months)
    # The words each pattern may start with (`dates_rules.leads`), from the start of the pattern.
    fuzz_or_prep = [*_FUZZ_WORDS, *lex.prepositions]
    rules = [
        Rule(
            "g_day_month",
            re.compile(
                rf"(?i:(?<![\w$€£.,/-]){_FIRST_DAY}(?P<day>[12]\d|3[01]|0?[1-9])(?:\.|er|º|-?го)?\s*"
                r"(?:de\s+)?"
                rf"(?P<month>{months}){_ABBREVIATION_DOT}(?![\w])(?:,?\s*(?:de\s+|del\s+)?(?P<year>{_YEAR})"
                rf"(?![\d%])(?:\s*(?:{year_words})(?!\w))?)?)"
            ),
            _resolve_day_month,
            5,
            month_core,
            leads=leads(digits=True),
        ),
        Rule(
            "g_month",
            re.compile(
                rf"(?i:(?<!\w)(?:(?P<fz>{fuzz})(?:\s+|-)(?:de\s+|d['’])?|(?P<prep>{preps})\s+)?"
                rf"(?P<x>(?P<month>{full_months})(?!\w)(?:,?\s*(?:de\s+|del\s+)?(?P<year>{_YEAR})"
                rf"(?![\d%])(?:\s*(?:{year_words})(?!\w))?)?))"
            ),
            _resolve_month,
            4,
            month_core,
            leads=leads(fuzz_or_prep, lex.months),
        ),
        Rule(
            "g_year",
            re.compile(
                rf"(?i:(?<![\w$€£.,])(?:(?P<fz>{fuzz})\s+|(?P<prep>{preps})\s+)?"
                rf"(?P<x>(?P<year>{_YEAR})(?![\w%]|[.,]\d)(?P<yw>\s*(?:{year_words})(?!\w))?))"
            ),
            _resolve_year,
            2,
            re.compile(r"(?:1[5-9]|2[01])\d\d"),
            leads=leads(fuzz_or_prep, digits=True),
        ),
    ]
    seasons = _SEASONS.get(lex.language[:2].lower(), {})
    if seasons:
        rules.append(_season_rule(seasons, year_words))
    night = _NIGHT_BEFORE.get(lex.language[:2].lower())
    if weekdays and night is not None:
        rules.append(_night_rule(night, weekdays, months))
    code = lex.language[:2].lower()
    rules += nearby_rules(code)
    if weekdays:
        rules.append(
            Rule(
                "g_weekday",
                re.compile(rf"(?i:(?<!\w)(?P<wd>{weekdays})(?!\w))"),
                _resolve_weekday,
                3,
            )
        )
    if lex.relative:
        relative = alternation(lex.relative)
        rules.append(
            Rule(
                "g_relative", re.compile(rf"(?i:(?<!\w)(?:{relative})(?!\w))"), _resolve_relative, 3
            )
        )
    if lex.ago_patterns:
        rules.append(_ago_rule(lex))
    return rules


def _season_rule(seasons: dict[str, str], year_words: str) -> Rule:
    """ "im Frühjahr", "au printemps 2024", "весной 2024 года": a season, of the year given or, without
    one, the occurrence the clause's tense points to (no cue: the latest begun, as news reports)."""
    pattern = re.compile(
        rf"(?i:(?<!\w)(?P<season>{alternation(seasons)})(?!\w)"
        rf"(?:\s+(?:de\s+)?(?P<year>{_YEAR})(?![\d%])(?:\s*(?:{year_words})(?!\w))?)?)"
    )

    def resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
        season = seasons[m["season"].lower()]
        if m["year"]:
            return resolved(m.group(), season_span(int(m["year"]), season), "explicit season")
        if ctx.published is None:
            return unresolved_relative(m.group())
        pub = ctx.published
        candidates = [season_span(y, season) for y in range(pub.year - 2, pub.year + 2)]
        mode = tense(ctx, m.start(), m.end()) or "report"
        span, why = choose_occurrence(candidates, pub, mode)
        return resolved(m.group(), span, f"{season}: {why}", relative=True)

    last_words = {form.split()[-1] for form in seasons}
    first_words = [form.split()[0] for form in seasons]
    core = words_core(*last_words)
    return Rule("g_season", pattern, resolve, 4, core, 12, leads=leads(first_words))


def _resolve_day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    outcome = _day_month(m, ctx)
    if outcome is None or not m["day0"] or outcome.span is None:
        return outcome
    first, span = int(m["day0"]), outcome.span
    if first >= span.start.day:
        return None  # "3-2 ноября" is no pair of days; a score or a count reads so
    days = DateSpan(span.start.replace(day=first), span.end, Precision.DAY)
    return resolved(m.group(), days, f"two days of one month; {outcome.explanation}", True)


def _day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month, day = ctx.lex.months[m["month"].lower()], int(m["day"])
    if m["year"]:
        try:
            return resolved(m.group(), day_span(date(int(m["year"]), month, day)), "explicit date")
        except ValueError:
            return None
    if ctx.published is None:
        return unresolved_relative(m.group())
    candidates = []
    for year in (ctx.published.year - 1, ctx.published.year, ctx.published.year + 1):
        try:
            candidates.append(day_span(date(year, month, day)))
        except ValueError:
            continue
    if not candidates:
        return None
    span, why = choose_occurrence(candidates, ctx.published, tense(ctx, m.start(), m.end()))
    return resolved(m.group(), span, f"no year given; {why}", relative=True)


def _resolve_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not (m["fz"] or m["prep"] or m["year"]):
        return None
    if m["month"].lower() in _AMBIGUOUS.get(ctx.lex.language, ()) and not (m["year"] or m["prep"]):
        return None
    month = ctx.lex.months[m["month"].lower()]
    if m["year"]:
        span, why, relative = month_span(int(m["year"]), month), "explicit month", False
    elif ctx.published is None:
        return unresolved_relative(m["x"])
    else:
        pub = ctx.published
        candidates = [month_span(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
        span, why = choose_occurrence(candidates, pub, tense(ctx, m.start(), m.end()))
        relative = True
    if m["fz"]:
        part = _FUZZ_WORDS[m["fz"].lower()]
        return resolved(
            m.group(), part_of(span, part), f"{part} part of the month; {why}", relative
        )
    return resolved(m["x"], span, why, relative)


def _resolve_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not (m["fz"] or m["prep"] or m["yw"]):
        return None
    span = year_span(int(m["year"]))
    if m["fz"]:
        part = _FUZZ_WORDS[m["fz"].lower()]
        return resolved(m.group(), part_of(span, part), f"{part} part of the year")
    return resolved(m["x"], span, "explicit year")


def _resolve_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.published is None:
        return unresolved_relative(m.group())
    day, why = _weekday(m, ctx, ctx.published)
    return resolved(m.group(), day_span(day), why, relative=True)


def _weekday(m: re.Match[str], ctx: Context, pub: date) -> tuple[date, str]:
    """The day the weekday `m["wd"]` names: ahead after a future cue or in a present-tense
    clause ("Am Freitag treffen sich…": see `dates_tense`), else the latest one."""
    weekday = ctx.lex.weekdays[m["wd"].lower()]
    mode = tense(ctx, m.start(), m.end())
    if mode in ("future", "present"):
        day = weekday_on_or_after(pub, weekday)
        return day, f"next such day on or after publication {describe_day(pub)}, {mode} tense"
    day = weekday_on_or_before(pub, weekday)
    return day, f"latest such day on or before publication {describe_day(pub)}, past tense"


def _night_rule(night: tuple[str, tuple[str, ...], str], weekdays: str, months: str) -> Rule:
    """ "In der Nacht zu Mittwoch", "в ночь на 17 ноября": from the evening before into that day
    (see `_NIGHT_BEFORE`)."""
    opening, first_words, word = night
    pattern = re.compile(
        rf"(?i:(?<!\w){opening}(?:(?P<wd>{weekdays})|(?P<day>[12]\d|3[01]|0?[1-9])\.?\s*"
        rf"(?P<month>{months})(?!\w)(?:\s+(?P<year>{_YEAR})(?!\d))?)(?!\w))"
    )

    def resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
        if m["wd"] is None:
            dated = _day_month(m, ctx)
            if dated is None or dated.span is None:
                return dated
            day, why = dated.span.start, dated.explanation
        elif ctx.published is None:
            return unresolved_relative(m.group())
        else:
            day, why = _weekday(m, ctx, ctx.published)
        span = DateSpan(day - timedelta(days=1), day, Precision.DAY)
        return resolved(m.group(), span, f"the night before; {why}", relative=True)

    core = words_core(word)
    return Rule("g_night", pattern, resolve, 4, core, 14, leads=leads(first_words))


def _resolve_relative(m: re.Match[str], ctx: Context) -> Resolved | None:
    phrase = m.group()
    key = phrase.lower()
    if key in ctx.lex.case_sensitive and phrase != key:
        return None  # German "Morgen" (the morning) versus "morgen" (tomorrow)
    if key in _AMBIGUOUS.get(ctx.lex.language, ()) and ctx.previous_word(m.start()) in (
        "la",
        "una",
        "cada",
        "por",
    ):
        return None  # "por la mañana": in the morning
    if ctx.published is None:
        return unresolved_relative(phrase)
    unit, offset = ctx.lex.relative[key]
    pub = ctx.published
    if unit == "now":
        return resolved(phrase, day_span(pub), "the present: the publication date", True)
    if unit == "night":  # "ночью", "вночі": the night into publication day, as "overnight"
        span = DateSpan(pub - timedelta(days=1), pub, Precision.DAY)
        return resolved(phrase, span, "the night before publication", True)
    if unit == "fortnight":
        start, end = sorted((pub, pub + timedelta(days=14 * offset)))
        return resolved(phrase, DateSpan(start, end, Precision.WEEK), "fortnight", True)
    span = shift_unit(pub, unit, offset)
    return resolved(phrase, span, f"{offset:+d} {unit} from publication {pub.isoformat()}", True)


def _ago_rule(lex: Lexicon) -> Rule:
    """One rule for all of the language's "N days ago" / "in N weeks" patterns: each is a named
    alternative whose name says its unit and direction."""
    alternatives = []
    meaning: dict[str, tuple[str, int]] = {}
    # News writes small numbers out ("vor zwei Tagen", "hace dos días"). Only looking back: "за два
    # дні" and "in zwei Tagen" also read "over two days", "within two days".
    words = alternation(lex.number_words) if lex.number_words else ""
    for index, (pattern, unit, sign) in enumerate(lex.ago_patterns):
        if words and sign < 0:
            pattern = pattern.replace(r"(\d{1,3})", rf"(\d{{1,3}}|{words})", 1)
        alternatives.append(f"(?P<a{index}>{pattern.replace('(', f'(?P<n{index}>', 1)})")
        meaning[f"a{index}"] = (unit, sign)
    compiled = re.compile(rf"(?i:(?<!\w)(?:{'|'.join(alternatives)})(?!\w))")
    core = r"\d{1,3}"
    if words:
        forms = {f for w in lex.number_words for f in (w, w[:1].upper() + w[1:], w.upper())}
        core += "|" + literal_alternation(forms)

    def resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
        name = next(n for n in meaning if m[n] is not None)
        unit, sign = meaning[name]
        if ctx.published is None:
            return unresolved_relative(m.group())
        number = m["n" + name[1:]]
        amount = int(number) if number.isdigit() else lex.number_words[number.lower()]
        if unit == "year":
            span = year_span(ctx.published.year + sign * amount)
        else:
            span = shift_unit(ctx.published, unit, sign * amount)
        why = f"{amount} {unit}(s) {'before' if sign < 0 else 'after'} publication"
        return resolved(m.group(), span, why, relative=True)

    return Rule("g_ago", compiled, resolve, 4, re.compile(core), 24)
