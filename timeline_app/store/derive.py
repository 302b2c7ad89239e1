"""An event's own values from its sources: the date, type, title and confidence the reports
support, and the disagreements between them ("sources disagree on date: 18 Nov (A) vs 17 Nov (B)").

A `Summary` folds the sources one at a time, in id order, into what those values need: adding
a report to a busy event then costs what its second report did, where re-reading a hundred
sources on every merge made the import's writer slow. `Summary.of(sources)` is the same fold.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Protocol

from timeline_app.domain.calendar_words import month_abbr
from timeline_app.domain.model import Actor, EventType, Place, Precision
from timeline_app.domain.similarity import GENERIC_TYPES, name_tokens, tokens
from timeline_app.store import mapping
from timeline_app.store.filters import bucket_of
from timeline_app.store.mapping import event_type, span_of

_PRECISION_RANK = {str(p): i for i, p in enumerate(Precision)}


class Source(Protocol):
    """A source row as the derivations read it: an ORM row (the edits) or a plain one."""

    @property
    def id(self) -> int | None: ...
    @property
    def article_id(self) -> int: ...
    @property
    def sentence(self) -> str: ...
    @property
    def day_start(self) -> int | None: ...
    @property
    def day_end(self) -> int | None: ...
    @property
    def precision(self) -> str | None: ...
    @property
    def type(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def basis(self) -> str | None: ...
    @property
    def title(self) -> str: ...
    @property
    def explanation(self) -> str: ...
    @property
    def confidence(self) -> float: ...
    @property
    def actors_json(self) -> str: ...
    @property
    def places_json(self) -> str: ...


@functools.lru_cache(maxsize=16384)
def actors_from_json(text: str) -> tuple[Actor, ...]:
    """A source's actors; cached because many reports name the same ones."""
    return tuple(mapping.actors_from_json(text))


@functools.lru_cache(maxsize=16384)
def places_from_json(text: str) -> tuple[Place, ...]:
    return tuple(mapping.places_from_json(text))


@functools.lru_cache(maxsize=16384)
def _actors_by_name(text: str) -> tuple[tuple[str, Actor], ...]:
    """A source's actors as `Summary.actors` files them (a dict's `update` takes the pairs)."""
    return tuple((a.name, a) for a in actors_from_json(text))


@functools.lru_cache(maxsize=16384)
def _places_by_key(text: str) -> tuple[tuple[tuple[str, str], Place], ...]:
    return tuple(((p.name, p.country), p) for p in places_from_json(text))


@functools.lru_cache(maxsize=16384)
def _places_said(text: str) -> tuple[frozenset[str], str] | None:
    """A source's places as compared (their name words) and as shown; None when it names none."""
    places = places_from_json(text)
    if not places:
        return None
    return name_tokens(frozenset(p.name for p in places)), ", ".join(p.name for p in places)


