"""An event's values from its sources: the fold (`derive.Summary`, one source at a time) gives what
the plain definition over all sources gives, for any sources. Also the candidate index's day
ranges, and the content hash an article is recognised by."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from datetime import date
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.domain.model import EventType, Precision, content_hash
from timeline_app.domain.similarity import GENERIC_TYPES, name_tokens
from timeline_app.store.candidates import CandidateIndex
from timeline_app.store.derive import Summary, _span_text, places_from_json
from timeline_app.store.filters import bucket_of
from timeline_app.store.mapping import event_type

D0 = date(2025, 11, 10).toordinal()


class Source(NamedTuple):
    id: int
    article_id: int
    sentence: str
    day_start: int | None
    day_end: int | None
    precision: str | None
    type: str
    status: str
    basis: str | None
    title: str
    explanation: str
    confidence: float
    actors_json: str
    places_json: str


@st.composite
def sources(draw: st.DrawFn) -> list[Source]:
    out = []
    for i in range(draw(st.integers(1, 8))):
        dated = draw(st.booleans()) or i == 0
        start = D0 + draw(st.integers(0, 5))
        end = start + draw(st.sampled_from([0, 0, 1, 6, -1]))  # -1: a span that ends first
        places = draw(
            st.sampled_from([[], ["Kharkiv"], ["Voronezh"], ["Voronezh Oblast"], ["Oblast"]])
        )
        out.append(
            Source(
                id=i + 1,
                article_id=draw(st.integers(1, 4)),
                sentence=draw(st.sampled_from(["Drones hit Kharkiv.", "Missiles hit Voronezh."])),
                day_start=start if dated else None,
                day_end=end if dated else None,
                precision=draw(st.sampled_from([None, "day", "week", "month", "odd"])),
                type=str(draw(st.sampled_from(list(EventType)))),
                status="happened",
                basis=draw(st.sampled_from([None, "explicit", "relative"])),
                title=draw(st.sampled_from(["", "A strike", "Talks"])),
                explanation=f"because {i}",
                confidence=draw(st.sampled_from([0.4, 0.7, 0.9, 0.9])),
                actors_json="[]",
                places_json=json.dumps(
                    [
                        {
                            "name": p,
                            "country": "UA",
                            "kind": "city",
                            "latitude": None,
                            "longitude": None,
                        }
                        for p in places
                    ]
                ),  # fmt: skip
            )
        )
    return out


# --- the plain definition (as the writer had it before the fold) -----------------------------
def _days(s: Source) -> tuple[int, int] | None:
    return None if s.day_start is None or s.day_end is None else (s.day_start, s.day_end)


def _all_overlap(spans: list[tuple[int, int]]) -> bool:
    return all(a[0] <= b[1] and b[0] <= a[1] for i, a in enumerate(spans) for b in spans[i + 1 :])


def _rank(value: str) -> int:
    try:
        return list(Precision).index(Precision(value))
    except ValueError:
        return 0


def _distinct(pairs) -> list[tuple[str, str]]:  # noqa: ANN001
    grouped: dict[str, list[str]] = {}
    for value, who in pairs:
        names = grouped.setdefault(value, [])
        if who and who not in names:
            names.append(who)
    return [(value, ", ".join(names)) for value, names in grouped.items()]


def _said(value: str, who: str) -> str:
    return f"{value} ({who})" if who else value


def conflicts(sources: list[Source], labels: dict[int, str]) -> str:
    parts = []
    dated = [s for s in sources if _days(s) is not None]
    if len(dated) > 1 and not _all_overlap([d for s in dated if (d := _days(s))]):
        shown = _distinct(
            (_span_text(s.day_start, s.day_end, s.precision), labels.get(s.article_id, ""))
            for s in dated
        )
        parts.append("sources disagree on date: " + " vs ".join(_said(v, w) for v, w in shown))
    placed = [s for s in sources if places_from_json(s.places_json)]
    sets = [name_tokens(frozenset(p.name for p in places_from_json(s.places_json))) for s in placed]
    if len(placed) > 1 and any(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1 :]):
        shown = _distinct(
            (
                ", ".join(p.name for p in places_from_json(s.places_json)),
                labels.get(s.article_id, ""),
            )
            for s in placed
        )
        parts.append("sources disagree on place: " + " vs ".join(_said(v, w) for v, w in shown))
    return "; ".join(parts)


def derived(edited: bool, title: str, sources: list[Source], labels: dict[int, str]) -> dict:
    values: dict = {"source_count": len(sources)}
    values["conflicts"] = conflicts(sources, labels) if len(sources) > 1 else ""
    if edited or not sources:
        return values
    dated = [(days, s) for s in sources if (days := _days(s)) is not None]
    if not dated:
        values.update(day_start=None, day_end=None, span_bucket=None, precision=None)
    else:
        if _all_overlap([days for days, _s in dated]):
            (start, end), best = min(dated, key=lambda d: (d[0][1] - d[0][0], d[1].id))
            values.update(day_start=start, day_end=end, precision=best.precision, basis=best.basis)
        else:
            start = min(days[0] for days, _s in dated)
            end = max(days[1] for days, _s in dated)
            precision = max((s.precision or "day" for _d, s in dated), key=_rank)
            values.update(day_start=start, day_end=end, precision=precision)
        values["span_bucket"] = bucket_of(start, end)
    counts = Counter(event_type(s.type) for s in sources)
    specific = [t for t in counts if t not in GENERIC_TYPES] or list(counts)

    def first(t: EventType) -> int:
        return next(i for i, s in enumerate(sources) if event_type(s.type) == t)

    chosen = max(specific, key=lambda t: (counts[t], -first(t)))
    lead = next(s for s in sources if event_type(s.type) == chosen)
    values.update(
        type=str(chosen),
        title=lead.title or title,
        status=lead.status,
        explanation=lead.explanation,
    )
    values["confidence"] = min(1.0, max(s.confidence for s in sources) + 0.05 * (len(sources) - 1))
    return values


@settings(max_examples=400, deadline=None)
@given(sources(), st.booleans())
def test_the_fold_of_the_sources_gives_the_plain_definition(given_sources, edited) -> None:  # noqa: ANN001
    labels = {1: "A", 2: "B", 3: "A", 4: "Dee"}  # two articles may share a label
    try:
        expected = derived(edited, "Kept title", given_sources, labels)
    except ValueError:  # a span ending before it starts cannot be shown (never stored)
        with pytest.raises(ValueError):
            Summary.of(given_sources).values(edited, "Kept title", lambda _a: labels)
        return
    folded = Summary()
    for source in given_sources:
        folded.add(source)  # one at a time, as merges add them
    asked = []

    def label(articles):  # noqa: ANN001, ANN202
        asked.append(set(articles))
        return labels

    assert folded.values(edited, "Kept title", label) == expected
    assert Summary.of(given_sources).values(edited, "Kept title", label) == expected
    assert all(a == {s.article_id for s in given_sources} for a in asked)


def test_the_index_finds_the_day_ranges_it_does_not_cover_yet() -> None:
    index = CandidateIndex()
    index._covered = [(10, 20), (30, 40)]
    assert index._gaps(12, 18) == []
    assert index._gaps(5, 12) == [(5, 9)]
    assert index._gaps(15, 35) == [(21, 29)]
    assert index._gaps(0, 50) == [(0, 9), (21, 29), (41, 50)]
    assert index._gaps(41, 45) == [(41, 45)]
    assert index._gaps(20, 30) == [(21, 29)]


PIECES = ["a", "é", "e\u0301", " ", "\t", "\n", "\u00a0", "\u2028", "\x1c", "\u3000", "Z"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES)).map("".join))
def test_the_content_hash_is_the_one_stored_articles_have(text: str) -> None:
    # whitespace runs collapsed as `\s+` did, so re-importing an old file still says "unchanged"
    normal = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    assert content_hash(text) == hashlib.sha256(normal.encode("utf-8")).hexdigest()
