"""Acceptance pass on realistic wire reports (written for these tests, no public text): the dates
and precisions of the events an analyst would look for, the events that must stay undated (a wrong
date is worse than none) and readings that must give no event at all.

Each article is extracted whole, through the pipeline, against its own publication date; the
publication weekdays vary and two articles straddle the new year. The answers were worked out by
hand before the extraction was run.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures.qa_articles import (
    Article,
    Dated,
    NoEvent,
    Undated,
    assert_dated,
    assert_no_event,
    assert_undated,
    events_from,
    extract_all,
)
from timeline_app.domain.model import (
    EventStatus,
    EventType,
    ExtractedEvent,
    Precision,
)

# Published Saturday 2026-01-03.
ODESA_NEW_YEAR = Article(
    date(2026, 1, 3),
    """\
Russian drones hit Odesa energy sites as year ends, Kyiv says

KYIV, January 3 (Wire) — Russia launched a large drone attack on energy facilities in the Odesa region on December 28, leaving tens of thousands of homes without power, Ukraine's energy ministry said on Saturday.

Late on Monday, a missile strike damaged a substation near Zaporizhzhia, the regional governor said. Repair crews restored electricity to most consumers by the next morning.

Ukrainian forces shot down 41 of 57 drones launched overnight, the air force said in a statement this morning.

President Volodymyr Zelensky said on New Year's Eve that Ukraine had received more air defence systems last year than in any year since February 2022.

Foreign ministers of the European Union will meet in Brussels next month to discuss a new aid package for Ukraine.
""",
)

# Published Monday 2025-06-02.
AIRFIELDS = Article(
    date(2025, 6, 2),
    """\
Drone strikes on airfields deep inside Russia, Moscow says talks will go ahead

MOSCOW, June 2 (Wire) — Ukrainian drones struck two military airfields in Russia on the weekend, the Russian Defence Ministry said, describing the attacks as terrorist acts.

Russian air defences destroyed 162 drones overnight over several regions, the ministry said this morning. A woman was killed when debris fell on a house in the Kursk region.

Last week, Russian forces shelled the centre of Sumy, killing three people, regional officials said.

Delegations from Russia and Ukraine are scheduled to hold a second round of talks in Istanbul on Friday, Turkish officials said. The Kremlin denied on Sunday that the talks had been postponed.
""",
)

# Published Thursday 2025-10-16.
KHERSON_TALKS = Article(
    date(2025, 10, 16),
    """\
Ceasefire talks stall as shelling resumes along the front

KYIV, October 16 (Wire) — Russian artillery shelled residential districts of Kherson late on Monday, wounding four people, the regional military administration said.

Two days ago, a Ukrainian delegation met Turkish mediators in Ankara to discuss a prisoner exchange. The mediators had held separate talks with Russian officials the previous day.

In early October, the United Nations warned that humanitarian access to occupied areas had worsened.

Kyiv says the front line has barely moved since mid-2024, when Russian forces captured several villages west of Avdiivka.
""",
)

# Published Friday 2025-03-14.
ENVOY_MOSCOW = Article(
    date(2025, 3, 14),
    """\
Kremlin denies plans for new offensive as envoy visits Moscow

MOSCOW, March 14 (Wire) — US envoy Steve Witkoff met President Vladimir Putin in Moscow on Thursday to present a proposal for a 30-day ceasefire, the Kremlin said.

The Kremlin denied on Wednesday that Russian troops were preparing a new offensive in the Sumy region.

Earlier this week, Ukrainian and American officials held talks in Jeddah. Ukraine agreed there to the ceasefire proposal.

Ukrainian forces first crossed into the Kursk region on 6 August, and Moscow announced a counter-offensive there on 18 November.

Leaders of the so-called coalition of the willing will meet in London next month, a British official said.
""",
)

# Published Tuesday 2025-09-02.
KYIV_ATTACK = Article(
    date(2025, 9, 2),
    """\
Massive attack on Kyiv kills 23, Europe promises more air defence

