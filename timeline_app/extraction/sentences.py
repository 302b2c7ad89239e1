"""Sentence splitting with offsets into the original text, and the clauses inside a sentence.

Handles abbreviations (U.S., Gen., Nov., Mr., St.), initials, decimals, quotes, em-dashes and
newlines. Paragraphs (blank lines, or single newlines between short lines) number the sentences so
that a date can be inherited from the previous sentence of the same paragraph only.
"""

from __future__ import annotations

import bisect
import re
from functools import partial
from typing import NamedTuple

# Abbreviations that usually come before a name or number, so a capital after them is no new sentence.
_PREFIX_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpl",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "fr",
        "st",
        "mt",
        "ft",
        "vs",
    ]
)
# Words that end with a period without ending a sentence (compared lower-case, without the dot).
_ABBREVIATIONS = _PREFIX_ABBREVIATIONS | frozenset(
    [
        "a.m",
        "al",
        "approx",
        "apr",
        "aug",
        "bzw",
        "ca",
        "cf",
        "co",
        "corp",
        "d.c",
        "dec",
        "dept",
        "e.g",
        "e.u",
        "est",
        "etc",
        "feb",
        "fig",
        "fri",
        "i.e",
        "inc",
        "jan",
        "jr",
        "jul",
        "jun",
        "ltd",
        "mar",
        "mlle",
        "mme",
        "mon",
        "no",
        "nos",
        "nov",
        "nr",
        "oct",
        "p.m",
        "pp",
        "sat",
        "sep",
        "sept",
        "sr",
        "sra",
        "sun",
        "thu",
        "thur",
        "thurs",
        "tue",
        "tues",
        "u.k",
        "u.n",
        "u.s",
        "u.s.a",
        "univ",
        "usw",
        "vol",
        "wed",
        "z.b",
    ]
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_MONTH_ABBREVIATIONS = frozenset(
    # Abbreviations only before a number: "Nov. 3", "No. 5", but "said no. The talks".
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
    ]
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace;
# a blank line; a line break before a bullet. (`[.!?…]+[\"'”’»)\]]*(?=\s)|\n\s*\n|\n(?=…)` with
# the first character taken first, so that the regex engine skips to those characters.)
_BOUNDARY_REST = r"(?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?=\s)|(?<=\n)(?:\s*\n|(?=\s*[-•*–—]\s)))"
_BOUNDARY = re.compile(rf"[.!?…\n]{_BOUNDARY_REST}")


def _word_no_abbreviation() -> str:
    """Look-behinds that hold at a full stop after a word `_is_boundary` takes for no
    abbreviation (before a capital): more letters or digits than any abbreviation has, or a whole
    word of two or more of them that is none of the abbreviations of its length (ignoring case,
    as `_is_boundary` lower-cases). Single letters are initials and need the full check."""
    longer = rf"(?<=[^\W_]{{{_LONGEST_ABBREVIATION + 1}}}\.)"
    alternatives = [longer]
    for length in range(2, _LONGEST_ABBREVIATION + 1):
        same = sorted(a for a in _ABBREVIATIONS if len(a) == length and "." not in a)
        word = rf"(?<=(?<![\w.])[^\W_]{{{length}}}\.)"
        none = rf"(?<!(?<![\w.])(?i:{'|'.join(same)})\.)" if same else ""
        alternatives.append(word + none)
    return "|".join(alternatives)


# `_BOUNDARY` with a mark: the empty group 1 is set at a full stop that `_is_boundary` need not
# be asked about, after a word that is no abbreviation and before white space and a capital, a
# digit or an opening quote or bracket (neither lower-case nor ",;:)").
_SURE_NEXT = "A-Z0-9À-ÖØ-ÞА-ЯЁЄІЇҐ\"“‘'«(\\["
_BOUNDARY_MARKED = re.compile(
    rf"[.!?…\n](?:(?:{_word_no_abbreviation()})(?=[.!?…]*+[\"'”’»)\]]*+\s++[{_SURE_NEXT}])()|)"
    rf"{_BOUNDARY_REST}"
)
# The word before a period: possessive quantifiers and the look-behind make the search linear (it
# finds what `([\w.]+)\W*$` finds, without retrying every position inside every word).
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]++)\W*+$")
# Where paragraphs start: after a blank line, or after a line that ends a sentence.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LINE_AFTER_SENTENCE = re.compile(r"[.!?\"”’:]\s*\n(?!\s*\n)")
_SENTENCE_END_MARKS = '.!?"”’:'  # (the first character of `_LINE_AFTER_SENTENCE`)
# The last line break of a run of white space (where both patterns end): `\n(?!\s*\n)`, with
# the look-ahead stopping at the next break, so that a long run of breaks stays linear.
_LAST_BREAK = re.compile(r"\n(?![^\S\n]*\n)")


class Sentence(NamedTuple):
    """One sentence: its text exactly as in the article, its offsets and its paragraph number.
    (A named tuple, like `Clause`: every sentence of every text is one, and it costs half what
    a frozen dataclass costs to build.)"""

    text: str
    start: int
    end: int
    paragraph: int


