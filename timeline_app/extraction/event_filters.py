"""Which candidate events and mentions survive in a sentence: the topic of talks is no event, a
decision has no date before it, a country joined by "and" to an acting one acts too, and only
parties (countries, organisations, people with an office) make a weak trigger news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from timeline_app.domain.model import (
    DateBasis,
    EventStatus,
    EventType,
    ExtractedEvent,
    TimeExpression,
)
from timeline_app.extraction.actors import ActorMention, lookup
from timeline_app.extraction.event_triggers import Candidate
from timeline_app.extraction.phrases import PhraseMatch
from timeline_app.extraction.places import PlaceMention

_M = TypeVar("_M", ActorMention, PlaceMention)

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


# "NEW DELHI, May 9 (Wire) —", "GOMA (Wire) -": where the story was filed, at the head of a lead.
# The city in capitals, an optional region, an optional date, an optional agency, then a dash.
# The date may also come day first, as other languages write it ("KIEW, 20. November (dpa) –",
# "МОСКВА, 19 ноября (Агентство) –", "MADRID, 24 nov (Agencia) –").
_DATELINE = re.compile(
    r"(?P<head>[A-ZÀ-ÞА-ЯЁЄІЇҐ][A-ZÀ-ÞА-ЯЁЄІЇҐ'’-]+(?:[ .-]+[A-ZÀ-ÞА-ЯЁЄІЇҐ'’-]+){0,3}"
    r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?)"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?"
    r"(?:\s+\d{4})?))?\s*"
    r"(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/)?\s*[-–—]\s"
)
_DATELINE_REACH = 40  # characters from a sentence's start within which a dateline's city lies


def dateline_heads(text: str, sentence_starts: list[int]) -> list[tuple[int, int]]:
    """Where the city of a wire dateline is named ("DUBAI" of "DUBAI, January 7 (Wire) —"): at
    the start of a sentence that opens with two capitals (few do)."""
    heads: list[tuple[int, int]] = []
    for start in sentence_starts:
        if text[start : start + 2].isupper():
            dateline = _DATELINE.match(text, start, start + 120)
            if dateline is not None and dateline.end("head") - start <= _DATELINE_REACH:
                heads.append((start, dateline.end("head")))
    return heads


def without_datelines(heads: list[tuple[int, int]], mentions: list[_M]) -> list[_M]:
    """The mentions outside the dateline `heads` (`dateline_heads`): the city a story was filed
    from ("DUBAI, January 7 (Wire) — Houthis fired missiles at a tanker") is where the reporter
    sits, not where the event happened or who took part."""
    if not heads:
        return mentions  # (most texts)
    return [m for m in mentions if not any(start <= m.start < end for start, end in heads)]


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


# "gave Russia 10 to 12 days to end the war": a deadline, not a gift.
_DEADLINE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|fifty|a\s+few|several)"
    r"(?:\s+(?:to|or|-|–)\s*\w+)?\s+(?:more\s+|extra\s+)?(?:hours?|days?|weeks?|months?)\b",
    re.IGNORECASE,
)
# "denied on Sunday that…", "denies that…": a statement of its own (the denied happening is
# another event).
_THAT_AFTER = re.compile(r"\s+(?:(?:on|this|late|early|earlier)\s+)?(?:[\w-]+\s+)?that\b")
# "denied the accusation", "denies these reports": the denial is the statement, of an accusation.
_CHARGE_AFTER = re.compile(
    r"\s+(?:the|these|those|such|any|all|its|their|his|her|this)\s+(?:[\w-]+\s+)?"
    r"(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?)\b",
    re.IGNORECASE,
)
_GIVING = frozenset(["gave", "give", "gives", "giving", "given"])
_PAUSING = ("paus", "halt", "suspend")
# The first letters of "targeting", "denied" and "gave" in either case: a candidate whose trigger
# starts otherwise is read as it stands.
_MISREAD_INITIALS = frozenset("tTdDgGpPhHsS")
_MISREAD_PREFIXES = ("target", "deni", "paus", "halt", "suspend")
# "paused their campaign", "halted attacks on shipping": fighting stopped, no sanction.
_PAUSED_FIGHTING_AFTER = re.compile(
    r"\s+(?:(?:its|their|the|his|her|all|a|an|further|military|air|naval|missile|drone)\s+){0,3}"
    r"(?:campaign|campaigns|attacks|strikes|offensive|operations|fighting|hostilities|bombing|"
    r"bombardment|shelling|raids|assault)\b",
    re.IGNORECASE,
)


# "rockets into waters near Taiwan", "missiles into the sea": where a drill or a test lands.
_INTO_WATER_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+\w+\s+)?(?:in)?to\s+(?:the\s+)?(?:(?:open|coastal|territorial|"
    r"nearby|surrounding)\s+)?(?:waters|sea|ocean)\b",
    re.IGNORECASE,
)


def _fired_into_water(text: str, candidate: Candidate) -> bool:
    """Whether the strike's weapon is fired into the sea (see `_INTO_WATER_AFTER`)."""
    weapon = candidate.means
    if weapon is None or weapon.start < candidate.trigger.start:
        return False
    if text.find("to ", weapon.end, weapon.end + 25) < 0:
        return False  # (nearly every weapon: no "into"/"to" after it)
    return _INTO_WATER_AFTER.match(text, weapon.end, weapon.end + 45) is not None