KYIV, September 2 (Wire) — Russian missiles and drones struck Kyiv at the end of August, killing 23 people, in one of the deadliest attacks on the capital this year.

On Sunday, Ukrainian drones hit an oil refinery in the Krasnodar region, Russian officials said.

Yesterday, the European Commission pledged another 500 million euros for air defence, a spokesperson said.

The United States paused some weapons deliveries sometime in the spring, but resumed them in July.

Ukraine received 60 percent of its shells from European partners last year, the defence ministry said.
""",
)

# Published Friday 2026-01-02.
HOLIDAY_PAUSE = Article(
    date(2026, 1, 2),
    """\
Peace talks to resume after holiday pause, officials say

KYIV, January 2 (Wire) — Russian forces launched a drone attack on Kharkiv on Tuesday, wounding six people, the regional governor said on Thursday.

Last week, negotiators from Ukraine and the United States met in Berlin to review a revised peace framework.

In November, the European Union adopted its 20th sanctions package against Russia.

Talks between Ukrainian and American envoys are expected to resume next week in Geneva.

On Wednesday, Russian shelling killed a man in the town of Nikopol, local authorities said.
""",
)

# Published Thursday 2025-05-22.
SHADOW_FLEET = Article(
    date(2025, 5, 22),
    """\
EU adopts new sanctions against Russia's shadow fleet

BRUSSELS, May 22 (Wire) — The European Union adopted its 17th package of sanctions against Russia on Tuesday, targeting nearly 200 tankers of the so-called shadow fleet.

Britain announced sanctions against 100 more vessels the same day.

Earlier this month, Russia declared a three-day ceasefire to mark the Victory Day celebrations, which Ukraine dismissed as a stunt.

In March, Russia and Ukraine agreed to halt strikes on energy infrastructure, but each side accused the other of violating the deal within days.

EU foreign ministers expect to approve the next package in June.
""",
)

# Published Wednesday 2025-02-26.
ANNIVERSARY = Article(
    date(2025, 2, 26),
    """\
Leaders visit Kyiv on invasion anniversary, pledge new aid

KYIV, February 26 (Wire) — More than a dozen European leaders visited Kyiv on Monday to mark three years since Russia's full-scale invasion began.

Spain's prime minister pledged 1 billion euros in military aid for this year during the visit.

Russian forces have fired more than 40,000 drones at Ukraine since February 2022, the air force said.

On February 18, US and Russian officials met in Riyadh for the first high-level talks since the invasion.

Ukraine and the United States are expected to sign an agreement on minerals in the coming days.
""",
)

# Published Saturday 2025-07-19.
DNIPRO_CLAIMS = Article(
    date(2025, 7, 19),
    """\
Russia and Ukraine trade claims over strike on Dnipro

DNIPRO, July 19 (Wire) — A Russian missile strike on a railway depot in Dnipro killed two people on Friday night, Ukrainian officials said.

Russia's defence ministry claimed on Saturday that it had destroyed a depot holding Western weapons. Ukraine denied that any weapons had been stored there.

On Thursday, a Ukrainian drone attack set fire to an oil depot in the Bryansk region, the regional governor said. He said the previous day that two drones had been shot down over the city.

A grain ship left Odesa earlier in the month despite the threat of attacks.
""",
)

# Published Monday 2025-08-04.
DEADLINE = Article(
    date(2025, 8, 4),
    """\
Envoy to visit Moscow this week as deadline nears

WASHINGTON, August 4 (Wire) — US special envoy Steve Witkoff will travel to Moscow this week, the White House said on Monday, days before a deadline for Russia to agree to a ceasefire.

On 28 July, President Donald Trump gave Russia 10 to 12 days to end the war.

Last month, Russian forces intensified shelling of Kostiantynivka, where several civilians were killed.

Ukraine and Russia exchanged 1,200 prisoners in the summer of 2023, the largest swap at the time.

Russian shelling killed two people in Kherson this morning, the regional governor said.
""",
)

# Published Sunday 2025-11-16.
KYIV_EVACUATION = Article(
    date(2025, 11, 16),
    """\
