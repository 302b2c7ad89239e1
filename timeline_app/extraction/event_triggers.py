"""Trigger words in a sentence grouped into candidate events: one per event type and group, with
weapon words making a generic attack specific ("used an ATACMS missile in an attack" → missile_strike).
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from timeline_app.domain.model import EventType
from timeline_app.extraction.event_hits import hit_type, subject_weapon
from timeline_app.extraction.event_triggers_ahead import ahead_of_done
from timeline_app.extraction.lexicon import MeansEntry, TriggerEntry, means, triggers
from timeline_app.extraction.phrases import PhraseMatch, Tokens
from timeline_app.extraction.sentences import Clause, Sentence, split_clauses
from timeline_app.extraction.separable import has_separable_verbs, with_split_verbs

# A weapon word turns these generic types into the weapon's type.
_UPGRADABLE = frozenset({EventType.ATTACK, EventType.MOBILIZATION})
# What each further agreeing trigger adds to the weight of a merged candidate (`_stronger`).
MERGE_BONUS = 0.05
# How specific a strike type is, to pick one when a clause has several strike words.
_SPECIFICITY = {
    EventType.MISSILE_STRIKE: 5,
    EventType.DRONE_ATTACK: 5,
    EventType.AIRSTRIKE: 5,
    EventType.SHELLING: 4,
    EventType.EXPLOSION: 3,
    EventType.GROUND_FIGHTING: 2,
    EventType.ATTACK: 1,
}


# The records of this module are named tuples: made for every trigger word, weapon word and
# candidate event of every text, they cost half what frozen dataclasses cost to build.


class TriggerMatch(NamedTuple):
    """A trigger word found in the text (offsets into the article) and what the lexicon says of it."""

    start: int
    end: int
    text: str
    entry: TriggerEntry
    clause: Clause


class MeansMatch(NamedTuple):
    start: int
    end: int
    text: str
    entry: MeansEntry


class Candidate(NamedTuple):
    """One event-to-be in one sentence: its type, the trigger that decided it, all triggers merged."""

    type: EventType
    group: str
    trigger: TriggerMatch
    weight: float
    means: MeansMatch | None
    reporting: bool = False


# `TriggerMatch(...)` and `Candidate(...)` from a tuple of every field, without the named tuple's
# `__new__`, a Python function: one is made for nearly every trigger word of every text.
_new_trigger = partial(tuple.__new__, TriggerMatch)
_new_candidate = partial(tuple.__new__, Candidate)


def find_triggers(
    text: str,
    sentence: Sentence,
    clauses: list[Clause] | None,
    language: str,
    tokens: Tokens | None = None,
    matches: list[PhraseMatch] | None = None,
) -> list[TriggerMatch]:
    """The trigger words of a sentence with their clauses; `clauses=None` splits the sentence
    into clauses only when it has a trigger (most sentences have none). `matches`: the trigger
    table's matches in the sentence when the caller found them already (`find_in_spans`)."""
    if matches is None:
        matches = triggers(language).finditer(text, sentence.start, sentence.end, tokens)
        if has_separable_verbs(language):
            matches = with_split_verbs(text, sentence.start, sentence.end, matches, language)
    found: list[TriggerMatch] = []
    cued: bool | None = None  # whether the sentence holds a word of `_REFERENCE_CUES`
    for start, end, word, entry in matches:
        if not isinstance(entry, TriggerEntry):
            continue
        # (Each test is made only where it can hold: a capitalised word, a one-word participle.)
        if text[start].isupper() and _inside_name(text, start, end, sentence.start):
            continue  # "Security Council", "Ceasefire Violations Committee": a name, no event
        if word[-2:].lower() in ("ed", "en") and _attributive(text, start, end, sentence.start):
            continue  # "to inspect damaged power lines", "the occupied territories"
        if cued is None:  # (once per sentence, and only for a sentence with a trigger)
            lowered = sentence.text.lower()
            cued = _REFERENCE_CUE.search(lowered) is not None
        if _named_only(text, start, end, sentence.start, cued):
            continue  # "since the invasion", "despite the threat of attacks", "its shells"
        if entry.type == EventType.AID and _NOT_GOODS_AFTER.match(text, end):
            continue  # "aid groups said", "will send a fact-finding mission": no aid given
        if clauses is None:
            clauses = split_clauses(sentence)
        # (A sentence of one clause, the usual case, needs no search.)
        clause = clauses[0] if len(clauses) == 1 else _clause_of(start, clauses)
        found.append(_new_trigger((start, end, word, entry, clause)))
    return found


