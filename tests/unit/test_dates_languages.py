"""Time expressions in German, French, Spanish, Russian and Ukrainian: explicit dates, months,
weekdays and the common relative words, from dateparser's language data."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.extraction.dates import find_time_expressions

WEDNESDAY = date(2025, 11, 19)


def resolved(text: str, language: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.text, e.span.start.isoformat(), e.span.end.isoformat(), e.span.precision.value)
        for e in find_time_expressions(text, WEDNESDAY, language)
        if e.span is not None
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "de",
            "Am 18. November 2025 griff Russland an.",
            ("18. November 2025", "2025-11-18", "2025-11-18", "day"),
        ),
        ("de", "Russland griff am Dienstag an.", ("Dienstag", "2025-11-18", "2025-11-18", "day")),
        ("de", "Das geschah gestern.", ("gestern", "2025-11-18", "2025-11-18", "day")),
        ("de", "Das geschah letzte Woche.", ("letzte Woche", "2025-11-10", "2025-11-16", "week")),
        ("de", "Das geschah vor 3 Tagen.", ("vor 3 Tagen", "2025-11-16", "2025-11-16", "day")),
        ("de", "Das geschah Ende August.", ("Ende August", "2025-08-21", "2025-08-31", "month")),
        (
            "fr",
            "La Russie a frappé le 18 novembre 2025.",
            ("18 novembre 2025", "2025-11-18", "2025-11-18", "day"),
        ),
        ("fr", "La Russie a frappé mardi.", ("mardi", "2025-11-18", "2025-11-18", "day")),
        ("fr", "La Russie a frappé hier.", ("hier", "2025-11-18", "2025-11-18", "day")),
        (
            "fr",
            "Ils se sont vus la semaine dernière.",
            ("la semaine dernière", "2025-11-10", "2025-11-16", "week"),
        ),
        (
            "fr",
            "Cela s'est passé il y a 3 jours.",
            ("il y a 3 jours", "2025-11-16", "2025-11-16", "day"),
        ),
        (
            "es",
            "Rusia atacó el 18 de noviembre de 2025.",
            ("18 de noviembre de 2025", "2025-11-18", "2025-11-18", "day"),
        ),
        ("es", "Rusia atacó el martes.", ("martes", "2025-11-18", "2025-11-18", "day")),
        ("es", "Rusia atacó ayer.", ("ayer", "2025-11-18", "2025-11-18", "day")),
        (
            "es",
            "Se reunieron la semana pasada.",
            ("la semana pasada", "2025-11-10", "2025-11-16", "week"),
        ),
        ("es", "Ocurrió hace 3 días.", ("hace 3 días", "2025-11-16", "2025-11-16", "day")),
        (
            "ru",
            "Удар был нанесен 18 ноября 2025 года.",
            ("18 ноября 2025 года", "2025-11-18", "2025-11-18", "day"),
        ),
        ("ru", "Удар был нанесен во вторник.", ("вторник", "2025-11-18", "2025-11-18", "day")),
        ("ru", "Удар был нанесен вчера.", ("вчера", "2025-11-18", "2025-11-18", "day")),
        (
            "ru",
            "Встреча была на прошлой неделе.",
            ("на прошлой неделе", "2025-11-10", "2025-11-16", "week"),
        ),
        ("ru", "Это было 5 дней назад.", ("5 дней назад", "2025-11-14", "2025-11-14", "day")),
        (
            "uk",
            "Удар завдали 18 листопада 2025 року.",
            ("18 листопада 2025 року", "2025-11-18", "2025-11-18", "day"),
        ),
        ("uk", "Удар завдали у вівторок.", ("вівторок", "2025-11-18", "2025-11-18", "day")),
        ("uk", "Удар завдали вчора.", ("вчора", "2025-11-18", "2025-11-18", "day")),
        (
            "uk",
            "Зустріч була минулого тижня.",
            ("минулого тижня", "2025-11-10", "2025-11-16", "week"),
        ),
        ("uk", "Це сталося 3 дні тому.", ("3 дні тому", "2025-11-16", "2025-11-16", "day")),
        ("uk", "Це сталося торік.", ("торік", "2024-01-01", "2024-12-31", "year")),
    ],
)
def test_a_foreign_expression_resolves(
    language: str, sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert resolved(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Am Morgen regnete es."),  # "Morgen" the morning, not "morgen" tomorrow
        ("es", "Llegó por la mañana."),  # in the morning
        ("ru", "Окружающая среда страдает."),  # "среда" the environment
        ("fr", "La mission vers Mars continue."),  # the planet
    ],
)
def test_a_foreign_trap_is_not_a_date(language: str, sentence: str) -> None:
    assert resolved(sentence, language) == []


def test_an_unknown_language_falls_back_to_english() -> None:
    assert resolved("It happened yesterday.", "xx") == [
        ("yesterday", "2025-11-18", "2025-11-18", "day")
    ]
    assert resolved("It happened yesterday.", "en-GB") == [
        ("yesterday", "2025-11-18", "2025-11-18", "day")
    ]
