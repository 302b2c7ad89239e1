"""Every event we expect from ../shared/seed-article.txt (published Wednesday 2025-11-19), through
the whole pipeline. These depend on the dates work resolving "on Tuesday", "earlier this week",
"at the end of August" and "sometime in the spring".

Decisions, for the record: the US ban on ATACMS use ("veto … imposed sometime in the spring") is
typed `other` (a restriction, not economic sanctions); the Voronezh strike is `happened` because the
Ukrainian military confirmed it, though the first report cites the Russian Defense Ministry; the
interception is a separate `claimed` missile strike event (an interception is no strike of its
own); Driscoll's meeting with Russian officials is `planned` and undated ("later").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from timeline_app.domain.model import (
    DateBasis,
    EventStatus,
    EventType,
    ExtractedEvent,
    PublishedSource,
    RawArticle,
)
from timeline_app.extraction.pipeline import extract

PUBLISHED = date(2025, 11, 19)


@dataclass(frozen=True)
class Expected:
    name: str
    type: EventType
    status: EventStatus
    first_day: date | None  # None: the event must be undated
    last_day: date | None
    basis: DateBasis | None
    place: str = ""
    actor: str = ""
    sentence_has: str = ""
    title: str = ""


EXPECTED = [
    Expected(
        "Voronezh strike",
        EventType.MISSILE_STRIKE,
        EventStatus.HAPPENED,
        date(2025, 11, 18),
        date(2025, 11, 18),
        DateBasis.RELATIVE,
        place="Voronezh",
        actor="Ukraine",
        title="Ukraine strikes Voronezh with ATACMS",
    ),
    Expected(
        "Miami talks",
        EventType.MEETING,
        EventStatus.HAPPENED,
        date(2025, 11, 17),
        date(2025, 11, 19),
        DateBasis.RELATIVE,
        place="Miami",
        actor="Rustem Umerov",
        title="Witkoff meets Umerov in Miami",
    ),
    Expected(
        "Kharkiv drone attack",
        EventType.DRONE_ATTACK,
        EventStatus.HAPPENED,
        PUBLISHED,
        PUBLISHED,
        DateBasis.PUBLICATION,
        place="Kharkiv",
        actor="Russia",
        title="Russian drone attack on Kharkiv",
    ),
    Expected(
        "Zelensky in Spain",
        EventType.VISIT,
        EventStatus.HAPPENED,
        PUBLISHED,
        PUBLISHED,
        DateBasis.PUBLICATION,
        place="Spain",
        actor="Volodymyr Zelensky",
        title="Zelensky visits Spain",
    ),
    Expected(
        "meeting the prime minister",
        EventType.MEETING,
        EventStatus.HAPPENED,
        PUBLISHED,
        PUBLISHED,
        DateBasis.PUBLICATION,
        actor="Volodymyr Zelensky",
        sentence_has="prime minister",
    ),
    Expected(
        "aid pledge",
        EventType.AID,
        EventStatus.HAPPENED,
        PUBLISHED,
        PUBLISHED,
        DateBasis.PUBLICATION,
        actor="Volodymyr Zelensky",
        title="€300 million",
    ),
    Expected(
        "WSJ report",
        EventType.REPORT,
        EventStatus.HAPPENED,
        date(2025, 8, 1),
        date(2025, 8, 31),
        DateBasis.RELATIVE,
        actor="The Wall Street Journal",
    ),
    Expected(
        "US veto",
        EventType.OTHER,
        EventStatus.HAPPENED,
        date(2025, 3, 1),
        date(2025, 5, 31),
        DateBasis.RELATIVE,
        actor="United States",
        sentence_has="veto",
    ),
    Expected(
        "US officials in Kyiv",
        EventType.VISIT,
        EventStatus.HAPPENED,
        PUBLISHED,
        PUBLISHED,
        DateBasis.PUBLICATION,
        place="Kyiv",
        actor="United States",
    ),
    Expected(
        "Driscoll to meet Russians",
        EventType.MEETING,
        EventStatus.PLANNED,
        None,
        None,
        None,
        actor="Dan Driscoll",
        title="Driscoll to meet Russian officials",
    ),
    Expected(
        "interception claim",
        EventType.MISSILE_STRIKE,
        EventStatus.CLAIMED,
        date(2025, 11, 18),
        date(2025, 11, 18),
        DateBasis.INHERITED,
        sentence_has="intercepted",
    ),
]


@pytest.fixture(scope="module")
def seed_events(seed_article: Path) -> list[ExtractedEvent]:
    text = seed_article.read_text(encoding="utf-8").replace("\r\n", "\n")
    article = RawArticle(text=text, published=PUBLISHED, published_source=PublishedSource.OPTION)
    return list(extract(article).events)


def _matches(event: ExtractedEvent, expected: Expected) -> bool:
    if event.type != expected.type or event.status != expected.status:
        return False
    if expected.place and expected.place not in [p.name for p in event.places]:
        return False
    if expected.actor and expected.actor not in [a.name for a in event.actors]:
        return False
    if expected.sentence_has and expected.sentence_has not in event.sentence:
        return False
    return not expected.title or expected.title in event.title


@pytest.mark.parametrize("expected", EXPECTED, ids=[e.name for e in EXPECTED])
def test_seed_article_event(seed_events: list[ExtractedEvent], expected: Expected) -> None:
    # given the seed article, when extracted, then the expected event is there with its date
    candidates = [e for e in seed_events if _matches(e, expected)]
    found = [(e.type.value, e.status.value, e.title, e.span) for e in seed_events]
    assert candidates, f"{expected.name} not among {found}"
    event = candidates[0]
    if expected.first_day is None:
        assert event.span is None
    else:
        assert event.span is not None, f"{expected.name} has no date"
        assert expected.first_day <= event.span.start and event.span.end <= expected.last_day
    assert event.basis == expected.basis


def test_seed_events_point_at_their_sentences(
    seed_article: Path, seed_events: list[ExtractedEvent]
) -> None:
    text = seed_article.read_text(encoding="utf-8").replace("\r\n", "\n")
    for event in seed_events:
        assert text[event.start : event.end] == event.sentence
        assert event.title and len(event.title) < len(event.sentence)


def test_seed_repeated_sentences_give_one_event(seed_events: list[ExtractedEvent]) -> None:
    miami = [
        e
        for e in seed_events
        if e.type == EventType.MEETING and "Miami" in [p.name for p in e.places]
    ]
    assert len(miami) == 1
    voronezh = [
        e
        for e in seed_events
        if "Voronezh" in [p.name for p in e.places]
        and e.type == EventType.MISSILE_STRIKE
        and e.status == EventStatus.HAPPENED
    ]
    assert len(voronezh) == 1  # the interception claim points back to it, a separate event


def test_seed_never_dates_a_plan_or_a_denial(seed_events: list[ExtractedEvent]) -> None:
    for event in seed_events:
        if event.status in (EventStatus.PLANNED, EventStatus.DENIED) and event.span is not None:
            assert event.span.start >= PUBLISHED
