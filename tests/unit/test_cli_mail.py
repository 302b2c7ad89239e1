"""`timeline-app import` of a folder where an e-mail brings its article as an attachment, beside a
picture and a mailbox: one line per article read, per attachment failed, per file skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import STORY, an_encrypted_pdf_bytes, write
from tests.unit.mail_builders import a_mail, a_mail_with_pdf, an_mbox, attach, attach_pdf
from timeline_app.cli import main

REPORT = [
    "Convoy reaches the east",
    "KYIV, Nov 18 (Wire) - Ukrainian forces shelled the bridge near Kherson on Tuesday, the "
    "regional governor said. Russian troops attacked the port of Odesa on Monday night.",
]


def test_import_of_a_folder_with_an_e_mail_and_its_attachments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "drop"
    msg = attach_pdf(a_mail(), "wire.pdf", pages=REPORT)
    attach(msg, "logo.png", b"\x89PNG\r\n\x1a\n" + bytes(32), "image/png")
    attach(msg, "secret.pdf", an_encrypted_pdf_bytes(STORY), "application/pdf")
    mail = write(folder, "fwd.eml", msg.as_bytes())
    box = write(folder, "alerts.mbox", an_mbox([a_mail_with_pdf()]))
    write(folder, "photo.jpg", b"\xff\xd8\xff" + bytes(32))
    db = tmp_path / "store.sqlite"

    code = main(["import", str(folder), "--db", str(db)])
    out = capsys.readouterr().out.splitlines()

    assert code == 1  # an attachment failed
    assert out[0] == f"imported   {box}  (0 events)"
    assert out[1] == f"imported   {mail}!wire.pdf  (2 events)"  # dated by its yearless dateline
    assert out[2] == (
        f"failed     {mail}!secret.pdf: "
        "password-protected PDF (open it with its password and save a copy)"
    )
    assert out[3].startswith("skipped") and "photo.jpg" in out[3]
    assert out[-1].startswith("2 imported, 1 failed, 1 skipped;")

    assert main(["import", str(folder), "--db", str(db)]) == 1
    again = capsys.readouterr().out.splitlines()
    assert again[:2] == [f"unchanged  {box}", f"unchanged  {mail}!wire.pdf"]
