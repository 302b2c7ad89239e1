"""Do two event reports describe the same happening? A pure score used by the store's dedup.

Same type family and close dates are required, and so is a shared place or actor; the score then
weighs type agreement, the overlap of places and actors, and the wording (token Jaccard). Actors
do many things a day, so diplomacy needs more shared wording than a strike on one town.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from timeline_app.domain.model import TYPE_FAMILY, EventType, TypeFamily

SAME_HAPPENING = 0.6  # score at or above which two reports are one event
# The highest score `happening_score` gives (every part at its best, the same float operations).
TOP_SCORE = 0.4 * 1.0 + 0.3 * 1.0 + 0.3 * 1.0
DAY_GAP_TOLERANCE = 1  # "overnight" strikes are dated the 17th by one outlet, the 18th by another
GENERIC_TYPES = frozenset({EventType.ATTACK, EventType.EXPLOSION, EventType.OTHER})
MIN_WORDING = {
    TypeFamily.STRIKES: 0.0,
    TypeFamily.GROUND: 0.1,
    TypeFamily.CIVIL: 0.15,
    TypeFamily.DIPLOMACY: 0.2,
}
PLACE_DISAGREEMENT = 0.75  # both name places and none match: only near-identical wording merges
NEAR_COPY = 0.5  # wording at least this alike when the places disagree (a wire copy re-edited)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "their",
        "his",
        "her",
        "they",
        "he",
        "she",
        "we",
        "our",
        "after",
        "before",
        "during",
        "over",
        "into",
        "than",
        "said",
        "says",
        "according",
        "also",
        "about",
        "which",
        "who",
        "when",
        "where",
        "while",
        "would",
        "will",
        "could",
        "there",
        "other",
        "more",
        "some",
        "any",
        "not",
        "no",
        "but",
        "new",
        "last",
        "week",
        "day",
        "days",
        "year",
        "on",
    ]
)


_GENERIC_NAME_WORDS = frozenset(
    [
        "oblast",
        "region",
        "province",
        "district",
        "city",
        "the",
        "of",
        "de",
        "del",
        "la",
        "le",
        "raion",
        "krai",
        "republic",
    ]
)


@dataclass(frozen=True, slots=True)
class Digest:
    """The little an event report needs for matching."""

    type: EventType
    day_start: int
    day_end: int
    actors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    texts: tuple[frozenset[str], ...] = ()  # token sets of its title and sentences
    # `name_tokens` of the actors and places, worked out once (a digest is scored many times).
    actor_words: frozenset[str] = field(init=False, repr=False, compare=False)
    place_words: frozenset[str] = field(init=False, repr=False, compare=False)
    # The texts as a set: does it hold a text exactly (see `best_match`)?
    text_set: frozenset[frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "actor_words", name_tokens(self.actors))
        object.__setattr__(self, "place_words", name_tokens(self.places))
        object.__setattr__(self, "text_set", frozenset(self.texts))


@functools.lru_cache(maxsize=65536)
def tokens(text: str) -> frozenset[str]:
    """Content words, lower-cased and crudely stemmed (strikes/struck/striking stay apart: fine)."""
    return frozenset(filter(None, map(_content_stem, _WORD.findall(text.lower()))))


@functools.lru_cache(maxsize=65536)
def _content_stem(word: str) -> str:
    """The stem `tokens` keeps of a lower-cased word, '' for a word it drops: worked out once
    per word (most sentences an import tokenises are new, their words are not)."""
    if word in _STOP or len(word) < 3 and not word.isdigit():
        return ""
    return _stem(word)


def _stem(word: str) -> str:
    if len(word) <= 4:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=65536)
def name_tokens(names: frozenset[str]) -> frozenset[str]:
    """Words of place or actor names, so "Voronezh Oblast" still meets "Voronezh".

    Every word counts here, however short ("Ur", "Ai" are towns), except a few generic ones.
    """
    return frozenset().union(*(name_words(n) for n in names))


@functools.lru_cache(maxsize=65536)
def name_words(name: str) -> frozenset[str]:
    """The words of one name that `name_tokens` compares."""
    return frozenset(_stem(w) for w in _WORD.findall(name.lower()) if w not in _GENERIC_NAME_WORDS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)  # |a | b| is |a| + |b| - shared: no union set is built
    return shared / (len(a) + len(b) - shared)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: one outlet naming more actors than another is not a disagreement."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def dates_close(a: Digest, b: Digest) -> bool:
    return (
        a.day_start <= b.day_end + DAY_GAP_TOLERANCE
        and b.day_start <= a.day_end + DAY_GAP_TOLERANCE
    )


def type_agreement(a: EventType, b: EventType) -> float:
    if a == b:
        return 1.0
    if TYPE_FAMILY[a] != TYPE_FAMILY[b]:
        return 0.0
    return 0.75 if a in GENERIC_TYPES or b in GENERIC_TYPES else 0.3


def wording(a: Digest, b: Digest) -> float:
    """The best token Jaccard between a text of one and a text of the other.

    A busy event has a hundred texts, so this runs often: the loop is `jaccard` written out.
    """
    best = 0.0
    for x in a.texts:
        size = len(x)
        if not size:
            continue
        for y in b.texts:
            shared = len(x & y)
            if shared:
                score = shared / (size + len(y) - shared)
                if score > best:
                    if score == 1.0:
                        return score
                    best = score
    return best


def happening_score(a: Digest, b: Digest, floor: float = 0.0) -> float:
    """0 when the two reports cannot be one happening; at least `SAME_HAPPENING` when they are.

    A caller that needs only scores of at least `floor` gets 0 without the wording being
    compared (the costly part) when even identical wording would not reach it.
    """
    # type_agreement, dates_close and overlap written out: this runs for every candidate.
    if a.type == b.type:
        agreement = 1.0
    elif TYPE_FAMILY[a.type] != TYPE_FAMILY[b.type]:
        return 0.0
    else:
        agreement = 0.75 if a.type in GENERIC_TYPES or b.type in GENERIC_TYPES else 0.3
    if a.day_start > b.day_end + DAY_GAP_TOLERANCE or b.day_start > a.day_end + DAY_GAP_TOLERANCE:
        return 0.0
    places_a, places_b = a.place_words, b.place_words
    actors_a, actors_b = a.actor_words, b.actor_words
    place_share = (
        len(places_a & places_b) / min(len(places_a), len(places_b))
        if places_a and places_b
        else 0.0
    )
    actor_share = (
        len(actors_a & actors_b) / min(len(actors_a), len(actors_b))
        if actors_a and actors_b
        else 0.0
    )
    if place_share == 0.0 and actor_share == 0.0:
        return 0.0
    places_disagree = bool(places_a and places_b) and place_share == 0.0
    # The mean of the shares both sides can give (of places, of actors; 0 when neither).
    if a.places and b.places:
        entity = (place_share + actor_share) / 2 if a.actors and b.actors else place_share
    else:
        entity = actor_share if a.actors and b.actors else 0.0
    if floor > 0.0:
        # The score with wording 1.0: never below the real one (the same float operations).
        best = 0.4 * agreement + 0.3 * entity + 0.3 * 1.0
        if (best * PLACE_DISAGREEMENT if places_disagree else best) < floor:
            return 0.0
    text = wording(a, b)
    if text < MIN_WORDING[TYPE_FAMILY[a.type]]:
        return 0.0
    if places_disagree and text < NEAR_COPY:
        return 0.0
    score = 0.4 * agreement + 0.3 * entity + 0.3 * text
    return score * PLACE_DISAGREEMENT if places_disagree else score


T = TypeVar("T")


def best_match(report: Digest, candidates: Iterable[tuple[T, Digest]]) -> T | None:
    """The candidate that `report` scores highest, if that is at least `SAME_HAPPENING`; the
    first of equals.

    A candidate scoring `TOP_SCORE` cannot be beaten, so the first one is the answer, and the
    candidates are read no further (several stored events of one happening are alike). Only a
    candidate of the report's own type that holds one of its texts exactly can score it (a
    type or a wording below 1 keeps the score below), so the others are scored only when no
    candidate does: most reports of a busy day then score one candidate, not five.
    """
    later: list[tuple[T, Digest]] = []
    for candidate, digest in candidates:
        if (
            digest.type == report.type
            and _holds_a_text(digest.text_set, report.texts)
            and happening_score(report, digest) >= TOP_SCORE
        ):
            return candidate
        later.append((candidate, digest))
    return _best_of(report, later)


def _holds_a_text(texts: frozenset[frozenset[str]], wanted: tuple[frozenset[str], ...]) -> bool:
    """Does `texts` hold one of the non-empty texts `wanted` (a wording of 1.0)?"""
    return any(text and text in texts for text in wanted)


def _best_of(report: Digest, candidates: Iterable[tuple[T, Digest]]) -> T | None:
    """`best_match` scoring every candidate in order (none of them scores `TOP_SCORE`)."""
    best, best_score = None, 0.0
    for candidate, digest in candidates:
        # Only a score of at least SAME_HAPPENING that beats the best so far can decide.
        floor = SAME_HAPPENING if best_score < SAME_HAPPENING else math.nextafter(best_score, 2.0)
        score = happening_score(report, digest, floor)
        if score > best_score:
            best, best_score = candidate, score
    return best if best_score >= SAME_HAPPENING else None


def same_happening(a: Digest, b: Digest) -> bool:
    return happening_score(a, b) >= SAME_HAPPENING
