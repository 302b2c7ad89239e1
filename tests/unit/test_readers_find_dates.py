"""find_dates searches only windows around 4-digit years: it must find exactly what scanning the
whole text with every pattern finds, whatever the text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.readers import dates_text
from timeline_app.readers.dates_text import find_dates

_TOKENS = [
    "5", "31", "12", "2024", "1999", "2025", "20245", "May", "march", "Mar.", "de", "Monday,",
    "Tue.", "x", "the", "remay", "dismay", "1.", "3rd", "31st", "º", "-", "/", ".", ",", "\n",
    "—", "(", "11/12/2024", "2024-11-03", "12.03.2024", "ноября", "2025 г.", "août", "sábado",
    "5th", "Sept.", "02/10/2020", "_", "a1", "9", "April",
]  # fmt: skip
_SEPARATORS = ["", " ", "  ", "\n", ",", "."]


def full_scan(text: str, day_first: bool | None) -> list[tuple[date, int, int]]:
    """The reference: every pattern over the whole text."""
    found = []
    for pattern in dates_text._PATTERNS:
        for m in pattern.finditer(text):
            if m.groupdict().get("year") is None:
                continue
            d = dates_text._to_date(m, None, day_first)
            if d:
                found.append((d, m.start(), m.end()))
    return sorted(found, key=lambda item: item[1])


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.tuples(st.sampled_from(_TOKENS), st.sampled_from(_SEPARATORS)), max_size=30),
    day_first=st.sampled_from([None, True, False]),
)
def test_windowed_search_equals_full_scan(
    words: list[tuple[str, str]], day_first: bool | None
) -> None:
    # given a text of date-like tokens, month suffixes inside words and barriers
    text = "".join(word + sep for word, sep in words)
    # when / then
    assert find_dates(text, day_first=day_first) == full_scan(text, day_first)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting was on 31 April 2024 and 1 May 2024.", [date(2024, 5, 1)]),
        ("Dismay 5, 2024 followed.", [date(2024, 5, 5)]),
        ("KYIV, November 3 — talks resumed " + "word " * 3000 + "on 5 March 2023.",
         [date(2023, 3, 5)]),
        ("No year here, only March 14.", []),
    ],
)  # fmt: skip
def test_find_dates_examples(text: str, expected: list[date]) -> None:
    # when
    found = [d for d, _, _ in find_dates(text)]
    # then
    assert found == expected
    assert find_dates(text) == full_scan(text, None)
