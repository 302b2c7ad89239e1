"""The bundled word lists behind event extraction: triggers, weapon words, status cues, event types.

Each file under data/ is read once and cached; a language without its own file falls back to
English. Reading bundled data is the only I/O extraction does.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from pathlib import Path

from timeline_app.domain.model import EventType
from timeline_app.paths import data_dir

LANGUAGES = ("en", "de", "fr", "es", "uk", "ru")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One row of a trigger lexicon: what a matched word says about the event."""

    type: EventType | None  # None: a reporting verb or a phrase that is no event
    plover: str
    group: str
    weight: float
    needs: (
        str  # "" | "means" (fires only with a weapon word) | "upgrade" (weapon makes it a strike)
    )
    reporting: bool = False
    report_noun: bool = False


@dataclass(frozen=True, slots=True)
class MeansEntry:
    type: EventType
    label: str


@dataclass(frozen=True, slots=True)
class EventTypeInfo:
    """A row of data/event_types.csv: lane, PLOVER and ACLED categories of one event type."""

    type: EventType
    family: str
    plover: str
    acled_event_type: str
    acled_sub_event_type: str
    label: str


_TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*\.?")
_MAX_LOOKUPS = 50_000  # surfaces remembered per phrase table (see `PhraseTable.lookup`)
_TOKEN_PARTS = re.compile(r"(\w+(?:[.'’-]\w+)*)(\.?)")  # _TOKEN: the word and its period


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    text: str
    value: object


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
        second word. Computed once per table; `PhraseTable.finditer` tries only these."""
        cached = self._starts_by_table.get(id(table))
        if cached is not None and cached[0] is table:
            return cached[1]
        by_first = table.by_first
        words = self.exact if table.case_sensitive else self.lower
        found = list(compress(range(len(words)), map(by_first.__contains__, words)))
        # The bare form differs from the word only where a possessive was cut off.
        bare = self.exact_bare if table.case_sensitive else self.lower_bare
        extra = [i for i in self.possessive if bare[i] in by_first and words[i] not in by_first]
        if extra:
            found = sorted(found + extra)
        # Most first words also make a phrase alone (their second words are None): no more test.
        seconds = table.second_words
        found = [
            i
            for i in found
            if seconds.get(words[i], False) is None or table.may_start(words, bare, i)
        ]
        self._starts_by_table[id(table)] = (table, found)
        return found


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    end = len(text) if end is None else end
    starts: list[int] = []
    ends: list[int] = []
    exact: list[str] = []
    for match in _TOKEN_PARTS.finditer(text, start, end):
        word_start, word_end = match.span()
        word, period = match.groups()  # the word never ends with a period; `period` is "" or "."
        starts.append(word_start)
        # A trailing period belongs to the word only for abbreviations such as "U.S.".
        ends.append(word_end - 1 if period and "." not in word else word_end)
        exact.append(word)
    # Words with an apostrophe are rare: when the text has none, there is nothing to replace.
    segment = text[start:end]
    curly, straight = "’" in segment, "'" in segment
    lower = [w.lower().replace("’", "'") for w in exact] if curly else list(map(str.lower, exact))
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
    _lookups: dict[str, object | None] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for first, entries in self.by_first.items():
            plain = all(len(key) > 1 and not key[1].endswith("*") for key, _ in entries)
            self.second_words[first] = frozenset(key[1] for key, _ in entries) if plain else None

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
        span_starts = [start for start, _ in spans]
        by_span: dict[int, list[int]] = {}
        for at in tokens.phrase_starts(self):
            offset = tokens.starts[at]
            index = bisect.bisect_right(span_starts, offset) - 1
            if index >= 0 and offset < spans[index][1]:
                by_span.setdefault(index, []).append(at)
        for index, positions in by_span.items():
            last = bisect.bisect_left(tokens.starts, spans[index][1])
            found[index] = self._matches(text, tokens, positions, last)
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
            found.append(PhraseMatch(s_, e_, text[s_:e_], value))
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
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
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


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a CSV file whose leading "#" lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(lines):
            yield {key: (value or "").strip() for key, value in row.items() if key}


def normalise_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))


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


def compile_pattern(forms: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation over a few cue phrases, longest first.

    Written for speed, matching what the plain alternation matches: a look-ahead for the phrases'
    first characters spares trying them all at every word start, and the phrases that start with
    one letter (in either case) are one branch ("t(?:hreatened\\s+to|o\\s+be\\s+held)"), tried
    only where that letter is."""
    stripped = [f.strip() for f in forms if f.strip()]
    alternatives = sorted(
        ((f, _form_regex(f)) for f in stripped), key=lambda a: len(a[1]), reverse=True
    )
    if not alternatives:
        return re.compile(r"(?!x)x")
    firsts = {f[0] for f in stripped} | ({"’"} if any(f[0] == "'" for f in stripped) else set())
    guard = "".join(re.escape(c) for c in sorted(firsts))
    body = _grouped_by_first_letter(alternatives)
    return re.compile(rf"(?<![\w-])(?=[{guard}])(?:{body})(?![\w-])", re.IGNORECASE)


