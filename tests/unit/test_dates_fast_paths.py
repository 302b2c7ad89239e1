"""The fast paths of the date finder must find exactly what the plain versions find.

- lead words (`Rule.leads`): a rule's pattern is tried only at the word starts whose first letters
  may begin one of its matches; the plain path tries it at every word start before a hit;
- core words (`Rule.core_words`): a hit of a shared core ("day" in "Monday") is tried only by the
  rules whose matches may hold the word it lies in;
- the numeric-date core is found from the words of a text without "/";
- tense cues: the cues after an expression are looked for among its next five words only, and
  only when the cues before it leave the choice open.

Each is checked on texts glued from the rules' own words (leads, cores, neighbours), in every
language the finder has rules for, with the characters a case-insensitive pattern takes for
ASCII letters ("ſ" for "s"), so that a speed-up can never change a result.
"""

from __future__ import annotations

import dataclasses
import re
import string
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.extraction import dates, dates_rules, dates_tense
from timeline_app.extraction.dates_lexicon import lexicon
from timeline_app.extraction.dates_rules import (
    ASCII_TWINS,
    UNKNOWN_LEAD,
    WORD_START_LEAD,
    lead_key,
    leads,
    word_start_finder,
)
from timeline_app.extraction.phrases import tokenize

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LANGUAGES = ["en", "de", "fr", "es", "ru", "uk"]


def _text(pieces: list[str], max_size: int = 30) -> st.SearchStrategy[str]:
    """Texts glued from `pieces` and separators."""
    separators = ["", " ", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "-", "'", "’", "\t", "/"]
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(separators)), max_size=max_size
    ).map(lambda parts: "".join(word + sep for word, sep in parts))


# --- lead words and core words: the rules tried where their matches may start ---------------------

# Words that start matches (modifiers, numbers, ordinals, fuzzy parts), cores and their neighbours,
# in several cases, glued ("midweek", "FY2024"), with ASCII twins ("yeſterday"), and in the other
# languages.
_LEAD_WORDS = [
    "the", "The", "THE", "this", "This", "last", "Last", "next", "past", "coming", "previous",
    "following", "that", "same", "current", "early", "Early", "late", "mid", "Mid", "mid-",
    "middle", "end", "beginning", "start", "very", "of", "in", "In", "on", "at", "from", "between",
    "earlier", "later", "ago", "before", "after", "back", "hence", "now", "right", "currently",
    "a", "an", "A", "few", "several", "some", "many", "couple", "dozen", "two", "three", "Two",
    "twenty", "nineteen", "thousand", "about", "nearly", "over", "more", "than", "less", "least",
    "first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "21st", "twenty-first",
    "26", "5", "31", "2023", "1990", "1990s", "90s", "'90s", "’90s", "nineties", "FY", "FY2024",
    "fiscal", "Q1", "Q3", "H1", "H2", "half", "quarter", "Quarter", "century", "decade", "decades",
    "day", "days", "Day", "week", "weeks", "weekend", "midweek", "month", "months", "year", "years",
    "year-end", "year-earlier", "fortnight", "hour", "hours", "night", "morning", "evening",
    "today", "Today", "tonight", "yesterday", "tomorrow", "overnight", "Monday", "Friday", "Tue.",
    "January", "Jan.", "March", "MAY", "May", "Sept.", "spring", "Fall", "winter", "Christmas",
    "New", "Year's", "recently", "recent", "future", "or", "so", "time", "moment", "present",
    "$", "(", "[", "£5", "2024-11-03", "11/03/2024", "3.11.2024", "x", "said",
    "yeſterday", "Tueſday", "\u212aelvin", "ſpring", "Mıd", "İn", "ıt", "wee\u212a",
    "Januar", "März", "Anfang", "Ende", "im", "vom", "bis", "début", "fin", "mi", "août", "en",
    "principios", "de", "mayo", "мая", "в", "начале", "ноября", "2023 г.", "року", "січня",
]  # fmt: skip


