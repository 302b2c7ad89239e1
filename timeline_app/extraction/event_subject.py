"""The subject noun phrase before a verb trigger, for headlines of events whose clause names no
known actor ("Peers also backed…" → "Peers back…")."""

from __future__ import annotations

import re

# Words between a subject and its verb ("Peers also backed", "the paper has blamed").
_AUXILIARY = frozenset(
    [
        "also",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "did",
        "does",
        "do",
        "been",
        "be",
        "being",
        "not",
        "never",
        "still",
        "already",
        "just",
        "then",
        "now",
        "reportedly",
        "again",
        "further",
    ]
)
_NOT_SUBJECT = frozenset(
    [
        "it",
        "they",
        "he",
        "she",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "there",
        "which",
        "who",
        "what",
        "its",
        "their",
        "his",
        "her",
        "our",
        "a",
        "an",
        "the",
        "some",
        "many",
        "most",
        "all",
        "any",
        "one",
        "each",
        "and",
        "or",
        "but",
        "of",
        "to",
        "for",
        "by",
        "with",
        "as",
    ]
)
_SUBJECT_CUT = re.compile(
    r".*(?:[,;:—–(\"“”]|\b(?:that|which|who|and|but|or|when|while|after|before|because|if|as|"
    r"in|on|at|of|for|to|from|with|by|into|over|since|during|amid|where|than)\s)",
    re.IGNORECASE | re.DOTALL,
)
_MAX_SUBJECT_WORDS = 3


def subject_phrase(before: str) -> str:
    """The noun phrase right before a verb trigger in its clause ("Hamas gunmen breached" →
    "Hamas gunmen"), or "" when there is none worth a headline (pronouns, fragments)."""
    cut = _SUBJECT_CUT.match(before)
    words = (before[cut.end() :] if cut else before).split()
    while words and (words[-1].lower() in _AUXILIARY or words[-1].lower().endswith("ly")):
        words.pop()  # "has also", "heavily": between the subject and its verb
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    if capitals and capitals[-1] > 0 and words[capitals[-1] - 1][:1].islower():
        words = words[capitals[-1] :]  # "at midnight Cork will be moved": the name is the subject
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "his", "her"):
        words.pop(0)
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return ""
    if any(w.lower() in _NOT_SUBJECT or w.lower() in _AUXILIARY for w in words):
        return ""
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return ""
    if not words[0][:1].isupper() or words[0].lower() in _NUMBER_WORDS:
        return ""  # a name heads it ("Hamas gunmen", "Peers"); "suspend", "Five people" do not
    return " ".join(words)


_NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
        "several",
    ]
)
