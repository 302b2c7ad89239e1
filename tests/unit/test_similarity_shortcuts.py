"""The import's shortcuts in matching decide exactly as the plain computation: `best_match` stops
at the first candidate scoring `TOP_SCORE`, and `tokens` works each word out once."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.domain.model import EventType
from timeline_app.domain.similarity import (
    _STOP,
    _WORD,
    SAME_HAPPENING,
    TOP_SCORE,
    Digest,
    _stem,
    best_match,
    happening_score,
    tokens,
)

D0 = 739_000
# Few words, types and names, so that candidates often tie, share names, or copy a text.
WORDS = ["strike", "Kharkiv", "drones", "hit", "the", "port", "overnight", "talks", "aid", "7"]
PLACES = ["Kharkiv", "Kharkiv Oblast", "Lviv", "Odesa"]
ACTORS = ["Russia", "Ukraine", "NATO"]
TYPES = [
    EventType.MISSILE_STRIKE,
    EventType.DRONE_ATTACK,
    EventType.ATTACK,
    EventType.MEETING,
    EventType.AID,
]

texts = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)
digests = st.builds(
    lambda type_, start, length, actors, places, title, sentences: Digest(
        type_,
        D0 + start,
        D0 + start + length,
        frozenset(actors),
        frozenset(places),
        (tokens(title), *(tokens(s) for s in sentences)),
    ),
    st.sampled_from(TYPES),
    st.integers(0, 3),
    st.integers(0, 2),
    st.sets(st.sampled_from(ACTORS), max_size=2),
    st.sets(st.sampled_from(PLACES), max_size=2),
    texts,
    st.lists(texts, min_size=1, max_size=3),
)


def plain_best(report: Digest, candidates: list[Digest]) -> int | None:
    """Every candidate scored in full; the highest at least SAME_HAPPENING, the first of equals."""
    best, best_score = None, 0.0
    for i, candidate in enumerate(candidates):
        score = happening_score(report, candidate)
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= SAME_HAPPENING else None


@settings(max_examples=400, deadline=None)
@given(digests, st.lists(digests, max_size=8), st.integers(0, 7))
def test_best_match_picks_what_scoring_every_candidate_picks(
    report: Digest, candidates: list[Digest], copies: int
) -> None:
    # a copy of the report among the candidates scores TOP_SCORE, and later ones are not read
    if candidates:
        candidates.insert(copies % (len(candidates) + 1), report)
    picked = best_match(report, enumerate(candidates))
    assert picked == plain_best(report, candidates)


def test_no_score_exceeds_top_score() -> None:
    same = Digest(EventType.AID, D0, D0, frozenset(ACTORS), frozenset(PLACES), (tokens("aid"),))
    assert happening_score(same, same) == TOP_SCORE == 1.0
    assert math.nextafter(TOP_SCORE, 2.0) > happening_score(same, same)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeiosty AEIOU1_-'éß\n"), max_size=60))
def test_tokens_are_the_plain_content_stems(text: str) -> None:
    plain = {
        _stem(w)
        for w in _WORD.findall(text.lower())
        if not (w in _STOP or len(w) < 3 and not w.isdigit())
    }
    assert tokens(text) == frozenset(plain)
