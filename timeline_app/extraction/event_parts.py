"""Assemble one ExtractedEvent: the actors and places of its clause, and its headline."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from timeline_app.domain.model import Actor, EventStatus, ExtractedEvent, Place
from timeline_app.extraction.actors import ActorMention, adjective, plural_group_names, short_name
from timeline_app.extraction.event_bystanders import (
    speaker_in,
    without_commentators,
    without_reference_points,
    without_teller,
)
from timeline_app.extraction.event_dates import DatedBy
from timeline_app.extraction.event_status import according_to_spans, opening_as_clause
from timeline_app.extraction.event_subject import subject_phrase
from timeline_app.extraction.event_targets import reframed, reframes
from timeline_app.extraction.event_triggers import Candidate
from timeline_app.extraction.lexicon import means as means_table
from timeline_app.extraction.places import PlaceMention
from timeline_app.extraction.sentences import Sentence
from timeline_app.extraction.titles import TitleParts, make_title, title_reads
from timeline_app.extraction.word_search import WordPattern

# "$2 billion", "40 million euros". The first character (a currency sign or a digit) is taken
# before the alternatives, so that the regex engine skips to such characters.
_AMOUNT = re.compile(
    r"[€$£\d](?:(?<=[€$£])\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|tn|m)\b)?|"
    r"(?<=\d)[\d,.]*\s*(?:million|billion|trillion)\s*(?:dollars|euros|pounds|USD|EUR)\b)",
    re.IGNORECASE,
)
_RECEIVED = WordPattern(r"(?:received|receives|receive|got|secured|won)\b[^,;]*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\s+between\s+", re.IGNORECASE)
# "US officials", "Russian forces": a country acting through people, named as they are.
_GROUP_NOUN = re.compile(
    r"\s+(?:(?:senior|top|military|government|defen[cs]e|security)\s+)?(?:officials|leaders|"
    r"delegation|diplomats|envoys|negotiators|forces|troops|military|army|soldiers|authorities)\b",
    re.IGNORECASE,
)
_BY_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?by\s", re.IGNORECASE)
_AGENT_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
# `(?:^|\b)(?:He|She|he|she)\b`, each word's first letter first (fast to scan for) and then the
# word start checked behind it.
_PRONOUN_SUBJECT = re.compile(r"(?:H(?<!\wH)e|S(?<!\wS)he|h(?<!\wh)e|s(?<!\ws)he)\b")
_OFFICE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?P<office>(?:deputy\s+)?(?:prime minister|president|foreign minister|"
    r"defen[cs]e minister|interior minister|minister|chancellor|foreign ministry|defen[cs]e ministry|"
    r"army|military|navy|air force|general staff|envoy|ambassador|national security adviser|"
    r"national security advisor|leader|government|parliament))\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^\s+(?:(?:with|to|and)\s+)?(?:the\s+|his\s+|her\s+|their\s+)(?P<role>(?:\w+\s+)?(?:prime minister|president|"
    r"foreign minister|defen[cs]e minister|minister|chancellor|king|officials|leaders|delegation|"
    r"counterparts?|partners|envoys?))\b",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+and\s+")
_LEADING_PREPOSITION = re.compile(r"^\s*(?:at|on|in)?\s*(?:that\s+)?")
_NAMED_SYSTEM = re.compile(r"\b(?:[A-Z][A-Z0-9-]{2,}|[A-Z][a-z]+(?:-\d+)?)\b")


class EventScope(NamedTuple):
    """The sentence an event was found in, with the actors and places named in it. (A named
    tuple: one is made for every sentence with an event, at half the cost of a frozen
    dataclass.)"""

    text: str
    sentence: Sentence
    actors: Sequence[ActorMention]
    places: Sequence[PlaceMention]
    language: str = "en"
    previous_person: ActorMention | None = None  # who "he" or "she" most likely is
    # The "according to X" source spans of the sentence when the caller has them already.
    sources: Sequence[tuple[int, int]] | None = None

    def source_spans(self) -> Sequence[tuple[int, int]]:
        if self.sources is not None:
            return self.sources
        return according_to_spans(self.text, self.sentence.start, self.sentence.end)


# The confidence of an event from whether it names anyone or anywhere and whether its title does.
Scorer = Callable[[bool, bool], float]


def build_event(
    scope: EventScope,
    candidate: Candidate,
    status: EventStatus,
    dated: DatedBy,
    score: Scorer | None = None,
) -> tuple[ExtractedEvent, bool]:
    """The event, and whether its title names who or where (a bare "Talks" does not). `score`
    gives its confidence (made once here rather than replaced afterwards); else the default."""
    if reframes(scope, candidate.trigger.start, candidate.type):  # "un periodista ruso"
        scope = scope._replace(**reframed(scope, candidate.trigger.start, candidate.type))
    # "He said…": the person of the previous sentence may be the subject (searched for once).
    trigger = candidate.trigger
    pronoun = scope.previous_person is not None and (
        _PRONOUN_SUBJECT.search(scope.text, trigger.clause.start, trigger.start) is not None
    )
    sources = scope.source_spans()
    as_clause = opening_as_clause(scope.text, trigger.clause.start, trigger.start)
    actors = _event_actors(scope, candidate, sources, as_clause)
    if pronoun:
        actors = _with_pronoun_subject(scope, actors)
    places = _event_places(scope, candidate, sources, as_clause)
    expression = dated.expression.text if dated.expression else ""
    parts = _title_parts(scope, candidate, actors, places, expression, status, pronoun)
    title = make_title(parts)
    anchored = bool(parts.who or parts.subject or parts.place or parts.other)
    sentence = scope.sentence
    # (None or one mention, the usual cases, need no de-duplication.)
    actor_list = _actor_tuple(actors)
    place_list = _place_tuple(places)
    extra = {} if score is None else {"confidence": score(bool(place_list or actor_list), anchored)}
    event = ExtractedEvent(
        type=candidate.type,
        title=title,
        span=dated.span,
        basis=dated.basis,
        status=status,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        time_expression=dated.expression,
        actors=actor_list,
        places=place_list,
        trigger=trigger.text,
        **extra,
    )
    return event, anchored


def _with_pronoun_subject(scope: EventScope, actors: list[ActorMention]) -> list[ActorMention]:
    """ "He is expected to meet…" (a pronoun opens the trigger's clause, and `scope` has a
    previous person): the person of the previous sentence takes part."""
    person = scope.previous_person
    if person is None:
        return actors
    if any(a.actor.name == person.actor.name for a in actors):
        return actors
    return [person, *actors]


def _event_actors(
    scope: EventScope,
    candidate: Candidate,
    sources: Sequence[tuple[int, int]],
    as_clause: int | None = None,
) -> list[ActorMention]:
    """The actors of the trigger's clause (else its sentence); outlets and the sources of
    "according to X" (`sources`) only for reports, since they tell rather than act. `as_clause`:
    where the "as" clause the trigger is the verb of opens (`opening_as_clause`), if it does."""
    if not scope.actors:
        return []  # (what the lists below come to then)
    # Who says missiles were shot down is who shot them down ("according to the Russians").
    keep_sources = candidate.reporting or candidate.group == "intercept"
    if keep_sources:
        pool = list(scope.actors)
    elif not sources:  # the usual case: no "according to X" in the sentence
        pool = [a for a in scope.actors if not a.media]
    else:
        pool = [
            a for a in scope.actors if not (a.media or any(s <= a.start < e for s, e in sources))
        ]
    if not keep_sources and pool:
        speaker = speaker_in(scope.text, scope.sentence.start, scope.sentence.end)
        if speaker is not None and candidate.trigger.start < speaker[0]:
            pool = without_teller(pool, speaker, scope.places)  # (see there who stays)
        # "NATO condemned Russia's strikes on Kharkiv": NATO took no part in them.
        pool = without_commentators(scope, candidate.type, candidate.trigger.start, pool)
    trigger_end = candidate.trigger.end
    # (Only an actor after the trigger can follow its "since"; most sentences have none.)
    if pool and pool[-1].start >= trigger_end and "since " in scope.sentence.text:
        pool = without_reference_points(scope.text, trigger_end, pool)
    clause = candidate.trigger.clause
    if as_clause is not None:
        # "Kremlin denies plans … as envoy visits Moscow": who visits is named after the "as".
        return [a for a in pool if as_clause <= a.start < clause.end]
    in_clause = [a for a in pool if clause.start <= a.start < clause.end]
    if not in_clause and candidate.group == "strike" and _agentless_passive(scope.text, candidate):
        return []  # "suspended deliveries after a convoy was attacked": not the WFP's attack
    return in_clause or pool


# "was attacked", "were shelled": a strike told in the passive, with no "by …" after it.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)


def _agentless_passive(text: str, candidate: Candidate) -> bool:
    """Whether the strike's verb is a passive without its agent: whoever the sentence names in
    another clause is then not who struck."""
    trigger = candidate.trigger
    if not trigger.text.endswith("ed") or not _PASSIVE_BEFORE.search(
        text, max(0, trigger.start - 8), trigger.start
    ):
        return False
    return not _BY_AFTER.match(text, trigger.end, trigger.clause.end)


def _event_places(
    scope: EventScope,
    candidate: Candidate,
    sources: Sequence[tuple[int, int]],
    as_clause: int | None = None,
) -> list[PlaceMention]:
    """The places of the trigger's clause (else its sentence), nearest to the trigger first,
    leaving out where a source (`sources`) sits ("according to media outlets in Brussels")."""
    if not scope.places:
        return []  # (what the lists below come to then)
    if sources:
        pool = [p for p in scope.places if not any(s <= p.start < e for s, e in sources)]
    else:
        pool = list(scope.places)
    clause = candidate.trigger.clause
    start = clause.start if as_clause is None else as_clause
    in_clause = [p for p in pool if start <= p.start < clause.end]
    chosen = in_clause or pool
    if len(chosen) < 2:
        return chosen  # nothing to order (the usual case)
    return sorted(chosen, key=lambda p: _distance_to(p, candidate))


def _distance_to(place: PlaceMention, candidate: Candidate) -> int:
    trigger = candidate.trigger
    if place.start >= trigger.end:
        return place.start - trigger.end
    return (trigger.start - place.end) * 2  # places after the trigger are its object more often


def _title_parts(
    scope: EventScope,
    candidate: Candidate,
    actors: list[ActorMention],
    places: list[PlaceMention],
    dated_text: str,
    status: EventStatus,
    pronoun: bool = False,
) -> TitleParts:
    """`pronoun`: "he" or "she" is in the trigger's clause before it and the scope has a
    previous person."""
    text, trigger = scope.text, candidate.trigger
    after = text[trigger.end : trigger.clause.end]
    between = _BETWEEN.match(after)
    if between:  # "the next meeting between Trump and Putin": the participants follow the noun
        start = trigger.end + between.end()
        after_actors = [a for a in actors if a.start >= start]
        who_mention = after_actors[0] if after_actors else None
    else:
        who_mention = _subject(actors, trigger.start, after)
        if who_mention is None and scope.language == "de":
            who_mention = _inverted_subject(text, actors, trigger.end)
        # "He said…": the person of the previous sentence, when there is one.
        if pronoun and (who_mention is None or who_mention.start > trigger.start):
            who_mention = scope.previous_person
        if (
            who_mention is not None
            and who_mention.start < trigger.start
            and candidate.group == "strike"
            and _agentless_passive(text, candidate)
        ):
            who_mention = None  # "68,000 Palestinians have been killed": who died, not who struck
    other_mention = _other(actors, who_mention)
    before = text[trigger.clause.start : trigger.start]
    partner = _partner(text, actors, who_mention)
    if partner is not None and other_mention is not None and other_mention.start < trigger.start:
        other_mention = None  # "Poland and Lithuania signed": both are the subject
    who, who_adjective, who_group = _who(text, who_mention)
    if partner:
        who = f"{_mention_name(text, partner)} and {who}"
    place = _main_place(places)
    kind, intercept = candidate.type, candidate.group == "intercept"
    foreign = scope.language != "en"
    # Parts the title of this kind of event never reads are left empty (`make_title` decides).
    reads = title_reads(kind, intercept, foreign)
    aid = reads.aid_parts
    amount = _AMOUNT.search(text, trigger.clause.start, trigger.clause.end) if aid else None
    object_text = ""
    if reads.object_text:
        object_text = _object_text(text[trigger.end : scope.sentence.end], dated_text)
    # The clause's own subject stands in for who only when nobody and nowhere is named.
    # (English grammar, and English words: a German clause ends with its verb, so the words
    # before it are its object, and a French or Spanish subject would be foreign in the title.)
    subject = "" if who or place or foreign else subject_phrase(before)
    other = ""
    # (Whether the title names anyone or anywhere reads `other` when nothing else is named.)
    if reads.other or not (who or place or subject):
        other = _mention_name(text, other_mention) or _unnamed_role(after)
    weapon = ""
    if reads.weapon:
        weapon = _weapon_name(candidate, _named_weapon(scope, candidate), scope.language)
    country = who_mention is not None and who_mention.actor.kind == "country"
    return TitleParts(
        type=kind,
        trigger=trigger.text,
        who=who,
        who_adjective="" if partner else who_adjective,
        who_is_country=country,
        # "US officials visit", but "Ukrainian delegation meets", "Serbian army says"; a group
        # named in the plural agrees too ("Houthis pause").
        who_plural=partner is not None
        or (country and who_group and who.endswith("s"))
        or who in plural_group_names(),
        other=other,
        place=place,
        place_is_area=any(m.place.name == place and m.place.kind != "city" for m in places),
        weapon=weapon,
        object_text=object_text,
        amount=amount.group() if amount else "",
        received=aid and _RECEIVED.found_in(before),
        intercept=intercept,
        planned=status == EventStatus.PLANNED,
        subject=subject,
        foreign=foreign,
    )


def _partner(
    text: str, actors: list[ActorMention], who: ActorMention | None
) -> ActorMention | None:
    """The actor joined to the subject by "and" ("Poland and Lithuania signed…")."""
    if who is None:
        return None
    for mention in actors:
        # (Only a mention ending before the subject can be joined to it by "and".)
        if (
            mention.end < who.start
            and mention.actor.name != who.actor.name
            and _AND.fullmatch(text, mention.end, who.start)
        ):
            return mention
    return None


def _who(text: str, mention: ActorMention | None) -> tuple[str, str, bool]:
    """The subject's name as titles give it, its adjective, and whether a group noun follows it
    ("US officials"): `_mention_name` and what the title parts need of it, each found once."""
    if mention is None:
        return "", "", False
    actor = mention.actor
    lead = adjective(actor)
    if actor.kind == "country":
        group = _GROUP_NOUN.match(text, mention.end)
        if group:
            return f"{lead or short_name(actor)} {group.group().split()[-1].lower()}", lead, True
    elif actor.kind != "organization":
        return short_name(actor), lead, False
    return _office_name(text, mention, lead), lead, False


def _mention_name(text: str, mention: ActorMention | None) -> str:
    return _who(text, mention)[0]


def _office_name(text: str, mention: ActorMention, lead: str) -> str:
    """A country's or organisation's name, with the office named after it: "Ukraine's foreign
    minister" → "Ukrainian foreign minister"."""
    name = short_name(mention.actor)
    office = _OFFICE_AFTER.match(text, mention.end)
    if office:
        return f"{lead or name} {office.group('office').lower()}"
    return name


