"""PDF documents (pypdf): the running text of the pages (readers/pages.py), read as printed.

The PDF's creation date is not taken as the publication date: it says when this file was made
(often a "print to PDF" days later); datelines in the text and the file name are used instead.
Likewise the date a browser prints above a saved page is the day it was printed; the address it
prints below (often with the date in its path) and the page's title are the page's own.

Decision on columns: pypdf gives the text in the order the file draws it, which for the PDFs of
word processors and typesetters is column by column; its "layout" mode lays columns side by side
on one line, which is worse for running text. No layout analysis of our own is attempted.
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.pages import Line, running_text

_MIN_TEXT = 20
# pypdf warns loudly about every small defect of real-world PDFs; the reason we give is enough.
logging.getLogger("pypdf").setLevel(logging.ERROR)
# A footnote mark: a number or symbol in a font this much smaller than its line's.
_MARKER = re.compile(r"\s*(?:\d{1,3}|[*†‡§]{1,3})\s*")
_MARKER_SIZE = 0.8
# Titles that producers write for every file: no title of the article.
_NO_TITLE = re.compile(
    r"^(?:microsoft\s+\w+\s+-\s+.*|untitled.*|document\d*|new document|title|"
    r"slide \d+|.*\.(?:docx?|pdf|rtf|odt|txt|html?|indd|pages|qxd|ps|tmp))$",
    re.IGNORECASE,
)


def read_pdf(data: bytes, ctx: ReadContext) -> list[Draft]:
    reader = _open(data)
    pages = [_page_lines(reader, i) for i in range(_page_count(reader))]
    printed = running_text(pages)
    if len(printed.text.strip()) < _MIN_TEXT:
        raise ReaderError("scanned PDF without a text layer (no text to read; OCR it first)")
    title = _title(_meta(reader, "title"), ctx)
    if printed.title and title.startswith(printed.title):  # a browser's: "Title - Site"
        title = printed.title
    title = title or printed.title or printed.heading
    return [
        Draft(
            text=printed.text,
            title=title,
            author=_meta(reader, "author"),
            url=printed.url,
            site=printed.site,
        )
    ]


def _title(title: str, ctx: ReadContext) -> str:
    """The document's Title unless it is a producer's placeholder or a file name."""
    if not title or _NO_TITLE.match(title) or not any(ch.isalpha() for ch in title):
        return ""
    return "" if title.lower() == ctx.file_name.lower() else title


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise ReaderError(f"corrupt or unreadable PDF ({exc})") from exc
    if reader.is_encrypted and not _decrypts_without_password(reader):
        raise ReaderError("password-protected PDF (open it with its password and save a copy)")
    return reader


def _decrypts_without_password(reader: PdfReader) -> bool:
    """Many PDFs are 'encrypted' only against editing, with an empty user password."""
    try:
        return bool(reader.decrypt(""))
    except (PdfReadError, PyPdfError, NotImplementedError, ValueError):
        return False


def _page_count(reader: PdfReader) -> int:
    try:
        return len(reader.pages)
    except FileNotDecryptedError as exc:
        raise ReaderError(
            "password-protected PDF (open it with its password and save a copy)"
        ) from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise ReaderError(f"corrupt or unreadable PDF ({exc})") from exc


def _page_lines(reader: PdfReader, index: int) -> list[Line]:
    """The lines pypdf extracts from a page, each with where the page prints it."""
    lines = _LineCollector()
    try:
        text = reader.pages[index].extract_text(visitor_text=lines.visit) or ""
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return []  # one broken page should not lose the others
    if lines.text() != text:  # (pypdf changed what it reports: the text without positions)
        return [Line(t) for t in text.split("\n")]
    return lines.lines()


class _LineCollector:
    """Builds lines from the pieces of text pypdf reports with their text and transformation
    matrices: the text between line breaks, the position of its first piece, the furthest
    position reached on the line (pypdf reports where a piece ends with an empty piece)."""

    def __init__(self) -> None:
        self._done: list[Line] = []
        self._parts: list[str] = []
        self._start: tuple[float, float, float] | None = None  # x, y, size
        self._right: float | None = None
        self._seen: list[str] = []

    def visit(self, text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        self._seen.append(text)
        pieces = text.split("\n")
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        for number, piece in enumerate(pieces):
            if number:
                self._end_line()
            if not piece or self._is_marker(piece, size * scale):
                continue
            self._parts.append(piece)
            if self._start is None and piece.strip():
                self._start = (x, y, size * scale)
        if self._start is not None and text.strip("\n") == "" and x > self._start[0]:
            self._right = max(self._right or x, x)

    def _is_marker(self, piece: str, size: float) -> bool:
        """A footnote mark set small inside a line ("attack.¹"): not part of the sentence (the
        note itself is read at the end of the text)."""
        return (
            self._start is not None
            and size < _MARKER_SIZE * self._start[2]
            and _MARKER.fullmatch(piece) is not None
        )

    def _end_line(self) -> None:
        text = "".join(self._parts)
        if self._start is None:
            self._done.append(Line(text))
        else:
            x, y, size = self._start
            self._done.append(Line(text, y=y, x=x, right=self._right, size=size))
        self._parts, self._start, self._right = [], None, None

    def text(self) -> str:
        """All the text reported, as `extract_text` returns it."""
        return "".join(self._seen)

    def lines(self) -> list[Line]:
        if self._parts:
            self._end_line()
        return self._done


def _meta(reader: PdfReader, name: str) -> str:
    try:
        info = reader.metadata
        value = getattr(info, name, None) if info else None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError):
        return ""
    return str(value).strip() if value else ""