# Phrases as the rules find them: a word that starts a match, maybe another, and a core word.
_STARTERS = [
    "the", "The", "this", "This", "last", "next", "past", "coming", "previous", "following",
    "that", "early", "Late", "mid", "Mid-", "end of", "beginning of", "very", "in", "from",
    "between", "about", "over", "a", "an", "a few", "several", "two", "Two", "twenty", "nineteen",
    "first", "Second", "fourth", "final", "26", "3rd", "twenty-first", "2023", "FY", "fiscal",
    "right", "at", "these", "recent", "this past", "the same", "Monday", "Tue.", "ſeveral", "İn",
    "Monday,", "past", "Past", "latter", "more than", "less than", "just", "year", "month", "New", "'", "’",
    "Q1", "H1", "midyear", "Middle of", "earlier", "later", "currently", "nowadays", "Anfang",
    "im", "Ende", "vom", "début", "fin", "mi", "principios", "de", "в", "начале", "у",
]  # fmt: skip
_MIDDLES = ["", "the", "of", "this", "past", "few", "three", "26", "3rd", "first", "and", ","]
_CORES = [
    "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
    "century", "fortnight", "hour", "hours", "night", "morning", "evening", "today", "tonight",
    "yesterday", "tomorrow", "overnight", "Monday", "Friday", "January", "Jan.", "March", "May",
    "Sept.", "spring", "Fall", "winter", "quarter", "half", "1990s", "nineties", "2023",
    "2024-11-03", "11/03/2024", "3.11.2024", "ago", "earlier", "now", "moment", "time", "future",
    "Christmas", "New Year's Day", "year-end", "Q3", "H2", "thousand", "yeſterday", "Tueſday",
    "März", "Januar", "août", "mayo", "мая", "ноября", "2023 г.", "'90s", "’90s",
]  # fmt: skip
_PHRASES = st.one_of(
    st.sampled_from(_LEAD_WORDS),
    st.tuples(st.sampled_from(_STARTERS), st.sampled_from(_MIDDLES), st.sampled_from(_CORES)).map(
        lambda words: " ".join(w for w in words if w)
    ),
)


def _phrase_text(max_size: int = 12) -> st.SearchStrategy[str]:
    separators = ["", " ", " ", " ", "\n", ", ", ". ", "-", "'", "’", "/"]
    return st.lists(st.tuples(_PHRASES, st.sampled_from(separators)), max_size=max_size).map(
        lambda parts: "".join(phrase + sep for phrase, sep in parts)
    )


def _found(candidates: list[tuple[int, int, dates_rules.Rule, re.Match[str]]]) -> list[object]:
    return [(s, e, rule.name, m.span(), m.groups()) for s, e, rule, m in candidates]


_PLAIN_RULES: dict[str, tuple[dates_rules.Rule, ...]] = {}


def _plain_rules(language: str) -> tuple[dates_rules.Rule, ...]:
    """The rules of `language` without leads or core words: tried at every word start."""
    if language not in _PLAIN_RULES:
        _PLAIN_RULES[language] = tuple(
            dataclasses.replace(rule, leads=None, core_words=None)
            for rule in dates.rules_for(language)
        )
    return _PLAIN_RULES[language]


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_phrase_text(), st.sampled_from(_LANGUAGES))
def test_leads_and_core_words_find_what_every_word_start_finds(text: str, language: str) -> None:
    fast = dates._candidates(text, dates.rules_for(language), tokenize(text))
    assert _found(fast) == _found(dates._candidates(text, _plain_rules(language)))


_SUFFIXES = ["", "ago", "earlier", "2024", "of March", "night", "or so", "’s time", "3"]
# The words the rules of the other languages start with (prepositions, parts of a month, days),
# and a few others.
_GENERIC_STARTERS = ["Anfang", "im", "Ende", "vom", "début", "fin", "mi", "principios", "de", "в"]
_GENERIC_STARTERS += ["начале", "у", "26", "3.", "1er", "the", "x", "ſ", "İn", "a"]


