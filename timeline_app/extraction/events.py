"""Events: which clauses report something that happened, its type, status and date, who and where.

The pipeline calls `find_events` after `find_time_expressions`. Sentences are split, triggers found
and merged per sentence (event_triggers), each event gets a status (event_status), a date with its
basis (event_dates), actors, places and a headline; repeats of one happening in an article merge.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TypeVar

from timeline_app.domain.model import (
    TYPE_FAMILY,
    DateBasis,
    EventStatus,
    EventType,
    ExtractedEvent,
    TimeExpression,
    TypeFamily,
)
from timeline_app.extraction.actors import ActorMention, find_actors
from timeline_app.extraction.actors import phrase_tables as actor_tables
from timeline_app.extraction.event_context import add_group_members, carry_from_antecedents
from timeline_app.extraction.event_dates import DateContext, DatedBy, date_event, own_expression
from timeline_app.extraction.event_filters import (
    dated_near,
    dateline_heads,
    decided_earlier,
    is_party,
    takes_effect,
    without_capabilities,
    without_coordinated_subjects,
    without_datelines,
    without_misreadings,
    without_topics,
)
from timeline_app.extraction.event_means import sentence_means
from timeline_app.extraction.event_merge import merge_repeats, without_headline_repeats
from timeline_app.extraction.event_parts import EventScope, build_event
from timeline_app.extraction.event_seats import without_acting_seats
from timeline_app.extraction.event_status import according_to_spans, event_status, governed_status
from timeline_app.extraction.event_triggers import MERGE_BONUS, Candidate, candidates, find_triggers
from timeline_app.extraction.lexicon import TriggerEntry, means, triggers
from timeline_app.extraction.phrases import PhraseMatch, Tokens, tokenize
from timeline_app.extraction.places import PlaceMention, find_places
from timeline_app.extraction.sentences import Sentence, split_sentences
from timeline_app.extraction.separable import has_separable_verbs, with_split_verbs

log = logging.getLogger(__name__)
_M = TypeVar("_M", ActorMention, PlaceMention)

# Triggers weaker than this need a named actor or a weapon in their sentence.
_WEAK_TRIGGER = 0.7
_WEAKEST_TRIGGER = 0.55
# Triggers this strong (or several agreeing ones) are events with no actor or place named.
_UNANCHORED_TRIGGER = 0.8
_UNANCHORED_STRIKE = 0.75
_DATED_TRIGGER = 0.749  # …or, less its discount, dated right by it (`dated_near`)
# A lone trigger word is weaker evidence than several agreeing ones ("signed a ceasefire agreement").
_SINGLE_TRIGGER_DISCOUNT = 0.05
# Longer sentences are boilerplate or garbage (no punctuation at all), not reporting.
_MAX_SENTENCE = 1500
# The statuses another trigger of the clause may override (`governed_status`).
_MAY_BE_GOVERNED = frozenset({EventStatus.HAPPENED, EventStatus.CLAIMED})


@dataclass(frozen=True, slots=True)
class _Article:
    text: str
    sentences: list[Sentence]
    expressions: list[list[TimeExpression]]
    actors: list[ActorMention]
    places: list[PlaceMention]
    published: date | None
    language: str
    tokens: Tokens
    actors_by_sentence: list[list[ActorMention]]
    places_by_sentence: list[list[PlaceMention]]
    # The trigger and weapon words of every sentence, found in one pass over the text.
    triggers_by_sentence: list[list[PhraseMatch]]
    means_by_sentence: list[list[PhraseMatch]]
    # The trigger weight of every event built, for the filter after antecedents are known.
    weights: dict[tuple[int, str, str], float]


def find_events(
    text: str,
    time_expressions: Sequence[TimeExpression],
    published: date | None,
    language: str = "en",
    tokens: Tokens | None = None,
) -> list[ExtractedEvent]:
    """Every event reported in `text`, in text order. Never raises: bad input gives no events.
    `tokens`: `phrases.tokenize(text)` when the caller has it already."""
    try:
        language = (language or "en")[:2]
        return _find_events(text or "", time_expressions, published, language, tokens)
    except Exception:  # any text must be importable; a bug here must not lose the article
        log.exception("event extraction failed on a %d-character text", len(text or ""))
        return []


def _find_events(
    text: str,
    time_expressions: Sequence[TimeExpression],
    published: date | None,
    language: str,
    tokens: Tokens | None = None,
) -> list[ExtractedEvent]:
    if not text.strip():
        return []
    article = _prepare(text, time_expressions, published, language, tokens)
    context = DateContext(text, article.sentences, article.expressions, published, language)
    events: list[ExtractedEvent] = []
    for index, sentence in enumerate(article.sentences):
        matches = article.triggers_by_sentence[index]
        if not matches:
            continue  # no trigger word: no event (most sentences)
        if not article.expressions[index] and all(_says_only(m.value) for m in matches):
            continue  # only reporting words and no date: no event either (see `_says_only`)
        if sentence.end - sentence.start <= _MAX_SENTENCE and not _is_headline(sentence):
            events.extend(_sentence_events(article, context, index))
    events = carry_from_antecedents(events, article.sentences, text, published)
    events = add_group_members(events, article.sentences, article.actors_by_sentence, text)
    events = [e for e in events if _anchored(e, article.weights)]
    return merge_repeats(without_headline_repeats(events, article.sentences))


def _anchored(event: ExtractedEvent, weights: dict[tuple[int, str, str], float]) -> bool:
    """An event nobody and nowhere is tied to is news only when its words are unmistakable ("drone
    attack", "signed a ceasefire agreement"): "came out fighting", "agreed", "the pledges" are not."""
    if event.actors or event.places:
        return True
    weight = weights.get(_weight_key(event), 1.0)
    if TYPE_FAMILY[event.type] == TypeFamily.STRIKES:
        return weight >= _UNANCHORED_STRIKE  # "three killed by a strike in the corridor"
    if weight >= _UNANCHORED_TRIGGER or (weight >= _DATED_TRIGGER and dated_near(event)):
        return True  # (the second: a lone word with a day of its own, "Talks resume on Monday")
    return event.type == EventType.AGREEMENT and takes_effect(event)  # "The truce took effect…"


def _weight_key(event: ExtractedEvent) -> tuple[int, str, str]:
    # The type itself (a str enum, equal to its value) spares the slow `.value` look-up.
    return (event.start, event.trigger, event.type)


def _is_headline(sentence: Sentence) -> bool:
    """A title-case line without a full stop: the article's headline or a section heading, which
    the body repeats with its date."""
    if sentence.text.rstrip()[-1:] in '.!?"”’':
        return False
    words = [w for w in sentence.text.split() if w[:1].isalpha()]
    if len(words) < 3:
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > 0.6


def _prepare(
    text: str,
    time_expressions: Sequence[TimeExpression],
    published: date | None,
    language: str,
    tokens: Tokens | None = None,
) -> _Article:
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    expressions: list[list[TimeExpression]] = [[] for _ in sentences]
    for expression in time_expressions:
        index = bisect.bisect_right(starts, expression.start) - 1
        if 0 <= index < len(sentences) and expression.start < sentences[index].end:
            expressions[index].append(expression)
    if tokens is None:
        tokens = tokenize(text)
    # Where the phrases of the four tables may start, found in one pass over the words.
    tokens.index_phrases((*actor_tables(), triggers(language), means(language)))
    actors = find_actors(text, tokens=tokens)
    # A country named by its adjective ("Syrian military sites") is no town of that spelling.
    excluded = tuple(
        (m.start, m.end)
        for m in actors
        if m.actor.kind != "country" or text[m.start : m.end] == m.adjective
    )
    places = find_places(text, excluded=excluded)
    places = without_coordinated_subjects(text, places, actors)
    # The city of a wire dateline is where the story was filed: neither a place nor an actor.
    heads = dateline_heads(text, starts)
    places = without_datelines(heads, places)
    actors = without_datelines(heads, actors)
    # A capital that acts ("Kyiv struck", "Moskau wies … zurück") is its government.
    places = without_acting_seats(text, places, actors, sentences, expressions, language)
    place_starts = {p.start for p in places}
    # A country after "in"/"to" is a place there, not an actor ("in eastern Russia").
    actors = [a for a in actors if a.start not in place_starts]
    spans = [(s.start, s.end) for s in sentences]
    return _Article(
        text,
        sentences,
        expressions,
        actors,
        places,
        published,
        language,
        tokens,
        _by_sentence(actors, starts, sentences),
        _by_sentence(places, starts, sentences),
        _trigger_matches(text, spans, tokens, language),
        means(language).find_in_spans(text, spans, tokens),
        {},
    )


def _trigger_matches(
    text: str, spans: list[tuple[int, int]], tokens: Tokens, language: str
) -> list[list[PhraseMatch]]:
    """The trigger table's matches sentence by sentence, with German verbs split from their
    particle ("griff die Stadt an")."""
    found = triggers(language).find_in_spans(text, spans, tokens)
    if not has_separable_verbs(language):
        return found
    return [
        with_split_verbs(text, start, end, matches, language)
        for (start, end), matches in zip(spans, found, strict=True)
    ]


def _by_sentence(
    mentions: Sequence[_M], starts: list[int], sentences: list[Sentence]
) -> list[list[_M]]:
    """Mentions bucketed by the sentence they start in (one pass, so long texts stay linear)."""
    buckets: list[list[_M]] = [[] for _ in sentences]
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if 0 <= index < len(sentences) and mention.start < sentences[index].end:
            buckets[index].append(mention)
    return buckets


def _sentence_events(article: _Article, context: DateContext, index: int) -> list[ExtractedEvent]:
    """The events of sentence `index`, one with trigger words (not only reporting words unless it
    has a date: `_find_events` asks that first)."""
    sentence = article.sentences[index]
    matches = article.triggers_by_sentence[index]
    text, language, tokens = article.text, article.language, article.tokens
    means_matches = article.means_by_sentence[index]
    # (Most sentences name no weapon and no actor: neither needs looking at then.)
    before = article.means_by_sentence[index - 1] if index else []
    weapons = sentence_means(text, sentence, language, tokens, means_matches, before)
    actors = article.actors_by_sentence[index]
    has_actor = bool(actors) and any(is_party(a, matches) for a in actors)
    has_place = bool(article.places_by_sentence[index])
    if not _may_be_supported(matches, has_actor, has_place, bool(weapons)):
        return []  # "Local authorities urged residents…": nobody named, so no statement
    found = find_triggers(text, sentence, None, language, tokens, matches)
    if not found or (not article.expressions[index] and all(_says_only(t.entry) for t in found)):
        return []
    pending = [
        c
        for c in candidates(found, weapons, text)
        if _supported(c, has_actor, has_place, bool(weapons))
    ]
    if not pending:
        return []
    pending = without_misreadings(text, without_capabilities(text, without_topics(text, pending)))
    if not pending:
        return []
    expressions = article.expressions[index]
    taken = _expressions_in_event_clauses(pending, expressions)
    media_spans = [(a.start, a.end) for a in actors if a.media]
    events: list[ExtractedEvent] = []
    used: set[int] = set()
    reporting: list[Candidate] = []
    sources: list[tuple[int, int]] | None = None  # "according to X", found once per sentence
    scope: EventScope | None = None  # the sentence's actors and places, made once
    for candidate in pending:
        if candidate.reporting:
            reporting.append(candidate)
            continue
        own = own_expression(candidate.trigger, expressions, taken, article.text)
        if sources is None:
            sources = according_to_spans(article.text, sentence.start, sentence.end)
        status = event_status(
            article.text, sentence, candidate.trigger, article.language, media_spans, sources
        )
        governed = None
        if status in _MAY_BE_GOVERNED:
            governed = governed_status(article.text, candidate.trigger, found)
            status = governed or status
        elif status == EventStatus.PLANNED:
            # "rejected a proposal for signing a trade agreement": a plan refused is denied.
            governed = governed_status(article.text, candidate.trigger, found)
            if governed == EventStatus.DENIED:
                status = governed
            else:
                governed = None
        if governed == EventStatus.DENIED or decided_earlier(article.text, candidate, own):
            # "suspended talks": the talks that are not held have no date of their own.
            dated = date_event(context, index, candidate.trigger, status, None)
        else:
            dated = date_event(context, index, candidate.trigger, status, own)
        if dated.expression is not None:
            used.add(id(dated.expression))
        elif dated.bound is not None:
            used.add(id(dated.bound))  # the day of the claim, not of a report of its own
        if scope is None:
            scope = _scope(article, index, sources)
        events.append(_build(article, scope, candidate, status, dated))
    if reporting:
        dates = (expressions, taken)
        events.extend(_reporting_events(article, context, index, reporting, dates, used))
    return events


def _says_only(entry: object) -> bool:
    """A reporting word ("said", "report"), a phrase that is no event, or no trigger at all: in a
    sentence without a time expression it makes no event (see `_reporting_events`), so the
    sentence needs no more work."""
    if not isinstance(entry, TriggerEntry):
        return True
    return entry.reporting or entry.report_noun or entry.type is None


def _may_be_supported(
    matches: list[PhraseMatch], has_actor: bool, has_place: bool, has_weapon: bool
) -> bool:
    """Whether a candidate of these trigger words could be `_supported`, decided from the words
    alone before they are resolved into candidates (which most such sentences would not pass):
    with no party and no weapon named, statements never are, and other words only when their
    weight, with what merging with every other trigger of the sentence could add, is enough."""
    if has_actor or has_weapon:
        return True
    # (A hair above the bound, so that float rounding in the merges cannot exceed it.)
    bonus = (len(matches) - 1) * MERGE_BONUS + 1e-9
    for match in matches:
        entry = match.value
        if not isinstance(entry, TriggerEntry):
            continue  # no candidate
        if entry.reporting or entry.report_noun:
            return True  # a report is always supported
        if entry.type is None or entry.type in (EventType.STATEMENT, EventType.REPORT):
            continue  # no candidate, or one that needs a party
        weight = entry.weight + bonus
        if weight >= _WEAK_TRIGGER or (has_place and weight >= _WEAKEST_TRIGGER):
            return True
    return False


def _supported(candidate: Candidate, has_actor: bool, has_place: bool, has_weapon: bool) -> bool:
    """Whether a trigger is news here: statements need someone named who says them; middling
    words need a named actor, place or weapon; the weakest ("hit", "deal", "deliveries") an actor
    or a weapon ("Sports were hit hard", "Deliveries of cars dropped in Prague" are no events)."""
    if candidate.reporting:
        return True
    if candidate.type in (EventType.STATEMENT, EventType.REPORT):
        return has_actor
    if candidate.weight >= _WEAK_TRIGGER or has_actor or has_weapon:
        return True
    return has_place and candidate.weight >= _WEAKEST_TRIGGER


def _expressions_in_event_clauses(
    pending: list[Candidate], expressions: list[TimeExpression]
) -> set[int]:
    taken: set[int] = set()
    if not expressions:
        return taken  # (a sentence without dates)
    for candidate in pending:
        if candidate.reporting:
            continue
        clause = candidate.trigger.clause
        taken.update(id(e) for e in expressions if clause.start <= e.start < clause.end)
    return taken


def _reporting_events(
    article: _Article,
    context: DateContext,
    index: int,
    reporting: list[Candidate],
    dates: tuple[list[TimeExpression], set[int]],
    used: set[int],
) -> list[ExtractedEvent]:
    """A report or statement is an event of its own only when it carries a date no other event in
    its sentence uses ("The WSJ reported at the end of August that the veto, imposed in spring…").
    `dates`: the sentence's expressions and those the clauses of its other events take."""
    events: list[ExtractedEvent] = []
    scope: EventScope | None = None
    for candidate in reporting:
        if not _is_report_worthy(candidate):
            continue  # "officials said on Monday" is provenance, not news
        own = own_expression(candidate.trigger, *dates, article.text)
        if own is None or id(own) in used or not _in_clause(own, candidate):
            continue
        used.add(id(own))
        if _told_by_media(article.actors_by_sentence[index], candidate):
            candidate = candidate._replace(type=EventType.REPORT)
        dated = date_event(context, index, candidate.trigger, EventStatus.HAPPENED, own)
        scope = scope or _scope(article, index)
        events.append(_build(article, scope, candidate, EventStatus.HAPPENED, dated))
    return events[:1]


def _told_by_media(actors: list[ActorMention], candidate: Candidate) -> bool:
    """ "The Wall Street Journal reported…": a news outlet's report rather than a party's statement."""
    clause = candidate.trigger.clause
    return any(a.media and clause.start <= a.start < candidate.trigger.start for a in actors)


def _in_clause(expression: TimeExpression, candidate: Candidate) -> bool:
    clause = candidate.trigger.clause
    return clause.start <= expression.start < clause.end


def _is_report_worthy(candidate: Candidate) -> bool:
    # A bare "officials said on Monday" is provenance, not news; a report or announcement is.
    return candidate.type == EventType.REPORT or candidate.trigger.text.lower().startswith(
        ("report", "announc", "declar", "confirm", "publish")
    )


def _scope(
    article: _Article, index: int, sources: list[tuple[int, int]] | None = None
) -> EventScope:
    """What every event of sentence `index` is built from (made once per sentence). (Built from
    a tuple of every field: the named tuple's `__new__` is a slow Python function.)"""
    sentence, actors = article.sentences[index], article.actors_by_sentence[index]
    places, previous = article.places_by_sentence[index], _previous_person(article, index)
    fields = (article.text, sentence, actors, places, article.language, previous, sources)
    return tuple.__new__(EventScope, fields)


def _build(
    article: _Article,
    scope: EventScope,
    candidate: Candidate,
    status: EventStatus,
    dated: DatedBy,
) -> ExtractedEvent:
    event, _ = build_event(
        scope, candidate, status, dated, partial(_confidence, candidate, dated, status)
    )
    # A weapon named makes a strike concrete, and so does a party or place named anywhere in the
    # sentence (even as the source of a report: "according to reports the UK is pushing for…").
    concrete = (
        candidate.means is not None or bool(scope.places) or any(not a.media for a in scope.actors)
    )
    single = candidate.weight <= candidate.trigger.entry.weight  # no other trigger agreed
    weight = 1.0 if concrete else candidate.weight - (_SINGLE_TRIGGER_DISCOUNT if single else 0)
    article.weights[(event.start, event.trigger, event.type)] = weight  # (`_weight_key`)
    return event


def _previous_person(article: _Article, index: int) -> ActorMention | None:
    """The first person named in the previous sentence of the paragraph (for "he" and "she")."""
    sentences = article.sentences
    if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
        return None
    people = [a for a in article.actors_by_sentence[index - 1] if a.actor.kind == "person"]
    return people[0] if people else None


_BASIS_SCORE: dict[DateBasis | None, float] = {
    DateBasis.EXPLICIT: 0.1,
    DateBasis.RELATIVE: 0.05,
    DateBasis.INHERITED: -0.1,
    DateBasis.PUBLICATION: -0.1,
    None: -0.2,
}


_UNSURE = frozenset({EventStatus.CLAIMED, EventStatus.PLANNED})


def _confidence(
    candidate: Candidate, dated: DatedBy, status: EventStatus, named: bool, anchored: bool
) -> float:
    """How sure the event is: its trigger's weight, its date's basis, its status, whether it names
    anyone or anywhere (`named`) and whether its title does (`anchored`)."""
    score = candidate.weight
    score += _BASIS_SCORE[dated.basis]
    if status in _UNSURE:
        score -= 0.05
    if named:
        score += 0.05
    else:
        score -= 0.1  # nobody and nowhere named: an analyst cannot check it against other reports
    if not anchored:
        score -= 0.1  # a bare headline ("Talks", "Fighting"): who or where is only guessed at
    return round(min(0.99, max(0.05, score)), 2)
