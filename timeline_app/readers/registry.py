"""Which reader reads a file: by its content first where the content is unmistakable (PDF, zip,
Word, HTML, feeds, e-mail), by its suffix otherwise. A PDF named .txt is read as a PDF; random
bytes named .txt are refused as binary.

The readers of markup, PDF and Word files are imported on their first file: their libraries
(trafilatura, lxml, pypdf, python-docx: about a quarter of a second) would otherwise delay every
process that starts, although a text import never needs them.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import PurePosixPath

from timeline_app.domain.model import RawArticle
from timeline_app.readers.archive import ReadBytes, read_zip
from timeline_app.readers.base import Draft, ReadContext, ReaderError, finish_all
from timeline_app.readers.encoding import bom_encoding, looks_binary
from timeline_app.readers.kinds import CONVERT_FIRST, HEAVY_READER_MODULES, NOT_ARTICLES, SUFFIXES
from timeline_app.readers.kinds import needs_heavy_readers as needs_heavy_readers  # moved there
from timeline_app.readers.newsplease import read_newsplease
from timeline_app.readers.text import read_text

Reader = Callable[[bytes, ReadContext], list[Draft]]


def _lazy(kind: str) -> Reader:
    """The `read_<kind>` function of its heavy module, imported when it first reads a file.

    A library that fails to import then fails that file (read_bytes says why), not the app.
    """
    name = f"read_{kind}"

    @cache
    def load() -> Reader:
        reader: Reader = getattr(importlib.import_module(HEAVY_READER_MODULES[kind]), name)
        return reader

    def read(data: bytes, ctx: ReadContext) -> list[Draft]:
        return load()(data, ctx)

    read.__name__ = read.__qualname__ = name
    return read


# Formats whose files hold other files, each read by `read_bytes` as a zip's entries are (an
# e-mail's attachments, a mailbox's messages): their module and reader, imported on first use.
CONTAINERS: dict[str, tuple[str, str]] = {
    "eml": ("timeline_app.readers.mail", "read_mail"),
    "mbox": ("timeline_app.readers.mbox", "read_mbox"),
}


@cache
def _container(kind: str) -> Callable[[bytes, ReadContext, ReadBytes], list[RawArticle]]:
    module, name = CONTAINERS[kind]
    reader: Callable[[bytes, ReadContext, ReadBytes], list[RawArticle]]
    reader = getattr(importlib.import_module(module), name)
    return reader


READERS: dict[str, Reader] = {
    "html": _lazy("html"),
    "text": read_text,
    "eml": _lazy("eml"),
    "mhtml": _lazy("mhtml"),
    "pdf": _lazy("pdf"),
    "docx": _lazy("docx"),
    "feed": _lazy("feed"),
    "newsplease": read_newsplease,
}
SUPPORTED_SUFFIXES = frozenset(SUFFIXES)
_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)\b", re.I)
_HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]", re.M)
_MAIL_HEADERS = frozenset(
    b"from to subject date received return-path message-id mime-version delivered-to".split()
)


def read_bytes(data: bytes, ctx: ReadContext) -> list[RawArticle]:
    """The articles in `data`, read by the reader its content and name call for."""
    kind = detect_format(ctx.file_name, data)
    try:
        if kind == "zip":
            return read_zip(data, ctx, read_bytes)
        if kind in CONTAINERS:  # an e-mail: its body, then its attachments, read here
            return _container(kind)(data, ctx, read_bytes)
        drafts = READERS[kind](data, ctx)
    except ReaderError:
        raise
    except RecursionError as exc:
        raise ReaderError(f"{kind} file nested too deeply to read") from exc
    except Exception as exc:  # a parser's bug on hostile input must fail this file, not the import
        raise ReaderError(f"could not read this {kind} file ({type(exc).__name__}: {exc})") from exc
    return finish_all(drafts, ctx)


def detect_format(name: str, data: bytes) -> str:
    """'html', 'text', 'eml', 'mbox', 'mhtml', 'pdf', 'docx', 'feed', 'newsplease' or 'zip'; raises
    ReaderError for what no reader reads (binary data, office documents other than Word's)."""
    suffix = PurePosixPath(name.lower()).suffix
    if suffix in CONVERT_FIRST:
        raise ReaderError(f"not read: {CONVERT_FIRST[suffix]}")
    by_suffix = SUFFIXES.get(suffix)
    by_content = sniff(data)
    if by_content == "office":
        if by_suffix == "docx":
            raise ReaderError("corrupt or unreadable Word document (no word/document.xml inside)")
        raise ReaderError(
            f"unsupported document type ({suffix or 'no suffix'}): an office document or e-book; "
            "of those only Word .docx files are read"
        )
    if by_content in ("pdf", "zip", "docx") or (
        by_content == "mhtml" and by_suffix not in ("eml", "mbox")
    ):
        return by_content
    if by_suffix in ("pdf", "zip", "docx"):
        return by_suffix  # the reader says what is wrong with it ("corrupt zip archive")
    if by_suffix == "text" and by_content in ("html", "mhtml", "eml"):
        return by_content  # a saved page or message given a .txt name
    if by_suffix:
        return by_suffix
    if by_content:
        return by_content
    if looks_binary(data) or suffix in NOT_ARTICLES:
        raise ReaderError(f"unsupported file type ({suffix or 'no suffix'})")
    return "text"


def sniff(data: bytes) -> str | None:
    """The format the first bytes reveal, or None when they say nothing certain."""
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    head = _text_head(data)
    if _HTML_START.match(head):
        return "html"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return "feed" if _FEED_ROOT.search(head) else ("html" if b"<html" in head.lower() else None)
    return _mime_kind(head)


def _text_head(data: bytes) -> bytes:
    bom = bom_encoding(data)
    if bom in ("utf-16", "utf-32"):
        try:
            return data[:4096].decode(bom, errors="ignore").encode("utf-8").lstrip()
        except (UnicodeDecodeError, LookupError):
            return b""
    return data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()


def _zip_kind(data: bytes) -> str:
    """'docx', 'office' (another Office Open XML, OpenDocument or EPUB file: read as an archive,
    its 'mimetype' entry would be an article and its XML parts failures) or 'zip'."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return "zip"  # read_zip says what is wrong with it
    if "word/document.xml" in names:
        return "docx"
    if names[:1] == ["mimetype"] or "[Content_Types].xml" in names:
        return "office"
    return "zip"


def _mime_kind(head: bytes) -> str | None:
    """An e-mail or MHTML file starts with a block of RFC 822 headers."""
    block = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    names = {m.group(1).lower() for m in _HEADER_LINE.finditer(block)}
    if not head[:1].isalpha() or not names:
        return None
    lowered = block.lower()
    if b"snapshot-content-location" in names or (
        b"multipart/related" in lowered and b"text/html" in head.lower()
    ):
        return "mhtml"
    if len(names & _MAIL_HEADERS) >= 2 and (b"from" in names or b"subject" in names):
        return "eml"
    return None
