"""Who a sentence names without their taking part in its event: the teller of a trailing
attribution (", the British agency UKMTO said"), the actor of a "since" reference point
("the first such visit since Russia's invasion") and who condemns or tells of another's deed
("NATO condemned Russia's strikes")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from timeline_app.domain.model import TYPE_FAMILY, EventType, TypeFamily
from timeline_app.extraction.actors import ActorMention
from timeline_app.extraction.lexicon import TriggerEntry
from timeline_app.extraction.places import PlaceMention, fold, gazetteer
from timeline_app.extraction.sentences import Clause, Sentence
from timeline_app.extraction.word_search import lowers_evenly


def without_teller(
    pool: list[ActorMention], speaker: tuple[int, int], places: Sequence[PlaceMention]
) -> list[ActorMention]:
    """`pool` less who tells the sentence in its closing attribution (`speaker_in`), which
    follows the trigger: "Fighting in Goma killed 700 people, the United Nations said", "…, the
    British agency UKMTO said". A country that tells of a strike on its own ground stays a party
    ("…at a base in Russia, the Russian Defence Ministry said"). (Who says missiles were shot
    down is not asked about here: there the teller is the defender.)"""
    start, end = speaker
    return [a for a in pool if not start <= a.start < end or _on_own_ground(a, places)]


def without_reference_points(
    text: str, trigger_end: int, pool: list[ActorMention]
) -> list[ActorMention]:
    """`pool` less the actors named right after a "since" that follows the trigger: "Western
    leaders visited Kyiv, the first such visit since Russia's invasion" — Russia visited
    nobody. (A "since" before the trigger times the event itself and names its actor there:
    "since Russia launched its offensive" is kept when "launched" is the trigger.)"""
    return [
        a
        for a in pool
        if a.start < trigger_end
        or not _SINCE_JUST_BEFORE.search(text, max(0, a.start - 11), a.start)
    ]


def _on_own_ground(mention: ActorMention, places: Sequence[PlaceMention]) -> bool:
    """Whether `mention` is a country one of the sentence's places lies in."""
    if mention.actor.kind != "country" or not places:
        return False
    code = _country_code(mention.actor.name)
    return any(
        p.place.name == mention.actor.name or (code and p.place.country == code) for p in places
    )


@lru_cache(maxsize=256)
def _country_code(name: str) -> str:
    """The ISO code the gazetteer gives a country's name ("RU" for Russia), or ""."""
    entry = gazetteer().get(fold(name))
    return entry.place.country if entry is not None and entry.place.kind == "country" else ""


# "since Russia's invasion", "since the Russian offensive": the actor of the point something is
# counted from, not of the event (`without_reference_points`).
_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


# ", the United Nations said.", ", Mali's army said on Sunday.": who told what the sentence
# reports, after its last comma.
_TRAILING_SPEAKER = re.compile(
    r",\s+(?P<who>[^,;]{2,60}?)\s+(?:said|says|reported|reports|told|announced|added|stated|"
    r"confirmed|wrote)\b[^,;]{0,40}$"
)
# (A cheap search for the verbs, which every match of `_TRAILING_SPEAKER` holds.)
_SPEAKER_VERB = re.compile(
    r" (?:said|says|reported|reports|told|announced|added|stated|confirmed|wrote)"
)


# The same in the languages that put the verb (or "according to") first: ", teilte die UNO mit.",
# ", a indiqué l'ONU.", ", selon l'ONU.", ", informó la ONU.", ", сообщили в ООН.", ", повідомили в
# ООН.".
_SPEAKER_FIRST = (
    r"teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|"
    r"hieß es (?:von|aus|bei)|laut|"
    r"a indiqué|a annoncé|a déclaré|a affirmé|a précisé|a rapporté|ont indiqué|ont annoncé|"
    r"ont déclaré|ont affirmé|ont précisé|selon|d['’]après|"
    r"informó|dijo|señaló|indicó|afirmó|anunció|informaron|dijeron|señalaron|indicaron|según|"
    r"сообщил|сообщила|сообщили|заявил|заявила|заявили|сообщает|передает|передаёт|по данным|"
    r"по словам|повідомив|повідомила|повідомили|заявив|заявила|повідомляє|за даними|за словами"
)
_TRAILING_SPEAKER_FIRST = re.compile(
    rf",\s+(?:{_SPEAKER_FIRST})\s+(?P<who>[^,;]{{2,60}}?)(?:\s+(?:mit|zufolge))?\s*[.!]?[\"”»]?\s*$"
)


