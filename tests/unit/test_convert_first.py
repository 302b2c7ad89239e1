"""Documents that may hold an article but that no reader reads (Outlook .msg, old Word .doc, Rich
Text, Pages) are refused with what to do instead; an .rtf is never stored with its control words."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.readers import ReaderError, read_path

RTF = rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Russian drones struck Kharkiv on Monday.\par}"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("name", "data", "advice"),
    [
        ("note.msg", OLE, "save it from Outlook as HTML or text"),
        ("report.doc", OLE, "save it as .docx"),
        ("report.rtf", RTF, "save it as .docx or plain text"),
        ("report.pages", b"PK\x03\x04" + b"\x00" * 40, "export it as .docx or PDF"),
    ],
)
def test_a_document_to_convert_is_refused_with_what_to_do(
    tmp_path: Path, name: str, data: bytes, advice: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReaderError, match="not read: ") as refused:
        read_path(path)
    assert advice in str(refused.value)