def _inside_name(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A capitalised trigger next to another capitalised word, not opening its sentence."""
    if not text[start].isupper() or start == sentence_start:
        return False
    before = text[max(sentence_start, start - 30) : start].split()
    after = text[end : end + 30].split()
    if before and before[-1] in _ARTICLES:
        before = []  # "Ein Drohnenangriff auf…", "Der Angriff": German capitalises its nouns
    neighbours = [w for w in (before[-1:] + after[:1]) if w[:1].isalpha()]
    return any(w[0].isupper() for w in neighbours)


# Articles opening a sentence before a capitalised noun, which are no part of a name.
_ARTICLES = frozenset(["Ein", "Eine", "Der", "Die", "Das", "Den", "Dem", "Einen", "Einem"])


# A happening named only as a point of reference ("three years since Russia's invasion began",
# "the first talks since the invasion") or as a danger ("despite the threat of attacks"): the
# sentence reports something else, and dating the named one by this sentence would be wrong.
# Between the cue and the trigger only a noun phrase's opening words: determiners, possessives,
# nationality adjectives ("since the Russian invasion"), never a verb or a date ("since Tuesday
# Russian forces have shelled…" keeps its shelling).
_REFERENCE_BEFORE = re.compile(
    r"\b(?i:since|threat|threats|risk|risks|fear|fears|danger|prospect|"
    # "hours after the meeting ended": a time told from a happening the story names elsewhere
    r"(?:hours|days|minutes|weeks|shortly|moments|soon)\s+(?:after|before)(?=\s+the\b))\s+"
    r"(?:of\s+)?(?:(?:the|a|an|its|their|this|that|new|further|renewed|more|possible|"
    r"full-scale|large-scale|all-out|start\s+of|beginning\s+of|outbreak\s+of|"
    r"[A-Z][\w-]*['’]s|[A-Z][a-z]+(?:an|ian|ese|ish|i))\s+){0,4}$"
)
# Ammunition named as the object of a supply ("received 60 percent of its shells from…") is no
# shelling: the trigger "shells" then names goods, not fire.
_SUPPLY_BEFORE = re.compile(
    r"\b(?:receiv|deliver|suppl|produc|manufactur|ship|bought|buy|purchas|procur|stockpil|"
    r"provid|pledg|donat|order|send|sent|transfer)\w*\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
# The cue words of `_REFERENCE_BEFORE`, looked for first (most trigger windows hold none).
# ("s after", "y before"…: the ends of "hours", "shortly", "soon" with the word after them.)
_REFERENCE_CUES = (
    *("since", "threat", "risk", "fear", "danger", "prospect"),
    *("s after", "y after", "n after", "s before", "y before", "n before"),
)
_REFERENCE_CUE = re.compile("|".join(_REFERENCE_CUES))  # (one scan instead of twelve)


def _named_only(text: str, start: int, end: int, sentence_start: int, cued: bool = True) -> bool:
    """A trigger that names a happening without reporting it (see `_REFERENCE_BEFORE`), or its
    anniversary. `cued`: whether the sentence holds one of `_REFERENCE_CUES` at all."""
    if text.startswith(" anniversary", end):
        return True  # "on the invasion anniversary": the day is remembered, not fought
    low = max(sentence_start, start - 60)
    if cued and _REFERENCE_BEFORE.search(text[low:start]):
        return True
    if end - start > 6 or text[start:end].lower() not in ("shells", "shell"):
        return False  # (nearly every trigger)
    return _SUPPLY_BEFORE.search(text, low, start) is not None


# "aid groups", "aid workers" (who speak or are hurt), "send a fact-finding mission", "sent
# envoys": people and missions sent, not aid.
_NOT_GOODS_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|its|their|two|three|several|more|new|fact-finding|monitoring|"
    r"observer|special|high-level|technical)\s+){0,2}(?:groups?|agenc(?:y|ies)|workers?|"
    r"organi[sz]ations?|officials?|missions?|envoys?|delegations?|teams?|observers|monitors|"
    r"inspectors|diplomats|representatives|messages?|signals?|letters?)\b",
    re.IGNORECASE,
)


# Words after which a past participle describes the next noun rather than reporting an act.
_NOUN_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "these",
        "those",
        "some",
        "any",
        "no",
        "of",
        "for",
        "with",
        "by",
        "from",
        "in",
        "on",
        "at",
        "into",
        "to",
        "inspect",
        "repair",
        "repaired",
        "rebuild",
        "rebuilt",
        "restore",
        "restored",
        "replace",
        "replaced",
        "clear",
        "cleared",
        "visit",
        "visited",
        "examine",
        "examined",
        "newly",
        "recently",
        "partly",
        "partially",
        "heavily",
        "badly",
    ]
)
# Words that, following a participle, show it is a verb with an object or a passive, not an adjective.
_VERB_FOLLOWERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "several",
        "many",
        "dozens",
        "hundreds",
        "thousands",
        "at",
        "least",
        "by",
        "in",
        "on",
        "at",
        "during",
        "overnight",
        "and",
        "or",
        "but",
    ]
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _attributive(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A one-word past participle used as an adjective before a noun ("inspect damaged power
    lines", "in the occupied territories"): it describes a state, it reports no act."""
    word = text[start:end]
    if " " in word or not word.lower().endswith(("ed", "en")):
        return False
    # (The word after is looked at first: it decides most cases without the words before.)
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is None:
        return False
    following = after.group()
    if following.lower() in _VERB_FOLLOWERS or not following[:1].islower():
        return False
    before = _WORD.findall(text[max(sentence_start, start - 24) : start])
    return bool(before) and before[-1].lower() in _NOUN_OPENERS


def find_means(
    text: str,
    sentence: Sentence,
    language: str,
    tokens: Tokens | None = None,
    matches: list[PhraseMatch] | None = None,
) -> list[MeansMatch]:
    if matches is None:
        matches = means(language).finditer(text, sentence.start, sentence.end, tokens)
    found: list[MeansMatch] = []
    for match in matches:
        if isinstance(match.value, MeansEntry):
            found.append(MeansMatch(match.start, match.end, match.text, match.value))
    return found


def _clause_of(offset: int, clauses: list[Clause]) -> Clause:
    for clause in clauses:
        if clause.start <= offset < clause.end:
            return clause
    return clauses[-1]


def candidates(
    found: list[TriggerMatch], weapons: list[MeansMatch], text: str = ""
) -> list[Candidate]:
    """The events of one sentence: triggers resolved against weapon words, merged by type and
    group. `text`: the article, to tell a trigger that points back ("the attacks") when merging."""
    resolved = [c for t in found if (c := _resolve(t, weapons, text)) is not None]
    if weapons and text:
        resolved = _interceptions(resolved, text)
    if len(resolved) < 2:
        return resolved  # nothing to merge
    apart = _counted_from_strikes(resolved, text)
    first, last = resolved[0].trigger.start, resolved[-1].trigger.start
    ahead = bool(text) and text.find("ahead", max(0, first - 30), last) >= 0
    merged: dict[tuple[str, str], Candidate] = {}
    for candidate in resolved:
        key = ("strike", "counted from") if candidate in apart else _merge_key(candidate)
        if ahead and is_ahead_of(text, candidate.trigger.start):
            key = (key[0], "ahead of")  # "met on Monday ahead of talks next Tuesday": two meetings
        current = merged.get(key)
        if current is not None and text and ahead_of_done(text, current.trigger, candidate.trigger):
            key = (key[0], "still ahead")  # "met on Sunday and will meet again on Friday"
            current = merged.get(key)
        merged[key] = candidate if current is None else _stronger(current, candidate, text)
    if len(merged) == len(resolved):
        return resolved  # none merged: still in text order, as the triggers are
    return sorted(merged.values(), key=lambda c: c.trigger.start)


# "destroyed 162 drones", "destroyed all four missiles": a weapon in the air as the object of
# "destroyed" was shot down, it did not strike ("destroyed a drone factory" did strike).
_DESTROYED = frozenset(["destroyed", "destroys", "destroying", "destroy"])
_COUNT_BETWEEN = re.compile(
    r"\s+(?:(?:\d[\d,]*|all|the|a|an|of|two|three|four|five|six|seven|eight|nine|ten|dozens|"
    r"hundreds|more|than|at|least|[A-Z][a-z]+(?:an|ian))\s+){0,5}$"
)
_AIRBORNE = frozenset([EventType.DRONE_ATTACK, EventType.MISSILE_STRIKE])
_NOT_FLYING = re.compile(
    r"[ -](?:factory|factories|plant|plants|depot|depots|launcher|launchers|base|bases|site|"
    r"sites|warehouse|warehouses|workshop|workshops|production|storage|launch|operators?)\b",
    re.IGNORECASE,
)


def _interceptions(resolved: list[Candidate], text: str) -> list[Candidate]:
    """Strike words that report an interception: "destroyed 162 drones" shot them down; and in a
    sentence with an interception, "57 drones launched overnight" only describes the weapons
    shot down (the agent before it is the defender's, so no strike of its own)."""
    out: list[Candidate] = []
    for candidate in resolved:
        weapon, trigger = candidate.means, candidate.trigger
        if (
            candidate.group == "strike"
            and weapon is not None
            and trigger.text.lower() in _DESTROYED
            and weapon.entry.type in _AIRBORNE
            and _COUNT_BETWEEN.fullmatch(text, trigger.end, weapon.start)
            and not _NOT_FLYING.match(text, weapon.end)
        ):
            candidate = candidate._replace(group="intercept")
        out.append(candidate)
    if not any(c.group == "intercept" for c in out):
        return out
    return [c for c in out if not _describes_weapon(c, text)]


def _describes_weapon(candidate: Candidate, text: str) -> bool:
    """ "drones launched overnight": a launch verb right after its weapon word."""
    weapon, trigger = candidate.means, candidate.trigger
    return (
        candidate.group == "strike"
        and weapon is not None
        and trigger.entry.needs == "means"
        and weapon.end < trigger.start
        and not text[weapon.end : trigger.start].strip()
    )


# "…, a day after", "two weeks before": the distance that opens a clause about another happening.
_DISTANCE_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a few)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+$",
    re.IGNORECASE,
)


