"""The bundled word lists behind event extraction: triggers, weapon words, status cues, event types.

Each file under data/ is read once and cached; a language without its own file falls back to
English. Reading bundled data is the only I/O extraction does.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
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

    def range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes [i, j) of the tokens that start inside text[start:end]."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    end = len(text) if end is None else end
    starts: list[int] = []
    ends: list[int] = []
    exact: list[str] = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        stripped = word.rstrip(".") or word
        starts.append(match.start())
        # A trailing period belongs to the word only for abbreviations such as "U.S.".
        cut = word.endswith(".") and word.count(".") == 1
        ends.append(match.end() - 1 if cut else match.end())
        exact.append(stripped)
    lower = [w.lower().replace("’", "'") for w in exact]
    return Tokens(
        starts,
        ends,
        exact,
        lower,
        [_without_possessive(w) if "'" in w or "’" in w else w for w in exact],
        [_without_possessive(w) if "'" in w else w for w in lower],
    )


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """Surface forms compiled for token-based lookup: the text is cut into words once and each word
    position is looked up in a dict of phrases by first word (longest phrase first). A form ending
    in "*" matches any word with that stem (for inflected languages)."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], object], ...]]
    stems: tuple[tuple[str, tuple[tuple[str, ...], object]], ...]
    case_sensitive: bool

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, tokens: Tokens | None = None
    ) -> list[PhraseMatch]:
        """Non-overlapping matches in text[start:end], leftmost-longest, in text order."""
        end = len(text) if end is None else end
        if tokens is None:
            tokens = tokenize(text, start, end)
        first, last = tokens.range(start, end)
        words = tokens.exact if self.case_sensitive else tokens.lower
        bare = tokens.exact_bare if self.case_sensitive else tokens.lower_bare
        found: list[PhraseMatch] = []
        i = first
        by_first, stems = self.by_first, self.stems
        while i < last:
            if not stems and words[i] not in by_first and bare[i] not in by_first:
                i += 1
                continue
            hit = self._match_at(words, bare, i, last)
            if hit is None:
                i += 1
                continue
            length, value = hit
            s_, e_ = tokens.starts[i], tokens.ends[i + length - 1]
            found.append(PhraseMatch(s_, e_, text[s_:e_], value))
            i += length
        return found

    def _norm(self, word: str) -> str:
        word = word.rstrip(".") or word
        return word if self.case_sensitive else word.lower().replace("’", "'")

    def _match_at(
        self, words: list[str], bare: list[str], i: int, last: int
    ) -> tuple[int, object] | None:
        for candidate in (words[i], bare[i]):
            for key, value in self.by_first.get(candidate, ()):
                if len(key) == 1 or _keys_match(key, words, bare, i, last):
                    return len(key), value
        for stem, (key, value) in self.stems:
            if words[i].startswith(stem) and _keys_match(key, words, bare, i, last):
                return len(key), value
        return None

    def lookup(self, surface: str) -> object | None:
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
    """One case-insensitive alternation over a few cue phrases, longest first."""
    alternatives = sorted(
        (_form_regex(f.strip()) for f in forms if f.strip()), key=len, reverse=True
    )
    body = "|".join(alternatives) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


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
