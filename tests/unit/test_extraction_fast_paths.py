"""The fast paths of reading and extraction must find exactly what the plain versions find.

Each fast path (a rewritten regex, word-by-word core hits, one-pass phrase matching, the latest
year of a text) is checked against the straightforward version it replaces, on texts made of the
words and characters that matter to it, so that a speed-up can never change a result.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.extraction import (
    dates,
    dates_rules,
    dates_tense,
    event_parts,
    event_status,
    phrases,
    sentences,
    titles,
)
from timeline_app.extraction.dates_lexicon import lexicon
from timeline_app.extraction.dates_rules import literal_alternation
from timeline_app.extraction.lexicon import compile_pattern, triggers
from timeline_app.extraction.phrases import PhraseMatch, PhraseTable, tokenize
from timeline_app.extraction.sentences import split_sentences
from timeline_app.extraction.word_search import EndsWithWords, WordPattern
from timeline_app.readers import convention, language
from timeline_app.readers.dates_text import find_dates, latest_year
from timeline_app.readers.published import plausible

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _text(pieces: list[str], max_size: int = 30) -> st.SearchStrategy[str]:
    """Texts glued from `pieces` and separators."""
    separators = ["", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "-", "'", "’", "\t"]
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(separators)), max_size=max_size
    ).map(lambda parts: "".join(word + sep for word, sep in parts))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


# --- regexes rewritten so that the regex engine can skip ahead -----------------------------------

_CLAUSE_BREAK_PLAIN = re.compile(
    r"\s*(?:;|\s[—–]\s|—|,\s+(?=(?:where|while|whereas|but|and|although|though|which|after|"
    r"before|as|when|saying|adding|with)\b)|\s(?=that\s)|\s(?=where\s)|"
    r"\s(?=(?:after|before|because|until|unless|preventing)\s))",
    re.IGNORECASE,
)
_BOUNDARY_PLAIN = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n\s*\n|\n(?=\s*[-•*–—]\s)")
_SENTENCE_END_PLAIN = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n")
_AMOUNT_PLAIN = re.compile(
    r"(?:[€$£]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|tn|m)\b)?|"
    r"\d[\d,.]*\s*(?:million|billion|trillion)\s*(?:dollars|euros|pounds|USD|EUR)\b)",
    re.IGNORECASE,
)
_PRONOUN_PLAIN = re.compile(r"(?:^|\b)(?:He|She|he|she)\b")
_DAY_MONTH_PLAIN = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_CLAUSE_WORDS = [
    "that", "THAT", "where", "after", "Before", "and", "as", "When", "with", "while",
    "whereas", "until", "saying", "because", "unless", "preventing", "x", "ab", ";", "—", "–",
    ",", " ", "\u00a0", "ſ", "K",
]  # fmt: skip


@_SETTINGS
@given(_text(_CLAUSE_WORDS))
def test_clause_break_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert _spans(sentences._CLAUSE_BREAK, text) == _spans(_CLAUSE_BREAK_PLAIN, text)


# Sentences for the clause splitter's substring pre-test: the break words, some spelled with the
# letters that `re.IGNORECASE` folds onto "i" and "s" ("ı", "İ", "ſ") but `str.lower` does not,
# conjunctions after commas, and words of other languages (the pre-test treats non-ASCII apart).
_CLAUSE_SENTENCE_WORDS = _CLAUSE_WORDS + [
    "unleſs", "UNTİL", "preventıng", "becauſe", "ı", "İ", "PREVENTING", "But", "Although",
    "sayıng", "ſaying", "wıth", "addıng", "whıch", "thatch", "asked", "während", "что", "été",
    "después", "، ", "і", "Kyiv", "\n",
]  # fmt: skip


def _plain_clauses(sentence: sentences.Sentence) -> list[sentences.Clause]:
    """`split_clauses` as it was before the substring pre-test, on the plain pattern."""
    clauses: list[sentences.Clause] = []
    start = sentence.start
    for m in _CLAUSE_BREAK_PLAIN.finditer(sentence.text):
        at = sentence.start + m.start()
        if at > start:
            clauses.append(sentences.Clause(start, at))
        start = sentence.start + m.end()
    if start < sentence.end:
        clauses.append(sentences.Clause(start, sentence.end))
    return clauses or [sentences.Clause(sentence.start, sentence.end)]


@_SETTINGS
@given(_text(_CLAUSE_SENTENCE_WORDS), st.integers(0, 50))
def test_split_clauses_equals_the_plain_split(text: str, offset: int) -> None:
    sentence = sentences.Sentence(text, offset, offset + len(text), 0)
    assert sentences.split_clauses(sentence) == _plain_clauses(sentence)
    if not sentences._may_break(text):
        assert _CLAUSE_BREAK_PLAIN.search(text) is None


@_SETTINGS
@given(_text([".", "!", "?", "…", '"', "”", "’", "»", ")", "]", "-", "•", "—", "A", "a", "“", "("]))
def test_sentence_boundaries_find_what_the_plain_patterns_find(text: str) -> None:
    assert _spans(sentences._BOUNDARY, text) == _spans(_BOUNDARY_PLAIN, text)
    assert _spans(dates_tense._SENTENCE_END, text) == _spans(_SENTENCE_END_PLAIN, text)


@_SETTINGS
@given(_text(["U.S", "a.b", "word", "x", "_", "é", ".", "..", " . ", ",", "'", ")"], 8))
def test_word_before_a_period_is_the_plain_patterns(text: str) -> None:
    plain = re.search(r"([\w.]+)\W*$", text)
    fast = sentences._WORD_BEFORE.search(text)
    assert (plain and plain.group(1)) == (fast and fast.group(1))


@_SETTINGS
@given(_text(["$", "€", "£", "1", "20", ",", ".", "million", "bn", "m", "x", "dollars", "EUR"]))
def test_amount_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert _spans(event_parts._AMOUNT, text) == _spans(_AMOUNT_PLAIN, text)


@_SETTINGS
@given(_text(["He", "he", "She", "she", "S", "H", "x", "_", "1", "The", "shed", "ahe", "é"]))
def test_pronoun_subject_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert _spans(event_parts._PRONOUN_SUBJECT, text) == _spans(_PRONOUN_PLAIN, text)
    for pos in range(0, len(text) + 1, 3):  # as searched: from a clause start
        plain = _PRONOUN_PLAIN.search(text, pos)
        fast = event_parts._PRONOUN_SUBJECT.search(text, pos)
        assert (plain and plain.span()) == (fast and fast.span())


@_SETTINGS
@given(_text(["1", "12", "3rd", "May", "Jan.", "november", "2024", "1999", "x", "_", "K"]))
def test_day_month_style_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert convention._DAY_MONTH.findall(text) == _DAY_MONTH_PLAIN.findall(text)


@_SETTINGS
@given(
    _text(["1", "19th", "May", "Nov.", "november", ",", ", ", "2024", "1999", "x", "_", "K", "\n"])
)
def test_month_day_count_is_the_plain_count(text: str) -> None:
    assert convention._month_day_count(text) == len(convention._MONTH_DAY.findall(text))


@_SETTINGS
@given(_text(["claimed", "Claims", "alleged", "said to have", "unverified", "x", "_", "-", "1"]))
def test_word_pattern_found_in_is_search(text: str) -> None:
    body = r"(?:claimed|claims|alleged|said to have|unverified)\b"
    plain = re.compile(r"\b" + body, re.IGNORECASE)
    fast = WordPattern(body, re.IGNORECASE)
    for pos in range(0, len(text) + 1, 4):
        assert fast.found_in(text, pos) == (plain.search(text, pos) is not None)


@_SETTINGS
@given(
    _text(["in", "IN", "city of", "town", "north-eastern", "the", "в", "x", "xin", "_", "1", "ın"])
)
def test_ends_with_words_is_the_plain_search(text: str) -> None:
    plain = re.compile(r"\b(?:in|city of|town|north-eastern|в)\s+(?:the\s+)?$", re.IGNORECASE)
    assert EndsWithWords("in|city of|town|north-eastern|в").found_in(text) == (
        plain.search(text) is not None
    )


@_SETTINGS
@given(_text(["said", "on", "x", "_", "1", "'", "’", "-", "é", ","], 10))
def test_last_word_is_the_plain_patterns(text: str) -> None:
    plain = re.search(r"([\w'’-]+)[\s,]*$", text)
    fast = dates_rules._LAST_WORD.search(text)
    assert (plain and plain.group(1)) == (fast and fast.group(1))


@_SETTINGS
@given(_text(["to", "To", "x", "_", "1", "é", "too", "\u00a0"], 6))
def test_ends_with_to_is_the_plain_pattern(text: str) -> None:
    assert event_status._ends_with_to(text) == (re.search(r"\bto\s+$", text) is not None)


@_SETTINGS
@given(_text(["according", "ACCORDING", "to", "x", "İ", "ı", "Ccord", "accordİng", "them"]))
def test_according_to_spans_are_the_plain_patterns(text: str) -> None:
    plain = re.compile(r"\baccording to\s+(?P<source>[^,.;]+)", re.IGNORECASE)
    expected = [m.span("source") for m in plain.finditer(text)]
    assert event_status.according_to_spans(text, 0, len(text)) == expected


@_SETTINGS
@given(st.text(alphabet="ab1 _é\n.Жß٣", max_size=60))
def test_enough_letters_counts_letters(text: str) -> None:
    for end in (10, 25, 400):
        expected = len(language._LETTER.findall(text, 0, end)) >= language._MIN_LETTERS
        assert (language._ENOUGH_LETTERS.match(text, 0, end) is not None) == expected


# --- alternations written as tries or grouped by first letter ---------------------------------------

_FORMS = st.lists(st.text(alphabet="abAB1", min_size=1, max_size=4), min_size=1, max_size=8)


@_SETTINGS
@given(_FORMS, st.text(alphabet="abAB1 x", max_size=40))
def test_literal_alternation_is_the_longest_first_alternation(forms: list[str], text: str) -> None:
    plain = re.compile("|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True)))
    assert _spans(re.compile(literal_alternation(forms)), text) == _spans(plain, text)


@_SETTINGS
@given(
    st.lists(
        st.sampled_from(["plan", "plans to", "Plan*", "'ll", "no", "not", "now", "n't"]), min_size=1
    ),
    _text(["plan", "Plans", "planned", "to", "'ll", "’ll", "no", "NOT", "now", "n't", "x", "-"]),
)
def test_cue_patterns_find_what_a_plain_alternation_finds(forms: list[str], text: str) -> None:
    compiled = compile_pattern(forms)
    stripped = [f.strip() for f in forms if f.strip()]
    body = "|".join(sorted((_form_regex(f) for f in stripped), key=len, reverse=True))
    plain = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    assert _spans(compiled, text) == _spans(plain, text)


def _form_regex(form: str) -> str:
    if form.endswith("*"):
        return _form_regex(form[:-1]) + r"\w*"
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in form.split())


# --- words cut once, phrases matched in one pass ---------------------------------------------------


def _tokens_plain(text: str) -> tuple[list[int], list[int], list[str], list[str]]:
    """The word cutting the tokenizer replaces: start, end, exact and lower-case forms."""
    starts, ends, exact = [], [], []
    for match in re.finditer(r"\w+(?:[.'’-]\w+)*\.?", text):
        word = match.group()
        starts.append(match.start())
        cut = word.endswith(".") and word.count(".") == 1
        ends.append(match.end() - 1 if cut else match.end())
        exact.append(word.rstrip(".") or word)
    return starts, ends, exact, [w.lower().replace("’", "'") for w in exact]


_WORDS = ["Russia's", "Kyiv’s", "U.S.", "Nov.", "don't", "x-y", "1.5", "air", "raid", "said", "the"]


@_SETTINGS
@given(_text(_WORDS))
def test_tokenize_cuts_words_as_before(text: str) -> None:
    tokens = tokenize(text)
    assert (tokens.starts, tokens.ends, tokens.exact, tokens.lower) == _tokens_plain(text)


_TOKEN_PARTS_PLAIN = re.compile(r"(\w+(?:[.'’-]\w+)*)(\.?)")


def _tokens_in_range_plain(
    text: str, start: int, end: int
) -> tuple[list[int], list[int], list[str]]:
    """What the tokenizer cut from text[start:end] with a `finditer` loop (its earlier form)."""
    starts, ends, exact = [], [], []
    for match in _TOKEN_PARTS_PLAIN.finditer(text, start, end):
        word, period = match.groups()
        starts.append(match.start())
        ends.append(match.end() - 1 if period and "." not in word else match.end())
        exact.append(word)
    return starts, ends, exact


@_SETTINGS
@given(_text(_WORDS), st.integers(-3, 80), st.integers(-3, 80))
def test_tokenize_of_a_range_cuts_what_finditer_cuts(text: str, start: int, end: int) -> None:
    tokens = tokenize(text, start, end)
    assert (tokens.starts, tokens.ends, tokens.exact) == _tokens_in_range_plain(text, start, end)
    bare = [phrases._without_possessive(w) for w in tokens.exact]
    assert tokens.exact_bare == bare
    assert tokenize(text, start) == tokenize(text, start, len(text))


@_SETTINGS
@given(_text(["air", "raid", "Air", "strike", "said", "in", "control", "of", "talks", "the", "x"]))
def test_phrase_matches_in_one_pass_are_those_of_each_sentence(text: str) -> None:
    table = triggers("en")
    tokens = tokenize(text)
    spans = [(s.start, s.end) for s in split_sentences(text)]
    expected = [_phrases_plain(table, text, start, end) for start, end in spans]
    assert [table.finditer(text, start, end, tokens) for start, end in spans] == expected
    assert table.find_in_spans(text, spans, tokens) == expected


def _phrases_plain(table: PhraseTable, text: str, start: int, end: int) -> list[PhraseMatch]:
    """Phrase matching as it was: every word looked up, every phrase of it tried."""
    tokens = tokenize(text, start, end)
    words, bare = tokens.lower, tokens.lower_bare
    found, i, last = [], 0, len(words)
    while i < last:
        hit = None
        for candidate in (words[i], bare[i]):
            for key, value in table.by_first.get(candidate, ()):
                if len(key) == 1 or phrases._keys_match(key, words, bare, i, last):
                    hit = hit or (len(key), value)
        if hit is None:
            i += 1
            continue
        s, e = tokens.starts[i], tokens.ends[i + hit[0] - 1]
        found.append(PhraseMatch(s, e, text[s:e], hit[1]))
        i += hit[0]
    return found


# --- dates: core hits from the words of the text, the latest year of a text -----------------------

_DATE_WORDS = [
    "day", "Monday", "the nineties", "authorities", "2024", "1990s", "90's", "2024-11-03",
    "11/03/2024", "Q1", "H2", "half", "quarter", "century", "mid-December", "last week",
    "year-end", "year end", "spend", "two thousand", "twenty", "New Year's Day", "Christmas",
    "two days ago", "3 March", "March 3", "in two weeks", "tonight", "present", "time",
]  # fmt: skip


@_SETTINGS
@given(_text(_DATE_WORDS), st.sampled_from(["en", "de", "ru"]))
def test_date_cores_from_words_find_what_a_scan_finds(text: str, language: str) -> None:
    published = date(2025, 11, 19)
    plain = dates.find_time_expressions(text, published, language)
    assert dates.find_time_expressions(text, published, language, tokens=tokenize(text)) == plain


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "uk", "ru"])
def test_word_cores_of_every_language_match_scans(language: str) -> None:
    cores = dates._word_cores(dates.rules_for(language))
    text = " ".join(_DATE_WORDS) + " Januar März мая 2023 ноября"
    found = cores.hits(text, tokenize(text))
    for core in cores.cores:
        assert found[id(core)] == [m.span() for m in core.finditer(text)]


_YEAR_TEXT = ["5", "31", "2024", "1999", "2025", "2099", "20245", "May", "march", "Mar.", "de"]
_YEAR_TEXT += ["Monday,", "x", "1.", "3rd", "11/12/2024", "2024-11-03", "ноября", "2025 г."]


@_SETTINGS
@given(_text(_YEAR_TEXT, 40), st.sampled_from([None, True, False]))
def test_latest_year_is_the_latest_of_all_dates(text: str, day_first: bool | None) -> None:
    years = [d.year for d, _, _ in find_dates(text, day_first=day_first) if plausible(d)]
    assert latest_year(text, day_first=day_first, accept=plausible) == max(years, default=None)


# --- titles ------------------------------------------------------------------------------------------


@_SETTINGS
@given(st.text(alphabet=" \t\n\u00a0\u3000\x1c,;:-–aB", max_size=30))
def test_title_white_space_is_folded_as_before(raw: str) -> None:
    plain = re.sub(r"\s+", " ", raw).strip(" ,;:-–")
    plain = plain[:1].upper() + plain[1:] if plain else "Event"
    assert titles._finish(raw) == plain


# --- tense cues: words that cannot be a cue are skipped before any other test --------------------


def _cues_plain(text: str, left: int, right: int) -> list[tuple[str, int, int]]:
    """`dates_tense.cues` for English as it was: every word is checked in full."""
    t = dates_tense
    words = list(t._WORD.finditer(text, left, right))
    lowered = [m.group().lower() for m in words]
    found: list[tuple[str, int, int]] = []
    covered = 0
    for index, word in enumerate(lowered):
        following = lowered[index + 1] if index + 1 < len(lowered) else ""
        kind = ""
        if t._is_name(text, words[index]):
            continue
        if t._is_future(word, following, lowered[index + 2 : index + 3]):
            kind = "future"
            covered = index + 2
            while covered < len(lowered) and lowered[covered] in t._EN_FUTURE_AUX:
                covered += 1
            covered += 1
        elif index < covered:
            continue
        elif word in t._EN_REPORT_WORDS:
            kind = "report"
        elif word in t._EN_PERFECT_AUX:
            kind = "past" if word == "had" or t._is_participle(following) else ""
        elif word in t._EN_PAST_WORDS or (
            len(word) > 3 and word.endswith("ed") and word not in t._NOT_PAST_ED
        ):
            passive = index and lowered[index - 1] in t._PRESENT_BE and word not in t._PAST_ADVERBS
            kind = "" if passive else "past"
        if kind:
            found.append((kind, words[index].start(), words[index].end()))
    return found


_TENSE_WORDS = [
    "will", "Will", "be", "not", "held", "Held", "said", "Said", "has", "had", "have", "been",
    "expected", "to", "due", "the", "is", "are", "planned", "met", "Met", "talks", "ago", "ahead",
    "won't", "next", "x", "Officials", "need", "red", "last", "Monday",
]  # fmt: skip


@_SETTINGS
@given(_text(_TENSE_WORDS, 40), st.integers(0, 20), st.integers(0, 400))
def test_tense_cues_are_the_plain_loops(text: str, left: int, right: int) -> None:
    lex = lexicon("en")
    found = [(c.kind, c.start, c.end) for c in dates_tense.cues(text, left, right, lex)]
    assert found == _cues_plain(text, left, right)


_START_WORDS = ["air", "raid", "Air", "strike", "in", "control", "the", "peace", "talks", "x", "s"]


@_SETTINGS
@given(_text(_START_WORDS))
def test_phrase_starts_are_those_may_start_keeps(text: str) -> None:
    """Word by word (no set look-up shortcut), the words where a phrase may start."""
    table = triggers("en")
    tokens = tokenize(text)
    words, bare = tokens.lower, tokens.lower_bare
    expected = [
        i
        for i in range(len(words))
        if (words[i] in table.by_first or bare[i] in table.by_first)
        and (table.second_words.get(words[i], False) is None or table.may_start(words, bare, i))
    ]
    assert tokens.phrase_starts(table) == expected


@_SETTINGS
@given(
    _text(["at", "on", "in", "that", "At", "x", "Monday", " ", "\n", "thatx"], 8),
    st.text("ab", max_size=2),
)
def test_object_text_cuts_what_the_substitution_cut(after: str, expression: str) -> None:
    plain = after.replace(expression, " ", 1) if expression else after
    plain = re.sub(r"^\s*(?:at|on|in)?\s*(?:that\s+)?", "", plain)
    assert event_parts._object_text(after, expression) == plain


def _split_plain(text: str) -> list[tuple[str, int, int, int]]:
    """`split_sentences` as it was: every candidate boundary asked, white space cut char by char."""
    found: list[tuple[str, int, int, int]] = []
    paragraph_starts = sentences._paragraph_starts(text)

    def append(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return
        for line_start, line_end in sentences._lines(text, start, end):
            paragraph = sentences._paragraph_of(line_start, paragraph_starts)
            found.append((text[line_start:line_end], line_start, line_end, paragraph))

    start = 0
    for match in sentences._BOUNDARY.finditer(text):
        if sentences._is_boundary(text, match):
            append(start, match.end())
            start = match.end()
    append(start, len(text))
    return found


_SENTENCE_PIECES = [
    "Talks", "ended", "U.S.", "Nov.", "3", "Mr.", "Smith", "said", "x", "!", "?", "…", ".", '."',
    "\n", "\n\n", " \u2003", "\u00a0", "- item", "Officials", "e.g.", "the", "J.",
]  # fmt: skip


@_SETTINGS
@given(_text(_SENTENCE_PIECES, 40))
def test_split_sentences_is_the_plain_loop(text: str) -> None:
    got = [(s.text, s.start, s.end, s.paragraph) for s in split_sentences(text)]
    assert got == _split_plain(text)


def test_merge_skips_only_pairs_of_different_kinds() -> None:
    """`merge_repeats` skips a pair of different types, neither a plain attack, without asking
    `_same_happening`: such a pair is never `_same_kind`, whichever the types."""
    from types import SimpleNamespace

    from timeline_app.domain.model import EventType
    from timeline_app.extraction import event_merge

    for a in EventType:
        for b in EventType:
            skipped = a != b and EventType.ATTACK not in (a, b)
            same = event_merge._same_kind(SimpleNamespace(type=a), SimpleNamespace(type=b))  # type: ignore[arg-type]
            assert not (skipped and same), (a, b)


@_SETTINGS
@given(
    _text(["air", "raid", "Air", "strike", "said", "in", "control", "of", "talks", "the", "x"]),
    st.lists(st.integers(0, 200), max_size=8),
)
def test_phrase_matches_in_any_spans_are_those_of_each_span(text: str, cuts: list[int]) -> None:
    """Any spans in text order that do not overlap (gaps and empty spans too), not only sentences."""
    table = triggers("en")
    tokens = tokenize(text)
    points = sorted(cuts)
    spans = list(zip(points[0::2], points[1::2], strict=False))
    expected = [table.finditer(text, start, end, tokens) for start, end in spans]
    assert table.find_in_spans(text, spans, tokens) == expected
