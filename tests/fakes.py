"""A small in-memory stand-in for `timeline_app.store.repositories.Store`, for canvas tests.

It implements only the reads the canvas and the image export use, with the same signatures and
meanings (day ordinals, overlap semantics, filter by type/status/dates/text), so tests run before
the real store lands and without SQLite.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from timeline_app.domain.model import (
    Actor,
    ArticleSummary,
    DateSpan,
    DayCount,
    EventFilter,
    EventMark,
    EventSource,
    EventStatus,
    EventType,
    Place,
    Precision,
    PublishedSource,
    StoredEvent,
)


def an_event(
    event_id: int,
    on: date,
    *,
    type: EventType = EventType.MEETING,
    until: date | None = None,
    precision: Precision = Precision.DAY,
    status: EventStatus = EventStatus.HAPPENED,
    title: str = "",
    sources: int = 1,
    article_id: int | None = None,
    starred: bool = False,
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    site: str = "example.org",
) -> StoredEvent:
    """A stored event with `sources` sources (articles `article_id`, +1, +2...)."""
    first_article = article_id if article_id is not None else event_id
    srcs = tuple(
        EventSource(
            article_id=first_article + k,
            article_title=f"Article {first_article + k}",
            sentence=f"Sentence reporting event {event_id}.",
            sentence_start=0,
            sentence_end=10,
            site=site,
        )
        for k in range(sources)
    )
    return StoredEvent(
        id=event_id,
        type=type,
        title=title or f"{type.value.replace('_', ' ').capitalize()} {event_id}",
        span=DateSpan(on, until or on, precision),
        status=status,
        basis=None,
        confidence=0.8,
        edited=False,
        sources=srcs,
        starred=starred,
        explanation="test builder",
        actors=tuple(Actor(a) for a in actors),
        places=tuple(Place(p) for p in places),
    )


class FakeStore:
    """The read side of `Store` over a list of `StoredEvent`."""

    def __init__(self, events: list[StoredEvent] | None = None) -> None:
        self._events = {e.id: e for e in events or []}
        self.calls: Counter[str] = Counter()

    def add(self, *events: StoredEvent) -> None:
        for e in events:
            self._events[e.id] = e

    def _passes(self, e: StoredEvent, flt: EventFilter | None) -> bool:
        if e.span is None or (e.deleted and not (flt and flt.include_deleted)):
            return False
        if flt is None:
            return True
        return (
            (not flt.types or e.type in flt.types)
            and (not flt.statuses or e.status in flt.statuses)
            and (flt.date_from is None or e.span.end >= flt.date_from)
            and (flt.date_to is None or e.span.start <= flt.date_to)
            and (not flt.text or flt.text.lower() in e.title.lower())
            and (flt.article_id is None or any(s.article_id == flt.article_id for s in e.sources))
        )

    def events(self, flt: EventFilter | None = None, limit: int | None = None) -> list[StoredEvent]:
        self.calls["events"] += 1
        out = [e for e in self._events.values() if self._passes(e, flt)]
        out.sort(key=lambda e: (e.span.start if e.span else date.min, e.id))
        return out[:limit] if limit is not None else out

    def get_event(self, event_id: int) -> StoredEvent:
        self.calls["get_event"] += 1
        return self._events[event_id]

    def event_marks(
        self,
        first_day: int,
        last_day: int,
        flt: EventFilter | None = None,
        limit: int | None = None,
    ) -> list[EventMark]:
        self.calls["event_marks"] += 1
        out = []
        for e in self.events(flt):
            assert e.span is not None
            s, t = e.span.start.toordinal(), e.span.end.toordinal()
            if t >= first_day and s <= last_day:
                out.append(
                    EventMark(
                        e.id, e.type, s, t, e.span.precision, e.status, e.title,
                        e.source_count, e.starred, e.edited,
                    )
                )  # fmt: skip
        return out[:limit] if limit is not None else out

    def day_counts(
        self, first_day: int, last_day: int, flt: EventFilter | None = None
    ) -> list[DayCount]:
        self.calls["day_counts"] += 1
        # As the store does: counts per start day within the filter's dates too (an event begun
        # before the filter's first day overlaps it, but its start day is not counted).
        if flt is not None and flt.date_from is not None:
            first_day = max(first_day, flt.date_from.toordinal())
        if flt is not None and flt.date_to is not None:
            last_day = min(last_day, flt.date_to.toordinal())
        counter: Counter[tuple[int, EventType]] = Counter()
        for e in self.events(flt):
            assert e.span is not None
            day = e.span.start.toordinal()
            if first_day <= day <= last_day:
                counter[(day, e.type)] += 1
        return [DayCount(d, t, n) for (d, t), n in sorted(counter.items())]

    def lane_keys(self, event_ids: list[int], grouping: str) -> dict[int, list[str]]:
        """Actor names, place names or source sites per event, as `Store.lane_keys` gives them."""
        self.calls["lane_keys"] += 1
        names = {
            "actor": lambda e: {a.name for a in e.actors},
            "place": lambda e: {p.name for p in e.places},
            "source": lambda e: {s.site for s in e.sources if s.site},
        }[grouping]
        found = {i: sorted(names(self._events[i])) for i in event_ids if i in self._events}
        return {i: keys for i, keys in found.items() if keys}

    def count_events(self, flt: EventFilter | None = None) -> int:
        self.calls["count_events"] += 1
        return len(self.events(flt))

    def count_articles(self, flt: EventFilter | None = None) -> int:
        self.calls["count_articles"] += 1
        return len({s.article_id for e in self.events(flt) for s in e.sources})

    def extent(self, flt: EventFilter | None = None) -> tuple[int, int] | None:
        self.calls["extent"] += 1
        spans = [e.span for e in self.events(flt) if e.span]
        if not spans:
            return None
        return min(s.start for s in spans).toordinal(), max(s.end for s in spans).toordinal()

    def articles(self) -> list[ArticleSummary]:
        per_article: Counter[int] = Counter(
            s.article_id for e in self._events.values() for s in e.sources
        )
        return [
            ArticleSummary(a, f"Article {a}", "example.org", None, PublishedSource.UNKNOWN, "", n)
            for a, n in sorted(per_article.items())
        ]


def a_week_of_events(start: date = date(2025, 11, 17)) -> FakeStore:
    """A readable week: one event of each family a day, plus an approximate and a planned one."""
    kinds = [
        EventType.MEETING,
        EventType.DRONE_ATTACK,
        EventType.GROUND_FIGHTING,
        EventType.PROTEST,
    ]
    events = [
        an_event(i + 1, start + timedelta(days=i % 7), type=kinds[i % 4], sources=1 + i % 3)
        for i in range(14)
    ]
    events.append(
        an_event(
            100,
            date(2025, 11, 1),
            until=date(2025, 11, 30),
            precision=Precision.MONTH,
            type=EventType.AGREEMENT,
            title="Ceasefire framework drafted",
        )
    )
    events.append(replace(an_event(101, start + timedelta(days=3)), status=EventStatus.PLANNED))
    return FakeStore(events)
