"""The event finder's shortcuts must find exactly what the plain path finds: a sentence dropped
before its triggers are resolved, full stops that need no abbreviation check, one-word phrases
taken without trying longer ones, headline parts never read left empty. Each is checked against
the plain version on texts made of the words the rules themselves look for, in every language
the lexicons have."""

from __future__ import annotations

from datetime import date
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.test_extraction_fast_paths import _split_plain
from timeline_app.domain.model import (
    Actor,
    DateSpan,
    EventStatus,
    EventType,
    ExtractedEvent,
    Place,
)
from timeline_app.extraction import event_merge, events, sentences
from timeline_app.extraction.dates import find_time_expressions
from timeline_app.extraction.event_triggers import candidates, find_means, find_triggers
from timeline_app.extraction.lexicon import LANGUAGES, TriggerEntry, means, triggers
from timeline_app.extraction.phrases import PhraseTable, tokenize
from timeline_app.extraction.sentences import split_sentences
from timeline_app.extraction.titles import TitleParts, make_title, reads_other, reads_weapon

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PUBLISHED = date(2025, 11, 19)


def _text(pieces: list[str], max_size: int = 24) -> st.SearchStrategy[str]:
    separators = [" ", " ", " ", ", ", ". ", ".\n\n", "; ", " — ", "-", "\n"]
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(separators)), max_size=max_size
    ).map(lambda parts: "".join(word + sep for word, sep in parts))


def _forms(table: PhraseTable, limit: int = 60) -> list[str]:
    """Phrases of a table as text (a stem gets an ending), spread over its kinds of entries:
    statements and reports, reporting words, words of every weight."""
    keys = [key for entries in table.by_first.values() for key, _ in entries]
    keys += [key for _, (key, _) in table.stems]
    by_kind: dict[object, list[str]] = {}
    for key in sorted(keys):
        value = table.lookup(" ".join(w.rstrip("*") for w in key))
        kind = (value.type, value.reporting, value.weight) if isinstance(value, TriggerEntry) else 0
        by_kind.setdefault(kind, []).append(" ".join(w.replace("*", "ed") for w in key))
    spread: list[str] = []
    while len(spread) < limit and any(by_kind.values()):
        for forms in by_kind.values():
            if forms:
                spread.append(forms.pop())
    return spread


_NAMES = [
    "Russia", "Ukraine", "NATO", "President Zelensky", "Mr. Smith", "Reuters", "officials",
    "residents", "Kyiv", "Odesa", "in Kharkiv", "on Monday", "on 27 August 2024", "yesterday",
    "last week", "the", "a", "and", "was", "not", "will", "according to", "x",
]  # fmt: skip


def _words(language: str) -> list[str]:
    return _forms(triggers(language)) + _forms(means(language), 15) + _NAMES


_TEXTS = st.sampled_from(LANGUAGES).flatmap(
    lambda lang: st.tuples(st.just(lang), _text(_words(lang)))
)


# --- a sentence whose trigger words cannot make a supported candidate is dropped early ----------


@_SETTINGS
@given(_TEXTS)
def test_dropping_sentences_early_finds_the_same_events(case: tuple[str, str]) -> None:
    language, text = case
    expressions = find_time_expressions(text, _PUBLISHED, language)
    fast = events.find_events(text, expressions, _PUBLISHED, language)
    with mock.patch.object(events, "_may_be_supported", lambda *args: True):
        plain = events.find_events(text, expressions, _PUBLISHED, language)
    assert fast == plain


@_SETTINGS
@given(_TEXTS)
def test_a_sentence_dropped_early_has_no_supported_candidate(case: tuple[str, str]) -> None:
    language, text = case
    tokens = tokenize(text)
    for sentence in split_sentences(text):
        matches = triggers(language).finditer(text, sentence.start, sentence.end, tokens)
        weapons = find_means(text, sentence, language, tokens)
        found = find_triggers(text, sentence, None, language, tokens, matches)
        pending = candidates(found, weapons)
        for has_actor in (False, True):
            for has_place in (False, True):
                if events._may_be_supported(matches, has_actor, has_place, bool(weapons)):
                    continue
                assert not any(
                    events._supported(c, has_actor, has_place, bool(weapons)) for c in pending
                )


# --- full stops after a long word and before a capital need no abbreviation check --------------

_STOP_PIECES = [
    "Officials", "reporters", "1234567", "ceasefire", "U.S.", "Nov.", "Mr.", "approx.", "e.g.",
    "say", "J.", "x", ".", "..", "!", "?", '."', ".)", "Talks", "talks", "3", "Öl", "Київ", "ǅ",
    "İstanbul", "ß", "(", "“", "«", "[", ",", "_", "\u2003", "\u00a0", " " * 85, "No.", "Sept.",
    "etc.", "CAPT.", "Thurs.", "st.", "Mſ.", "12.", "a1b2.", "²", "war-torn.", "don't.",
]  # fmt: skip


@_SETTINGS
@given(_text(_STOP_PIECES, 40))
def test_marked_boundaries_are_the_boundaries_and_sure_ones_are_boundaries(text: str) -> None:
    marked = list(sentences._BOUNDARY_MARKED.finditer(text))
    assert [m.span() for m in marked] == [m.span() for m in sentences._BOUNDARY.finditer(text)]
    for match in marked:
        if match.start(1) >= 0:
            assert sentences._is_boundary(text, match)


@_SETTINGS
@given(_text(_STOP_PIECES, 40))
def test_split_sentences_with_sure_boundaries_is_the_plain_loop(text: str) -> None:
    got = [(s.text, s.start, s.end, s.paragraph) for s in split_sentences(text)]
    assert got == _split_plain(text)


