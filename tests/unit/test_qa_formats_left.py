"""What the blind check of non-HTML files left (s17): a one-page PDF report's running header and
footer (no repetition across pages gives them away; a footer's web address is no browser's
print line), a BOM-less text file in ISO-2022-JP, mail prefixes ("Fwd:", "AW:") on the titles
made from a mail's subject, and a message attached without a file name. The texts are our own
invented wording."""

from __future__ import annotations

import textwrap
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import STORY, a_column, a_printed_pdf_bytes, row_by_row, write
from timeline_app.readers import read_path
from timeline_app.readers.encoding import decode_bytes
from timeline_app.readers.page_columns import in_reading_order
from timeline_app.readers.pages import Line, running_text

SECOND = (
    "Engineers from the water board said on Wednesday that the pumping station serving the "
    "northern districts had been repaired after the strike, and that supplies would resume "
    "within two days. Residents had queued at tanker trucks since the weekend."
)
HEADING = "Market attack in the northern districts"
_FIRST, _NEXT = textwrap.wrap(STORY, 90), textwrap.wrap(SECOND, 90)
BODY = [(78, 700 - 14 * i, line) for i, line in enumerate(_FIRST)] + [
    (78, 690 - 14 * (len(_FIRST) + i), line) for i, line in enumerate(_NEXT)
]  # two paragraphs, a wider gap between them


# --- PDF: a single page's running header and footer ------------------------------------------


def test_a_one_page_report_s_running_header_and_footer_are_neither_text_nor_title(
    tmp_path: Path,
) -> None:
    page = [
        (57, 800, "Flash Update No. 7", 8),
        (360, 800, "Office for the Coordination of Aid", 8),
        (78, 740, HEADING, 18),
        *BODY,
        (57, 28, "https://www.office.example.org/sudan", 8),
        (513, 28, "Page 1", 8),
    ]
    (article,) = read_path(write(tmp_path, "flash.pdf", a_printed_pdf_bytes([page])))
    assert article.text == f"{HEADING}\n\n{STORY}\n\n{SECOND}"
    assert article.title == HEADING  # not the running header, as if a browser had printed it
    assert article.url == ""  # the organisation's address, not the article's


def test_a_footer_drawn_first_is_not_the_top_of_the_text_and_footnotes_stay(
    tmp_path: Path,
) -> None:
    """A producer that draws its header and footer before the body (the footer first in the
    file's order); the footnotes above the footer, also in small print, are the article's."""
    note = "1 https://t.me/example_channel/1234"
    page = [
        (57, 28, "(c)2025 Institute for the Study of Conflict", 8),
        (530, 28, "Page 1", 8),
        (57, 760, "Institute for the Study of Conflict & Partners 2025", 8),
        (78, 730, HEADING, 18),
        *BODY,
        (78, 150, note, 7),
    ]
    (article,) = read_path(write(tmp_path, "assessment.pdf", a_printed_pdf_bytes([page])))
    assert article.text == f"{HEADING}\n\n{STORY}\n\n{SECOND}\n\n{note}"


def test_a_one_page_report_dated_only_in_its_running_header_takes_that_date(
    tmp_path: Path,
) -> None:
    page = [
        (57, 800, "Flash Update No. 7 | 16 March 2025", 8),
        (78, 740, HEADING, 18),
        *BODY,
        (57, 28, "Office for the Coordination of Aid", 8),
    ]
    (article,) = read_path(write(tmp_path, "flash.pdf", a_printed_pdf_bytes([page])))
    assert "Flash Update" not in article.text and "Coordination" not in article.text
    assert (article.published, article.published_source) == (date(2025, 3, 16), "dateline")


def test_a_one_page_report_s_last_small_lines_close_to_the_body_are_text(tmp_path: Path) -> None:
    """Small print that follows the body at its usual spacing (a source line, a caption) or
    that is a sentence is the article's, also at the page's bottom edge."""
    last = BODY[-1][1]
    page = [
        (78, 740, HEADING, 18),
        *BODY,
        (78, last - 14, "Source: regional health office", 8),
        (78, last - 60, "Figures are provisional and may change.", 8),
    ]
    (article,) = read_path(write(tmp_path, "brief.pdf", a_printed_pdf_bytes([page])))
    assert article.text.endswith(
        "Source: regional health office\n\nFigures are provisional and may change."
    )