Kyiv hit by missiles as evacuation widens in the south

KYIV, November 16 (Wire) — Russia fired ballistic missiles at Kyiv early on Sunday, damaging a hospital and several residential buildings, the city's mayor said.

Authorities ordered the evacuation of families with children from 12 villages in the Zaporizhzhia region on Saturday as Russian troops pressed their offensive. Some 3,000 people have been evacuated since the start of the month.

In the past 24 hours, Russian forces attacked Ukrainian positions 180 times along the front line, the General Staff said.

Hundreds of people protested in Tbilisi last Thursday against a new law on foreign agents. Police detained 14 protesters, according to the interior ministry.

Russia's defence minister visited troops in the Donetsk region this week, his ministry said, without giving a date.

Finland will hold a summit of Nordic leaders on air defence in Helsinki in the first week of December.
""",
)

# Published Monday 2025-12-01.
DARFUR_TRUCE = Article(
    date(2025, 12, 1),
    """\
Ceasefire in Sudan's Darfur collapses within days, aid groups say

NAIROBI, December 1 (Wire) — A humanitarian truce agreed in El Fasher on November 24 collapsed at the weekend when the Rapid Support Forces shelled the city again, aid groups said on Monday.

The World Food Programme suspended deliveries to the region on Saturday after a convoy was attacked near Tawila. The agency said the attack killed two drivers.

The army and the RSF signed a declaration of principles in Jeddah in May 2023, but fighting resumed within weeks.

The African Union will send a fact-finding mission to Darfur in January, a spokesman said. He said the mission had been planned since October.