def test_every_abbreviation_before_every_kind_of_next_word_splits_as_the_plain_loop() -> None:
    words = sorted(sentences._ABBREVIATIONS) + ["x", "xy", "word", "words", "sixsix", "seven77"]
    for word in words:
        for form in (word, word.upper(), word.title()):
            for after in (" Then", " 3 more", ' "Yes"', " (Kyiv)", " the", "  \n\nNext", " Öl"):
                for before in ("", "Talks ", "a-", "x."):
                    text = f"{before}{form}.{after} and more."
                    got = [(s.text, s.start, s.end, s.paragraph) for s in split_sentences(text)]
                    assert got == _split_plain(text), text


def test_sure_characters_are_neither_lower_case_nor_what_continues_a_sentence() -> None:
    import re

    sure = re.compile(f"[{sentences._SURE_NEXT}]")
    for code in range(0x110000):
        char = chr(code)
        if sure.fullmatch(char):
            assert not (char.islower() or char in ",;:)" or char.isspace()), hex(code)


# --- a word that starts no longer phrase is the match, without trying phrases -------------------


def _tables() -> list[PhraseTable]:
    from timeline_app.extraction.actors import _alias_table, _title_table

    found = [triggers(lang) for lang in LANGUAGES] + [means(lang) for lang in LANGUAGES]
    return [*found, _alias_table(), _title_table()]


@_SETTINGS
@given(st.sampled_from(_tables()).flatmap(lambda t: st.tuples(st.just(t), _text(_forms(t)))))
def test_one_pass_with_one_word_phrases_is_finditer_of_each_sentence(
    case: tuple[PhraseTable, str],
) -> None:
    table, text = case
    tokens = tokenize(text)
    spans = [(s.start, s.end) for s in split_sentences(text)]
    expected = [table.finditer(text, start, end, tokens) for start, end in spans]
    assert table.find_in_spans(text, spans, tokens) == expected


# --- headline parts a title does not read -------------------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(list(EventType)),
    st.sampled_from(["attack", "talks", "pledged", "captured", "advanced", "met", "fighting"]),
    st.sampled_from(["", "Ukraine", "US officials", "Zelensky"]),
    st.sampled_from(["", "Russia", "the prime minister"]),
    st.sampled_from(["", "Kyiv", "Voronezh Oblast"]),
    st.sampled_from(["", "missile", "drone", "ATACMS", "Shahed"]),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", "Peers", "Hamas gunmen"]),
)
def test_weapon_and_counterpart_left_empty_where_the_title_does_not_read_them(
    kind: EventType,
    trigger: str,
    who: str,
    other: str,
    place: str,
    weapon: str,
    intercept: bool,
    planned: bool,
    subject: str,
) -> None:
    """As `event_parts._title_parts` leaves them: `weapon` unless `reads_weapon`, `other` unless
    `reads_other` or nothing else names anyone or anywhere (whether the title is anchored)."""
    full = TitleParts(
        type=kind,
        trigger=trigger,
        who=who,
        other=other,
        place=place,
        weapon=weapon,
        intercept=intercept,
        planned=planned,
        subject="" if who or place else subject,
    )
    lean = full
    if not reads_weapon(kind, intercept):
        lean = lean._replace(weapon="")
    if not reads_other(kind, intercept) and (full.who or full.place or full.subject):
        lean = lean._replace(other="")
    assert make_title(lean) == make_title(full)
    anchored = bool(full.who or full.subject or full.place or full.other)
    assert bool(lean.who or lean.subject or lean.place or lean.other) == anchored


# --- repeats are looked for only among events of a type that can be the same happening ----------


def _merge_plain(items: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """`merge_repeats` as it was: every earlier event asked in turn."""
    kept: list[ExtractedEvent] = []
    for event in items:
        for i, earlier in enumerate(kept):
            if event_merge._same_happening(earlier, event):
                kept[i] = event_merge._merged(earlier, event)
                break
        else:
            kept.append(event)
    return kept


_DAYS = [None, DateSpan.day(date(2025, 11, 17)), DateSpan.day(date(2025, 11, 18))]
_KINDS = [
    EventType.ATTACK, EventType.MISSILE_STRIKE, EventType.DRONE_ATTACK, EventType.SHELLING,
    EventType.MEETING, EventType.GROUND_FIGHTING, EventType.STATEMENT,
]  # fmt: skip


@st.composite
def _extracted(draw: st.DrawFn) -> ExtractedEvent:
    sentence = draw(st.sampled_from(["Drones hit Kyiv.", "Drones  hit Kyiv!", "Talks ended."]))
    return ExtractedEvent(
        type=draw(st.sampled_from(_KINDS)),
        title=draw(st.sampled_from(["Drone attack on Kyiv", "Talks", "Attack"])),
        span=draw(st.sampled_from(_DAYS)),
        basis=None,
        status=draw(st.sampled_from(list(EventStatus))),
        sentence=sentence,
        start=0,
        end=len(sentence),
        time_expression=None,
        actors=tuple(draw(st.lists(st.sampled_from([Actor("Russia", "country")]), max_size=1))),
        places=tuple(draw(st.lists(st.sampled_from(_PLACES), max_size=2, unique=True))),
        confidence=draw(st.sampled_from([0.5, 0.7])),
        trigger=draw(st.sampled_from(["attack", "struck", "intercepted", "met"])),
    )


_PLACES = [Place("Kyiv", "UA", "city"), Place("Odesa", "UA", "city")]


@_SETTINGS
@given(st.lists(_extracted(), max_size=14))
def test_merging_among_comparable_types_is_merging_with_every_earlier_event(
    items: list[ExtractedEvent],
) -> None:
    assert event_merge.merge_repeats(items) == _merge_plain(items)
