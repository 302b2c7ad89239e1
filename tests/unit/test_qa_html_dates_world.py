"""The publication date of saved news pages and plain-text copies in many languages and CMS
families: local date formats seen only in the visible byline (Portuguese and Turkish weekdays and
months, "2025年11月19日", Arabic-Indic digits, "14h03", "14:03 Uhr"), stamps joined on one line
with bars, US bylines that put the time first, metadata that htmldate falls back to though it
dates no publication (an edit, a copyright year, an event in the prose, <meta name="date">), a
UTC timestamp whose day is not the page's, a republished story's first day, and agency datelines.
Every page and text here is written for the test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import published_of as published
from timeline_app.readers.dates_text import parse_date_at
from timeline_app.readers.markup_dates import local_day, not_publication, utc_hour
from timeline_app.readers.published import dateline_date, labelled_dates, original_date

STORY = [
    "The port authority said on Tuesday that container traffic had fallen for a third month as "
    "shipping lines rerouted vessels around the strait.",
    "Officials expect the decline to continue into the winter unless insurers lower the "
    "premiums they charge for the crossing.",
    "Dock workers' unions have asked the government for a support package to cover lost shifts.",
]
D = date(2025, 11, 19)


def a_page(
    *, head: str = "", byline: str = "", after: str = "", lang: str = "en", story: list[str] = STORY
) -> str:
    """A news page: the headline, `byline`, the story, then `after`."""
    body = "".join(f"<p>{p}</p>" for p in story)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Container traffic falls again</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="article">'
        f'<h1>Container traffic falls again</h1><div class="byline">{byline}</div>'
        f'<div class="body">{body}</div></div>{after}'
        "<footer><p>© 2025 Example Media</p></footer></body></html>"
    )


# --- dates written the local way ---------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "quarta-feira, 19 de novembro de 2025",
        "woensdag 19 november 2025, 14:03",
        "Środa, 19 listopada 2025 r.",
        "Среда, 19 ноября 2025, 14:03",
        "Середа, 19 листопада 2025, 14:03",
        "Çarşamba, 19 Kasım 2025",
        "19 Kasım 2025, 14:03",
        "2025年11月19日 14:03",
        "2025年11月19日(水) 14時03分",
        "2025/11/19 14:03",
        "١٩ نوفمبر ٢٠٢٥",
        "الأربعاء 19 تشرين الثاني 2025",
        "الأربعاء 19 نوفمبر 2025 02:03 م",
        "Mi 19.11.2025 | 14:03 Uhr",
        "19.11.2025 um 14:03 Uhr",
        "19 novembre 2025 à 14h03",
        "19/11/2025 - 14:03h",
        "Mercoledì 19 novembre 2025, ore 14:03",
        "19-11-2025 om 14:03",
    ],
)
def test_a_byline_date_in_the_local_way(written: str) -> None:
    # given a line holding only a date, as the byline of copied web text, in a day-first language
    assert dateline_date(f"{written}\nThe port said traffic fell.", day_first=True) == D


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٠٥ نوفمبر ٢٠٢٥ في", date(2025, 11, 5)),
        ("2025년 11월 19일", D),
        ("2025.11.19", D),
        ("2025-11/19", None),  # one separator, used twice
    ],
)
def test_parse_date_at_new_forms(text: str, expected: date | None) -> None:
    parsed = parse_date_at(text, day_first=True)
    assert (parsed[0] if parsed else None) == expected


def test_arabic_digits_keep_the_offsets_of_the_text() -> None:
    assert parse_date_at("  ١٩ نوفمبر ٢٠٢٥ - القاهرة") == (D, 2, 16)


def test_the_polish_year_word_belongs_to_the_date() -> None:
    assert parse_date_at("19 listopada 2025 r. w Gdańsku") == (D, 0, 20)


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("pt", '<p class="data">quarta-feira, 19 de novembro de 2025</p>'),
        ("ru", "<p>Среда, 19 ноября 2025, 14:03</p>"),
        ("zh", '<span class="time">2025年11月19日 14:03</span>'),
        ("ar", '<span class="date">١٩ نوفمبر ٢٠٢٥</span>'),
        ("en", "<div>Published 2:03 p.m. ET Nov. 19, 2025</div>"),
    ],
)
def test_a_page_dated_only_in_its_byline(tmp_path: Path, lang: str, byline: str) -> None:
    assert published(tmp_path, a_page(lang=lang, byline=byline)) == D


# --- labels and the stamps of a byline ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Erstellt am 19.11.2025 um 14:03 Uhr",
        "Geplaatst: 19 nov. 2025 14:03",
        "Yayınlanma: 19.11.2025 14:03",
        "Создано: 19.11.2025 14:03",
        "公開日：2025年11月19日",
        "发布时间：2025-11-19 14:03 来源：港口日报",
        "تاريخ النشر: ١٩ نوفمبر ٢٠٢٥",
        "Published 2:03 p.m. ET Nov. 19, 2025",
        "Publicado em 19/11/2025 - 14h03",
        "By Jane Roe | 19 Nov 2025",
        "Last updated: 21 November 2025 | First published: 19 November 2025",
        "Aktualisiert am 20.11.2025 | Erstellt am 19.11.2025",
        "19.11.2025 - 14:03 | Güncelleme: 20.11.2025 - 09:12",
        "Mis à jour le 20/11/2025 à 09h12 - Publié le 19/11/2025 à 14h03",
        "Updated November 20, 2025 at 9:12 AM EST; Originally published November 19, 2025",
        "19 ноября 2025, 14:03 • Обновлено 20 ноября 2025, 09:12",
        "Haber Giriş: 19.11.2025 14:03 | Güncellenme: 20.11.2025 09:12",
        "Data utworzenia: 19.11.2025 14:03",
        "2025年11月19日 14時03分 配信",
        "2025-11-19 14:03:15",
    ],
)
def test_the_publication_stamp_of_a_byline(line: str) -> None:
    assert dateline_date(f"{line}\nThe port said traffic fell.", day_first=True) == D


@pytest.mark.parametrize(
    "line",
    [
        "Laatst gewijzigd: 20 nov. 2025",
        "Güncelleme: 20.11.2025",
        "更新日：2025年11月20日",
        "Aktualizacja: 20.11.2025 09:12",
        "Atualizado em 20/11/2025",
        "آخر تحديث: 20 نوفمبر 2025",
        "Updated | 20 Nov 2025",
    ],
)
def test_an_edits_stamp_is_no_publication_date(line: str) -> None:
    assert dateline_date(f"{line}\nThe port said traffic fell.", day_first=True) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Por Ana García el 19 de noviembre de 2025", D),
        ("Posted by admin on November 19, 2025", D),
        ("Par Claire Martin, le 19/11/2025", D),
        ("By Jane Roe - Nov. 19, 2025 at 2:03 p.m.", D),
        ("By Jane Roe and 19 others", None),
        ("By 2025 the port will be closed to larger ships.", None),
        ("Von Anna Schmidt am 19. November 2025 aktualisiert", None),
    ],
)
def test_a_byline_naming_the_author_first(line: str, expected: date | None) -> None:
    assert dateline_date(f"{line}\nThe port said traffic fell.", day_first=True) == expected


def test_a_page_whose_byline_names_the_author_first(tmp_path: Path) -> None:
    byline = "<p>Por Ana García el 19 de noviembre de 2025</p>"
    assert published(tmp_path, a_page(lang="es", byline=byline)) == D


def test_a_bare_date_beside_an_edits_date_is_the_publication() -> None:
    stamps = "19.11.2025 - 14:03 | Güncelleme: 20.11.2025 - 09:12"
    assert labelled_dates(stamps, day_first=True) == (D, {date(2025, 11, 20)})
    # a bare date alone says nothing against the metadata: it may be a teaser's
    assert labelled_dates("19.11.2025", day_first=True) == (None, set())


@pytest.mark.parametrize(
    ("lang", "head", "byline"),
    [
        (
            "de",
            '<meta property="article:modified_time" content="2025-11-20T09:12:00+01:00">',
            "<p>Erstellt am 19.11.2025 um 14:03 Uhr</p>",
        ),
        (
            "tr",
            '<meta property="og:updated_time" content="2025-11-20T09:12:00+03:00">',
            "<p>Yayınlanma: 19.11.2025 14:03</p><p>Güncelleme: 20.11.2025 09:12</p>",
        ),
        (
            "ja",
            '<meta property="article:modified_time" content="2025-11-20T09:12:00+09:00">',
            "<p>公開日：2025年11月19日</p><p>更新日：2025年11月20日</p>",
        ),
        ("en", "", "<p>Last updated: 21 November 2025 | First published: 19 November 2025</p>"),
        ("tr", "", "<p>19.11.2025 - 14:03 | Güncelleme: 20.11.2025 - 09:12</p>"),
        (
            "en",
            '<meta property="article:modified_time" content="2025-11-20T14:12:00Z">',
            "<div>Updated 9:12 a.m. ET Nov. 20, 2025</div>"
            "<div>Published 2:03 p.m. ET Nov. 19, 2025</div>",
        ),
        (
            "fr",
            '<meta property="article:modified_time" content="2025-11-20T09:12:00+01:00">',
            "<p>Mis à jour le 20/11/2025 à 09h12 - Publié le 19/11/2025 à 14h03</p>",
        ),
        (
            "pl",
            '<meta name="last-modified" content="2025-11-21">',
            "<p>Data utworzenia: 19.11.2025 14:03</p><p>Data aktualizacji: 21.11.2025 10:00</p>",
        ),
        (
            "ru",
            '<meta property="article:modified_time" content="2025-11-20T09:12:00+03:00">',
            "<p>19 ноября 2025, 14:03 • Обновлено 20 ноября 2025, 09:12</p>",
        ),
    ],
    ids=[
        "de-erstellt",
        "tr-yayinlanma",
        "ja-koukai",
        "en-one-line",
        "tr-bare",
        "en-us",
        "fr-dash",
        "pl-utworzenia",
        "ru-bullet",
    ],
)
def test_the_bylines_publication_beats_an_edit(
    tmp_path: Path, lang: str, head: str, byline: str
) -> None:
    assert published(tmp_path, a_page(lang=lang, head=head, byline=byline)) == D


# --- metadata htmldate falls back to, which dates no publication --------------------------------


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:updated_time" content="2025-11-24T08:00:00+00:00">',
        '<meta name="lastmod" content="2025-11-24">',
        '<meta http-equiv="last-modified" content="Mon, 24 Nov 2025 10:00:00 GMT">',
        '<meta itemprop="copyrightYear" content="2025">',
    ],
    ids=["og-updated", "lastmod", "http-equiv-rfc", "copyright-year"],
)
def test_an_edits_date_or_a_copyright_year_is_no_publication_date(
    tmp_path: Path, head: str
) -> None:
    assert published(tmp_path, a_page(head=head, byline="<p>By Sam Lee</p>")) is None


def test_the_byline_is_read_when_the_metadata_only_dates_an_edit(tmp_path: Path) -> None:
    head = '<meta http-equiv="last-modified" content="2025-11-24">'
    assert published(tmp_path, a_page(head=head, byline="<p>November 19, 2025</p>")) == D


def test_the_address_is_read_when_the_metadata_only_dates_an_edit(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://news.example.com/2025/11/19/container-traffic">'
        '<meta property="og:updated_time" content="2025-11-24T08:00:00+00:00">'
    )
    assert published(tmp_path, a_page(head=head)) == D


@pytest.mark.parametrize(
    "sentence",
    [
        "Registration for the summit (2025-12-12) closes next week, the organisers said on Monday.",
        "In Geneva, after long delays, the summit (2025-12-12) will decide the future of the "
        "crossings.",
    ],
)
def test_an_iso_date_in_the_prose_is_an_events(tmp_path: Path, sentence: str) -> None:
    page = a_page(story=[sentence, *STORY], byline="<p>By Sam Lee</p>")
    assert published(tmp_path, page) is None


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        ("", '<span class="date">2025-11-19 14:03</span>'),
        (
            "",
            '<time class="entry-date published updated" '
            'datetime="2025-11-19T14:03:00+00:00">November 19, 2025</time>',
        ),
        (
            '<meta property="article:published_time" content="2025-11-19T08:00:00+00:00">'
            '<meta property="article:modified_time" content="2025-11-19T09:00:00+00:00">',
            "",
        ),
        ('<meta name="date" content="2025-11-19">', "<p>By Sam Lee</p>"),
    ],
    ids=["iso-byline", "wp-published-updated", "same-day-edit", "meta-date"],
)
def test_publication_metadata_is_kept(tmp_path: Path, head: str, byline: str) -> None:
    assert published(tmp_path, a_page(head=head, byline=byline)) == D


def test_not_publication_reads_where_the_date_stands() -> None:
    modified = '<meta property="article:modified_time" content="2025-11-19T09:00:00Z">'
    both = '<meta property="article:published_time" content="2025-11-19T08:00:00Z">' + modified
    assert not_publication(D, modified, "")
    assert not not_publication(D, both, "")
    assert not not_publication(D, '<script>var d = {"d": "2025-11-19"};</script>', "")


def test_a_generic_meta_date_yields_to_a_published_byline(tmp_path: Path) -> None:
    # <meta name="date"> holds the day the page was generated; the byline says "Published"
    head = '<meta name="date" content="2025-11-24T03:00:00Z">'
    page = a_page(head=head, byline="<p>Published: 19 November 2025</p>")
    assert published(tmp_path, page) == D


def test_a_generic_meta_date_yields_to_a_bare_byline_date(tmp_path: Path) -> None:
    head = '<meta name="date" content="2025-11-24">'
    page = a_page(lang="de", head=head, byline="<p>19.11.2025, 14:03 Uhr</p>")
    assert published(tmp_path, page) == D


def test_a_generic_meta_date_is_kept_against_a_teasers_date(tmp_path: Path) -> None:
    head = '<meta name="date" content="2025-11-24">'
    after = (
        '<section class="more"><h2>More</h2><p>Nov 19, 2025</p><a href="/x">Bridge</a></section>'
    )
    page = a_page(head=head, byline="<p>By Sam Lee</p>", after=after)
    assert published(tmp_path, page) == date(2025, 11, 24)


def test_a_generic_meta_date_yields_to_the_pages_address(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://news.example.com/2025/11/19/container-traffic">'
        '<meta name="date" content="2025-11-24">'
    )
    assert published(tmp_path, a_page(head=head, byline="<p>By Sam Lee</p>")) == D


def test_a_publication_timestamp_beats_the_addresss_day(tmp_path: Path) -> None:
    # the address keeps the day the story's draft was made; the metadata dates its publication
    head = (
        '<link rel="canonical" href="https://news.example.com/2025/11/18/container-traffic">'
        '<meta property="article:published_time" content="2025-11-19T08:00:00+00:00">'
    )
    assert published(tmp_path, a_page(head=head)) == D


# --- a UTC timestamp and the page's own day ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "stamp", "byline", "expected"),
    [
        ("de", "2025-11-19T23:30:00Z", "<p>20.11.2025, 00:30 Uhr</p>", date(2025, 11, 20)),
        ("en-US", "2025-11-20T02:30:00Z", "<p>Nov. 19, 2025 at 9:30 p.m. ET</p>", D),
        ("en", "2025-11-19T23:30:00Z", "<p>November 19, 2025</p>", D),
        # no time zone reaches the 20th from 03:00 UTC on the 19th
        ("en", "2025-11-19T03:00:00Z", "<p>November 20, 2025</p>", D),
        # a page's own offset is its own day: nothing to correct
        ("en", "2025-11-20T00:30:00+14:00", "", date(2025, 11, 20)),
        ("en", "2025-11-19T22:00:00-10:00", "", D),
    ],
)
def test_the_day_is_the_pages_own(
    tmp_path: Path, lang: str, stamp: str, byline: str, expected: date
) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    assert published(tmp_path, a_page(lang=lang, head=head, byline=byline)) == expected


def test_utc_hour_and_local_day() -> None:
    html = '<meta property="article:published_time" content="2025-11-19T23:30:00.000+00:00">'
    assert utc_hour(D, html) == 23
    assert utc_hour(D, html.replace("+00:00", "+01:00")) is None
    assert utc_hour(D, html.replace("published", "modified")) is None
    assert local_day(D, 23, "20.11.2025, 00:30 Uhr", True) == date(2025, 11, 20)
    assert local_day(D, 23, "18.11.2025, 00:30 Uhr", True) == D


# --- a republished story -------------------------------------------------------------------------


def test_a_republished_storys_first_day(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2025-11-19T08:00:00+00:00">'
    note = '<p class="note">This article was originally published on 3 May 2019.</p>'
    assert published(tmp_path, a_page(head=head, after=note)) == date(2019, 5, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Story.\nThis story originally appeared in The Atlantic on May 3, 2019.",
            date(2019, 5, 3),
        ),
        ("Story.\nOriginally published 3 May 2019 in the Review.", date(2019, 5, 3)),
        ("Story.\nDieser Artikel erschien zuerst am 3. Mai 2019 im Kurier.", date(2019, 5, 3)),
        ("İSTANBUL\nThis article was originally published on 3 May 2019.", date(2019, 5, 3)),
        ("Story.\nThis article was originally published in 2019.", None),
        ("The report, first published on 3 March 2024, found that traffic fell.", None),
    ],
)
def test_original_date(text: str, expected: date | None) -> None:
    assert original_date(text) == expected


# --- plain-text copies: labels and datelines -------------------------------------------------------

BODY = "\nTroops pulled back from the river on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Paris, le 19 novembre 2025", D),
        ("Berlin, den 19. November 2025", D),
        ("Warszawa, dnia 19 listopada 2025 r.", D),
        ("Москва. 19 ноября 2025. INTERFAX.RU - Войска отошли от реки.", D),
        ("КИЇВ, 19 листопада 2025 року. Війська відійшли від річки.", D),
        ("İSTANBUL, 19 Kasım 2025 (AA) - Birlikler çekildi.", D),
        ("ROMA, 19 novembre 2025 - Le truppe si sono ritirate.", D),
        ("WASHINGTON, Nov. 19, 2025 — Troops pulled back.", D),
        ("Madrid, 19 nov 2025 (EFE).- Las tropas se retiraron.", D),
        ("Berlin (dpa) - Die Truppen zogen sich zurück.", None),
        ("Smith. 19 ways to say no, and 2025 more.", None),
    ],
)
def test_datelines_of_agencies_and_letters(head: str, expected: date | None) -> None:
    assert dateline_date(head + BODY, day_first=True) == expected


def test_a_dateline_without_its_year_and_an_agency_after_a_full_stop() -> None:
    text = "Москва. 19 ноября. INTERFAX.RU - Войска отошли.\nДоклад от 1 октября 2025 года."
    assert dateline_date(text) == D


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Birlikler çekiliyor\nYayınlanma: 05.11.2025 14:03\nBirlikler iki günlük "
            "bombardımanın ardından pazartesi günü nehirden çekildi, yetkililer açıkladı.",
            date(2025, 11, 5),
        ),
        (
            "部队撤退\n发布时间：2025年11月5日 14:03\n官员称，经过两天的炮击，部队周一从河边撤退。",
            date(2025, 11, 5),
        ),
        (
            "Troepen trekken zich terug\nGepubliceerd op 05-11-2025 om 14:03\nDe troepen trokken "
            "zich maandag terug van de rivier na twee dagen beschietingen, zeiden functionarissen.",
            date(2025, 11, 5),
        ),
        ("Troops pull back\nPublished 2:03 p.m. ET Nov. 5, 2025" + BODY, date(2025, 11, 5)),
        (
            "Las tropas se retiran\nhace 2 días\nLas tropas se retiraron el lunes del río tras "
            "dos días de bombardeos, según las autoridades.",
            None,
        ),
    ],
    ids=["tr", "zh", "nl", "en-us", "es-relative"],
)
def test_plain_text_copies(tmp_path: Path, text: str, expected: date | None) -> None:
    # the numeric dates are read by the language's convention (day first)
    assert published(tmp_path, text, name="story.txt") == expected