class Clause(NamedTuple):
    """A stretch of one sentence with its own predicate; offsets are into the article text."""

    start: int
    end: int


# `Sentence(...)` and `Clause(...)` from a tuple of every field, without the named tuple's
# `__new__`, a Python function: one of each is made for nearly every sentence of every text.
_new_sentence = partial(tuple.__new__, Sentence)
_new_clause = partial(tuple.__new__, Clause)


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of `text` in order; whitespace around sentences is left out of the spans."""
    # Only a full stop may belong to a word ("U.S.", "Nov. 3"): "!", "?" and breaks end.
    ends = [
        match.end()
        for match in _BOUNDARY_MARKED.finditer(text)
        if (match.start(1) >= 0 or match.group()[0] != "." or _is_boundary(text, match))
        and not (text[match.start() - 1 : match.start()].isdigit() and _is_ordinal_day(text, match))
    ]
    ends.append(len(text))
    sentences: list[Sentence] = []
    paragraphs = _Paragraphs(_paragraph_starts(text))
    start = 0
    for end in ends:
        # White space around the chunk is left out (`strip` cuts what `str.isspace` calls space).
        chunk = text[start:end]
        stripped = chunk.lstrip()
        if stripped:  # (else only white space: the blank line after a sentence's full stop)
            first = end - len(stripped)
            stripped = stripped.rstrip()
            if "\n" not in stripped:  # the usual case: one line, one sentence (what `_lines` gives)
                paragraph = paragraphs.of(first)
                sentences.append(_new_sentence((stripped, first, first + len(stripped), paragraph)))
            else:  # newlines that separate a heading from body text make two sentences
                _append_lines(sentences, text, first, first + len(stripped), paragraphs)
        start = end
    return sentences


class _Paragraphs:
    """The paragraph number of offsets asked in increasing order (`_paragraph_of`, without a
    search per sentence)."""

    __slots__ = ("_next", "_number", "_starts")

    def __init__(self, starts: list[int]) -> None:
        self._starts = starts
        self._number = 0  # `starts[0]` is 0
        self._next = starts[1] if len(starts) > 1 else -1

    def of(self, offset: int) -> int:
        """`_paragraph_of(offset, starts)` for an offset not before the one asked last."""
        while 0 <= self._next <= offset:
            self._number += 1
            starts = self._starts
            self._next = starts[self._number + 1] if self._number + 1 < len(starts) else -1
        return self._number


def _paragraph_starts(text: str) -> list[int]:
    """0 and the ends of `_PARAGRAPH_BREAK` and `_LINE_AFTER_SENTENCE` matches, in order: each
    ends after the last line break of a run of white space, one with two breaks (a blank line)
    or one after the end of a sentence (plain-text articles often put one paragraph per line).
    Those breaks are found first (a quick scan), the runs then walked back (a few characters),
    rather than the sentence ends searched for at every full stop."""
    starts = [0]
    for match in _LAST_BREAK.finditer(text):
        at = first = match.start()
        breaks = 1
        while first > 0 and text[first - 1].isspace():  # (what `\s` matches)
            first -= 1
            breaks += text[first] == "\n"
        if breaks > 1 or (first > 0 and text[first - 1] in _SENTENCE_END_MARKS):
            starts.append(at + 1)
    return starts


def _append_lines(
    sentences: list[Sentence], text: str, start: int, end: int, paragraphs: _Paragraphs
) -> None:
    for line_start, line_end in _lines(text, start, end):
        paragraph = paragraphs.of(line_start)
        sentences.append(Sentence(text[line_start:line_end], line_start, line_end, paragraph))


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a chunk at newlines that end a heading-like line (no terminal punctuation, next capital)."""
    at = text.find("\n", start, end)
    if at < 0:  # the usual case: one line
        return [(start, end)] if end > start else []
    pieces: list[tuple[int, int]] = []
    piece_start = start
    while at >= 0:
        before = text[piece_start:at].rstrip()
        after = text[at + 1 : end].lstrip()
        if before and after and _ends_heading(before, after):
            pieces.append((piece_start, piece_start + len(before)))
            piece_start = at + 1 + (len(text[at + 1 : end]) - len(after))
        at = text.find("\n", at + 1, end)
    pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if e > s]


def _ends_heading(before: str, after: str) -> bool:
    last = before[-1]
    if last in ",;-–—(":
        return False
    return last in '.!?:"”' or after[:1].isupper() or after[:1].isdigit()


def _paragraph_of(offset: int, paragraph_starts: list[int]) -> int:
    return max(0, bisect.bisect_right(paragraph_starts, offset) - 1)


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    token = match.group()
    if "\n" in token and not token.strip():
        return True
    if token[0] != ".":
        return True
    following = text[match.end() : match.end() + 80].lstrip()  # a window: long texts stay linear
    if not following:
        return True
    if following[0].islower() or following[0] in ",;:)":
        return False  # what `_is_abbreviation` says first, whatever the word
    start = match.start()
    if start > _LONGEST_ABBREVIATION and text[start - _LONGEST_ABBREVIATION - 1 : start].isalnum():
        return True  # the word before the period is longer than any abbreviation
    word_match = _WORD_BEFORE.search(text[max(0, start - 30) : start + 1])
    word = word_match.group(1).lower().rstrip(".") if word_match else ""
    return not _is_abbreviation(word, following)


