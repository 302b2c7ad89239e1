"""Whether an event happened, is planned, is denied or only claimed, and whether its clause reports
the present ("is currently visiting", "the fighting continues") or a time before the story's past.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from timeline_app.domain.model import EventStatus, EventType
from timeline_app.extraction.dates_lexicon import lexicon
from timeline_app.extraction.dates_tense import cues as tense_cues
from timeline_app.extraction.dates_tense import tense
from timeline_app.extraction.event_called_off import called_off
from timeline_app.extraction.event_triggers import TriggerMatch, is_ahead_of
from timeline_app.extraction.lexicon import cues
from timeline_app.extraction.sentences import Sentence
from timeline_app.extraction.word_search import WordPattern
from timeline_app.extraction.word_search import may_hold as _may_hold

# How far before a trigger a modal or a negation still governs it (characters).
_PLANNED_WINDOW = 60
_DENIED_WINDOW = 28
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|'s|'re)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|ne|wn|ck|ght|t)\b", re.IGNORECASE
)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|never\s+)?(?:been\s+)?\w+(?:ed|en|ne|wn|ck|ght|t)\b",
    re.IGNORECASE,
)
_SIMPLE_PRESENT_TAIL = re.compile(
    r"\b(?:continues|continue|remains|remain|persists|persist)\b", re.IGNORECASE
)
_ACCORDING_TO = re.compile(r"\baccording to\s+(?P<source>[^,.;]+)", re.IGNORECASE)
_MEDIA_WORDS = re.compile(
    r"\b(?:media|newspapers?|outlets?|news|agency|agencies|television|TV|radio|broadcaster|journal|"
    r"times|post|magazine|website|reporters?|correspondents?)\b",
    re.IGNORECASE,
)
# A claim after the trigger: ", Moscow claimed" or "allegedly", "reportedly" (two patterns, so
# that each is scanned for quickly).
_TRAILING_CLAIM = re.compile(
    r",\s+(?:[^,;]{0,60}?\s)?(?:claimed|claims|claim|alleged|allegedly)\b", re.IGNORECASE
)
_CLAIM_ADVERB = WordPattern(r"(?:allegedly|reportedly|purportedly)\b", re.IGNORECASE)
# `\b(?:claimed|…)\b`; the words start with a letter, so "\b" is "no word character before".
_CLAIM_VERBS_WORDS = (
    r"(?:claimed|claims|claiming|accused|accuses|accusing|alleged|allegedly|purportedly|reportedly|"
    r"unconfirmed|unverified|"
    r"could not be independently verified|said to have)\b"
)
_CLAIM_VERBS = WordPattern(_CLAIM_VERBS_WORDS, re.IGNORECASE)


_DENYING_WORDS = r"(?:denied|denies|deny|denying|refuted|dismissed claims)\b"
_DENYING = WordPattern(_DENYING_WORDS, re.I)
# Either of the two, for one scan of the text before a trigger that usually has neither.
_DENYING_OR_CLAIM = WordPattern(f"(?:{_DENYING_WORDS}|{_CLAIM_VERBS_WORDS})", re.IGNORECASE)
# What every match of _TRAILING_CLAIM and _CLAIM_ADVERB holds: a test that usually spares both.
_TRAILING_CLAIM_PARTS = ("claim", "alleg", "reportedly", "purportedly")
_TRAILING_CLAIM_GUARD = re.compile("|".join(_TRAILING_CLAIM_PARTS), re.IGNORECASE)  # (as a regex)
# What every match of _DENYING_OR_CLAIM holds (lower-cased): a test that usually spares the scan.
_DENYING_OR_CLAIM_PARTS = (
    "deni",
    "deny",
    "refuted",
    "claim",
    "accus",
    "alleg",
    "reportedly",
    "purportedly",
    "unconfirmed",
    "unverified",
    "independently verified",
    "said to have",
)
_NEXT_WORD = re.compile(r"\s+\w+")
_DONE_TO_BEFORE = re.compile(
    r"\b(?:ordered|forced|began|started|went|decided|decision|voted)\s+to\s+$"
)


def event_status(
    text: str,
    sentence: Sentence,
    trigger: TriggerMatch,
    language: str,
    media_spans: list[tuple[int, int]],
    sources: Sequence[tuple[int, int]] | None = None,
) -> EventStatus:
    """Denied beats planned beats claimed beats happened. `sources`: the sentence's
    `according_to_spans` when the caller has them already."""
    table = _cue_searches(language)
    clause = trigger.clause
    if (
        put_off := called_off(text, sentence.end, trigger, trigger.entry.type, language)
    ) is not None:
        return put_off  # "The visit, planned for Thursday, was cancelled": it will not happen
    before = text[max(clause.start, trigger.start - _DENIED_WINDOW) : trigger.start]
    # The words before the trigger in its sentence: a denial or claim verb there is rare, and
    # one scan for either tells whether each needs looking for.
    governing = text[sentence.start : trigger.start]
    as_clause = opening_as_clause(text, sentence.start, trigger.start)
    if as_clause is not None:
        # "Kremlin denies plans … as envoy visits Moscow": a denial or claim before the "as"
        # clause is not its verb's.
        governing = text[as_clause : trigger.start]
        before = before[max(0, len(before) - len(governing)) :]
    verbs = _may_hold(governing, _DENYING_OR_CLAIM_PARTS) and _DENYING_OR_CLAIM.found_in(governing)
    if (
        table.denied(before)
        or (verbs and _DENYING.found_in(governing))
        or (
            language != "en"
            and (denying := _denying_search(language)) is not None
            and denying(governing)
        )
    ):
        return EventStatus.DENIED  # (or "X denied that it attacked", "X denies carrying out…")
    if _planned(text, trigger, table, as_clause) or (
        language != "en"
        and (_future_verb(trigger.text, language) or _future_clause(text, trigger, language))
    ):
        return EventStatus.PLANNED
    if _claimed(text, sentence, trigger, media_spans, sources, verbs):
        return EventStatus.CLAIMED
    return EventStatus.HAPPENED


# "… as envoy visits", "… while the army pushes": the trigger is the verb of a clause opened by
# "as"/"while" a few words before it (its subject between). Not "as well as", "such as", "as
# part of", "known as" (then a noun, not a verb, follows the few words).
_AS_CLAUSE = re.compile(
    r"(?<![\w-])(?<!such )(?<!known )(?:as|while|whereas)\s+(?!well\b|part\b|much\b|many\b|"
    r"long\b|soon\b|far\b|of\b|a result\b|the result\b)(?:[\w'’.-]+\s+){1,3}$"
)


def opening_as_clause(text: str, start: int, trigger_start: int) -> int | None:
    """Where the "as"/"while" clause whose verb the trigger is opens, when it does (see
    `_AS_CLAUSE`); None for a trigger not right after such an opening."""
    window_start = max(start, trigger_start - 40)
    if text.find(" as ", window_start, trigger_start) < 0 and (
        text.find("while ", window_start, trigger_start) < 0
    ):
        return None  # (nearly every trigger; "whereas " holds "as ")
    match = _AS_CLAUSE.search(text[window_start:trigger_start])
    return None if match is None else window_start + match.start()


# Whether a cue pattern is found in a window of text.
_CueSearch = Callable[[str], bool]


def _cue_search(pattern: re.Pattern[str]) -> _CueSearch:
    """`pattern.search(window) is not None` for a cue pattern of `lexicon.cues`, faster: an ASCII
    window is lower-cased and searched without IGNORECASE, which spares the regex engine folding
    the case of each character at every position it tries. (Only for a pattern with no capital
    letter, no `\\W` or `\\S`: its words are lower-case, and for ASCII text ignoring case is then
    lower-casing.)"""
    search = pattern.search
    source = pattern.pattern
    if source != source.lower():
        return lambda window: search(window) is not None
    lower = re.compile(source, pattern.flags & ~re.IGNORECASE).search

    def found_in(window: str) -> bool:
        if window.isascii():
            return lower(window.lower()) is not None
        return search(window) is not None

    return found_in


class _CueSearches(NamedTuple):
    """The cue searches of a language (`lexicon.cues`), one that finds nothing for a kind the
    language has none of: asked for every event, without a look-up by name."""

    denied: _CueSearch
    planned: _CueSearch
    planned_next: _CueSearch
    planned_after: _CueSearch
    present: _CueSearch


_NOTHING = re.compile(r"(?!x)x")


@cache
def _cue_searches(language: str) -> _CueSearches:
    table = cues(language)
    kinds = _CueSearches._fields
    return _CueSearches(*(_cue_search(table.get(kind, _NOTHING)) for kind in kinds))


def _future_verb(trigger: str, language: str) -> bool:
    """A trigger in the future tense where the verb itself carries it ("se reunirán", "se
    réuniront", the Russian perfective "посетит", "встретится"): no auxiliary before it says so."""
    lex = lexicon(language)
    endings = lex.future_endings
    words = trigger.lower().split()
    if any(word in lex.future_words for word in words):
        return True
    return bool(endings) and any(len(word) > 5 and word.endswith(endings) for word in words)


# How far from the trigger a weekday or month still dates it, for `_future_clause` (characters).
_ANCHOR_WINDOW = 80


def _future_clause(text: str, trigger: TriggerMatch, language: str) -> bool:
    """A noun trigger whose verb a few words after it is in the future ("Переговоры будут проходить",
    "Переговори відбудуться", "Встреча состоится"), or a weekday or month near the trigger in a
    future or present-tense clause ("Am Freitag treffen sich…", "Le ministre se rend vendredi…",
    "В пятницу Лавров посетит…"): the time the event is dated by lies ahead."""
    lex = lexicon(language)
    clause = trigger.clause
    # (Not German: "Der Angriff wird untersucht" is the passive's "wird", no future.)
    after = [] if language == "de" else tense_cues(text, trigger.end, clause.end, lex, 4)
    if after and after[0].kind == "future":
        return True
    low = max(clause.start, trigger.start - _ANCHOR_WINDOW)
    high = min(clause.end, trigger.end + _ANCHOR_WINDOW)
    for word in _ANCHOR_WORD.finditer(text, low, high):
        key = word.group().lower()
        if key in lex.weekdays or key in lex.full_months:
            kind = tense(text, word.start(), word.end(), lex)
            # "In Pokrowsk dauern die Kämpfe am Mittwoch an": a present that goes on is no plan.
            present = _cue_searches(language).present
            return kind == "future" or (kind == "present" and not present(text[low:high]))
    return False


_ANCHOR_WORD = re.compile(r"[^\W\d_]{4,}")


@cache
def _denying_search(language: str) -> _CueSearch | None:
    """The language's denial verbs that govern the rest of the sentence ("Der Kreml bestritt,
    dass es Gespräche gab", "Moscú negó cualquier responsabilidad en el ataque"): the "denying"
    row of its cues. None for a language without one (English finds these with `_DENYING`)."""
    pattern = cues(language).get("denying")
    return _cue_search(pattern) if pattern is not None else None


def _planned(
    text: str, trigger: TriggerMatch, table: _CueSearches, as_clause: int | None = None
) -> bool:
    """`as_clause`: where the "as" clause of the trigger opens (`opening_as_clause`), if it does."""
    clause = trigger.clause
    lowest = max(clause.start, trigger.start - _PLANNED_WINDOW)
    before = text[lowest if as_clause is None else max(lowest, as_clause) : trigger.start]
    after = text[trigger.end : clause.end]
    if is_ahead_of(text, trigger.start):
        return True  # "ahead of talks next Tuesday": still to come
    if table.planned(before):
        return True
    following = _NEXT_WORD.match(after)
    if (
        following
        and trigger.entry.type != EventType.STATEMENT
        and table.planned_next(following.group())
    ):
        # "a ceasefire proposal", "the peace initiative"; but a statement about a plan is made
        # ("Москва отклонила план": rejected the plan, no article between verb and object).
        return True
    if _ends_with_to(before) and not _DONE_TO_BEFORE.search(before):
        return True  # "plans to meet", "is set to visit": an infinitive is not yet done
    if "later" in after:
        after = _DISTANCE_LATER.sub(" ", after)  # "a day later": counted on from a past moment
    return table.planned_after(after)


_DISTANCE_LATER = re.compile(
    r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|moments?)\s+later\b", re.IGNORECASE
)