def without_misreadings(text: str, pending: list[Candidate]) -> list[Candidate]:
    """Trigger words that here mean something else: what sanctions are "targeting" is their object,
    not an attack ("sanctions on Tuesday, targeting 200 tankers"); "gave Russia ten days" sets a
    deadline (a statement), it is no aid; "denied" states something only with a "that" clause
    ("denied attacking the convoy" is the attack, denied)."""
    for c in pending:
        word = c.trigger.text
        if word[:1] in _MISREAD_INITIALS and (
            word.lower().startswith(_MISREAD_PREFIXES) or word.lower() in _GIVING
        ):
            break
        if c.means is not None and _fired_into_water(text, c):
            break
    else:
        return pending  # (most sentences: no such word at all)
    sanctions_at = min(
        (c.trigger.start for c in pending if c.type == EventType.SANCTIONS), default=None
    )
    kept: list[Candidate] = []
    for candidate in pending:
        trigger = candidate.trigger
        word = trigger.text.lower()
        if (
            sanctions_at is not None
            and candidate.type == EventType.ATTACK
            and candidate.means is None
            and word.startswith("target")
            and sanctions_at < trigger.start
        ):
            continue
        if (
            candidate.type == EventType.SANCTIONS
            and word.startswith(_PAUSING)
            and _PAUSED_FIGHTING_AFTER.match(text, trigger.end, trigger.end + 50)
        ):
            candidate = candidate._replace(type=EventType.OTHER, group="other")
        if candidate.means is not None and _fired_into_water(text, candidate):
            # "fired rockets into waters near Taiwan": a drill or a test, no strike on a place
            candidate = candidate._replace(type=EventType.OTHER, group="other", means=None)
        if word.startswith("deni") and not _states_denial(text, trigger.end):
            continue  # "denied attacking the convoy": the attack is denied, nothing is stated
        if word in _GIVING and _DEADLINE_AFTER.match(text, trigger.end, trigger.end + 50):
            candidate = candidate._replace(type=EventType.STATEMENT, group="statement")
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


def is_party(mention: ActorMention, triggers: Sequence[PhraseMatch] = ()) -> bool:
    """A country, an organisation, a person with an office (not "Mr Cummins", not an outlet) or
    a public figure of the alias table named bare right before a trigger of the sentence
    (`triggers`), its verb: "Merz verurteilte den Angriff", "Putin offered to negotiate" (not
    "a sign Biden is more a consensus candidate")."""
    if mention.media:
        return False
    actor = mention.actor
    if actor.kind != "person":
        return True
    if not actor.title:
        follows = any(0 < t.start - mention.end <= 1 for t in triggers)
        return follows and _is_public_figure(actor.name)
    return actor.title.split()[-1] not in _COURTESY_TITLES


