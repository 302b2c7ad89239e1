"""Acceptance pass on the time phrases of English wire copy (short reports written for these tests,
no public text): "late on Monday", "on the night of 16-17 November", "over the weekend", "a day
earlier", "on Friday and Saturday", "last Thursday", "on the 16th", datelines of every shape,
quotes that carry their own time and reported speech. A wrong date is worse than none.

The answers were worked out by hand before the extraction was run. Most reports are published on
Wednesday 2025-11-19; the others say when they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures.qa_articles import (
    Article,
    Dated,
    Undated,
    assert_dated,
    assert_undated,
    events_from,
    extract_all,
)
from timeline_app.domain.model import EventStatus, EventType, ExtractedEvent, Precision
from timeline_app.extraction.dates import find_time_expressions

WEDNESDAY = date(2025, 11, 19)

KHARKIV_NIGHTS = Article(
    WEDNESDAY,
    """\
Russian drones and missiles hit Kharkiv and Dnipro

KHARKIV, Nov 19 (Reuters) - Russian drones struck Kharkiv late on Monday, killing two people, the regional governor said.

Russian missiles hit Dnipro early Tuesday, wounding five people, officials said.

A drone attack hit the port of Izmail in the early hours of Wednesday, the regional governor said.
""",
)

NIGHT_OF = Article(
    WEDNESDAY,
    """\
KYIV, 19 November 2025 — Russia launched 80 drones at Ukraine on the night of 16-17 November, the air force said.

Separately, Israeli strikes hit southern Lebanon on Nov. 16-17, Lebanon's health ministry said.
""",
)

EL_FASHER_WEEKEND = Article(
    WEDNESDAY,
    """\
PORT SUDAN, Nov 19 (Reuters) - RSF fighters shelled El Fasher over the weekend, killing dozens of civilians, the army said.

Houthi forces attacked a tanker in the Red Sea last weekend, the U.S. military said.

Foreign ministers will meet in Brussels this weekend to discuss humanitarian aid for Sudan.
""",
)

# Published Monday 2025-11-17: "this weekend" is the one just past.
GOMA_THIS_WEEKEND = Article(
    date(2025, 11, 17),
    """\
GOMA, Democratic Republic of Congo (AP) — M23 rebels clashed with Congolese troops near Sake this weekend, residents said.
""",
)

GAZA_EARLIER = Article(
    WEDNESDAY,
    """\
GAZA, Nov 19 (Reuters) - Israeli strikes killed 12 people in Gaza City on Monday, medics said. Earlier on Monday, an Israeli drone hit a car in Khan Younis, killing two men.

Monday's attack on Sumy killed 12 people, Ukrainian officials said.
""",
)

KHERSON_DAY_EARLIER = Article(
    WEDNESDAY,
    """\
KHERSON, Ukraine (AP) — Russian forces shelled Kherson on Monday, wounding four people. A day earlier, drones hit Odesa, killing one man.
""",
)

NIKOPOL_PREVIOUS_DAY = Article(
    WEDNESDAY,
    """\
Russian missiles struck Zaporizhzhia on Tuesday, the governor said. Drones hit Nikopol the previous day, killing a woman.
""",
)

SUMY_DAY_BEFORE = Article(
    WEDNESDAY,
    """\
Russian forces shelled Sumy on Sunday. Drones hit Chernihiv the day before, officials said.
""",
)

RED_SEA_HOURS_LATER = Article(
    WEDNESDAY,
    """\
DUBAI, Nov 19 (Reuters) - Houthi rebels attacked a cargo ship in the Red Sea on Sunday, the UKMTO said. Hours later, U.S. forces struck a Houthi radar site near Hodeidah.
""",
)

ZAPORIZHZHIA_24_HOURS = Article(
    WEDNESDAY,
    """\
Russian forces attacked Zaporizhzhia 450 times in the past 24 hours, the governor said.
""",
)

GOMA_SINCE_FRIDAY = Article(
    WEDNESDAY,
    """\
Fighting has raged in Goma since Friday, residents said.
""",
)

GAZA_TWO_DAYS = Article(
    WEDNESDAY,
    """\
JERUSALEM — Israeli aircraft struck targets in Gaza on Friday and Saturday, the military said.

