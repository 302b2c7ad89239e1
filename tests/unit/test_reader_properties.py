"""Property: any bytes given to any reader give articles or a ReaderError, never another exception.

Random bytes alone rarely get past a parser's first check, so each format is also fed its own
signature followed by random bytes, and valid files cut or corrupted at random places.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fixtures.reader_builders import (
    a_docx_bytes,
    a_pdf_bytes,
    a_zip_bytes,
    an_eml_bytes,
    an_html_page,
    an_mhtml_bytes,
    an_rss_feed,
)
from timeline_app.domain.model import RawArticle
from timeline_app.readers import ReaderError, read_path
from timeline_app.readers.base import ReadContext, finish_all
from timeline_app.readers.registry import READERS, read_bytes

SUFFIXES = [
    ".txt",
    ".md",
    ".html",
    ".eml",
    ".mhtml",
    ".pdf",
    ".docx",
    ".xml",
    ".json",
    ".jsonl",
    ".zip",
    "",
]
PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b'<?xml version="1.0"?><rss><channel><item><title>',
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>',
    b"<!DOCTYPE html><html><body><p>",
    b"From: a@b.c\nSubject: s\nDate: x\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n",
    b'{"maintext": "',
    b"\xef\xbb\xbf",
    b"\xff\xfe",
]  # fmt: skip
VALID = [
    an_html_page().encode(),
    a_pdf_bytes(["Talks resumed on Monday in Geneva."]),
    a_docx_bytes("Title", ["Talks resumed on Monday in Geneva."]),
    an_eml_bytes(),
    an_mhtml_bytes(an_html_page()),
    an_rss_feed(
        [("T", "https://x.example/a", "Tue, 18 Nov 2025 10:00:00 GMT", "<p>Body</p>")]
    ).encode(),
    a_zip_bytes({"a.txt": "Talks resumed on Monday in Geneva.", "b.html": an_html_page()}),
]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ok_or_reader_error(read: object) -> None:
    try:
        articles = read()  # type: ignore[operator]
    except ReaderError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert all(isinstance(a, RawArticle) and a.text.strip() for a in articles)


@FAST
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_through_read_path(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = Path(tmp_path_factory.mktemp("r")) / f"input{suffix}"
    path.write_bytes(data)
    _ok_or_reader_error(lambda: read_path(path))


@FAST
@given(
    kind=st.sampled_from(sorted(READERS)),
    prefix=st.sampled_from(PREFIXES),
    tail=st.binary(max_size=2048),
)
def test_every_reader_alone_on_random_bytes(kind: str, prefix: bytes, tail: bytes) -> None:
    ctx = ReadContext(f"input.{kind}")
    _ok_or_reader_error(lambda: finish_all(READERS[kind](prefix + tail, ctx), ctx))


@FAST
@given(
    which=st.integers(0, len(VALID) - 1),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
)
def test_valid_files_cut_or_corrupted(
    which: int, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(VALID[which][: max(1, int(len(VALID[which]) * cut))])
    for where, value in flips:
        data[min(len(data) - 1, int(where * len(data)))] = value
    _ok_or_reader_error(lambda: read_bytes(bytes(data), ReadContext("input")))
    for kind in READERS:
        ctx = ReadContext(f"input.{kind}")
        _ok_or_reader_error(lambda k=kind, c=ctx: finish_all(READERS[k](bytes(data), c), c))
