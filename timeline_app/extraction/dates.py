"""Time expressions: find candidates in a text and resolve them against the publication date.

Each language has a list of compiled rules (English: `dates_english*`; others: `dates_generic`,
built from dateparser's language data; numeric dates for all). The rules that share a core (a
month name, a unit word, four digits) are tried together at each hit of it, each only where a
word it may start with starts (`Rule.leads`) and at a hit in a word it may hold
(`Rule.core_words`); the candidates are taken left to right, longest first, and each is
resolved, or dropped when it is a trap. A second pass joins ranges ("from 3 to 5 March" is one rule; "between June and August",
"Monday to Wednesday" are joined here). Pure, deterministic, no I/O.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple, TypeVar

from timeline_app.domain.model import TimeExpression
from timeline_app.extraction.dates_filed import Candidate as _Candidate
from timeline_app.extraction.dates_filed import dateline_candidate as _dateline
from timeline_app.extraction.dates_filed import filed_on, told_from_dateline
from timeline_app.extraction.dates_lexicon import lexicon
from timeline_app.extraction.dates_ranges import join_ranges as _join_ranges
from timeline_app.extraction.dates_rules import (
    UNKNOWN_LEAD,
    Context,
    Resolved,
    Rule,
    in_words_unless,
    is_in_words,
    lead_key,
    word_start_finder,
    word_starter,
)
from timeline_app.extraction.phrases import Remembered, Tokens

_RULES: dict[str, tuple[Rule, ...]] = {}
_LOCK = threading.Lock()
_WARM_TEXT = (
    "On Tuesday, 18 November 2025, officials said that earlier this week and last year, "
    "in the spring of 2024, on 11/18/2025 and 2025-11-18, two days ago, prices rose 5%."
)


def find_time_expressions(
    text: str,
    published: date | None,
    language: str = "en",
    day_first: bool | None = None,
    tokens: Tokens | None = None,
) -> list[TimeExpression]:
    """Every time expression in `text`, in text order, resolved against `published`.

    Relative expressions in an article without a publication date come back with span=None.
    Durations ("for three days") are not time expressions. `tokens` (`phrases.tokenize(text)`,
    which event extraction needs too) lets most rule cores be found word by word.
    """
    code = _language_code(language)
    rules = rules_for(code)
    candidates = _candidates(text, rules, tokens)
    ctx = Context(text=text, published=published, day_first=day_first, lex=lexicon(code))
    # A wire story's "yesterday", "overnight", "on Sunday" are told from the day it was filed
    # ("KYIV, Nov 17 (Reuters) -"), which a later publication date of the page is not.
    first = _dateline(text, candidates, ctx)
    filed, dateline_at = None, -1
    if first is not None:
        dateline_at = candidates[first[0]][0]
        filed = filed_on(text, _expression(text, candidates[first[0]], first[1]), published)
        if filed is not None:
            ctx = Context(text=text, published=filed, day_first=day_first, lex=lexicon(code))
        if filed is not None or first[0] > 0:
            first = None  # (resolved again in the pass, after what comes before it)
    found = _resolved(text, candidates, ctx, first)
    if filed is not None:
        found = [e if e.start == dateline_at else _told_from_dateline(e) for e in found]
    return _join_ranges(found, text, code)


def _told_from_dateline(expression: TimeExpression) -> TimeExpression:
    explanation = told_from_dateline(expression.explanation)
    return dataclasses.replace(expression, explanation=explanation)


def _resolved(
    text: str,
    candidates: list[_Candidate],
    ctx: Context,
    first: tuple[int, Resolved] | None = None,
) -> list[TimeExpression]:
    """The candidates resolved in `ctx`, left to right (`first`: a candidate already resolved,
    by its index, and what it resolved to)."""
    found: list[TimeExpression] = []
    last_end = 0
    for index, candidate in enumerate(candidates):
        start, end, rule, match = candidate
        if start < last_end:
            continue
        outcome = first[1] if first is not None and index == first[0] else rule.resolve(match, ctx)
        if outcome is None:
            continue
        found.append(_expression(text, candidate, outcome))
        last_end = end
        if outcome.span is not None:
            ctx.remember(outcome.span, end, outcome.reference)
    return found


def _expression(text: str, candidate: _Candidate, outcome: Resolved) -> TimeExpression:
    start, end = candidate[0], candidate[1]
    return TimeExpression(
        text[start:end], start, end, outcome.span, outcome.explanation, outcome.relative
    )


def warm_up(languages: tuple[str, ...] | list[str] = ("en",)) -> None:
    """Compile the patterns of `languages` now (the app calls this in a background thread)."""
    for language in languages:
        find_time_expressions(_WARM_TEXT, date(2025, 11, 19), language)


def rules_for(language: str) -> tuple[Rule, ...]:
    """The compiled rules of one language, built once per process."""
    code = _language_code(language)
    rules = _RULES.get(code)
    if rules is None:
        with _LOCK:
            rules = _RULES.get(code)
            if rules is None:
                rules = _build_rules(code)
                _RULES[code] = rules
    return rules


def _build_rules(code: str) -> tuple[Rule, ...]:
    from timeline_app.extraction.dates_numeric import numeric_rules

    if code == "en":
        from timeline_app.extraction.dates_english import english_explicit_rules
        from timeline_app.extraction.dates_english_relative import english_relative_rules

        return (*english_explicit_rules(), *english_relative_rules(), *numeric_rules())
    from timeline_app.extraction.dates_generic import generic_rules

    return (*generic_rules(lexicon(code)), *numeric_rules())


@lru_cache(maxsize=256)
def _language_code(language: str) -> str:
    code = re.split(r"[-_]", (language or "en").strip().lower())[0]
    return code if lexicon(code).language == code else "en"


def _candidates(
    text: str, rules: tuple[Rule, ...], tokens: Tokens | None = None
) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """All matches of all rules, leftmost first, then longest, then by rule priority."""
    found: list[tuple[int, int, int, int, Rule, re.Match[str]]] = []
    hits: dict[int, list[tuple[int, int]]] = {}  # core scans shared by the rules that share a core
    if tokens is not None:
        hits.update(_word_cores(rules).hits(text, tokens))
    plan = _plan(rules)
    for index, rule in plan.scanned:
        for match in rule.pattern.finditer(text):
            _add(found, index, rule, match)
    for group in plan.groups:
        core_hits = hits.get(id(group.core))
        if core_hits is None:
            core_hits = [m.span() for m in group.core.finditer(text)]
        if core_hits:
            _group_matches(text, group, core_hits, tokens, found)
    found.sort(key=_ORDER_KEY)
    return [(start, -neg_end, rule, match) for start, neg_end, _, _, rule, match in found]


_ORDER_KEY = itemgetter(0, 1, 2, 3)  # start, -end, -priority, rule index


def _add(
    found: list[tuple[int, int, int, int, Rule, re.Match[str]]],
    index: int,
    rule: Rule,
    match: re.Match[str],
) -> None:
    start, end = _expression_bounds(rule, match)
    if end > start:
        found.append((start, -end, -rule.priority, index, rule, match))


class _WordCores:
    """The cores of a language's rules that are found from the words of a text (`in_words`,
    `starts_in_words` in `dates_rules`): the hits of an "in words" core are its hits in each word
    at the word's offset; a "starts in words" core is tried in the text where its starter words
    start. Words repeat from text to text, so what each word holds is remembered."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        cores: list[re.Pattern[str]] = []
        finders: list[re.Pattern[str]] = []  # per core: the core, or its starter
        for rule in rules:
            core = rule.core
            if core is None or any(c is core for c in cores):
                continue
            starter = word_starter(core)
            if is_in_words(core) or starter is not None:
                cores.append(core)
                finders.append(starter or core)
        self.cores = tuple(cores)
        # Per core: the characters that make a text be scanned for its hits (see `in_words`).
        self._unless = tuple(in_words_unless(core) for core in cores)
        self._starters = tuple(f is not c for c, f in zip(cores, finders, strict=True))
        self._finders = tuple(finders)
        # Anything in a word at all? (most words hold nothing; patterns with flags of their own
        # cannot be joined, then every word is searched with each.)
        plain = all(f.flags == re.UNICODE for f in finders)
        self._any = re.compile("|".join(f"(?:{f.pattern})" for f in finders)) if plain else None
        self._in_word = Remembered(self._find_in_word, 32768).__getitem__

    def hits(self, text: str, tokens: Tokens) -> dict[int, list[tuple[int, int]]]:
        """Core id → its hits in `text` (of which `tokens` are the words), as a scan of the
        whole text finds them."""
        if not self.cores:
            return {}
        found: list[list[tuple[int, int]]] = [[] for _ in self.cores]
        in_words = list(map(self._in_word, tokens.exact))  # most are empty: skipped below
        starts = tokens.starts
        for index in compress(range(len(in_words)), in_words):
            start = starts[index]
            for slot, hit_start, hit_end in in_words[index]:
                found[slot].append((start + hit_start, start + hit_end))
        for slot, core in enumerate(self.cores):
            if self._starters[slot]:
                found[slot] = _tried_at(core, text, found[slot])
            elif self._unless[slot] and any(char in text for char in self._unless[slot]):
                found[slot] = [m.span() for m in core.finditer(text)]
        return {id(core): spans for core, spans in zip(self.cores, found, strict=True)}

    def _find_in_word(self, word: str) -> tuple[tuple[int, int, int], ...]:
        """(core slot, start, end) of the core hits in `word`, and of the places a starter
        word starts (where the core is then tried in the text)."""
        if self._any is not None and self._any.search(word) is None:
            return ()
        return tuple(
            (slot, m.start(), m.end())
            for slot, finder in enumerate(self._finders)
            for m in finder.finditer(word)
        )