def _unnamed_role(after: str) -> str:
    """ "met with the prime minister": a counterpart the text names only by office."""
    match = _ROLE.match(after)
    return match.group("role") if match else ""


def _object_text(after: str, expression_text: str) -> str:
    """The words after a verb trigger without the event's own date ("reported at the end of August
    that the US veto…" → "the US veto…")."""
    if expression_text:
        after = after.replace(expression_text, " ", 1)
    # The pattern is anchored at the start (and may match nothing): its one match is cut off.
    lead = _LEADING_PREPOSITION.match(after)
    return after[lead.end() :] if lead else after


def _subject(
    actors: list[ActorMention], trigger_start: int, after: str = ""
) -> ActorMention | None:
    """The actor nearest before the trigger (the likely subject); after it only in a passive
    ("attacked by Russian forces"), since "protested against the EU's decision" is not the EU's."""
    if not actors:
        return None  # (what every branch below finds then)
    if _AGENT_AFTER.match(after):  # "banned by the EU", "shelling by Russian forces"
        agents = [a for a in actors if a.start > trigger_start]
        if agents:
            return agents[0]
    before = [a for a in actors if a.start < trigger_start]
    if before:
        people = [a for a in before if a.actor.kind == "person"]
        return (people or before)[-1] if len(before) > 1 else before[0]
    if _BY_AFTER.match(after):
        return actors[0] if actors else None
    return None


