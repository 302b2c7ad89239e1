"""Verbs that report a hit or a meeting by their subject: "Russische Raketen trafen ein Wohnhaus"
is a missile strike, "Der Minister traf seinen Amtskollegen" a meeting; likewise "des missiles
ont touché", "misiles alcanzaron", "ракеты попали", "ракети влучили". The trigger tables mark
such verbs `needs=hit`: a weapon word as the verb's subject makes the weapon's strike; without
one the verb keeps its own type (a meeting), or is no event ("alcanzaron un acuerdo")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.domain.model import EventType

if TYPE_CHECKING:
    from timeline_app.extraction.event_triggers import MeansMatch, TriggerMatch

# How many words after the verb its subject may stand in (German and Spanish invert after a
# fronted time: "Am Montag trafen russische Raketen ein Wohnhaus"; the passive's agent follows
# too: "touché par un missile").
_WORDS_AFTER = 3
_WORD = re.compile(r"\w+")


def subject_weapon(
    trigger: TriggerMatch, weapons: list[MeansMatch], text: str = ""
) -> MeansMatch | None:
    """The weapon word that is the hit verb's subject: before the verb in its clause, else (with
    `text`) among the few words right after it."""
    clause = trigger.clause
    before = [w for w in weapons if clause.start <= w.start < trigger.start]
    if before:
        return before[-1]
    if not text:
        return None
    after = [w for w in weapons if trigger.end <= w.start < clause.end]
    if not after:
        return None
    words = _WORD.findall(text, trigger.end, after[0].start)
    return after[0] if len(words) < _WORDS_AFTER else None


def hit_type(trigger: TriggerMatch, weapon: MeansMatch | None) -> EventType | None:
    """The event a hit verb reports: the weapon's strike, else its own meeting (or none)."""
    if weapon is not None:
        return weapon.entry.type
    own = trigger.entry.type
    return own if own is not None and own != EventType.ATTACK else None
