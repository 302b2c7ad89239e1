"""Mailboxes (.mbox): each message read as the same message saved as an .eml, as
"box.mbox#message-N"; a message that cannot be read is a failed part beside the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import STORY, a_zip_bytes, write
from tests.unit.mail_builders import a_mail, a_mail_with_pdf, an_mbox
from timeline_app.readers import ReaderError, read_path
from timeline_app.readers.mbox import split_mbox


def a_story_mail(n: int) -> bytes:
    body = f"Convoy number {n} reaches the east\n\n{STORY}\nFrom the front line, more soon.\n"
    return a_mail(body, subject=f"Alert {n}").as_bytes()


def test_each_message_of_a_mailbox_is_read_as_an_eml(tmp_path: Path) -> None:
    path = write(tmp_path, "alerts.mbox", an_mbox([a_story_mail(1), a_mail_with_pdf()]))
    articles = read_path(path)
    assert [a.source_path for a in articles] == [
        f"{path}#message-1",
        f"{path}#message-2!report.pdf",
    ]
    assert articles[0].title == "Alert 1"
    assert articles[0].published_source == "header"
    # ">From " is the mbox's escape of a body line: the message's own line is "From ".
    assert articles[0].text.endswith("\nFrom the front line, more soon.\n")


def test_a_message_that_cannot_be_read_is_named_beside_the_others(tmp_path: Path) -> None:
    path = write(tmp_path, "box.mbox", an_mbox([b"no headers here\n", a_story_mail(2)]))
    failures: list[tuple[str, str]] = []
    assert [a.title for a in read_path(path, failures=failures)] == ["Alert 2"]
    assert failures == [(f"{path}#message-1", "not an e-mail message (no headers)")]


def test_a_mailbox_without_a_readable_message_fails_whole(tmp_path: Path) -> None:
    path = write(tmp_path, "box.mbox", an_mbox([b"no headers here\n"]))
    with pytest.raises(ReaderError, match=r"no readable article in the mailbox \(message 1: "):
        read_path(path)


def test_a_file_named_mbox_that_is_none_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.mbox", "Minutes of the meeting\n\n" + STORY)
    with pytest.raises(ReaderError, match="not an mbox mailbox"):
        read_path(path)


def test_a_mailbox_in_a_zip_is_read_too(tmp_path: Path) -> None:
    path = write(tmp_path, "export.zip", a_zip_bytes({"Inbox.mbox": an_mbox([a_story_mail(3)])}))
    assert [a.source_path for a in read_path(path)] == [f"{path}!Inbox.mbox#message-1"]


def test_split_keeps_crlf_messages_whole() -> None:
    box = b"From a Thu Nov 20 09:00:00 2025\r\nSubject: a\r\n\r\nbody\r\n\r\nFrom b x\r\nSubject: b\r\n\r\n2\r\n"
    assert split_mbox(box) == [b"Subject: a\r\n\r\nbody\r\n", b"Subject: b\r\n\r\n2\r\n"]
