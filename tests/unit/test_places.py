"""Places: spelling variants to one gazetteer entry, coordinates kept, metonymy and common words out."""

from __future__ import annotations

import pytest

from timeline_app.extraction.places import find_places


def place_names(text: str) -> list[str]:
    return [m.place.name for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Explosions were heard in Kyiv.", "Kyiv"),
        ("Explosions were heard in Kiev.", "Kyiv"),
        ("Explosionen in Kiew.", "Kyiv"),
        ("Shelling hit Kharkov overnight.", "Kharkiv"),
        ("Angriff auf Charkiw.", "Kharkiv"),
        ("The port of Odessa was struck.", "Odesa"),
        ("Ukraine struck Voronezh.", "Voronezh"),
        ("Russian troops entered Irpin' on Sunday.", "Irpin"),
        ("Fighting near Berdyans'k continued.", "Berdyansk"),
    ],
)
def test_spelling_variants_resolve_to_one_place(text: str, expected: str) -> None:
    assert expected in place_names(text)


def test_places_keep_country_and_coordinates() -> None:
    (kyiv,) = [m.place for m in find_places("Talks took place in Kyiv.")]
    assert kyiv.country == "UA"
    assert kyiv.kind == "city"
    assert kyiv.latitude == pytest.approx(50.45, abs=0.1)
    assert kyiv.longitude == pytest.approx(30.52, abs=0.1)


def test_offsets_cover_the_name() -> None:
    text = "Drones attacked Odesa at night."
    (mention,) = find_places(text)
    assert text[mention.start : mention.end] == "Odesa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A base at Verkhnii Saltiv, Kharkiv Oblast, was hit.", "Kharkiv Oblast"),
        ("Shelling in the Donetsk region went on.", "Donetsk Oblast"),
        ("Drones flew over Zaporizhzhia Oblast.", "Zaporizhzhia Oblast"),
        ("Russian forces in control of Checkpoint Chonhar.", "Chonhar"),
    ],
)
def test_regions_and_small_places_come_from_places_extra(text: str, expected: str) -> None:
    assert expected in place_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "This initiative underscores Washington's efforts to open a channel.",
        "Moscow said the talks had failed.",
        "Nice weather helped the evacuation.",
        "Split decisions were taken by the council.",
        "The Kyiv Independent reported the strike.",
    ],
)
def test_metonymy_common_words_and_longer_names_are_not_places(text: str) -> None:
    names = place_names(text)
    assert not {"Washington", "Moscow", "Nice", "Split", "Kyiv"} & set(names)


def test_common_word_city_counts_after_a_location_preposition() -> None:
    assert "Nice" in place_names("The delegation met in Nice on Monday.")


def test_people_spans_are_not_places() -> None:
    text = "General Randy George arrived."
    start = text.index("General")
    names = [m.place.name for m in find_places(text, excluded=((start, start + 20),))]
    assert "George" not in names


def test_a_country_is_a_place_only_after_a_location_word() -> None:
    assert "Russia" not in place_names("Russia said it would respond.")
    assert "Russia" in place_names("The attack hit a city in eastern Russia.")


@pytest.mark.parametrize(
    "text",
    [
        "The Cat in the Hat balloon struck a pole.",  # a noun after "the", not the town Hat
        "one of the best negotiators in the history of the Republic.",
        "He went back to\n\nAn extra $600 benefit expired.",  # a preposition of another line
        "A curfew was imposed in Tel Rumeida.",  # a short name inside a longer name
        "said Laurence des Cars, the museum's president.",  # a name particle: a person
        "a fresh Tory rebellion over the Bill.",  # foreign alternate names of distant towns
        "but Pyongyang has called it a rehearsal for invasion.",  # the government speaking
    ],
)
def test_words_names_and_fragments_are_not_places(text: str) -> None:
    # given a sentence whose capitalised words only look like gazetteer names, then no place
    assert place_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia struck Kyiv overnight.", "Kyiv"),  # short once folded, but four letters
        ("He arrived in Kharkiv. Kyiv was hit next.", "Kyiv"),
        ("Heavy fighting was reported in Ufa.", "Ufa"),  # a short name after a preposition
        ("Gespräche in Genf.", "Geneva"),  # a foreign alternate after a preposition
        ("Moscú ataca.", "Moscow"),  # alternate names of very big cities stand alone
    ],
)
def test_real_places_survive_the_guards(text: str, expected: str) -> None:
    assert expected in place_names(text)