# --- text files: ISO-2022 without a BOM ------------------------------------------------------

JAPANESE = (
    "石川県輪島市で震度5強を観測しました。県は災害対策本部を設置し、被害状況を確認しています。\n"
)
KOREAN = "서울시는 화요일 폭우로 도로 세 곳을 통제했다고 밝혔다. 주민들은 대피소로 이동했다.\n"


def test_a_text_file_in_iso_2022_jp_without_a_bom_is_decoded(tmp_path: Path) -> None:
    data = ("能登で震度5強\n\n" + JAPANESE * 4).encode("iso2022_jp")  # 7-bit: valid UTF-8 too
    assert data.isascii() and b"\x1b$B" in data
    (article,) = read_path(write(tmp_path, "noto.txt", data))
    assert "\x1b" not in article.text
    assert "震度5強を観測しました" in article.text
    assert article.language == "ja"


def test_a_text_file_in_iso_2022_kr_is_decoded_and_not_taken_for_binary(tmp_path: Path) -> None:
    data = (KOREAN * 6).encode("iso2022_kr")  # shifts in and out with control characters
    (article,) = read_path(write(tmp_path, "seoul.txt", data))
    assert article.text.startswith("서울시는 화요일 폭우로")
    assert "\x0e" not in article.text and "\x1b" not in article.text


def test_text_with_an_escape_code_of_no_iso_2022_set_stays_as_it_is() -> None:
    data = b"Terminal log: \x1b$Z is no character set. " + STORY.encode()
    assert decode_bytes(data) == data.decode("utf-8")


# --- e-mail: titles without "Re:"/"Fwd:", attached messages named by their subject -------------

MAIL_DATE = "Wed, 12 Mar 2025 08:15:02 +0100"


def a_mail_bytes(subject: str, body: str = f"Convoy reaches the east\n\n{STORY}") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Marta <marta@desk.example.org>"
    msg["To"] = "analyst@desk.example.org"
    msg["Subject"] = subject
    msg["Date"] = MAIL_DATE
    msg.set_content(body)
    return msg.as_bytes()


@pytest.mark.parametrize(
    "subject",
    [
        "Fwd: convoy",
        "FW: convoy",
        "Re: Fwd: convoy",
        "RE[2]: convoy",
        "AW: WG: convoy",
        "TR: convoy",
        "RV: convoy",
        "Antw: convoy",
        "Ответ: convoy",
        "Пересл: convoy",
        "回复：convoy",
    ],
)
def test_a_mail_made_title_loses_the_prefixes_of_replies_and_forwards(
    tmp_path: Path, subject: str
) -> None:
    """A story pasted into the body of a mail titled by its subject: analysts see the title in
    the list of articles, where "Fwd:" says nothing about the story."""
    (article,) = read_path(write(tmp_path, "pasted.eml", a_mail_bytes(subject)))
    assert article.title == "convoy"
    assert STORY in article.text


def test_a_subject_that_only_starts_like_a_prefix_keeps_it(tmp_path: Path) -> None:
    subject = "Revolt in the north: residents flee Rea: report"
    (article,) = read_path(write(tmp_path, "revolt.eml", a_mail_bytes(subject)))
    assert article.title == subject


def a_mail_with_messages_attached(*subjects: str | None) -> bytes:
    outer = EmailMessage()
    outer["From"] = "Anna <anna@desk.example.org>"
    outer["Subject"] = "FYI"
    outer["Date"] = MAIL_DATE
    outer.set_content("FYI")
    for subject in subjects:
        inner = EmailMessage()
        inner["From"] = "Wire <wire@news.example.org>"
        if subject is not None:
            inner["Subject"] = subject
        inner["Date"] = MAIL_DATE
        inner.set_content(STORY)
        outer.add_attachment(inner)  # message/rfc822 without a file name
    return outer.as_bytes()


