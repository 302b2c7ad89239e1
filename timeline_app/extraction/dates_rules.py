"""The shared machinery of the date finder: rules (a compiled pattern plus a resolver), the
resolution context (the previous date, the story's day, the quarter under discussion), and the
year choice for expressions that give no year (by the tense cues of `dates_tense`).

A rule's resolver gets the regex match and a `Context`; it returns a `Resolved` (possibly with
`span=None` when the expression is a date we cannot place) or None when the match is a trap
("May" the modal, "$27", "2000 troops"), so the finder drops it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, TypeAlias

from timeline_app.domain.model import DateSpan, Precision
from timeline_app.extraction.dates_english_tense import english_tense
from timeline_app.extraction.dates_lexicon import Lexicon
from timeline_app.extraction.dates_spans import describe
from timeline_app.extraction.dates_tense import sentence_window
from timeline_app.extraction.dates_tense import tense as clause_tense
from timeline_app.extraction.phrases import Remembered

__all__ = ["sentence_window"]  # re-exported for the rule modules


@dataclass
class Context:
    """What a resolver may look at: the text, the publication date and the previous date."""

    text: str
    published: date | None
    day_first: bool | None
    lex: Lexicon
    anchor: DateSpan | None = None  # the last resolved expression of the current paragraph
    anchor_end: int = 0
    # The last resolved span of each precision, with where it ended ("the quarter" looks back
    # for a quarter even when "a year earlier" came in between).
    latest: dict[Precision, tuple[DateSpan, int]] = field(default_factory=dict)
    # The last lone day named (the story's day for "the previous Friday", "the day before").
    story_day: tuple[date, int] | None = None

    def remember(self, span: DateSpan, end: int, reference: bool = True) -> None:
        """Note a resolved span; `reference=False` for a derived one ("a year earlier" than the
        quarter) that later "the quarter" must not take for the period under discussion."""
        self.anchor, self.anchor_end = span, end
        if reference:
            self.latest[span.precision] = (span, end)
            if span.start == span.end:
                self.story_day = (span.start, end)

    def day_before(self, start: int) -> date | None:
        """The last lone day named in the paragraph of `start` or the few lines before it
        (wire copy often has one sentence per paragraph)."""
        if self.story_day is None or start - self.story_day[1] > STORY_DAY_REACH:
            return None
        return self.story_day[0]

    def latest_for(
        self, precision: Precision, start: int, across: int | None = None
    ) -> DateSpan | None:
        """The last span of `precision` in the paragraph of `start`, or, with `across`, in the
        `across` characters before it whatever the paragraphs (wire copy often has one
        sentence per paragraph, and an earnings story keeps its quarter throughout)."""
        found = self.latest.get(precision)
        if found is None:
            return None
        if across is not None:
            return found[0] if start - found[1] <= across else None
        return None if "\n\n" in self.text[found[1] : start] else found[0]

    def before(self, start: int, chars: int = 40) -> str:
        return self.text[max(0, start - chars) : start]

    def after(self, end: int, chars: int = 40) -> str:
        return self.text[end : end + chars]

    def previous_word(self, start: int) -> str:
        match = _LAST_WORD.search(self.before(start))
        return match.group(1).lower() if match else ""

    def anchor_for(self, start: int) -> DateSpan | None:
        """The previous expression's span when it is in the same paragraph as `start`."""
        if self.anchor is None or "\n\n" in self.text[self.anchor_end : start]:
            return None
        return self.anchor


STORY_DAY_REACH = 1500  # characters over which a named day stays the story's day
# `([\w'’-]+)[\s,]*$`: the look-behind and possessive quantifiers spare retrying every position
# inside every word (the word and the characters after it are different ones, so no match is lost).
_LAST_WORD = re.compile(r"(?<![\w'’-])([\w'’-]++)[\s,]*+$")


class Resolved(NamedTuple):
    """What a rule's resolver makes of its match. (A named tuple: one is made for nearly every
    expression of every text, and it costs half what a frozen dataclass costs to build.)"""

    span: DateSpan | None
    explanation: str
    relative: bool = False
    reference: bool = True  # may later expressions take it as the period under discussion?


Resolver = Callable[[re.Match[str], Context], Resolved | None]


