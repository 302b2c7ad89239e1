"""The covering note of an attached article ("FYI, see attached", a signature, a disclaimer) is no
article; a story in the body is one."""

from __future__ import annotations

import pytest

from tests.fixtures.reader_builders import STORY
from timeline_app.readers.note import is_covering_note, own_words

SIGNATURE = "\n-- \nAnna Analyst\nEastern desk | +00 000 000 000\nwww.example.org\n"


@pytest.mark.parametrize(
    "body",
    [
        "FYI, see attached.",
        "Hi all,\n\nSharing the attached Wire piece on the convoy. Worth a read before Monday's "
        "call, especially the part about the bridge.\n\nBest,\nAnna" + SIGNATURE,
        "See attached.\n\nSent from my iPhone",
        # a forward's header block and the quoted history are not the sender's words
        "FYI\n\n---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n"
        "Date: Tue, 18 Nov 2025\nSubject: convoy\nTo: Anna\n\n> " + STORY.replace(". ", ".\n> "),
        "Please find the report attached.\n\nThis e-mail and any attachments are confidential "
        "and intended solely for the addressee. If you have received this e-mail in error, "
        "please notify the sender and delete it. Any review, use or distribution is strictly "
        "prohibited. The sender accepts no liability for viruses. Please consider the "
        "environment before printing this e-mail.",
    ],
)
def test_a_note_is_no_article(body: str) -> None:
    assert is_covering_note(body)


@pytest.mark.parametrize(
    "body",
    [
        STORY,
        f"Convoy reaches the east\n\n{STORY}" + SIGNATURE,
        # a story forwarded inline, not quoted: the header lines go, the story stays
        f"FYI\n\n---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n"
        f"Subject: convoy\n\n{STORY}",
    ],
)
def test_a_story_is_an_article(body: str) -> None:
    assert not is_covering_note(body)


def test_own_words_stop_at_the_signature_and_collapse_white_space() -> None:
    assert own_words("See  attached.\n\n> quoted\nThanks" + SIGNATURE) == "See attached. Thanks"
