"""Acceptance pass on what English wire copy tells of the days ahead, and of days told from another
day: the present progressive and the simple present of a timetable ("is meeting Trump on Friday",
"the ministers meet on Monday"), "is set to", "is expected to", "is scheduled to", "plans to",
"are due to", "this weekend", "later this week", "next week", "in the coming days"; deeds reported
on a day of their own ("said on Thursday its troops had repelled an attack on Wednesday"); plans
called off; quotes whose deed has no day but the speaker's; stories filed days before they were
read. Short reports written for these tests (no public text); a wrong date is worse than none.

The answers were worked out by hand before the extraction was run. Reports are published on
Wednesday 2025-11-19 unless they say otherwise: Monday 17, Tuesday 18, Thursday 20, Friday 21,
this weekend 22-23, next Monday 24; last Wednesday 12, last Thursday 13, last Sunday 16.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures.qa_articles import (
    Article,
    Dated,
    Undated,
    assert_dated,
    assert_dated_among,
    assert_undated,
    events_from,
    extract_all,
    listing,
)
from timeline_app.domain.model import (
    DateBasis,
    DateSpan,
    EventStatus,
    EventType,
    ExtractedEvent,
    Precision,
)
from timeline_app.extraction.dates import find_time_expressions
from timeline_app.extraction.event_context import planned_if_ahead

WEDNESDAY = date(2025, 11, 19)
MONDAY = date(2025, 11, 17)
FRIDAY = date(2025, 11, 21)

# The present tense of an arrangement ------------------------------------------------------------

ZELENSKY_WASHINGTON = Article(
    WEDNESDAY,
    """\
KYIV, Nov 19 (Reuters) - Ukrainian President Volodymyr Zelensky is meeting President Donald Trump on Friday in Washington, his office said.
""",
)

RUTTE_KYIV = Article(
    WEDNESDAY,
    """\
NATO Secretary General Mark Rutte is visiting Kyiv on Thursday, the alliance said.
""",
)

EU_MINISTERS = Article(
    WEDNESDAY,
    """\
BRUSSELS (AP) — European Union foreign ministers meet in Brussels on Monday to discuss a new package of measures against Russia.
""",
)

LEBANON_CABINET = Article(
    WEDNESDAY,
    """\
Israel's security cabinet meets on Thursday to discuss the ceasefire with Lebanon, an Israeli official said.
""",
)

JEDDAH_RESUME = Article(
    WEDNESDAY,
    """\
Sudan's army said the two sides resume talks in Jeddah on Sunday.
""",
)

NATO_GATHER = Article(
    WEDNESDAY,
    """\
On Thursday, NATO defence ministers gather in Brussels for talks on air defence for Ukraine.
""",
)

NAQOURA_IS_ON = Article(
    WEDNESDAY,
    """\
A new round of talks between Israeli and Lebanese officials is on Friday in Naqoura, a U.S. official said.
""",
)

# Published Monday 2025-11-17: "on Wednesday" is two days ahead.
ZELENSKY_ANKARA = Article(
    MONDAY,
    """\
Zelensky travels to Ankara on Wednesday for talks with Turkish President Tayyip Erdogan.
""",
)

MYANMAR_BEIJING = Article(
    WEDNESDAY,
    """\
Myanmar's junta chief Min Aung Hlaing is visiting Beijing this weekend for talks with Chinese leaders, state media said.
""",
)

# The historic present of a headline, slipped into the body: a strike is no timetable, so the
# past reading stays (wire copy tells what happened in the past tense).
KYIV_HISTORIC_PRESENT = Article(
    WEDNESDAY,
    """\
Russia strikes Kyiv on Tuesday, killing four people, the city's mayor said.

Russia attacks Ukraine's energy grid in Lviv on Saturday, Ukrenergo says.
""",
)

# Future cue words ------------------------------------------------------------------------------

ISTANBUL_DUE = Article(
    WEDNESDAY,
    """\
Talks between Ukrainian and Russian delegations are due to resume in Istanbul on Monday.
""",
)

RIYADH_EXPECT = Article(
    WEDNESDAY,
    """\
