"""Plans called off or put off: "The visit, planned for Thursday, was cancelled", "La visite du
Premier ministre, prévue jeudi, a été annulée", "Встреча, запланированная на четверг, была
отменена", "Russia called off the talks".

What an analyst should see: the plan, never as something that happened, and with no date (the
day it had is not when anything happened, and the calling off is told, not dated). A cancelled
plan will not happen: it is denied, the status the domain already gives talks suspended and
proposals refused. A postponed one still may: it stays planned, with no day known.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from timeline_app.domain.model import TYPE_FAMILY, EventStatus, EventType, TypeFamily
from timeline_app.extraction.event_triggers import TriggerMatch
from timeline_app.extraction.word_search import lowers_evenly

_CANCELLED = {
    "en": r"cancell?ed|cancels|called\s+off|calls\s+off|scrapped|scraps|axed|shelved|abandoned",
    "de": r"abgesagt|gestrichen|storniert|abgeblasen",
    "fr": r"annulée?s?|annule|annulent",
    "es": r"cancelad[oa]s?|cancela|canceló|cancelaron|anulad[oa]s?|suspendid[oa]s?",
    "ru": r"отмен[её]н[аоы]?|отменил[аио]?|отменили|отменяется|отменено",
    "uk": r"скасован[аоі]?|скасовано|скасував|скасувала|скасували",
}
_POSTPONED = {
    "en": r"postponed|postpones|put\s+off|pushed\s+back|rescheduled|delayed",
    "de": r"verschoben|vertagt",
    "fr": r"reportée?s?|repoussée?s?|ajournée?s?",
    "es": r"aplazad[oa]s?|pospuest[oa]s?|postergad[oa]s?",
    "ru": r"отложен[аоы]?|перенес[её]н[аоы]?|отложили|перенесли",
    "uk": r"відкладен[аоі]?|відкладено|перенесен[аоі]?|перенесено|відклали|перенесли",
}


def _pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


_CANCELLED_WORD = {language: _pattern(words) for language, words in _CANCELLED.items()}
_POSTPONED_WORD = {language: _pattern(words) for language, words in _POSTPONED.items()}
# Between the plan and the word that calls it off, a word that opens another happening ("the
# talks were held after the summit was cancelled").
_ANOTHER_CLAUSE = re.compile(
    r"(?<!\w)(?:after|before|because|when|since|while|but|après|avant|mais|después|antes|pero|"
    r"nachdem|bevor|aber|после|до|но|після|але)(?!\w)",
    re.IGNORECASE,
)
# How far from the plan's word the calling off is still its own (characters).
_BEFORE, _AFTER = 40, 90
# What can be planned and called off: diplomacy, protests, evacuations, not a strike.
_PLANNABLE = frozenset({TypeFamily.DIPLOMACY, TypeFamily.CIVIL})


def called_off(
    text: str, sentence_end: int, trigger: TriggerMatch, kind: EventType | None, language: str
) -> EventStatus | None:
    """DENIED for a plan called off, PLANNED for one put off, None otherwise: the calling-off
    word in the trigger's clause before it ("Russia cancelled the visit") or after it in the
    sentence with no other happening between ("The visit, planned for Monday, was cancelled")."""
    if kind is None or kind in (EventType.STATEMENT, EventType.REPORT):
        return None
    if TYPE_FAMILY[kind] not in _PLANNABLE or language not in _STEMS:
        return None
    low = max(trigger.clause.start, trigger.start - _BEFORE)
    high = min(sentence_end, trigger.end + _AFTER)
    if not _stem_near(text, low, high, language):
        return None  # (nearly every event: no calling-off word near it)
    for status, words in (
        (EventStatus.DENIED, _CANCELLED_WORD[language]),
        (EventStatus.PLANNED, _POSTPONED_WORD[language]),
    ):
        if words.search(text, low, trigger.start) is not None:
            return status
        after = words.search(text, trigger.end, high)
        if after is not None and _ANOTHER_CLAUSE.search(text, trigger.end, after.start()) is None:
            return status
    return None


# What every calling-off word holds, lower-cased: plain tests that spare most events the rest.
_STEMS = {
    "en": ("cancel", "called off", "calls off", "scrap", "axed", "shelved", "abandon", "postpon",
           "put off", "pushed back", "reschedul", "delayed"),
    "de": ("abgesagt", "gestrichen", "storniert", "abgeblasen", "verschoben", "vertagt"),
    "fr": ("annul", "report", "repouss", "ajourn"),
    "es": ("cancel", "anulad", "suspendid", "aplazad", "pospuest", "postergad"),
    "ru": ("отмен", "отлож", "перенес", "перенёс"),
    "uk": ("скасов", "скасув", "відклад", "відклали", "перенес"),
}  # fmt: skip


_ANY_STEM = {
    language: re.compile("|".join(map(re.escape, stems))) for language, stems in _STEMS.items()
}
_LONGEST_STEM = max(len(stem) for stems in _STEMS.values() for stem in stems)


def _stem_near(text: str, low: int, high: int, language: str) -> bool:
    """Whether one of the language's calling-off stems starts in text[low:high]: the stems of
    that stretch alone, lower-cased (a few plain tests per event, cheaper than finding them in the
    whole article). A text with "İ", which lower-cases to two characters, asks `_stems_at`."""
    if not lowers_evenly(text):
        stems = _stems_at(text, language)
        at = bisect.bisect_left(stems, low)
        return at < len(stems) and stems[at] < high
    # (The leftmost match of the stems is where the first of them starts.)
    first = _ANY_STEM[language].search(text[low : high + _LONGEST_STEM - 1].lower())
    return first is not None and first.start() < high - low


@lru_cache(maxsize=8)  # (asked for the events of one article at a time)
def _stems_at(text: str, language: str) -> tuple[int, ...]:
    """Where the article's calling-off words (their stems) start, found once with plain
    searches: most articles have none."""
    lowered = text.lower()
    found: list[int] = []
    for stem in _STEMS[language]:
        at = lowered.find(stem)
        while at >= 0:
            found.append(at)
            at = lowered.find(stem, at + 1)
    return tuple(sorted(found))
