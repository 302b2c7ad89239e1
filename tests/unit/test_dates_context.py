"""Time expressions resolved from their context: the year of a date by the tense of its clause,
weekdays by tense, "now"/"today" only when they mean the present, the quarter an earnings story
is about, the story's day, and the conventions for windows such as "the past year"."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.model import TimeExpression
from timeline_app.extraction.dates import find_time_expressions

MONDAY = date(2025, 10, 27)
FRIDAY = date(2025, 10, 24)


def the_expression(text: str, published: date) -> TimeExpression:
    found = find_time_expressions(text, published)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def interval(expression: TimeExpression) -> tuple[str, str, str] | None:
    span = expression.span
    if span is None:
        return None
    return span.start.isoformat(), span.end.isoformat(), span.precision.value


def by_text(text: str, published: date) -> dict[str, TimeExpression]:
    return {e.text: e for e in find_time_expressions(text, published)}


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # a past-tense verb: the latest occurrence begun on or before publication
        (
            "The firm changed its fiscal year in December.",
            "December",
            ("2024-12-01", "2024-12-31", "month"),
        ),
        ("The old rights expired Oct. 31.", "Oct. 31", ("2024-10-31", "2024-10-31", "day")),
        ("Sales jumped in October.", "October", ("2025-10-01", "2025-10-31", "month")),
        (
            "Output has fallen since the second quarter.",
            "the second quarter",
            ("2025-04-01", "2025-06-30", "quarter"),
        ),
        # a timetable in the present tense, or a future cue: the next occurrence
        ("The new rights expire Oct. 31.", "Oct. 31", ("2025-10-31", "2025-10-31", "day")),
        ("The vote will be held in December.", "December", ("2025-12-01", "2025-12-31", "month")),
        (
            "The summit is planned for December.",
            "December",
            ("2025-12-01", "2025-12-31", "month"),
        ),
        # a name is no verb: "Met" in "the Met Office" is not a past tense
        (
            "The Met Office forecast for November 5 is grim.",
            "November 5",
            ("2025-11-05", "2025-11-05", "day"),
        ),
        # only a reporting verb, or no cue: the nearest, leaning to the past
        (
            "Officials said the vote is in December.",
            "December",
            ("2025-12-01", "2025-12-31", "month"),
        ),
        ("A summit in February.", "February", ("2025-02-01", "2025-02-28", "month")),
        # the end point a past verb points to may lie ahead
        (
            "The firm extended the offer until Nov. 15.",
            "Nov. 15",
            ("2025-11-15", "2025-11-15", "day"),
        ),
        (
            "The board declared a dividend payable Dec. 1.",
            "Dec. 1",
            ("2025-12-01", "2025-12-01", "day"),
        ),
        # a range in the past lies wholly before publication
        (
            "Exports grew from June to December.",
            "June to December",
            ("2024-06-01", "2024-12-31", "month"),
        ),
        (
            "Talks ran from Nov. 3 to Nov. 5.",
            "Nov. 3 to Nov. 5",
            ("2024-11-03", "2024-11-05", "day"),
        ),
        # a month used as a modifier is not dated by the verb of the clause
        (
            "Traders placed orders for November contracts.",
            "November",
            ("2025-11-01", "2025-11-30", "month"),
        ),
    ],
)
def test_a_date_without_a_year_takes_the_year_its_tense_implies(
    sentence: str, text: str, expected: tuple[str, str, str]
) -> None:
    # given an article of Monday 2025-10-27, when a month or a day is named without a year
    found = the_expression(sentence, MONDAY)
    # then the year follows the tense of its clause
    assert found.text == text
    assert interval(found) == expected
    assert "after publication" not in found.explanation or "past tense" not in found.explanation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders meet separately Monday with the envoy.", "2025-10-27"),
        ("Officials said talks on Monday will settle the matter.", "2025-10-27"),
        ("Talks on Monday are expected to produce a deal.", "2025-10-27"),
        ("The king is scheduled to meet the president on Thursday.", "2025-10-30"),
        ("A vote is set for Thursday.", "2025-10-30"),
        ("He said Monday that he will resign.", "2025-10-20"),
        ("Talks that ended on Monday will resume soon.", "2025-10-20"),
        ("The minister, who will travel to Paris, arrived on Monday.", "2025-10-20"),
        ("Rebels shelled the town on Thursday.", "2025-10-23"),
    ],
)
def test_a_weekday_follows_the_tense_of_its_own_clause(sentence: str, expected: str) -> None:
    # given an article of Friday 2025-10-24, when a weekday is named
    found = the_expression(sentence, FRIDAY)
    # then a future clause gives the next such day, any other the latest one
    assert interval(found) == (expected, expected, "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "Now, he says, the plan is dead.",
        "Now for the weather.",
        "It is a sign of today's world.",
        "Many of today's personal computers use the chip.",
        "This is VOA Today.",
    ],
)
def test_now_and_today_that_do_not_mean_the_present_day_are_not_dates(sentence: str) -> None:
    assert find_time_expressions(sentence, FRIDAY) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Now officials are investigating the blast.", "Now"),
        ("The naval blockade now in force may be extended.", "now"),
        ("He would not travel at this crucial moment.", "this crucial moment"),
        ("Today's vote was delayed.", "Today"),
    ],
)
def test_now_and_today_that_mean_the_present_are_the_publication_day(
    sentence: str, text: str
) -> None:
    found = the_expression(sentence, FRIDAY)
    assert found.text == text
    assert interval(found) == ("2025-10-24", "2025-10-24", "day")


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        (
            "Acme reported a third-quarter loss of $5 million.\n\n"
            "Revenue fell to $80 million from $90 million a year earlier.",
            "a year earlier",
            ("2024-07-01", "2024-09-30", "quarter"),
        ),
        (
            "Acme said profit jumped in the third quarter.\n\n"
            "Net income rose to $7 million, or 22 cents a share, from $3 million a year ago.",
            "a year ago",
            ("2024-07-01", "2024-09-30", "quarter"),
        ),
        (
            "Acme posted a third-quarter profit of $3 million, against a year-earlier loss.\n\n"
            "A spokesman said sales rose 5% for the quarter.",
            "the quarter",
            ("2025-07-01", "2025-09-30", "quarter"),
        ),
        (
            "Acme reported a third-quarter loss of $5 million.\n\n"
            "For the nine months, it lost $9 million, against year-earlier net income of $2 million.",
            "year-earlier",
            ("2024-01-01", "2024-12-31", "year"),
        ),
        (
            "Acme posted a third-quarter profit.\n\n"
            "Profit was $2 million in the same period last year.",
            "the same period last year",
            ("2024-07-01", "2024-09-30", "quarter"),
        ),
        (
            "Profit was $5 million in the third quarter last year.",
            "the third quarter last year",
            ("2024-07-01", "2024-09-30", "quarter"),
        ),
        (
            "Acme reported a third-quarter loss.\n\nIts founder retired a year ago.",
            "a year ago",
            ("2024-01-01", "2024-12-31", "year"),
        ),
    ],
)
def test_an_earnings_story_keeps_its_quarter(
    text: str, expression: str, expected: tuple[str, str, str]
) -> None:
    # given an earnings story of 2025-10-27 about the third quarter, one sentence a paragraph
    found = by_text(text, MONDAY)
    # then "a year earlier" in a sentence of figures is the same quarter a year before, and
    # "the quarter" is the quarter under discussion, unless the sentence names another period
    assert interval(found[expression]) == expected


def test_the_previous_weekday_counts_from_the_story_day() -> None:
    # given a Monday article about Friday's trading
    text = "London shares closed lower Friday.\n\nThe index fell 4.5% from the previous Friday."
    found = by_text(text, MONDAY)
    # then "the previous Friday" is the one before that Friday, not before publication
    assert interval(found["Friday"]) == ("2025-10-24", "2025-10-24", "day")
    assert interval(found["the previous Friday"]) == ("2025-10-17", "2025-10-17", "day")


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        (
            "It began in January nineteen ninety-seven.",
            "January nineteen ninety-seven",
            ("1997-01-01", "1997-01-31", "month"),
        ),
        (
            "The bonds will be redeemed in five years.",
            "five years",
            ("2030-01-01", "2030-12-31", "year"),
        ),
        ("Volume was the week's highest.", "the week", None),
        ("The recent rulings changed the case.", "recent", None),
        # "the past year" is the twelve months up to publication (see `_rolling`)
        (
            "Attacks doubled over the past year.",
            "the past year",
            ("2024-10-27", "2025-10-27", "year"),
        ),
    ],
)
def test_other_expressions_resolve_as_an_analyst_reads_them(
    sentence: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    found = the_expression(sentence, MONDAY)
    assert found.text == text
    assert interval(found) == expected


@pytest.mark.parametrize(
    "sentence",
    ["It was the first rise in five years.", "It will be the biggest rise in five years."],
)
def test_a_span_of_time_is_not_a_date(sentence: str) -> None:
    assert find_time_expressions(sentence, MONDAY) == []
