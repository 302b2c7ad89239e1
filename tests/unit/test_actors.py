"""Actors: alias table normalisation, demonyms, organisations, and people with their titles."""

from __future__ import annotations

import pytest

from timeline_app.domain.model import Actor
from timeline_app.extraction.actors import adjective, find_actors, short_name


def actors(text: str) -> list[Actor]:
    return [m.actor for m in find_actors(text)]


def names(text: str) -> list[str]:
    return [a.name for a in actors(text)]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Zelensky spoke.", "Volodymyr Zelensky"),
        ("Zelenskyy spoke.", "Volodymyr Zelensky"),
        ("Selenskyj sprach.", "Volodymyr Zelensky"),
        ("Witkoff arrived.", "Steve Witkoff"),
        ("Witkopf arrived.", "Steve Witkoff"),
        ("Witkov arrived.", "Steve Witkoff"),
        ("Rustam Umarov attended.", "Rustem Umerov"),
        ("Umerov attended.", "Rustem Umerov"),
    ],
)
def test_spelling_variants_become_one_actor(text: str, canonical: str) -> None:
    assert canonical in names(text)


@pytest.mark.parametrize(
    ("text", "canonical", "kind"),
    [
        ("A Ukrainian source confirmed it.", "Ukraine", "country"),
        ("Russian forces advanced.", "Russia", "country"),
        ("U.S. officials briefed partners.", "United States", "country"),
        ("NATO ministers met.", "NATO", "organization"),
        ("The IAEA sent inspectors.", "IAEA", "organization"),
        ("The Pentagon declined to comment.", "Pentagon", "organization"),
        ("The Kremlin denied it.", "Kremlin", "organization"),
        ("The EU agreed.", "European Union", "organization"),
    ],
)
def test_countries_demonyms_and_organisations(text: str, canonical: str, kind: str) -> None:
    found = {a.name: a for a in actors(text)}
    assert found[canonical].kind == kind


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Army Secretary Dan Driscoll visited Kyiv.", "Dan Driscoll", "Army Secretary"),
        ("He met Russian envoy Kirill Dmitriev.", "Kirill Dmitriev", "Russian envoy"),
        ("President Volodymyr Zelensky's adviser spoke.", "Volodymyr Zelensky", "President"),
        ("US Special Envoy Steve Witkopf led it.", "Steve Witkoff", "US Special Envoy"),
        ("Foreign Minister Jane Doeberg arrived.", "Jane Doeberg", "Foreign Minister"),
    ],
)
def test_people_keep_their_titles(text: str, name: str, title: str) -> None:
    people = {a.name: a for a in actors(text) if a.kind == "person"}
    assert people[name].title == title


def test_a_titled_person_hides_the_country_in_the_title() -> None:
    assert names("US Special Envoy Steve Witkoff spoke.") == ["Steve Witkoff"]


def test_mentions_have_offsets() -> None:
    text = "Talks with Russian envoy Kirill Dmitriev ended."
    (mention,) = [m for m in find_actors(text) if m.actor.kind == "person"]
    assert text[mention.start : mention.end] == "Russian envoy Kirill Dmitriev"


def test_media_outlets_are_flagged() -> None:
    (mention,) = find_actors("The Wall Street Journal reported it.")
    assert mention.media and mention.actor.name == "The Wall Street Journal"


def test_short_names_and_adjectives_for_titles() -> None:
    assert short_name(Actor("Volodymyr Zelensky", "person")) == "Zelensky"
    assert short_name(Actor("United States", "country")) == "US"
    assert adjective(Actor("Russia", "country")) == "Russian"


def test_titles_without_a_name_make_no_person() -> None:
    assert [a for a in actors("The president has been clear.") if a.kind == "person"] == []
