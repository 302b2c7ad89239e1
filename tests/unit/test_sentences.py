"""Sentence and clause splitting: offsets into the original text, abbreviations, quotes, paragraphs."""

from __future__ import annotations

import pytest

from timeline_app.extraction.sentences import split_clauses, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gen. Smith met U.S. officials. They left.",
            ["Gen. Smith met U.S. officials.", "They left."],
        ),
        (
            "Mr. Li arrived on Nov. 3 in St. Louis. He spoke.",
            ["Mr. Li arrived on Nov. 3 in St. Louis.", "He spoke."],
        ),
        ("The U.S. said no. The talks ended.", ["The U.S. said no.", "The talks ended."]),
        (
            "Zelensky is meeting U.S. President Donald Trump on Friday. Officials confirmed it.",
            [
                "Zelensky is meeting U.S. President Donald Trump on Friday.",
                "Officials confirmed it.",
            ],
        ),
        (
            "Aid reached the U.S. Officials said so.",
            ["Aid reached the U.S.", "Officials said so."],
        ),
        ("John F. Kennedy spoke. Nobody listened.", ["John F. Kennedy spoke.", "Nobody listened."]),
        ('"It is over," he said. Then silence.', ['"It is over," he said.', "Then silence."]),
        ("Is it over? Yes! Quite.", ["Is it over?", "Yes!", "Quite."]),
        ("Shelling resumed—again. Two died.", ["Shelling resumed—again.", "Two died."]),
        ("It cost 3.5 million. Fine.", ["It cost 3.5 million.", "Fine."]),
    ],
)
def test_sentences_split_at_ends_not_at_abbreviations(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_point_into_the_original_text() -> None:
    # given a text with leading space, a headline line and a blank-line paragraph break
    text = "  Headline Without Stop\nBody starts here. It goes on.\n\nNew paragraph here."
    # when
    sentences = split_sentences(text)
    # then every sentence is exactly the text at its offsets
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.text for s in sentences] == [
        "Headline Without Stop",
        "Body starts here.",
        "It goes on.",
        "New paragraph here.",
    ]


def test_paragraphs_are_numbered_by_blank_lines_and_line_breaks() -> None:
    text = "One. Two.\n\nThree.\nFour."
    paragraphs = [s.paragraph for s in split_sentences(text)]
    assert paragraphs[0] == paragraphs[1]
    assert paragraphs[1] < paragraphs[2] < paragraphs[3]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "....", "no punctuation at all"])
def test_degenerate_texts_do_not_fail(text: str) -> None:
    sentences = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_clauses_break_at_reported_complements_and_relative_where() -> None:
    # given
    text = "Zelensky is visiting Spain, where he met the prime minister. X said that Y won."
    first, second = split_sentences(text)
    # when
    clauses = [text[c.start : c.end] for c in split_clauses(first)]
    reported = [text[c.start : c.end] for c in split_clauses(second)]
    # then
    assert clauses == ["Zelensky is visiting Spain", "where he met the prime minister."]
    assert reported == ["X said", "that Y won."]