# German writes the day of a date as an ordinal: "am 18. November", "KIEW, 20. November (dpa)".
_ORDINAL_DAY = re.compile(r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])$")
_GERMAN_MONTH = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)(?!\w)"
)


def _is_ordinal_day(text: str, match: re.Match[str]) -> bool:
    """A full stop after a day number before a German month name: no sentence ends there."""
    return bool(
        match.group() == "."
        and _ORDINAL_DAY.search(text, max(0, match.start() - 3), match.start())
        and _GERMAN_MONTH.match(text, match.end())
    )


def _is_abbreviation(word: str, following: str) -> bool:
    """Whether the period after `word` belongs to the word rather than ending the sentence."""
    next_char = following[0]
    if next_char.islower() or next_char in ",;:)":
        return True
    bare = word.split(".")[-1] if word.count(".") == 0 else word
    if bare in _PREFIX_ABBREVIATIONS:
        return True
    if bare in _MONTH_ABBREVIATIONS:
        return next_char.isdigit()
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial: "John F. Kennedy"
    if bare in _ABBREVIATIONS and "." in bare:
        # "U.S." ends a sentence only when the next word could not continue a name.
        return _continues_name(following)
    return False


def _continues_name(following: str) -> bool:
    word = re.match(r"[\w-]+", following)
    if not word:
        return False
    return word.group().lower() not in _SENTENCE_OPENERS


# Capitalised words that usually open a new sentence rather than continue "U.S. officials". (Not
# "President": wire copy writes "U.S. President Donald Trump" far more often than it ends a
# sentence on "U.S." before one that opens with a president.)
_SENTENCE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "however",
        "meanwhile",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "his",
        "her",
        "their",
        "its",
        "our",
        "according",
        "officials",
        "some",
        "many",
    ]
)

# Where a new clause starts inside a sentence: a reported complement, a relative "where", a
# coordinating conjunction after a comma, a semicolon or a dash. Written as
# `\s*(?:;|\s[—–]\s|—|,\s+(?=CONJUNCTION\b)|\s(?=SUBORDINATOR\s))`, but with the first character
# (white space, ";", "—" or ",") taken first so that the regex engine skips every other position
# with a character-set test instead of trying the whole pattern there; after white space, the next
# character must be one that some alternative can go on with.
_CONJUNCTION = (
    r"(?:where|while|whereas|but|and|although|though|which|after|before|as|when|saying|adding|with)"
)
# Words that open a clause of their own after white space ("said that …", "… where …").
_SUBORDINATORS = ("that", "where", "after", "before", "because", "until", "unless", "preventing")
_SUBORDINATOR = rf"(?=(?:{'|'.join(_SUBORDINATORS)})\s)"
_CLAUSE_BREAK = re.compile(
    rf"[\s;—,](?:(?<=\s)(?=[\s;—–,twabup])(?:\s*(?:;|\s[—–]\s|—|,\s+(?={_CONJUNCTION}\b)|\s{_SUBORDINATOR})"
    rf"|[—–]\s|{_SUBORDINATOR})"
    rf"|(?<=[;—])|(?<=,)\s+(?={_CONJUNCTION}\b))",
    re.IGNORECASE,
)


# What every `_CLAUSE_BREAK` match holds, tested with plain substring tests first (most sentences
# hold none of it, and then the clause regex need not walk them): ";" or a dash, one of the
# subordinators, or a comma and white space before a conjunction. With `re.IGNORECASE` these
# letters also match "ı", "İ" (as "i") and "ſ" (as "s"), which `str.lower` leaves apart.
_COMMA_BREAK = re.compile(rf",\s+{_CONJUNCTION}\b", re.IGNORECASE)
_ANY_SUBORDINATOR = re.compile("|".join(_SUBORDINATORS))  # searched in the lower-cased text


def _may_break(text: str) -> bool:
    """False only when `_CLAUSE_BREAK` cannot match anywhere in `text`."""
    if ";" in text or "—" in text or "–" in text:
        return True
    if not text.isascii() and ("ı" in text or "İ" in text or "ſ" in text):
        return True
    if _ANY_SUBORDINATOR.search(text.lower()):
        return True
    return "," in text and _COMMA_BREAK.search(text) is not None


def split_clauses(sentence: Sentence) -> list[Clause]:
    """The clauses of a sentence, in order, covering it without gaps."""
    if not _may_break(sentence.text):
        return [_new_clause((sentence.start, sentence.end))]
    clauses: list[Clause] = []
    start = sentence.start
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        at = sentence.start + m.start()
        if at > start:
            clauses.append(_new_clause((start, at)))
        start = sentence.start + m.end()
    if start < sentence.end:
        clauses.append(_new_clause((start, sentence.end)))
    return clauses or [Clause(sentence.start, sentence.end)]
