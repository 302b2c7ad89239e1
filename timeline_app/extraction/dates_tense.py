"""Tense cues around a time expression: is the clause about the future, the past, or a report
("said")? Weekdays and dates without a year are resolved by it (see `dates_rules`).

The cue that governs an expression is looked for in its own clause first (split at commas,
semicolons and subordinating words), so a "will" in another clause of a long sentence does not
turn "met on Monday" into next Monday; a cue after the expression in the same clause counts too
("talks on Monday will resume").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from timeline_app.extraction.dates_lexicon import Lexicon
from timeline_app.extraction.dates_tense_forms import (
    PLANNED_PASSIVE,
    PRESENT_PLAN_LANGUAGES,
    has_past_form,
    has_plan_verb,
    is_german_present_verb,
)


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (long lists stay compact)."""
    return frozenset(words.split())


_WORD = re.compile(r"[^\W\d_]+(?:['’][a-z]+)?")
_EN_FUTURE_WORDS = frozenset(
    ["will", "won't", "shall", "would", "upcoming", "scheduled", "slated", "'ll", "wo", "ahead"]
    + ["due", "next"]
)
# Words that are a future cue only before "to" ("is to visit", "expected to sign").
_EN_FUTURE_BEFORE_TO = frozenset(
    [
        "going",
        "set",
        "plan",
        "plans",
        "planning",
        "expected",
        "expects",
        "expect",
        "intends",
        "intend",
        "aims",
        "aim",
        "is",
        "are",
        "hopes",
        "hope",
        "ready",
    ]
)
_EN_FUTURE_AUX = frozenset(["not", "be", "have", "also", "still", "then", "likely", "probably"])
# Reporting verbs: past tense, but the reported event may be at any time ("said the vote is
# on Dec. 5"), so they are a weaker cue than a past-tense event verb.
_EN_REPORT_WORDS = frozenset(["said", "says", "told", "announced", "reported", "added", "noted"])
_EN_PERFECT_AUX = frozenset(["has", "have", "had"])
_EN_PAST_WORDS = _word_set(
    """was were had did met took made held began came went saw gave left sent fell struck spoke
    became brought found got kept led paid ran sold stood thought wrote won lost shot hit
    killed ago last since earlier rose grew broke chose drew drove flew knew meant quit rode
    sank shook slid spent stole swore taught threw understood wore built bought caught dealt
    felt fought heard laid lent sought slept stuck swept swung withdrew arose overtook
    forgot froze hid been gone done seen taken given known shown begun"""
)
# Words in -ed that are no past tense ("two hundred", "a sacred site", "the need").
_NOT_PAST_ED = _word_set(
    """need feed seed deed speed breed greed creed steed shed weed bleed embed indeed hundred
    naked wicked sacred kindred ragged rugged jagged beloved crooked wretched"""
)
_PAST_ADVERBS = frozenset(["ago", "last", "since", "earlier"])
_PRESENT_BE = frozenset(["is", "are", "am", "be", "being", "isn't", "aren't"])
# `[.!?]\s+(?=[A-Z\"“(])|\n`, the first character taken first (fast to scan for).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])\s+(?=[A-Z\"“(])|(?<=\n))")
# Where a clause ends: punctuation, quotes, and words that open a new clause.
_CLAUSE_BREAK = re.compile(
    r"[;:()\"“”]|,\s|\s[–—-]+\s|''|``|\b(?:that|which|who|whom|whose|where|when|while|whereas|"
    r"because|although|though|but|if|unless)\b"
)
# Words that may stand between a reporting verb and the weekday it dates ("said late Monday").
_ADJACENT = re.compile(r"^(?:\s+(?:on|late|early|last|this|in|at|the))*\s*$", re.IGNORECASE)


# A present-tense verb of schedule right before the date is a timetable, hence the future
# ("the leaders meet separately Monday", "the rights expire Nov. 21").
_SCHEDULED = re.compile(
    r"(?<!\bto )(?<!\bnot )\b(?:meets?|begins?|resumes?|arrives?|convenes?|reconvenes?|departs?|"
    r"expires?|opens?|closes?|starts?|ends?|testif(?:y|ies)|travels?|heads?|leaves?)"
    r"(?:\s+[a-z]+ly)?(?:\s+(?:on|in|at))?\s+$"
    r"|\b(?:is|are)\s+(?:set|planned)\s+(?:for|on)\s+$"
)


# Words before a date that make it the target of the verb, which may lie ahead.
_TOWARD = re.compile(
    r"\b(?:until|till|to|through|into|payable|effective|expiring|deadline\s+of|(?:planned|"
    r"set|scheduled|slated|due|postponed|delayed|moved|rescheduled)\s+(?:for|on))\s+$",
    re.IGNORECASE,
)


_RANGE_OPEN = re.compile(r"\b(?:from|between)\b", re.IGNORECASE)  # "from June to December"


@dataclass(frozen=True)
class Cue:
    kind: str  # "future", "past" or "report"
    start: int
    end: int


def sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around [start, end), at most 150 characters either side."""
    left = max(0, start - 150)
    for match in _SENTENCE_END.finditer(text, left, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + 150))
    right = right_match.start() + 1 if right_match else min(len(text), end + 150)
    return left, right


def clause_window(text: str, start: int, end: int, left: int, right: int) -> tuple[int, int]:
    """Bounds of the clause around [start, end) inside the sentence [left, right)."""
    clause_left = left
    for match in _CLAUSE_BREAK.finditer(text, left, start):
        clause_left = match.start()
    following = _CLAUSE_BREAK.search(text, end, right)
    return clause_left, following.start() if following else right


def tense(text: str, start: int, end: int, lex: Lexicon) -> str:
    """ "future", "past", "report", "present" or "" (no cue) for the expression at [start, end).
    "present": a German, French or Spanish clause in the present tense (`_present_plan`), which
    puts a weekday ahead and leaves other dates to the nearest occurrence.

    A past tense is weakened to "report" when the expression is the end point the verb
    points to ("extended the offer until Nov. 15", "a dividend payable Dec. 1")."""
    kind = _clause_tense(text, start, end, lex)
    if (
        kind == "past"
        and _TOWARD.search(text, max(0, start - 20), start)
        and not _RANGE_OPEN.search(text, max(0, start - 40), start)
    ):
        return "report"
    return kind


def _clause_tense(text: str, start: int, end: int, lex: Lexicon) -> str:
    """ "future", "past", "report" or "" (no cue) for the expression at [start, end).

    "report" is a weak past: only a reporting verb such as "said", or a past-tense verb outside
    the expression's clause — the time may then be any. The order: the nearest cue before the
    expression in its clause (a reporting verb not right before it yields to a cue just after
    it: "said talks on Monday will resume"); a cue within three words after it in the clause
    ("talks on Monday will resume"); the nearest cue before it in the sentence; the nearest
    after it. Before all of them, "is planned" in the clause ("Für Freitag ist ein Treffen
    geplant") is the future; after all, a German, French or Spanish sentence with no cue and no
    past form is "present" (`_present_plan`)."""
    left, right = sentence_window(text, start, end)
    clause_left, clause_right = clause_window(text, start, end, left, right)
    if lex.language in PLANNED_PASSIVE and _planned_passive(text, clause_left, clause_right, lex):
        return "future"
    before = cues(text, clause_left, start, lex)
    if before:
        nearest = before[-1]
        if nearest.kind != "report" or _ADJACENT.match(text[nearest.end : start]) is not None:
            return nearest.kind
        after = _cues_just_after(text, end, clause_right, lex)
        return after[0].kind if after else nearest.kind
    after = _cues_just_after(text, end, clause_right, lex)
    if after:
        return after[0].kind
    if _SCHEDULED.search(text, max(clause_left, start - 40), start):
        return "future"
    outside = cues(text, left, clause_left, lex) or cues(text, end, right, lex)[:1]
    if not outside:
        if lex.language in PRESENT_PLAN_LANGUAGES and _present_plan(text, end, (left, right), lex):
            return "present"
        return ""
    kind = outside[-1].kind
    return "report" if kind == "past" else kind


# A word of German, French or Spanish (with an elided article: "l'armée", "s'est").
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”»’']?\s*$")
_YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _planned_passive(text: str, left: int, right: int, lex: Lexicon) -> bool:
    """ "Für Freitag ist ein Treffen geplant", "La réunion est prévue vendredi": the present of
    "to be" with a participle of planning puts the time ahead, though "ist" and "est" are past
    cues elsewhere ("ist eingetroffen", "est arrivé")."""
    auxiliaries, participles = PLANNED_PASSIVE[lex.language]
    window = text[left:right]
    if not any(p in window for p in participles):
        return False  # (nearly every clause)
    words = {w.lower() for w in _PLAIN_WORD.findall(window)}
    return not words.isdisjoint(auxiliaries) and not words.isdisjoint(participles)


def _present_plan(text: str, end: int, bounds: tuple[int, int], lex: Lexicon) -> bool:
    """A sentence in the present tense, with no past form at all ("Am Freitag treffen sich die
    Außenminister", "Le ministre se rend vendredi à Kyiv", "El ministro viaja el viernes a
    Kiev"): German, French and Spanish news write their plans so (`dates_tense_forms`), with a
    verb of what one schedules (a journey, a meeting, a vote: `has_plan_verb`). Only in
    a full sentence of a few words, or a German headline with a verb in the present ("Merz
    reist am Freitag nach Kiew"): a verbless headline ("Drohnenangriff auf Kiew am Montag") or
    a dateline ("MOSKAU, 18. November") is no sentence in the present."""
    left, right = bounds
    if _YEAR_NUMBER.search(text, left, right):
        return False  # a chronology's historic present: "Im Februar 2022 marschiert Russland ein"
    # The whole sentence: "A finales de agosto, un ataque … mató" has its verb in another clause.
    words = _PLAIN_WORD.findall(text, left, right)
    if len(words) < 4 or has_past_form(words, lex.language):
        return False
    if not has_plan_verb(words, lex.language):
        return False  # a deed in the historic present: "Lundi, des frappes touchent Kharkiv"
    if _SENTENCE_CLOSE.search(text, end, right):
        return True
    return lex.language == "de" and any(is_german_present_verb(word) for word in words)


def _cues_just_after(text: str, end: int, right: int, lex: Lexicon) -> list[Cue]:
    """The cues among the three words after `end` (before `right`). Whether one of those words
    is a cue depends on the two words after it at most, so five words are looked at."""
    return [c for c in cues(text, end, right, lex, 5) if _words_between(text, end, c) < 3]


def _words_between(text: str, end: int, cue: Cue) -> int:
    return len(_WORD.findall(text, end, cue.start))


def cues(text: str, left: int, right: int, lex: Lexicon, words_at_most: int = 0) -> list[Cue]:
    """The tense cues between `left` and `right`, in text order; with `words_at_most`, those
    of the text cut after that many words."""
    words = list(islice(_WORD.finditer(text, left, right), words_at_most or None))
    if lex.language != "en":
        return _generic_cues(words, lex)
    lowered = [m.group().lower() for m in words]
    found: list[Cue] = []
    covered = 0  # a future cue covers the few words after it ("will be held" is not past)
    for index, word in enumerate(lowered):
        if word not in _EN_CUE_WORDS and (
            len(word) <= 3 or word[-2:] != "ed" or word in _NOT_PAST_ED
        ):
            continue  # most words: no cue, whatever their case
        if index < covered and word not in _EN_FUTURE_ANY:
            continue  # covered by a future cue
        following = lowered[index + 1] if index + 1 < len(lowered) else ""
        kind = ""
        if _is_name(text, words[index]):
            continue  # "the Met Office", "Said Hassan": a name, not a verb
        if _is_future(word, following, lowered[index + 2 : index + 3]):
            kind = "future"
            covered = index + 2
            while covered < len(lowered) and lowered[covered] in _EN_FUTURE_AUX:
                covered += 1
            covered += 1
        elif index < covered:
            continue
        elif word in _EN_REPORT_WORDS:
            kind = "report"
        elif word in _EN_PERFECT_AUX:
            kind = "past" if word == "had" or _is_participle(following) else ""
        elif word in _EN_PAST_WORDS or (
            len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST_ED
        ):
            # "is planned", "are held": a present passive, no past
            passive = index and lowered[index - 1] in _PRESENT_BE and word not in _PAST_ADVERBS
            kind = "" if passive else "past"
        if kind:
            found.append(Cue(kind, words[index].start(), words[index].end()))
    return found


# The words `_is_future` may be true for; and those a report, perfect or past cue may be
# (besides the words in -ed, see `cues`).
_EN_FUTURE_ANY = _EN_FUTURE_WORDS | _EN_FUTURE_BEFORE_TO
_EN_OTHER_CUES = _EN_REPORT_WORDS | _EN_PERFECT_AUX | _EN_PAST_WORDS
_EN_CUE_WORDS = _EN_FUTURE_ANY | _EN_OTHER_CUES


def _is_name(text: str, word: re.Match[str]) -> bool:
    """A capitalised word inside a sentence (not after . ! ? a quote or a line break)."""
    if not word.group()[0].isupper():
        return False
    before = text[max(0, word.start() - 4) : word.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\"“”'’`(\n:;-—–"


def _is_future(word: str, following: str, then: list[str]) -> bool:
    if word == "due" and following == "to" and then and then[0] in _DETERMINERS:
        return False  # "due to the storm": a cause
    return word in _EN_FUTURE_WORDS or (word in _EN_FUTURE_BEFORE_TO and following == "to")


_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "this", "that"])


def _is_participle(word: str) -> bool:
    return word in _EN_PAST_WORDS or word.endswith(("ed", "en", "wn")) or word == "already"


def _generic_cues(words: list[re.Match[str]], lex: Lexicon) -> list[Cue]:
    """Whole cue words ("va", "будет", the perfective "посетит"), cue stems ("прошл*") and the
    future's endings ("se reunirán")."""
    found = []
    for match in words:
        word = match.group().lower()
        # (A future ending on a capitalised word is a name's: "Teherán", not "se reunirán".)
        if (
            word in lex.future_words
            or (lex.future_cues and word.startswith(lex.future_cues))
            or (
                lex.future_endings
                and len(word) > 5
                and word.endswith(lex.future_endings)
                and match.group()[:1].islower()
            )
        ):
            found.append(Cue("future", match.start(), match.end()))
        elif word in lex.past_words or (lex.past_cues and word.startswith(lex.past_cues)):
            found.append(Cue("past", match.start(), match.end()))
    return found
