"""English rules for long periods: decades ("the 1990s", "the late nineties"), centuries
("the 20th century") and years said in words ("nineteen ninety-six", "the year two thousand").
"""

from __future__ import annotations

import re

from timeline_app.extraction import dates_en_words as w
from timeline_app.extraction.dates_en_words import DATE_PREPS
from timeline_app.extraction.dates_rules import (
    Context,
    Resolved,
    Rule,
    in_words,
    leads,
    resolved,
    starts_in_words,
)
from timeline_app.extraction.dates_spans import (
    century_span,
    decade_span,
    month_span,
    part_of,
    year_span,
)

_DECADE_DIGITS = in_words(re.compile(r"\d0['’]?s"))  # "1990s", "90's": inside a word


def _decade_pattern() -> str:
    words = "|".join(w.DECADE_WORDS)
    return (
        rf"(?<![\w$€£])(?:(?:[Tt]he\s+)?{w.FUZZ})?(?:[Tt]he\s+)?"
        rf"(?:(?P<dec4>(?:1[5-9]|20)\d0)'?s|['’](?P<dec2>\d0)s|(?<=the\s)(?:(?P<decc>nineteen|"
        rf"eighteen|twenty)[\s-])?(?P<decw>{words}))(?!\w)"
    )


def resolve_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    text = m.group()
    if m["dec4"]:
        first = int(m["dec4"])
    elif m["decc"]:
        first = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m["decc"].lower()]
        first += w.DECADE_WORDS[m["decw"].lower()]
    else:
        tens = int(m["dec2"]) if m["dec2"] else w.DECADE_WORDS[m["decw"].lower()]
        reference = ctx.published.year if ctx.published else 1999
        first = reference // 100 * 100 + tens
        if first > reference:
            first -= 100
    span = decade_span(first)
    part = w.fuzz_part(m["fuzz"])
    if part:
        return resolved(text, part_of(span, part, ctx.published), f"{part} part of the decade")
    return resolved(text, span, "decade")


def _century_pattern() -> str:
    return (
        rf"(?<![\w$€£])(?:(?:[Tt]he\s+)?{w.FUZZ})?(?:[Tt]he\s+)?"
        rf"(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{w.ORD_ALT})[\s-]+[Cc]entury(?!\w)"
    )


def resolve_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    number = w.day_value(m["cent"])
    if not 1 <= number <= 22:
        return None
    span = century_span((number - 1) * 100)
    part = w.fuzz_part(m["fuzz"])
    if part:
        return resolved(m.group(), part_of(span, part), f"{part} part of the century")
    return resolved(m.group(), span, "century (the 20th = 1900-1999)")


_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
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
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SPOKEN_YEAR_PATTERN = (
    rf"(?:(?<![\w-])(?P<smonth>{w.month_names()[1]}),?\s+(?:of\s+)?)?"
    r"(?i:(?<![\w-])(?:(?P<the>the\s+year)\s+)?(?:(?P<cent>nineteen|eighteen|twenty)"
    rf"(?:\s+hundred(?:\s+and)?)?[\s-]+(?P<rest>(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_ONES)}))?"
    rf"|{'|'.join(_TEENS)}|oh[\s-](?:{'|'.join(_ONES)}))|two\s+thousand(?:\s+and)?"
    rf"(?:[\s-]+(?P<rest2>{'|'.join(_TEENS + _ONES)}))?)(?![\w-]))"
)


def _spoken_number(words: str) -> int:
    total = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _TENS:
            total += 10 * (_TENS.index(word) + 2)
        elif word in _TEENS:
            total += 10 + _TEENS.index(word)
        elif word in _ONES:
            total += _ONES.index(word) + 1
    return total


def resolve_spoken_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["cent"]:
        year = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m["cent"].lower()]
        year += _spoken_number(m["rest"])
    else:
        if not m["the"] and ctx.previous_word(m.start()) not in DATE_PREPS:
            return None  # "two thousand troops"
        year = 2000 + (_spoken_number(m["rest2"]) if m["rest2"] else 0)
    if m["smonth"]:  # "January nineteen ninety-seven", as broadcasts spell it out
        return resolved(
            m.group(), month_span(year, w.month_number(m["smonth"])), "month, year in words"
        )
    return resolved(m.group(), year_span(year), "year in words")


# The "ties" of a decade word that is written out ("the nineties"): a match of the decade pattern
# holds "ties" only at the end of such a word (in lower case), so other "ties" ("authorities",
# "casualties") are no hits worth trying the pattern at.
_DECADE_WORD_CORE = in_words(  # the look-behinds are letters: inside the word
    re.compile("ties(?:" + "|".join(f"(?<={word})" for word in w.DECADE_WORDS) + ")")
)


def english_year_rules() -> list[Rule]:
    # The words each pattern may start with (`dates_rules.leads`), from the start of the pattern.
    decade_leads = leads(
        "the", w.FUZZ_LEADS, "nineteen", "eighteen", "twenty", w.DECADE_WORDS, "'", "’", digits=True
    )
    return [
        Rule(
            "decade",
            re.compile(_decade_pattern()),
            resolve_decade,
            3,
            _DECADE_DIGITS,
            24,
            leads=decade_leads,
        ),
        Rule(
            "decade_words",
            re.compile(_decade_pattern()),
            resolve_decade,
            3,
            _DECADE_WORD_CORE,
            40,
            leads=decade_leads,
        ),
        Rule(
            "century",
            re.compile(_century_pattern()),
            resolve_century,
            3,
            in_words(re.compile("entury|ENTURY")),
            30,
            leads=leads("the", w.FUZZ_LEADS, w.ORDINAL_WORDS, digits=True),
        ),
        Rule(
            "spoken_year",
            re.compile(_SPOKEN_YEAR_PATTERN),
            resolve_spoken_year,
            3,
            starts_in_words(
                re.compile(
                    "(?:eighteen|nineteen|twenty|two thousand|Eighteen|Nineteen|Twenty|Two thousand)"
                ),
                ["eighteen", "nineteen", "twenty", "two", "Eighteen", "Nineteen", "Twenty", "Two"],
            ),
            22,
            leads=leads(w.month_names()[0], "the", "nineteen", "eighteen", "twenty", "two"),
        ),
    ]