@lru_cache(maxsize=32)  # (asked again for each event of the sentence)
def speaker_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the speaker of the sentence text[start:end]'s final attribution (", the ministry
    said.", ", a indiqué l'ONU.") is named."""
    comma = text.rfind(",", max(start, end - 110), end)
    if comma < 0:
        return None
    if _SPEAKER_VERB.search(text, comma, end) is None:
        match = _TRAILING_SPEAKER_FIRST.match(text, comma, end)
    else:
        match = _TRAILING_SPEAKER.match(text, comma, end)
    if match is None:
        return None  # (most sentences)
    return match.start("who"), match.end("who")


# Verbs whose subject judges or discusses an event rather than takes part in it ("NATO condemned
# Russia's strikes on Kharkiv", "La OTAN condenó los ataques rusos contra Járkov", "Sybiha
# discussed the attack with Kallas on Sunday"), and English verbs of
# saying, whose subject tells of an event another party named after them does ("Ukraine's air
# force said Russia launched 476 drones"). Not "claimed" or "denied": who claims or denies an
# attack is its (alleged) doer.
_JUDGING = {
    "en": r"condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|deplor(?:e|es|ed)"
    r"|decr(?:y|ies|ied)|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|slam(?:s|med)|discuss(?:ed|es)?",
    "de": r"verurteil\w*|kritisier\w*|beschuldig\w*|prangert\w*|verdammt\w*|besprach\w*|erörtert\w*",
    "fr": r"condamn\w*|dénonc\w*|critiqu\w*|accus\w*|fustig\w*|déplor\w*|discuté|évoqué",
    "es": r"conden(?:ó|a|an|aron|ado|ar)|denunci\w*|critic(?:ó|a|an|aron)|acus\w*|repudi\w*|"
    r"discuti(?:ó|eron)",
    "ru": r"осуди\w*|осужда\w*|раскритикова\w*|критику\w*|обвини\w*|обвиня\w*|обсуди\w*|обсужда\w*",
    "uk": r"засуди\w*|засуджу\w*|розкритикува\w*|критику\w*|звинувати\w*|звинувачу\w*|"
    r"обговори\w*|обговорю\w*",
}
# What every match of a language's judging verbs holds: a plain test that spares most sentences
# the regex (searched in the lower-cased sentence, faster than ignoring case).
_JUDGING_STEMS = {
    "en": (
        "condemn",
        "denounc",
        "critici",
        "deplor",
        "decried",
        "decries",
        "accus",
        "blame",
        "slam",
        "discuss",
    ),
    "de": ("verurteil", "kritisier", "beschuldig", "prangert", "verdammt", "besprach", "erörtert"),
    "fr": ("condamn", "dénonc", "critiqu", "accus", "fustig", "déplor", "discuté", "évoqué"),
    "es": ("conden", "denunci", "critic", "acus", "repudi", "discuti"),
    "ru": ("осуди", "осужда", "раскритикова", "критику", "обвини", "обвиня", "обсуди", "обсужда"),
    "uk": (
        "засуди",
        "засуджу",
        "розкритикува",
        "критику",
        "звинувати",
        "звинувачу",
        "обговори",
        "обговорю",
    ),
}
_SAYING_WORDS = ("said", "says", "told", "stated")
# Any of the stems, or of the words: one scan that spares most sentences the searches for each.
_ANY_JUDGING_STEM = {
    language: re.compile("|".join(map(re.escape, stems)))
    for language, stems in _JUDGING_STEMS.items()
}
_ANY_SAYING_WORD = re.compile("|".join(_SAYING_WORDS))
_JUDGING_VERB = {
    language: re.compile(rf"(?<!\w)(?:{verbs})(?!\w)") for language, verbs in _JUDGING.items()
}
# Between a verb of saying and the subject of what is said: "said (that) (the) Russia…".
_SUBJECT_GAP = re.compile(r"\s+(?:that\s+)?(?:the\s+)?")
# "said it had struck", "condemned their attack": the subject speaks of its own deed.
_OWN_DEED_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:it|its|they|their|we|our|he|his|she|her)\b", re.IGNORECASE
)


