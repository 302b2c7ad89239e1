"""Words that look like events and are none: what a weapon could do ("capable of carrying out
strikes"), French "d'accord" (agreed, OK)."""

from __future__ import annotations

import pytest

from timeline_app.extraction.events import find_events


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia plans missiles capable of carrying out nuclear strikes against the US.", "en"),
        ("The new drones are able to strike targets 1,000 km away.", "en"),
        (
            "Rusia desplegará misiles capaces de efectuar ataques nucleares contra Estados Unidos.",
            "es",
        ),
        ("Des missiles capables de frapper Paris en quelques minutes.", "fr"),
        ("Ракеты, способные нанести удар по Европе, будут развернуты.", "ru"),
    ],
)
def test_what_a_weapon_could_do_is_no_event(text: str, language: str) -> None:
    assert find_events(text, [], None, language) == []


def test_french_d_accord_is_no_agreement() -> None:
    text = "Autrefois on était d’accord sur le fait que l’intégration prenait du temps."
    assert find_events(text, [], None, "fr") == []