Drones hit Kharkiv on Saturday and again on Sunday, Ukrainian officials said.

Russian forces shelled Kherson on Monday and Thursday of last week, the governor said.
""",
)

ZAPORIZHZHIA_WEEK = Article(
    WEDNESDAY,
    """\
Russian missiles have hit Zaporizhzhia twice this week, the governor said.

Russian drones attacked Kyiv for a second night on Tuesday, the mayor said.

Israeli strikes hit Khan Younis for the third consecutive day on Tuesday, medics said.
""",
)

SAGAING_LAST_THURSDAY = Article(
    WEDNESDAY,
    """\
YANGON, 19 November 2025 — Junta aircraft bombed a village in Sagaing last Thursday, killing 20 people, residents said.

Jihadists attacked an army post in northern Burkina Faso this past Sunday, security sources said.
""",
)

# Published Friday 2025-11-21: "last Thursday" is not yesterday (that would be "on Thursday").
SAGAING_FRIDAY = Article(
    date(2025, 11, 21),
    """\
Junta aircraft bombed a monastery in Sagaing last Thursday, killing 11 people, residents said.
""",
)

LOCAL_TIME = Article(
    WEDNESDAY,
    """\
Houthi forces fired a missile at a cargo ship on Sunday evening local time, the UKMTO said.

The attack on the port of Hodeidah began at 0300 GMT on Tuesday, the group said.
""",
)

DJIBO = Article(
    WEDNESDAY,
    """\
OUAGADOUGOU, Nov 19 (Reuters) - Militants attacked a convoy near Djibo on Sunday evening local time (1800 GMT), the army said.
""",
)

PISHCHANE = Article(
    WEDNESDAY,
    """\
Russian forces captured the village of Pishchane on Nov. 16, the Russian defence ministry said.

Malian troops and Wagner fighters killed civilians in a village near Timbuktu on Nov 9th, witnesses said.
""",
)

KUPIANSK_16TH = Article(
    WEDNESDAY,
    """\
Russian forces shelled Kupiansk on Monday. Drones hit the city again on the 16th, officials said.

Ukraine's foreign minister will meet his Turkish counterpart in Ankara on the 24th.

Russian forces shelled Kherson on the 16th and 17th, the regional administration said.
""",
)

MONTH_PARTS = Article(
    WEDNESDAY,
    """\
Fighting intensified around Pokrovsk in mid-November, analysts said.

The RSF killed hundreds of civilians in El Fasher earlier this month, the U.N. said.

Jihadists killed 50 soldiers in Mali late last month, the army said.

In October, Russian forces shelled Kherson almost daily. Drones hit Odesa on the 16th, killing three.
""",
)

# Filed on Monday 17 November, read on Wednesday: its "yesterday" and "overnight" are Monday's.
KHARKIV_FILED_MONDAY = Article(
    WEDNESDAY,
    """\
KYIV, Nov 17 (Reuters) - Russian drones hit Kharkiv yesterday, killing three people, the governor said.

Russian missiles struck Ternopil overnight, officials said.
""",
)

IZMAIL_FILED_MONDAY = Article(
    WEDNESDAY,
    """\
ODESA -- 17 November 2025 -- Russian drones hit the port of Izmail yesterday, officials said.
""",
)

# Read on Wednesday, updated on Tuesday: its "overnight" is the night that ended on Tuesday.
TERNOPIL_UPDATED = Article(
    WEDNESDAY,
    """\
Missile strike on Ternopil

Updated 18 November 2025, 14:05 GMT

Russian missiles struck Ternopil overnight, killing at least 20 people, officials said.
""",
)

# Filed on Monday: what "is" going on is Monday's.
KUPIANSK_FILED_MONDAY = Article(
    WEDNESDAY,
    """\
KHARKIV, Nov 17 (Reuters) - Russian forces are shelling the outskirts of Kupiansk, the regional governor said.
""",
)

DATELINES = Article(
    WEDNESDAY,
    """\
KHARTOUM, Nov. 18 /AFP/ - Paramilitary fighters shelled Omdurman on Saturday, medics said.

