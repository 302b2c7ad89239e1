"""The plain, frozen values that travel between layers: articles, time expressions, events.

Nothing here knows about files, SQL or Qt. Readers produce `RawArticle`, extraction produces
`Extraction`, the store hands back `StoredArticle` / `StoredEvent`.
"""

from __future__ import annotations

import hashlib
import operator
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

_T = TypeVar("_T")


def by_fields(cls: type[_T]) -> type[_T]:
    """Pickle instances as `cls(*fields)`: one constructor call when unpickled.

    Why: an import's worker processes send every article and its ~17 extracted events to the
    writer process, whose core is the busier one. The default pickling of a frozen, slotted
    dataclass unpickles through a Python `__setstate__` that looks the fields up again and sets
    them one by one; the constructor costs a third less, pickles shorter, and checks what its
    `__post_init__` checks. The fields are all constructor arguments, in order.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    get: Callable[[Any], Any] = operator.attrgetter(*names)
    if len(names) == 1:
        single = get
        get = lambda obj: (single(obj),)  # noqa: E731 - attrgetter of one name gives no tuple

    def __reduce__(self: _T) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, get(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


class Precision(StrEnum):
    """The unit a date is known to. The values are part of the command-line contract."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class EventType(StrEnum):
    """The event taxonomy fixed by the command-line contract."""

    MEETING = "meeting"
    VISIT = "visit"
    STATEMENT = "statement"
    REPORT = "report"
    AGREEMENT = "agreement"
    AID = "aid"
    SANCTIONS = "sanctions"
    MOBILIZATION = "mobilization"
    MISSILE_STRIKE = "missile_strike"
    DRONE_ATTACK = "drone_attack"
    AIRSTRIKE = "airstrike"
    SHELLING = "shelling"
    GROUND_FIGHTING = "ground_fighting"
    EXPLOSION = "explosion"
    ATTACK = "attack"
    PROTEST = "protest"
    EVACUATION = "evacuation"
    OTHER = "other"


class TypeFamily(StrEnum):
    """Default timeline lanes."""

    DIPLOMACY = "diplomacy"
    STRIKES = "strikes"
    GROUND = "ground"
    CIVIL = "civil"


TYPE_FAMILY: dict[EventType, TypeFamily] = {
    EventType.MEETING: TypeFamily.DIPLOMACY,
    EventType.VISIT: TypeFamily.DIPLOMACY,
    EventType.STATEMENT: TypeFamily.DIPLOMACY,
    EventType.REPORT: TypeFamily.DIPLOMACY,
    EventType.AGREEMENT: TypeFamily.DIPLOMACY,
    EventType.AID: TypeFamily.DIPLOMACY,
    EventType.SANCTIONS: TypeFamily.DIPLOMACY,
    EventType.MOBILIZATION: TypeFamily.GROUND,
    EventType.MISSILE_STRIKE: TypeFamily.STRIKES,
    EventType.DRONE_ATTACK: TypeFamily.STRIKES,
    EventType.AIRSTRIKE: TypeFamily.STRIKES,
    EventType.SHELLING: TypeFamily.STRIKES,
    EventType.EXPLOSION: TypeFamily.STRIKES,
    EventType.ATTACK: TypeFamily.STRIKES,
    EventType.GROUND_FIGHTING: TypeFamily.GROUND,
    EventType.PROTEST: TypeFamily.CIVIL,
    EventType.EVACUATION: TypeFamily.CIVIL,
    EventType.OTHER: TypeFamily.CIVIL,
}


class EventStatus(StrEnum):
    HAPPENED = "happened"
    PLANNED = "planned"
    DENIED = "denied"
    CLAIMED = "claimed"


class DateBasis(StrEnum):
    """Where an event's date came from."""

    EXPLICIT = "explicit"  # its own absolute time expression ("18 November 2025")
    RELATIVE = "relative"  # its own relative expression resolved against publication ("on Tuesday")
    INHERITED = "inherited"  # the expression governing its sentence or paragraph
    PUBLICATION = "publication"  # present-tense report: the publication date


class PublishedSource(StrEnum):
    """How an article's publication date was found; part of the command-line contract."""

    OPTION = "option"
    METADATA = "metadata"
    DATELINE = "dateline"
    URL = "url"
    FILENAME = "filename"
    HEADER = "header"
    UNKNOWN = "unknown"


