"""German separable verbs: "Russland griff die Stadt in der Nacht an" holds the trigger "griff an"
with its particle sent to the end of the clause. The trigger table lists such verbs as two
adjacent words ("griff an", "wies zurück"); this finds them split, which a word-by-word phrase
table cannot."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline_app.extraction.lexicon import triggers
from timeline_app.extraction.phrases import PhraseMatch
from timeline_app.extraction.separable_gaps import has_gapped_triggers, with_gapped_triggers

# The particles a finite verb leaves at the end of its clause, per language ("in Kraft" acts as
# one: "setzte … in Kraft"). Prepositions that also follow a verb ("reiste nach", "traf in") are
# not among them: there the words after the verb are its object, not a particle.
_GERMAN_PARTICLES = ("an", "ab", "auf", "aus", "bei", "ein", "fest", "fort", "los", "mit", "vor")
_PARTICLES: dict[str, frozenset[tuple[str, ...]]] = {
    "de": frozenset((p,) for p in (*_GERMAN_PARTICLES, "weg", "zu", "zurück", "übernommen"))
    | {("in", "kraft")},
}
# What ends the clause the verb heads: a comma or other stop, else the sentence's end. (A full
# stop inside the sentence is an ordinal date, "am 18. Dezember", not the end.)
_CLAUSE_END = re.compile(r"[,;:!?()—–\"“”„]")


@cache
def _split_forms(language: str) -> dict[str, tuple[tuple[str, object], ...]]:
    """Finite verb (lower case) → its particles and trigger entries, read off the two-word forms
    of the trigger table whose second part is a particle."""
    particles = _PARTICLES.get(language)
    if not particles:
        return {}
    forms: dict[str, list[tuple[str, object]]] = {}
    for first, entries in triggers(language).by_first.items():
        for key, value in entries:
            if key[1:] in particles and not first.endswith("*"):
                forms.setdefault(first, []).append((" ".join(key[1:]), value))
    return {verb: tuple(items) for verb, items in forms.items()}


@cache
def _verb_pattern(language: str) -> re.Pattern[str] | None:
    forms = _split_forms(language)
    if not forms:
        return None
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def has_separable_verbs(language: str) -> bool:
    """Whether the language's triggers may be split (German particles; a time expression inside
    a multi-word trigger in the other languages); English never pays for the search."""
    return language in _PARTICLES or has_gapped_triggers(language)


def with_split_verbs(
    text: str, start: int, end: int, matches: Sequence[PhraseMatch], language: str
) -> list[PhraseMatch]:
    """`matches` (the trigger table's in text[start:end], one sentence) with the separable verbs
    whose particle closes the verb's clause: "wies den Plan am Montag zurück" → "wies zurück",
    found at the finite verb."""
    pattern = _verb_pattern(language)
    found = with_gapped_triggers(text, start, end, matches, language)
    if pattern is None:
        return found
    forms = _split_forms(language)
    added: list[PhraseMatch] = []
    for verb in pattern.finditer(text, start, end):
        at = verb.start()
        if any(m.start <= at < m.end for m in matches):
            continue  # already a trigger, or "griff an" with its particle right after it
        stop = _CLAUSE_END.search(text, verb.end(), end)
        clause = text[verb.end() : stop.start() if stop else end].rstrip(" .").lower()
        for particle, value in forms[verb.group().lower()]:
            if clause.endswith(" " + particle) and len(clause) > len(particle) + 1:
                added.append(PhraseMatch(at, verb.end(), f"{verb.group()} {particle}", value))
                break
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)
