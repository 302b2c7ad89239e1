"""The event finder skips work whose result is never read, and must find what the plain path
finds: the words a sentence points back with ("the area", "there", "the missiles") are read only
once an earlier event could be its antecedent. Checked against the plain version on texts made
of the words the rules themselves look for, in every language the lexicons have."""

from __future__ import annotations

from datetime import date
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.test_event_finder_fast_paths import _forms
from timeline_app.domain.model import TYPE_FAMILY, ExtractedEvent, TypeFamily
from timeline_app.extraction import event_context, events
from timeline_app.extraction.dates import find_time_expressions
from timeline_app.extraction.lexicon import LANGUAGES, means, triggers
from timeline_app.extraction.sentences import Sentence

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PUBLISHED = date(2025, 11, 19)

# Names, dates and the words an event's sentence points back with (`event_context`).
_NAMES = [
    "Russia", "Ukraine", "NATO", "President Zelensky", "Mr. Smith", "Reuters", "officials", "he",
    "Kyiv", "Odesa", "in Kharkiv", "near Bakhmut", "on Monday", "on 27 August 2024", "yesterday",
    "the", "a", "and", "was", "not", "will", "according to", "in the area", "there", "there were",
    "the missiles", "all four drones", "these attacks", "A fire broke out", "Fighting continued",
    "the U.S. officials—Army Secretary Dan Driscoll and General Randy George—", "x",
]  # fmt: skip
_SEPARATORS = [" ", " ", " ", ", ", ". ", ". ", ".\n\n", "; ", " — ", "\n", "! "]


def _text(pieces: list[str], max_size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(_SEPARATORS)), max_size=max_size
    ).map(lambda parts: "".join(word + sep for word, sep in parts))


def _words(language: str) -> list[str]:
    return _forms(triggers(language)) + _forms(means(language), 20) + _NAMES


_TEXTS = st.sampled_from(LANGUAGES).flatmap(
    lambda lang: st.tuples(st.just(lang), _text(_words(lang)))
)
# Whole sentences, so that events with places come before ones that point back to them, a
# sentence or more apart ("the drones", "there"), in one paragraph or across a break.
_SENTENCES = [
    "Russian drones attacked Kyiv on Monday", "Missiles struck Odesa", "Officials met in Lviv",
    "Ukraine and Poland signed an agreement in Warsaw", "Officials met", "Nothing was said",
    "The drones struck again", "The missiles were shot down", "All four drones were intercepted",
    "Fighting continued in the area", "Officials met there", "Drones attacked there", "A fire broke out", "He said so",
    "These attacks killed two people on 3 March", "Shelling was reported yesterday", "x",
]  # fmt: skip
_STORIES = st.tuples(
    st.sampled_from(LANGUAGES),
    st.lists(
        st.tuples(st.sampled_from(_SENTENCES), st.sampled_from([". ", ". ", ".\n\n", "! "])),
        max_size=8,
    ).map(lambda parts: "".join(sentence + end for sentence, end in parts)),
)


# --- what a sentence points back with, read only when an antecedent is possible -----------------


def _antecedent_plain(
    event: ExtractedEvent,
    index: int,
    done: list[tuple[int, ExtractedEvent]],
    sentences: list[Sentence],
    text: str,
) -> ExtractedEvent | None:
    """`event_context._antecedent` as it was: both references searched first, for every event."""
    sentence = sentences[index]
    refers_back = event_context._BACK_REFERENCE.found_in(text, sentence.start, sentence.end)
    any_lane = event_context._PLACE_REFERENCE.found_in(text, sentence.start, sentence.end)
    family = TYPE_FAMILY[event.type]
    for earlier_index, earlier in reversed(done):
        if index - earlier_index > event_context._LOOK_BACK or not earlier.places:
            continue
        if earlier_index == index and earlier.start == event.start and not any_lane:
            continue
        same_lane = TYPE_FAMILY[earlier.type] == family
        adjacent = (
            family == TypeFamily.STRIKES
            and earlier_index == index - 1
            and sentences[earlier_index].paragraph == sentence.paragraph
        )
        if any_lane or (same_lane and (refers_back or adjacent)):
            return earlier
    return None


def _same_events_as_the_plain_antecedents(language: str, text: str) -> None:
    expressions = find_time_expressions(text, _PUBLISHED, language)
    fast = events.find_events(text, expressions, _PUBLISHED, language)
    with mock.patch.object(event_context, "_antecedent", _antecedent_plain):
        plain = events.find_events(text, expressions, _PUBLISHED, language)
    assert fast == plain


@_SETTINGS
@given(_TEXTS)
def test_antecedents_found_lazily_in_texts_of_words_are_the_plain_ones(
    case: tuple[str, str],
) -> None:
    _same_events_as_the_plain_antecedents(*case)


@_SETTINGS
@given(_STORIES)
def test_antecedents_found_lazily_in_stories_are_the_plain_ones(case: tuple[str, str]) -> None:
    _same_events_as_the_plain_antecedents(*case)


def test_the_texts_carry_places_to_events_that_point_back() -> None:
    """The generated texts reach the antecedent rules (else the test above proves nothing)."""
    text = (
        "Russian missiles struck Kyiv on Monday. Fighting continued in the area. "
        "The missiles were shot down."
    )
    found = events.find_events(text, find_time_expressions(text, _PUBLISHED), _PUBLISHED)
    carried = [e for e in found if e.start > 0 and e.places]
    assert carried and all(p.name == "Kyiv" for e in carried for p in e.places)