def _ends_with_to(before: str) -> bool:
    """Whether `\\bto\\s+$` is found in `before` ("plans to "): it ends with "to" and white space."""
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped.endswith("to"):
        return False
    return len(stripped) == 2 or not (stripped[-3].isalnum() or stripped[-3] == "_")


def _claimed(
    text: str,
    sentence: Sentence,
    trigger: TriggerMatch,
    media_spans: list[tuple[int, int]],
    sources: Sequence[tuple[int, int]] | None = None,
    verbs: bool = True,
) -> bool:
    """A claim verb governing the trigger (in its clause or before it), or "according to" a party
    rather than a newspaper. `verbs=False`: the words before the trigger have no claim verb."""
    if verbs and _CLAIM_VERBS.found_in(text[sentence.start : trigger.start]):
        return True  # "Moscow claimed its forces captured…", "allegedly shelled"
    end = trigger.clause.end
    if _may_hold(text[trigger.end : end], _TRAILING_CLAIM_PARTS) and (
        _TRAILING_CLAIM.search(text, trigger.end, end)
        or _CLAIM_ADVERB.found_in(text, trigger.end, end)
    ):
        return True  # "…captured the village, Moscow claimed."
    if sources is None:
        body = text[sentence.start : sentence.end]
        offset = sentence.start
        sources = [
            (offset + m.start("source"), offset + m.end("source"))
            for m in _ACCORDING_TO.finditer(body)
        ]
    for source_start, source_end in sources:
        if not is_media_source(text[source_start:source_end], source_start, media_spans):
            return True  # "according to the Russians": a party's claim, not a newspaper's report
    return False