@lru_cache(maxsize=512)
def _is_public_figure(name: str) -> bool:
    known = lookup(name)
    return known is not None and known.kind == "person"


# "The truce took effect on Oct. 10", "the ceasefire came into force at midnight": the day an
# agreement starts to bind, told right after its noun.
_TAKES_EFFECT = re.compile(
    r"\s+(?:(?:has|had|will|would|is\s+due\s+to|was\s+due\s+to)\s+)?(?:formally\s+|officially\s+)?"
    r"(?:took|takes|taken|take|came|comes|come|went|goes|go|entered|enters|enter)\s+"
    r"(?:into\s+)?(?:effect|force)\b",
    re.IGNORECASE,
)


def takes_effect(event: ExtractedEvent) -> bool:
    """Whether an agreement event is the dated start of a truce or deal ("The current truce took
    effect on Oct. 10"): worth a place on the timeline even though the sentence names no party,
    since when a ceasefire began is what an analyst looks up. (Other agreements without a party
    or place, "agreed to talk", stay dropped.)"""
    if event.type != EventType.AGREEMENT or event.span is None:
        return False
    if event.status not in (EventStatus.HAPPENED, EventStatus.PLANNED):
        return False
    at = event.sentence.find(event.trigger)
    return at >= 0 and _TAKES_EFFECT.match(event.sentence, at + len(event.trigger)) is not None


def _states_denial(text: str, end: int) -> bool:
    """Whether "denied" at `end` states something of its own: a "that" clause or an accusation
    as its object ("denied that…", "denied the allegations")."""
    return bool(_THAT_AFTER.match(text, end, end + 40) or _CHARGE_AFTER.match(text, end, end + 60))


# "missiles capable of carrying out nuclear strikes", "capaces de efectuar ataques", "in der Lage,
# … anzugreifen", "способные нанести удар": what a weapon or a force can do is no event.
_CAPABLE_BEFORE = re.compile(
    r"(?:\bcapable\s+of|\bable\s+to|\bcapacity\s+to|\bcapability\s+to|\bcapa(?:z|ces|ble|bles)\s+de"
    r"|\bin\s+der\s+Lage|\bfähig|\bспособн\w*|\bздатн\w*)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CAPABLE_REACH = 60  # characters before a trigger
# The words `_CAPABLE_BEFORE` opens with, looked for once per sentence first (plain finds).
_CAPABLE_WORDS = ("capab", "capaz", "capac", "able", "lage", "fähig", "способн", "здатн")


def without_capabilities(text: str, pending: list[Candidate]) -> list[Candidate]:
    """Without the events a sentence names only as what someone could do ("missiles capable of
    carrying out nuclear strikes against the United States"): a capability, not a happening."""
    if not pending:
        return pending
    low = max(0, pending[0].trigger.start - _CAPABLE_REACH)
    window = text[low : pending[-1].trigger.start].lower()
    if not any(word in window for word in _CAPABLE_WORDS):
        return pending  # (nearly every sentence: no such word before its triggers)
    return [
        c
        for c in pending
        if not _CAPABLE_BEFORE.search(
            text, max(0, c.trigger.start - _CAPABLE_REACH), c.trigger.start
        )
    ]


# How far from its trigger a day still is the lone word's own ("Talks resume on Monday").
_NEAR = 25
_OWN_DAY = (DateBasis.EXPLICIT, DateBasis.RELATIVE)


def dated_near(event: ExtractedEvent) -> bool:
    """Whether the event's own day is told right by its trigger ("Talks are due to resume on
    Monday", "negotiations broke off on Thursday"): a lone word with a day of its own is news
    though nobody is named; not a year from another clause ("in his 1996 campaign, welcomed")."""
    expression = event.time_expression
    if event.basis not in _OWN_DAY or expression is None or not event.trigger:
        return False
    at = event.sentence.find(event.trigger)
    if at < 0:
        return False
    start = event.start + at
    end = start + len(event.trigger)
    return expression.start - end <= _NEAR and start - expression.end <= _NEAR