# "ahead of talks next Tuesday", "ahead of the summit": a happening still to come that another
# event prepares; its noun is an event of its own.
_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:the\s+|a\s+|an\s+|new\s+|further\s+)?(?:[\w-]+\s+)?$")


def is_ahead_of(text: str, trigger_start: int) -> bool:
    """Whether the trigger is the happening something is "ahead of" (see `_AHEAD_OF`)."""
    low = max(0, trigger_start - 30)
    if text.find("ahead", low, trigger_start) < 0:
        return False  # (nearly every trigger)
    return _AHEAD_OF.search(text, low, trigger_start) is not None


def _counted_from_strikes(resolved: list[Candidate], text: str) -> list[Candidate]:
    """The strikes of a clause another happening is counted from ("killed 60 on Sunday, a day
    after they overran the base"), which make an event of their own when the main clause reports
    a strike too; not when the main clause's strike only points back to it ("The strike came a
    day after drones attacked…")."""
    strikes = [c for c in resolved if c.group == "strike"]
    if not text or len(strikes) < 2:
        return []  # (nearly every sentence: no two strikes to keep apart)
    counted = [c for c in strikes if _counted_from(text, c.trigger.clause)]
    if not counted:
        return []  # (nearly every sentence)
    main = [c for c in strikes if c not in counted]
    return counted if any(not _refers_back(text, c) for c in main) else []


