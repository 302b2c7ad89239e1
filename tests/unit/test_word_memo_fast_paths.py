"""Per-word memos and other shortcuts of the tokenizer, the date finder and the text reader give
what the plain computation gives, in every script and whatever the memos remember already.

- `phrases.Remembered`: a dict that makes a missing value (lower-case forms, the date cores a word
  holds), forgotten all at once when full;
- the tokenizer's word pattern, written so that the regex engine skips from word to word;
- `text.source_url`, which looks at no line of a text without "://";
- the language model's cache, whose language-by-feature table is float32 (the model's float16);
- `dates_text.year_positions`, which does not search the text it was asked about last again;
- phrase matches made without the named tuple's `__new__`; newlines normalised in one scan when
  a text has no carriage return.
"""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.extraction import dates, phrases
from timeline_app.extraction.lexicon import triggers
from timeline_app.extraction.phrases import PhraseMatch, Remembered, tokenize
from timeline_app.extraction.sentences import split_sentences
from timeline_app.readers import dates_text, langid_cache
from timeline_app.readers import text as text_reader
from timeline_app.readers.encoding import normalise_newlines
from timeline_app.readers.language import LANGUAGES

from .test_langid_walk import _pair

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words of the scripts we read, with what changes length or form when lower-cased (final sigma,
# dotted I, sharp s, title-case digraphs), apostrophes and joiners of either kind, and digits.
_WORDS = [
    "Kyiv", "KYIV", "Russia's", "Kyiv’s", "don’t", "U.S.", "Nov.", "x-y", "1.5", "2024",
    "ΟΔΥΣΣΕΥΣ", "Σ", "İstanbul", "STRASSE", "Straße", "ǅemal", "Харків", "ХАРКІВ", "Ґанок",
    "über", "ÉTÉ", "日内瓦", "٣", "_x", "a_b", "said", "the", "Monday", "March", "ſo", "\u212ay",
]  # fmt: skip
_SEPARATORS = ["", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "-", "'", "’", "\t", "—", "\u00a0"]


def _text(pieces: list[str], max_size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(_SEPARATORS)), max_size=max_size
    ).map(lambda parts: "".join(word + sep for word, sep in parts))


# --- Remembered -----------------------------------------------------------------------------------


@_SETTINGS
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.integers(1, 6))
def test_remembered_values_are_made_ones_whatever_it_holds(words: list[str], size: int) -> None:
    made: list[str] = []

    def make(word: str) -> str:
        made.append(word)
        return word.upper()

    memo: Remembered[str, str] = Remembered(make, max_entries=size)
    for _ in range(2):
        assert list(map(memo.__getitem__, words)) == [w.upper() for w in words]
        assert len(memo) <= size
    if len(set(words)) <= size:  # everything fits: each word made once only
        assert sorted(made) == sorted(set(words))


# --- the tokenizer --------------------------------------------------------------------------------

_WORD_PIECES_PLAIN = re.compile(r"(\w++(?:[.'’-]\w++)*+)")


@_SETTINGS
@given(_text(_WORDS) | st.text(max_size=40))
def test_word_pieces_split_as_the_plain_pattern(text: str) -> None:
    assert phrases._WORD_PIECES.split(text) == _WORD_PIECES_PLAIN.split(text)


def _lower_plain(text: str, exact: list[str]) -> list[str]:
    """The lower-case forms as `tokenize` made them before they were remembered."""
    if "’" in text:
        return [w.lower().replace("’", "'") for w in exact]
    return list(map(str.lower, exact))


@_SETTINGS
@given(_text(_WORDS), st.integers(1, 8))
def test_lower_forms_are_the_plain_ones_whatever_is_remembered(text: str, size: int) -> None:
    memo: Remembered[str, str] = Remembered(phrases._lowered, max_entries=size)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrases, "_LOWER", memo)
        for _ in range(2):  # the second time from what the first left remembered
            tokens = tokenize(text)
            assert tokens.lower == _lower_plain(text, tokens.exact)
            assert tokens.lower_bare == [phrases._without_possessive(w) for w in tokens.lower]


# --- date cores found from the words, with a memory that is forgotten ---------------------------

_DATE_WORDS = [
    "day", "Monday", "the nineties", "2024", "1990s", "90's", "2024-11-03", "11/03/2024", "Q1",
    "half", "quarter", "century", "mid-December", "last week", "year-end", "two thousand",
    "Christmas", "two days ago", "3 March", "March 3", "tonight", "Januar", "März", "мая",
    "ноября", "травня", "février", "marzo", "Montag", "понеділок", "ſunday", "\u212aW",
]  # fmt: skip


