"""Days near the story's day in languages other than English: the weekend ("am Wochenende", "ce
week-end", "в минувшие выходные") and the day before ("Tags zuvor", "la veille", "накануне"),
as English "at the weekend" and "the day before" (`dates_generic` adds these rules to its own).
"""

from __future__ import annotations

import re
from datetime import timedelta

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
from timeline_app.extraction.dates_spans import day_span, weekend_span

# "Am Wochenende", "ce week-end", "в минувшие выходные": the Saturday and Sunday, with the
# direction the words give (-1 the last one, +1 the next) or, for 0, the one the tense points to.
_WEEKENDS = {
    "de": {
        "am wochenende": 0,
        "übers wochenende": 0,
        "vergangenes wochenende": -1,
        "am vergangenen wochenende": -1,
        "letztes wochenende": -1,
        "am letzten wochenende": -1,
        "am kommenden wochenende": 1,
        "nächstes wochenende": 1,
        "am nächsten wochenende": 1,
    },
    "fr": {
        "ce week-end": 0,
        "ce weekend": 0,
        "le week-end dernier": -1,
        "le weekend dernier": -1,
        "le week-end prochain": 1,
        "le weekend prochain": 1,
    },
    "es": {
        "este fin de semana": 0,
        "el fin de semana": 0,
        "el pasado fin de semana": -1,
        "el fin de semana pasado": -1,
        "el próximo fin de semana": 1,
    },
    "ru": {
        "в выходные": 0,
        "на выходных": 0,
        "в эти выходные": 0,
        "в минувшие выходные": -1,
        "в прошедшие выходные": -1,
        "в прошлые выходные": -1,
        "на прошлых выходных": -1,
        "в следующие выходные": 1,
        "в ближайшие выходные": 1,
    },
    "uk": {
        "на вихідних": 0,
        "у вихідні": 0,
        "в вихідні": 0,
        "цих вихідних": 0,
        "у ці вихідні": 0,
        "минулих вихідних": -1,
        "на минулих вихідних": -1,
        "у минулі вихідні": -1,
        "в минулі вихідні": -1,
        "наступних вихідних": 1,
    },
}
# "Tags zuvor", "la veille", "накануне": the day before the story's day (as English "the day
# before"). The same words are also a preposition, "on the eve of" an event ("la veille du
# scrutin", "накануне визита"): then they name no day, so `_EVE_OF` rejects them.
_DAY_BEFORE = {
    "de": ("tags zuvor", "am tag zuvor", "am vortag", "am vorabend"),
    "fr": ("la veille",),
    "es": ("el día anterior", "la víspera"),
    "ru": ("накануне",),
    "uk": ("напередодні",),
}
# The word of each phrase above that every match holds: the cheap core the text is scanned for.
_KEYS = frozenset(
    ["wochenende", "week-end", "weekend", "semana", "выходные", "выходных", "вихідних", "вихідні"]
    + ["zuvor", "vortag", "vorabend", "veille", "anterior", "víspera", "накануне", "напередодні"]
)
# What follows the eve-of preposition: "de"/"des" or a noun in the genitive. For Russian and
# Ukrainian the genitive is told by its endings ("визита", "выборов", "зустрічі", "саміту"); a
# word with such an ending that is no genitive ("Россия") only costs a date, never gives a wrong one.
_EVE_OF = {
    "de": r"\s+(?:des|der)\b",
    "fr": r"\s+(?:de|du|des|d['’])",
    "es": r"\s+(?:de|del)\b",
    "ru": r"\s+\w*(?:а|я|ов|ев|ей|и|ых|их|ого|его|ой|ей)\b",
    "uk": r"\s+\w*(?:у|ю|а|я|і|ів|їв|ей|их|ого|ої)\b",
}


def alternation(words: object) -> str:
    items = sorted({str(x) for x in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(x) for x in items)


def nearby_rules(code: str) -> list[Rule]:
    """The weekend and day-before rules of the language `code` (none for a language without)."""
    rules = []
    if code in _WEEKENDS:
        rules.append(_weekend_rule(_WEEKENDS[code]))
    if code in _DAY_BEFORE:
        rules.append(_day_before_rule(_DAY_BEFORE[code], re.compile(_EVE_OF[code], re.I)))
    return rules


def _weekend_rule(phrases: dict[str, int]) -> Rule:
    """ "Am Wochenende", "ce week-end", "в минувшие выходные": Saturday and Sunday of the weekend
    the words name, else of the one the tense points to (as English "at the weekend")."""
    # "в выходные дни", "у вихідні дні": on days off, any of them, not one weekend.
    pattern = re.compile(rf"(?i:(?<!\w)(?:{alternation(phrases)})(?!\w)(?!\s+дн))")

    def resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
        if ctx.published is None:
            return unresolved_relative(m.group())
        pub = ctx.published
        this_one = weekend_span(pub)
        before = this_one if this_one.end < pub else weekend_span(pub - timedelta(days=7))
        after = this_one if this_one.start > pub else weekend_span(pub + timedelta(days=7))
        direction = phrases[" ".join(m.group().lower().split())]
        if direction == 0:
            future = tense(ctx, m.start(), m.end()) in ("future", "present")
            direction = 1 if future else -1
            if this_one.start <= pub:
                return resolved(m.group(), this_one, "the weekend of publication", True)
        span = after if direction > 0 else before
        why = "the next weekend after publication" if direction > 0 else "the last weekend"
        return resolved(m.group(), span, why, relative=True)

    first_words = [phrase.split()[0] for phrase in phrases]
    core = words_core(*{word for phrase in phrases for word in phrase.split() if word in _KEYS})
    return Rule("g_weekend", pattern, resolve, 4, core, 24, leads=leads(first_words))


def _day_before_rule(phrases: tuple[str, ...], eve_of: re.Pattern[str]) -> Rule:
    """ "Tags zuvor", "la veille", "накануне": the day before the story's day, or before
    publication when the paragraph names no day; nothing when the words say "on the eve of"."""
    pattern = re.compile(rf"(?i:(?<!\w)(?:{alternation(phrases)})(?!\w))")

    def resolve(m: re.Match[str], ctx: Context) -> Resolved | None:
        if eve_of.match(ctx.text, m.end()):
            return None
        story_day = ctx.day_before(m.start())
        if story_day is not None:
            day, why = story_day - timedelta(days=1), "the day before the previous date"
        elif ctx.published is None:
            return unresolved_relative(m.group())
        else:
            day, why = ctx.published - timedelta(days=1), "the day before publication"
        return resolved(m.group(), day_span(day), why, relative=True)

    first_words = [phrase.split()[0] for phrase in phrases]
    core = words_core(*{word for phrase in phrases for word in phrase.split() if word in _KEYS})
    return Rule("g_day_before", pattern, resolve, 4, core, 12, leads=leads(first_words))