def _counted_from(text: str, clause: Clause) -> bool:
    """Whether the clause is the happening another is counted from ("a day after they overran
    the base"): its strike is not the sentence's main one, so the two do not merge."""
    if not text.startswith(("after ", "before "), clause.start):
        return False
    return _DISTANCE_BEFORE.search(text, max(0, clause.start - 20), clause.start) is not None


def _merge_key(candidate: Candidate) -> tuple[str, str]:
    if candidate.group == "strike":
        return ("strike", "strike")  # one strike per sentence, of its most specific type
    # The type itself (a str enum, equal to its value) spares the slow `.value` look-up.
    return (candidate.type if not candidate.reporting else "reporting", candidate.group)


def _stronger(a: Candidate, b: Candidate, text: str = "") -> Candidate:
    """The candidate that speaks for a merged strike: the most specific, then one that does not
    point back ("Ukrainian drones struck airfields, the ministry said, describing the attacks as
    terrorist acts": "struck" reports it, "the attacks" only refers to it), then the heavier."""
    rank_a = (_SPECIFICITY.get(a.type, 0), not _refers_back(text, a), a.weight)
    rank_b = (_SPECIFICITY.get(b.type, 0), not _refers_back(text, b), b.weight)
    best, other = (a, b) if rank_a >= rank_b else (b, a)
    weight = min(0.99, max(a.weight, b.weight) + MERGE_BONUS)
    # (`best._replace(weight=…, means=…)`, made directly: `_replace` costs three times as much.)
    means = best.means or other.means
    return Candidate(best.type, best.group, best.trigger, weight, means, best.reporting)