def is_media_source(source: str, start: int, media_spans: list[tuple[int, int]]) -> bool:
    """Whether the words after "according to" name a news outlet rather than a party."""
    if _MEDIA_WORDS.search(source):
        return True
    return any(start <= s < start + len(source) for s, _ in media_spans)


def according_to_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The source phrases of "according to X" in text[start:end]: sources, not participants."""
    if "ccord" not in text[start:end].lower():  # "according" in any case holds it
        return []
    return [(m.start("source"), m.end("source")) for m in _ACCORDING_TO.finditer(text, start, end)]


def is_present_report(text: str, sentence: Sentence, trigger: TriggerMatch, language: str) -> bool:
    """A sentence that reports the present up to the trigger's clause: "is currently visiting Spain,
    where he met…", "the fighting continues, with … after a drone attack"."""
    clause = text[sentence.start : trigger.clause.end]
    if _cue_searches(language).present(clause):
        return True
    return bool(_PROGRESSIVE.search(clause) or _SIMPLE_PRESENT_TAIL.search(clause))


def is_perfect(text: str, trigger: TriggerMatch) -> bool:
    """ "had blocked", "has deployed … since then": a time before the story's reference time or an
    unstated stretch up to now, so no neighbouring date applies."""
    clause = text[trigger.clause.start : trigger.end]
    return bool(_PAST_PERFECT.search(clause) or _PRESENT_PERFECT.search(clause))


# What an event named as the object of another trigger amounts to: refused or stopped ("rejected
# an offer of talks", "suspended aid deliveries") or wanted and not yet done ("called for a
# ceasefire", "agreed to hold talks", "threatened to strike").
_REFUSING = frozenset({"REJECT", "SANCTION", "COERCE"})
_WANTING = frozenset({"DEMAND", "THREATEN", "AGREE"})
_OBJECT_GAP = 40


def governed_status(
    text: str, trigger: TriggerMatch, found: list[TriggerMatch]
) -> EventStatus | None:
    """The status another trigger imposes on this one when it is that trigger's object."""
    for other in found:
        if other.end > trigger.start or other.clause != trigger.clause or other.entry.reporting:
            continue
        if other.entry.type == trigger.entry.type:
            continue
        gap = text[other.end : trigger.start]
        if len(gap) > _OBJECT_GAP or any(mark in gap for mark in ",;:"):
            continue
        if other.entry.plover in _REFUSING:
            return EventStatus.DENIED
        if other.entry.plover in _WANTING:
            return EventStatus.PLANNED
    return None
