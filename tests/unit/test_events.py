"""Event detection: types, status, date and its basis, actors, places and titles, from hand-built
time expressions (so these tests do not depend on the dates work)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.model import (
    DateBasis,
    DateSpan,
    EventStatus,
    EventType,
    ExtractedEvent,
    Precision,
    TimeExpression,
)
from timeline_app.extraction.events import find_events

PUBLISHED = date(2025, 11, 19)  # a Wednesday
TUESDAY = DateSpan.day(date(2025, 11, 18))


def expression(
    text: str, phrase: str, span: DateSpan | None, relative: bool = True, nth: int = 0
) -> TimeExpression:
    """A time expression at the nth occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return TimeExpression(phrase, start, start + len(phrase), span, relative=relative)


def events_of(
    text: str, *expressions: TimeExpression, published: date | None = PUBLISHED
) -> list[ExtractedEvent]:
    return find_events(text, list(expressions), published)


def only(events: list[ExtractedEvent], kind: EventType) -> ExtractedEvent:
    matching = [e for e in events if e.type == kind]
    assert len(matching) == 1, [(e.type, e.title) for e in events]
    return matching[0]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Witkoff met Umerov in Miami.", EventType.MEETING),
        ("The two leaders held talks in Geneva.", EventType.MEETING),
        ("Macron visited Kyiv.", EventType.VISIT),
        ("The minister arrived in Warsaw.", EventType.VISIT),
        ("Russia warned NATO against deployments.", EventType.STATEMENT),
        ("Ukraine accused Russia of war crimes.", EventType.STATEMENT),
        ("The sides signed a ceasefire agreement.", EventType.AGREEMENT),
        ("Germany delivered air defence systems to Ukraine.", EventType.AID),
        ("The EU imposed new sanctions on Russian banks.", EventType.SANCTIONS),
        ("Russia mobilized reservists.", EventType.MOBILIZATION),
        ("A missile strike hit Dnipro.", EventType.MISSILE_STRIKE),
        ("Ukraine used an ATACMS missile in an attack on Voronezh.", EventType.MISSILE_STRIKE),
        ("A Russian drone attack injured five people in Kharkiv.", EventType.DRONE_ATTACK),
        ("Shahed drones struck Odesa port.", EventType.DRONE_ATTACK),
        ("Airstrikes hit Aleppo.", EventType.AIRSTRIKE),
        ("Russian forces shelled Kherson.", EventType.SHELLING),
        ("Heavy fighting raged near Pokrovsk.", EventType.GROUND_FIGHTING),
        ("Russian troops captured Avdiivka.", EventType.GROUND_FIGHTING),
        ("A car bomb exploded in Baghdad.", EventType.EXPLOSION),
        ("Unknown assailants attacked a checkpoint near Donetsk.", EventType.ATTACK),
        ("Gunmen attacked a checkpoint.", EventType.GROUND_FIGHTING),
        ("Thousands protested in Tbilisi.", EventType.PROTEST),
        ("Authorities evacuated residents from Kupiansk.", EventType.EVACUATION),
        ("Police arrested 20 activists in Minsk.", EventType.OTHER),
    ],
)
def test_trigger_gives_the_event_type(sentence: str, kind: EventType) -> None:
    kinds = {e.type for e in events_of(sentence)}
    assert kind in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Air raid alerts sounded across the east.",
        "The weather was mild and the markets were calm.",
        "Germany pledged new air defense systems.",  # aid, never a strike
    ],
)
def test_no_strike_without_a_strike(sentence: str) -> None:
    strikes = {
        EventType.MISSILE_STRIKE,
        EventType.DRONE_ATTACK,
        EventType.AIRSTRIKE,
        EventType.ATTACK,
    }
    assert not strikes & {e.type for e in events_of(sentence)}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Russia attacked Kharkiv.", EventStatus.HAPPENED),
        ("Driscoll plans to meet Russian officials later.", EventStatus.PLANNED),
        ("The minister will visit Brussels next week.", EventStatus.PLANNED),
        ("The president is due to travel to Paris.", EventStatus.PLANNED),
        ("Russia denied attacking the convoy.", EventStatus.DENIED),
        ("Officials said no missiles were launched at the city.", EventStatus.DENIED),
        ("According to the Russians, all four missiles were intercepted.", EventStatus.CLAIMED),
        ("Moscow claimed its forces captured the village.", EventStatus.CLAIMED),
        ("According to Politico, US officials visited Kyiv.", EventStatus.HAPPENED),
    ],
)
def test_status_flags_plans_denials_and_claims(sentence: str, status: EventStatus) -> None:
    events = events_of(sentence)
    assert events, sentence
    assert events[0].status == status