@by_fields
@dataclass(frozen=True, slots=True)
class DateSpan:
    """A closed interval of days [start, end] and the unit it is known to."""

    start: date
    end: date
    precision: Precision

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"DateSpan end {self.end} before start {self.start}")

    @classmethod
    def day(cls, d: date) -> DateSpan:
        return cls(d, d, Precision.DAY)

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@by_fields
@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text. Offsets are character offsets into the article text.

    `span` is None when the expression cannot be resolved (a relative expression in an article
    whose publication date is unknown). `explanation` says why it resolved as it did.
    """

    text: str
    start: int
    end: int
    span: DateSpan | None
    explanation: str = ""
    relative: bool = False


@by_fields
@dataclass(frozen=True, slots=True)
class Actor:
    """A normalised participant: a country, an organisation or a person."""

    name: str
    kind: str = "other"  # "country" | "organization" | "person" | "group" | "other"
    title: str = ""  # "President", "Army Secretary", ...


@by_fields
@dataclass(frozen=True, slots=True)
class Place:
    """A normalised location; coordinates when the gazetteer knows them."""

    name: str
    country: str = ""  # ISO 3166-1 alpha-2 where known
    kind: str = "city"  # "country" | "region" | "city" | "other"
    latitude: float | None = None
    longitude: float | None = None


@by_fields
@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """One event found in one sentence of one article, before it is stored."""

    type: EventType
    title: str
    span: DateSpan | None
    basis: DateBasis | None
    status: EventStatus
    sentence: str
    start: int  # sentence offsets in the article text
    end: int
    time_expression: TimeExpression | None
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    confidence: float = 0.5
    trigger: str = ""


@by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    time_expressions: tuple[TimeExpression, ...]
    events: tuple[ExtractedEvent, ...]


# The events of an article whose text the store already holds, so the import did not extract it
# again: storing an article with it (identity) is refused unless its text is still stored.
ALREADY_STORED = Extraction((), ())


def content_hash(text: str) -> str:
    """sha256 of the text with whitespace collapsed and NFC applied; case is kept: what makes two
    articles "the same text" (the store keeps one)."""
    # str.split() splits at exactly the characters \s matches: runs of them become one space.
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@by_fields
@dataclass(frozen=True, slots=True)
class RawArticle:
    """What a reader makes of a file: text plus what it knows about publication."""

    text: str
    title: str = ""
    site: str = ""
    author: str = ""
    language: str = "en"
    published: date | None = None
    published_source: PublishedSource = PublishedSource.UNKNOWN
    source_path: str = ""
    url: str = ""
    day_first: bool | None = None  # for numeric dates, when the site's convention is known


@by_fields
@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    text: str
    title: str
    site: str
    author: str
    language: str
    published: date | None
    published_source: PublishedSource
    source_path: str
    url: str
    content_hash: str
    imported_at: datetime

    def redated(
        self,
        published: date | None,
        source: PublishedSource = PublishedSource.OPTION,
        day_first: bool | None = None,
    ) -> RawArticle:
        """The article as a reader would give it, with another publication date: what its
        events are extracted from again when its date is set or learnt from another copy."""
        return RawArticle(
            text=self.text,
            title=self.title,
            site=self.site,
            author=self.author,
            language=self.language,
            published=published,
            published_source=source if published is not None else PublishedSource.UNKNOWN,
            source_path=self.source_path,
            url=self.url,
            day_first=day_first,
        )


@by_fields
@dataclass(frozen=True, slots=True)
class EventSource:
    """One sentence of one article that reports an event (provenance)."""

    article_id: int
    article_title: str
    sentence: str
    sentence_start: int
    sentence_end: int
    time_expression: str = ""
    time_start: int | None = None
    time_end: int | None = None
    # What this source alone says, kept when sources disagree.
    date_start: date | None = None
    date_end: date | None = None
    site: str = ""


@by_fields
@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: int
    type: EventType
    title: str
    span: DateSpan | None
    status: EventStatus
    basis: DateBasis | None
    confidence: float
    edited: bool
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    sources: tuple[EventSource, ...] = ()
    starred: bool = False
    note: str = ""
    tags: tuple[str, ...] = ()
    deleted: bool = False
    explanation: str = ""
    conflicts: str = ""  # human-readable disagreement between sources, "" when they agree

    @property
    def source_count(self) -> int:
        return len(self.sources)


@by_fields
@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the analyst has narrowed the view to; applied alike to timeline, table and export."""

    date_from: date | None = None
    date_to: date | None = None
    types: frozenset[EventType] = frozenset()  # empty = all
    statuses: frozenset[EventStatus] = frozenset()  # empty = all
    actors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    text: str = ""  # full-text search query
    article_id: int | None = None
    include_deleted: bool = False
    starred_only: bool = False  # added by the desk work: the filter dock's "starred only" box
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@by_fields
@dataclass(frozen=True, slots=True)
class EventMark:
    """The few fields the timeline canvas needs to draw one event (a light row, no provenance)."""

    id: int
    type: EventType
    day_start: int  # date.toordinal()
    day_end: int
    precision: Precision
    status: EventStatus
    title: str
    source_count: int = 1
    starred: bool = False
    edited: bool = False


@by_fields
@dataclass(frozen=True, slots=True)
class DayCount:
    """How many events of one type start on one day (the level-of-detail summary)."""

    day: int  # date.toordinal()
    type: EventType
    count: int


@by_fields
@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: int
    title: str
    site: str
    published: date | None
    published_source: PublishedSource
    source_path: str
    event_count: int


@by_fields
@dataclass(frozen=True, slots=True)
class FileReport:
    """What happened to one input file (or one article inside it) during an import."""

    path: str
    status: str  # "imported" | "updated" | "unchanged" | "failed" | "skipped"
    events: int = 0
    reason: str = ""
    article_id: int | None = None
