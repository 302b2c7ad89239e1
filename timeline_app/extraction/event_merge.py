"""One event per happening inside one article: a sentence repeated verbatim, a strike confirmed
later in the text, or a headline the body reports again, is kept once (its first sentence is the
provenance, the richest details win).

Merging across articles is the store's job; this only removes repeats within one text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from timeline_app.domain.model import (
    TYPE_FAMILY,
    EventStatus,
    EventType,
    ExtractedEvent,
    TypeFamily,
)
from timeline_app.extraction.sentences import Sentence

# A happened report outweighs a claim of the same happening: the perpetrator confirmed it.
_STATUS_ORDER = {
    EventStatus.HAPPENED: 3,
    EventStatus.CLAIMED: 2,
    EventStatus.PLANNED: 1,
    EventStatus.DENIED: 0,
}
_NON_WORDS = re.compile(r"\W+")
_INTERCEPT = re.compile(r"intercept|shot down|shoots down|downed|neutrali", re.IGNORECASE)


def merge_repeats(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    kept: list[ExtractedEvent] = []
    # The indexes in `kept` of each type, in order: an event is compared only with the earlier
    # ones it may be `_same_kind` as (those of its type and plain attacks), not with every one.
    by_type: dict[EventType, list[int]] = {}
    for event in events:
        for i in _comparable(by_type, event.type, len(kept)):
            earlier = kept[i]
            if _same_happening(earlier, event):
                kept[i] = _merged(earlier, event)
                if kept[i].type != earlier.type:  # a plain attack took a strike's type
                    by_type[earlier.type].remove(i)
                    bisect.insort(by_type.setdefault(kept[i].type, []), i)
                break
        else:
            by_type.setdefault(event.type, []).append(len(kept))
            kept.append(event)
    return kept


def _comparable(by_type: dict[EventType, list[int]], kind: EventType, count: int) -> list[int]:
    """The indexes, in order, of the kept events of the same type as `kind` or a plain attack;
    all of them for a plain attack (any other pair is never `_same_kind`)."""
    if kind == EventType.ATTACK:
        return list(range(count))
    same = by_type.get(kind, [])
    attacks = by_type.get(EventType.ATTACK)
    return sorted(same + attacks) if attacks else list(same)


def _same_happening(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    # Two different dates are two happenings whatever else is said (the usual case: asked first).
    if a.span is not None and b.span is not None and a.span != b.span:
        return False
    if not _same_kind(a, b):
        return False
    if _intercepts(a.trigger) != _intercepts(b.trigger):
        return False
    if a.span == b.span and (_normal(a.sentence) == _normal(b.sentence) or a.title == b.title):
        return a.status == b.status
    if EventStatus.DENIED in (a.status, b.status) or EventStatus.PLANNED in (a.status, b.status):
        return False  # plans and denials merge only when they are word for word the same
    if a.span is None and b.span is None:
        return False
    # Equal dates, or an undated mention (a headline, a recap) of a dated one: same happening
    # when what each names fits the other; an undated one must share a place to be absorbed.
    places_a, places_b = {p.name for p in a.places}, {p.name for p in b.places}
    if (a.span is None or b.span is None) and not places_a & places_b:
        return False
    actors_a, actors_b = {x.name for x in a.actors}, {x.name for x in b.actors}
    if not (places_a & places_b or actors_a & actors_b) and not (
        _bare(places_a, actors_a) or _bare(places_b, actors_b)
    ):
        # Nothing named in common, and each names something: "Houthi forces fired at a ship on
        # Sunday" and "militants attacked a convoy near Djibo on Sunday" are two happenings.
        return False
    return _compatible(places_a, places_b) and _compatible(actors_a, actors_b)


def _bare(places: set[str], actors: set[str]) -> bool:
    """A mention that names no place and no one ("The attack on Monday killed three"): a recap."""
    return not places and not actors


@lru_cache(maxsize=4096)
def _intercepts(trigger: str) -> bool:
    """Whether a trigger word reports an interception (asked for every pair of events)."""
    return _INTERCEPT.search(trigger) is not None


def _same_kind(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Equal types, or a strike whose means one report leaves unsaid ("attack")."""
    if a.type == b.type:
        return True
    if a.type == EventType.ATTACK:
        return TYPE_FAMILY[b.type] == TypeFamily.STRIKES
    if b.type == EventType.ATTACK:
        return TYPE_FAMILY[a.type] == TypeFamily.STRIKES
    return False


def _compatible(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _normal(sentence: str) -> str:
    return _NON_WORDS.sub(" ", sentence).strip().lower()


def _merged(first: ExtractedEvent, second: ExtractedEvent) -> ExtractedEvent:
    """The better-dated, more specific report leads (its sentence is the provenance); the other
    adds its actors and places, and a "happened" report outweighs a claim."""
    lead, other = (first, second) if _rank(first) >= _rank(second) else (second, first)
    status = max((first.status, second.status), key=lambda s: _STATUS_ORDER[s])
    richer = lead if len(lead.places) >= len(other.places) else other
    actors = tuple({a.name: a for a in (*other.actors, *lead.actors)}.values())
    return replace(
        lead,
        status=status,
        places=richer.places,
        actors=actors,
        title=richer.title if richer.type == lead.type else lead.title,
        confidence=round(min(0.99, max(first.confidence, second.confidence) + 0.05), 2),
    )


def _rank(event: ExtractedEvent) -> tuple[bool, bool]:
    return (event.span is not None, event.type != EventType.ATTACK)


def without_headline_repeats(
    events: list[ExtractedEvent], sentences: list[Sentence]
) -> list[ExtractedEvent]:
    """The headline announces what the body reports with its date and details: its events go
    when the body has one of the same type."""
    if not sentences or not _is_heading_line(sentences[0], sentences[1:2]):
        return events
    head = sentences[0]
    body_types = {e.type for e in events if e.start != head.start}
    # (Also by the trigger's stem: "China fires rockets near Taiwan" is the body's "fired rockets
    # into waters near Taiwan", though the body reads it as a drill rather than a strike.)
    body_stems = {e.trigger[:4].lower() for e in events if e.start != head.start}
    return [
        e
        for e in events
        if e.start != head.start
        or (e.type not in body_types and e.trigger[:4].lower() not in body_stems)
    ]


def _is_heading_line(first: Sentence, rest: list[Sentence]) -> bool:
    unpunctuated = first.text.rstrip()[-1:] not in '.!?"”’'
    return unpunctuated and (not rest or rest[0].paragraph != first.paragraph)