_BACK_REFERENCE = re.compile(r"\b(?:the|these|those|such)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _refers_back(text: str, candidate: Candidate) -> bool:
    """ "the attacks", "these strikes": a strike word with a definite article names the strike the
    sentence has reported already."""
    if not text or candidate.group != "strike":
        return False  # (only strikes merge across clauses: one per sentence)
    start = candidate.trigger.start
    return _BACK_REFERENCE.search(text, max(0, start - 20), start) is not None


def _resolve(trigger: TriggerMatch, weapons: list[MeansMatch], text: str = "") -> Candidate | None:
    entry = trigger.entry
    if entry.reporting or entry.report_noun:
        kind = EventType.REPORT if entry.report_noun else EventType.STATEMENT
        return _new_candidate((kind, "reporting", trigger, entry.weight, None, True))
    if entry.type is None:
        return None
    if entry.needs == "hit":  # "Raketen trafen" a strike, "der Minister traf" a meeting
        hit = subject_weapon(trigger, weapons, text)
        kind_of_hit = hit_type(trigger, hit)
        if kind_of_hit is None:
            return None
        group = entry.group if hit is None else "strike"
        return _new_candidate((kind_of_hit, group, trigger, entry.weight, hit, False))
    weapon = _weapon_for(trigger, weapons)
    if entry.needs == "means" and weapon is None:
        return None
    kind, group = entry.type, entry.group
    if weapon is not None and (entry.needs in ("means", "upgrade") or kind in _UPGRADABLE):
        kind = weapon.entry.type
        group = "intercept" if entry.group == "intercept" else "strike"
    means = weapon if group in ("strike", "intercept") else None
    return _new_candidate((kind, group, trigger, entry.weight, means, False))


def _weapon_for(trigger: TriggerMatch, weapons: list[MeansMatch]) -> MeansMatch | None:
    """The nearest weapon word in the trigger's clause (or, failing that, its sentence)."""
    if not weapons:
        return None  # (most sentences)
    in_clause = [w for w in weapons if trigger.clause.start <= w.start < trigger.clause.end]
    pool = in_clause or weapons
    if not pool:
        return None
    return min(pool, key=lambda w: abs(w.start - trigger.start))