class Summary:
    """The fold of an event's sources (see the module docstring)."""

    __slots__ = (
        "actors",
        "articles",
        "backwards",
        "best",
        "coarsest",
        "confidence",
        "count",
        "date_groups",
        "dated",
        "disjoint",
        "has_wordless",
        "hull",
        "latest_start",
        "earliest_end",
        "place_groups",
        "place_words",
        "placed",
        "places",
        "sentences",
        "spans",
        "texts",
        "types",
    )

    def __init__(self) -> None:
        self.count = 0
        self.articles: dict[int, None] = {}  # the sources' articles, in order
        self.confidence = 0.0  # the highest (`count` > 0)
        self.sentences: list[str] = []  # in id order (the search document)
        self.texts: set[frozenset[str]] = set()  # the sentences' tokens (dedup's digest)
        # every name any source gives, the last source's values winning (see `link_ids`)
        self.actors: dict[str, Actor] = {}
        self.places: dict[tuple[str, str], Place] = {}
        # dated sources: how many; the spans (with how many gave each); do they all meet
        self.dated = 0
        self.spans: dict[tuple[int, int], int] = {}
        self.backwards = False  # a span ends before it starts (never stored by the app)
        self.latest_start: int | None = None
        self.earliest_end: int | None = None
        # the most precise span (first of the narrowest), the hull, the coarsest unit
        self.best: tuple[tuple[int, int], int, int, str | None, str | None] | None = None
        self.hull: tuple[int, int] | None = None
        self.coarsest: tuple[int, str] | None = None
        self.date_groups: dict[str | tuple, dict[int, None]] = {}  # span shown -> its articles
        # sources naming places: how many; the distinct sets of name words; does a source name
        # no word, do two sets share none; place names shown -> their articles
        self.placed = 0
        self.place_words: dict[frozenset[str], None] = {}
        self.has_wordless = False
        self.disjoint = False
        self.place_groups: dict[str, dict[int, None]] = {}
        # type -> [reports, index of the first, the first source]
        self.types: dict[EventType, list] = {}

    @classmethod
    def of(cls, sources: Iterable[Source]) -> Summary:
        summary = cls()
        for source in sources:
            summary.add(source)
        return summary

    def add(self, source: Source) -> None:
        """The next source, in id order."""
        index = self.count
        self.count += 1
        article = source.article_id
        self.articles[article] = None
        if index == 0 or source.confidence > self.confidence:
            self.confidence = source.confidence
        self.sentences.append(source.sentence)
        self.texts.add(tokens(source.sentence))
        self.actors.update(_actors_by_name(source.actors_json))
        self.places.update(_places_by_key(source.places_json))
        if source.day_start is not None and source.day_end is not None:
            self._add_span(source, source.day_start, source.day_end, article)
        said = _places_said(source.places_json)
        if said is not None:
            self._add_places(*said, article)
        kind = event_type(source.type)
        counted = self.types.get(kind)
        if counted is None:
            self.types[kind] = [1, index, source]
        else:
            counted[0] += 1

    def _add_span(self, source: Source, start: int, end: int, article: int) -> None:
        self.dated += 1
        self.spans[(start, end)] = self.spans.get((start, end), 0) + 1
        if start > end:
            self.backwards = True
        if self.latest_start is None or start > self.latest_start:
            self.latest_start = start
        if self.earliest_end is None or end < self.earliest_end:
            self.earliest_end = end
        key = (end - start, source.id or 0)
        if self.best is None or key < self.best[0]:
            self.best = (key, start, end, source.precision, source.basis)
        if self.hull is None:
            self.hull = (start, end)
        else:
            self.hull = (min(self.hull[0], start), max(self.hull[1], end))
        unit = source.precision or "day"
        rank = _precision_rank(unit)
        if self.coarsest is None or rank > self.coarsest[0]:
            self.coarsest = (rank, unit)
        # Shown as text, grouped by it; a span that ends before it starts (never stored by the
        # app) is kept as it is, and fails when shown, as it always did.
        shown = (
            _span_text(start, end, source.precision)
            if start <= end
            else (start, end, source.precision)
        )
        self.date_groups.setdefault(shown, {})[article] = None

    def _add_places(self, words: frozenset[str], shown: str, article: int) -> None:
        self.placed += 1
        if not words:
            self.has_wordless = True  # it shares no word with any other
        elif words not in self.place_words:
            self.disjoint = self.disjoint or any(words.isdisjoint(w) for w in self.place_words)
            self.place_words[words] = None
        self.place_groups.setdefault(shown, {})[article] = None

    # --- what the fold says ---------------------------------------------------------------
    def all_overlap(self) -> bool:
        """Every two dated sources' spans meet."""
        if self.latest_start is None or self.earliest_end is None:
            return True
        if not self.backwards:  # kept as spans are added: a busy event has many, and this
            # runs twice on every report merged into it
            return self.latest_start <= self.earliest_end  # the latest start, the earliest end
        spans = list(self.spans)
        for i, a in enumerate(spans):
            if self.spans[a] > 1 and a[0] > a[1]:
                return False  # two sources gave the same span that does not meet itself
            if any(not (a[0] <= b[1] and b[0] <= a[1]) for b in spans[i + 1 :]):
                return False
        return True

    def values(
        self, edited: bool, title: str, labels: Callable[[Iterable[int]], dict[int, str]]
    ) -> dict[str, object]:
        """The event's values its sources give (only count and conflicts for an edited event);
        `labels` names the articles in a disagreement."""
        values: dict[str, object] = {"source_count": self.count}
        values["conflicts"] = self.conflicts(labels) if self.count > 1 else ""
        if edited or not self.count:
            return values
        self._date(values)
        self._type_and_title(values, title)
        values["confidence"] = min(1.0, self.confidence + 0.05 * (self.count - 1))
        return values

    def _date(self, values: dict[str, object]) -> None:
        if self.best is None or self.hull is None or self.coarsest is None:
            values.update(day_start=None, day_end=None, span_bucket=None, precision=None)
            return
        if self.all_overlap():
            # The most precise report wins where all reports agree: the text supports it.
            _key, start, end, precision, basis = self.best
            values.update(day_start=start, day_end=end, precision=precision, basis=basis)
        else:
            # Reports disagree: claim no more than the hull of what they say, at the coarsest unit.
            start, end = self.hull
            values.update(day_start=start, day_end=end, precision=self.coarsest[1])
        values["span_bucket"] = bucket_of(start, end)

    def _type_and_title(self, values: dict[str, object], title: str) -> None:
        """The most reported specific type ("missile_strike" beats a bare "attack")."""
        specific = [t for t in self.types if t not in GENERIC_TYPES] or list(self.types)
        chosen = max(specific, key=lambda t: (self.types[t][0], -self.types[t][1]))
        lead: Source = self.types[chosen][2]
        values.update(
            type=str(chosen),
            title=lead.title or title,
            status=lead.status,
            explanation=lead.explanation,
        )

    def conflicts(self, labels: Callable[[Iterable[int]], dict[int, str]]) -> str:
        """'sources disagree on date: 18 Nov (A) vs 17 Nov (B)'; '' when they agree."""
        dates = self.dated > 1 and not self.all_overlap()
        places = self.placed > 1 and (self.has_wordless or self.disjoint)
        if not dates and not places:
            return ""
        named = labels(self.articles)
        parts = []
        if dates:
            parts.append("sources disagree on date: " + _shown(self.date_groups, named))
        if places:
            parts.append("sources disagree on place: " + _shown(self.place_groups, named))
        return "; ".join(parts)

    def link_ids(
        self, actor_id: Callable[[Actor], int], place_id: Callable[[Place], int]
    ) -> tuple[set[int], set[int]]:
        """The ids of the actors and places the sources name (through get-or-create)."""
        actors = {actor_id(a) for a in self.actors.values()}
        return actors, {place_id(p) for p in self.places.values()}