@dataclass(frozen=True)
class Rule:
    """A pattern and its resolver. `core` is a cheap pattern for a token every match holds
    (a month name, "week", four digits): the text is scanned for it, and the full pattern is
    tried only at the few word starts just before each hit (see `dates.py`)."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    priority: int = 0  # breaks ties between candidates of the same extent
    core: re.Pattern[str] | None = None
    prefix_chars: int = 40  # how far before the core a match may start
    # The lead keys of the words a match may start with (`leads`): the pattern is tried only at
    # the word starts whose key is one of them. None: at every word start.
    leads: frozenset[str] | None = None
    # The words (lower-case ASCII letters) a hit of the core lies in when a match covers it
    # ("day" for "the previous day", not "Monday"): a hit in another word of letters only is not
    # tried. None: any word.
    core_words: frozenset[str] | None = None


def words_core(*words: str, suffix: str = "", lower: bool = True) -> re.Pattern[str]:
    """A fast case-sensitive pattern for `words` as written, Capitalised or UPPER-CASE.

    It starts with a literal alternation, which Python's regex engine scans for quickly
    (an IGNORECASE flag, a lookbehind or \\b in front would make it try every position)."""
    forms = {f for word in words for f in (word[:1].upper() + word[1:], word.upper())}
    if lower:  # lower-case first letters are common, so a lower-case core costs more
        forms |= set(words)
    core = re.compile(f"(?:{literal_alternation(forms)}){suffix}")
    if all(_WORD.fullmatch(form) for form in forms):
        if suffix:
            starts_in_words(core, forms)
        else:
            in_words(core)
    return core


# Cores whose hits `dates.py` finds from the words of the text (the tokens of `phrases.tokenize`:
# runs of letters and digits, maybe joined by . ' ’ -) instead of scanning the text for them:
# - "in words": every hit lies inside one word and does not depend on what is around the word
#   (literal words, or literals with look-behinds that stay inside the word), so the hits are
#   those of each word scanned on its own;
# - "starts in words": every hit starts where one of a few literal words starts inside a word
#   ("end" of "year-end", "two" of "two thousand"), so the core is tried at those places only.
_IN_WORDS: dict[int, tuple[re.Pattern[str], str]] = {}
_STARTS_IN_WORDS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
_WORD = re.compile(r"\w+")


def in_words(core: re.Pattern[str], unless: str = "") -> re.Pattern[str]:
    """Mark `core` as one whose hits lie inside single words (see above) in a text without any
    of the characters `unless` (a text with one is scanned); returns it."""
    _IN_WORDS[id(core)] = (core, unless)
    return core


def is_in_words(core: re.Pattern[str]) -> bool:
    entry = _IN_WORDS.get(id(core))
    return entry is not None and entry[0] is core


def in_words_unless(core: re.Pattern[str]) -> str:
    """The characters that, in a text, make the hits of an `in_words` core be scanned for."""
    entry = _IN_WORDS.get(id(core))
    return entry[1] if entry is not None and entry[0] is core else ""


def starts_in_words(core: re.Pattern[str], words: Iterable[str]) -> re.Pattern[str]:
    """Mark `core` as one whose every hit starts with one of the literal `words` (letters and
    digits only), which lie inside single words (see above); returns it."""
    words = list(words)
    if not words or not all(_WORD.fullmatch(word) for word in words):
        raise ValueError(f"not literal words: {words!r}")
    # Every place one of the words starts, overlapping ones too (a look-ahead matches anywhere).
    starter = re.compile(f"(?=(?:{literal_alternation(words)}))")
    _STARTS_IN_WORDS[id(core)] = (core, starter)
    return core


def word_starter(core: re.Pattern[str]) -> re.Pattern[str] | None:
    """The starter of a `starts_in_words` core: matches (empty) where a hit may start."""
    entry = _STARTS_IN_WORDS.get(id(core))
    return entry[1] if entry is not None and entry[0] is core else None


# Lead keys. Most word starts before a core hit cannot start a match of a given rule: "in
# Kupiansk on 26 January" can start "day_month" only at "26". A rule declares the words its
# matches may start with (`leads`), and each word start gets a key that is cheap to compare:
# its first three ASCII letters, lower-cased (fewer when a non-letter follows), or its first
# character when that is an ASCII digit or sign. A start whose first characters are not ASCII
# gets "" ("cannot tell"), which every set of leads holds: a case-insensitive pattern may match
# non-ASCII letters with ASCII ones ("ſ" with "s", the Kelvin sign with "k").
UNKNOWN_LEAD = ""
_LEAD_KEY = r"([A-Za-z]{1,3}+)(?![^\x00-\x7f])|([0-9_'’$€£\[(-])"
_ANY_LEAD_KEY = r"[A-Za-z]{1,3}+(?![^\x00-\x7f])|[0-9_'’$€£\[(-]"  # the same, no groups
_LEAD = re.compile(_LEAD_KEY)
_WORD_START = r"(?<![\w'’.-])(?=[\w'’$€£\[(-])"  # a word, a number, a sign or a bracket before one
# Every word start with its key in the groups.
WORD_START_LEAD = re.compile(rf"{_WORD_START}(?:{_LEAD_KEY})?")


def word_start_finder(keys: frozenset[str] | None) -> re.Pattern[str]:
    """A pattern like `WORD_START_LEAD` that finds only the word starts whose key may be one of
    `keys` (and those whose key is unknown): fewer word starts to look at before a hit."""
    if keys is None:
        return WORD_START_LEAD
    forms = {
        "".join(variant)
        for key in keys - {UNKNOWN_LEAD}
        for variant in itertools.product(*({c.lower(), c.upper()} for c in key))
    }
    # (With no ASCII key, as for rules whose words are all Cyrillic, the key's groups stay in the
    # pattern, never matching: `_word_starts` reads them.)
    ahead = f"(?={literal_alternation(forms)})" if forms else "(?!)"
    known = f"{ahead}(?:{_LEAD_KEY})|"
    return re.compile(rf"{_WORD_START}(?:{known}(?!{_ANY_LEAD_KEY}))")


def lead_key(text: str, position: int) -> str:
    """The lead key of the word that starts at `position` (see above). It depends on the four
    characters there only (three letters and the one after them), so it is remembered by them."""
    return _LEAD_KEYS[text[position : position + 4]]


def _lead_key_of(head: str) -> str:
    match = _LEAD.match(head)
    if match is None:
        return UNKNOWN_LEAD
    letters = match[1]
    return letters.lower() if letters is not None else match[2]


_LEAD_KEYS: Remembered[str, str] = Remembered(_lead_key_of)


def leads(
    *words: str | Iterable[str], digits: bool = False, chars: str = ""
) -> frozenset[str] | None:
    """The lead keys of matches that start with one of `words` (as the pattern spells them, in
    any case; a word given as a list of words is each of them), with an ASCII digit (`digits`)
    or with one of `chars`. A word must be written up to the first character that cannot be a
    letter in a match ("a couple", "mid", "Q1", not "Q").

    A word with other than ASCII in its first characters ("début", "март") has no key: only
    where the text has other than ASCII too can it match, and such a word start has key "".
    Unless one of those characters matches an ASCII letter when the case is ignored ("ı" an
    "i"): then there are no leads (None: try every word start)."""
    keys = {UNKNOWN_LEAD, *chars}
    if digits:
        keys.update("0123456789")
    for item in words:
        for word in [item] if isinstance(item, str) else item:
            key = lead_key(word + " ", 0)
            if key == UNKNOWN_LEAD and any(c in ASCII_TWINS for c in word[:4]):
                return None
            keys.add(key)
    return frozenset(keys)


# The characters other than ASCII that a case-insensitive pattern matches with an ASCII letter
# (or the other way round): dotted and dotless i, long s, Kelvin sign.
ASCII_TWINS = frozenset("\u0130\u0131\u017f\u212a")


_Trie: TypeAlias = "dict[str, _Trie]"  # next character → the rest ("" → a form ends here)


def literal_alternation(forms: Iterable[str]) -> str:
    """A case-sensitive pattern for any of the literal `forms`, the longest first: what
    `"|".join(sorted(forms, key=len, reverse=True))` matches, written as a trie ("w(?:eek|inter)")
    so that the regex engine compares a few letters at each position instead of every form."""
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A form that ends here is tried after the longer ones through this node (greedy "?").
    return f"(?:{body})?" if "" in node else body


def resolved(
    text: str, span: DateSpan | None, why: str, relative: bool = False, reference: bool = True
) -> Resolved:
    """A `Resolved` whose explanation reads "text → interval: why"."""
    target = describe(span) if span is not None else "no date"
    # (From a tuple: the named tuple's `__new__` is a slow Python function.)
    return tuple.__new__(Resolved, (span, f"{text} → {target}: {why}", relative, reference))


# Words of an earnings report: in such a sentence "a year earlier" is the same quarter.
_FINANCIAL = re.compile(
    r"[$€£]|\b(?:cents?|million|billion|percent|revenue|revenues|profit|profits|earnings|sales|"
    r"net|loss|income|shares?|dividend|results|operating)\b|%"
)
# A sentence about another period than the quarter ("for the nine months", "for the year").
_OTHER_PERIOD = re.compile(
    r"\b(?:(?:three|six|nine|twelve|\d+)[\s-]+months?|(?:fiscal\s+)?year|half|year[\s-]to[\s-]date|"
    r"(?:first|second|latter)\s+half)\b(?![\s-]+(?:ago|earlier|before))",
    re.IGNORECASE,
)
REPORT_QUARTER_REACH = 2500  # how far back an earnings story's quarter is still its subject


def reference_quarter(ctx: Context, start: int, end: int) -> DateSpan | None:
    """The quarter the text is about at [start, end): one named in the paragraph, or, in a
    sentence with financial figures, one named in the few paragraphs before."""
    in_paragraph = ctx.latest_for(Precision.QUARTER, start)
    if in_paragraph is not None:
        return in_paragraph
    left, right = sentence_window(ctx.text, start, end)
    if not _FINANCIAL.search(ctx.text, left, right) or _OTHER_PERIOD.search(ctx.text, left, start):
        return None
    return ctx.latest_for(Precision.QUARTER, start, across=REPORT_QUARTER_REACH)


def unresolved_relative(text: str) -> Resolved:
    return Resolved(None, f"{text}: relative, and the publication date is unknown", True)


def tense(ctx: Context, start: int, end: int) -> str:
    """ "future", "past", "report" (only a reporting verb such as "said") or "" (no cue) for
    the clause of the expression at [start, end); see `dates_tense` (and, for English,
    `dates_english_tense`: a timetable's present is the future, a dateline is past)."""
    kind = clause_tense(ctx.text, start, end, ctx.lex)
    if ctx.lex.language == "en":
        return english_tense(ctx.text, start, end, kind, ctx.lex)
    return kind


def choose_occurrence(
    candidates: list[DateSpan], published: date, mode: str
) -> tuple[DateSpan, str]:
    """Pick among yearly occurrences of a date (a month, a season, "Aug. 6"). After a past-tense
    cue: the latest one that began on or before publication; after a future cue: the first one
    not yet over. Otherwise (no cue, or a weak past cue — "said", which may report any time, a
    past verb in another clause, a target date as in "postponed until Nov. 15"): the nearest to
    publication, where news leans to the past — a later occurrence counts three times its
    distance (four times after a weak past cue)."""
    ordered = sorted(candidates, key=lambda s: s.start)
    if mode == "future":
        ahead = [s for s in ordered if s.end >= published]
        if ahead:
            return ahead[0], "next on or after publication, future tense"
    if mode == "past":
        begun = [s for s in ordered if s.start <= published]
        if begun:
            best = begun[-1]
            if best.end >= published:
                return best, "the one around publication, past tense"
            return best, "latest on or before publication, past tense"
    weight = 4 if mode == "report" else 3

    def cost(span: DateSpan) -> int:
        distance = _distance(span, published)
        return distance * weight if span.start > published else distance

    best = min(ordered, key=cost)
    if best.start <= published <= best.end:
        return best, "the one around publication"
    side = "before" if best.end < published else "after"
    cue = "weak past cue only" if mode == "report" else "no tense cue"
    return best, f"nearest {side} publication (news leans to the past; {cue})"


def _distance(span: DateSpan, published: date) -> int:
    if span.start <= published <= span.end:
        return 0
    if published < span.start:
        return (span.start - published).days
    return (published - span.end).days