def test_a_message_attached_without_a_file_name_is_named_by_its_subject(tmp_path: Path) -> None:
    data = a_mail_with_messages_attached(
        "Fwd: Kharkiv strikes / update?", "Fwd: Kharkiv strikes / update?", None
    )
    path = write(tmp_path, "mail.eml", data)
    articles = read_path(path)
    assert [a.source_path for a in articles] == [
        f"{path}!Kharkiv strikes - update.eml",  # safe for a file name, without its "Fwd:"
        f"{path}!Kharkiv strikes - update (2).eml",
        f"{path}!attachment-3.eml",  # no subject: by its place
    ]
    assert [a.title for a in articles[:2]] == ["Kharkiv strikes / update?"] * 2


# --- PDF layout: a sidebar of short lines at the body's spacing ----------------------------------

SIDEBAR_BODY = (
    "Drones struck a fuel depot on the northern edge of Kharkiv on 17 November 2025, the "
    "regional governor said. Fire crews worked through the night to stop the blaze from "
    "reaching the rail yard next to the depot. Water and power were cut in three districts of "
    "the city for most of the following day, and schools moved their lessons online until the "
    "lines were repaired."
)


@pytest.mark.parametrize("one_text_object", [False, True])
def test_a_sidebar_of_short_lines_at_the_body_s_spacing_is_no_table(
    tmp_path: Path, one_text_object: bool
) -> None:
    """Its lines share the body's baselines row by row, and its cells are short: but the body
    beside it is running text, which no table's column holds."""
    figures = ["Key figures", "41 killed", "118 injured", "2,300 displaced", "4 shelters"]
    page = [
        *a_column([SIDEBAR_BODY], x=72, top=720, width=60),
        *a_column(["\n".join(figures)], x=420, top=720, width=24, leading=14),
    ]
    data = a_printed_pdf_bytes([row_by_row(page)], one_text_object=one_text_object)
    (article,) = read_path(write(tmp_path, "sitrep.pdf", data))
    assert article.text.split("\n\n") == [SIDEBAR_BODY, *figures]


# --- PDF layout: right-to-left columns aligned only on the right --------------------------------

HEBREW_RIGHT = (
    "רחפנים תקפו מחסן דלק בקצה הצפוני של העיר ביום שלישי בבוקר כך אמר המושל האזורי וצוותי "
    "הכיבוי עבדו כל הלילה כדי לעצור את"
)
HEBREW_LEFT = (
    "האש לפני שתגיע אל מסילת הרכבת הסמוכה למחסן והמים והחשמל נותקו בשלושה אזורים של העיר "
    "במשך רוב היום שלמחרת."
)


def test_ragged_left_columns_of_a_right_to_left_page_are_read_right_column_first() -> None:
    """Hebrew set ragged-left: each line ends at its column's right edge and starts wherever
    its words take it, so no left edge is shared; the sentence goes on from the bottom of the
    right column to the top of the left one."""
    right, left = textwrap.wrap(HEBREW_RIGHT, 42), textwrap.wrap(HEBREW_LEFT, 42)
    lines = []  # drawn row by row, as a producer may
    for i, (one, other) in enumerate(zip(left, right, strict=True)):
        lines.append(Line(one, 700 - 14 * i, 280 - 5.5 * len(one), 280, 11))
        lines.append(Line(other, 700 - 14 * i, 540 - 5.5 * len(other), 540, 11))
    ordered = in_reading_order(lines, [[] for _ in lines])
    assert [ln.text for ln in ordered] == right + left
    assert ordered[0] is lines[1]  # the lines themselves, where the page prints them
    assert running_text([ordered]).text == f"{HEBREW_RIGHT} {HEBREW_LEFT}"


def test_a_bullet_written_as_code_127_is_a_bullet() -> None:
    """WinAnsiEncoding prints code 127 as a bullet (ReportLab's bullets); pypdf reads DEL."""
    lines = [
        Line("HIGHLIGHTS", 700, 72, 160, 14),
        Line("\x7f At least 14 people were killed in the market.", 680, 72, 400, 10),
        Line("\x7f Two health facilities are no longer functional.", 666, 72, 400, 10),
    ]
    assert running_text([lines]).text.split("\n\n") == [
        "HIGHLIGHTS",
        "• At least 14 people were killed in the market.",
        "• Two health facilities are no longer functional.",
    ]
