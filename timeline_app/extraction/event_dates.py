"""Which date an event gets and why: its own time expression, the one governing its paragraph, the
publication date for present-tense reports, or none at all (a wrong date is worse than none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from timeline_app.domain.model import DateBasis, DateSpan, EventStatus, Precision, TimeExpression
from timeline_app.extraction.dates_filed import filed_on, is_dateline
from timeline_app.extraction.event_bystanders import is_judged, is_spoken
from timeline_app.extraction.event_called_off import called_off
from timeline_app.extraction.event_dates_usable import (
    is_called_off_day,
    is_deadline,
    is_period_served,
    is_reported_at,
    is_speakers_day,
    tells_unresolved_day,
    without_datelines,
    without_yardsticks,
)
from timeline_app.extraction.event_status import is_perfect, is_present_report
from timeline_app.extraction.event_triggers import TriggerMatch, is_ahead_of
from timeline_app.extraction.event_triggers_ahead import is_told_ahead
from timeline_app.extraction.sentences import Sentence

# Expressions that only say "at the time of writing": the publication date, by that basis.
_PRESENT_WORDS = frozenset(
    {"currently", "now", "at present", "at the moment", "right now", "presently"}
)
# How many sentences back, within one paragraph, a date still governs.
_INHERIT_SENTENCES = 2
# "since the summer": from then up to the time of writing.
_SINCE_BEFORE = re.compile(r"\b(?:since|ever since)\s+$", re.IGNORECASE)
# "a day after", "two weeks before": a distance between two happenings, not a date of its own.
_RELATION = re.compile(
    r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>day|week)s?\s+(?P<dir>after|before)",
    re.IGNORECASE,
)
# "The strike came a day after…": a subject that points back, so the news is the clause after.
_DEFINITE_BEFORE = re.compile(r"(?:^|\b)(?:the|this|that|its|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


class DatedBy(NamedTuple):
    """An event's date, its basis and the expression it comes from. (A named tuple: one is made
    for every event, at half the cost of a frozen dataclass.)"""

    span: DateSpan | None
    basis: DateBasis | None
    expression: TimeExpression | None
    # An expression that bounds an undated event without dating it ("said on Monday it had
    # struck": by Monday); the sentence's report then has no date of its own to take.
    bound: TimeExpression | None = None


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
    if not expressions:
        return None  # (most sentences) every branch below finds nothing
    usable = [e for e in expressions if e.span is not None or _RELATION.fullmatch(e.text.strip())]
    if len(usable) > 1 and text:
        usable = without_datelines(text, without_yardsticks(text, usable))
    clause_start = trigger.clause.start
    # (Also "a day after" whose "after" opens the trigger's clause: "…, a day after they overran".)
    in_clause = [
        e
        for e in usable
        if clause_start <= e.start < trigger.clause.end or e.start < clause_start < e.end
    ]
    if len(in_clause) == 1:
        return in_clause[0]  # (the usual case: nothing to compare)
    if (
        len(in_clause) > 1
        and text
        and (is_ahead_of(text, trigger.start) or is_told_ahead(text, trigger.start))
    ):
        # "met on Saturday, ahead of talks … next Tuesday": the talks' day follows them; so does
        # the day of "will meet again" after "met on Sunday and".
        after = [e for e in in_clause if e.start >= trigger.end]
        in_clause = after or in_clause
    if in_clause:
        return min(in_clause, key=lambda e: _distance(e, trigger))
    opening = text[trigger.clause.start : trigger.clause.start + 6].lower()
    if opening.startswith(("where ", "when ")):
        earlier = [e for e in usable if e.start < trigger.clause.start]
        return earlier[-1] if earlier else None
    pool = [e for e in usable if id(e) not in taken]
    if is_spoken(trigger.entry):
        # "accused Israel of violating the ceasefire that took effect on October 10": a day
        # after the saying's clause is what it says, not when it was said.
        pool = [e for e in pool if e.start < trigger.start or _is_present_word(e)]
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
    if own is not None and (
        is_called_off_day(context.text, sentence.start, sentence.end, own)
        or (
            status in (EventStatus.DENIED, EventStatus.PLANNED)
            and called_off(
                context.text, sentence.end, trigger, trigger.entry.type, context.language
            )
        )
    ):
        return NO_DATE  # "The visit, planned for Thursday, was cancelled": not then, nor since
    if status == EventStatus.PLANNED:
        # A plan has only a date of its own that is still ahead; never the day it was announced.
        if own is None or own.span is None or _is_present_word(own):
            return NO_DATE
        if _is_dateline(context.text, sentence, own):
            return NO_DATE  # "WASHINGTON, August 4 (Wire) — … will travel": filed then, not planned
        # Ahead of the day the story tells its present from: its dateline's, when it was filed
        # shortly before publication ("KYIV, Nov 12 -… will meet on Friday": the 14th).
        now = _told_on(context)
        if now is not None and own.span.end < now:
            return NO_DATE
        if now is not None and own.span.start < now:
            # "deploy by the end of the year" (September to December) in October: from now on.
            ahead = DateSpan(now, own.span.end, own.span.precision)
            return DatedBy(ahead, _own(own).basis, own)
        return _own(own)
    if status == EventStatus.DENIED and own is not None and _is_denial_date(context.text, own):
        own = None  # "The Kremlin denied on Sunday that…": the day of the denial, not of the deed
    if status == EventStatus.DENIED and _is_past(own, context.published):
        # "said Russia had no plans to withdraw, denying a report published last Friday": what
        # did not happen has no past date; a past day in its sentence is another happening's.
        return NO_DATE
    if own is not None and own.start < trigger.clause.end and is_judged(context, trigger, sentence):
        return DatedBy(None, None, None, own)  # "condemned the attack on Tuesday": its judging day
    if own is not None and status == EventStatus.CLAIMED and _is_claim_date(context.text, trigger):
        own = None  # "claimed the attack on Sunday": the day of the claim, not of the attack
    if own is not None and _is_report_date_of_earlier_deed(context.text, trigger, own):
        # "said on Monday it had struck…": done by Monday, not on it; a closed span would
        # invent a first day, so the deed has no date (a wrong date is worse than none) unless
        # its clause gives one after it ("…it had struck a command post on Sunday").
        later = _later_in_clause(context.expressions_by_sentence[index], trigger)
        if later is None:
            return DatedBy(None, None, None, own)
        own = later
    if (
        own is not None
        and own.start > trigger.end
        and is_speakers_day(context.text, sentence.start, trigger.end, own)
    ):
        return NO_DATE  # '"Drones attacked our city," the mayor said on Monday': before Monday
    if own is not None and is_deadline(context.text, own):
        # "had retaken the town by Sunday": on or before that day, which a closed span cannot
        # say (a wrong first day is worse than none).
        return DatedBy(None, None, None, own)
    if own is not None and own.start >= trigger.end and _is_report_date(context.text, trigger, own):
        if _is_told_from_another_moment(context.text, trigger, own):
            own = None  # "killed 24 on the eve of the festival, residents said on Thursday"
        elif is_perfect(context.text, trigger):
            own = None  # "have been displaced by the fighting, the UN said last week": told then
    if own is not None and is_period_served(context.text, own):
        own = None  # "pledged 1 billion euros for this year": what the aid covers, not when
    if own is not None and own.span is None:
        # "a day after drones attacked": the dates code gives the distance no date of its own;
        # the happening it points to is dated from this sentence's anchor instead.
        related = _related_date(context, index, trigger, own)
        # "Drones struck a day after the port strike": counted from a happening we cannot date
        # here, so no date rather than a guess.
        return related if related is not None else NO_DATE
    if own is not None and own.span is not None:
        if _is_present_word(own):
            return DatedBy(own.span, DateBasis.PUBLICATION, own)
        related = _related_date(context, index, trigger, own)
        if related is not None:
            return related
        if _hangs_on(context.text, trigger, own):
            return _own(own)  # "since mid-2024, when forces captured…": captured in mid-2024
        return _own(_since(context, _with_next_day(context, index, own)))
    if status == EventStatus.DENIED or is_perfect(context.text, trigger):
        return NO_DATE  # what did not happen has no date but its own
    if is_present_report(context.text, sentence, trigger, context.language):
        return _publication(_told_on(context))
    if tells_unresolved_day(context.expressions_by_sentence[index], _RELATION):
        return NO_DATE  # "on Monday night" with no publication date: not a neighbour's day
    inherited = _inherited(context, index)
    if inherited is not None:
        return DatedBy(inherited.span, DateBasis.INHERITED, inherited)
    return NO_DATE


def _is_dateline(text: str, sentence: Sentence, own: TimeExpression) -> bool:
    """Whether the expression is the story's dateline: the day it was filed, no event's date."""
    return is_dateline(text, sentence.start, own)


_DENIED_AT = re.compile(
    r"\b(?:denied|denies|deny|refuted|refutes|rejected|rejects|dismissed|dismisses)"
    r"\s+(?:on\s+|this\s+|late\s+|early\s+|earlier\s+)?$",
    re.IGNORECASE,
)


def _is_denial_date(text: str, own: TimeExpression) -> bool:
    """An expression right after the denying verb dates the denial ("denied on Wednesday that
    troops were massing"); the denied happening has no date of its own then."""
    return _DENIED_AT.search(text, max(0, own.start - 30), own.start) is not None


# "claimed the attack", "claimed responsibility for the bombing": the claimed happening is the
# claim verb's object, named as known; a date in the sentence is then when it was claimed.
_CLAIMED_OBJECT = re.compile(
    r"\bclaim(?:ed|s)?\s+(?:(?:responsibility|credit)\s+(?:(?:on|late|early|last|this)\s+\w+\s+)?"
    r"for\s+)?"
    r"(?:the|this|that|its|their|a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _is_claim_date(text: str, trigger: TriggerMatch) -> bool:
    window = text[max(trigger.clause.start, trigger.start - 60) : trigger.start]
    return "laim" in window and _CLAIMED_OBJECT.search(window) is not None


# "on the eve of the festival", "in the wake of the vote": when the event happened, told relative
# to a happening the dates code cannot place.
_UNPLACED_TIME = re.compile(
    r"\b(?:on|in)\s+the\s+(?:eve|run-up|aftermath|wake|day|night|morning|evening)\s+(?:of|to)\s+"
    r"(?:the|a|an|his|her|its|their)\b",
    re.IGNORECASE,
)


def _is_report_date(text: str, trigger: TriggerMatch, own: TimeExpression) -> bool:
    """Whether `own`, after the trigger, only says when the event was told ("the UN said last
    week")."""
    if own.start < trigger.end or own.span is None:
        return False
    return is_reported_at(text, own.start)


# A report verb with its day before it ("claimed on Saturday", "said Monday") …
_REPORT_VERB_BEFORE = re.compile(
    r"\b(?:said|says|claimed|claims|announced|announces|reported|reports|stated|confirmed|"
    r"confirms|added|insisted|boasted|affirmé|déclaré|annoncé|indiqué|assuré|revendiqué|afirmó|"
    r"aseguró|anunció|informó|dijo|reivindicó)\s+(?:late\s+|early\s+)?(?:on\s+|this\s+|last\s+|"
    r"el\s+|este\s+|ce\s+)?$",
    re.IGNORECASE,
)
# … and, between that day and the deed, its subject and a past perfect: "(that) it had",
# "its forces had", "the army had also"; or a perfect infinitive ("a affirmé mercredi avoir tué
# … lors de frappes", "afirmó el miércoles haber derribado").
_PAST_PERFECT_BETWEEN = re.compile(
    r"\s*,?\s*(?:(?:avoir|être|haber)\s+[^,;.]*?|"
    r"(?:that\s+)?(?:[\w'’-]+\s+){1,3}?had\s+(?:\w+ly\s+|also\s+|already\s+|indeed\s+)?)",
    re.IGNORECASE,
)


def _later_in_clause(
    expressions: Sequence[TimeExpression], trigger: TriggerMatch
) -> TimeExpression | None:
    """The first dated expression after the trigger in its clause, if any."""
    clause = trigger.clause
    for expression in expressions:
        if trigger.end <= expression.start < clause.end and expression.span is not None:
            return expression
    return None


def _is_report_date_of_earlier_deed(text: str, trigger: TriggerMatch, own: TimeExpression) -> bool:
    """ "claimed on Saturday that it had destroyed…", "said on Monday it had struck…": the day
    dates the report, and the past perfect puts the deed before it, at a day not told."""
    if own.end > trigger.start or own.span is None or own.span.precision != Precision.DAY:
        return False
    if not _PAST_PERFECT_BETWEEN.fullmatch(text, own.end, trigger.start):
        return False
    return _REPORT_VERB_BEFORE.search(text, max(0, own.start - 40), own.start) is not None


def _is_told_from_another_moment(text: str, trigger: TriggerMatch, own: TimeExpression) -> bool:
    """Whether the trigger's clause, before `own` (a day it was reported on: "residents said on
    Thursday"), tells the event's time relative to something undated ("on the eve of the
    festival"): the day of the report is then not the day of the event."""
    clause = text[trigger.clause.start : min(trigger.clause.end, own.start)]
    return "the " in clause and _UNPLACED_TIME.search(clause) is not None


def _hangs_on(text: str, trigger: TriggerMatch, own: TimeExpression) -> bool:
    """Whether the trigger's clause is a "when" clause hanging on the expression before it, which
    names the moment itself."""
    clause_start = trigger.clause.start
    return own.end <= clause_start and text[clause_start : clause_start + 5].lower() == "when "


def _since(context: DateContext, own: TimeExpression) -> TimeExpression:
    """ "has continued since the summer": from the start of the summer to publication, not the
    summer alone (the unit stays that of the starting point, the end is the time of writing)."""
    published, span = context.published, own.span
    if published is None or span is None or span.start > published:
        return own
    if not _SINCE_BEFORE.search(context.text, max(0, own.start - 14), own.start):
        return own
    until = DateSpan(span.start, max(span.end, published), span.precision)
    why = (
        f"since {own.text} → {until.start.isoformat()}..{until.end.isoformat()}: up to publication"
    )
    return replace(own, span=until, explanation=why)


# "on Friday and Saturday", "on Saturday and again on Sunday": one happening told on two days.
_AND_DAY = re.compile(r"\s*,?\s*and\s+(?:again\s+)?(?:(?:on|late|early)\s+)?(?:the\s+)?", re.I)
_AND_DAY_REACH = 20  # characters between the two days
_AND_DAY_GAP = 2  # at most this many days from the first to the second


def _with_next_day(context: DateContext, index: int, own: TimeExpression) -> TimeExpression:
    """The span from `own` to the day joined to it by "and" ("struck Gaza on Friday and
    Saturday"): the happening took both days, so the first alone would leave the second out.
    Only close days: "on Monday and Thursday" stays the first day it was told on."""
    span = own.span
    if span is None or span.precision != Precision.DAY:
        return own
    following = [e for e in context.expressions_by_sentence[index] if e.start >= own.end]
    if not following or following[0].start - own.end > _AND_DAY_REACH:
        return own
    second = following[0].span
    if second is None or second.precision != Precision.DAY:
        return own
    if not 1 <= (second.start - span.end).days <= _AND_DAY_GAP:
        return own
    if not _AND_DAY.fullmatch(context.text, own.end, following[0].start):
        return own
    joined = DateSpan(span.start, second.end, Precision.DAY)
    why = f"{own.text} and {following[0].text} → {joined.start}..{joined.end}: both days"
    return replace(own, span=joined, explanation=why)


def _related_date(
    context: DateContext, index: int, trigger: TriggerMatch, own: TimeExpression
) -> DatedBy | None:
    """ "The strike came a day after drones attacked…": the clause after "after" happened a day
    BEFORE the strike, whose date is the one governing the sentence (else publication)."""
    relation = _RELATION.fullmatch(own.text.strip())
    if relation is None:
        return None
    if trigger.start < own.end and not _DEFINITE_BEFORE.search(
        context.text, max(0, trigger.start - 20), trigger.start
    ):
        return None  # "Drones struck Odesa a day after the port strike": the date is this one's
    earlier = [e for e in context.expressions_by_sentence[index] if e.end <= own.start]
    anchor_expression = _governing(context, earlier) or _inherited(
        context, index, across_paragraphs=True
    )
    if anchor_expression is not None and anchor_expression.span is not None:
        anchor, basis, name = (
            anchor_expression.span.start,
            DateBasis.INHERITED,
            anchor_expression.text,
        )
    elif context.published is not None:
        anchor, basis, name = context.published, DateBasis.RELATIVE, "publication"
    else:
        return NO_DATE
    amount = _NUMBERS.get(relation["n"].lower()) or int(relation["n"])
    days = amount * (7 if relation["unit"].lower() == "week" else 1)
    sign = -1 if relation["dir"].lower() == "after" else 1
    day = anchor + timedelta(days=sign * days)
    unit = Precision.DAY if days == amount else Precision.WEEK
    span = DateSpan(day, day, Precision.DAY) if unit == Precision.DAY else _week_around(day)
    word = "before" if sign < 0 else "after"
    why = (
        f"{own.text} → {span.start.isoformat()}: {days} day(s) {word} {name} ({anchor.isoformat()})"
    )
    return DatedBy(span, basis, replace(own, span=span, explanation=why))


def _week_around(day: date) -> DateSpan:
    return DateSpan(day - timedelta(days=3), day + timedelta(days=3), Precision.WEEK)


def _own(own: TimeExpression) -> DatedBy:
    return DatedBy(own.span, DateBasis.RELATIVE if own.relative else DateBasis.EXPLICIT, own)


def _is_present_word(expression: TimeExpression) -> bool:
    return expression.text.strip().lower() in _PRESENT_WORDS


def _told_on(context: DateContext) -> date | None:
    """The day the story tells its present from: the day its dateline names when it was filed
    shortly before publication ("KYIV, Nov 17 (Reuters) -" read on the 19th), else publication."""
    first = next((found[0] for found in context.expressions_by_sentence if found), None)
    if first is None:
        return context.published
    return filed_on(context.text, first, context.published) or context.published


def _publication(published: date | None) -> DatedBy:
    if published is None:
        return NO_DATE
    return DatedBy(DateSpan(published, published, Precision.DAY), DateBasis.PUBLICATION, None)


def _inherited(
    context: DateContext, index: int, across_paragraphs: bool = False
) -> TimeExpression | None:
    """The last resolved, not-future expression of the nearest earlier sentence in the paragraph
    (or before it, for a subject that points back: "The strike came a day after…"); one that dates
    a happening rather than when it was told ("said on Friday") when there is one."""
    paragraph = context.sentences[index].paragraph
    for back in range(1, _INHERIT_SENTENCES + 1):
        previous = index - back
        if previous < 0:
            return None
        if context.sentences[previous].paragraph != paragraph and not across_paragraphs:
            return None
        expressions = context.expressions_by_sentence[previous]
        if tells_unresolved_day(expressions, _RELATION):
            return None  # its day is unknown (no publication date): an older one is not it
        found = _governing(context, expressions)
        if found is not None:
            return found
    return None


def _governing(
    context: DateContext, expressions: Sequence[TimeExpression]
) -> TimeExpression | None:
    usable = [
        e
        for e in expressions
        if e.span is not None
        and not _is_future(e.span, context.published)
        and not _RELATION.fullmatch(e.text.strip())
    ]
    happening = [e for e in usable if not is_reported_at(context.text, e.start)]
    return (happening or usable)[-1] if usable else None


def _is_past(expression: TimeExpression | None, published: date | None) -> bool:
    span = None if expression is None else expression.span
    return span is not None and published is not None and span.start < published


def _is_future(span: DateSpan, published: date | None) -> bool:
    return published is not None and span.start > published
