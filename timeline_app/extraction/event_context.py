"""What an event takes from the sentences around it: the place, date and parties of the happening a
sentence points back to ("the missiles were shot down", "fighting continued in the area"), and the
people a group is made of ("the U.S. officials—Army Secretary Dan Driscoll and General Randy George—").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from timeline_app.domain.model import (
    TYPE_FAMILY,
    DateBasis,
    EventStatus,
    EventType,
    ExtractedEvent,
    TypeFamily,
)
from timeline_app.extraction.actors import ActorMention, lookup
from timeline_app.extraction.sentences import Sentence
from timeline_app.extraction.word_search import WordPattern

# A definite noun phrase that refers to a happening already named ("all four missiles"); these
# start with a letter after a `\b`, which `WordPattern` writes as "no word character before".
_BACK_REFERENCE = WordPattern(
    r"(?:the|these|those|this|all|both|most\s+of\s+the|some\s+of\s+the|none\s+of\s+the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|rockets?|projectiles?|strikes?|attacks?|raids?|"
    r"shelling|bombardment|assault|offensive|explosions?|blasts?)\b",
    re.IGNORECASE,
)
# A place named before, whatever kind of happening named it ("continued in the area", "there").
_PLACE_REFERENCE = WordPattern(
    r"(?:(?:in|near|around|across|over|from|to)\s+the\s+(?:area|city|town|village|vicinity)\b|"
    r"there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|seems?)\b))",
    re.IGNORECASE,
)
# How many sentences back an antecedent may lie (across paragraph breaks: wire copy is chopped).
_LOOK_BACK = 3
# "the U.S. officials—Army Secretary Dan Driscoll and … General Randy George—"
_GROUP_APPOSITION = re.compile(
    r"\b[Tt]he\s+(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:(?:senior|top|military|defen[cs]e)\s+)?"
    r"(?:officials|leaders|envoys|negotiators|delegation|delegates|generals)\s*[—–]"
    r"(?P<members>[^—–]{5,300})[—–]"
)


def sentence_index(sentences: Sequence[Sentence], starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def carry_from_antecedents(
    events: list[ExtractedEvent],
    sentences: Sequence[Sentence],
    text: str,
    published: date | None = None,
) -> list[ExtractedEvent]:
    """Events without a place take the place (and, when undated, the date; when nobody is named,
    the parties) of the happening their sentence points back to: the latest earlier event of the
    same lane within a few sentences, or of any lane for "the area", "there". With `published`,
    an event told as happened on a day after it is a plan first (`planned_if_ahead`)."""
    starts = [s.start for s in sentences]
    done: list[tuple[int, ExtractedEvent]] = []
    for event in events:
        event = planned_if_ahead(event, published)
        index = sentence_index(sentences, starts, event.start)
        if not event.places and event.status != EventStatus.DENIED:  # a non-event has no place
            antecedent = _antecedent(event, index, done, sentences, text)
            if antecedent is not None:
                event = _carried(event, antecedent)
        done.append((index, event))
    return [event for _, event in done]


def planned_if_ahead(event: ExtractedEvent, published: date | None) -> ExtractedEvent:
    """An event told as happened, dated wholly after publication by a day counted from it, is a
    plan: its verb was a timetable's present ("Zelensky is meeting Trump on Friday", "the
    ministers meet on Friday"), which status cues (the words before and after the trigger) cannot
    tell from a report of the present; its date, resolved by the tense of its clause, can. (A
    full date after publication, "on 26 December 2025", says rather that the page's date is
    wrong: the status stays.)"""
    span = event.span
    if published is None or span is None or event.status != EventStatus.HAPPENED:
        return event
    if span.start <= published or event.basis != DateBasis.RELATIVE:
        return event
    return replace(event, status=EventStatus.PLANNED)


def _antecedent(
    event: ExtractedEvent,
    index: int,
    done: list[tuple[int, ExtractedEvent]],
    sentences: Sequence[Sentence],
    text: str,
) -> ExtractedEvent | None:
    sentence = sentences[index]
    # What the sentence points back with is read only once an earlier event could be its
    # antecedent (most events have none near with a place).
    refers_back = any_lane = None
    family = TYPE_FAMILY[event.type]
    for earlier_index, earlier in reversed(done):
        if index - earlier_index > _LOOK_BACK or not earlier.places:
            continue
        if any_lane is None:
            refers_back = _BACK_REFERENCE.found_in(text, sentence.start, sentence.end)
            any_lane = _PLACE_REFERENCE.found_in(text, sentence.start, sentence.end)
        if earlier_index == index and earlier.start == event.start and not any_lane:
            continue  # another event of the same sentence is no antecedent of a strike
        same_lane = TYPE_FAMILY[earlier.type] == family
        # A strike's aftermath follows it without naming it again ("A fire broke out").
        adjacent = (
            family == TypeFamily.STRIKES
            and earlier_index == index - 1
            and sentences[earlier_index].paragraph == sentence.paragraph
        )
        if adjacent and _INTERCEPTED.search(event.trigger):
            adjacent = _may_be_intercepted(earlier, text, sentence)
        if any_lane or (same_lane and (refers_back or adjacent)):
            return earlier
    return None


# What air defences can shoot down: shells and ground fighting are not.
_INTERCEPTABLE = frozenset(
    {EventType.MISSILE_STRIKE, EventType.DRONE_ATTACK, EventType.AIRSTRIKE, EventType.ATTACK}
)
# "shot down 42 of 57 drones", "41 out of 50": the air force's tally for the whole country.
_TALLY = re.compile(r"\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\b")


def _may_be_intercepted(earlier: ExtractedEvent, text: str, sentence: Sentence) -> bool:
    """Whether an interception told right after `earlier` (and not pointing back to it) is of
    its weapons: not of a shelling ("shelled Kupiansk … Air defences shot down 42 of 57
    drones" were not over Kupiansk), and not a nationwide tally of launched and downed."""
    if earlier.type not in _INTERCEPTABLE:
        return False
    return _TALLY.search(text, sentence.start, sentence.end) is None


def _carried(event: ExtractedEvent, antecedent: ExtractedEvent) -> ExtractedEvent:
    changes: dict[str, object] = {
        "places": antecedent.places,
        "title": _title_with_place(event, antecedent),
    }
    # Only a happening of the same lane is this one again: a statement "in the city" after a
    # strike there is not the strikers' and not of the strike's day.
    same_lane = TYPE_FAMILY[event.type] == TYPE_FAMILY[antecedent.type]
    if not event.actors and same_lane:
        changes["actors"] = antecedent.actors
    if (
        same_lane
        and event.span is None
        and antecedent.span is not None
        and event.status == antecedent.status
    ):
        changes.update(
            span=antecedent.span,
            basis=DateBasis.INHERITED,
            time_expression=antecedent.time_expression,
        )
    return replace(event, **changes)  # type: ignore[arg-type]


def _title_with_place(event: ExtractedEvent, antecedent: ExtractedEvent) -> str:
    """ "Missiles intercepted" → "Missiles intercepted over Voronezh Oblast"."""
    smaller = [p for p in antecedent.places if p.kind != "country"]
    place = (smaller or list(antecedent.places))[0].name
    if place in event.title or event.status == EventStatus.PLANNED:
        return event.title
    word = "over" if _INTERCEPTED.search(event.trigger) else "in"
    return f"{event.title} {word} {place}"


_INTERCEPTED = re.compile(r"intercept|shot down|shoots down|downed|neutrali", re.IGNORECASE)


def add_group_members(
    events: list[ExtractedEvent],
    sentences: Sequence[Sentence],
    actors_by_sentence: Sequence[Sequence[ActorMention]],
    text: str,
) -> list[ExtractedEvent]:
    """People named in apposition to a group ("the U.S. officials—Army Secretary Dan Driscoll and
    General Randy George—") take part in the events of that group in this sentence and the one
    before it (same paragraph)."""
    members_by_sentence: dict[int, tuple[str, list[ActorMention]]] = {}
    for index, sentence in enumerate(sentences):
        if "—" not in sentence.text and "–" not in sentence.text:
            continue
        for match in _GROUP_APPOSITION.finditer(text, sentence.start, sentence.end):
            group = lookup(match.group("who").strip())
            if group is None:
                continue
            inside = [
                a
                for a in actors_by_sentence[index]
                if a.actor.kind == "person" and match.start("members") <= a.start < match.end()
            ]
            if inside:
                members_by_sentence[index] = (group.name, inside)
    if not members_by_sentence:
        return events  # (most texts: no group named in apposition)
    starts = [s.start for s in sentences]
    result: list[ExtractedEvent] = []
    for event in events:
        index = sentence_index(sentences, starts, event.start)
        for source in (index, index + 1):
            found = members_by_sentence.get(source)
            if found is None or sentences[source].paragraph != sentences[index].paragraph:
                continue
            group_name, people = found
            names = {a.name for a in event.actors}
            if group_name in names:
                extra = tuple(p.actor for p in people if p.actor.name not in names)
                event = replace(event, actors=(*event.actors, *extra))
        result.append(event)
    return result
