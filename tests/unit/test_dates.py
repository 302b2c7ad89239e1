"""Time expressions in English: explicit, relative and fuzzy dates resolved against publication,
with their precision; the traps that are not dates; the seed article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.domain.model import Precision, TimeExpression
from timeline_app.extraction.dates import find_time_expressions, warm_up

WEDNESDAY = date(2025, 11, 19)  # the seed article's publication date


def expressions(
    text: str, published: date | None = WEDNESDAY, **kwargs: object
) -> list[TimeExpression]:
    return find_time_expressions(text, published, **kwargs)  # type: ignore[arg-type]


def the_expression(
    text: str, published: date | None = WEDNESDAY, **kwargs: object
) -> TimeExpression:
    found = expressions(text, published, **kwargs)
    assert len(found) == 1, [e.text for e in found]
    return found[0]


def interval(expression: TimeExpression) -> tuple[str, str, str] | None:
    span = expression.span
    return (
        None
        if span is None
        else (span.start.isoformat(), span.end.isoformat(), span.precision.value)
    )


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # explicit dates
        (
            "It happened on 18 November 2025.",
            "18 November 2025",
            ("2025-11-18", "2025-11-18", "day"),
        ),
        ("It happened on Nov. 18, 2024.", "Nov. 18, 2024", ("2024-11-18", "2024-11-18", "day")),
        ("It happened on Nov. 18.", "Nov. 18", ("2025-11-18", "2025-11-18", "day")),
        ("Talks were held on 2025-11-18.", "2025-11-18", ("2025-11-18", "2025-11-18", "day")),
        ("The deal was signed on 11/18/2025.", "11/18/2025", ("2025-11-18", "2025-11-18", "day")),
        ("The deal was signed on 18/11/2025.", "18/11/2025", ("2025-11-18", "2025-11-18", "day")),
        ("The deal was signed on 18.11.2025.", "18.11.2025", ("2025-11-18", "2025-11-18", "day")),
        ("The war began in 2014.", "2014", ("2014-01-01", "2014-12-31", "year")),
        ("Russia invaded in March 2022.", "March 2022", ("2022-03-01", "2022-03-31", "month")),
        (
            "On Tuesday, 18 November 2025, he spoke.",
            "Tuesday, 18 November 2025",
            ("2025-11-18", "2025-11-18", "day"),
        ),
        (
            "It was signed on the first of May 2023.",
            "the first of May 2023",
            ("2023-05-01", "2023-05-01", "day"),
        ),
        # months without a year: by tense, leaning to the past
        ("Strikes intensified in August.", "August", ("2025-08-01", "2025-08-31", "month")),
        ("Elections will be held in March.", "March", ("2026-03-01", "2026-03-31", "month")),
        ("He visited Kyiv last May.", "last May", ("2025-05-01", "2025-05-31", "month")),
        (
            "The summit is planned for next February.",
            "next February",
            ("2026-02-01", "2026-02-28", "month"),
        ),
        # weekdays by tense
        (
            "Ukraine used a missile on Tuesday in an attack.",
            "Tuesday",
            ("2025-11-18", "2025-11-18", "day"),
        ),
        (
            "The ministry said on Wednesday that it had agreed.",
            "Wednesday",
            ("2025-11-19", "2025-11-19", "day"),
        ),
        ("The envoy will arrive on Friday.", "Friday", ("2025-11-21", "2025-11-21", "day")),
        ("Talks are due to resume on Monday.", "Monday", ("2025-11-24", "2025-11-24", "day")),
        ("He met them last Wednesday.", "last Wednesday", ("2025-11-12", "2025-11-12", "day")),
        ("They meet next Tuesday.", "next Tuesday", ("2025-11-25", "2025-11-25", "day")),
        # relative words
        ("Shelling resumed today.", "today", ("2025-11-19", "2025-11-19", "day")),
        ("Drones struck tonight.", "tonight", ("2025-11-19", "2025-11-19", "day")),
        ("Drones struck yesterday.", "yesterday", ("2025-11-18", "2025-11-18", "day")),
        ("Talks resume tomorrow.", "tomorrow", ("2025-11-20", "2025-11-20", "day")),
        ("Drones struck last night.", "last night", ("2025-11-18", "2025-11-18", "day")),
        ("Russia attacked overnight.", "overnight", ("2025-11-18", "2025-11-19", "day")),
        ("It happened three days ago.", "three days ago", ("2025-11-16", "2025-11-16", "day")),
        ("It happened two weeks ago.", "two weeks ago", ("2025-11-03", "2025-11-09", "week")),
        ("It happened five months ago.", "five months ago", ("2025-06-01", "2025-06-30", "month")),
        ("They met last week.", "last week", ("2025-11-10", "2025-11-16", "week")),
        ("They meet this week.", "this week", ("2025-11-17", "2025-11-23", "week")),
        ("They meet next week.", "next week", ("2025-11-24", "2025-11-30", "week")),
        ("Prices rose last month.", "last month", ("2025-10-01", "2025-10-31", "month")),
        ("Prices rose last year.", "last year", ("2024-01-01", "2024-12-31", "year")),
        ("Prices will rise next year.", "next year", ("2026-01-01", "2026-12-31", "year")),
        (
            "He met them earlier this week.",
            "earlier this week",
            ("2025-11-17", "2025-11-19", "week"),
        ),
        (
            "He will meet them later this week.",
            "later this week",
            ("2025-11-19", "2025-11-23", "week"),
        ),
        (
            "Prices fell earlier this month.",
            "earlier this month",
            ("2025-11-01", "2025-11-19", "month"),
        ),
        ("Troops are currently deployed.", "currently", ("2025-11-19", "2025-11-19", "day")),
        ("The plan is now on hold.", "now", ("2025-11-19", "2025-11-19", "day")),
        (
            "Drones struck 40 times in the past 24 hours.",
            "the past 24 hours",
            ("2025-11-18", "2025-11-19", "day"),
        ),
        (
            "Fighting grew over the last three days.",
            "the last three days",
            ("2025-11-17", "2025-11-19", "day"),
        ),
        # fuzzy parts
        (
            "It was reported at the end of August.",
            "the end of August",
            ("2025-08-21", "2025-08-31", "month"),
        ),
        ("It happened in early August.", "early August", ("2025-08-01", "2025-08-10", "month")),
        ("It happened in mid-August.", "mid-August", ("2025-08-11", "2025-08-20", "month")),
        ("It happened in late August.", "late August", ("2025-08-21", "2025-08-31", "month")),
        (
            "It happened at the beginning of 2024.",
            "the beginning of 2024",
            ("2024-01-01", "2024-04-30", "year"),
        ),
        ("It happened in late 2024.", "late 2024", ("2024-09-01", "2024-12-31", "year")),
        ("Fighting grew late last year.", "late last year", ("2024-09-01", "2024-12-31", "year")),
        (
            "A deal is possible by the end of the year.",
            "the end of the year",
            ("2025-09-01", "2025-12-31", "year"),
        ),
        # seasons, quarters, halves, decades, centuries
        (
            "The veto was imposed sometime in the spring.",
            "the spring",
            ("2025-03-01", "2025-05-31", "season"),
        ),
        ("Fighting eased last winter.", "last winter", ("2024-12-01", "2025-02-28", "season")),
        (
            "An offensive is expected next summer.",
            "next summer",
            ("2026-06-01", "2026-08-31", "season"),
        ),
        (
            "In the summer of 2023 the offensive began.",
            "the summer of 2023",
            ("2023-06-01", "2023-08-31", "season"),
        ),
        (
            "Output fell in the third quarter.",
            "the third quarter",
            ("2025-07-01", "2025-09-30", "quarter"),
        ),
        ("Output fell in Q3 2024.", "Q3 2024", ("2024-07-01", "2024-09-30", "quarter")),
        (
            "Output grew in the first half of 2024.",
            "the first half of 2024",
            ("2024-01-01", "2024-06-30", "half-year"),
        ),
        ("It was built in the 1990s.", "the 1990s", ("1990-01-01", "1999-12-31", "decade")),
        (
            "It was built in the late 1970s.",
            "the late 1970s",
            ("1977-01-01", "1979-12-31", "decade"),
        ),
        (
            "It was built in the 20th century.",
            "the 20th century",
            ("1900-01-01", "1999-12-31", "century"),
        ),
        # ranges are one interval
        (
            "Talks ran from 3 to 5 March 2025.",
            "3 to 5 March 2025",
            ("2025-03-03", "2025-03-05", "day"),
        ),
        ("Talks ran on March 3-5, 2025.", "March 3-5, 2025", ("2025-03-03", "2025-03-05", "day")),
        (
            "It lasted between June and August 2024.",
            "June and August 2024",
            ("2024-06-01", "2024-08-31", "month"),
        ),
        ("It lasted from 2019 to 2021.", "from 2019 to 2021", ("2019-01-01", "2021-12-31", "year")),
        (
            "They talked from Monday to Wednesday.",
            "Monday to Wednesday",
            ("2025-11-17", "2025-11-19", "day"),
        ),
    ],
)
def test_an_expression_resolves_to_its_interval_and_precision(
    sentence: str, text: str, expected: tuple[str, str, str]
) -> None:
    # given a sentence published on Wednesday 2025-11-19, when we look for its time expression
    found = the_expression(sentence)
    # then it is the words that say when, resolved to the interval the text supports
    assert found.text == text
    assert sentence[found.start : found.end] == text
    assert interval(found) == expected
    assert found.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        "He may visit Kyiv.",
        "Protesters March on the capital.",
        "We feel that the Russian position is being heard.",
        "The cat sat on the mat.",
        "The Sun rose over the city.",
        "Shareholders were paid $27 a share.",
        "It received a pledge of €300 million in air defence missiles.",
        "The missile has a range of 300 kilometers.",
        "It has a 300-kilometre range.",
        "The 28-point plan is inspired by Gaza.",
        "Ukraine wants more F-16 jets.",
        "NATO's Article 5 applies.",
        "Turnout was 45% and rising.",
        "Only 3/4 of the budget was spent.",
        "The meeting starts at 10:30.",
        "Call 555-1234 for details.",
        "The home side won 2-1.",
        "About 2000 troops were sent.",
        "The blockade lasted for months.",
        "They talked for three days.",
        "They agreed a six-month extension.",
        "The fall of Kabul shocked the world.",
        "Prices saw a fall in demand.",
        "Black Friday sales rose.",
        "He read USA Today on the train.",
        "April Ryan asked a question.",
        "Theresa May spoke.",
        "The future of relations is unclear.",
    ],
)
def test_a_trap_is_not_a_date(sentence: str) -> None:
    # given a sentence with a number, a name or a word that looks like a date, then none is found
    assert expressions(sentence) == []


def test_without_a_publication_date_relative_expressions_stay_unresolved() -> None:
    # given no publication date
    found = {
        e.text: e
        for e in expressions("On Tuesday and yesterday, and on 18 November, and in 2024.", None)
    }
    # then relative ones (a bare "18 November" too) have no span, explicit ones keep theirs
    assert found["Tuesday"].span is None and found["Tuesday"].relative
    assert found["yesterday"].span is None
    assert found["18 November"].span is None
    assert interval(found["2024"]) == ("2024-01-01", "2024-12-31", "year")
    assert not found["2024"].relative


@pytest.mark.parametrize(
    ("day_first", "expected"),
    [(True, "2025-04-03"), (False, "2025-03-04"), (None, "2025-03-04")],
)
def test_numeric_dates_follow_the_site_convention_or_the_nearest_past_reading(
    day_first: bool | None, expected: str
) -> None:
    # given an article of 2025-04-02 with 03/04/2025, when the site's order is known or not
    found = the_expression("It was agreed on 03/04/2025.", date(2025, 4, 2), day_first=day_first)
    # then day-first / month-first is followed, and unknown picks the reading on or before publication
    assert found.span is not None and found.span.start.isoformat() == expected


def test_the_day_before_is_counted_from_the_previous_date_in_the_paragraph() -> None:
    found = expressions("The talks ended on 12 March 2025. The day before, drones struck.")
    assert [interval(e) for e in found] == [
        ("2025-03-12", "2025-03-12", "day"),
        ("2025-03-11", "2025-03-11", "day"),
    ]


def test_vague_references_are_expressions_without_an_interval() -> None:
    found = the_expression("The city was recently shelled.")
    assert found.text == "recently" and found.span is None and found.relative


def test_an_explanation_says_why() -> None:
    found = the_expression("Ukraine used a missile on Tuesday in an attack.")
    assert found.explanation.startswith("Tuesday → 2025-11-18")
    assert "Wed 2025-11-19" in found.explanation and "past tense" in found.explanation


def test_results_are_in_text_order_and_do_not_overlap() -> None:
    text = "On Monday and again last week, and in March 2022, then yesterday and now."
    found = expressions(text)
    assert [e.start for e in found] == sorted(e.start for e in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_warm_up_compiles_the_given_languages() -> None:
    warm_up(("en", "de", "uk"))
    assert the_expression("It rained yesterday.").text == "yesterday"


def test_the_seed_article_gives_honest_intervals(seed_article: Path) -> None:
    # given the seed article, published on Wednesday 2025-11-19
    text = seed_article.read_text(encoding="utf-8")
    found = expressions(text)
    by_text = {e.text: e for e in found}
    # then its four dated phrases resolve as an analyst reads them
    assert interval(by_text["Tuesday"]) == ("2025-11-18", "2025-11-18", "day")
    assert interval(by_text["earlier this week"]) == ("2025-11-17", "2025-11-19", "week")
    end_of_august = by_text["the end of August"].span
    assert end_of_august is not None
    assert end_of_august.start >= date(2025, 8, 15) and end_of_august.end == date(2025, 8, 31)
    assert end_of_august.precision is Precision.MONTH
    assert interval(by_text["the spring"]) == ("2025-03-01", "2025-05-31", "season")
    # and nothing in the traps it holds is taken for a date
    for trap in ("28-point", "€300 million", "300 kilometers", "for months", "28 points"):
        assert not any(trap in e.text or e.text in trap for e in found if e.text.strip()), trap