# What may stand between a German finite verb and its subject: an article at most.
_ARTICLE_ONLY = re.compile(r"\s+(?:(?:die|der|das)\s+)?$")


def _inverted_subject(
    text: str, actors: list[ActorMention], trigger_end: int
) -> ActorMention | None:
    """A German clause opening with anything but its subject puts the subject right after the
    finite verb: "Vergangene Woche griff Russland die Stadt … an"."""
    for mention in actors:
        if mention.start >= trigger_end:
            gap = text[trigger_end : mention.start]
            return mention if len(gap) < 6 and _ARTICLE_ONLY.match(gap) else None
    return None


def _other(actors: list[ActorMention], who: ActorMention | None) -> ActorMention | None:
    if who is None:
        return None
    rest = [a for a in actors if a.actor.name != who.actor.name and a.start > who.start]
    if who.actor.kind == "person":
        people = [a for a in rest if a.actor.kind == "person"]
        return people[0] if people else (rest[0] if rest else None)
    return rest[0] if rest else None


def _main_place(places: list[PlaceMention]) -> str:
    """The nearest city or region; a country only when the clause names nothing smaller."""
    for mention in places:
        if mention.place.kind != "country":
            return mention.place.name
    return places[0].place.name if places else ""


def _weapon_name(candidate: Candidate, named: str = "", language: str = "en") -> str:
    weapon = candidate.means
    if weapon is None:
        return ""
    if named:
        return named
    if _is_system_name(weapon.text, language):
        return weapon.text  # a named system: ATACMS, Iskander, Shahed
    return weapon.entry.label