class _Scope(Protocol):
    """What `without_commentators` reads of an event's scope (`event_parts.EventScope`)."""

    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> Sentence: ...
    @property
    def language(self) -> str: ...


_SPOKEN = frozenset({EventType.STATEMENT, EventType.REPORT})


def without_commentators(
    scope: _Scope, kind: EventType, trigger_start: int, pool: list[ActorMention]
) -> list[ActorMention]:
    """`pool` less an institution named as a venue ("at the White House"), and less who, before
    the trigger, condemns or tells of a deed another party does: the subject of the last judging
    verb (or English verb of saying) before the trigger, unless it speaks of its own deed
    ("Israel said its jets struck…"). A judging verb not for a meeting or a deal ("accused
    Israel of violating the ceasefire": the accuser is a side of it); a verb of saying only when
    another party opens what is said ("Ukraine's air force said Russia launched…"): "Israel
    said the strike targeted Hezbollah" tells of its own strike."""
    text, sentence_start, language = scope.text, scope.sentence.start, scope.language
    if pool and " the " in scope.sentence.text:
        pool = [a for a in pool if not _is_venue(text, a)]  # "at the White House"
    if not pool or pool[0].start >= trigger_start or kind in _SPOKEN:
        return pool  # (nobody named before the trigger; or the statement itself)
    # (A judging verb does not count for a meeting or a deal: "accused Israel of violating the
    # ceasefire" — the accuser is a side of it.)
    deed = TYPE_FAMILY[kind] != TypeFamily.DIPLOMACY
    sentence = scope.sentence
    verb = _last_judging(text, sentence, sentence_start, trigger_start, language) if deed else None
    saying = (
        _last_saying(text, sentence, sentence_start, trigger_start) if language == "en" else None
    )
    if saying is not None and (verb is None or saying[0] > verb[0]):
        if not any(_SUBJECT_GAP.fullmatch(text, saying[1], a.start) for a in pool):
            return pool  # no other party opens what is said
        verb = saying
    if verb is None or _OWN_DEED_AFTER.match(text, verb[1]):
        return pool
    return [a for a in pool if not sentence_start <= a.start < verb[0]]


# "initialled a peace agreement at the White House", "talks in the Kremlin": an institution
# named as where something happened, not who did it.
_AT_THE = re.compile(r"\b(?:at|in|inside|outside)\s+the\s+$", re.IGNORECASE)


def _is_venue(text: str, mention: ActorMention) -> bool:
    if mention.actor.kind != "organization":
        return False
    return _AT_THE.search(text, max(0, mention.start - 12), mention.start) is not None


def _last_judging(
    text: str, sentence: Sentence, start: int, end: int, language: str
) -> tuple[int, int] | None:
    """Where the last judging verb of text[start:end], a stretch of `sentence`, is, if any."""
    return _last_in(_sentence_judging(text, sentence.start, sentence.end, language), start, end)