@_SETTINGS
@given(_text(_DATE_WORDS), st.sampled_from(["en", "de", "fr", "es", "uk", "ru"]))
def test_word_cores_remembered_find_what_a_scan_finds(text: str, language: str) -> None:
    cores = dates._word_cores(dates.rules_for(language))
    memo: Remembered[str, tuple[tuple[int, int, int], ...]] = Remembered(
        cores._find_in_word, max_entries=3
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cores, "_in_word", memo.__getitem__)
        for _ in range(2):
            found = cores.hits(text, tokenize(text))
            for core in cores.cores:
                assert found[id(core)] == [m.span() for m in core.finditer(text)]
    published = date(2025, 11, 19)
    plain = dates.find_time_expressions(text, published, language)
    assert dates.find_time_expressions(text, published, language, tokens=tokenize(text)) == plain


# --- the text reader's source address ------------------------------------------------------------

_LINES = ["", " ", "\n", "\n\n", "x y", "Title", "a" * 900, "https://example.org/a"]
_LINES += ["Source: https://example.org/b", "URL: <http://e.org/c>", "see http://e.org/d here"]
_LINES += ["HTTPS://E.ORG/E", "ftp://e.org/f", "://", "\u2028"]


def _source_url_plain(text: str) -> str:
    for line in text_reader._first_lines(text, 6) + text_reader._last_lines(text, 4):
        m = text_reader._URL_LINE.match(line)
        if m:
            return m.group(1)
    return ""


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=40).map("\n".join))
def test_source_url_is_the_plain_one(text: str) -> None:
    assert text_reader.source_url(text) == _source_url_plain(text)


# --- the language model's cache: a float32 table scores as the model's float16 one ---------------

_CACHED: list[Any] = []


def _cached_identifier() -> Any:
    """The identifier mapped from a cache file written for these tests (once: hypothesis cannot
    take fixtures of a narrower scope)."""
    if not _CACHED:
        from py3langid import langid

        key = langid_cache.cache_key(LANGUAGES, langid.MODEL_DIR / langid.MODEL_FILE)
        folder = Path(tempfile.mkdtemp(prefix="langid-test-"))
        path = folder / "model.bin"
        langid_cache.save(path, key, _pair()[1])
        _CACHED.append(langid_cache.load(path, key))
        path.unlink()  # (the mapping stays valid)
        folder.rmdir()
    return _CACHED[0]


_SAMPLE_WORDS = [*_WORDS, "Russian", "drones", "struck", "війна", "Ukraine", "die", "le", "и"]


@settings(max_examples=200, deadline=None)
@given(_text(_SAMPLE_WORDS, 120) | st.text(max_size=200))
def test_the_cached_float32_table_scores_as_the_library(text: str) -> None:
    cached = _cached_identifier()
    assert cached.nb_ptc.dtype == "float32" and not cached.nb_ptc.flags.owndata
    library = _pair()[0]
    for sample in (text, text[:1500], text * 8):
        assert cached.rank(sample) == library.rank(sample)
        assert cached.classify(sample) == library.classify(sample)


# --- year positions: the last text asked about is not searched again ------------------------------

_YEAR_PIECES = ["2024", "1999", "20191912", "x", " ", "\n", "٣", "20", "19", "2025-11-03", "5"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_YEAR_PIECES), max_size=20).map("".join), max_size=4))
def test_year_positions_of_texts_asked_again_are_the_plain_ones(texts: list[str]) -> None:
    def plain(text: str) -> list[int]:
        return [m.start() for m in dates_text._YEAR_DIGITS.finditer(text)]

    for text in texts + texts[::-1]:
        for sample in (text, text[:6000], text[:5]):  # (the first two: the same object)
            first = dates_text.year_positions(sample)
            assert first == plain(sample)
            first.append(-1)  # the caller's own list
            assert dates_text.year_positions(sample) == plain(sample)


# --- phrase matches, newlines ----------------------------------------------------------------------

_TRIGGER_TEXT = ["air", "raid", "Air", "strike", "said", "in", "control", "of", "talks", "the", "x"]


@_SETTINGS
@given(_text(_TRIGGER_TEXT + ["Kyiv’s", "U.S."]))
def test_phrase_matches_are_phrase_matches(text: str) -> None:
    table, tokens = triggers("en"), tokenize(text)
    spans = [(s.start, s.end) for s in split_sentences(text)]
    found = [m for matches in table.find_in_spans(text, spans, tokens) for m in matches]
    found += table.finditer(text, tokens=tokens)
    for match in found:
        assert type(match) is PhraseMatch
        assert match == PhraseMatch(
            match.start, match.end, text[match.start : match.end], match.value
        )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a\r\n \u2028", max_size=30))
def test_newlines_are_normalised_as_by_the_plain_replacements(text: str) -> None:
    assert normalise_newlines(text) == text.replace("\r\n", "\n").replace("\r", "\n")
