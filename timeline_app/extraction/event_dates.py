"""Which date an event gets and why: its own time expression, the one governing its paragraph, the
publication date for present-tense reports, or none at all (a wrong date is worse than none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from timeline_app.domain.model import DateBasis, DateSpan, EventStatus, Precision, TimeExpression
from timeline_app.extraction.event_status import is_perfect, is_present_report
from timeline_app.extraction.event_triggers import TriggerMatch
from timeline_app.extraction.sentences import Sentence

# Expressions that only say "at the time of writing": the publication date, by that basis.
_PRESENT_WORDS = frozenset(
    {"currently", "now", "at present", "at the moment", "right now", "presently"}
)
# How many sentences back, within one paragraph, a date still governs.
_INHERIT_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class DatedBy:
    span: DateSpan | None
    basis: DateBasis | None
    expression: TimeExpression | None


NO_DATE = DatedBy(None, None, None)


@dataclass(frozen=True, slots=True)
class DateContext:
    """What the date choice needs about the article: its expressions by sentence and its date."""

    text: str
    sentences: Sequence[Sentence]
    expressions_by_sentence: Sequence[Sequence[TimeExpression]]
    published: date | None
    language: str


def own_expression(
    trigger: TriggerMatch,
    expressions: Sequence[TimeExpression],
    taken: set[int],
    text: str = "",
) -> TimeExpression | None:
    """The nearest resolved expression in the trigger's clause, else in its sentence (not one that
    another event's clause already owns, unless the trigger's clause is a relative "where"/"when"
    clause, which shares the time of the clause it hangs on)."""
    usable = [e for e in expressions if e.span is not None]
    in_clause = [e for e in usable if trigger.clause.start <= e.start < trigger.clause.end]
    if in_clause:
        return min(in_clause, key=lambda e: _distance(e, trigger))
    opening = text[trigger.clause.start : trigger.clause.start + 6].lower()
    if opening.startswith(("where ", "when ")):
        earlier = [e for e in usable if e.start < trigger.clause.start]
        return earlier[-1] if earlier else None
    pool = [e for e in usable if id(e) not in taken]
    if not pool:
        return None
    return min(pool, key=lambda e: _distance(e, trigger))


def _distance(expression: TimeExpression, trigger: TriggerMatch) -> int:
    if expression.end <= trigger.start:
        return trigger.start - expression.end
    return max(0, expression.start - trigger.end)


def date_event(
    context: DateContext,
    index: int,
    trigger: TriggerMatch,
    status: EventStatus,
    own: TimeExpression | None,
) -> DatedBy:
    """The date of the event triggered in sentence `index`, with the basis the contract records."""
    sentence = context.sentences[index]
    if status == EventStatus.PLANNED:
        # A plan has only a date of its own that is still ahead; never the day it was announced.
        if own is None or own.span is None or _is_present_word(own):
            return NO_DATE
        if context.published is not None and own.span.end < context.published:
            return NO_DATE
        return _own(own)
    if own is not None and own.span is not None:
        if _is_present_word(own):
            return DatedBy(own.span, DateBasis.PUBLICATION, own)
        return _own(own)
    if status == EventStatus.DENIED or is_perfect(context.text, trigger):
        return NO_DATE  # what did not happen has no date but its own
    if is_present_report(context.text, sentence, trigger, context.language):
        return _publication(context.published)
    inherited = _inherited(context, index)
    if inherited is not None:
        return DatedBy(inherited.span, DateBasis.INHERITED, inherited)
    return NO_DATE


def _own(own: TimeExpression) -> DatedBy:
    return DatedBy(own.span, DateBasis.RELATIVE if own.relative else DateBasis.EXPLICIT, own)


def _is_present_word(expression: TimeExpression) -> bool:
    return expression.text.strip().lower() in _PRESENT_WORDS


def _publication(published: date | None) -> DatedBy:
    if published is None:
        return NO_DATE
    return DatedBy(DateSpan(published, published, Precision.DAY), DateBasis.PUBLICATION, None)


def _inherited(context: DateContext, index: int) -> TimeExpression | None:
    """The last resolved, not-future expression of the nearest earlier sentence in the paragraph."""
    paragraph = context.sentences[index].paragraph
    for back in range(1, _INHERIT_SENTENCES + 1):
        previous = index - back
        if previous < 0 or context.sentences[previous].paragraph != paragraph:
            return None
        usable = [
            e
            for e in context.expressions_by_sentence[previous]
            if e.span is not None and not _is_future(e.span, context.published)
        ]
        if usable:
            return usable[-1]
    return None


def _is_future(span: DateSpan, published: date | None) -> bool:
    return published is not None and span.start > published