BEIRUT — Israeli strikes hit the southern town of Nabatieh on Tuesday, killing two people, the health ministry said.

KYIV (AP) — Russian forces shelled Nikopol on Monday, wounding four people.
""",
)

OVERNIGHT_INTO = Article(
    WEDNESDAY,
    """\
Russian drones hit Kyiv overnight into Tuesday, killing six people.
""",
)

QUOTED_NIGHT = Article(
    WEDNESDAY,
    """\
"Drones attacked Sumy last night," the mayor said on Monday.
""",
)

REPORTED_DEEDS = Article(
    WEDNESDAY,
    """\
The Sudanese army said on Monday it had recaptured the town of Babanusa.

Ukraine's military said on Tuesday it had struck an oil refinery in Russia's Saratov region overnight.

The M23 said on Sunday that it had captured the town of Uvira on Friday.
""",
)

BARA_BY_SUNDAY = Article(
    WEDNESDAY,
    """\
PORT SUDAN, Nov 19 (Reuters) - Sudanese troops had retaken the town of Bara by Sunday, the army said.

Five people were killed by Sunday's strike on Sumy, officials said.
""",
)

KUPIANSK_TALLY = Article(
    WEDNESDAY,
    """\
Russian forces shelled Kupiansk on Monday, the governor said. Ukrainian air defences shot down 42 of 57 drones launched overnight, the air force said.
""",
)

ARTICLES = {
    "KHARKIV_NIGHTS": KHARKIV_NIGHTS,
    "NIGHT_OF": NIGHT_OF,
    "EL_FASHER_WEEKEND": EL_FASHER_WEEKEND,
    "GOMA_THIS_WEEKEND": GOMA_THIS_WEEKEND,
    "GAZA_EARLIER": GAZA_EARLIER,
    "KHERSON_DAY_EARLIER": KHERSON_DAY_EARLIER,
    "NIKOPOL_PREVIOUS_DAY": NIKOPOL_PREVIOUS_DAY,
    "SUMY_DAY_BEFORE": SUMY_DAY_BEFORE,
    "RED_SEA_HOURS_LATER": RED_SEA_HOURS_LATER,
    "ZAPORIZHZHIA_24_HOURS": ZAPORIZHZHIA_24_HOURS,
    "GOMA_SINCE_FRIDAY": GOMA_SINCE_FRIDAY,
    "GAZA_TWO_DAYS": GAZA_TWO_DAYS,
    "ZAPORIZHZHIA_WEEK": ZAPORIZHZHIA_WEEK,
    "SAGAING_LAST_THURSDAY": SAGAING_LAST_THURSDAY,
    "SAGAING_FRIDAY": SAGAING_FRIDAY,
    "LOCAL_TIME": LOCAL_TIME,
    "DJIBO": DJIBO,
    "PISHCHANE": PISHCHANE,
    "KUPIANSK_16TH": KUPIANSK_16TH,
    "MONTH_PARTS": MONTH_PARTS,
    "KHARKIV_FILED_MONDAY": KHARKIV_FILED_MONDAY,
    "IZMAIL_FILED_MONDAY": IZMAIL_FILED_MONDAY,
    "TERNOPIL_UPDATED": TERNOPIL_UPDATED,
    "KUPIANSK_FILED_MONDAY": KUPIANSK_FILED_MONDAY,
    "DATELINES": DATELINES,
    "OVERNIGHT_INTO": OVERNIGHT_INTO,
    "QUOTED_NIGHT": QUOTED_NIGHT,
    "REPORTED_DEEDS": REPORTED_DEEDS,
    "KUPIANSK_TALLY": KUPIANSK_TALLY,
    "BARA_BY_SUNDAY": BARA_BY_SUNDAY,
}

D = date
DAY, WEEK, MONTH = Precision.DAY, Precision.WEEK, Precision.MONTH
PLANNED = EventStatus.PLANNED
T = EventType

# fmt: off
DATED = [
    Dated("KHARKIV_NIGHTS", "late on Monday", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("KHARKIV_NIGHTS", "early Tuesday", T.MISSILE_STRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("KHARKIV_NIGHTS", "early hours of Wednesday", T.DRONE_ATTACK, D(2025, 11, 19), D(2025, 11, 19), DAY),
    # A night told by its two days is both.
    Dated("NIGHT_OF", "night of 16-17 November", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 17), DAY),
    Dated("NIGHT_OF", "Nov. 16-17", T.ATTACK, D(2025, 11, 16), D(2025, 11, 17), DAY),
    # On a Wednesday, "over the weekend" and "last weekend" are the one just past, "this
    # weekend" with a future verb the one ahead.
    Dated("EL_FASHER_WEEKEND", "over the weekend", T.SHELLING, D(2025, 11, 15), D(2025, 11, 16), WEEK),
    Dated("EL_FASHER_WEEKEND", "last weekend", T.ATTACK, D(2025, 11, 15), D(2025, 11, 16), WEEK),
    Dated("EL_FASHER_WEEKEND", "this weekend", T.MEETING, D(2025, 11, 22), D(2025, 11, 23), WEEK, PLANNED),
    Dated("GOMA_THIS_WEEKEND", "this weekend", T.GROUND_FIGHTING, D(2025, 11, 15), D(2025, 11, 16), WEEK),
    Dated("GAZA_EARLIER", "in Gaza City on Monday", T.ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("GAZA_EARLIER", "Earlier on Monday", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("GAZA_EARLIER", "Monday's attack", T.ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    # "A day earlier", "the previous day", "the day before": counted from the day just told.
    Dated("KHERSON_DAY_EARLIER", "A day earlier", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("NIKOPOL_PREVIOUS_DAY", "the previous day", T.DRONE_ATTACK, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("SUMY_DAY_BEFORE", "the day before", T.DRONE_ATTACK, D(2025, 11, 15), D(2025, 11, 15), DAY),
    Dated("RED_SEA_HOURS_LATER", "Hours later", T.ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("ZAPORIZHZHIA_24_HOURS", "past 24 hours", T.ATTACK, D(2025, 11, 18), D(2025, 11, 19), DAY),
    # "since Friday", present perfect: from Friday up to the time of writing.
    Dated("GOMA_SINCE_FRIDAY", "since Friday", T.GROUND_FIGHTING, D(2025, 11, 14), D(2025, 11, 19), DAY),
    # A happening told on two days near each other took both.
    Dated("GAZA_TWO_DAYS", "on Friday and Saturday", T.AIRSTRIKE, D(2025, 11, 14), D(2025, 11, 15), DAY),
    Dated("GAZA_TWO_DAYS", "again on Sunday", T.DRONE_ATTACK, D(2025, 11, 15), D(2025, 11, 16), DAY),
    Dated("ZAPORIZHZHIA_WEEK", "twice this week", T.MISSILE_STRIKE, D(2025, 11, 17), D(2025, 11, 23), WEEK),
    Dated("ZAPORIZHZHIA_WEEK", "for a second night", T.DRONE_ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("ZAPORIZHZHIA_WEEK", "third consecutive day", T.ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    # On a Wednesday this week's Thursday is ahead: "last Thursday" is last week's.
    Dated("SAGAING_LAST_THURSDAY", "last Thursday", T.AIRSTRIKE, D(2025, 11, 13), D(2025, 11, 13), DAY),
    Dated("SAGAING_LAST_THURSDAY", "this past Sunday", T.ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("SAGAING_FRIDAY", "last Thursday", T.AIRSTRIKE, D(2025, 11, 13), D(2025, 11, 13), DAY),
    Dated("LOCAL_TIME", "fired a missile", T.MISSILE_STRIKE, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("DJIBO", "(1800 GMT)", T.ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("LOCAL_TIME", "0300 GMT on Tuesday", T.ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("PISHCHANE", "on Nov. 16", T.GROUND_FIGHTING, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("PISHCHANE", "on Nov 9th", T.ATTACK, D(2025, 11, 9), D(2025, 11, 9), DAY),
    # "the 16th": a day of the month under discussion (else of publication's), never the day
    # the sentence before was about.
    Dated("KUPIANSK_16TH", "again on the 16th", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("KUPIANSK_16TH", "on the 24th", T.MEETING, D(2025, 11, 24), D(2025, 11, 24), DAY, PLANNED),
    Dated("KUPIANSK_16TH", "16th and 17th", T.SHELLING, D(2025, 11, 16), D(2025, 11, 17), DAY),
    Dated("MONTH_PARTS", "mid-November", T.GROUND_FIGHTING, D(2025, 11, 11), D(2025, 11, 20), MONTH),
    Dated("MONTH_PARTS", "earlier this month", T.ATTACK, D(2025, 11, 1), D(2025, 11, 19), MONTH),
    Dated("MONTH_PARTS", "late last month", T.ATTACK, D(2025, 10, 21), D(2025, 10, 31), MONTH),
    Dated("MONTH_PARTS", "Odesa on the 16th", T.DRONE_ATTACK, D(2025, 10, 16), D(2025, 10, 16), DAY),
    # A story filed on Monday tells "yesterday" and "overnight" from Monday, whenever it is read.
    Dated("KHARKIV_FILED_MONDAY", "yesterday", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("KHARKIV_FILED_MONDAY", "Ternopil overnight", T.MISSILE_STRIKE, D(2025, 11, 16), D(2025, 11, 17), DAY),
    Dated("IZMAIL_FILED_MONDAY", "yesterday", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("TERNOPIL_UPDATED", "Ternopil overnight", T.MISSILE_STRIKE, D(2025, 11, 17), D(2025, 11, 18), DAY),
    Dated("KUPIANSK_FILED_MONDAY", "are shelling", T.SHELLING, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("DATELINES", "Omdurman on Saturday", T.SHELLING, D(2025, 11, 15), D(2025, 11, 15), DAY),
    Dated("DATELINES", "Nabatieh on Tuesday", T.ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("DATELINES", "Nikopol on Monday", T.SHELLING, D(2025, 11, 17), D(2025, 11, 17), DAY),
    Dated("OVERNIGHT_INTO", "overnight into Tuesday", T.DRONE_ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    # The mayor's "last night", said on Monday, is Sunday night.
    Dated("QUOTED_NIGHT", "last night", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    # "said on Tuesday it had struck … overnight": the night that ended on Tuesday.
    Dated("REPORTED_DEEDS", "Saratov region overnight", T.ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("BARA_BY_SUNDAY", "Sunday's strike", T.ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("REPORTED_DEEDS", "Uvira on Friday", T.GROUND_FIGHTING, D(2025, 11, 14), D(2025, 11, 14), DAY),
]
# fmt: on

UNDATED = [
    # "by Sunday": on or before it, at a day not told.
    Undated("BARA_BY_SUNDAY", "by Sunday,", T.GROUND_FIGHTING, EventStatus.HAPPENED),
    # "said on Monday it had recaptured": by Monday, on a day not told.
    Undated(
        "REPORTED_DEEDS", "recaptured the town of Babanusa", T.GROUND_FIGHTING, EventStatus.HAPPENED
    ),
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


def test_two_days_far_apart_stay_the_first() -> None:
    # "on Monday and Thursday of last week": not one happening across four days.
    events = extract_all({"A": GAZA_TWO_DAYS})["A"]
    (event,) = events_from(events, "Monday and Thursday", EventType.SHELLING)
    assert event.span is not None
    assert event.span.end - event.span.start < date(2025, 11, 4) - date(2025, 11, 1)


def test_a_nationwide_tally_takes_no_place_from_a_shelling(
    events_by_article: dict[str, list[ExtractedEvent]],
) -> None:
    # "shelled Kupiansk … shot down 42 of 57 drones": the drones were not over Kupiansk.
    (event,) = events_from(
        events_by_article["KUPIANSK_TALLY"], "shot down 42 of 57", EventType.DRONE_ATTACK
    )
    assert not event.places, event.places
    assert "Kupiansk" not in event.title
    assert event.span is not None
    assert (event.span.start, event.span.end) == (date(2025, 11, 18), date(2025, 11, 19))


def test_the_nth_is_no_century_or_floor() -> None:
    for text in (
        "The monastery dates from the 16th century.",
        "Fighting reached the 3rd floor, the 2nd brigade said on the 5th anniversary.",
    ):
        found = find_time_expressions(text, WEDNESDAY)
        assert all(e.span is None or e.span.precision != Precision.DAY for e in found), found