def _tried_at(
    core: re.Pattern[str], text: str, places: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The hits `core.finditer(text)` finds, when every hit starts at one of `places` (in order):
    the core is tried there, a hit's end is where the next may start."""
    hits: list[tuple[int, int]] = []
    covered = 0
    for position, _ in places:
        if position < covered:
            continue
        match = core.match(text, position)
        if match is not None:
            hits.append(match.span())
            covered = match.end()
    return hits


_WORD_CORES: dict[int, tuple[tuple[Rule, ...], _WordCores]] = {}
_T = TypeVar("_T")


def _for_rules(
    made: dict[int, tuple[tuple[Rule, ...], _T]],
    rules: tuple[Rule, ...],
    make: Callable[[tuple[Rule, ...]], _T],
) -> _T:
    """What `make` gives for a language's rules, made once per rules tuple (known by its
    identity, and checked to be that same tuple)."""
    entry = made.get(id(rules))
    if entry is None or entry[0] is not rules:
        entry = made[id(rules)] = (rules, make(rules))
    return entry[1]


def _word_cores(rules: tuple[Rule, ...]) -> _WordCores:
    return _for_rules(_WORD_CORES, rules, _WordCores)


class _Member(NamedTuple):
    """A rule of a group, with what the loop over the hits reads of it."""

    slot: int  # its place in the group
    rule_index: int  # its index among the rules
    rule: Rule
    match_at: Callable[[str, int], re.Match[str] | None]
    leads: frozenset[str] | None
    prefix_chars: int
    neg_priority: int
    plain_bounds: bool  # the match is the expression (no group "x", see `_expression_bounds`)


@dataclass(frozen=True)
class _Group:
    """The rules that share a core: each hit of the core is tried by every rule of the group
    (or, when `by_word` is set, by those whose `core_words` hold the word the hit lies in), with
    the word starts before the hit found once for all of them."""

    core: re.Pattern[str]
    members: tuple[_Member, ...]
    reach: int  # the largest `prefix_chars` of the group
    starts: re.Pattern[str]  # finds the word starts where a rule of the group may start
    by_word: dict[str, tuple[_Member, ...]] | None
    other_words: tuple[_Member, ...]  # the members for a word no `core_words` holds


@dataclass(frozen=True)
class _Plan:
    scanned: tuple[tuple[int, Rule], ...]  # rules without a core: their pattern scans the text
    groups: tuple[_Group, ...]


_PLANS: dict[int, tuple[tuple[Rule, ...], _Plan]] = {}


def _plan(rules: tuple[Rule, ...]) -> _Plan:
    return _for_rules(_PLANS, rules, _make_plan)


def _make_plan(rules: tuple[Rule, ...]) -> _Plan:
    scanned: list[tuple[int, Rule]] = []
    by_core: dict[int, list[tuple[int, Rule]]] = {}
    for index, rule in enumerate(rules):
        if rule.core is None:
            scanned.append((index, rule))
        else:
            by_core.setdefault(id(rule.core), []).append((index, rule))
    return _Plan(tuple(scanned), tuple(_make_group(indexed) for indexed in by_core.values()))


def _make_group(indexed: list[tuple[int, Rule]]) -> _Group:
    members = tuple(
        _Member(
            slot,
            index,
            rule,
            rule.pattern.match,
            rule.leads,
            rule.prefix_chars,
            -rule.priority,
            "x" not in rule.pattern.groupindex,
        )
        for slot, (index, rule) in enumerate(indexed)
    )
    by_word: dict[str, tuple[_Member, ...]] | None = None
    other = tuple(m for m in members if m.rule.core_words is None)
    if len(other) < len(members):
        words = {word for m in members for word in m.rule.core_words or ()}
        by_word = {
            word: tuple(m for m in members if word in (m.rule.core_words or (word,)))
            for word in words
        }
    keys: frozenset[str] | None = frozenset()
    for member in members:
        keys = None if keys is None or member.leads is None else keys | member.leads
    core = indexed[0][1].core
    assert core is not None
    reach = max(m.prefix_chars for m in members)
    return _Group(core, members, reach, word_start_finder(keys), by_word, other)


def _group_matches(
    text: str,
    group: _Group,
    core_hits: list[tuple[int, int]],
    tokens: Tokens | None,
    found: list[tuple[int, int, int, int, Rule, re.Match[str]]],
) -> None:
    """The matches of a group's rules: at each hit of the core, each rule's pattern tried at the
    word starts up to its `prefix_chars` before the hit, farthest first, then at the hit; the
    first match covering the hit wins. A rule with `leads` is tried only where a word it may
    start with starts."""
    covered = [-1] * len(group.members)  # where each rule's last match ended
    by_word = group.by_word if tokens is not None else None
    for position, hit_end in core_hits:
        members = group.members
        if by_word is not None:
            assert tokens is not None
            word = _word_of_hit(tokens, position, hit_end)
            if word is not None:
                members = by_word.get(word, group.other_words)
        window: list[tuple[int, str]] | None = None
        hit_key: str | None = None
        for slot, index, rule, match_at, leads, prefix, neg_priority, plain in members:
            if hit_end <= covered[slot]:
                continue
            if window is None:
                window = _word_starts(text, position, group.reach, group.starts)
            low = position - prefix
            match = None
            for start, key in window:
                if start < low or leads is not None and key not in leads:
                    continue
                match = match_at(text, start)
                if match is not None:
                    if match.end() >= hit_end:
                        break
                    match = None
            if match is None:
                if leads is not None:
                    if hit_key is None:
                        hit_key = lead_key(text, position)
                    if hit_key not in leads:
                        continue
                match = match_at(text, position)
                if match is None or match.end() < hit_end:
                    continue
            covered[slot] = end = match.end()
            if not plain:
                _add(found, index, rule, match)
            elif end > (start := match.start()):
                found.append((start, -end, neg_priority, index, rule, match))


def _word_starts(
    text: str, position: int, reach: int, finder: re.Pattern[str]
) -> list[tuple[int, str]]:
    """The word starts `finder` finds in the `reach` characters before `position`, in order,
    with their lead keys (see `dates_rules.leads`)."""
    found = []
    # The key of a word that starts just before `position` reads up to 4 characters.
    for m in finder.finditer(text, max(0, position - reach), position + 3):
        start = m.start()
        if start >= position:
            break
        letters = m[1]
        found.append((start, letters.lower() if letters is not None else m[2] or UNKNOWN_LEAD))
    return found


def _word_of_hit(tokens: Tokens, position: int, hit_end: int) -> str | None:
    """The word (lower-case ASCII letters) that the hit lies in, or None when it lies in a word
    with other characters ("mid-year", "week's", "2024", "yeſterday")."""
    i = bisect.bisect_right(tokens.starts, position) - 1
    if i < 0 or tokens.ends[i] < hit_end:
        return None
    word = tokens.lower[i]
    return word if word.isascii() and word.isalpha() else None


def _expression_bounds(rule: Rule, match: re.Match[str]) -> tuple[int, int]:
    """The expression's own extent: group "x" when the rule matched a preposition or a
    modifier word before it that is context, not part of the expression."""
    if "x" in rule.pattern.groupindex and match["x"] is not None:
        if "fz" in rule.pattern.groupindex and match["fz"]:
            return match.span()
        return match.span("x")
    return match.span()
