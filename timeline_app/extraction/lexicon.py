"""The bundled word lists behind event extraction: triggers, weapon words, status cues, event types.

Each file under data/ is read once and cached; a language without its own file falls back to
English. Reading bundled data is the only I/O extraction does.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from timeline_app.domain.model import EventType
from timeline_app.extraction.phrases import PhraseTable, compile_phrases
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


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a CSV file whose leading "#" lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(lines):
            yield {key: (value or "").strip() for key, value in row.items() if key}


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
def present_forms(language: str = "en") -> dict[str, str]:
    """Past form -> third-person present, read off the trigger rows that list both
    ("visited|visit|visits", "blamed|blames", "banned|bans", "supplied|supplies"): what an event
    title writes for the verb ("Russia visits Kyiv"), the word list's own spelling."""
    found: dict[str, str] = {}
    for row in read_rows(_lexicon_path("triggers", language)):
        words = {
            form.strip().lower().split()[0] for form in row["forms"].split("|") if form.strip()
        }
        presents = [w for w in words if w.endswith("s") and not w.endswith("ss")]
        for past in (w for w in words if w.endswith("ed")):
            match = next((p for p in presents if _present_of(past, p)), None)
            if match is not None:
                found.setdefault(past, match)
    return found


def _present_of(past: str, present: str) -> bool:
    """Whether `present` is the -s form of the verb whose past is `past`."""
    if past.endswith("ied"):
        return present == past[:-3] + "ies"
    stem = past[:-2]  # "visit" (visited), "blame" + "d" (blamed), "push" (pushed)
    return present in (stem + "s", past[:-1] + "s", stem + "es") or (
        len(stem) > 2 and stem[-1] == stem[-2] and present == stem[:-1] + "s"  # "banned"
    )


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
