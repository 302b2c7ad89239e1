"""The import's shortcuts in matching decide exactly as the plain computation: `best_match` stops
at the first candidate scoring `TOP_SCORE` (and scores first only the candidates that could), and
`tokens` works each word out once."""

from __future__ import annotations

import dataclasses
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
    _holds_a_text,
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


def _digests(
    texts: st.SearchStrategy[str],
    actors: list[str],
    places: list[str],
    min_sentences: int,
) -> st.SearchStrategy[Digest]:
    """Digests near day D0 with names from `actors`/`places` and a title and sentences from `texts`."""
    return st.builds(
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
        st.sets(st.sampled_from(actors), max_size=2),
        st.sets(st.sampled_from(places), max_size=2),
        texts,
        st.lists(texts, min_size=min_sentences, max_size=3),
    )


digests = _digests(texts, ACTORS, PLACES, min_sentences=1)


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


# Words of several scripts (the tokens are any language's), stop words and short ones included.
WORLD_WORDS = [*WORDS, "удар", "Харків", "дронів", "ضربة", "مدينة", "攻撃", "χτύπημα", "of", "ab"]
world_texts = st.lists(st.sampled_from(WORLD_WORDS), max_size=5).map(" ".join)
world_digests = _digests(
    world_texts, [*ACTORS, "Україна"], [*PLACES, "Харків", "حلب"], min_sentences=0
)


@st.composite
def near_copies(draw: st.DrawFn, report: Digest) -> Digest:
    """The report with some of its values changed: it often still holds one of the report's
    texts exactly, without scoring TOP_SCORE (another type, other names, a far date...)."""
    other = draw(world_digests)
    changed = draw(st.sets(st.sampled_from(["type", "day_start", "actors", "places", "texts"])))
    values = {name: getattr(other, name) for name in changed}
    if "day_start" in values:
        values["day_end"] = max(values["day_start"], report.day_end)
    if "texts" in values and report.texts and draw(st.booleans()):
        values["texts"] = (*other.texts, draw(st.sampled_from(report.texts)))
    return dataclasses.replace(report, **values)


@settings(max_examples=500, deadline=None)
@given(st.data(), world_digests, st.integers(0, 6))
def test_best_match_with_near_copies_picks_what_scoring_every_candidate_picks(
    data: st.DataObject, report: Digest, size: int
) -> None:
    candidates = [data.draw(st.one_of(world_digests, near_copies(report))) for _ in range(size)]
    assert best_match(report, enumerate(candidates)) == plain_best(report, candidates)


@settings(max_examples=500, deadline=None)
@given(world_digests, st.data())
def test_only_a_candidate_of_the_same_type_holding_a_text_scores_top(
    report: Digest, data: st.DataObject
) -> None:
    # what `best_match` relies on to score the other candidates only when none scores TOP_SCORE
    candidate = data.draw(st.one_of(world_digests, near_copies(report)))
    if happening_score(report, candidate) >= TOP_SCORE:
        assert candidate.type == report.type
        assert _holds_a_text(candidate.text_set, report.texts)
