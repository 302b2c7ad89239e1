"""Event titles put the trigger verb in the present ("Russia visits Kyiv"): the word lists' own
present forms where a row lists both, English spelling rules for the rest."""

from __future__ import annotations

import pytest

from timeline_app.extraction.lexicon import present_forms, read_rows
from timeline_app.extraction.titles import present_tense
from timeline_app.paths import data_dir


def test_every_past_listed_with_its_present_gets_that_present() -> None:
    forms = present_forms("en")
    assert forms["visited"] == "visits" and forms["banned"] == "bans"
    assert forms["used"] == "uses" and forms["supplied"] == "supplies"
    for past, present in forms.items():
        assert present_tense(past) == present


@pytest.mark.parametrize(
    ("past", "present"),
    [
        # an "e" dropped before "-ed": one short syllable, or a known ending
        ("fired", "fires"),
        ("noted", "notes"),
        ("ruled", "rules"),
        ("phoned", "phones"),
        ("quoted", "quotes"),
        ("negotiated", "negotiates"),
        ("mediated", "mediates"),
        ("captured", "captures"),
        # no "e": a long vowel of two letters, or a doubled consonant
        ("toured", "tours"),
        ("retreated", "retreats"),
        ("waited", "waits"),
        ("recruited", "recruits"),
        ("shipped", "ships"),
        ("planned", "plans"),
        # a doubled consonant of the verb itself
        ("added", "adds"),
        # what no rule tells
        ("visited", "visits"),
        ("invaded", "invades"),
        ("welcomed", "welcomes"),
        ("repelled", "repels"),
    ],
)
def test_past_forms_the_lists_do_not_pair(past: str, present: str) -> None:
    assert present_tense(past) == present
    assert present_tense(f"{past} in") == f"{present} in"


def test_no_trigger_past_of_the_word_list_reads_as_a_misspelling() -> None:
    """Every past form of the English triggers: its present is the verb plus "s"/"es" with at
    most an "e" restored or a doubled consonant undone, never a stem cut short ("provids")."""
    pasts = {
        form.split()[0].rstrip("*").lower()
        for row in read_rows(data_dir() / "lexicons" / "triggers_en.csv")
        for form in row["forms"].split("|")
        if form.split() and form.split()[0].endswith("ed") and form.split()[0] != "unexploded"
    }
    cut_short = {"provids", "invads", "firs", "nots", "ruls", "blams", "welcoms", "visites"}
    for past in pasts:
        assert present_tense(past) not in cut_short, past
