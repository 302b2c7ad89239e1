"""Good inputs for every format: text, title, site, author, url, language and publication date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import (
    STORY,
    a_docx_bytes,
    a_pdf_bytes,
    an_atom_feed,
    an_eml_bytes,
    an_html_page,
    an_mhtml_bytes,
    an_rss_feed,
    write,
)
from timeline_app.domain.model import PublishedSource
from timeline_app.readers import detect_format, read_path

# --- plain text ---------------------------------------------------------------------------


def test_text_keeps_content_verbatim_with_newlines_normalised(tmp_path: Path) -> None:
    raw = "  Strike on depot\r\n\r\nA depot was hit on Tuesday.  \r\nLast line\rend\n"
    article = read_path(write(tmp_path, "note.txt", raw))[0]
    assert article.text == "  Strike on depot\n\nA depot was hit on Tuesday.  \nLast line\nend\n"
    assert article.title == "Strike on depot"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Ceasefire talks resume in Geneva", "Ceasefire talks resume in Geneva"),
        ("# Markdown heading here", "Markdown heading here"),
        ("This is a long opening sentence that ends like a sentence.", ""),
        ("Single", ""),
        ("Is the ceasefire holding?", "Is the ceasefire holding?"),
    ],
)
def test_text_title_only_when_first_line_looks_like_a_headline(
    tmp_path: Path, first_line: str, title: str
) -> None:
    article = read_path(write(tmp_path, "a.md", f"{first_line}\n\n{STORY}\n"))[0]
    assert article.title == title


def test_text_in_legacy_encoding(tmp_path: Path) -> None:
    text = "Réunion à Genève\n\nLes délégués se sont réunis mardi à Genève pour négocier une trêve."
    article = read_path(write(tmp_path, "fr.txt", text.encode("cp1252")))[0]
    assert article.text == text
    assert article.language == "fr"


def test_text_in_cyrillic_legacy_encoding(tmp_path: Path) -> None:
    text = (
        "Встреча в Киеве\n\nВо вторник министры провели встречу в Киеве и обсудили поставки помощи."
    )
    article = read_path(write(tmp_path, "ru.txt", text.encode("cp1251")))[0]
    assert article.text == text
    assert article.language == "ru"


def test_text_with_mixed_encodings_keeps_the_utf8_lines(tmp_path: Path) -> None:
    data = "Délégués à Genève\n".encode() + "Les délégués sont arrivés mardi.\n".encode("cp1252")
    article = read_path(write(tmp_path, "mixed.txt", data))[0]
    assert article.text == "Délégués à Genève\nLes délégués sont arrivés mardi.\n"


def test_text_in_utf16_with_bom(tmp_path: Path) -> None:
    text = "Aid convoy arrives\n\n" + STORY
    article = read_path(write(tmp_path, "u16.txt", text.encode("utf-16")))[0]
    assert article.text == text


def test_user_values_win(tmp_path: Path) -> None:
    path = write(tmp_path, "2024-01-02-note.txt", "Published: 3 March 2024\n\n" + STORY)
    article = read_path(path, published=date(2025, 11, 19), language="de")[0]
    assert (article.published, article.published_source) == (date(2025, 11, 19), "option")
    assert article.language == "de"


def test_text_without_any_date_is_unknown(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "undated.txt", STORY))[0]
    assert article.published is None
    assert article.published_source == PublishedSource.UNKNOWN


def test_text_date_from_file_name(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "2025-11-19-convoy.txt", STORY))[0]
    assert (article.published, article.published_source) == (date(2025, 11, 19), "filename")


def test_dateline_beats_file_name(tmp_path: Path) -> None:
    text = "KYIV, November 18 (Reuters) - " + STORY
    article = read_path(write(tmp_path, "2025-11-19-convoy.txt", text))[0]
    assert (article.published, article.published_source) == (date(2025, 11, 18), "dateline")


# --- HTML -----------------------------------------------------------------------------------


def test_html_page(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "page.html", an_html_page()))[0]
    assert "convoy carrying medical aid" in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "Aid convoy reaches eastern districts"
    assert article.site == "Example News"
    assert article.url == "https://news.example.co.uk/world/aid-convoy"
    assert (article.published, article.published_source) == (date(2025, 11, 19), "metadata")
    assert article.language == "en"
    assert article.day_first is True


def test_html_published_not_modified(tmp_path: Path) -> None:
    page = an_html_page(published="2025-11-17", modified="2025-11-20")
    article = read_path(write(tmp_path, "page.html", page))[0]
    assert article.published == date(2025, 11, 17)


def test_html_date_from_url_when_no_metadata(tmp_path: Path) -> None:
    page = an_html_page(published=None, url="https://news.example.com/2025/11/16/convoy")
    article = read_path(write(tmp_path, "page.html", page))[0]
    assert article.published == date(2025, 11, 16)


def test_html_never_dated_from_nothing(tmp_path: Path) -> None:
    page = an_html_page(published=None, url="https://news.example.com/world/convoy")
    article = read_path(write(tmp_path, "page.html", page))[0]
    assert (article.published, article.published_source) == (None, "unknown")


def test_truncated_html_still_gives_its_text(tmp_path: Path) -> None:
    page = an_html_page()
    cut = page[: page.index("The governor")]
    article = read_path(write(tmp_path, "cut.html", cut))[0]
    assert "convoy carrying medical aid" in article.text


def test_malformed_html_soup(tmp_path: Path) -> None:
    soup = "<html><body><div><p>Shelling hit the outskirts on Sunday night<p>Residents fled</div></span>"
    article = read_path(write(tmp_path, "soup.htm", soup))[0]
    assert "Shelling hit the outskirts on Sunday night" in article.text


def test_html_in_legacy_encoding_declared_in_meta(tmp_path: Path) -> None:
    page = an_html_page(body="Les délégués se sont réunis à Genève mardi soir. " * 4, lang="fr")
    data = page.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    article = read_path(write(tmp_path, "fr.html", data))[0]
    assert "délégués se sont réunis à Genève" in article.text
    assert article.language == "fr"


def test_html_scripts_are_never_text(tmp_path: Path) -> None:
    page = an_html_page(extra_head="<script>document.write('INJECTED')</script>")
    assert "INJECTED" not in read_path(write(tmp_path, "p.html", page))[0].text


def test_html_named_txt_is_read_as_html(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "saved.txt", an_html_page()))[0]
    assert "<p>" not in article.text
    assert article.published == date(2025, 11, 19)


# --- MHTML, e-mail -------------------------------------------------------------------------


def test_mhtml_page(tmp_path: Path) -> None:
    data = an_mhtml_bytes(an_html_page(published=None, url="https://x.example.com/a"))
    article = read_path(write(tmp_path, "page.mhtml", data))[0]
    assert "convoy carrying medical aid" in article.text
    assert article.url == "https://news.example.com/2025/11/18/convoy"
    assert (article.published, article.published_source) == (date(2025, 11, 18), "url")


def test_eml_plain(tmp_path: Path) -> None:
    article = read_path(write(tmp_path, "brief.eml", an_eml_bytes()))[0]
    assert article.title == "Morning brief"
    assert article.author == "Desk Editor"
    assert article.text.strip() == STORY
    assert (article.published, article.published_source) == (date(2025, 11, 19), "header")


def test_eml_html_only(tmp_path: Path) -> None:
    data = an_eml_bytes(plain=None, html=an_html_page(published=None, url="https://e.example/x"))
    article = read_path(write(tmp_path, "alert.eml", data))[0]
    assert "convoy carrying medical aid" in article.text
    assert article.published_source == "header"


def test_eml_header_date_is_the_senders_day(tmp_path: Path) -> None:
    data = an_eml_bytes(date="Tue, 18 Nov 2025 23:30:00 -0500")
    assert read_path(write(tmp_path, "late.eml", data))[0].published == date(2025, 11, 18)


def test_newsletter_with_several_stories(tmp_path: Path) -> None:
    stories = [f"Story number {n} headline\n\n{STORY}" for n in (1, 2, 3)]
    plain = "\n\n-----\n\n".join(stories) + "\n\n-----\nUnsubscribe here\n"
    articles = read_path(write(tmp_path, "digest.eml", an_eml_bytes(plain=plain)))
    assert [a.title for a in articles] == [f"Story number {n} headline" for n in (1, 2, 3)]
    assert [a.source_path for a in articles] == [
        f"{tmp_path / 'digest.eml'}#story-{n}" for n in (1, 2, 3)
    ]


# --- PDF, Word ------------------------------------------------------------------------------


def test_pdf_text_per_page(tmp_path: Path) -> None:
    pages = ["Published: 19 November 2025", "Drones struck a fuel depot on Tuesday night."]
    article = read_path(write(tmp_path, "report.pdf", a_pdf_bytes(pages)))[0]
    assert (
        article.text
        == "Published: 19 November 2025\n\nDrones struck a fuel depot on Tuesday night."
    )
    assert (article.published, article.published_source) == (date(2025, 11, 19), "dateline")


def test_docx(tmp_path: Path) -> None:
    data = a_docx_bytes(
        "Weekly situation report",
        ["BRUSSELS, 19 November 2025 - Ministers met on Monday.", STORY],
        table=[["Date", "Event"], ["17 Nov", "Meeting"]],
    )
    article = read_path(write(tmp_path, "sitrep.docx", data))[0]
    assert article.title == "Weekly situation report"
    assert article.author == "A. Colleague"
    assert "Ministers met on Monday." in article.text
    assert "17 Nov | Meeting" in article.text
    assert (article.published, article.published_source) == (date(2025, 11, 19), "dateline")


# --- feeds and news-please ------------------------------------------------------------------


def test_rss_items_are_articles(tmp_path: Path) -> None:
    feed = an_rss_feed(
        [
            ("Strike on depot", "https://wire.example.org/a", "Tue, 18 Nov 2025 10:00:00 GMT", "<p>A depot was hit.</p>"),
            ("Talks resume", "https://wire.example.org/b", "Wed, 19 Nov 2025 08:00:00 GMT", "Delegations met again."),
        ]
    )  # fmt: skip
    path = write(tmp_path, "wire.rss", feed)
    articles = read_path(path)
    assert [a.title for a in articles] == ["Strike on depot", "Talks resume"]
    assert articles[0].text == "A depot was hit."
    assert [a.published for a in articles] == [date(2025, 11, 18), date(2025, 11, 19)]
    assert {a.published_source for a in articles} == {PublishedSource.METADATA}
    assert [a.source_path for a in articles] == [f"{path}#item-1", f"{path}#item-2"]
    assert articles[0].site == "Example Wire"
    assert articles[1].url == "https://wire.example.org/b"


def test_atom_uses_published_never_updated(tmp_path: Path) -> None:
    feed = an_atom_feed(
        [
            ("Dated entry", "https://a.example/2025/11/10/x", "2025-11-10T10:00:00Z", "2025-11-12T10:00:00Z", "<p>Body one.</p>"),
            ("Undated entry", "https://a.example/world/y", None, "2025-11-12T10:00:00Z", "<p>Body two.</p>"),
        ]
    )  # fmt: skip
    articles = read_path(write(tmp_path, "site.atom", feed))
    assert articles[0].published == date(2025, 11, 10)
    assert (articles[1].published, articles[1].published_source) == (None, "unknown")
    assert articles[0].author == "Field Reporter"


def test_news_please_json_and_jsonl(tmp_path: Path) -> None:
    record = {
        "title": "Convoy arrives",
        "maintext": STORY,
        "description": "Aid reached the east after delays.",
        "date_publish": "2025-11-19 10:00:00",
        "url": "https://news.example.de/a",
        "source_domain": "news.example.de",
        "authors": ["Jane Reporter"],
        "language": "en",
    }
    single = read_path(write(tmp_path, "one.json", json.dumps(record)))[0]
    assert single.text.startswith("Aid reached the east after delays.\n")
    assert (single.published, single.published_source) == (date(2025, 11, 19), "metadata")
    assert (single.site, single.author) == ("news.example.de", "Jane Reporter")
    lines = "\n".join(json.dumps(record | {"title": f"T{n}"}) for n in (1, 2))
    path = write(tmp_path, "many.jsonl", lines)
    many = read_path(path)
    assert [a.title for a in many] == ["T1", "T2"]
    assert [a.source_path for a in many] == [f"{path}#line-1", f"{path}#line-2"]


# --- choice by content ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("report.txt", a_pdf_bytes(["x"]), "pdf"),
        ("page", an_html_page().encode(), "html"),
        ("download.bin", an_rss_feed([]).encode(), "feed"),
        ("mail", an_eml_bytes(), "eml"),
        ("saved.html", an_mhtml_bytes("<html><body>x</body></html>"), "mhtml"),
        ("notes", b"Just some words of text.", "text"),
        ("doc", a_docx_bytes("T", ["p"]), "docx"),
    ],
)
def test_format_chosen_by_content(name: str, data: bytes, kind: str) -> None:
    assert detect_format(name, data) == kind


@pytest.mark.parametrize(
    "line",
    [
        "https://news.example.com/2025/11/16/convoy",
        "Source: https://news.example.com/2025/11/16/convoy",
    ],
)
def test_text_with_its_address_on_a_line_of_its_own(tmp_path: Path, line: str) -> None:
    article = read_path(write(tmp_path, "copied.txt", f"Convoy arrives\n{line}\n\n{STORY}"))[0]
    assert article.url == "https://news.example.com/2025/11/16/convoy"
    assert (article.published, article.published_source) == (date(2025, 11, 16), "url")


def test_address_inside_a_sentence_is_not_the_articles(tmp_path: Path) -> None:
    text = f"Convoy arrives\n\nThe ministry posted https://gov.example/2025/01/01/x today.\n{STORY}"
    assert read_path(write(tmp_path, "copied.txt", text))[0].url == ""


def test_browser_saved_page_keeps_its_address(tmp_path: Path) -> None:
    page = an_html_page(published=None, url="").replace('<link rel="canonical" href="">', "")
    saved = "<!-- saved from url=(0044)https://news.example.com/2025/11/15/convoy -->\n" + page
    article = read_path(write(tmp_path, "saved.html", saved))[0]
    assert article.url == "https://news.example.com/2025/11/15/convoy"
    assert article.published == date(2025, 11, 15)


def test_file_name_with_hash_and_bang(tmp_path: Path) -> None:
    path = write(tmp_path, "brief #2!.txt", "Convoy arrives\n\n" + STORY)
    article = read_path(path)[0]
    assert article.source_path == str(path)
    assert article.title == "Convoy arrives"


def test_html_newsletter_split_at_its_rules(tmp_path: Path) -> None:
    stories = "<hr>".join(f"<h2>Story {n} headline</h2><p>{STORY}</p>" for n in (1, 2))
    html = f"<html><body><p>View in browser</p><hr>{stories}<hr><p>Unsubscribe</p></body></html>"
    articles = read_path(write(tmp_path, "news.eml", an_eml_bytes(plain=None, html=html)))
    assert [a.title for a in articles] == ["Story 1 headline", "Story 2 headline"]
    assert all(STORY in a.text for a in articles)
    assert all(a.published == date(2025, 11, 19) for a in articles)


def test_page_without_metadata_dated_by_its_byline(tmp_path: Path) -> None:
    page = an_html_page(published=None, url="https://news.example.com/world/convoy").replace(
        '<p class="byline">By Jane Reporter</p>',
        '<p class="byline">By Jane Reporter</p><p>Published: 18 Nov 2025 CET.</p>'
        "<p>Updated: 19 Nov 2025</p>",
    )
    article = read_path(write(tmp_path, "page.html", page))[0]
    assert (article.published, article.published_source) == (date(2025, 11, 18), "dateline")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en-US", date(2023, 11, 8)), ("en-GB", date(2023, 8, 11)), ("en", None)],
)
def test_numeric_page_date_read_by_the_sites_convention(
    tmp_path: Path, lang: str, expected: date | None
) -> None:
    page = an_html_page(published=None, url="", lang=lang).replace(
        '<p class="byline">By Jane Reporter</p>',
        '<p class="byline">By Jane Reporter <span class="entry-date">11/08/2023 5:19pm</span></p>',
    )
    assert read_path(write(tmp_path, "page.html", page))[0].published == expected