Officials expect the Ukrainian delegation to arrive in Riyadh on Sunday.
""",
)

ANKARA_SET = Article(
    WEDNESDAY,
    """\
Turkish President Tayyip Erdogan is set to host Zelensky in Ankara later this week.
""",
)

ORBAN_EXPECTED = Article(
    WEDNESDAY,
    """\
Hungarian Prime Minister Viktor Orban is expected to visit Moscow next week, the Kremlin said.
""",
)

SECURITY_COUNCIL = Article(
    WEDNESDAY,
    """\
The U.N. Security Council is scheduled to meet on Yemen on Monday, diplomats said.
""",
)

MACRON_KINSHASA = Article(
    WEDNESDAY,
    """\
French President Emmanuel Macron plans to travel to Kinshasa this weekend, the Elysee said.
""",
)

DOHA_COMING_DAYS = Article(
    WEDNESDAY,
    """\
Qatari mediators will meet Hamas leaders in Doha in the coming days.
""",
)

NAQOURA_FRIDAY = Article(
    WEDNESDAY,
    """\
Israeli and Lebanese officials will hold talks in Naqoura on Friday, a U.S. official said.
""",
)

WASHINGTON_SIGN = Article(
    WEDNESDAY,
    """\
Congolese and Rwandan ministers are set to sign a peace deal in Washington on Thursday.
""",
)

JEDDAH_TRUCE = Article(
    WEDNESDAY,
    """\
The Sudanese army and the RSF are due to sign a truce in Jeddah next week.
""",
)

GENEVA_AGAIN = Article(
    WEDNESDAY,
    """\
Ukrainian and U.S. officials met in Geneva on Sunday and will meet again in Abu Dhabi on Friday.
""",
)

# Days told from the day of a report ----------------------------------------------------------

EL_OBEID_REPELLED = Article(
    WEDNESDAY,
    """\
PORT SUDAN, Nov 19 (Reuters) - Sudan's army said on Thursday that its troops had repelled an RSF attack on El Obeid on Wednesday.
""",
)

IZMAIL_TOLD_THURSDAY = Article(
    WEDNESDAY,
    """\
Russian drones attacked the port of Izmail on Wednesday, Ukrainian officials said on Thursday.
""",
)

# Published Friday 2025-11-21: "on Wednesday" is the 19th, said the day after.
HOUTHI_MISSILE = Article(
    FRIDAY,
    """\
Houthi forces fired a ballistic missile at Eilat on Tuesday, the Israeli military said on Wednesday.
""",
)

KAYES_CONVOY = Article(
    WEDNESDAY,
    """\
BAMAKO (Reuters) - Mali's army said on Tuesday that jihadists had attacked a fuel convoy near Kayes on Sunday.
""",
)

# Plans called off or kept -----------------------------------------------------------------------

RUBIO_CANCELLED = Article(
    WEDNESDAY,
    """\
U.S. Secretary of State Marco Rubio's visit to Kyiv, planned for Thursday, was cancelled, the State Department said.
""",
)

LUANDA_POSTPONED = Article(
    WEDNESDAY,
    """\
An EU-African Union summit in Luanda scheduled for next month was postponed on Monday, officials said.
""",
)

BUDAPEST_CALLED_OFF = Article(
    WEDNESDAY,
    """\
Talks between Russian and U.S. officials set for Thursday in Budapest were called off, the Kremlin said.
""",
)

DOHA_WENT_AHEAD = Article(
    WEDNESDAY,
    """\
Talks between Israeli and Hamas negotiators in Doha, scheduled for Monday, went ahead as planned, Qatar's foreign ministry said.
""",
)

# Quotes and the speaker's day --------------------------------------------------------------------

KHARKIV_QUOTE = Article(
    WEDNESDAY,
    """\
"Russian drones attacked our city again," Kharkiv mayor Ihor Terekhov said on Monday.
""",
)

KHARKIV_QUOTE_OWN_DAY = Article(
    WEDNESDAY,
    """\
"Russian drones attacked Kharkiv on Sunday night," the mayor said on Monday.
""",
)

KHERSON_QUOTE_NOW = Article(
    WEDNESDAY,
    """\
