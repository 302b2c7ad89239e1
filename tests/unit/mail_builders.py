"""Builders for e-mail tests: messages with articles (and other files) attached, and mailboxes.

The texts are our own invented wording, never devset material.
"""

from __future__ import annotations

from email.message import EmailMessage

from tests.fixtures.reader_builders import STORY, a_docx_bytes, a_pdf_bytes

SENT = "Thu, 20 Nov 2025 09:00:00 +0000"
NOTE = "Hi all,\n\nFYI, see attached.\n\nBest,\nAnna\n-- \nAnna Analyst | Eastern desk\n"
PDF_PAGES = ["Aid convoy reaches the east", STORY]
DOCX = ("Weekly situation report", ["BRUSSELS, 19 November 2025 - Ministers met on Monday.", STORY])
DOCX_TYPE = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def a_mail(
    body: str = NOTE, *, subject: str = "Fwd: convoy", date: str | None = SENT
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Anna Analyst <anna@example.org>"
    msg["To"] = "desk@example.org"
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date
    msg.set_content(body)
    return msg


def attach(msg: EmailMessage, name: str, data: bytes, mime: str) -> EmailMessage:
    maintype, subtype = mime.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def attach_pdf(
    msg: EmailMessage, name: str = "report.pdf", pages: list[str] = PDF_PAGES
) -> EmailMessage:
    return attach(msg, name, a_pdf_bytes(pages), "application/pdf")


def attach_docx(msg: EmailMessage, name: str = "sitrep.docx") -> EmailMessage:
    return attach(msg, name, a_docx_bytes(*DOCX), f"application/{DOCX_TYPE}")


def a_mail_with_pdf(body: str = NOTE) -> bytes:
    """A colleague's "FYI, see attached" with the article as a PDF."""
    return attach_pdf(a_mail(body)).as_bytes()


def an_mbox(messages: list[bytes]) -> bytes:
    """Messages in one mbox file: a "From " line before each, body lines "From ..." escaped."""
    out = b""
    for message in messages:
        escaped = message.replace(b"\nFrom ", b"\n>From ")
        out += b"From anna@example.org Thu Nov 20 09:00:00 2025\n" + escaped.rstrip(b"\n") + b"\n\n"
    return out
