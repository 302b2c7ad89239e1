"""Event titles never made of fragments: passive agents, trailing clauses, bare verbs, foreign words;
the clause's subject names who when no actor does; unanchored events get less confidence."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.model import EventType, ExtractedEvent
from timeline_app.extraction.event_subject import subject_phrase
from timeline_app.extraction.events import find_events
from timeline_app.extraction.titles import TitleParts, make_title, short_object

PUBLISHED = date(2025, 11, 19)


def titles(text: str, language: str = "en") -> list[str]:
    return [e.title for e in find_events(text, [], PUBLISHED, language)]


def events(text: str) -> list[ExtractedEvent]:
    return find_events(text, [], PUBLISHED)


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("Peers also ", "Peers"),
        ("Hamas gunmen ", "Hamas gunmen"),
        ("Tonight at midnight Cork will be ", "Cork"),
        ("a system of segregation that heavily ", ""),  # an adverb is no subject
        ("It ", ""),
        ("Five people ", ""),
        ("the decision to suspend ", ""),
        ("Around 35,000 Palestinians ", ""),
    ],
)
def test_subject_phrase_is_a_named_noun_phrase_or_nothing(before: str, subject: str) -> None:
    assert subject_phrase(before) == subject


def test_a_passive_agent_and_a_since_clause_are_not_the_object() -> None:
    found = titles("US farmers use hormones, a practice banned by the EU since 1989.")
    assert "EU bans" in found, found


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        (
            "inter-Korean dialogue won't resume unless Seoul stops",
            "inter-Korean dialogue won't resume",
        ),
        ("new rules since the outbreak began", "new rules"),
        ("the ceasefire despite the shelling", "ceasefire"),
    ],
)
def test_the_object_stops_where_a_new_clause_starts(after: str, kept: str) -> None:
    assert short_object(after).endswith(kept)


def test_a_foreign_sentence_is_titled_by_its_event_type_not_its_words() -> None:
    text = "El Kremlin advirtió que los guerreros de la propaganda se esforzaban en Moscú."
    assert titles(text, "es") == ["Kremlin statement in Moscow"]


@pytest.mark.parametrize(
    ("parts", "title"),
    [
        # nobody and nowhere named: the clause's subject says who
        (
            TitleParts(EventType.STATEMENT, "backed", object_text="a call", subject="Peers"),
            "Peers back a call",
        ),
        # a named place is enough: the subject is not needed
        (
            TitleParts(EventType.PROTEST, "protest", place="Tbilisi", subject="Students"),
            "Protest in Tbilisi",
        ),
        # a bare verb with nothing else becomes the event's kind
        (TitleParts(EventType.STATEMENT, "vowed"), "Statement"),
    ],
)
def test_titles_without_actor_or_place(parts: TitleParts, title: str) -> None:
    assert make_title(parts) == title


def test_money_amounts_are_whole_in_aid_titles() -> None:
    found = titles("The White House pledged $2 trillion in aid.")
    assert any("$2 trillion" in t for t in found), found


def test_an_event_with_no_actor_or_place_has_less_confidence() -> None:
    # given the same strike with and without who and where, then the bare one is trusted less
    (named,) = events("Russian forces shelled Kherson.")
    (bare,) = events("The shelling continued.")
    assert not bare.actors and not bare.places
    assert bare.confidence < named.confidence


def test_a_bare_headline_has_less_confidence_than_a_named_one() -> None:
    # given the same talks, once with who and once with only an actor outside the clause
    (named,) = [e for e in events("Ukraine held talks in Miami.") if e.type == EventType.MEETING]
    bare = [e for e in events("Talks resumed, Ukraine's partners hoped.") if e.title == "Talks"]
    assert bare and all(e.confidence < named.confidence for e in bare)


@pytest.mark.parametrize(
    ("place", "area", "title"),
    [
        ("Ukraine", True, "Russian forces advance in Ukraine"),
        ("Donetsk Oblast", True, "Russian forces advance in Donetsk Oblast"),
        ("Pokrovsk", False, "Russian forces advance near Pokrovsk"),
    ],
)
def test_an_advance_is_near_a_town_and_in_a_country_or_region(
    place: str, area: bool, title: str
) -> None:
    parts = TitleParts(
        EventType.GROUND_FIGHTING,
        "gaining ground",
        who="Russian forces",
        who_plural=True,
        place=place,
        place_is_area=area,
    )
    assert make_title(parts) == title
