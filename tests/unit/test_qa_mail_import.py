"""Importing e-mails with articles attached: the report lines, a second import, the attached PDF
also dropped on its own; and the e-mail readers on random and corrupted input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.fixtures.reader_builders import STORY, a_pdf_bytes, an_encrypted_pdf_bytes, write
from tests.unit.mail_builders import (
    PDF_PAGES,
    a_mail,
    a_mail_with_pdf,
    an_mbox,
    attach,
    attach_docx,
    attach_pdf,
)
from timeline_app.domain.model import FileReport, RawArticle
from timeline_app.readers import ReaderError
from timeline_app.readers.base import ReadContext
from timeline_app.readers.registry import read_bytes
from timeline_app.services.importer import import_paths, report_line
from timeline_app.store.repositories import Store


def imported(store: Store, *paths: Path) -> list[FileReport]:
    return [r for step in import_paths(store, list(paths), workers=1) for r in step.reports]


def lines(reports: list[FileReport]) -> list[str]:
    return [report_line(r) for r in reports]


def test_the_import_names_the_attachment_read_and_the_one_that_failed(tmp_path: Path) -> None:
    msg = attach(
        attach_pdf(a_mail()), "secret.pdf", an_encrypted_pdf_bytes(STORY), "application/pdf"
    )
    path = write(tmp_path / "in", "mail.eml", msg.as_bytes())
    with Store(tmp_path / "store.sqlite") as store:
        reports = imported(store, path)
        (article,) = [store.get_article(r.article_id) for r in reports if r.article_id]
    assert [(r.path, r.status) for r in reports] == [
        (f"{path}!report.pdf", "imported"),
        (f"{path}!secret.pdf", "failed"),
    ]
    assert lines(reports)[1] == (
        f"failed     {path}!secret.pdf: "
        "password-protected PDF (open it with its password and save a copy)"
    )
    assert (article.source_path, article.title) == (f"{path}!report.pdf", "report")
    assert (article.published, article.published_source) == (date(2025, 11, 20), "header")


def test_the_same_e_mail_imported_again_changes_nothing(tmp_path: Path) -> None:
    msg = attach_docx(attach_pdf(a_mail(f"Convoy reaches the east\n\n{STORY}")))
    path = write(tmp_path / "in", "mail.eml", msg.as_bytes())
    with Store(tmp_path / "store.sqlite") as store:
        first = imported(store, path)
        again = imported(store, path, path)
    assert [r.status for r in first] == ["imported"] * 3
    assert [(r.status, r.reason) for r in again] == [("unchanged", "")] * 6


def test_the_attached_pdf_dropped_on_its_own_too_is_the_same_article(tmp_path: Path) -> None:
    mail = write(tmp_path / "in", "mail.eml", a_mail_with_pdf())
    pdf = write(tmp_path / "in", "report.pdf", a_pdf_bytes(PDF_PAGES))
    with Store(tmp_path / "store.sqlite") as store:
        reports = imported(store, mail, pdf)
        assert len(store.texts_by_file()[str(mail)]) == 1
    assert lines(reports) == [
        f"imported   {mail}  (0 events)",
        f"unchanged  {pdf}: same text as {mail}!report.pdf, stored already",
    ]


def test_the_pdf_dropped_first_takes_the_date_of_the_e_mail_that_brings_it(tmp_path: Path) -> None:
    mail = write(tmp_path / "in", "mail.eml", a_mail_with_pdf())
    pdf = write(tmp_path / "in", "report.pdf", a_pdf_bytes(PDF_PAGES))
    with Store(tmp_path / "store.sqlite") as store:
        reports = imported(store, pdf, mail)
        again = imported(store, mail)
        stored = store.get_article(reports[0].article_id or 0)
    assert [r.status for r in reports] == ["imported", "updated"]
    assert reports[1].reason == (
        f"same text as {pdf}, whose publication date was unknown: "
        "it takes 2025-11-20 (header) from this copy"
    )
    assert (stored.source_path, stored.published) == (str(pdf), date(2025, 11, 20))
    assert [(r.status, r.reason) for r in again] == [
        ("unchanged", f"same text as {pdf}, stored already")
    ]


# --- the e-mail readers on random and corrupted input --------------------------------------

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAIL_PREFIXES = [
    b"From: a@b.c\nSubject: s\nDate: Thu, 20 Nov 2025 09:00:00 +0000\nMIME-Version: 1.0\n",
    b"From: a@b.c\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
    b"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n",
    b"From: a@b.c\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
    b'Content-Type: application/pdf; name="a.pdf"\nContent-Transfer-Encoding: base64\n\n',
    b"From a@b Thu Nov 20 09:00:00 2025\nFrom: a@b.c\nSubject: s\n\n",
]
VALID = [
    a_mail_with_pdf(),
    attach_docx(a_mail()).as_bytes(),
    an_mbox([a_mail_with_pdf(), a_mail(STORY).as_bytes()]),
]


def _ok_or_reader_error(data: bytes, name: str) -> None:
    try:
        articles = read_bytes(data, ReadContext(name, failures=[]))
    except ReaderError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert all(isinstance(a, RawArticle) and a.text.strip() for a in articles)


@FAST
@given(
    prefix=st.sampled_from(MAIL_PREFIXES),
    tail=st.binary(max_size=2048),
    name=st.sampled_from(["in.eml", "in.mbox", "in.txt", "in"]),
)
def test_the_mail_readers_on_random_bytes(prefix: bytes, tail: bytes, name: str) -> None:
    _ok_or_reader_error(prefix + tail, name)


@FAST
@given(
    which=st.integers(0, len(VALID) - 1),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
)
def test_e_mails_with_attachments_cut_or_corrupted(
    which: int, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(VALID[which][: max(1, int(len(VALID[which]) * cut))])
    for where, value in flips:
        data[min(len(data) - 1, int(where * len(data)))] = value
    _ok_or_reader_error(bytes(data), "in.mbox" if which == 2 else "in.eml")


@FAST
@given(
    content=st.binary(max_size=1024),
    name=st.text(max_size=40),
    mime=st.sampled_from(
        ["application/octet-stream", "application/pdf", "text/plain", "text/html", "message/rfc822",
         "application/pkcs7-mime", "image/png", "application/zip"]
    ),
)  # fmt: skip
def test_random_attachments_of_any_name_and_type(content: bytes, name: str, mime: str) -> None:
    msg = a_mail()
    maintype, subtype = mime.split("/")
    try:
        if maintype == "text":
            msg.add_attachment(content.decode("latin-1"), subtype=subtype, filename=name)
        elif maintype == "message":
            msg.add_attachment(a_mail(content.decode("latin-1")), filename=name)
        else:
            msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
        data = msg.as_bytes()
    except (ValueError, TypeError, UnicodeError):  # a message the library will not write
        assume(False)
    _ok_or_reader_error(data, "in.eml")
