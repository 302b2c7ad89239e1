"""Two happenings of one kind in one sentence, one done and one still ahead ("met in Geneva on
Sunday and will meet again in Abu Dhabi on Friday"): two events with two dates, which the merge
of a sentence's triggers by kind (`event_triggers.candidates`) must keep apart.
"""

from __future__ import annotations

import re
from typing import Protocol

# "will meet", "'ll hold", "agreed to meet again": a trigger told as still to come. (Not any
# "to": "met on Tuesday to discuss" tells what the meeting was for, one happening.)
_AHEAD_BEFORE = re.compile(
    r"(?:\bwill|\bshall|['’]ll|\b(?:agreed|agree|agrees|due|set|expected|scheduled|plan|plans|"
    r"planning|going)\s+to)\s+(?:\w+ly\s+|also\s+|then\s+)?$",
    re.IGNORECASE,
)
# "met", "held talks", "attacked": a trigger told as done (a past tense of its own).
_DONE = re.compile(r"(?:met|held|\w+ed)\b", re.IGNORECASE)


def _may_be_ahead(text: str, start: int) -> bool:
    """A quick test `_AHEAD_BEFORE` needs only where it passes: "ll" (of "will", "shall", "'ll")
    or "to" among the few characters before `start`."""
    near = text[max(0, start - 20) : start]
    return "ll" in near or "to " in near


class _Trigger(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def text(self) -> str: ...


def ahead_of_done(text: str, done: _Trigger, ahead: _Trigger) -> bool:
    """Whether two triggers of one kind that would merge are two happenings: the first told as
    done ("met", "held talks"), the second, after it, as still to come ("will meet again")."""
    if ahead.start < done.start or not is_told_ahead(text, ahead.start):
        return False  # (nearly every pair: the second is not told ahead)
    return _DONE.match(done.text) is not None and not is_told_ahead(text, done.start)


def is_told_ahead(text: str, trigger_start: int) -> bool:
    """Whether the trigger is told as still to come ("will meet", "agreed to meet"): of two days in
    its clause, the one after it is its own ("met on Sunday and will meet again on Friday")."""
    if not _may_be_ahead(text, trigger_start):
        return False  # (nearly every trigger)
    return _AHEAD_BEFORE.search(text, max(0, trigger_start - 30), trigger_start) is not None
