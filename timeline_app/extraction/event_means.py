"""The weapons a sentence names, as events see them: its weapon words, less the air force that
reports ("…, the air force said" is a source, not aircraft), and, for a count that points back
("Air defences shot down 42 of them"), the weapon the sentence before named.

Ukraine's air force reports each night's attack so: "Russia launched 57 drones overnight. Air
defences shot down 42 of them, the air force said." Read alone, the second sentence named no
weapon but "air force", and was titled "aircraft intercepted", an airstrike.
"""

from __future__ import annotations

import re

from timeline_app.extraction.event_triggers import MeansMatch, find_means
from timeline_app.extraction.lexicon import MeansEntry
from timeline_app.extraction.phrases import PhraseMatch, Tokens
from timeline_app.extraction.sentences import Sentence

# A weapon word that is the teller: "the air force said", "Ukraine's air force reported".
_TELLS_AFTER = re.compile(
    r"(?:\s+(?:\w+\s+){0,3})?\s*(?:said|says|reported|reports|added|stated|announced|wrote|"
    r"posted)\b",
    re.IGNORECASE,
)
_TELLS_BEFORE = re.compile(r"according\s+to\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
_TELLERS = frozenset(["air force"])
# A count of what the sentence before named: "42 of them", "all of those", "most of these".
_POINTS_BACK = re.compile(
    r"\b(?:\d[\d,]*|all|most|some|many|several|none|each|both|half)\s+of\s+(?:them|those|these)\b",
    re.IGNORECASE,
)


def sentence_means(
    text: str,
    sentence: Sentence,
    language: str,
    tokens: Tokens | None,
    matches: list[PhraseMatch],
    before: list[PhraseMatch],
) -> list[MeansMatch]:
    """The weapons of `sentence`, given its weapon-word matches and those of the sentence
    `before` it (see the module's docstring)."""
    found = find_means(text, sentence, language, tokens, matches) if matches else []
    found = [m for m in found if not _tells(text, m, sentence.start)]
    if found or not before or language != "en":
        return found
    back = _POINTS_BACK.search(text, sentence.start, sentence.end)
    if back is None:
        return found
    earlier = [m for m in before if not _tells(text, m, 0)]
    weapons = [m.value for m in earlier if isinstance(m.value, MeansEntry)]
    if not weapons:
        return found
    at = back.end() - len(back.group().split()[-1])
    return [MeansMatch(at, back.end(), text[at : back.end()], weapons[-1])]


def _tells(text: str, match: MeansMatch | PhraseMatch, floor: int) -> bool:
    """Whether a weapon word is who tells the news ("the air force said")."""
    if text[match.start : match.end].lower() not in _TELLERS:
        return False
    if _TELLS_AFTER.match(text, match.end, match.end + 40):
        return True
    return _TELLS_BEFORE.search(text, max(floor, match.start - 40), match.start) is not None