def _is_system_name(word: str, language: str) -> bool:
    """A capitalised weapon word names a system (ATACMS, Iskander, Shahed). German capitalises
    every noun ("Raketen", "Artillerie"): there only the names English knows count, for titles
    are in English."""
    if not (word[:1].isupper() and word.lower() != word):
        return False
    return language == "en" or means_table("en").lookup(word) is not None


def _named_weapon(scope: EventScope, candidate: Candidate) -> str:
    """A named system of the event's weapon type in its clause: "ATACMS" rather than "missile"."""
    if candidate.means is None:
        return ""
    clause = candidate.trigger.clause
    for match in _NAMED_SYSTEM.finditer(scope.text, clause.start, clause.end):
        entry = means_table(scope.language).lookup(match.group())
        if entry is None or not _is_system_name(match.group(), scope.language):
            continue
        if getattr(entry, "type", None) == candidate.means.entry.type:
            return match.group()
    return ""


def _actor_tuple(mentions: list[ActorMention]) -> tuple[Actor, ...]:
    if len(mentions) < 2:
        return (mentions[0].actor,) if mentions else ()
    return tuple(_unique_actors(mentions))


def _place_tuple(mentions: list[PlaceMention]) -> tuple[Place, ...]:
    if len(mentions) < 2:
        return (mentions[0].place,) if mentions else ()
    return tuple(_unique_places(mentions))


def _unique_actors(mentions: Iterable[ActorMention]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for actor in (m.actor for m in mentions):
        current = seen.get(actor.name)
        if current is None or (not current.title and actor.title):
            seen[actor.name] = actor
    return list(seen.values())


def _unique_places(mentions: Iterable[PlaceMention]) -> list[Place]:
    seen: dict[str, Place] = {}
    for place in (m.place for m in mentions):
        seen.setdefault(place.name, place)
    return list(seen.values())
