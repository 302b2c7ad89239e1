"""The per-sentence lookups of judging verbs, verbs of saying and cancel words find exactly what
the whole-article scans they replaced found within each sentence (they were moved to sentences
for speed; a text with "İ", whose lower case is longer, keeps the whole-article scan)."""

from __future__ import annotations

import bisect

import pytest

from timeline_app.extraction import event_bystanders as bystanders
from timeline_app.extraction import event_called_off as called_off
from timeline_app.extraction.sentences import Sentence, split_sentences

TEXTS = [
    "NATO condemned Russia's strikes on Kharkiv on Tuesday, the alliance said. Kyiv accused "
    "Moscow of targeting civilians. The visit, planned for Thursday, was cancelled. Talks set "
    "for Friday were called off, officials told reporters.",
    "La OTAN condenó los ataques rusos contra Járkov. La visita fue cancelada. Kyiv denunció "
    "los bombardeos, dijo el ministro.",
    "İstanbul talks were CANCELLED. Ankara condemned the strike; 2condemned x-accused "
    "anti-condemned. Officials said the meeting was Called Off.",
    "Die NATO verurteilte die Angriffe. Das Treffen wurde abgesagt. Moskau kritisierte Kiew.",
]


def _inside(spans: tuple[tuple[int, int], ...], sentence: Sentence) -> list[tuple[int, int]]:
    return [s for s in spans if sentence.start <= s[0] and s[1] < sentence.end]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "ru", "uk"])
def test_sentence_lookups_agree_with_the_article_scans(text: str, language: str) -> None:
    judging, sayings = bystanders._article_verbs(text, language)
    stems = called_off._stems_at(text, language) if language in called_off._STEMS else None
    for sentence in split_sentences(text):
        found = bystanders._sentence_judging(text, sentence.start, sentence.end, language)
        assert _inside(found, sentence) == _inside(judging, sentence)
        if language == "en":
            said = bystanders._sentence_sayings(text, sentence.start, sentence.end)
            assert _inside(said, sentence) == _inside(sayings, sentence)
        if stems is None:
            continue
        for low in range(sentence.start, sentence.end, 9):
            high = min(sentence.end, low + 120)
            at = bisect.bisect_left(stems, low)
            expected = at < len(stems) and stems[at] < high
            assert called_off._stem_near(text, low, high, language) == expected
