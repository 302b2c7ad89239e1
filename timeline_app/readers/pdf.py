"""PDF documents (pypdf): the text of every page, pages separated by a blank line.

The PDF's creation date is not taken as the publication date: it says when this file was made
(often a "print to PDF" days later); datelines in the text and the file name are used instead.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from timeline_app.readers.base import Draft, ReadContext, ReaderError

_MIN_TEXT = 20
# pypdf warns loudly about every small defect of real-world PDFs; the reason we give is enough.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, ctx: ReadContext) -> list[Draft]:
    reader = _open(data)
    pages = [_page_text(reader, i) for i in range(_page_count(reader))]
    text = "\n\n".join(p.strip("\n") for p in pages if p.strip())
    if len(text.strip()) < _MIN_TEXT:
        raise ReaderError("scanned PDF without a text layer (no text to read; OCR it first)")
    return [Draft(text=text, title=_meta(reader, "title"), author=_meta(reader, "author"))]


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


def _page_text(reader: PdfReader, index: int) -> str:
    try:
        return reader.pages[index].extract_text() or ""
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return ""  # one broken page should not lose the others


def _meta(reader: PdfReader, name: str) -> str:
    try:
        info = reader.metadata
        value = getattr(info, name, None) if info else None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError):
        return ""
    return str(value).strip() if value else ""