def _grouped_by_first_letter(alternatives: list[tuple[str, str]]) -> str:
    """The alternation of (form, regex) pairs in their order, the forms that start with the same
    letter (in either case) made one branch. Branches start with different letters, which no
    character matches both of (checked), so their order does not matter; other forms ("'ll")
    stay branches of their own, in order."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for index, (form, regex) in enumerate(alternatives):
        first = form[0]
        key = first.lower() if first.isalpha() and regex.startswith(first) else f"#{index}"
        groups.setdefault(key, []).append((form, regex))
    letters = [key for key in groups if not key.startswith("#")]
    others = {c for key, m in groups.items() if key.startswith("#") for c in (m[0][0][0], "’")}
    if any(
        re.fullmatch(re.escape(a), b, re.IGNORECASE)
        for a in letters
        for b in [*letters, *others]
        if a != b
    ):
        return "|".join(regex for _, regex in alternatives)
    branches = []
    for key, members in groups.items():
        letter = members[0][0][0]
        if key.startswith("#"):
            branches.append(members[0][1])
        elif all(form[0] == letter for form, _ in members):
            rests = "|".join(regex[len(letter) :] for _, regex in members)
            branches.append(f"{letter}(?:{rests})")
        else:
            branches.append("(?:" + "|".join(regex for _, regex in members) + ")")
    return "|".join(branches)


def _form_regex(form: str) -> str:
    if form.endswith("*"):
        return _form_regex(form[:-1]) + r"\w*"
    parts = [re.escape(word).replace("'", "['’]") for word in form.split()]
    return r"\s+".join(parts)


def _lexicon_path(name: str, language: str) -> Path:
    path = data_dir() / "lexicons" / f"{name}_{language}.csv"
    return path if path.is_file() else data_dir() / "lexicons" / f"{name}_en.csv"


def _event_type(name: str) -> EventType | None:
    try:
        return EventType(name)
    except ValueError:
        return None


@cache
def triggers(language: str = "en") -> PhraseTable:
    """The trigger table of a language (English where the language has none)."""
    pairs: list[tuple[str, object]] = []
    for row in read_rows(_lexicon_path("triggers", language)):
        kind = row["type"]
        entry = TriggerEntry(
            type=_event_type(kind),
            plover=row.get("plover", ""),
            group=row.get("group", ""),
            weight=float(row.get("weight") or 0.5),
            needs=row.get("needs", ""),
            reporting=kind == "reporting",
            report_noun=kind == "report",
        )
        pairs.extend((form, entry) for form in row["forms"].split("|"))
    return compile_phrases(pairs)


@cache
def means(language: str = "en") -> PhraseTable:
    """Weapon words of a language: they make an attack specific."""
    pairs: list[tuple[str, object]] = []
    for row in read_rows(_lexicon_path("means", language)):
        entry = MeansEntry(EventType(row["type"]), row.get("label", ""))
        pairs.extend((form, entry) for form in row["forms"].split("|"))
    return compile_phrases(pairs)


@cache
def cues(language: str = "en") -> dict[str, re.Pattern[str]]:
    """Status and tense cue patterns by kind (planned, planned_after, denied, claimed, present)."""
    forms: dict[str, list[str]] = {}
    for row in read_rows(_lexicon_path("cues", language)):
        forms.setdefault(row["kind"], []).extend(row["forms"].split("|"))
    return {kind: compile_pattern(items) for kind, items in forms.items()}


@cache
def event_types() -> dict[EventType, EventTypeInfo]:
    """data/event_types.csv: every EventType with its family, PLOVER and ACLED categories."""
    table: dict[EventType, EventTypeInfo] = {}
    for row in read_rows(data_dir() / "event_types.csv"):
        kind = EventType(row["type"])
        table[kind] = EventTypeInfo(
            kind,
            row["family"],
            row["plover"],
            row["acled_event_type"],
            row["acled_sub_event_type"],
            row["label"],
        )
    return table


# PLOVER codes an announced intention by what it would be: cooperation offered is AGREE, harm
# announced is THREATEN; cooperation refused is REJECT.
_COOPERATIVE = frozenset({"CONSULT", "AGREE", "AID", "SUPPORT", "COOPERATE", "CONCEDE", "RETREAT"})
_HOSTILE = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})


def plover_category(
    kind: EventType,
    trigger: str = "",
    language: str = "en",
    status: str = "happened",
    sentence: str = "",
) -> str:
    """The PLOVER category of an event: its trigger's when the lexicon names one for the event's
    own type (a "killed" that a weapon made an airstrike is FIGHT, not ASSAULT), else its type's;
    planned events map as PLOVER codes intentions (a conditional one is a threat), denied
    cooperation is a refusal."""
    code = ""
    if trigger:
        entry = triggers(language).lookup(trigger)
        if isinstance(entry, TriggerEntry) and entry.plover and entry.type in (kind, None):
            code = entry.plover
    if not code:
        info = event_types().get(kind)
        code = info.plover if info else ""
    if status == "planned":
        if _CONDITIONAL.search(sentence):
            return "THREATEN"
        return "AGREE" if code in _COOPERATIVE else "THREATEN" if code in _HOSTILE else code
    if status == "denied" and code in _COOPERATIVE:
        return "REJECT"
    return code


_CONDITIONAL = re.compile(r"\b(?:unless|if|or face|otherwise|ultimatum)\b", re.IGNORECASE)
