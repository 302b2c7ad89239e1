"""The event type → PLOVER / ACLED mapping for data exports, read from `data/event_types.csv`.

The table is read defensively by header name; a missing file, column or row falls back to the
built-in mapping below, so an export never loses its categories because of a data file.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from timeline_app.paths import data_dir

# (PLOVER category, ACLED event type, ACLED sub-event type); "" where no category fits honestly.
_FALLBACK: dict[str, tuple[str, str, str]] = {
    "meeting": ("CONSULT", "Strategic developments", "Other"),
    "visit": ("CONSULT", "Strategic developments", "Other"),
    "statement": ("", "Strategic developments", "Other"),
    "report": ("", "Strategic developments", "Other"),
    "agreement": ("AGREE", "Strategic developments", "Agreement"),
    "aid": ("AID", "Strategic developments", "Other"),
    "sanctions": ("SANCTION", "Strategic developments", "Other"),
    "mobilization": ("MOBILIZE", "Strategic developments", "Change to group/activity"),
    "missile_strike": (
        "ASSAULT",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    "drone_attack": ("ASSAULT", "Explosions/Remote violence", "Air/drone strike"),
    "airstrike": ("ASSAULT", "Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ground_fighting": ("ASSAULT", "Battles", "Armed clash"),
    "explosion": ("ASSAULT", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "attack": ("ASSAULT", "Explosions/Remote violence", ""),
    "protest": ("PROTEST", "Protests", "Peaceful protest"),
    "evacuation": ("", "Strategic developments", "Other"),
    "other": ("", "", ""),
}

# Header spellings accepted for each field (the table is owned by the events work).
_ALIASES: dict[str, tuple[str, ...]] = {
    "type": ("type", "event_type", "name"),
    "family": ("family", "lane"),
    "plover": ("plover", "plover_category", "plover_event_type"),
    "acled_event_type": ("acled_event_type", "acled", "acled_type"),
    "acled_sub_event_type": ("acled_sub_event_type", "acled_sub_type", "acled_subtype"),
}


def _fallback() -> dict[str, dict[str, str]]:
    return {
        name: {"plover": p, "acled_event_type": a, "acled_sub_event_type": s}
        for name, (p, a, s) in _FALLBACK.items()
    }


def _field(row: dict[str, str], field: str) -> str | None:
    for alias in _ALIASES[field]:
        value = row.get(alias)
        if value is not None:
            return value.strip()
    return None


def read_table(path: Path) -> dict[str, dict[str, str]]:
    """type name → {plover, acled_event_type, acled_sub_event_type, family} from a CSV table."""
    out: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for raw in csv.DictReader(fh):
            row = {(k or "").strip().lower(): (v or "") for k, v in raw.items()}
            name = _field(row, "type")
            if not name:
                continue
            values = {f: _field(row, f) for f in _ALIASES if f != "type"}
            out[name.lower()] = {k: v for k, v in values.items() if v is not None}
    return out


@cache
def type_mapping() -> dict[str, dict[str, str]]:
    """The mapping for every event type: the data table's values over the built-in ones."""
    mapping = _fallback()
    path = data_dir() / "event_types.csv"
    try:
        table = read_table(path) if path.is_file() else {}
    except (OSError, csv.Error, UnicodeDecodeError):
        table = {}  # a broken data file must not break an export; the fallback is sound
    for name, values in table.items():
        mapping.setdefault(name, {}).update(values)
    return mapping