def test_own_relative_expression_gives_a_relative_basis() -> None:
    # given
    text = "Ukraine struck Voronezh with ATACMS missiles on Tuesday."
    # when
    event = only(events_of(text, expression(text, "on Tuesday", TUESDAY)), EventType.MISSILE_STRIKE)
    # then
    assert event.span == TUESDAY
    assert event.basis == DateBasis.RELATIVE
    assert event.time_expression is not None and event.time_expression.text == "on Tuesday"


def test_own_absolute_expression_gives_an_explicit_basis() -> None:
    text = "Russian forces shelled Kherson on 18 November 2025."
    span = DateSpan.day(date(2025, 11, 18))
    event = only(
        events_of(text, expression(text, "18 November 2025", span, relative=False)),
        EventType.SHELLING,
    )
    assert (event.span, event.basis) == (span, DateBasis.EXPLICIT)


def test_date_is_inherited_from_the_previous_sentence_of_the_paragraph() -> None:
    # given a dated announcement and an undated follow-up in the same paragraph
    text = "Ukraine struck Voronezh on Tuesday. Russia said four missiles were intercepted."
    # when
    events = events_of(text, expression(text, "on Tuesday", TUESDAY))
    # then the follow-up inherits Tuesday, and says so
    follow_up = [e for e in events if "intercepted" in e.sentence][0]
    assert follow_up.span == TUESDAY
    assert follow_up.basis == DateBasis.INHERITED


def test_no_inheritance_across_paragraphs() -> None:
    text = "Ukraine struck Voronezh on Tuesday.\n\nRussian forces shelled Kherson."
    events = events_of(text, expression(text, "on Tuesday", TUESDAY))
    shelling = only(events, EventType.SHELLING)
    assert shelling.span is None and shelling.basis is None


def test_present_tense_report_gets_the_publication_date() -> None:
    text = "Meanwhile, the fighting continues, with seven people injured in Kharkiv after a Russian drone attack."
    event = only(events_of(text), EventType.DRONE_ATTACK)
    assert event.span == DateSpan.day(PUBLISHED)
    assert event.basis == DateBasis.PUBLICATION


def test_currently_counts_as_publication_basis() -> None:
    text = "President Zelensky is currently visiting Spain."
    event = only(
        events_of(text, expression(text, "currently", DateSpan.day(PUBLISHED))), EventType.VISIT
    )
    assert event.basis == DateBasis.PUBLICATION


def test_past_report_without_a_date_has_none() -> None:
    event = only(events_of("Russian forces shelled Kherson."), EventType.SHELLING)
    assert (event.span, event.basis) == (None, None)


def test_no_publication_date_means_no_publication_basis() -> None:
    text = "President Zelensky is currently visiting Spain."
    event = only(events_of(text, published=None), EventType.VISIT)
    assert event.span is None


def test_planned_event_never_takes_the_announcement_date() -> None:
    text = "On Tuesday, Driscoll said he plans to meet Russian officials."
    events = events_of(text, expression(text, "On Tuesday", TUESDAY))
    meeting = only(events, EventType.MEETING)
    assert meeting.status == EventStatus.PLANNED
    assert meeting.span is None


