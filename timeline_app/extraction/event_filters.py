"""Which candidate events and mentions survive in a sentence: the topic of talks is no event, a
decision has no date before it, a country joined by "and" to an acting one acts too, and only
parties (countries, organisations, people with an office) make a weak trigger news.
"""

from __future__ import annotations

import re

from timeline_app.domain.model import EventType, TimeExpression
from timeline_app.extraction.actors import ActorMention
from timeline_app.extraction.event_triggers import Candidate
from timeline_app.extraction.places import PlaceMention

# "Poland and Lithuania signed…": countries joined by "and" before a verb act together.
_AND_BEFORE = re.compile(r"(?<![\w-])(?P<first>[A-Z][\w.]*)\s+and\s+$")
_VERB_AFTER = re.compile(r"^\s+(?:have\s+|has\s+|had\s+|will\s+|jointly\s+)?[a-z]+(?:ed|s)\b")
_LOCATION_BEFORE = re.compile(r"\b(?:in|at|to|from|into|near|between|of|over)\s+(?:the\s+)?$", re.I)


def without_coordinated_subjects(
    text: str, places: list[PlaceMention], actors: list[ActorMention]
) -> list[PlaceMention]:
    """A country joined by "and" to a country that acts, with a verb after it, is an actor too."""
    actor_ends = {a.end: a for a in actors if a.actor.kind == "country"}
    kept: list[PlaceMention] = []
    for place in places:
        if place.place.kind == "country" and _coordinated_subject(text, place, actor_ends):
            continue
        kept.append(place)
    return kept


def _coordinated_subject(
    text: str, place: PlaceMention, actor_ends: dict[int, ActorMention]
) -> bool:
    before = _AND_BEFORE.search(text, max(0, place.start - 40), place.start)
    if before is None or not _VERB_AFTER.match(text[place.end : place.end + 40]):
        return False
    first = actor_ends.get(before.end("first"))
    if first is None:
        return False
    return not _LOCATION_BEFORE.search(text, max(0, first.start - 20), first.start)


# What talks are about: "talks with EU officials on a new aid package", "to discuss further aid".
_TOPIC_GAP = re.compile(
    r"\b(?:discuss|discussed|discusses|discussing|on|about|over|regarding)\s+"
    r"(?:(?!\b(?:and|but|then|after|before)\b)[^,;.]){0,30}$",
    re.IGNORECASE,
)
_TOPIC_TYPES = frozenset(
    [EventType.AID, EventType.SANCTIONS, EventType.AGREEMENT, EventType.OTHER, EventType.STATEMENT]
)


def without_topics(text: str, pending: list[Candidate]) -> list[Candidate]:
    """The subject of talks is no event of its own: "talks … on a new aid package" is a meeting,
    not aid; "met to discuss a ceasefire" is a meeting, not an agreement."""
    meetings = [c for c in pending if c.type == EventType.MEETING]
    if not meetings:
        return pending
    kept: list[Candidate] = []
    for candidate in pending:
        trigger = candidate.trigger
        topic = candidate.type in _TOPIC_TYPES and any(
            m.trigger.end <= trigger.start
            and m.trigger.clause == trigger.clause
            and _TOPIC_GAP.search(text, m.trigger.start, trigger.start) is not None
            for m in meetings
        )
        if not topic:
            kept.append(candidate)
    return kept


_DECISION_BEFORE = re.compile(r"\b(?:decision|decisions|move|decided)\s+to\s+$", re.IGNORECASE)


def decided_earlier(text: str, candidate: Candidate, own: TimeExpression | None) -> bool:
    """ "protested on Monday against the decision to suspend talks": the date before the decision
    is the protest's; the decision came earlier, on a day the sentence does not give."""
    trigger = candidate.trigger
    if own is None or own.end > trigger.start:
        return False
    return _DECISION_BEFORE.search(text, max(0, trigger.start - 20), trigger.start) is not None


# Courtesy and job titles name people, not parties to a conflict or to politics.
_COURTESY_TITLES = frozenset(
    ["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Prof", "CEO", "Director",
     "director", "Chief", "chief"]
)  # fmt: skip


def is_party(mention: ActorMention) -> bool:
    """A country, an organisation or a person with an office (not "Mr Cummins", not an outlet)."""
    if mention.media:
        return False
    actor = mention.actor
    if actor.kind != "person":
        return True
    return bool(actor.title) and actor.title.split()[-1] not in _COURTESY_TITLES