def _last_saying(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Where the last English verb of saying of text[start:end], a stretch of `sentence`, is
    ("said", "told")."""
    return _last_in(_sentence_sayings(text, sentence.start, sentence.end), start, end)


_Spans = tuple[tuple[int, int], ...]


def _last_in(spans: _Spans, start: int, end: int) -> tuple[int, int] | None:
    at = bisect.bisect_left(spans, (end,)) - 1
    while at >= 0 and spans[at][1] > end:
        at -= 1
    return spans[at] if at >= 0 and spans[at][0] >= start else None


# Where the judging verbs and the English verbs of saying of the sentence text[start:end] stand,
# found with plain searches in that sentence alone: only sentences with an event are asked about,
# a fraction of the article. The spans inside the sentence are those `_article_verbs` finds there
# (and the callers look up no others); with "İ" in the text, they are `_article_verbs`'s.


@lru_cache(maxsize=16)  # (asked again for each event of the sentence)
def _sentence_judging(text: str, start: int, end: int, language: str) -> _Spans:
    if not lowers_evenly(text):  # (then positions in the whole text lower-cased shift)
        return _article_verbs(text, language)[0]
    low = max(0, start - 1)  # (the character before, for the judging verbs' look-behind)
    return _judging_in(text[low:end].lower(), low, language)


@lru_cache(maxsize=16)  # (asked again for each event of the sentence)
def _sentence_sayings(text: str, start: int, end: int) -> _Spans:
    if not lowers_evenly(text):
        return _article_verbs(text, "en")[1]
    return _sayings_in(text, start, end)


@lru_cache(maxsize=8)  # (asked for the events of one article at a time)
def _article_verbs(text: str, language: str) -> tuple[_Spans, _Spans]:
    """Where the article's judging verbs and (English) verbs of saying stand, found once with
    plain searches for their stems."""
    lowered = text.lower()
    if len(lowered) != len(text):  # (a letter that lower-cases longer: no judging verbs)
        lowered = ""
    sayings = _sayings_in(text, 0, len(text)) if language == "en" else ()
    return _judging_in(lowered, 0, language), sayings


def _judging_in(lowered: str, offset: int, language: str) -> _Spans:
    """The judging verbs of `lowered`, text[offset:…] lower-cased, as spans of the text."""
    judging = _JUDGING_VERB.get(language)
    if judging is None or _ANY_JUDGING_STEM[language].search(lowered) is None:
        return ()
    found: set[tuple[int, int]] = set()
    for stem in _JUDGING_STEMS[language]:
        at = lowered.find(stem)
        while at >= 0:
            word = at
            while word > 0 and lowered[word - 1].isalpha():
                word -= 1
            match = judging.match(lowered, word)
            if match is not None:
                found.add((offset + match.start(), offset + match.end()))
            at = lowered.find(stem, at + 1)
    return tuple(sorted(found))


def _sayings_in(text: str, start: int, end: int) -> _Spans:
    """The English verbs of saying of text[start:end]."""
    if _ANY_SAYING_WORD.search(text, start, end) is None:
        return ()
    sayings: list[tuple[int, int]] = []
    for verb in _SAYING_WORDS:
        at = text.find(verb, start, end)
        while at >= 0:
            after = at + len(verb)
            if not text[at - 1 : at].isalnum() and not text[after : after + 1].isalnum():
                sayings.append((at, after))
            at = text.find(verb, after, end)
    return tuple(sorted(sayings))


class _Trigger(Protocol):
    """What `is_judged` reads of a trigger (`event_triggers.TriggerMatch`)."""

    @property
    def start(self) -> int: ...
    @property
    def entry(self) -> TriggerEntry: ...
    @property
    def clause(self) -> Clause: ...


class _Context(Protocol):
    """What `is_judged` reads of the article (`event_dates.DateContext`)."""

    @property
    def text(self) -> str: ...
    @property
    def language(self) -> str: ...


def is_spoken(entry: TriggerEntry) -> bool:
    """A trigger of saying: a statement, a report or a reporting verb."""
    return entry.type in _SPOKEN or entry.reporting


def is_judged(context: _Context, trigger: _Trigger, sentence: Sentence) -> bool:
    """Whether a judging verb stands in the trigger's clause before it: the trigger is then what
    is condemned ("The EU condemned the settler attack on Tuesday"), and a day in that clause is
    the condemnation's. Only for a deed: never for the condemnation itself."""
    language, kind = context.language, trigger.entry.type
    if kind is None or TYPE_FAMILY[kind] == TypeFamily.DIPLOMACY:
        return False  # (a statement, a meeting, a deal: not what is condemned)
    if language not in _JUDGING_VERB:
        return False
    clause_start = max(sentence.start, trigger.clause.start)
    return _last_judging(context.text, sentence, clause_start, trigger.start, language) is not None
