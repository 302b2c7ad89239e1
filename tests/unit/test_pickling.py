"""What the import's worker processes send to the writer pickles compactly (`by_fields`) and
comes back equal: every domain value, the workers' outcomes, and a real extraction.
"""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.domain import model
from timeline_app.domain.model import (
    Actor,
    DateBasis,
    DateSpan,
    EventStatus,
    EventType,
    ExtractedEvent,
    Extraction,
    Place,
    Precision,
    PublishedSource,
    RawArticle,
    TimeExpression,
)
from timeline_app.services import worker
from timeline_app.services.worker import ArticleResult, FileOutcome, ReadRequest, read_and_extract

DATACLASSES = [
    cls
    for module in (model, worker)
    for cls in vars(module).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
]


def roundtrip(value: object) -> object:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


@pytest.mark.parametrize("cls", DATACLASSES, ids=lambda c: c.__name__)
def test_every_dataclass_pickles_through_its_constructor(cls: type) -> None:
    """A new domain class must be pickled the cheap way too (and its fields must allow it)."""
    assert "__reduce__" in vars(cls), f"{cls.__name__} lacks @by_fields"
    assert all(f.init for f in dataclasses.fields(cls))


days = st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30))
texts = st.text(max_size=40)


@st.composite
def spans(draw: st.DrawFn) -> DateSpan:
    start, end = sorted((draw(days), draw(days)))
    return DateSpan(start, end, draw(st.sampled_from(Precision)))


actors = st.builds(Actor, texts, st.sampled_from(["country", "person", "other"]), texts)
places = st.builds(
    Place,
    texts,
    st.sampled_from(["", "UA", "RU"]),
    st.sampled_from(["city", "region"]),
    st.none() | st.floats(-90, 90),
    st.none() | st.floats(-180, 180),
)
times = st.builds(
    TimeExpression,
    texts,
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.none() | spans(),
    texts,
    st.booleans(),
)
events = st.builds(
    ExtractedEvent,
    st.sampled_from(EventType),
    texts,
    st.none() | spans(),
    st.none() | st.sampled_from(DateBasis),
    st.sampled_from(EventStatus),
    texts,
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.none() | times,
    st.lists(actors, max_size=3).map(tuple),
    st.lists(places, max_size=3).map(tuple),
    st.floats(0, 1),
    texts,
)
articles = st.builds(
    RawArticle,
    st.text(max_size=200),
    texts,
    texts,
    texts,
    st.sampled_from(["en", "uk", "ru"]),
    st.none() | days,
    st.sampled_from(PublishedSource),
    texts,
    texts,
    st.none() | st.booleans(),
)
extractions = st.builds(
    Extraction, st.lists(times, max_size=4).map(tuple), st.lists(events, max_size=4).map(tuple)
)
results = st.builds(ArticleResult, articles, st.none() | extractions, texts)
outcomes = st.builds(
    FileOutcome,
    texts,
    st.lists(results, max_size=3).map(tuple),
    texts,
    st.none() | st.just({"format": "timeline-export", "events": [1, "two", None]}),
)


@given(st.lists(outcomes, max_size=3))
def test_outcomes_roundtrip_equal(values: list[FileOutcome]) -> None:
    assert roundtrip(values) == values


@given(st.lists(events, max_size=5))
def test_events_roundtrip_equal_and_typed(values: list[ExtractedEvent]) -> None:
    back = roundtrip(values)
    assert back == values
    for ev in back:  # type: ignore[attr-defined]
        assert type(ev.type) is EventType and type(ev.status) is EventStatus
        assert ev.span is None or type(ev.span.start) is date


def test_stored_values_roundtrip_equal() -> None:
    values = [
        model.StoredArticle(
            1,
            "t",
            "T",
            "s",
            "a",
            "en",
            None,
            PublishedSource.URL,
            "p",
            "u",
            "h",
            datetime(2025, 1, 2),
        ),
        model.EventSource(3, "A", "s", 0, 4, "x", 1, 2, date(2024, 1, 1), None, "site"),
        model.EventFilter(types=frozenset({EventType.AID}), extra={"k": "v"}),
        model.FileReport("p", "failed", reason="why", article_id=None),
        ReadRequest("a.txt", date(2024, 3, 1), "uk", 10),
    ]
    assert roundtrip(values) == values


def test_a_real_extraction_roundtrips_equal(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Kharkiv under fire\n\nRussian drones struck Kharkiv on 3 March 2024, officials said. "
        "Officials from both sides met in Sumy on 12 January 2025 to discuss a prisoner exchange.\n",
        encoding="utf-8",
    )
    outcome = read_and_extract(ReadRequest(str(path)))
    assert outcome.articles and outcome.articles[0].extraction is not None
    assert outcome.articles[0].extraction.events
    assert roundtrip([outcome, outcome]) == [outcome, outcome]


def test_unpickling_runs_the_constructor() -> None:
    """So what `__post_init__` refuses (a span that ends before it starts) cannot come in."""
    span = DateSpan(date(2024, 1, 1), date(2024, 1, 2), Precision.DAY)
    assert span.__reduce__() == (DateSpan, (span.start, span.end, Precision.DAY))
    with pytest.raises(ValueError):
        DateSpan(span.end, span.start, Precision.DAY)
