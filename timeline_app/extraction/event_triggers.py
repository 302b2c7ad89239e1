"""Trigger words in a sentence grouped into candidate events: one per event type and group, with
weapon words making a generic attack specific ("used an ATACMS missile in an attack" → missile_strike).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from timeline_app.domain.model import EventType
from timeline_app.extraction.lexicon import MeansEntry, TriggerEntry, means, triggers
from timeline_app.extraction.phrases import PhraseMatch, Tokens
from timeline_app.extraction.sentences import Clause, Sentence, split_clauses

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
    found: list[TriggerMatch] = []
    for start, end, word, entry in matches:
        if not isinstance(entry, TriggerEntry):
            continue
        # (Each test is made only where it can hold: a capitalised word, a one-word participle.)
        if text[start].isupper() and _inside_name(text, start, end, sentence.start):
            continue  # "Security Council", "Ceasefire Violations Committee": a name, no event
        if word[-2:].lower() in ("ed", "en") and _attributive(text, start, end, sentence.start):
            continue  # "to inspect damaged power lines", "the occupied territories"
        if clauses is None:
            clauses = split_clauses(sentence)
        # (A sentence of one clause, the usual case, needs no search.)
        clause = clauses[0] if len(clauses) == 1 else _clause_of(start, clauses)
        found.append(TriggerMatch(start, end, word, entry, clause))
    return found


def _inside_name(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A capitalised trigger next to another capitalised word, not opening its sentence."""
    if not text[start].isupper() or start == sentence_start:
        return False
    before = text[max(sentence_start, start - 30) : start].split()
    after = text[end : end + 30].split()
    neighbours = [w for w in (before[-1:] + after[:1]) if w[:1].isalpha()]
    return any(w[0].isupper() for w in neighbours)


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


def candidates(found: list[TriggerMatch], weapons: list[MeansMatch]) -> list[Candidate]:
    """The events of one sentence: triggers resolved against weapon words, merged by type and group."""
    resolved = [c for t in found if (c := _resolve(t, weapons)) is not None]
    if len(resolved) < 2:
        return resolved  # nothing to merge
    merged: dict[tuple[str, str], Candidate] = {}
    for candidate in resolved:
        key = _merge_key(candidate)
        current = merged.get(key)
        merged[key] = candidate if current is None else _stronger(current, candidate)
    if len(merged) == len(resolved):
        return resolved  # none merged: still in text order, as the triggers are
    return sorted(merged.values(), key=lambda c: c.trigger.start)


def _merge_key(candidate: Candidate) -> tuple[str, str]:
    if candidate.group == "strike":
        return ("strike", "strike")  # one strike per sentence, of its most specific type
    # The type itself (a str enum, equal to its value) spares the slow `.value` look-up.
    return (candidate.type if not candidate.reporting else "reporting", candidate.group)


def _stronger(a: Candidate, b: Candidate) -> Candidate:
    rank_a = (_SPECIFICITY.get(a.type, 0), a.weight)
    rank_b = (_SPECIFICITY.get(b.type, 0), b.weight)
    best, other = (a, b) if rank_a >= rank_b else (b, a)
    weight = min(0.99, max(a.weight, b.weight) + MERGE_BONUS)
    # (`best._replace(weight=…, means=…)`, made directly: `_replace` costs three times as much.)
    means = best.means or other.means
    return Candidate(best.type, best.group, best.trigger, weight, means, best.reporting)


def _resolve(trigger: TriggerMatch, weapons: list[MeansMatch]) -> Candidate | None:
    entry = trigger.entry
    if entry.reporting or entry.report_noun:
        kind = EventType.REPORT if entry.report_noun else EventType.STATEMENT
        return Candidate(kind, "reporting", trigger, entry.weight, None, reporting=True)
    if entry.type is None:
        return None
    weapon = _weapon_for(trigger, weapons)
    if entry.needs == "means" and weapon is None:
        return None
    kind, group = entry.type, entry.group
    if weapon is not None and (entry.needs in ("means", "upgrade") or kind in _UPGRADABLE):
        kind = weapon.entry.type
        group = "intercept" if entry.group == "intercept" else "strike"
    return Candidate(
        kind, group, trigger, entry.weight, weapon if group in ("strike", "intercept") else None
    )


def _weapon_for(trigger: TriggerMatch, weapons: list[MeansMatch]) -> MeansMatch | None:
    """The nearest weapon word in the trigger's clause (or, failing that, its sentence)."""
    if not weapons:
        return None  # (most sentences)
    in_clause = [w for w in weapons if trigger.clause.start <= w.start < trigger.clause.end]
    pool = in_clause or weapons
    if not pool:
        return None
    return min(pool, key=lambda w: abs(w.start - trigger.start))
