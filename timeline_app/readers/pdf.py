"""PDF documents (pypdf): the running text of the pages (readers/pages.py), read as printed.

The PDF's creation date is not taken as the publication date: it says when this file was made
(often a "print to PDF" days later); datelines in the text and the file name are used instead,
and the running header and footer of a one-page report (its byline: where such a report may
print its date, as a Word report does).
Likewise the date a browser prints above a saved page is the day it was printed; the address it
prints below (often with the date in its path) and the page's title are the page's own.

Decision on columns: pypdf gives the text in the order the file draws it, which for the PDFs of
word processors and typesetters is column by column, but some producers draw a page row by row
(and pypdf then joins the columns' lines); its "layout" mode lays columns side by side on one
line, which is worse for running text. So the reader keeps where each piece of text starts and
page_columns.py puts each page's lines in reading order (columns, bands, tables).
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.page_columns import Cut, in_reading_order
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
    confirmed = _same_title(title, printed.heading)  # the title the first page prints too
    if printed.title and title.startswith(printed.title) and not confirmed:
        title = printed.title  # a browser's: "Title - Site"
    title = title or printed.title or printed.heading
    return [
        Draft(
            text=printed.text,
            title=title,
            author=_meta(reader, "author"),
            url=printed.url,
            site=printed.site,
            byline=printed.running,  # where a one-page report may print its date
        )
    ]


def _same_title(one: str, other: str) -> bool:
    """Whether two titles are the same words, whatever their case, dashes and spacing."""
    return bool(one) and _title_words(one) == _title_words(other)


def _title_words(title: str) -> list[str]:
    return re.sub(r"[\W_]+", " ", title.casefold()).split()


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
        page = reader.pages[index]
        text = page.extract_text(visitor_text=lines.visit, visitor_operand_before=lines.shown) or ""
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return []  # one broken page should not lose the others
    if lines.text() != text:  # (pypdf changed what it reports: the text without positions)
        return [Line(t) for t in text.split("\n")]
    return in_reading_order(lines.lines(), lines.cuts())


class _LineCollector:
    """Builds lines from the pieces of text pypdf reports with their text and transformation
    matrices: the text between line breaks, the position of its first piece, the furthest
    position reached on the line (pypdf reports where a piece ends with an empty piece), and
    where each later piece of the line starts (pypdf joins pieces on one baseline into a line,
    also those of two columns drawn row by row)."""

    def __init__(self) -> None:
        self._done: list[Line] = []
        self._cuts: list[list[Cut]] = []
        self._parts: list[str] = []
        self._line_cuts: list[Cut] = []
        self._length = 0  # characters in `_parts`
        self._start: tuple[float, float, float] | None = None  # x, y, size
        self._right: float | None = None
        self._seen: list[str] = []
        self._shows: list[_Show] = []  # text shown since pypdf last reported a piece

    def shown(
        self, operator: bytes, operands: list[object], cm: list[float], tm: list[float]
    ) -> None:
        """Where each text-showing operator starts (pypdf reports the text of several as one
        piece when a page is one text object: two columns' lines drawn row by row among them).
        Called for every operator of the page: the text is looked at only when needed."""
        if operator in _SHOW and operands:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            self._shows.append((x, tm[4] * cm[1] + tm[5] * cm[3] + cm[5], operands[0]))

    def visit(self, text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        self._seen.append(text)
        shows, self._shows = self._shows, []
        pieces = text.split("\n")
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        for number, piece in enumerate(pieces):
            if number:
                self._end_line()
            if not piece or self._is_marker(piece, size * scale):
                continue
            if not number and self._start is not None and piece.strip():
                self._line_cuts.append((self._length, x, y, size * scale))
            if not number and len(shows) > 1:
                self._line_cuts += [
                    (self._length + at, sx, sy, size * scale) for at, sx, sy in _inner(piece, shows)
                ]
            self._parts.append(piece)
            self._length += len(piece)
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
        self._cuts.append(self._line_cuts if self._start is not None else [])
        self._parts, self._start, self._right, self._line_cuts, self._length = [], None, None, [], 0

    def text(self) -> str:
        """All the text reported, as `extract_text` returns it."""
        return "".join(self._seen)

    def lines(self) -> list[Line]:
        if self._parts:
            self._end_line()
        return self._done

    def cuts(self) -> list[list[Cut]]:
        """For each line, where its pieces after the first start: (offset in its text, x, y,
        font size)."""
        if self._parts:
            self._end_line()
        return self._cuts


# A text-showing operator: where it starts (x, y) and its operand (a string, or a TJ's strings
# and kerns).
_Show = tuple[float, float, object]
_SHOW = frozenset((b"Tj", b"TJ"))


def _shown(operand: object) -> tuple[str, int, int]:
    """An operator's text as the file spells it: its first characters, up to a space (a font's
    own encoding may differ: then they are not found in pypdf's text), its length from there and
    its kerns (a TJ's numbers: pypdf may put a space for each, and so between two operators)."""
    if isinstance(operand, list):
        texts = [_decoded(item) for item in operand if isinstance(item, (str, bytes))]
        kerns = len(operand) - len(texts)
    else:
        texts, kerns = [_decoded(operand)], 0
    first = next((t.lstrip() for t in texts if t.strip()), "")
    space = first.find(" ")
    return first[: space if 0 < space < 4 else 4], len("".join(texts).lstrip()), kerns


def _decoded(item: object) -> str:
    if isinstance(item, str):
        return item
    return item.decode("latin-1") if isinstance(item, bytes) else ""


def _inner(piece: str, shows: list[_Show]) -> list[tuple[int, float, float]]:
    """Where in a piece the text of each operator after the first starts, with the operator's
    position: each found right after the one before (pypdf adds at most a space between two
    and one per kern), or none at all when one is not found (a font's own encoding)."""
    found: list[tuple[int, float, float]] = []
    pos, limit = 0, 2  # where the next one may start: from, to
    for x, y, operand in shows:
        head, length, kerns = _shown(operand)
        if not head:
            continue
        at = piece.find(head, pos, limit + len(head))
        if at < 0:
            return []
        found.append((at, x, y))
        pos, limit = at + length, at + length + kerns + 2
    return [cut for cut in found[1:] if cut[0] > 0]


def _meta(reader: PdfReader, name: str) -> str:
    try:
        info = reader.metadata
        value = getattr(info, name, None) if info else None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError):
        return ""
    return str(value).strip() if value else ""
