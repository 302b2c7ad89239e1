"""Fast "is it in this string?" tests for patterns that start at a word.

A pattern that starts with a look-behind ("no word character before", `\\b` before a letter) and
then a case-insensitive alternation gives Python's regex engine nothing to skip ahead with, so a
search tries the whole pattern at every position. Whether it occurs anywhere in a string is the
same question as whether it matches at position 0 or right after one of the characters the
look-behind allows, and a pattern that starts with such a character is scanned for quickly.
"""

from __future__ import annotations

import re
from functools import lru_cache


class EndsWithWords:
    """Whether a string ends with one of `words` ("in|city of|…": phrases of literal words,
    starting at a word start), white space, and maybe "the" and white space:
    `\\b(?:words)\\s+(?:the\\s+)?$` with IGNORECASE (`pattern`). A search for that tries every
    position of the string; the same pattern reversed, matched at the start of the reversed
    string, answers at once."""

    __slots__ = ("_reversed", "pattern")

    def __init__(self, alternatives: str) -> None:
        words = alternatives.split("|")
        forward = "|".join(re.escape(w) for w in words)
        backward = "|".join(re.escape(w[::-1]) for w in words)
        self.pattern = re.compile(rf"\b(?:{forward})\s+(?:the\s+)?$", re.IGNORECASE)
        # "\b" before a word is "\b" after it reversed; "$" may stand before a final line break,
        # which "\s+" takes anyway.
        self._reversed = re.compile(rf"\s+(?:eht\s+)?(?:{backward})\b", re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        """`self.pattern.search(text) is not None`, faster."""
        return self._reversed.match(text[::-1]) is not None


class WordPattern:
    """`(?<![avoid])body`: `pattern` for searches that need the match, `found_in` for a yes or
    no. With the default `avoid` and a `body` that starts with a word character, the pattern
    is `\bbody`."""

    __slots__ = ("_after_edge", "pattern")

    def __init__(self, body: str, flags: int = 0, avoid: str = r"\w") -> None:
        self.pattern = re.compile(rf"(?<![{avoid}]){body}", flags)
        self._after_edge = re.compile(rf"[^{avoid}]{body}", flags)

    def found_in(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """`self.pattern.search(text, pos, endpos) is not None`, faster: a match at `pos`, or one
        after a character that is not in `avoid` (found by the second, quickly scanned pattern)."""
        end = len(text) if endpos is None else endpos
        return (
            self.pattern.match(text, pos, end) is not None
            or self._after_edge.search(text, pos, end) is not None
        )


@lru_cache(maxsize=8)  # (asked for the events of one article at a time)
def lowers_evenly(text: str) -> bool:
    """Whether `text.lower()` keeps every character at its place: false only with "İ", the one
    character that lower-cases to two. Then a stretch of the text lower-cased on its own is the
    same stretch of the whole text lower-cased."""
    return "\u0130" not in text


def may_hold(window: str, parts: tuple[str, ...]) -> bool:
    """False only when a case-insensitive search for words that each hold one of `parts`
    (lower-case ASCII) finds nothing in `window`: a few substring tests spare a regex that tries
    its words at every position. (With `re.IGNORECASE` "ı" and "İ" also match "i", "ſ" matches
    "s" and the Kelvin sign "k", which `str.lower` leaves apart: then the regex must decide.)"""
    if "ı" in window or "İ" in window or "ſ" in window or "\u212a" in window:
        return True
    return any(map(window.lower().__contains__, parts))
