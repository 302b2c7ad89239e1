"""Word documents (.docx, python-docx): the text a reader sees, paragraphs and table rows in
document order, one per line.

What the page shows is what is read: tracked insertions are text (python-docx's
`Paragraph.text` leaves them out) and tracked deletions are not; text boxes follow the paragraph
that anchors them; content controls (a cover page's title and date) are read like the body.
Running headers and footers, footnotes and comments are not the article and are not read as its
text; the running header and footer are where a report prints its date ("Weekly Note 10 — 6
March 2025"), so they are the draft's byline, where the publication date is looked for when the
text has none (base.py), each field of theirs (" — ", " | " between) a line of its own. A
table row is one line, its cells joined by " | " (a situation report's table of dated events
stays one event per line).

Decision: the core property `created` is NOT used as the publication date. Word sets it when the
file (or its template) was first made, and `modified` when it was last saved; neither says when
the news was published. Datelines in the text and dates in the file name are used instead.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table

from timeline_app.readers.base import Draft, ReadContext, ReaderError
from timeline_app.readers.text import headline

_TITLE_STYLES = ("title", "heading 1")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _SDT, _SDT_CONTENT = f"{_W}p", f"{_W}tbl", f"{_W}sdt", f"{_W}sdtContent"
_TXBX, _CUSTOM_XML = f"{_W}txbxContent", f"{_W}customXml"
# What a paragraph's runs print: text, tabs, line breaks, non-breaking hyphens.
_PRINTED = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
# What is inside a paragraph but not printed in it: tracked deletions and moves away, properties,
# field codes, text boxes (read after the paragraph) and the copies of drawings that Word keeps
# for older readers (mc:Fallback).
_NOT_PRINTED = frozenset(
    f"{_W}{name}" for name in ("del", "moveFrom", "pPr", "rPr", "instrText", "delText")
) | {_TXBX, f"{_MC}Fallback"}
_SPACES = re.compile(r"\s+")
_NO_TITLE = re.compile(r"^(?:title|untitled.*|document\d*|.*\.docx?)$", re.IGNORECASE)


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
    for element, text in _blocks(document, document.element.body):
        if not blocks and element is not None and _is_title(document, element):
            title = text  # style lookups are slow: only the first block
        blocks.append(text)
    text = "\n".join(blocks)
    props = document.core_properties
    core_title = (props.title or "").strip()
    title = title or ("" if _NO_TITLE.match(core_title) else core_title) or headline(text)
    return [
        Draft(
            text=text,
            title=title,
            author=(props.author or "").strip(),
            byline=_running_lines(document),
        )
    ]


_FIELD_SEPARATOR = re.compile(r"[ \t]+(?:[—–|·•]|//|-)[ \t]+|\t+")


def _running_lines(document: Any) -> str:
    """The text of the running headers and footers of every section, a line per field."""
    lines: list[str] = []
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            if part.is_linked_to_previous:
                continue  # none of its own (asking for its text would add one)
            for _, text in _blocks(document, part._element):
                lines.extend(f.strip() for f in _FIELD_SEPARATOR.split(text) if f.strip())
    return "\n".join(dict.fromkeys(lines))


def _blocks(document: Any, container: Any) -> Iterator[tuple[Any, str]]:
    """(paragraph element or None, text) of every non-empty paragraph and table row of a body,
    a content control or a text box, in document order."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == _P:
            text = _paragraph_text(child).strip()
            if text:
                yield child, text
            for box in _text_boxes(child):
                yield from _blocks(document, box)
        elif tag == _TBL:
            yield from ((None, row) for row in _table_rows(Table(child, document)))
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(document, content)
        elif tag == _CUSTOM_XML:  # (tagged blocks of templates: their paragraphs inside)
            yield from _blocks(document, child)


def _paragraph_text(paragraph: Any) -> str:
    """What a paragraph prints, tracked insertions included and tracked deletions left out."""
    return "".join(_printed(paragraph))


def _printed(element: Any) -> Iterator[str]:
    for child in element.iterchildren():
        tag = child.tag
        if tag in _NOT_PRINTED or not isinstance(tag, str):
            continue  # (comments and processing instructions have no string tag)
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag == f"{_W}br":
            if child.get(f"{_W}type") in (None, "textWrapping"):
                yield "\n"  # a page or column break is no line of text
        elif tag in _PRINTED:
            yield _PRINTED[tag]
        else:
            yield from _printed(child)


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes anchored in a paragraph (once each: not Word's fallback copies)."""
    return [box for box in paragraph.iter(_TXBX) if not _in_fallback(box, paragraph)]


def _in_fallback(element: Any, stop: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{_MC}Fallback":
            return True
        parent = parent.getparent()
    return False


def _is_title(document: Any, paragraph: Any) -> bool:
    style_id = paragraph.xpath("string(w:pPr/w:pStyle/@w:val)")
    if not style_id:
        return False
    style = document.styles.element.get_by_id(style_id)
    name = style.name_val if style is not None else style_id
    return (name or "").lower() in _TITLE_STYLES


def _table_rows(table: Table) -> list[str]:
    """One line per row: its cells' text (paragraphs of a cell joined by a space), merged cells
    once, joined by " | "."""
    rows: list[str] = []
    for row in table.rows:
        cells = [_cell_text(cell._tc) for cell in row.cells]
        unique = [c for i, c in enumerate(cells) if c and c not in cells[:i]]  # merged cells repeat
        if unique:
            rows.append(" | ".join(unique))
    return rows


def _cell_text(cell: Any) -> str:
    parts = [_paragraph_text(p) for p in cell.iter(_P)]
    return _SPACES.sub(" ", " ".join(parts)).strip()
