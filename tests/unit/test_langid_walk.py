"""The language identifier's word-memoised walk (readers/langid_walk.py) gives py3langid's own
features, counts and scores, bit for bit, on every kind of text, whatever it remembers already."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.readers import langid_cache, language
from timeline_app.readers.langid_walk import WordWalkIdentifier
from timeline_app.readers.language import LANGUAGES

from .test_language_cache import SHORT, mixed_texts, random_texts

_PAIR: list[Any] = []


def _pair() -> tuple[Any, Any]:
    """py3langid's own identifier, restricted as the app restricts it, and ours. Built once, for
    the fixtures and for hypothesis (which cannot take function-scoped fixtures)."""
    if not _PAIR:
        from py3langid import langid

        plain = langid.LanguageIdentifier.from_modelpath(
            langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True
        )
        plain.set_languages(list(LANGUAGES))
        assert type(plain) is langid.LanguageIdentifier
        _PAIR.extend([plain, langid_cache.packaged(LANGUAGES)])
    return _PAIR[0], _PAIR[1]


@pytest.fixture(scope="module")
def library() -> Any:
    return _pair()[0]


@pytest.fixture(scope="module")
def walker() -> Any:
    return _pair()[1]


def samples(texts: list[str]) -> Iterator[str]:
    for text in texts:
        yield from (text, text[:1500], text[:40], text.upper(), text.replace(" ", "  "))


def test_the_app_detects_with_the_word_walk() -> None:
    assert isinstance(language._model(), WordWalkIdentifier)


def test_features_are_the_librarys_in_the_same_order(library: Any, walker: Any) -> None:
    from py3langid.langid import visit_counts

    for text in samples(SHORT + random_texts(120) + mixed_texts()):
        data = library._encode(text)
        expected = visit_counts(library.tk_nextmove, library._rowbase, library.tk_output, data)
        found = walker.features(data)
        if expected is None:
            assert found == []
        else:
            # Same counts, first seen in the same order: the scores sum in the same order.
            assert list(Counter(found).items()) == list(expected.items())


def test_scores_are_the_librarys_bit_for_bit(library: Any, walker: Any) -> None:
    for text in samples(SHORT + random_texts(150) + mixed_texts()):
        assert walker.rank(text) == library.rank(text), text[:80]
        assert walker.classify(text) == library.classify(text)


def test_a_full_memory_is_forgotten_and_answers_stay_the_same(
    library: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    walker = langid_cache.packaged(LANGUAGES)
    monkeypatch.setattr(WordWalkIdentifier, "MAX_ENTRIES", 50)
    for text in mixed_texts()[:20]:
        assert walker.rank(text) == library.rank(text)
        assert len(walker._known) <= 50


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["the", "Kyiv", "drones", "struck", "війна", "Харків", "日内瓦", "—", "2024", ""]
            ),
            st.text(min_size=0, max_size=30),
        ),
        max_size=60,
    ),
    st.sampled_from([" ", "  ", "\n", " \t"]),
)
def test_any_text_scores_as_with_the_library(words: list[str], separator: str) -> None:
    library, walker = _pair()
    text = separator.join(words)
    assert walker.rank(text) == library.rank(text)


def test_the_cached_model_walks_words_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_APP_CACHE_DIR", str(tmp_path))
    identifier = langid_cache.load_identifier(LANGUAGES)
    assert isinstance(identifier, WordWalkIdentifier)
    assert isinstance(identifier.tk_nextmove, memoryview)  # mapped from the cache file
    library, _ = _pair()
    for text in SHORT:
        assert identifier.rank(text) == library.rank(text)