@pytest.mark.parametrize("language", _LANGUAGES)
def test_leads_and_core_words_find_what_every_word_start_finds_in_every_phrase(
    language: str,
) -> None:
    """Every starter before every core, with each middle word (and a suffix) or each suffix,
    in one text per starter."""
    rules = dates.rules_for(language)
    for starter in _STARTERS if language == "en" else _GENERIC_STARTERS:
        phrases = [
            f"{middle} {core} {_SUFFIXES[(i + j) % len(_SUFFIXES)]}"
            for i, middle in enumerate(_MIDDLES)
            for j, core in enumerate(_CORES)
        ]
        phrases += [f"{core} {suffix}" for core in _CORES for suffix in _SUFFIXES]
        text = ". ".join(f"x {starter} {phrase}".replace("  ", " ") for phrase in phrases)
        fast = dates._candidates(text, rules, tokenize(text))
        assert _found(fast) == _found(dates._candidates(text, _plain_rules(language))), starter


@pytest.mark.parametrize("language", _LANGUAGES)
def test_the_rules_have_leads(language: str) -> None:
    """The shortcut is in use: the rules found from a core start with known words."""
    rules = [r for r in dates.rules_for(language) if r.core is not None and r.prefix_chars]
    assert all(r.leads for r in rules if r.name != "g_ago")


_KEY_TEXT = ["Jan", "january", "a", "in", "it's", "26", "'90s", "(x", "$5", "ſo", "aſ", "abcſ"]
_KEY_TEXT += ["ab€", "ÉTÉ", "über", "_x", "-5", "The", "x.y", "Q1", "mid-May", "\u212ay", "İn"]


@_SETTINGS
@given(_text(_KEY_TEXT))
def test_word_start_keys_are_the_first_ascii_letters_digit_or_sign(text: str) -> None:
    """`WORD_START_LEAD` finds the word starts of `(?<![\\w'’.-])[\\w'’$€£\\[(-]` with the key
    `lead_key` gives: up to three ASCII letters lower-cased, or a digit or sign, or "" when
    the first characters are not ASCII."""
    plain = [m.start() for m in re.finditer(r"(?<![\w'’.-])[\w'’$€£\[(-]", text)]
    assert [m.start() for m in WORD_START_LEAD.finditer(text)] == plain
    for start in plain:
        head = text[start : start + 4]
        letters = re.match(r"[A-Za-z]{1,3}", head)
        if letters is not None:
            after = head[letters.end() : letters.end() + 1]
            known = after.isascii()
            expected = letters.group().lower() if known else UNKNOWN_LEAD
        elif head[0].isascii() or head[0] in "’$€£":
            expected = head[0] if head[0] != " " else UNKNOWN_LEAD
        else:
            expected = UNKNOWN_LEAD
        assert lead_key(text, start) == expected


@_SETTINGS
@given(
    _text(_KEY_TEXT),
    st.sets(st.sampled_from(["jan", "a", "in", "it", "2", "'", "(", "$", "the", "q", "mid"])),
)
def test_a_word_start_finder_finds_the_starts_with_its_keys(text: str, keys: set[str]) -> None:
    wanted = frozenset(keys | {UNKNOWN_LEAD})
    everywhere = [(m.start(), lead_key(text, m.start())) for m in WORD_START_LEAD.finditer(text)]
    found = [
        (m.start(), lead_key(text, m.start())) for m in word_start_finder(wanted).finditer(text)
    ]
    assert [f for f in found if f[1] in wanted] == [e for e in everywhere if e[1] in wanted]
    assert set(found) <= set(everywhere)


def test_ascii_twins_are_every_character_that_matches_an_ascii_letter_ignoring_case() -> None:
    letters = re.compile("[A-Za-z]", re.IGNORECASE)
    cased = (
        c
        for c in map(chr, range(0x80, sys.maxunicode + 1))
        if c.lower() != c or c.upper() != c or c.casefold() != c
    )
    twins = set()
    for char in cased:
        pattern = re.compile(re.escape(char), re.IGNORECASE)
        if letters.fullmatch(char) or any(map(pattern.fullmatch, string.ascii_letters)):
            twins.add(char)
    assert twins == set(ASCII_TWINS)
    # a pattern letter takes no other ASCII letter than these
    for char in ASCII_TWINS:
        assert any(re.fullmatch(re.escape(char), a, re.IGNORECASE) for a in "iks")


