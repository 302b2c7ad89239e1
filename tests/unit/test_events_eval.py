"""The event evaluation runs on the devset and prints its figures (it asserts no targets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.domain.model import EventType
from timeline_app.eval.events import evaluate_cir, evaluate_plover, main
from timeline_app.extraction.lexicon import event_types, plover_category


def test_every_event_type_has_a_lane_and_acled_categories() -> None:
    table = event_types()
    assert set(table) == set(EventType)
    assert all(
        info.family and info.acled_event_type and info.acled_sub_event_type
        for info in table.values()
    )


@pytest.mark.parametrize(
    ("kind", "trigger", "status", "expected"),
    [
        (EventType.MEETING, "met", "happened", "CONSULT"),
        (EventType.STATEMENT, "demanded", "happened", "DEMAND"),
        (EventType.AIRSTRIKE, "killed", "happened", "FIGHT"),  # a weapon made it a strike
        (EventType.VISIT, "visit", "planned", "AGREE"),
        (EventType.ATTACK, "attack", "planned", "THREATEN"),
        (EventType.MEETING, "meet", "denied", "REJECT"),
    ],
)
def test_plover_mapping(kind: EventType, trigger: str, status: str, expected: str) -> None:
    assert plover_category(kind, trigger, status=status) == expected


def test_plover_scoring_on_built_records(capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"event": "CONSULT", "text": "Macron met Scholz in Berlin on Monday."},
        {"event": "PROTEST", "text": "Thousands protested in Tbilisi on Sunday."},
    ]
    scores = evaluate_plover(records)
    assert scores["main"].total == 2 and scores["main"].right == 2
    assert "main event type right" in capsys.readouterr().out


def test_cir_scoring_on_a_built_row() -> None:
    row = {
        "event_date": "2022-06-17",
        "event_type": "Bombing or Explosion",
        "notes": "Military base in Kievsky District of Donetsk hit by shelling",
        "location": "Donetsk",
        "admin1": "Donetsk Oblast",
    }
    scores = evaluate_cir([row])
    assert scores["type"].right == 1 and scores["place"].right == 1


def test_main_runs_on_the_devset(devset_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(devset_dir / "events")]) == 0
    out = capsys.readouterr().out
    assert "PLOVER" in out and "CIR" in out


def test_main_refuses_a_folder_without_data(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 2