"Russian forces are shelling Kherson right now," the regional governor said on Monday.
""",
)

# Stories filed days before they were read -------------------------------------------------------

JEDDAH_FILED = Article(
    WEDNESDAY,
    """\
JEDDAH, Nov 14 (Reuters) - Sudan's army and the RSF will hold talks in Jeddah on Monday, Saudi officials said.
""",
)

ANKARA_FILED_FRIDAY = Article(
    WEDNESDAY,
    """\
ANKARA, Nov 14 (Reuters) - Zelensky will meet Erdogan in Ankara on Friday, the Turkish presidency said.
""",
)

WALIKALE_FILED = Article(
    WEDNESDAY,
    """\
GOMA, Nov 12 (AP) — M23 rebels captured the town of Walikale on Tuesday, residents said.
""",
)

# Ongoing and past controls ----------------------------------------------------------------------

KHAN_YOUNIS_ONGOING = Article(
    WEDNESDAY,
    """\
Israeli strikes are continuing in Khan Younis, Gaza's civil defence said.
""",
)

GAZA_CITY_SUNDAY = Article(
    WEDNESDAY,
    """\
Israeli strikes hit Gaza City on Sunday, killing at least 20 people, health officials said.
""",
)

ARTICLES = {
    "ZELENSKY_WASHINGTON": ZELENSKY_WASHINGTON,
    "RUTTE_KYIV": RUTTE_KYIV,
    "EU_MINISTERS": EU_MINISTERS,
    "LEBANON_CABINET": LEBANON_CABINET,
    "JEDDAH_RESUME": JEDDAH_RESUME,
    "NATO_GATHER": NATO_GATHER,
    "NAQOURA_IS_ON": NAQOURA_IS_ON,
    "ZELENSKY_ANKARA": ZELENSKY_ANKARA,
    "MYANMAR_BEIJING": MYANMAR_BEIJING,
    "KYIV_HISTORIC_PRESENT": KYIV_HISTORIC_PRESENT,
    "ISTANBUL_DUE": ISTANBUL_DUE,
    "RIYADH_EXPECT": RIYADH_EXPECT,
    "ANKARA_SET": ANKARA_SET,
    "ORBAN_EXPECTED": ORBAN_EXPECTED,
    "SECURITY_COUNCIL": SECURITY_COUNCIL,
    "MACRON_KINSHASA": MACRON_KINSHASA,
    "DOHA_COMING_DAYS": DOHA_COMING_DAYS,
    "NAQOURA_FRIDAY": NAQOURA_FRIDAY,
    "WASHINGTON_SIGN": WASHINGTON_SIGN,
    "JEDDAH_TRUCE": JEDDAH_TRUCE,
    "GENEVA_AGAIN": GENEVA_AGAIN,
    "EL_OBEID_REPELLED": EL_OBEID_REPELLED,
    "IZMAIL_TOLD_THURSDAY": IZMAIL_TOLD_THURSDAY,
    "HOUTHI_MISSILE": HOUTHI_MISSILE,
    "KAYES_CONVOY": KAYES_CONVOY,
    "RUBIO_CANCELLED": RUBIO_CANCELLED,
    "LUANDA_POSTPONED": LUANDA_POSTPONED,
    "BUDAPEST_CALLED_OFF": BUDAPEST_CALLED_OFF,
    "DOHA_WENT_AHEAD": DOHA_WENT_AHEAD,
    "KHARKIV_QUOTE": KHARKIV_QUOTE,
    "KHARKIV_QUOTE_OWN_DAY": KHARKIV_QUOTE_OWN_DAY,
    "KHERSON_QUOTE_NOW": KHERSON_QUOTE_NOW,
    "JEDDAH_FILED": JEDDAH_FILED,
    "ANKARA_FILED_FRIDAY": ANKARA_FILED_FRIDAY,
    "WALIKALE_FILED": WALIKALE_FILED,
    "KHAN_YOUNIS_ONGOING": KHAN_YOUNIS_ONGOING,
    "GAZA_CITY_SUNDAY": GAZA_CITY_SUNDAY,
}


@pytest.fixture(scope="module")
def events() -> dict[str, list[ExtractedEvent]]:
    return extract_all(ARTICLES)


D = date
T = EventType
DAY, WEEK, MONTH = Precision.DAY, Precision.WEEK, Precision.MONTH
PLANNED = EventStatus.PLANNED

# The present of a timetable dates a coming day; its status, PLANNED, is told by the date
# (`planned_if_ahead`), checked below in PRESENT_PLANS_STATUS.
PRESENT_PLANS = [
    Dated("ZELENSKY_WASHINGTON", "is meeting", T.MEETING, D(2025, 11, 21), D(2025, 11, 21), DAY),
    Dated("RUTTE_KYIV", "is visiting", T.VISIT, D(2025, 11, 20), D(2025, 11, 20), DAY),
    Dated("EU_MINISTERS", "meet in Brussels", T.MEETING, D(2025, 11, 24), D(2025, 11, 24), DAY),
    Dated("LEBANON_CABINET", "meets on Thursday", T.MEETING, D(2025, 11, 20), D(2025, 11, 20), DAY),
    Dated("JEDDAH_RESUME", "resume talks", T.MEETING, D(2025, 11, 23), D(2025, 11, 23), DAY),
    Dated("NATO_GATHER", "gather in Brussels", T.MEETING, D(2025, 11, 20), D(2025, 11, 20), DAY),
    Dated("NAQOURA_IS_ON", "is on Friday", T.MEETING, D(2025, 11, 21), D(2025, 11, 21), DAY),
    Dated("ZELENSKY_ANKARA", "travels to Ankara", T.VISIT, D(2025, 11, 19), D(2025, 11, 19), DAY),
    Dated(
        "MYANMAR_BEIJING", "is visiting Beijing", T.VISIT, D(2025, 11, 22), D(2025, 11, 23), WEEK
    ),
]

EXPECTED = [
    # A strike in the present is a headline's historic present: the day just past.
    Dated("KYIV_HISTORIC_PRESENT", "strikes Kyiv", T.ATTACK, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("KYIV_HISTORIC_PRESENT", "energy grid", T.ATTACK, D(2025, 11, 15), D(2025, 11, 15), DAY),
    # Future cue words.
    Dated("ISTANBUL_DUE", "due to resume", T.MEETING, D(2025, 11, 24), D(2025, 11, 24), DAY, PLANNED),
    Dated("RIYADH_EXPECT", "to arrive", T.VISIT, D(2025, 11, 23), D(2025, 11, 23), DAY, PLANNED),
    Dated("ANKARA_SET", "set to host", T.MEETING, D(2025, 11, 19), D(2025, 11, 23), WEEK, PLANNED),
    Dated("ORBAN_EXPECTED", "expected to visit", T.VISIT, D(2025, 11, 24), D(2025, 11, 30), WEEK, PLANNED),
    Dated("SECURITY_COUNCIL", "scheduled to meet", T.MEETING, D(2025, 11, 24), D(2025, 11, 24), DAY, PLANNED),
    Dated("MACRON_KINSHASA", "plans to travel", T.VISIT, D(2025, 11, 22), D(2025, 11, 23), WEEK, PLANNED),
    Dated("NAQOURA_FRIDAY", "will hold talks", T.MEETING, D(2025, 11, 21), D(2025, 11, 21), DAY, PLANNED),
    Dated("WASHINGTON_SIGN", "sign a peace deal", T.AGREEMENT, D(2025, 11, 20), D(2025, 11, 20), DAY, PLANNED),
    Dated("JEDDAH_TRUCE", "sign a truce", T.AGREEMENT, D(2025, 11, 24), D(2025, 11, 30), WEEK, PLANNED),
    # Days told from the day of a report: the deed is on or before the day it was told.
    Dated("EL_OBEID_REPELLED", "repelled", T.GROUND_FIGHTING, D(2025, 11, 12), D(2025, 11, 12), DAY),
    Dated("IZMAIL_TOLD_THURSDAY", "Izmail", T.DRONE_ATTACK, D(2025, 11, 12), D(2025, 11, 12), DAY),
    Dated("HOUTHI_MISSILE", "Eilat", T.MISSILE_STRIKE, D(2025, 11, 18), D(2025, 11, 18), DAY),
    Dated("KAYES_CONVOY", "fuel convoy", T.ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    # A plan kept: the day it had is the day it happened.
    Dated("DOHA_WENT_AHEAD", "went ahead", T.MEETING, D(2025, 11, 17), D(2025, 11, 17), DAY),
    # A quoted deed dated in the quote keeps its day; a quoted present is the speaker's.
    Dated("KHARKIV_QUOTE_OWN_DAY", "Sunday night", T.DRONE_ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
    Dated("KHERSON_QUOTE_NOW", "right now", T.SHELLING, D(2025, 11, 17), D(2025, 11, 17), DAY),
    # Filed on Friday 14 November: "on Monday" is the 17th, "on Friday" the day it was filed.
    Dated("JEDDAH_FILED", "will hold talks", T.MEETING, D(2025, 11, 17), D(2025, 11, 17), DAY, PLANNED),
    Dated("ANKARA_FILED_FRIDAY", "will meet", T.MEETING, D(2025, 11, 14), D(2025, 11, 14), DAY, PLANNED),
    # Filed on Wednesday 12 November: "on Tuesday" is the 11th.
    Dated("WALIKALE_FILED", "Walikale", T.GROUND_FIGHTING, D(2025, 11, 11), D(2025, 11, 11), DAY),
    # Ongoing and past.
    Dated("KHAN_YOUNIS_ONGOING", "continuing", T.ATTACK, D(2025, 11, 19), D(2025, 11, 19), DAY),
    Dated("GAZA_CITY_SUNDAY", "Gaza City", T.ATTACK, D(2025, 11, 16), D(2025, 11, 16), DAY),
]  # fmt: skip

UNDATED = [
    # "in the coming days": ahead, on no day told.
    Undated("DOHA_COMING_DAYS", "coming days", T.MEETING, PLANNED),
    # Postponed: still a plan, its old day void and its new one not told.
    Undated("LUANDA_POSTPONED", "postponed", T.MEETING, PLANNED),
]


@pytest.mark.parametrize("expected", PRESENT_PLANS + EXPECTED, ids=lambda e: e.article)
def test_dates(events: dict[str, list[ExtractedEvent]], expected: Dated) -> None:
    text = ARTICLES[expected.article].text
    found = events[expected.article]
    if expected in PRESENT_PLANS:
        # (the status comes from the date: see `test_present_plans_are_planned`)
        found = [planned_if_ahead(e, ARTICLES[expected.article].published) for e in found]
        expected = expected._replace(status=PLANNED)
    assert_dated(found, text, expected)


@pytest.mark.parametrize("expected", UNDATED, ids=lambda e: e.article)
def test_undated(events: dict[str, list[ExtractedEvent]], expected: Undated) -> None:
    assert_undated(events[expected.article], expected)


def test_two_meetings_one_past_one_ahead(events: dict[str, list[ExtractedEvent]]) -> None:
    """ "met in Geneva on Sunday and will meet again in Abu Dhabi on Friday": Sunday the 16th
    happened; the Friday ahead, the 21st, is planned."""
    text = GENEVA_AGAIN.text
    found = events["GENEVA_AGAIN"]
    past = Dated("GENEVA_AGAIN", "Geneva", T.MEETING, D(2025, 11, 16), D(2025, 11, 16), DAY)
    assert_dated_among(found, text, past)
    ahead = past._replace(first=D(2025, 11, 21), last=D(2025, 11, 21), status=PLANNED)
    assert_dated_among(found, text, ahead)


@pytest.mark.parametrize(
    ("article", "sentence_has", "kind"),
    [
        # The plan's day is not the day of the happening (which will not be), nor of the calling
        # off (a wrong date is worse than none).
        ("RUBIO_CANCELLED", "cancelled", T.VISIT),
        ("RUBIO_CANCELLED", "cancelled", T.SANCTIONS),
        ("BUDAPEST_CALLED_OFF", "called off", T.MEETING),
        # A deed quoted without a day of its own came before the speaker's day, on one not told.
        ("KHARKIV_QUOTE", "again", T.DRONE_ATTACK),
    ],
)
def test_no_date(
    events: dict[str, list[ExtractedEvent]], article: str, sentence_has: str, kind: EventType
) -> None:
    found = events_from(events[article], sentence_has, kind)
    assert all(e.span is None for e in found), listing(found)


def test_called_off_plan_is_still_named(events: dict[str, list[ExtractedEvent]]) -> None:
    """The analyst still sees the visit that was called off (undated), so a later report of it
    can be read against it."""
    assert events_from(events["RUBIO_CANCELLED"], "cancelled", T.VISIT)


def _event(span: DateSpan | None, status: EventStatus, basis: DateBasis | None) -> ExtractedEvent:
    return ExtractedEvent(T.MEETING, "Talks", span, basis, status, "Talks.", 0, 6, None)


@pytest.mark.parametrize(
    ("span", "status", "basis", "expected"),
    [
        # Told as happening on a coming day: a plan.
        (DateSpan(FRIDAY, FRIDAY, DAY), EventStatus.HAPPENED, DateBasis.RELATIVE, PLANNED),
        # Publication day, a week that has begun, an inherited date: as told.
        (DateSpan(WEDNESDAY, WEDNESDAY, DAY), EventStatus.HAPPENED, DateBasis.PUBLICATION, EventStatus.HAPPENED),
        (DateSpan(MONDAY, D(2025, 11, 23), WEEK), EventStatus.HAPPENED, DateBasis.RELATIVE, EventStatus.HAPPENED),
        (DateSpan(FRIDAY, FRIDAY, DAY), EventStatus.HAPPENED, DateBasis.INHERITED, EventStatus.HAPPENED),
        # A full date after publication: the page's date is off, the report is of a happening.
        (DateSpan(FRIDAY, FRIDAY, DAY), EventStatus.HAPPENED, DateBasis.EXPLICIT, EventStatus.HAPPENED),
        # Undated, or already another status.
        (None, EventStatus.HAPPENED, None, EventStatus.HAPPENED),
        (DateSpan(FRIDAY, FRIDAY, DAY), EventStatus.DENIED, DateBasis.RELATIVE, EventStatus.DENIED),
    ],
)  # fmt: skip
def test_planned_if_ahead(
    span: DateSpan | None,
    status: EventStatus,
    basis: DateBasis | None,
    expected: EventStatus,
) -> None:
    assert planned_if_ahead(_event(span, status, basis), WEDNESDAY).status == expected
    assert planned_if_ahead(_event(span, status, basis), None).status == status


def test_present_plans_are_planned(events: dict[str, list[ExtractedEvent]]) -> None:
    """ "Zelensky is meeting Trump on Friday": a plan, as the date it carries says."""
    for expected in PRESENT_PLANS:
        found = events_from(events[expected.article], expected.sentence_has, expected.type)
        assert found and found[0].status == PLANNED, (expected.article, listing(found))


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        # A timetable's present dates the coming day...
        ("Parliament votes on the budget on Tuesday.", "Tuesday", D(2025, 11, 25)),
        ("The vote in Bangui is on Sunday.", "Sunday", D(2025, 11, 23)),
        # ...a past or a passive progressive does not ("is being attributed" is no plan).
        ("The vote in Bangui was on Sunday.", "Sunday", D(2025, 11, 16)),
        ("The blast is being blamed on a drone strike on Monday.", "Monday", D(2025, 11, 17)),
        # A present of an event that is no timetable keeps the past reading.
        ("Ukraine retakes a village near Kupiansk on Sunday.", "Sunday", D(2025, 11, 16)),
        # A dateline is the day the story was filed, whatever "will" its sentence has.
        ("KYIV, Nov 12 (Reuters) - Zelensky will travel to Ankara.", "Nov 12", D(2025, 11, 12)),
    ],
)
def test_present_tense_days(text: str, phrase: str, day: date) -> None:
    found = [e for e in find_time_expressions(text, WEDNESDAY) if e.text == phrase]
    assert found and found[0].span is not None, found
    assert found[0].span.start == day, found[0].explanation


def test_newspaper_named_by_its_day_is_no_date() -> None:
    text = "Back the Mail on Sunday's campaign for family farms."
    assert not [e for e in find_time_expressions(text, WEDNESDAY) if e.text == "Sunday"]
