"""E-mails with the article attached: every attachment that is an article read as the same file
dropped on its own, named "mail.eml!report.pdf", dated by itself or else by the `Date:` header;
the covering note left out; what is no article skipped; what cannot be read named."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import (
    STORY,
    a_pdf_bytes,
    a_zip_bytes,
    an_encrypted_pdf_bytes,
    an_html_page,
    an_mhtml_bytes,
    an_rss_feed,
    write,
)
from tests.unit.mail_builders import (
    a_mail,
    a_mail_with_pdf,
    attach,
    attach_docx,
    attach_pdf,
)
from timeline_app.domain.model import RawArticle
from timeline_app.readers import ReaderError, detect_format, read_path
from timeline_app.readers.eml import MAX_PARTS
from timeline_app.readers.kinds import never_read
from timeline_app.readers.mail import MAX_DEPTH

HEADER_DAY = date(2025, 11, 20)


def read(tmp_path: Path, msg: EmailMessage | bytes, name: str = "mail.eml") -> tuple[
    Path, list[RawArticle], list[tuple[str, str]]
]:  # fmt: skip
    data = msg if isinstance(msg, bytes) else msg.as_bytes()
    path = write(tmp_path, name, data)
    failures: list[tuple[str, str]] = []
    return path, read_path(path, failures=failures), failures


# --- attachments that are articles -----------------------------------------------------------


def test_the_attached_pdf_is_the_article_and_the_note_is_not(tmp_path: Path) -> None:
    path, articles, failures = read(tmp_path, a_mail_with_pdf())
    (article,) = articles
    assert article.source_path == f"{path}!report.pdf"
    assert article.text.startswith("Aid convoy reaches the east\n\nOfficials in the regional")
    # The PDF has no title and no date of its own: its file name, the e-mail's Date header.
    assert article.title == "report"
    assert (article.published, article.published_source) == (HEADER_DAY, "header")
    assert article.author == ""  # the colleague who sent it did not write it
    assert failures == []


def test_each_attachment_is_read_by_its_own_reader_with_its_own_title_and_date(
    tmp_path: Path,
) -> None:
    msg = attach_docx(attach_pdf(a_mail()))
    attach(msg, "page.htm", an_html_page().encode(), "text/html")
    path, articles, _ = read(tmp_path, msg)
    assert [a.source_path for a in articles] == [
        f"{path}!report.pdf",
        f"{path}!sitrep.docx",
        f"{path}!page.htm",
    ]
    docx, page = articles[1], articles[2]
    assert (docx.title, docx.published, docx.published_source) == (
        "Weekly situation report",
        date(2025, 11, 19),
        "dateline",
    )
    assert (page.title, page.published, page.published_source) == (
        "Aid convoy reaches eastern districts",
        date(2025, 11, 19),
        "metadata",
    )
    assert page.url == "https://news.example.co.uk/world/aid-convoy"


FEED = an_rss_feed(
    [
        (
            "Convoy reaches the east",
            "https://wire.example.org/a",
            "Tue, 18 Nov 2025 10:00:00 GMT",
            f"<p>{STORY}</p>",
        )
    ]
)
NEWS_PLEASE = json.dumps(
    {"title": "Convoy reaches the east", "maintext": STORY, "date_publish": "2025-11-18 10:00:00"}
)


@pytest.mark.parametrize(
    ("name", "mime", "data", "inner"),
    [
        ("page.mhtml", "application/octet-stream", an_mhtml_bytes(an_html_page(published=None)), ""),
        ("wire.xml", "application/rss+xml", FEED.encode(), "#item-1"),
        ("crawl.json", "application/json", NEWS_PLEASE.encode(), ""),
        ("2025-11-18 notes.md", "text/markdown", f"# Convoy reaches the east\n\n{STORY}".encode(), ""),
    ],
)  # fmt: skip
def test_saved_pages_feeds_news_please_and_markdown_attached(
    tmp_path: Path, name: str, mime: str, data: bytes, inner: str
) -> None:
    path, (article,), failures = read(tmp_path, attach(a_mail(), name, data, mime))
    assert (article.source_path, failures) == (f"{path}!{name}{inner}", [])
    assert "convoy carrying medical aid" in article.text
    assert "onvoy reaches" in article.title  # its own title, not its file name
    assert article.published == date(2025, 11, 18)  # its own date, not the header's


def test_the_attachment_reads_as_the_same_file_dropped_on_its_own(tmp_path: Path) -> None:
    path, (attached,), _ = read(tmp_path, a_mail_with_pdf())
    alone = read_path(
        write(tmp_path, "report.pdf", a_pdf_bytes(["Aid convoy reaches the east", STORY]))
    )[0]
    assert attached.text == alone.text
    assert (attached.language, attached.day_first) == (alone.language, alone.day_first)


def test_the_attachments_own_file_name_date_comes_before_the_header(tmp_path: Path) -> None:
    msg = attach_pdf(a_mail(), "2025-11-18 convoy.pdf")
    (article,) = read(tmp_path, msg)[1]
    assert (article.published, article.published_source) == (date(2025, 11, 18), "filename")
    assert article.title == "2025-11-18 convoy"


def test_a_yearless_dateline_of_the_attachment_takes_the_headers_year(tmp_path: Path) -> None:
    msg = attach_pdf(a_mail(), pages=["KYIV, Nov 18 (Wire) - Talks resumed.", STORY])
    (article,) = read(tmp_path, msg)[1]
    assert (article.published, article.published_source) == (date(2025, 11, 18), "dateline")


def test_without_a_date_header_an_undated_attachment_stays_undated(tmp_path: Path) -> None:
    (article,) = read(tmp_path, attach_pdf(a_mail(date=None)))[1]
    assert (article.published, article.published_source) == (None, "unknown")


def test_a_text_attachment_keeps_its_headline_and_its_declared_charset(tmp_path: Path) -> None:
    msg = a_mail()
    text = "Frappe sur le port d'Odessa\n\nLe préfet a annoncé jeudi que quatre dockers étaient blessés."
    msg.add_attachment(
        text.encode("latin-1"),
        maintype="text",
        subtype="plain",
        filename="odessa.txt",
        params={"charset": "iso-8859-1"},
    )
    (article,) = read(tmp_path, msg)[1]
    assert article.title == "Frappe sur le port d'Odessa"
    assert "préfet a annoncé" in article.text


def test_two_attachments_of_one_name_get_names_of_their_own(tmp_path: Path) -> None:
    msg = attach_pdf(attach_pdf(a_mail()), pages=["Second convoy reaches the east", STORY])
    path, articles, _ = read(tmp_path, msg)
    assert [a.source_path for a in articles] == [f"{path}!report.pdf", f"{path}!report (2).pdf"]


def test_an_attachment_name_with_folders_keeps_only_its_own_name(tmp_path: Path) -> None:
    msg = attach(a_mail(), "../../etc/brief.pdf", a_pdf_bytes([STORY]), "application/pdf")
    path, (article,), _ = read(tmp_path, msg)
    assert article.source_path == f"{path}!brief.pdf"


# --- forwarded messages ----------------------------------------------------------------------


def forwarded(
    body: str = STORY, date: str | None = "Tue, 18 Nov 2025 10:00:00 +0000"
) -> EmailMessage:
    return a_mail(body, subject="Convoy reaches eastern districts", date=date)


def test_a_message_forwarded_as_attachment_is_read_as_an_eml(tmp_path: Path) -> None:
    msg = a_mail()
    msg.add_attachment(forwarded())
    path, (article,), _ = read(tmp_path, msg)
    assert article.source_path == f"{path}!Convoy reaches eastern districts.eml"  # its subject
    assert article.title == "Convoy reaches eastern districts"
    assert (article.published, article.published_source) == (date(2025, 11, 18), "header")


def test_a_forwarded_message_without_a_date_takes_the_forwarding_ones(tmp_path: Path) -> None:
    msg = a_mail()
    msg.add_attachment(forwarded(date=None))
    (article,) = read(tmp_path, msg)[1]
    assert (article.published, article.published_source) == (HEADER_DAY, "header")


def test_the_html_of_a_forwarded_message_is_not_taken_for_the_body(tmp_path: Path) -> None:
    inner = a_mail(STORY, subject="Convoy reaches eastern districts")
    inner.add_alternative(an_html_page(), subtype="html")
    msg = a_mail("FYI")  # a plain note too short to stand in for an HTML body
    msg.add_attachment(inner)
    path, articles, _ = read(tmp_path, msg)
    assert [a.source_path for a in articles] == [f"{path}!Convoy reaches eastern districts.eml"]


def test_messages_forwarded_inside_messages_stop_at_the_depth_limit(tmp_path: Path) -> None:
    msg = forwarded()
    for _ in range(MAX_DEPTH + 2):
        outer = a_mail()
        outer.add_attachment(msg)
        msg = outer
    path, articles, failures = read(tmp_path, msg)
    deepest = f"{path}" + "!convoy.eml" * MAX_DEPTH  # each named by its subject, "Fwd: convoy"
    assert failures == [
        (deepest, f"e-mail nested too deeply in messages or archives (limit {MAX_DEPTH})")
    ]
    # The last message read keeps its note: nothing attached to it could be read.
    assert [a.source_path for a in articles] == [deepest.rsplit("!", 1)[0]]


# --- the body beside the attachments ---------------------------------------------------------


def test_a_story_in_the_body_is_an_article_beside_the_attachment(tmp_path: Path) -> None:
    path, articles, _ = read(tmp_path, a_mail_with_pdf(body=f"Convoy reaches the east\n\n{STORY}"))
    assert [a.source_path for a in articles] == [str(path), f"{path}!report.pdf"]
    assert articles[0].title == "convoy"  # the subject "Fwd: convoy" without its prefix


def test_a_note_with_a_long_disclaimer_is_still_a_note(tmp_path: Path) -> None:
    disclaimer = (
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be "
        "privileged. If you are not the intended recipient, please notify the sender and delete "
        "it. Any use, copying or distribution is prohibited. Thank you for your cooperation. "
    )
    body = f"Hi, see the attached piece.\n\nThanks,\nJohn\n\n{disclaimer * 2}\n"
    path, articles, _ = read(tmp_path, a_mail_with_pdf(body=body))
    assert [a.source_path for a in articles] == [f"{path}!report.pdf"]


def test_an_html_note_is_no_article_either(tmp_path: Path) -> None:
    msg = a_mail("FYI, see attached.")
    msg.add_alternative(
        "<html><body><p>FYI, see <b>attached</b>.</p><p>Anna</p></body></html>", subtype="html"
    )
    path, articles, _ = read(tmp_path, attach_pdf(msg))
    assert [a.source_path for a in articles] == [f"{path}!report.pdf"]


def test_a_newsletters_stories_stay_articles_beside_an_attachment(tmp_path: Path) -> None:
    stories = "\n\n-----\n\n".join(f"Story number {n} headline\n\n{STORY}" for n in (1, 2))
    path, articles, _ = read(tmp_path, a_mail_with_pdf(body=stories))
    assert [a.source_path for a in articles] == [
        f"{path}#story-1",
        f"{path}#story-2",
        f"{path}!report.pdf",
    ]


def test_without_a_readable_attachment_the_note_is_read_as_before(tmp_path: Path) -> None:
    msg = attach(a_mail(), "secret.pdf", an_encrypted_pdf_bytes(STORY), "application/pdf")
    path, articles, failures = read(tmp_path, msg)
    assert [a.source_path for a in articles] == [str(path)]
    assert failures == [
        (f"{path}!secret.pdf", "password-protected PDF (open it with its password and save a copy)")
    ]


# --- attachments that are no article, or cannot be read ---------------------------------------


@pytest.mark.parametrize(
    ("name", "mime", "data"),
    [
        ("logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("invite.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
        ("smime.p7s", "application/pkcs7-signature", bytes(range(64))),
        ("anna.vcf", "text/vcard", b"BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD\r\n"),
        ("figures.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04"),
        ("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22" + bytes(64)),
        ("signature.asc", "application/pgp-signature", b"-----BEGIN PGP SIGNATURE-----\n"),
        ("noname", "image/gif", b"GIF89a"),
        ("ATT00001.txt", "text/plain", b"This message is confidential. Think before you print."),
    ],
)  # fmt: skip
def test_what_is_no_article_is_left_out_silently(
    tmp_path: Path, name: str, mime: str, data: bytes
) -> None:
    path, articles, failures = read(tmp_path, attach_pdf(attach(a_mail(), name, data, mime)))
    assert ([a.source_path for a in articles], failures) == ([f"{path}!report.pdf"], [])


def test_a_broken_attachment_is_a_failed_part_beside_the_articles(tmp_path: Path) -> None:
    msg = attach(attach_pdf(a_mail()), "broken.pdf", b"%PDF-1.4 cut short", "application/pdf")
    path, articles, failures = read(tmp_path, msg)
    assert [a.source_path for a in articles] == [f"{path}!report.pdf"]
    assert [p for p, _ in failures] == [f"{path}!broken.pdf"]
    assert failures[0][1].startswith("corrupt or unreadable PDF")


HEAD = (
    b"From: a@example.org\nSubject: s\nDate: Thu, 20 Nov 2025 09:00:00 +0000\nMIME-Version: 1.0\n"
)
PGP = HEAD + (
    b'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary=XX\n\n'
    b"--XX\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n--XX\n"
    b'Content-Type: application/octet-stream; name="encrypted.asc"\n'
    b'Content-Disposition: inline; filename="encrypted.asc"\n\n'
    b"-----BEGIN PGP MESSAGE-----\nhQEMA\n-----END PGP MESSAGE-----\n\n--XX--\n"
)
SMIME = HEAD + (
    b'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\n'
    b'Content-Disposition: attachment; filename="smime.p7m"\n'
    b"Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggFA\n"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (PGP, r"no readable article in the e-mail \(encrypted.asc: encrypted e-mail \(OpenPGP\)"),
        (SMIME, r"no readable article in the e-mail \(smime.p7m: encrypted e-mail \(S/MIME\)"),
    ],
)
def test_an_encrypted_message_says_so(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(ReaderError, match=message):
        read(tmp_path, data)


def test_a_message_of_too_many_parts_is_refused(tmp_path: Path) -> None:
    msg = a_mail()
    for n in range(MAX_PARTS + 1):
        attach(msg, f"part-{n}.txt", b"x", "text/plain")
    with pytest.raises(ReaderError, match=f"e-mail with more than {MAX_PARTS} parts"):
        read(tmp_path, msg)


def test_multiparts_nested_thousands_deep_fail_the_file_only(tmp_path: Path) -> None:
    nest = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (n, n) for n in range(3000)
    )
    data = HEAD + nest + b"Content-Type: text/plain\n\n" + STORY.encode() + b"\n"
    with pytest.raises(ReaderError):
        read(tmp_path, data)


# --- an archive attached ---------------------------------------------------------------------


def test_an_attached_zip_follows_the_archive_rules(tmp_path: Path) -> None:
    bundle = a_zip_bytes({"a.txt": "Convoy reaches the east\n\n" + STORY, "b.png": b"\x89PNG"})
    path, (article,), failures = read(
        tmp_path, attach(a_mail(), "bundle.zip", bundle, "application/zip")
    )
    assert article.source_path == f"{path}!bundle.zip!a.txt"
    assert (article.title, article.published_source) == ("Convoy reaches the east", "header")
    assert failures == []


def test_a_zip_bomb_attached_fails_that_attachment_only(tmp_path: Path) -> None:
    bomb = a_zip_bytes({"zeros.txt": b"0" * (8 * 2**20)}, compression=zipfile.ZIP_DEFLATED)
    msg = attach_pdf(attach(a_mail(), "bomb.zip", bomb, "application/zip"))
    path, articles, failures = read(tmp_path, msg)
    assert [a.source_path for a in articles] == [f"{path}!report.pdf"]
    assert [p for p, _ in failures] == [f"{path}!bomb.zip"]
    assert failures[0][1].startswith("zip bomb refused")


def test_a_zip_of_an_unknown_version_attached_fails_that_attachment_only(tmp_path: Path) -> None:
    bundle = bytearray(a_zip_bytes({"a.txt": STORY}))
    at = bundle.index(b"PK\x01\x02") + 6  # "version needed to extract": 6.4, which zipfile lacks
    bundle[at : at + 2] = (64).to_bytes(2, "little")
    msg = attach_pdf(attach(a_mail(), "new.zip", bytes(bundle), "application/zip"))
    path, articles, failures = read(tmp_path, msg)
    assert [a.source_path for a in articles] == [f"{path}!report.pdf"]
    assert failures == [
        (
            f"{path}!new.zip",
            "could not read this zip file (NotImplementedError: zip file version 6.4)",
        )
    ]


def test_an_e_mail_in_a_zip_names_its_attachment_after_the_entry(tmp_path: Path) -> None:
    path = write(tmp_path, "mails.zip", a_zip_bytes({"in/mail.eml": a_mail_with_pdf()}))
    assert [a.source_path for a in read_path(path)] == [f"{path}!in/mail.eml!report.pdf"]


# --- kinds -----------------------------------------------------------------------------------


def test_signatures_cards_and_spreadsheets_are_never_read() -> None:
    assert never_read("smime.p7s") and never_read("Figures.XLSX") and never_read("a.vcf")
    assert detect_format("box.mbox", b"From a@b Thu Nov 20 09:00:00 2025\n") == "mbox"