The United States imposed sanctions on two RSF commanders last month.
""",
)


ARTICLES = {
    "ODESA_NEW_YEAR": ODESA_NEW_YEAR,
    "AIRFIELDS": AIRFIELDS,
    "KHERSON_TALKS": KHERSON_TALKS,
    "ENVOY_MOSCOW": ENVOY_MOSCOW,
    "KYIV_ATTACK": KYIV_ATTACK,
    "HOLIDAY_PAUSE": HOLIDAY_PAUSE,
    "SHADOW_FLEET": SHADOW_FLEET,
    "ANNIVERSARY": ANNIVERSARY,
    "DNIPRO_CLAIMS": DNIPRO_CLAIMS,
    "DEADLINE": DEADLINE,
    "KYIV_EVACUATION": KYIV_EVACUATION,
    "DARFUR_TRUCE": DARFUR_TRUCE,
}

D = date
DAY, WEEK, MONTH, SEASON, YEAR = (
    Precision.DAY,
    Precision.WEEK,
    Precision.MONTH,
    Precision.SEASON,
    Precision.YEAR,
)
PLANNED = EventStatus.PLANNED
DENIED = EventStatus.DENIED

DATED = [
    # Across the new year: "December 28" and "late on Monday" are last year's.
    Dated("ODESA_NEW_YEAR", "on December 28", EventType.DRONE_ATTACK, D(2025, 12, 28), D(2025, 12, 28), DAY),
    Dated("ODESA_NEW_YEAR", "Late on Monday", EventType.MISSILE_STRIKE, D(2025, 12, 29), D(2025, 12, 29), DAY),
    Dated("ODESA_NEW_YEAR", "launched overnight", EventType.DRONE_ATTACK, D(2026, 1, 2), D(2026, 1, 3), DAY),
    Dated("ODESA_NEW_YEAR", "next month", EventType.MEETING, D(2026, 2, 1), D(2026, 2, 28), MONTH, PLANNED),
    Dated("AIRFIELDS", "on the weekend", EventType.DRONE_ATTACK, D(2025, 5, 31), D(2025, 6, 1), WEEK),
    Dated("AIRFIELDS", "destroyed 162 drones", EventType.DRONE_ATTACK, D(2025, 6, 1), D(2025, 6, 2), DAY),
    Dated("AIRFIELDS", "Last week", EventType.SHELLING, D(2025, 5, 26), D(2025, 6, 1), WEEK),
    Dated("AIRFIELDS", "on Friday", EventType.MEETING, D(2025, 6, 6), D(2025, 6, 6), DAY, PLANNED),
    Dated("AIRFIELDS", "denied on Sunday", EventType.STATEMENT, D(2025, 6, 1), D(2025, 6, 1), DAY),
    Dated("KHERSON_TALKS", "late on Monday", EventType.SHELLING, D(2025, 10, 13), D(2025, 10, 13), DAY),
    Dated("KHERSON_TALKS", "Two days ago", EventType.MEETING, D(2025, 10, 14), D(2025, 10, 14), DAY),
    # "the previous day" counts from the day before (two days ago), not from publication.
    Dated("KHERSON_TALKS", "the previous day", EventType.MEETING, D(2025, 10, 13), D(2025, 10, 13), DAY),
    Dated("KHERSON_TALKS", "In early October", EventType.STATEMENT, D(2025, 10, 1), D(2025, 10, 10), MONTH),
    # "since mid-2024, when … captured": the capture was in mid-2024, not ever since.
    Dated("KHERSON_TALKS", "mid-2024", EventType.GROUND_FIGHTING, D(2024, 5, 1), D(2024, 8, 31), YEAR),
    Dated("ENVOY_MOSCOW", "on Thursday", EventType.MEETING, D(2025, 3, 13), D(2025, 3, 13), DAY),
    Dated("ENVOY_MOSCOW", "Earlier this week", EventType.MEETING, D(2025, 3, 10), D(2025, 3, 14), WEEK),
    # "18 November" in a March article is last November's.
    Dated("ENVOY_MOSCOW", "on 18 November", EventType.GROUND_FIGHTING, D(2024, 11, 18), D(2024, 11, 18), DAY),
    Dated("ENVOY_MOSCOW", "next month", EventType.MEETING, D(2025, 4, 1), D(2025, 4, 30), MONTH, PLANNED),
    # "… at the end of August, … one of the deadliest attacks … this year": August dates it.
    Dated("KYIV_ATTACK", "at the end of August", EventType.DRONE_ATTACK, D(2025, 8, 21), D(2025, 8, 31), MONTH),
    Dated("KYIV_ATTACK", "On Sunday", EventType.DRONE_ATTACK, D(2025, 8, 31), D(2025, 8, 31), DAY),
    Dated("KYIV_ATTACK", "Yesterday", EventType.AID, D(2025, 9, 1), D(2025, 9, 1), DAY),
    Dated("KYIV_ATTACK", "sometime in the spring", EventType.SANCTIONS, D(2025, 3, 1), D(2025, 5, 31), SEASON),
    Dated("HOLIDAY_PAUSE", "on Tuesday", EventType.DRONE_ATTACK, D(2025, 12, 30), D(2025, 12, 30), DAY),
    Dated("HOLIDAY_PAUSE", "Last week", EventType.MEETING, D(2025, 12, 22), D(2025, 12, 28), WEEK),
    Dated("HOLIDAY_PAUSE", "In November", EventType.SANCTIONS, D(2025, 11, 1), D(2025, 11, 30), MONTH),
    Dated("HOLIDAY_PAUSE", "next week", EventType.MEETING, D(2026, 1, 5), D(2026, 1, 11), WEEK, PLANNED),
    Dated("HOLIDAY_PAUSE", "On Wednesday", EventType.SHELLING, D(2025, 12, 31), D(2025, 12, 31), DAY),
    Dated("SHADOW_FLEET", "on Tuesday", EventType.SANCTIONS, D(2025, 5, 20), D(2025, 5, 20), DAY),
    Dated("SHADOW_FLEET", "the same day", EventType.SANCTIONS, D(2025, 5, 20), D(2025, 5, 20), DAY),
    Dated("SHADOW_FLEET", "In March", EventType.AGREEMENT, D(2025, 3, 1), D(2025, 3, 31), MONTH),
    Dated("ANNIVERSARY", "on Monday", EventType.VISIT, D(2025, 2, 24), D(2025, 2, 24), DAY),
    Dated("ANNIVERSARY", "On February 18", EventType.MEETING, D(2025, 2, 18), D(2025, 2, 18), DAY),
    Dated("DNIPRO_CLAIMS", "on Friday night", EventType.MISSILE_STRIKE, D(2025, 7, 18), D(2025, 7, 18), DAY),
    Dated("DNIPRO_CLAIMS", "On Thursday", EventType.DRONE_ATTACK, D(2025, 7, 17), D(2025, 7, 17), DAY),
    Dated("DEADLINE", "this week", EventType.VISIT, D(2025, 8, 4), D(2025, 8, 10), WEEK, PLANNED),
    # "gave Russia 10 to 12 days": a deadline set on 28 July, a statement and no aid.
    Dated("DEADLINE", "On 28 July", EventType.STATEMENT, D(2025, 7, 28), D(2025, 7, 28), DAY),
    Dated("DEADLINE", "Last month", EventType.SHELLING, D(2025, 7, 1), D(2025, 7, 31), MONTH),
    Dated("DEADLINE", "this morning", EventType.SHELLING, D(2025, 8, 4), D(2025, 8, 4), DAY),
    # Published on a Sunday: "this week" is the week ending that day, "last Thursday" the 13th.
    Dated("KYIV_EVACUATION", "early on Sunday", EventType.MISSILE_STRIKE, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("KYIV_EVACUATION", "on Saturday as", EventType.EVACUATION, D(2025, 11, 15), D(2025, 11, 15), DAY),
    Dated("KYIV_EVACUATION", "In the past 24 hours", EventType.ATTACK, D(2025, 11, 15), D(2025, 11, 16), DAY),
    Dated("KYIV_EVACUATION", "last Thursday", EventType.PROTEST, D(2025, 11, 13), D(2025, 11, 13), DAY),
    Dated("KYIV_EVACUATION", "this week", EventType.VISIT, D(2025, 11, 10), D(2025, 11, 16), WEEK),
    Dated("KYIV_EVACUATION", "the first week of December", EventType.MEETING, D(2025, 12, 1), D(2025, 12, 7), WEEK, PLANNED),
    Dated("DARFUR_TRUCE", "on November 24", EventType.AGREEMENT, D(2025, 11, 24), D(2025, 11, 24), DAY),
    Dated("DARFUR_TRUCE", "at the weekend", EventType.SHELLING, D(2025, 11, 29), D(2025, 11, 30), WEEK),
    Dated("DARFUR_TRUCE", "suspended deliveries", EventType.SANCTIONS, D(2025, 11, 29), D(2025, 11, 29), DAY),
    Dated("DARFUR_TRUCE", "in May 2023", EventType.AGREEMENT, D(2023, 5, 1), D(2023, 5, 31), MONTH),
    Dated("DARFUR_TRUCE", "in January", EventType.OTHER, D(2026, 1, 1), D(2026, 1, 31), MONTH, PLANNED),
    Dated("DARFUR_TRUCE", "last month", EventType.SANCTIONS, D(2025, 11, 1), D(2025, 11, 30), MONTH),
]  # fmt: skip

UNDATED = [
    # The day after "denied" is the denial's; the denied offensive has none.
    Undated("ENVOY_MOSCOW", "denied on Wednesday", EventType.GROUND_FIGHTING, DENIED),
    # "a proposal for a 30-day ceasefire" is no ceasefire agreed on Thursday.
    Undated("ENVOY_MOSCOW", "a proposal for a 30-day ceasefire", EventType.AGREEMENT, PLANNED),
    # "pledged … for this year": the year the aid covers, not the day of the pledge.
    Undated("ANNIVERSARY", "for this year", EventType.AID, EventStatus.HAPPENED),
    # The dateline's day is when the story was filed, not when Russia is to agree.
    Undated("DEADLINE", "a deadline for Russia", EventType.AGREEMENT, PLANNED),
]

NO_EVENT = [
    # "three years since Russia's full-scale invasion began" and "the first talks since the
    # invasion" refer to 2022; neither is fighting on the sentence's date.
    NoEvent("ANNIVERSARY", "since Russia's full-scale invasion", EventType.GROUND_FIGHTING),
    NoEvent("ANNIVERSARY", "since the invasion", EventType.GROUND_FIGHTING),
    NoEvent("ANNIVERSARY", "on invasion anniversary", EventType.GROUND_FIGHTING),
    # Shells received are ammunition, not shelling.
    NoEvent("KYIV_ATTACK", "60 percent of its shells", EventType.SHELLING),
    # What sanctions are "targeting" is their object.
    NoEvent("SHADOW_FLEET", "targeting nearly 200 tankers", EventType.ATTACK),
    # "despite the threat of attacks" reports no attack.
    NoEvent("DNIPRO_CLAIMS", "the threat of attacks", EventType.ATTACK),
    NoEvent("DEADLINE", "10 to 12 days", EventType.AID),
    # "aid groups said on Monday": who told it, no aid on Monday; a mission sent is no aid.
    NoEvent("DARFUR_TRUCE", "aid groups said on Monday", EventType.AID),
    NoEvent("DARFUR_TRUCE", "send a fact-finding mission", EventType.AID),
    # "signed a declaration of principles" is the agreement, not a statement besides.
    NoEvent("DARFUR_TRUCE", "declaration of principles", EventType.STATEMENT),
]


@pytest.fixture(scope="module")
def events_by_article() -> dict[str, list[ExtractedEvent]]:
    return extract_all(ARTICLES)


@pytest.mark.parametrize("expected", DATED, ids=[f"{d.article}:{d.sentence_has}" for d in DATED])
def test_event_has_its_date_and_precision(
    events_by_article: dict[str, list[ExtractedEvent]], expected: Dated
) -> None:
    assert_dated(events_by_article[expected.article], ARTICLES[expected.article].text, expected)


@pytest.mark.parametrize(
    "expected", UNDATED, ids=[f"{u.article}:{u.sentence_has}" for u in UNDATED]
)
def test_event_stays_undated(
    events_by_article: dict[str, list[ExtractedEvent]], expected: Undated
) -> None:
    assert_undated(events_by_article[expected.article], expected)


@pytest.mark.parametrize(
    "expected", NO_EVENT, ids=[f"{n.article}:{n.sentence_has}" for n in NO_EVENT]
)
def test_misreading_gives_no_event(
    events_by_article: dict[str, list[ExtractedEvent]], expected: NoEvent
) -> None:
    assert_no_event(events_by_article[expected.article], ARTICLES[expected.article].text, expected)


def test_no_plan_or_denial_is_dated_in_the_past(
    events_by_article: dict[str, list[ExtractedEvent]],
) -> None:
    for name, events in events_by_article.items():
        published = ARTICLES[name].published
        for event in events:
            if event.status in (PLANNED, DENIED) and event.span is not None:
                assert event.span.start >= published, (name, event.title)


def test_interceptions_name_the_defender(
    events_by_article: dict[str, list[ExtractedEvent]],
) -> None:
    # "Russian air defences destroyed 162 drones": Russia shot them down, it did not attack.
    (event,) = events_from(
        events_by_article["AIRFIELDS"], "destroyed 162 drones", EventType.DRONE_ATTACK
    )
    assert event.title == "Russia says drones intercepted"
    # "57 drones launched overnight" were shot down by Ukraine: no Ukrainian drone attack besides.
    (event,) = events_from(
        events_by_article["ODESA_NEW_YEAR"], "shot down 41", EventType.DRONE_ATTACK
    )
    assert event.title == "Ukrainian forces say drones intercepted"
    # "Ukrainian drones struck …, the Russian Defence Ministry said, describing the attacks…"
    (event,) = events_from(events_by_article["AIRFIELDS"], "on the weekend", EventType.DRONE_ATTACK)
    assert event.title == "Ukrainian drone attack on Russia"