def test_a_report_with_its_own_date_is_an_event_beside_what_it_reports() -> None:
    # given
    text = "The Wall Street Journal reported at the end of August that the US veto, imposed sometime in the spring, was meant to pressure Russia."
    august = DateSpan(date(2025, 8, 21), date(2025, 8, 31), Precision.MONTH)
    spring = DateSpan(date(2025, 3, 1), date(2025, 5, 31), Precision.SEASON)
    # when
    events = events_of(
        text,
        expression(text, "at the end of August", august),
        expression(text, "sometime in the spring", spring),
    )
    # then
    report = only(events, EventType.REPORT)
    veto = only(events, EventType.OTHER)
    assert report.span == august and veto.span == spring
    assert "The Wall Street Journal" in [a.name for a in report.actors]


def test_a_bare_said_with_the_events_date_is_no_extra_event() -> None:
    text = "Russian forces shelled Kherson on Tuesday, officials said."
    events = events_of(text, expression(text, "on Tuesday", TUESDAY))
    assert [e.type for e in events] == [EventType.SHELLING]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ukraine used a US-made ATACMS missile in an attack on the city of Voronezh.",
            "Ukraine strikes Voronezh with ATACMS",
        ),
        (
            "Witkoff discussed the plan in Miami with Rustam Umarov.",
            "Witkoff meets Umerov in Miami",
        ),
        (
            "Seven people were injured in Kharkiv after a Russian drone attack.",
            "Russian drone attack on Kharkiv",
        ),
        ("President Zelensky visited Spain.", "Zelensky visits Spain"),
        (
            "Driscoll plans to meet with Russian officials later.",
            "Driscoll to meet Russian officials",
        ),
    ],
)
def test_titles_say_who_what_where(text: str, title: str) -> None:
    assert title in [e.title for e in events_of(text)]


def test_actors_and_places_are_attached() -> None:
    text = "Ukraine used a US-made ATACMS missile in an attack on the city of Voronezh in eastern Russia."
    event = only(events_of(text), EventType.MISSILE_STRIKE)
    assert [a.name for a in event.actors] == ["Ukraine"]
    assert [p.name for p in event.places][:1] == ["Voronezh"]
    assert event.places[0].latitude is not None


def test_sentence_offsets_are_provenance() -> None:
    text = "Intro line here.\n\nRussian forces shelled Kherson. Nothing else."
    event = only(events_of(text), EventType.SHELLING)
    assert text[event.start : event.end] == event.sentence == "Russian forces shelled Kherson."


def test_a_repeated_sentence_gives_one_event() -> None:
    text = "Witkopf discussed the plan in Miami with Rustam Umarov. Witkov discussed the plan in Miami with Rustam Umarov."
    assert len([e for e in events_of(text) if e.type == EventType.MEETING]) == 1


def test_confidence_is_a_probability_and_rewards_a_date() -> None:
    text = "Russian forces shelled Kherson on Tuesday. Russian forces shelled Sumy."
    events = events_of(text, expression(text, "on Tuesday", TUESDAY))
    dated, undated = events
    assert all(0.0 <= e.confidence <= 1.0 for e in events)
    assert dated.confidence > undated.confidence


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "\x00\x01\x02 garbage ###",
        "attack " * 5000,
        "Kyiv. " * 3000,
        "a" * 100_000,
        "Ünïcödé ☃ — “quoted” ‘text’ …",
    ],
)
def test_any_text_never_raises(text: str) -> None:
    events = find_events(text, [], PUBLISHED)
    assert isinstance(events, list)


def test_expressions_outside_the_text_are_ignored() -> None:
    bogus = TimeExpression("x", 10_000, 10_005, TUESDAY, relative=True)
    assert isinstance(find_events("Russia attacked Kharkiv.", [bogus], PUBLISHED), list)


