"""The readers' shortcuts give what the plain computation gives, whatever the input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.readers import ReaderError, _read_stream, read_path
from timeline_app.readers.dates_text import _YEAR_DIGITS, year_positions
from timeline_app.readers.text import _first_lines, _last_lines, source_url

# Digits that chain into longer runs ("20191912"), other scripts' digits, and barriers.
_DIGIT_TEXT = st.text(alphabet="0129 x\u0663\u0967.", max_size=60)


@settings(max_examples=600, deadline=None)
@given(_DIGIT_TEXT)
def test_year_positions_are_those_of_the_plain_scan(text: str) -> None:
    assert year_positions(text) == [m.start() for m in _YEAR_DIGITS.finditer(text)]


@pytest.mark.parametrize("text", ["20191912", "in 2019 and 1999", "1919191919", "x2020\u0663"])
def test_year_positions_examples(text: str) -> None:
    assert year_positions(text) == [m.start() for m in _YEAR_DIGITS.finditer(text)]


_LINE_PARTS = ["", " ", "\n", "\n\n", "\t", "\r", "\u2028", "x y", "a" * 300, "b" * 900]
_LINE_PARTS += ["https://example.org/a", "Source: https://example.org/b"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PARTS), max_size=60))
def test_first_and_last_lines_are_those_of_splitting_the_whole_text(parts: list[str]) -> None:
    text = "".join(parts)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert _first_lines(text, 6) == lines[:6]
    assert _last_lines(text, 4) == lines[-4:]


def test_source_url_at_the_end_of_a_long_text() -> None:
    text = "Title line\n\n" + "Some sentence here.\n" * 2000 + "\nhttps://example.org/x\n\n"
    assert source_url(text) == "https://example.org/x"


def test_read_stream_reads_on_when_the_file_grew() -> None:
    assert _read_stream(io.BytesIO(b"abcdef"), 3, 100) == b"abcdef"
    assert _read_stream(io.BytesIO(b"x" * 50), 3, 10) == b"x" * 11  # one more: too large
    assert _read_stream(io.BytesIO(b"abcd"), 10, 100) == b"abcd"  # shrank


def test_read_path_reads_the_whole_file_and_refuses_a_too_large_one(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("KYIV, November 1 - Talks resumed on Monday.\n" * 40, encoding="utf-8")
    (article,) = read_path(path)
    assert article.text == path.read_text(encoding="utf-8")
    with pytest.raises(ReaderError, match="too large"):
        read_path(path, max_bytes=100)