def _shown(groups: dict, labels: dict[int, str]) -> str:  # noqa: ANN001 - see date_groups
    """'18 Nov (A, B) vs 17 Nov (C)': each value once, naming every source's article."""
    said = []
    for shown, articles in groups.items():
        value = shown if isinstance(shown, str) else _span_text(*shown)
        # each name once, in order; an article without a (non-empty) label is left out
        who = ", ".join(dict.fromkeys(filter(None, map(labels.get, articles))))
        said.append(f"{value} ({who})" if who else value)
    return " vs ".join(said)


def _precision_rank(value: str) -> int:
    """The unit's place from finest to coarsest (0, as a day, for a value that is none)."""
    return _PRECISION_RANK.get(value, 0)


@functools.lru_cache(maxsize=4096)
def _span_text(day_start: int, day_end: int, precision: str | None) -> str:
    """'18 Nov', 'Nov 2025'...: how a disagreement shows a source's span."""
    span = span_of(day_start, day_end, precision)
    assert span is not None
    if span.precision is Precision.DAY and span.start == span.end:
        return f"{span.start.day} {month_abbr(span.start)}"
    if span.precision is Precision.MONTH:
        return f"{month_abbr(span.start)} {span.start.year}"
    if span.precision is Precision.YEAR:
        return f"{span.start:%Y}"
    return f"{span.start.day} {month_abbr(span.start)}–{span.end.day} {month_abbr(span.end)}"
