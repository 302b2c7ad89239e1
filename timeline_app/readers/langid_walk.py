"""py3langid's identifier with its byte-by-byte automaton walk memoised per word.

py3langid finds its byte n-gram features by walking a finite automaton over every byte of the
sample in a Python loop: about two thirds of its time on a news article. The automaton is
deterministic, so where a word (its bytes up to and including the space after it) leaves the
automaton, and which features it reports on the way, depend only on the state the word starts in
and the word's bytes. Each (state, word) is walked once per process and replayed after that. News
repeats its words, so a sample costs about half as much. The features come out in the order
py3langid's own walk gives them, so the counts, their order and the scores are the same to the
last bit.

Imported only where the model is loaded (it imports py3langid, and with it numpy).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from py3langid import langid


class WordWalkIdentifier(langid.LanguageIdentifier):  # type: ignore[misc]  # untyped library
    """A `LanguageIdentifier` whose `_raw_score` (which `classify` and `rank` use) replays words."""

    __slots__ = ("_known",)

    MAX_ENTRIES = 50_000  # about 10 MB; forgotten all at once when full
    MAX_WORD = 24  # longer runs (unspaced scripts, URLs) are walked, not remembered

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._known: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = {}

    def _raw_score(self, text: bytes) -> Any:
        features = self.features(text)
        if not features:  # the library's own answer for a sample without features
            return super()._raw_score(text)
        return self._sparse_score(Counter(features), self.nb_ptc)

    def features(self, data: bytes) -> list[int]:
        """The automaton's outputs over `data`, in order: what py3langid's `visit_counts` counts."""
        known, walk = self._known, self._walk
        found: list[int] = []
        state = 0
        *words, last = data.split(b" ")
        for word in words:
            if len(word) > self.MAX_WORD:
                state = walk(state, word + b" ", found)
                continue
            key = (state, word)
            hit = known.get(key)
            if hit is None:
                outputs: list[int] = []
                hit = (walk(state, word + b" ", outputs), tuple(outputs))
                if len(known) >= self.MAX_ENTRIES:
                    known.clear()
                known[key] = hit
            state = hit[0]
            found += hit[1]
        walk(state, last, found)
        return found

    def _walk(self, state: int, data: bytes, found: list[int]) -> int:
        """py3langid's loop: the state after `data`, its features appended to `found`."""
        nextmove, rowbase, output = self.tk_nextmove, self._rowbase, self.tk_output
        for byte in data:
            state = nextmove[rowbase[state] + byte]
            feature = output[state]
            if feature >= 0:
                found.append(feature)
        return state