def test_leads_of_words_beyond_ascii() -> None:
    assert leads("Mid", "mid-May", "a couple", "Q1", digits=True) == frozenset(
        {UNKNOWN_LEAD, "mid", "a", "q", *"0123456789"}
    )
    assert leads("début", "марта") == frozenset({UNKNOWN_LEAD})  # only where the key is ""
    assert leads("ıt") is None  # "ı" matches "I": no shortcut


# --- the numeric-date core from the words of a text without "/" -----------------------------------

_NUMERIC_WORDS = ["11", "3", "2024", "24", "11.03.2024", "3-11-24", "1.2.2024.", "x", "a1.2.34"]


@_SETTINGS
@given(_text(_NUMERIC_WORDS), st.sampled_from(["en", "de"]))
def test_numeric_core_from_words_is_the_scan(text: str, language: str) -> None:
    cores = dates._word_cores(dates.rules_for(language))
    found = cores.hits(text, tokenize(text))
    for core in cores.cores:
        assert found[id(core)] == [m.span() for m in core.finditer(text)]


# --- tense: the cues after an expression ---------------------------------------------------------


def _clause_tense_plain(text: str, start: int, end: int) -> str:
    """`dates_tense._clause_tense` as it was: every cue after the expression in its clause."""
    t, lex = dates_tense, lexicon("en")
    left, right = t.sentence_window(text, start, end)
    clause_left, clause_right = t.clause_window(text, start, end, left, right)
    before = t.cues(text, clause_left, start, lex)
    after = [c for c in t.cues(text, end, clause_right, lex) if t._words_between(text, end, c) < 3]
    if before:
        nearest = before[-1]
        adjacent = t._ADJACENT.match(text[nearest.end : start]) is not None
        if nearest.kind == "report" and not adjacent and after:
            return after[0].kind
        return nearest.kind
    if after:
        return after[0].kind
    if t._SCHEDULED.search(text, max(clause_left, start - 40), start):
        return "future"
    outside = t.cues(text, left, clause_left, lex) or t.cues(text, end, right, lex)[:1]
    if not outside:
        return ""
    kind = outside[-1].kind
    return "report" if kind == "past" else kind


_TENSE_WORDS = [
    "will", "be", "not", "held", "said", "Said", "told", "has", "had", "have", "been", "expected",
    "to", "due", "the", "is", "are", "planned", "met", "ago", "won't", "next", "x", "Officials",
    "need", "talks", "on", "late", "resume", "that", ",", ";", "meet", "until", "from",
]  # fmt: skip


@_SETTINGS
@given(_text(_TENSE_WORDS, 20), st.sampled_from(["Monday", "Nov. 5", "x"]), _text(_TENSE_WORDS, 20))
def test_clause_tense_is_the_plain_one(before: str, expression: str, after: str) -> None:
    text = before + expression + after
    start, end = len(before), len(before) + len(expression)
    lex = lexicon("en")
    assert dates_tense._clause_tense(text, start, end, lex) == _clause_tense_plain(text, start, end)


@pytest.mark.parametrize("language", ["en", "de"])
def test_find_time_expressions_uses_the_fast_paths(language: str) -> None:
    """A smoke test on a sentence with every kind of shortcut."""
    text = (
        "Officials said on Monday, 3 March 2025, that talks held earlier this week will resume "
        "next month; in 2024 and the midweek vote two days ago, 11/18/2025 and 18.11.2025."
    )
    plain = dates._candidates(text, _plain_rules(language))
    assert _found(dates._candidates(text, dates.rules_for(language), tokenize(text))) == _found(
        plain
    )