@pytest.mark.parametrize(
    ("language", "sentence", "kind", "place"),
    [
        (
            "de",
            "Ein russischer Drohnenangriff auf Charkiw verletzte fünf Menschen.",
            EventType.DRONE_ATTACK,
            "Kharkiv",
        ),
        ("fr", "Une frappe de missile a touché Odessa.", EventType.MISSILE_STRIKE, "Odesa"),
        ("es", "Un ataque con drones golpeó Kiev.", EventType.DRONE_ATTACK, "Kyiv"),
        ("uk", "Російські війська обстріляли Харків.", EventType.SHELLING, "Kharkiv"),
        (
            "ru",
            "Российские войска нанесли ракетный удар по Одессе.",
            EventType.MISSILE_STRIKE,
            "Odesa",
        ),
    ],
)
def test_common_triggers_in_other_languages(
    language: str, sentence: str, kind: EventType, place: str
) -> None:
    events = find_events(sentence, [], PUBLISHED, language)
    event = only(events, kind)
    assert place in [p.name for p in event.places]


def test_unknown_language_falls_back_to_english() -> None:
    assert only(
        find_events("Russian forces shelled Kherson.", [], PUBLISHED, "xx"), EventType.SHELLING
    )


def test_a_headline_repeating_the_body_adds_no_event() -> None:
    # given a headline without a date and a body that reports the same strike with its date
    text = "Drones hit Kharkiv apartment blocks\n\nRussian drones struck Kharkiv on Tuesday, injuring five."
    # when
    events = events_of(text, expression(text, "on Tuesday", TUESDAY))
    # then one dated drone attack, told by the body sentence
    (attack,) = [e for e in events if e.type == EventType.DRONE_ATTACK]
    assert attack.span == TUESDAY and attack.sentence.startswith("Russian drones")


def test_an_undated_recap_of_a_dated_strike_in_the_same_place_merges() -> None:
    text = "Russian forces shelled Kherson on Tuesday. Residents said the shelling of Kherson was the worst in weeks."
    events = events_of(text, expression(text, "on Tuesday", TUESDAY))
    assert len([e for e in events if e.type == EventType.SHELLING]) == 1


def test_he_and_she_take_the_person_of_the_previous_sentence() -> None:
    text = "Army Secretary Dan Driscoll arrived in Kyiv. He is expected to meet Russian officials later this month."
    meeting = only(events_of(text), EventType.MEETING)
    assert meeting.title == "Driscoll to meet Russian officials"
    assert "Dan Driscoll" in [a.name for a in meeting.actors]


def test_a_relative_where_clause_shares_the_time_of_its_clause() -> None:
    text = "Zelensky met Sánchez in Madrid on Wednesday, where Spain pledged €300 million for air defence."
    wednesday = DateSpan.day(PUBLISHED)
    aid = only(events_of(text, expression(text, "on Wednesday", wednesday)), EventType.AID)
    assert aid.span == wednesday
    assert aid.title == "Spain pledges €300 million in aid"


@pytest.mark.parametrize(
    ("sentence", "kind", "status"),
    [
        (
            "Arafat rejected a US offer to host a summit in Cairo.",
            EventType.MEETING,
            EventStatus.DENIED,
        ),
        ("Georgia suspended talks with the European Union.", EventType.MEETING, EventStatus.DENIED),
        ("Japan halted aid deliveries to Serbia.", EventType.AID, EventStatus.DENIED),
        ("Turkey called for a ceasefire in Gaza.", EventType.AGREEMENT, EventStatus.PLANNED),
        ("Iran threatened to shell Iraqi towns.", EventType.SHELLING, EventStatus.PLANNED),
    ],
)
def test_an_event_named_as_the_object_of_another_has_not_happened(
    sentence: str, kind: EventType, status: EventStatus
) -> None:
    assert only(events_of(sentence), kind).status == status
