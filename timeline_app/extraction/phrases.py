"""Words and phrases: the tokenizer extraction shares, and phrase tables matched over its tokens.

`tokenize` cuts a text into words once (with offsets, lowered and bare forms); a `PhraseTable`
finds multi-word phrases, stems ("attack*") and possessives over those words without a regex per
phrase. The word lists themselves are `lexicon.py`'s.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, compress
from typing import NamedTuple, TypeVar

_TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*\.?")
_NO_WORDS: frozenset[str] = frozenset()  # the second words of a word that starts no phrase
_NO_VALUE = object()  # a word that is no one-word phrase (phrase values may be anything)
_MAX_LOOKUPS = 50_000  # surfaces remembered per phrase table (see `PhraseTable.lookup`)
# _TOKEN's word without its period, as the one group of a pattern for `re.split`. Possessive
# quantifiers (nothing after a run of word characters could make it give one back) spare the
# regex engine its backtracking bookkeeping; the word's first character written on its own (`\w`
# then `\w*+`, which is `\w++`) lets the engine skip from word to word instead of trying the
# whole pattern at every character between words.
_WORD_PIECES = re.compile(r"(\w\w*+(?:[.'’-]\w++)*+)")
# The rest of a word with a period inside ("U.S", "1.5") from that period on, and the period
# after it: a literal first character, so the regex engine skips from period to period. (Every
# "." between word characters is inside a word, and from there this parses what _TOKEN parses.)
_DOTTED_BEFORE_PERIOD = re.compile(r"\.(?<=\w\.)\w++(?:[.'’-]\w++)*+\.")


_K = TypeVar("_K")
_V = TypeVar("_V")


class Remembered(dict[_K, _V]):
    """`make(key)` for each key, made once and remembered (forgotten all at once when full): for
    what depends on a word alone, looked up for every word of every text (`map(memo.__getitem__,
    words)`). A known key is a dict look-up in C, without the bookkeeping of an `lru_cache`."""

    def __init__(self, make: Callable[[_K], _V], max_entries: int = 50_000) -> None:
        super().__init__()
        self._make, self._max_entries = make, max_entries

    def __missing__(self, key: _K) -> _V:
        if len(self) >= self._max_entries:
            self.clear()
        value = self[key] = self._make(key)
        return value


def _lowered(word: str) -> str:
    return word.lower().replace("’", "'")


# A word's lower-case form (curly apostrophe straightened), remembered: news repeats its words,
# and a remembered string also keeps its hash, which every later set or dict look-up of the
# word (phrase tables, cue words) would otherwise compute again.
_LOWER: Remembered[str, str] = Remembered(_lowered)


class PhraseMatch(NamedTuple):
    """A phrase found in a text. (A named tuple: made for every trigger word of every text, it
    costs half what a frozen dataclass costs to build.)"""

    start: int
    end: int
    text: str
    value: object


# `PhraseMatch(start, end, text, value)` from a tuple of the four, without the named tuple's
# `__new__`, a Python function: a match is made for nearly every trigger word of every text.
_new_match = partial(tuple.__new__, PhraseMatch)


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words of a text, cut once and shared by every phrase table: offsets, the exact form
    (trailing period dropped), its lower-case form, and both without a possessive "'s"."""

    starts: list[int]
    ends: list[int]
    exact: list[str]
    lower: list[str]
    exact_bare: list[str]
    lower_bare: list[str]
    possessive: list[int]  # the indexes where a bare form differs: words with an apostrophe
    # Per phrase table: the indexes of the words that may start one of its phrases (see
    # `PhraseTable.finditer`), found once per text rather than once per sentence.
    _starts_by_table: dict[int, tuple[PhraseTable, list[int]]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes [i, j) of the tokens that start inside text[start:end]."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def phrase_starts(self, table: PhraseTable) -> list[int]:
        """The indexes of the words where a phrase of `table` (a table without stems) may start, in
        order: the exact or bare form is the first word of a phrase, and the next word can be its
        second word. Computed once per table (or by `index_phrases`); `PhraseTable.finditer` tries
        only these."""
        cached = self._starts_by_table.get(id(table))
        if cached is not None and cached[0] is table:
            return cached[1]
        words = self.exact if table.case_sensitive else self.lower
        found = list(compress(range(len(words)), map(table.by_first.__contains__, words)))
        return self._keep_starts(table, found)

    def index_phrases(self, tables: Sequence[PhraseTable]) -> None:
        """`phrase_starts` of several tables at once, before they are used: one set look-up per
        word finds the words that start a phrase of any of the tables that compare words the
        same way (exact or lower-case), and only those few are looked up in each table.
        (Tables with stems try every word: skipped.)"""
        cache = self._starts_by_table
        tables = [t for t in tables if not t.stems and cache.get(id(t), (None, []))[0] is not t]
        for case_sensitive in (True, False):
            group = [t for t in tables if t.case_sensitive == case_sensitive]
            if len(group) < 2:
                continue  # `phrase_starts` makes a lone table's when it is asked
            words = self.exact if case_sensitive else self.lower
            firsts = _first_words(group)
            hits = list(compress(range(len(words)), map(firsts.__contains__, words)))
            for table in group:
                held = map(table.by_first.__contains__, map(words.__getitem__, hits))
                self._keep_starts(table, list(compress(hits, held)))

    def _keep_starts(self, table: PhraseTable, found: list[int]) -> list[int]:
        """`phrase_starts` from `found`, the indexes of the words that are first words of a
        phrase of `table`; remembered for the table."""
        by_first = table.by_first
        words = self.exact if table.case_sensitive else self.lower
        # The bare form differs from the word only where a possessive was cut off.
        bare = self.exact_bare if table.case_sensitive else self.lower_bare
        extra = [i for i in self.possessive if bare[i] in by_first and words[i] not in by_first]
        if extra:
            found = sorted(found + extra)
        # Most first words also make a phrase alone (their second words are None): no more test.
        # Else the next word must be a second word: away from possessives (where the bare forms
        # are the words), that is one set look-up; next to one, `may_start` tries both forms.
        seconds = table.second_words
        last = len(words) - 1  # (the last word has no second word)
        near = {j for p in self.possessive for j in (p - 1, p)}
        found = [
            i
            for i in found
            if (after := seconds.get(words[i], _NO_WORDS)) is None
            or (
                table.may_start(words, bare, i) if i in near else i < last and words[i + 1] in after
            )
        ]
        self._starts_by_table[id(table)] = (table, found)
        return found


# Tables (by identity, kept alive here) → the first words of their phrases.
_FIRST_WORDS: dict[tuple[int, ...], tuple[tuple[PhraseTable, ...], frozenset[str]]] = {}


def _first_words(tables: Sequence[PhraseTable]) -> frozenset[str]:
    """Every word that starts a phrase of one of `tables`, made once per set of tables."""
    key = tuple(map(id, tables))
    cached = _FIRST_WORDS.get(key)
    if cached is None or not all(map(operator.is_, cached[0], tables)):
        firsts = frozenset(word for table in tables for word in table.by_first)
        cached = _FIRST_WORDS[key] = (tuple(tables), firsts)
    return cached[1]


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    # Offsets clamped as `re` clamps `pos` and `endpos`.
    start = min(max(start, 0), len(text))
    end = len(text) if end is None else max(min(end, len(text)), start)
    segment = text[start:end] if start or end != len(text) else text
    # One split cuts the text into [gap, word, gap, word, ..., gap]: the offsets are running sums
    # of the piece lengths, with no Python-level work per word (a `finditer` loop costs several
    # times as much on a long text).
    pieces = _WORD_PIECES.split(segment)
    offsets = list(accumulate(map(len, pieces), initial=start))
    starts = offsets[1:-1:2]
    ends = offsets[2::2]  # the end of each word without its period
    exact = pieces[1::2]  # the word never ends with a period
    # A trailing period belongs to the word only for abbreviations such as "U.S.": words with
    # a period inside, right before another (rare; found by a scan for periods).
    for dotted in _DOTTED_BEFORE_PERIOD.finditer(segment):
        ends[bisect.bisect_left(ends, start + dotted.end() - 1)] += 1
    # Words with an apostrophe are rare: when the text has none, there are no possessives.
    curly, straight = "’" in segment, "'" in segment
    lower = list(map(_LOWER.__getitem__, exact))
    possessive = [i for i, w in enumerate(lower) if "'" in w] if curly or straight else []
    exact_bare, lower_bare = exact.copy(), lower.copy()
    for i in possessive:
        exact_bare[i] = _without_possessive(exact[i])
        lower_bare[i] = _without_possessive(lower[i])
    return Tokens(starts, ends, exact, lower, exact_bare, lower_bare, possessive)


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """Surface forms compiled for token-based lookup: the text is cut into words once and each word
    position is looked up in a dict of phrases by first word (longest phrase first). A form ending
    in "*" matches any word with that stem (for inflected languages)."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], object], ...]]
    stems: tuple[tuple[str, tuple[tuple[str, ...], object]], ...]
    case_sensitive: bool
    # First word → the second words of its phrases, or None when a phrase of it is one word
    # long or has a stem second word (see `may_start`).
    second_words: dict[str, frozenset[str] | None] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    # First word → the value of its phrase, for the words that start no longer phrase: what
    # `_match_at` finds there without trying phrases (most trigger words).
    single_words: dict[str, object] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _lookups: dict[str, object | None] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for first, entries in self.by_first.items():
            plain = all(len(key) > 1 and not key[1].endswith("*") for key, _ in entries)
            self.second_words[first] = frozenset(key[1] for key, _ in entries) if plain else None
            longest, value = entries[0]  # (longest first)
            if len(longest) == 1:
                self.single_words[first] = value

    def may_start(self, words: list[str], bare: list[str], i: int) -> bool:
        """Whether a phrase starting with a plain first word may start at word i: most common
        first words ("the", "in") start only longer phrases, whose second word must follow."""
        seconds = self.second_words
        has_next = i + 1 < len(words)
        for candidate in (words[i], bare[i]):
            if candidate not in seconds:
                continue
            following = seconds[candidate]
            if following is None:
                return True
            if has_next and (words[i + 1] in following or bare[i + 1] in following):
                return True
        return False

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, tokens: Tokens | None = None
    ) -> list[PhraseMatch]:
        """Non-overlapping matches in text[start:end], leftmost-longest, in text order."""
        end = len(text) if end is None else end
        if tokens is None:
            tokens = tokenize(text, start, end)
        first, last = tokens.range(start, end)
        # Without stems only the words that start a phrase can match; with stems any word may.
        positions: Iterable[int] = range(first, last)
        if not self.stems:
            starts = tokens.phrase_starts(self)
            positions = starts[bisect.bisect_left(starts, first) : bisect.bisect_left(starts, last)]
        return self._matches(text, tokens, positions, last)

    def find_in_spans(
        self, text: str, spans: Sequence[tuple[int, int]], tokens: Tokens
    ) -> list[list[PhraseMatch]]:
        """`[self.finditer(text, start, end, tokens) for start, end in spans]` for spans in text
        order that do not overlap (the sentences of a text), in one pass over the words that may
        start a phrase rather than one search per span."""
        if self.stems:
            return [self.finditer(text, start, end, tokens) for start, end in spans]
        found: list[list[PhraseMatch]] = [[] for _ in spans]
        words = tokens.exact if self.case_sensitive else tokens.lower
        bare = tokens.exact_bare if self.case_sensitive else tokens.lower_bare
        starts, ends = tokens.starts, tokens.ends
        single = self.single_words
        count = len(spans)
        index = -1  # the last span starting at or before the word (words come in text order)
        last = 0  # the end (a word index) of span `index`: no phrase runs past it
        taken = 0  # matches do not overlap: the next one starts at or after this word
        # (A match ends before the first word of the next span, so `taken` never holds back a
        # word of a later span: one pass does what `_matches` does span by span.)
        for at in tokens.phrase_starts(self):
            if at < taken:
                continue
            offset = starts[at]
            if index + 1 < count and spans[index + 1][0] <= offset:
                while index + 1 < count and spans[index + 1][0] <= offset:
                    index += 1
                last = bisect.bisect_left(starts, spans[index][1])
            if index < 0 or offset >= spans[index][1]:
                continue  # between sentences
            value = single.get(words[at], _NO_VALUE)
            if value is not _NO_VALUE:  # a word that starts no longer phrase: it is the match
                s_, e_ = offset, ends[at]
                found[index].append(_new_match((s_, e_, text[s_:e_], value)))
                taken = at + 1
                continue
            hit = self._match_at(words, bare, at, last)
            if hit is None:
                continue
            length, value = hit
            s_, e_ = offset, ends[at + length - 1]
            found[index].append(_new_match((s_, e_, text[s_:e_], value)))
            taken = at + length
        return found

    def _matches(
        self, text: str, tokens: Tokens, positions: Iterable[int], last: int
    ) -> list[PhraseMatch]:
        """Leftmost-longest matches starting at `positions` (in order), ending before word `last`."""
        words = tokens.exact if self.case_sensitive else tokens.lower
        bare = tokens.exact_bare if self.case_sensitive else tokens.lower_bare
        found: list[PhraseMatch] = []
        i = 0  # matches do not overlap: the next one starts at or after i
        for at in positions:
            if at < i:
                continue
            hit = self._match_at(words, bare, at, last)
            if hit is None:
                continue
            length, value = hit
            s_, e_ = tokens.starts[at], tokens.ends[at + length - 1]
            found.append(_new_match((s_, e_, text[s_:e_], value)))
            i = at + length
        return found

    def _norm(self, word: str) -> str:
        word = word.rstrip(".") or word
        return word if self.case_sensitive else word.lower().replace("’", "'")

    def _match_at(
        self, words: list[str], bare: list[str], i: int, last: int
    ) -> tuple[int, object] | None:
        for candidate in (words[i], bare[i]):
            for key, value in self.by_first.get(candidate, ()):
                length = len(key)
                # The first word is the dict key itself: only the others need checking.
                if length == 1 or (i + length <= last and _rest_match(key, words, bare, i)):
                    return length, value
        for stem, (key, value) in self.stems:
            if words[i].startswith(stem) and _keys_match(key, words, bare, i, last):
                return len(key), value
        return None

    def lookup(self, surface: str) -> object | None:
        """The value of the phrase `surface` is (whole), or None; remembered per surface, since
        the same names are looked up in text after text."""
        try:
            return self._lookups[surface]
        except KeyError:
            pass
        value = self._lookup(surface)
        if len(self._lookups) < _MAX_LOOKUPS:
            self._lookups[surface] = value
        return value

    def _lookup(self, surface: str) -> object | None:
        words = tuple(self._norm(m.group()) for m in _TOKEN.finditer(surface))
        if not words:
            return None
        for key, value in self.by_first.get(words[0], ()):
            if len(key) == len(words) and _key_equal(key, words):
                return value
        for stem, (key, value) in self.stems:
            if words[0].startswith(stem) and len(key) == len(words) and _key_equal(key, words):
                return value
        return None


def _without_possessive(word: str) -> str:
    """The word without its possessive ("Russia's") or, in French and Italian, without the
    article or preposition elided onto it ("l'Ukraine", "d'Allemagne"): the name either way."""
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    if len(word) > 3 and word[1] in "'’" and word[0] in "lLdD":
        return word[2:]
    return word


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return pattern == word


def _key_equal(key: tuple[str, ...], words: tuple[str, ...]) -> bool:
    return all(_word_matches(p, w) for p, w in zip(key, words, strict=True))


def _rest_match(key: tuple[str, ...], words: list[str], bare: list[str], i: int) -> bool:
    """`_keys_match` for a phrase whose first word is known to match and that fits before the
    end: a plain loop, since this runs for every word that starts some phrase."""
    for k in range(1, len(key)):
        pattern = key[k]
        if pattern == words[i + k]:
            continue
        if pattern.endswith("*"):
            stem = pattern[:-1]
            if not (words[i + k].startswith(stem) or bare[i + k].startswith(stem)):
                return False
        elif pattern != bare[i + k]:
            return False
    return True


def _keys_match(key: tuple[str, ...], words: list[str], bare: list[str], i: int, last: int) -> bool:
    """Whether the phrase `key` starts at word i; any word may carry a possessive "'s"."""
    if i + len(key) > last:
        return False
    return all(
        _word_matches(pattern, words[i + k]) or _word_matches(pattern, bare[i + k])
        for k, pattern in enumerate(key)
    )


def compile_phrases(pairs: list[tuple[str, object]], case_sensitive: bool = False) -> PhraseTable:
    """A token-based phrase table over the forms; the first form given for a phrase wins."""
    by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
    stems: list[tuple[str, tuple[tuple[str, ...], object]]] = []
    seen: set[tuple[str, ...]] = set()
    for form, value in pairs:
        words = [w.rstrip(".") or w for w in _TOKEN.findall(form.replace("*", "STAR_"))]
        words = [w.replace("STAR_", "*") for w in words]
        if form.strip().endswith("*") and words:
            words[-1] = words[-1] if words[-1].endswith("*") else words[-1] + "*"
        key = tuple(w if case_sensitive else w.lower().replace("’", "'") for w in words)
        if not key or key in seen:
            continue
        seen.add(key)
        if key[0].endswith("*"):
            stems.append((key[0][:-1], (key, value)))
        else:
            by_first.setdefault(key[0], []).append((key, value))
    frozen = {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in by_first.items()}
    stems.sort(key=lambda item: (-len(item[1][0]), -len(item[0])))
    return PhraseTable(frozen, tuple(stems), case_sensitive)
