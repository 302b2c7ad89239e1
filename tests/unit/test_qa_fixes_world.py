"""The rules the second acceptance pass (test_qa_articles_world: wire reports about other wars)
added, each on its own with short texts written for them: where a dateline, an adjective or a
speaker is no place or party, which expression dates an event and which only says when it was
told or claimed, what is planned, claimed or denied, and the places and parties of these wars."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.model import (
    Actor,
    EventStatus,
    EventType,
    ExtractedEvent,
    PublishedSource,
    RawArticle,
    TimeExpression,
)
from timeline_app.extraction.actors import ActorMention, find_actors
from timeline_app.extraction.event_filters import dateline_heads, without_datelines
from timeline_app.extraction.pipeline import extract
from timeline_app.extraction.places import find_places

PUBLISHED = date(2025, 11, 19)  # a Wednesday
MONDAY, TUESDAY, SUNDAY = date(2025, 11, 17), date(2025, 11, 18), date(2025, 11, 16)


def events_of(text: str, published: date = PUBLISHED) -> list[ExtractedEvent]:
    raw = RawArticle(text=text, published=published, published_source=PublishedSource.OPTION)
    return list(extract(raw).events)


def expressions_of(text: str, published: date = PUBLISHED) -> list[TimeExpression]:
    raw = RawArticle(text=text, published=published, published_source=PublishedSource.OPTION)
    return list(extract(raw).time_expressions)


def of_type(events: list[ExtractedEvent], kind: EventType) -> list[ExtractedEvent]:
    return [e for e in events if e.type == kind]


def places(event: ExtractedEvent) -> list[str]:
    return [p.name for p in event.places]


def actors(event: ExtractedEvent) -> list[str]:
    return [a.name for a in event.actors]


def day_of(event: ExtractedEvent) -> date | None:
    return event.span.start if event.span is not None else None


# --- A dateline, an adjective and a speaker are no place or party ---------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "DUBAI, November 19 (Wire) — Houthi fighters fired missiles at a tanker on Tuesday.",
            "Dubai",
        ),
        (
            "BAMAKO, Nov. 19 (Wire) - Militants attacked an army post near Boulkessi on Tuesday.",
            "Bamako",
        ),
        ("NEW DELHI (Wire) — Pakistani troops shelled villages in Kashmir on Tuesday.", "Delhi"),
    ],
)
def test_the_dateline_city_is_where_the_story_was_filed(text: str, city: str) -> None:
    events = events_of(text)
    assert events, text
    for event in events:
        assert not any(city in name for name in places(event)), event.title


def test_a_city_named_again_after_the_dateline_is_a_place() -> None:
    text = "ODESA, November 19 (Wire) — Russian drones struck Odesa on Tuesday."
    (event,) = of_type(events_of(text), EventType.DRONE_ATTACK)
    assert places(event) == ["Odesa"]


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("UN-backed forces attacked gang positions on Tuesday.", "UN", True),  # a hyphen, no dash
        ("GOMA (Wire) - UN peacekeepers attacked gangs.", "GOMA", False),
        ("GOMA (Wire) - UN peacekeepers attacked gangs.", "UN", True),
        ("GOMA, Jan. 27, 2025 (Wire) — Rebels entered the city.", "GOMA", False),
    ],
)
def test_only_the_city_of_a_dateline_is_left_out(text: str, word: str, kept: bool) -> None:
    start = text.index(word)
    mention = ActorMention(start, start + len(word), Actor(word, "organization"))
    assert bool(without_datelines(dateline_heads(text, [0]), [mention])) == kept


def test_a_dateline_capital_is_no_party() -> None:
    text = "MOSCOW, November 19 (Wire) — Ukrainian drones struck an oil depot on Tuesday."
    (event,) = of_type(events_of(text), EventType.DRONE_ATTACK)
    assert actors(event) == ["Ukraine"]


def test_a_country_adjective_is_no_town_of_that_spelling() -> None:
    # GeoNames spells Sirjan (Iran) "Syrian" too.
    text = "Israel struck hundreds of Syrian military sites on Tuesday."
    (event,) = events_of(text)
    assert "Sirjan" not in places(event)
    assert "Syria" in actors(event)


def test_an_organisation_that_tells_is_no_party_a_country_stays_one() -> None:
    told = "Fighting in Goma killed at least 700 people on Tuesday, the United Nations said."
    (event,) = of_type(events_of(told), EventType.GROUND_FIGHTING)
    assert "United Nations" not in actors(event)
    # The defending country that reports a strike on it is a party to it.
    struck = (
        "Ukraine fired missiles at a base in Russia on Tuesday, the Russian Defence Ministry said."
    )
    (strike,) = of_type(events_of(struck), EventType.MISSILE_STRIKE)
    assert set(actors(strike)) == {"Ukraine", "Russia"}


# --- Which expression dates the event ------------------------------------------------------------


def test_a_day_earlier_counts_from_the_story_day_of_the_paragraph_before() -> None:
    text = (
        "Houthi fighters fired missiles at a tanker on Tuesday.\n\n"
        "A day earlier, a drone boat damaged a bulk carrier off Mokha."
    )
    (boat,) = [e for e in events_of(text) if "drone boat" in e.sentence]
    assert day_of(boat) == MONDAY


def test_a_day_later_counts_from_the_date_before_and_is_no_plan() -> None:
    text = (
        "Militants attacked southern Israel on Oct. 7, 2023.\n\n"
        "Hezbollah began firing rockets at northern Israel a day later."
    )
    (rockets,) = [e for e in events_of(text) if "Hezbollah" in e.sentence]
    assert rockets.status == EventStatus.HAPPENED
    assert day_of(rockets) == date(2023, 10, 8)


def test_a_month_of_that_year_takes_the_year_of_the_date_before() -> None:
    text = (
        "Fighting spread in the first half of 2024, and troops entered Rafah in May of that year."
    )
    (may,) = [t for t in expressions_of(text) if t.text == "May of that year"]
    assert may.span is not None and may.span.start == date(2024, 5, 1)
    # With no date before it, which year is meant is not said.
    (alone,) = [t for t in expressions_of("Troops entered Rafah in May that year.")]
    assert alone.span is None


def test_a_strike_counted_from_is_a_happening_of_its_own() -> None:
    text = (
        "RSF fighters killed 60 civilians in El Fasher on Sunday, a day after they overran the "
        "army's last base in the city."
    )
    events = events_of(text)
    assert [day_of(e) for e in of_type(events, EventType.ATTACK)] == [SUNDAY]
    assert [day_of(e) for e in of_type(events, EventType.GROUND_FIGHTING)] == [date(2025, 11, 15)]


def test_a_strike_that_points_back_still_merges_with_what_it_is_counted_from() -> None:
    # "The strike came a day after drones attacked…": the news is the drone attack.
    text = (
        "A Russian missile strike hit Odesa on Tuesday.\n\n"
        "The strike came a day after Russian drones attacked energy facilities in Odesa."
    )
    second = [e for e in events_of(text) if "came a day after" in e.sentence]
    assert [(e.type, day_of(e)) for e in second] == [(EventType.DRONE_ATTACK, MONDAY)]


def test_the_day_it_was_told_is_not_the_day_of_an_event_told_from_another_moment() -> None:
    text = (
        "An air strike killed 24 people in the Sagaing region on the eve of the festival, "
        "residents said on Tuesday."
    )
    (event,) = of_type(events_of(text), EventType.AIRSTRIKE)
    assert event.span is None
    # Without such a moment the day it was told stays the event's (wire copy's convention).
    plain = "An air strike killed 24 people in the Sagaing region, residents said on Tuesday."
    (dated,) = of_type(events_of(plain), EventType.AIRSTRIKE)
    assert day_of(dated) == TUESDAY


def test_a_perfect_told_on_a_day_has_no_date_of_its_own() -> None:
    text = "Russian forces have captured two villages near Pokrovsk, the ministry said on Tuesday."
    (event,) = of_type(events_of(text), EventType.GROUND_FIGHTING)
    assert event.span is None
    simple = "Russian forces captured two villages near Pokrovsk, the ministry said on Tuesday."
    (dated,) = of_type(events_of(simple), EventType.GROUND_FIGHTING)
    assert day_of(dated) == TUESDAY


def test_the_day_of_a_claim_is_not_the_day_of_the_happening_claimed() -> None:
    text = "The JNIM group claimed the attack on Tuesday."
    (event,) = of_type(events_of(text), EventType.ATTACK)
    assert event.status == EventStatus.CLAIMED
    assert event.span is None
    responsibility = "The gang claimed responsibility for the attack on Kenscoff on Tuesday."
    (claimed,) = of_type(events_of(responsibility), EventType.ATTACK)
    assert claimed.span is None


def test_a_denied_happening_has_no_past_date() -> None:
    text = (
        "Peskov said Russia had no plans to withdraw its base from Gyumri, denying a report "
        "published on Monday."
    )
    denied = [e for e in events_of(text) if e.status == EventStatus.DENIED]
    assert denied
    assert all(e.span is None for e in denied), [e.title for e in denied]


def test_a_plan_is_dated_from_publication_on() -> None:
    # "by the end of the year" is September to December; in November only what is left of it.
    text = "US officials hope an international force will deploy in Gaza by the end of the year."
    (event,) = events_of(text)
    assert event.status == EventStatus.PLANNED
    assert event.span is not None
    assert (event.span.start, event.span.end) == (PUBLISHED, date(2025, 12, 31))


# --- Plans, claims, denials ----------------------------------------------------------------------


def test_a_headline_denial_stays_in_its_own_clause() -> None:
    text = "Kremlin denies plans to pull troops from Armenia as envoy visits Moscow"
    (visit,) = of_type(events_of(text), EventType.VISIT)
    assert visit.status == EventStatus.HAPPENED
    assert "Kremlin" not in actors(visit)
    assert places(visit) == ["Moscow"]


def test_as_well_as_keeps_the_denial() -> None:
    text = "Russia denied shelling Kherson as well as attacking Odesa on Tuesday."
    events = [e for e in events_of(text) if e.type != EventType.STATEMENT]
    assert events
    assert all(e.status == EventStatus.DENIED for e in events), [e.title for e in events]


def test_expected_to_after_the_trigger_is_a_plan() -> None:
    (event,) = events_of("China's drills near Taiwan are expected to end on Thursday.")
    assert event.status == EventStatus.PLANNED
    assert day_of(event) == date(2025, 11, 20)


def test_talks_a_meeting_is_held_ahead_of_are_planned_on_their_own_day() -> None:
    text = "Border commissions of Armenia and Azerbaijan met on Monday ahead of talks next Tuesday."
    meetings = of_type(events_of(text), EventType.MEETING)
    assert sorted((e.status.value, day_of(e)) for e in meetings) == [
        ("happened", MONDAY),
        ("planned", date(2025, 11, 25)),
    ]


def test_hours_after_the_meeting_names_a_meeting_reported_elsewhere() -> None:
    text = "Azerbaijan accused Armenian forces of firing near Nakhchivan hours after the meeting ended."
    events = events_of(text)
    assert not of_type(events, EventType.MEETING), [e.title for e in events]
    # An accusation is a claim.
    (firing,) = of_type(events, EventType.GROUND_FIGHTING)
    assert firing.status == EventStatus.CLAIMED


def test_a_claim_named_after_the_report_is_a_claim() -> None:
    text = "Pakistan said it had shot down five Indian jets, a claim India has not confirmed."
    (event,) = events_of(text)
    assert event.status == EventStatus.CLAIMED


# --- What kind of event --------------------------------------------------------------------------


def test_rockets_fired_into_the_sea_are_a_drill_not_a_strike() -> None:
    text = "China's military fired rockets into waters near Taiwan on Tuesday."
    events = events_of(text)
    assert not of_type(events, EventType.MISSILE_STRIKE)
    (drill,) = of_type(events, EventType.OTHER)
    assert day_of(drill) == TUESDAY
    struck = "Russia fired missiles at Odesa on Tuesday."
    assert of_type(events_of(struck), EventType.MISSILE_STRIKE)


def test_a_headline_event_goes_when_the_body_reads_the_same_word_otherwise() -> None:
    text = (
        "China fires rockets near Taiwan in drills\n\n"
        "China's military fired rockets into waters near Taiwan on Tuesday."
    )
    events = events_of(text)
    assert not of_type(events, EventType.MISSILE_STRIKE), [e.title for e in events]


def test_a_paused_campaign_is_no_sanction() -> None:
    text = "The Houthis paused their campaign against shipping on Tuesday."
    events = events_of(text)
    assert not of_type(events, EventType.SANCTIONS)
    assert of_type(events, EventType.OTHER)
    deliveries = "The World Food Programme suspended deliveries to Darfur on Tuesday."
    assert of_type(events_of(deliveries), EventType.SANCTIONS)


# --- Places and parties of these wars ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Ministers met in Islamabad.", "Islamabad", "PK"),  # not Chattogram's old name
        ("Fighting spread in Shan state.", "Shan State", "MM"),  # not Shancheng, China
        ("Clashes were reported in Kachin.", "Kachin State", "MM"),
        ("Leaders met in Dar es Salaam.", "Dar es Salaam", "TZ"),
        ("Survivors reached Tawila.", "Tawila", "SD"),
        ("The UN discussed the crisis in Darfur.", "Darfur", "SD"),
        ("US jets struck Hodeidah.", "Hodeidah", "YE"),
        ("A tanker was hit in the Red Sea.", "Red Sea", ""),
        ("Gunmen killed 26 people in Pahalgam.", "Pahalgam", "IN"),
        ("Troops retook Nagorno-Karabakh.", "Nagorno-Karabakh", "AZ"),
        ("Israeli forces moved into Rafah.", "Rafah", "PS"),
        ("Rebels seized Rubaya.", "Rubaya", "CD"),
        ("Gangs attacked Cabaret.", "Cabaret", "HT"),
    ],
)
def test_places_of_these_conflicts(text: str, name: str, country: str) -> None:
    found = [(m.place.name, m.place.country) for m in find_places(text)]
    assert (name, country) in found, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("M23 rebels advanced on Bukavu.", "M23"),
        ("The JNIM group claimed the attack.", "JNIM"),
        ("Rebels led by Hayat Tahrir al-Sham took Damascus.", "Hayat Tahrir al-Sham"),
        ("Army chief Abdel Fattah al-Burhan rejected the truce.", "Abdel Fattah al-Burhan"),
        ("Congolese troops withdrew.", "Democratic Republic of the Congo"),
        ("Kenyan police launched an operation.", "Kenya"),
        ("The Viv Ansanm coalition claimed the attack.", "Viv Ansanm"),
    ],
)
def test_parties_of_these_conflicts(text: str, actor: str) -> None:
    assert actor in [m.actor.name for m in find_actors(text)]


def test_who_was_killed_is_not_who_attacked() -> None:
    # "… Palestinians have been killed since October 2023", "Two Ukrainian soldiers were killed":
    # the subject of a strike verb in the passive, with no "by …", names the dead.
    for text, adjective in [
        (
            "More than 68,000 Palestinians have been killed in Gaza since October 2023.",
            "Palestinian",
        ),
        ("Two Ukrainian soldiers were killed in Kharkiv on Tuesday.", "Ukrainian"),
    ]:
        (event,) = of_type(events_of(text), EventType.ATTACK)
        assert not event.title.startswith(adjective), event.title
    by = "Ukrainian soldiers were killed by Russian shelling in Kharkiv on Tuesday."
    (shelling,) = of_type(events_of(by), EventType.SHELLING)
    assert shelling.title.startswith("Russian"), shelling.title
