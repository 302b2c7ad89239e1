"""Event evaluation: `python -m timeline_app.eval events DEVSET/events [--verbose]`.

(a) type accuracy on the PLOVER gold-standard sentences, through our PLOVER mapping (the trigger's
PLOVER category where the lexicon names one, else the event type's, data/event_types.csv);
(b) on the CIR monitor notes (ACLED-style): event type, place and date right. Prints the figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline_app.domain.model import EventStatus, EventType, ExtractedEvent, RawArticle
from timeline_app.extraction.lexicon import plover_category
from timeline_app.extraction.pipeline import extract
from timeline_app.extraction.places import fold

_STRIKES = {
    EventType.MISSILE_STRIKE,
    EventType.DRONE_ATTACK,
    EventType.AIRSTRIKE,
    EventType.SHELLING,
    EventType.EXPLOSION,
    EventType.ATTACK,
}
_VIOLENT = _STRIKES | {EventType.GROUND_FIGHTING}
# Which of our types count as right for each CIR map category (the map's categories describe what
# the footage shows, ours what happened; several of ours fit one of theirs).
CIR_TYPES: dict[str, set[EventType]] = {
    "Military Infrastructure Damage": _STRIKES,
    "Civilian Infrastructure Damage": _STRIKES,
    "Munitions": _STRIKES,
    "Civilian Casualty": _VIOLENT,
    "Russian Military Presence": {EventType.GROUND_FIGHTING, EventType.MOBILIZATION},
    "Ground Battle": {EventType.GROUND_FIGHTING},
    "Mass grave or Burial": _VIOLENT | {EventType.OTHER},
    "Russian Allies Presence/Losses": _VIOLENT,
    "Russian Firing Positions": _VIOLENT,
    "Russian Military Losses": _VIOLENT,
    "Ukrainian Military Losses": _VIOLENT,
    "Bombing or Explosion": _STRIKES,
    "Other": set(EventType),
}


@dataclass(frozen=True, slots=True)
class Score:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> Score:
        return Score(self.right + int(ok), self.total + 1)

    def __str__(self) -> str:
        share = self.right / self.total if self.total else 0.0
        return f"{share:.3f} ({self.right}/{self.total})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline_app.eval events")
    parser.add_argument(
        "folder", type=Path, help="devset/events (plover_gsr.jsonl, cir_monitor.csv)"
    )
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(list(argv) if argv is not None else None)
    plover = args.folder / "plover_gsr.jsonl"
    cir = args.folder / "cir_monitor.csv"
    if not plover.is_file() and not cir.is_file():
        print(f"error: no plover_gsr.jsonl or cir_monitor.csv in {args.folder}", file=sys.stderr)
        return 2
    if plover.is_file():
        evaluate_plover(_plover_records(plover), args.verbose)
    if cir.is_file():
        evaluate_cir(_cir_rows(cir), args.verbose)
    return 0


def _plover_records(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("text") and record.get("event") != "DOCUMENT":
                records.append(record)
    return records


def _cir_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main_event(events: Sequence[ExtractedEvent]) -> ExtractedEvent | None:
    """The event a one-sentence note is about: the first one reported as done (the main verb
    usually comes first in news English), else the first one."""
    if not events:
        return None
    done = [e for e in events if e.status in (EventStatus.HAPPENED, EventStatus.CLAIMED)]
    return (done or list(events))[0]


def plover_of(event: ExtractedEvent) -> str:
    return plover_category(
        event.type, event.trigger, status=event.status.value, sentence=event.sentence
    )


def predicted_plover(events: Sequence[ExtractedEvent]) -> str:
    event = main_event(events)
    return plover_of(event) if event else ""


def evaluate_plover(records: Iterable[dict], verbose: bool = False) -> dict[str, Score]:
    main_score, any_score, found, by_type = Score(), Score(), Score(), Score()
    confusion: Counter[tuple[str, str]] = Counter()
    per_category: dict[str, Score] = {}
    for record in records:
        events = extract(RawArticle(text=record["text"].strip("{} "))).events
        gold = record["event"]
        guess = predicted_plover(events)
        all_guesses = {plover_of(e) for e in events}
        main_score = main_score.add(guess == gold)
        first = main_event(events)
        by_type = by_type.add(first is not None and plover_category(first.type) == gold)
        any_score = any_score.add(gold in all_guesses)
        found = found.add(bool(events))
        per_category[gold] = per_category.get(gold, Score()).add(guess == gold)
        if guess != gold:
            confusion[(gold, guess or "-")] += 1
            if verbose:
                print(f"  PLOVER {gold:>11} ≠ {guess or '-':<11} {record['text'][:100]}")
    print("PLOVER gold-standard sentences (type through our PLOVER mapping)")
    print(f"  main event type right      {main_score}")
    print(f"  gold type among the events {any_score}")
    print(f"  main event, type table only {by_type}  (event_types.csv, no trigger refinement)")
    print(f"  sentences with an event    {found}")
    print("  per category: " + ", ".join(f"{k} {v}" for k, v in sorted(per_category.items())))
    print(
        "  top confusions (gold→ours): "
        + ", ".join(f"{g}→{o} {n}" for (g, o), n in confusion.most_common(8))
    )
    return {"main": main_score, "any": any_score, "found": found}


def evaluate_cir(rows: Iterable[dict[str, str]], verbose: bool = False) -> dict[str, Score]:
    typed, placed, dated, undated_ok, found = Score(), Score(), Score(), Score(), Score()
    named = Score()
    for row in rows:
        day = date.fromisoformat(row["event_date"])
        extraction = extract(RawArticle(text=row["notes"], published=day))
        event = main_event(extraction.events)
        accepted = CIR_TYPES.get(row["event_type"], set(EventType))
        type_ok = event is not None and event.type in accepted
        place_ok = _place_found(row, extraction.events, row["notes"])
        date_ok = bool(event and event.span and event.span.start <= day <= event.span.end)
        no_wrong_date = event is None or event.span is None or date_ok
        typed, placed, dated = typed.add(type_ok), placed.add(place_ok), dated.add(date_ok)
        if _note_names_place(row):
            named = named.add(place_ok)
        undated_ok, found = undated_ok.add(no_wrong_date), found.add(event is not None)
        if verbose and not (type_ok and place_ok):
            kind = event.type.value if event else "-"
            print(
                f"  CIR {row['event_type'][:24]:>24} → {kind:<15} place={place_ok!s:<5} {row['notes'][:80]}"
            )
    print("CIR monitor notes (ACLED-style), published = the row's date")
    print(f"  note gives an event        {found}")
    print(f"  event type right           {typed}")
    print(f"  place found                {placed}")
    print(f"  place found, note names it {named}")
    print(f"  date right (overlaps)      {dated}")
    print(f"  no wrong date              {undated_ok}")
    return {"type": typed, "place": placed, "date": dated, "found": found}


def _note_names_place(row: dict[str, str]) -> bool:
    """Whether the note's words contain the row's town or region at all (else no tool can find it)."""
    words = fold(row["notes"])
    town = fold(row["location"])
    region = fold(row["admin1"]).replace(" oblast", "")
    return bool(town and town in words) or bool(region and region in words)


def _place_found(row: dict[str, str], events: Sequence[ExtractedEvent], notes: str) -> bool:
    """The row's town, or failing that its region, among the places the events name."""
    from timeline_app.extraction.places import find_places

    names = {fold(p.name) for e in events for p in e.places}
    if not events:
        names = {fold(m.place.name) for m in find_places(notes)}
    wanted = {fold(row["location"]), fold(row["admin1"])} - {""}
    return bool(names & wanted) or any(fold(row["location"]) in n for n in names if row["location"])


if __name__ == "__main__":
    raise SystemExit(main())
