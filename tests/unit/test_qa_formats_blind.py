"""Files as they reach an analyst, from a blind check of e-mails, feeds, Word, PDF, notes and
crawls: a Japanese mail in ISO-2022-JP, stories forwarded inline or quoted below a short note,
signatures and unsubscribe lines, HTML newsletters that begin each story with a linked headline,
Markdown notes with front matter, feed items with their software's closing lines and Google's
redirects, a Word report that prints its date only in its running header, and a PDF report
whose footer prints its web address. The texts are our own invented wording."""

from __future__ import annotations

import json
import textwrap
from datetime import date
from email.header import Header
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import docx

from tests.fixtures.reader_builders import STORY, a_printed_pdf_bytes, write
from timeline_app.readers import read_path

SECOND = (
    "Engineers from the water board said on Wednesday that the pumping station serving the "
    "northern districts had been repaired after the strike, and that supplies would resume "
    "within two days. Residents had queued at tanker trucks since the weekend."
)


def a_plain_mail(
    subject: str, body: str, date_header: str = "Wed, 12 Mar 2025 08:15:02 +0100"
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Marta <marta@desk.example.org>"
    msg["To"] = "analyst@desk.example.org"
    msg["Subject"] = subject
    msg["Date"] = date_header
    msg.set_content(body)
    return msg.as_bytes()


# --- e-mail: charsets, forwards, quotes, closing lines, newsletters --------------------------


def test_a_japanese_mail_in_iso_2022_jp_is_decoded(tmp_path: Path) -> None:
    body = "石川県輪島市で震度5強を観測しました。県は災害対策本部を設置し、被害状況を確認しています。\n"
    msg = MIMEText(body * 3, "plain", "iso-2022-jp")  # 7-bit bytes: valid UTF-8 as well
    msg["From"] = "news@bousai.example.jp"
    msg["Subject"] = Header("能登で震度5強", "iso-2022-jp")
    msg["Date"] = "Wed, 05 Mar 2025 06:40:00 +0900"
    (article,) = read_path(write(tmp_path, "noto.eml", msg.as_bytes()))
    assert "震度5強を観測しました" in article.text
    assert "\x1b" not in article.text
    assert article.language == "ja"


def test_a_story_forwarded_inline_is_the_article_with_its_own_subject_and_date(
    tmp_path: Path,
) -> None:
    body = (
        "Thought you'd want this for the file.\n\nBest,\nMarta\n\n"
        "---------- Forwarded message ---------\n"
        "From: Bureau Wire <wire@bureau.example>\n"
        "Date: Tue, 11 Mar 2025 at 21:40\n"
        "Subject: Convoy reaches the east\n"
        "To: <subscribers@bureau.example>\n\n"
        f"{STORY}\n\n{SECOND}\n"
    )
    mail = a_plain_mail("Fwd: Convoy reaches the east", body)
    (article,) = read_path(write(tmp_path, "fwd.eml", mail))
    assert article.text == f"{STORY}\n\n{SECOND}"
    assert article.title == "Convoy reaches the east"
    assert (article.published, article.published_source) == (date(2025, 3, 11), "header")


def test_an_outlook_forward_below_a_rule_of_underscores_is_unwrapped_too(tmp_path: Path) -> None:
    body = (
        "FYI\n\n________________________________\n"
        "From: Bureau Wire <wire@bureau.example>\n"
        "Sent: Tuesday, March 11, 2025 9:40 PM\n"
        "To: Desk\n"
        "Subject: RE: Convoy reaches the east\n\n"
        f"{STORY}\n"
    )
    (article,) = read_path(write(tmp_path, "fw.eml", a_plain_mail("FW: Convoy", body)))
    assert article.text == STORY
    assert article.title == "Convoy reaches the east"
    assert article.published == date(2025, 3, 11)


def test_a_digest_s_story_below_a_rule_of_underscores_is_no_forward(tmp_path: Path) -> None:
    body = (
        "Weekly digest, issue 9.\n\n____________________\n"
        f"Yemen: convoy reaches the east\n\n{STORY}\n\n____________________\n"
        f"Sudan: water restored\n\n{SECOND} {SECOND}\n"
    )
    articles = read_path(write(tmp_path, "digest.eml", a_plain_mail("Digest 9", body)))
    assert [a.title for a in articles] == [
        "Yemen: convoy reaches the east",
        "Sudan: water restored",
    ]


def test_a_story_quoted_below_a_short_reply_is_the_article_without_quote_marks(
    tmp_path: Path,
) -> None:
    quoted = "\n".join(f"> {line}" for line in [STORY, "", SECOND])
    body = (
        "Agree - can you add it to the timeline?\n\nJ.\n\n"
        f"On Mon, 10 Mar 2025 at 18:02, Desk Wire <wire@desk.example> wrote:\n{quoted}\n"
    )
    mail = a_plain_mail("Re: Convoy reaches the east", body, "Mon, 10 Mar 2025 19:30:45 +0100")
    (article,) = read_path(write(tmp_path, "re.eml", mail))
    assert article.text == f"{STORY}\n\n{SECOND}"
    assert article.title == "Convoy reaches the east"


def test_a_reply_of_its_own_keeps_its_text_and_its_quote(tmp_path: Path) -> None:
    body = f"{SECOND} {SECOND}\n\nOn Mon, 10 Mar 2025, Desk wrote:\n> {STORY}\n"
    (article,) = read_path(write(tmp_path, "re.eml", a_plain_mail("Re: water", body)))
    assert article.text.startswith(SECOND)
    assert f"> {STORY}" in article.text
    assert article.title == "water"  # (its subject "Re: water" without the prefix)


def test_the_signature_and_closing_disclaimer_of_a_mail_are_no_article_text(
    tmp_path: Path,
) -> None:
    body = (
        f"{STORY}\n\n{SECOND}\n\n"
        "This e-mail and any attachments are confidential and intended solely for the "
        "addressee.\n\n-- \nС уважением,\nредакция рассылки\n"
    )
    (article,) = read_path(write(tmp_path, "note.eml", a_plain_mail("Convoy", body)))
    assert article.text == f"{STORY}\n\n{SECOND}"


def test_a_closing_unsubscribe_line_of_an_html_mail_in_french_is_dropped(tmp_path: Path) -> None:
    html = (
        f"<html><body><p>{STORY}</p><p>{SECOND}</p>"
        "<p>Pour vous désabonner de cette lettre, cliquez ici.</p></body></html>"
    )
    msg = MIMEMultipart("alternative")
    msg["From"], msg["Subject"] = "lettre@example.fr", "Convoi"
    msg["Date"] = "Tue, 04 Mar 2025 18:45:00 +0100"
    msg.attach(MIMEText(html, "html", "utf-8"))
    (article,) = read_path(write(tmp_path, "lettre.eml", msg.as_bytes()))
    assert "désabonner" not in article.text
    assert article.text.endswith(SECOND)


def test_a_newsletter_s_closing_lines_are_dropped_one_by_one(tmp_path: Path) -> None:
    html = (
        f"<html><body><p>{STORY}</p><p>{SECOND}</p><p><em>Copyright © 2025 Brief, All rights "
        "reserved.</em><br>You are receiving this email because you opted in via our website."
        '<br><a href="x">update subscription preferences</a></p></body></html>'
    )
    msg = MIMEMultipart("alternative")
    msg["From"], msg["Subject"] = "brief@example.org", "Brief"
    msg["Date"] = "Wed, 19 Mar 2025 05:00:00 +0000"
    msg.attach(MIMEText(html, "html", "utf-8"))
    (article,) = read_path(write(tmp_path, "brief.eml", msg.as_bytes()))
    assert article.text.endswith(SECOND)


def test_a_paragraph_that_says_unsubscribe_before_the_story_ends_stays(tmp_path: Path) -> None:
    body = f"{STORY}\n\nThe operator said users could unsubscribe from alerts.\n\n{SECOND}\n"
    (article,) = read_path(write(tmp_path, "alerts.eml", a_plain_mail("Alerts", body)))
    assert article.text == body


def test_a_newsletter_that_begins_each_story_with_a_linked_headline_is_split(
    tmp_path: Path,
) -> None:
    stories = [("Convoy reaches the east", STORY), ("Water restored in the north", SECOND * 2)]
    html = "".join(
        f'<tr><td><h2><a href="https://digest.example/{n}">{title}</a></h2><p>{text}</p>'
        f'<p><a href="https://digest.example/{n}">Read more &rarr;</a></p></td></tr>'
        for n, (title, text) in enumerate(stories)
    )
    page = (
        f"<html><body><table><tr><td>Weekly digest</td></tr>{html}"
        '<tr><td><a href="https://digest.example/u">Unsubscribe</a></td></tr></table></body></html>'
    )
    msg = MIMEMultipart("alternative")
    msg["From"], msg["Subject"] = "digest@digest.example", "Weekly digest #3"
    msg["Date"] = "Wed, 12 Mar 2025 16:30:00 +0100"
    msg.attach(MIMEText(page, "html", "utf-8"))
    articles = read_path(write(tmp_path, "digest.eml", msg.as_bytes()))
    assert [a.title for a in articles] == [title for title, _ in stories]
    assert [a.text.split("\n", 1)[1] for a in articles] == [text for _, text in stories]


def test_an_article_whose_subheadings_link_nowhere_stays_one(tmp_path: Path) -> None:
    html = (
        f"<html><body><h1>Convoy</h1><h2>The road</h2><p>{STORY}</p><h2>Water</h2><p>{SECOND}</p>"
    )
    html += f"<p>{SECOND}</p></body></html>"
    msg = MIMEMultipart("alternative")
    msg["From"], msg["Subject"] = "letters@example.org", "Convoy"
    msg["Date"] = "Wed, 12 Mar 2025 16:30:00 +0100"
    msg.attach(MIMEText(html, "html", "utf-8"))
    assert len(read_path(write(tmp_path, "post.eml", msg.as_bytes()))) == 1


# --- Markdown notes --------------------------------------------------------------------------


def test_front_matter_gives_a_note_its_title_date_and_source_and_is_no_text(
    tmp_path: Path,
) -> None:
    note = (
        '---\ntitle: "Goma after the takeover"\ndate: 2025-02-03\n'
        "source: https://observer.example/goma\ntags: [DRC, M23]\n---\n\n"
        f"{STORY}\n"
    )
    (article,) = read_path(write(tmp_path, "goma.md", note))
    assert article.text == f"{STORY}\n"
    assert article.title == "Goma after the takeover"
    assert article.url == "https://observer.example/goma"
    assert (article.published, article.published_source) == (date(2025, 2, 3), "metadata")


def test_a_text_between_two_rules_is_no_front_matter(tmp_path: Path) -> None:
    text = f"---\n{STORY}\n---\n{SECOND}\n"
    (article,) = read_path(write(tmp_path, "rules.txt", text))
    assert article.text == text


# --- feeds ----------------------------------------------------------------------------------


def test_a_feed_item_loses_its_software_s_closing_lines_and_google_s_redirect(
    tmp_path: Path,
) -> None:
    content = (
        f"<p>{STORY}</p><p>The post <a href='https://x.example/a'>Convoy</a> appeared first on "
        "<a href='https://x.example'>Sahel Watch</a>.</p>"
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Alerts</title><entry><title>Convoy</title>"
        '<link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://news.example/convoy&amp;ct=ga"/>'
        "<published>2025-03-16T06:50:00Z</published>"
        f'<content type="html">{_escaped(content)}</content></entry>'
        "<entry><title>Water</title><published>2025-03-15T06:50:00Z</published>"
        f'<content type="html">{_escaped(f"<p>{SECOND}</p><p><a href=x>Sign up for our newsletter</a></p>")}'
        "</content></entry></feed>"
    )
    first, second = read_path(write(tmp_path, "alerts.xml", feed))
    assert first.url == "https://news.example/convoy"
    assert first.text == STORY
    assert second.text == SECOND


def _escaped(html: str) -> str:
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- Word and PDF ---------------------------------------------------------------------------


def test_a_word_report_dated_only_in_its_running_header_takes_that_date(tmp_path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "UNCLASSIFIED // FOR OFFICIAL USE ONLY"
    section.header.add_paragraph("Monitoring Unit — Weekly Note 10 — 6 March 2025")
    document.add_heading("Weekly note", level=1)
    document.add_paragraph(STORY)
    path = tmp_path / "note.docx"
    document.save(str(path))
    (article,) = read_path(path)
    assert "UNCLASSIFIED" not in article.text and "Weekly Note 10" not in article.text
    assert (article.published, article.published_source) == (date(2025, 3, 6), "dateline")


def test_a_report_s_title_that_its_first_page_prints_wins_over_its_running_header(
    tmp_path: Path,
) -> None:
    """A one-page report whose footer prints its web address looks like a page a browser
    printed: its running header is not the title when the title property says more and the
    page prints that as its heading."""
    title = "Flash Update No. 7 - Market attack"
    body = textwrap.wrap(f"{STORY} {SECOND}", 90)
    page = [
        (57, 770, "Flash Update No. 7", 8),
        (78, 730, title, 18),
        *[(78, 700 - 14 * i, line) for i, line in enumerate(body)],
        (57, 28, "https://www.office.example.org/sudan", 8),
    ]
    data = a_printed_pdf_bytes([page], title=title)
    (article,) = read_path(write(tmp_path, "flash.pdf", data))
    assert article.title == title


# --- news-please crawls ---------------------------------------------------------------------


def test_the_lines_of_a_crawl_that_were_not_read_are_said_in_the_order_of_the_lines(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"title": "Open", "maintext": STORY}),
        json.dumps({"title": "Paywalled", "maintext": None}),
        '{"title": "Cut", "maintext": "The council me',
    ]
    path = write(tmp_path, "crawl.jsonl", "\n".join(lines))
    failures: list[tuple[str, str]] = []
    read_path(path, failures=failures)
    assert [p.rsplit("#", 1)[1] for p, _ in failures] == ["line-2", "line-3"]
