"""Decoding, binary detection, language detection and page-furniture removal."""

from __future__ import annotations

import pytest

from timeline_app.readers.boilerplate import drop_furniture
from timeline_app.readers.encoding import decode_bytes, looks_binary
from timeline_app.readers.language import detect_language, normalise_language

TEXT = "Ministers met in Geneva on Tuesday and agreed to resume talks next week."


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
)
def test_decode_unicode_encodings_with_or_without_bom(codec: str) -> None:
    data = TEXT.encode(codec)
    assert not looks_binary(data)
    assert decode_bytes(data) == TEXT


def test_declared_charset_is_used_when_not_utf8() -> None:
    text = "Zürich: Gespräche über Waffenruhe fortgesetzt."
    assert decode_bytes(text.encode("iso-8859-1"), "iso-8859-1") == text


def test_a_wrong_declared_charset_does_not_garble_utf8() -> None:
    text = "Gespräche in Zürich"
    assert decode_bytes(text.encode("utf-8"), "iso-8859-1") == text


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x00" * 50, b"MZ\x90\x00\x03"],
)
def test_binary_data(data: bytes) -> None:
    assert looks_binary(data)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (TEXT, "en"),
        ("Die Minister trafen sich am Dienstag in Genf und vereinbarten neue Gespräche.", "de"),
        ("Les ministres se sont réunis mardi à Genève et ont convenu de reprendre les pourparlers.", "fr"),
        ("Los ministros se reunieron el martes en Ginebra y acordaron reanudar las conversaciones.", "es"),
        ("Міністри зустрілися у вівторок у Женеві та домовилися відновити переговори.", "uk"),
        ("Министры встретились во вторник в Женеве и договорились возобновить переговоры.", "ru"),
        ("Ministrowie spotkali się we wtorek w Genewie i uzgodnili wznowienie rozmów.", "pl"),
        ("장관들은 화요일 제네바에서 만나 다음 주 회담을 재개하기로 합의했다.", "ko"),
        ("ok", "en"),  # too short to tell: the fallback
    ],
)  # fmt: skip
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("code", "expected"), [("en-GB", "en"), ("DE_at", "de"), ("", None), ("123", None)]
)
def test_normalise_language(code: str, expected: str | None) -> None:
    assert normalise_language(code) == expected


def test_furniture_lines_are_dropped_and_reporting_kept() -> None:
    text = "\n".join(
        [
            "Drones struck a depot on Tuesday.",
            "Advertisement",
            "(Credit: Staff Photographer / Agency)",
            "Sign up for the Morning Wire newsletter",
            "Never miss a story by signing up to our newsletter today!",
            "Pop your email in the box above.",
            "READ MORE: Earlier strikes on the region",
            "© 2025 Example Media Group",
            "Copyright Example News. All rights reserved.",
            "Photo by Staff Photographer/Agency",
            "The minister arrives at the summit. Photo: Staff/Agency",
            "Continue reading:",
            "desk@example.org",
            "(END)",
            "The ministry said its newsletter to diplomats described the damage in detail.",
        ]
    )
    assert drop_furniture(text) == "\n".join(
        [
            "Drones struck a depot on Tuesday.",
            "The ministry said its newsletter to diplomats described the damage in detail.",
        ]
    )
