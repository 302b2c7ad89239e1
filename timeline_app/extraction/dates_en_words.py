"""English regex building blocks for the date finder: month and weekday names (from dateparser's
language data), day numbers, years, ordinals and the fuzzy modifiers ("early", "the end of").
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline_app.extraction.dates_lexicon import lexicon
from timeline_app.extraction.dates_rules import in_words, literal_alternation

ORDINAL_WORDS = {
    w: i + 1
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
            "twenty-first",
            "twenty-second",
            "twenty-third",
            "twenty-fourth",
            "twenty-fifth",
            "twenty-sixth",
            "twenty-seventh",
            "twenty-eighth",
            "twenty-ninth",
            "thirtieth",
            "thirty-first",
        ]
    )
}
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "a dozen": 12}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "a number of", "a couple of")
DECADE_WORDS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ]
    )
}

# Fuzzy part of a month/year/season/week; group "fuzz". "at"/"by" stay outside the expression.
FUZZ = (
    r"(?P<fuzz>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)\s+of(?:\s+the)?\s+"
    r"|(?:[Ee]arly|[Ll]ate|[Mm]id(?:dle)?|[Ee]arlier|[Ll]ater)(?:\s*-\s*|\s+)(?:in\s+)?|[Mm]id-?)"
)
# The words a FUZZ starts with (the lead words of `dates_rules.leads`).
FUZZ_LEADS = ["the", "very", "end", "beginning", "start", "middle", "early", "late", "mid"]
FUZZ_LEADS += ["earlier", "later"]
FUZZ_PART = {
    "end": "end",
    "close": "end",
    "beginning": "beginning",
    "start": "beginning",
    "middle": "mid",
    "mid": "mid",
    "early": "early",
    "late": "late",
    "earlier": "earlier",
    "later": "later",
}


def fuzz_part(fuzz: str | None) -> str | None:
    if not fuzz:
        return None
    for word in re.findall(r"[a-z]+", fuzz.lower()):
        if word in FUZZ_PART:
            return FUZZ_PART[word]
    return None


def _title_and_upper(words: list[str]) -> str:
    forms = sorted({f for w in words for f in (w.title(), w.upper())}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


@cache
def month_names() -> tuple[dict[str, int], str, str]:
    """(name → month, full-name alternation, any-name alternation incl. "Sept." abbreviations)."""
    lex = lexicon("en")
    names = {n: m for n, m in lex.months.items() if n.isalpha() and len(n) >= 3}
    full = [n for n in names if n in lex.full_months]
    abbrev = [n for n in names if n not in lex.full_months]
    full_alt = _title_and_upper(full)
    abbrev_alt = "|".join(f"(?:{re.escape(a.title())}|{re.escape(a.upper())})\\.?" for a in abbrev)
    return names, full_alt, f"{full_alt}|{abbrev_alt}"


@cache
def weekday_names() -> tuple[dict[str, int], str, str]:
    """(name → weekday 0-6, full-name alternation, alternation incl. dotted abbreviations)."""
    lex = lexicon("en")
    full = {n: d for n, d in lex.weekdays.items() if n.isalpha()}
    names = dict(full)
    dotted = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    for abbrev in dotted:
        names[abbrev] = next(d for n, d in full.items() if n.startswith(abbrev[:3]))
    full_alt = _title_and_upper(list(full))
    dotted_alt = "|".join(f"{a.title()}\\." for a in sorted(dotted, key=len, reverse=True))
    return names, full_alt, f"{full_alt}|{dotted_alt}"


def month_number(name: str) -> int:
    return month_names()[0][name.lower().rstrip(".")]


def weekday_number(name: str) -> int:
    return weekday_names()[0][name.lower().rstrip(".")]


DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[:.,]\d)"
ORD_ALT = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
YEAR_NUM = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"


_DIGITS = re.compile(r"\d+")


def day_value(token: str) -> int:
    token = token.lower()
    if token in ORDINAL_WORDS:
        return ORDINAL_WORDS[token]
    return int(_DIGITS.match(token).group())  # type: ignore[union-attr]


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def number_value(token: str) -> int | None:
    """2, "two", "a" → the number; vague quantities ("several") → None."""
    token = re.sub(r"\s+", " ", token.lower().strip())
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


NUMBER_ALT = (
    r"\d{1,3}|a\s+couple\s+of|a\s+dozen|a\s+few|a\s+number\s+of|several|few|many|some|"
    + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
)

# The words a NUMBER_ALT starts with, besides digits.
NUMBER_LEADS = ("a", "an", "several", "few", "many", "some", *NUMBER_WORDS)

# One core shared by every rule built around a unit word ("last week", "two days ago",
# "the following day", "yesterday", "tonight"), so the text is scanned for it once.
UNIT_CORE = in_words(
    re.compile(
        literal_alternation(
            f
            for word in [
                "fortnight",
                "afternoon",
                "tomorrow",
                "century",
                "morning",
                "evening",
                "decade",
                "month",
                "night",
                "hour",
                "week",
                "year",
                "day",
            ]
            for f in (word, word.title(), word.upper())
        )
    )
)


def unit_words(*units: str, plural: bool = False) -> frozenset[str]:
    """`units` (and their plurals in -s): the words a UNIT_CORE hit lies in when a rule's match
    holds them (the `core_words` of a rule)."""
    return frozenset([*units, *(unit + "s" for unit in units if plural)])


# Words after which a bare month or a bare year is a date ("in August", "since 2014").
DATE_PREPS = frozenset(
    [
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "through",
        "throughout",
        "during",
        "before",
        "after",
        "of",
        "between",
        "and",
        "or",
        "last",
        "this",
        "next",
        "early",
        "late",
        "mid",
        "around",
        "about",
        "circa",
        "as",
        "for",
        "that",
        "each",
        "every",
        "fiscal",
        "year",
        "years",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "end",
        "beginning",
        "start",
    ]
)
YEAR_NOUNS = frozenset(
    [
        "election",
        "elections",
        "vote",
        "votes",
        "budget",
        "budgets",
        "season",
        "census",
        "war",
        "campaign",
        "olympics",
        "games",
        "summit",
        "agreement",
        "accord",
        "accords",
        "deal",
        "invasion",
        "report",
        "law",
        "constitution",
        "referendum",
        "crisis",
        "revolution",
        "uprising",
        "offensive",
        "ceasefire",
        "truce",
        "protests",
        "protest",
        "levels",
        "level",
        "figures",
        "fiscal",
        "financial",
        "model",
        "plan",
        "plans",
        "presidential",
        "parliamentary",
        "general",
        "midterm",
        "midterms",
        "and",
        "or",
        "when",
        "after",
        "before",
        "as",
        "was",
        "were",
    ]
)
YEAR_TRAP_PREV = frozenset(
    [
        "no",
        "number",
        "article",
        "resolution",
        "flight",
        "route",
        "page",
        "pages",
        "model",
        "code",
        "room",
        "rooms",
        "highway",
        "paragraph",
        "section",
        "chapter",
        "item",
        "bus",
        "at",
        "street",
        "avenue",
        "road",
        "unit",
        "units",
        "about",
        "than",
        "nearly",
        "almost",
        "over",
        "some",
    ]
)
