"""Word documents (.docx, python-docx): paragraphs and tables in document order.

Decision: the core property `created` is NOT used as the publication date. Word sets it when the
file (or its template) was first made, and `modified` when it was last saved; neither says when
the news was published. Datelines in the text and dates in the file name are used instead.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.text import headline

_TITLE_STYLES = ("title", "heading 1")


def read_docx(data: bytes, ctx: ReadContext) -> list[Draft]:
    try:
        document = Document(io.BytesIO(data))
    # A cut or corrupted file fails inside the zip layer too (bad deflate data, an unknown
    # compression method, a truncated member).
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        EOFError,
        OSError,
        KeyError,
        ValueError,
    ) as exc:
        raise ReaderError(f"corrupt or unreadable Word document ({exc})") from exc
    blocks: list[str] = []
    title = ""
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            blocks.extend(_table_rows(block))
            continue
        text = block.text.strip()
        if not text:
            continue
        if not blocks and _is_title(block):  # style lookups are slow: only the first block
            title = text
        blocks.append(text)
    text = "\n".join(blocks)
    props = document.core_properties
    title = title or (props.title or "").strip() or headline(text)
    return [Draft(text=text, title=title, author=(props.author or "").strip())]


def _is_title(paragraph: Paragraph) -> bool:
    style = paragraph.style
    return style is not None and (style.name or "").lower() in _TITLE_STYLES


def _table_rows(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells = [c.text.strip() for c in row.cells]
        unique = [c for i, c in enumerate(cells) if c and c not in cells[:i]]  # merged cells repeat
        if unique:
            rows.append(" | ".join(unique))
    return rows
