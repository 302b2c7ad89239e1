"""The publication date of page kinds and languages the earlier rounds did not try: bylines in
Swedish, Czech, Romanian, Hungarian, Greek, Finnish, Indonesian, Vietnamese, Hindi, Hebrew,
Persian and Korean (their month and weekday names, labels and date orders); a Solar Hijri date,
converted, and a lunar Hijri one, passed over; the terms and values of a <dl> ('Updated' /
'24 Nov 2025' / 'Published' / '19 Nov 2025'); ReliefWeb-like 'Originally published' notes; the
heading of a numbered press release; and plain-text copies of such pages. Every page and text
here is written for the test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import published_of as published
from timeline_app.readers.dates_calendars import jalali_leap, jalali_to_gregorian
from timeline_app.readers.dates_text import find_dates, parse_date_at
from timeline_app.readers.markup_dates import dated_relatively
from timeline_app.readers.published import dateline_date, labelled_dates, original_date

D = date(2025, 11, 19)
EDIT = date(2025, 11, 24)
PARAGRAPH = {
    "en": "The council met on Tuesday to discuss the water supply of the northern districts, "
    "where wells have run dry for a second summer in a row.",
    "sv": "Fullmäktige sammanträdde på tisdagen för att diskutera vattenförsörjningen i de norra "
    "distrikten, där brunnarna har sinat.",
    "fa": "شورای شهر روز سه‌شنبه برای بررسی تأمین آب مناطق شمالی تشکیل جلسه داد، جایی که "
    "چاه‌ها برای دومین تابستان خشک شده‌اند.",
    "ko": "시의회는 화요일 북부 지역의 물 공급 문제를 논의하기 위해 회의를 열었다. 그 지역의 "
    "우물은 두 번째 여름 연속으로 말랐다.",
    "ar": "عقد المجلس اجتماعه يوم الثلاثاء لمناقشة إمدادات المياه في المناطق الشمالية حيث جفت "
    "الآبار للصيف الثاني على التوالي.",
    "it": "Il consiglio si è riunito martedì per discutere l’approvvigionamento idrico dei "
    "distretti del nord, dove i pozzi sono asciutti da due estati.",
}


def a_page(lang: str, byline: str, *, head: str = "", after: str = "") -> str:
    """A page with its headline, `byline` under it, two paragraphs, then `after`."""
    para = PARAGRAPH.get(lang, PARAGRAPH["en"])
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Water</title>'
        f'{head}</head><body><main><article><h1>Water for the north</h1><div class="byline">'
        f'{byline}</div><div class="body"><p>{para}</p><p>{para}</p></div></article>{after}'
        "</main><footer><p>© 2025 Site</p></footer></body></html>"
    )


# --- month and weekday names, date orders -------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "onsdag 19 november 2025",  # sv
        "19. listopadu 2025 14:03",  # cs
        "středa 19. listopadu 2025",
        "19. 11. 2025 14:03",  # cs, sk: spaces after the dots
        "miercuri, 19 noiembrie 2025, 14:03",  # ro
        "2025. november 19. 14:03",  # hu: year first
        "2025. november 19., szerda 14:03",  # hu: the weekday after the date
        "19 Νοεμβρίου 2025, 14:03",  # el
        "ΤΕΤΑΡΤΗ 19 ΝΟΕΜΒΡΙΟΥ 2025",  # el: capitals drop the accents
        "keskiviikko 19. marraskuuta 2025",  # fi
        "Rabu, 19 Nov 2025 14:03 WIB",  # id
        "Thứ Tư, 19/11/2025, 14:03 (GMT+7)",  # vi
        "Thứ tư, ngày 19 tháng 11 năm 2025",  # vi: "day 19, month 11, year 2025"
        "19 नवंबर 2025, 14:03",  # hi
        "יום רביעי, 19 בנובמבר 2025",  # he: "in November"
        "۱۹ نوامبر ۲۰۲۵",  # fa: the Gregorian month in Persian
        "2025. 11. 19. 오후 2:03",  # ko
    ],
)
def test_a_byline_date_in_more_languages(written: str) -> None:
    assert dateline_date(f"{written}\nThe council met on Tuesday.", day_first=True) == D


@pytest.mark.parametrize(
    "line",
    [
        "Publicerad 19 november 2025 kl. 14.03",
        "Publicerad 2025-11-19 14:03 · Uppdaterad 2025-11-20 09:12",
        "Publikováno: 19. 11. 2025 14:03",
        "Data publicării: 19 noiembrie 2025, 14:03",
        "Publicat: miercuri, 19 noiembrie 2025, 14:03 | Actualizat: 20 noiembrie 2025",
        "Közzétéve: 2025.11.19. 14:03",
        "Δημοσίευση: 19 Νοεμβρίου 2025, 14:03",
        "Julkaistu 19.11.2025 14:03",
        "Päivitetty 24.11.2025 9:12 | Julkaistu 19.11.2025 14:03",
        "Diterbitkan: 19 November 2025",
        "Ngày đăng: 19/11/2025 - 14:03",
        "प्रकाशित: 19 नवंबर 2025, 14:03",
        "अपडेटेड: 20 नवंबर 2025 | प्रकाशित: 19 नवंबर 2025",
        "פורסם ב-19.11.2025, 14:03 | עודכן ב-20.11.2025",
        "تاریخ انتشار: ۲۸ آبان ۱۴۰۴ - ۱۴:۰۳",
        "입력 2025.11.19 14:03 수정 2025.11.20 09:12",
        "기사입력 2025-11-19 14:03",
        "승인 2025.11.19 14:03",
        "Julkaistu 19.11.2025 klo 14.03",
        "Publicat: 19.11.2025, ora 14:03",
        "Publikováno 19. 11. 2025 v 14:03",
        # blogs: the label, the word joining it to the date, then the author
        "Publicerat den 19 november 2025 av admin",
        "Publicat pe 19 noiembrie 2025 de admin",
        "Diposting pada 19 November 2025 oleh admin",
        "Đăng vào 19/11/2025 bởi admin",
        "Đăng lúc 14:03 ngày 19/11/2025",
        "Δημοσιεύτηκε στις 19 Νοεμβρίου 2025",
        "פורסם בתאריך 19 בנובמבר 2025",
        "منتشر شده در ۲۸ آبان ۱۴۰۴",
        "작성일 2025.11.19 14:03",
        "Bejegyezve: 2025. november 19.",
    ],
)
def test_the_publication_label_in_more_languages(line: str) -> None:
    assert dateline_date(f"{line}\nThe council met on Tuesday.", day_first=True) == D


@pytest.mark.parametrize(
    "line",
    [
        "Uppdaterad 2025-11-24 09:12",
        "Päivitetty 24.11.2025",
        "Frissítve: 2025. november 24. 09:12",
        "Aktualizováno 24. 11. 2025",
        "Actualizat: 24.11.2025",
        "Ενημέρωση: 24 Νοεμβρίου 2025",
        "Diperbarui: 24 November 2025",
        "Cập nhật: 24/11/2025",
        "עודכן: 24.11.2025",
        "수정 2025.11.24 09:12",
        "Cập nhật lúc 09:12 ngày 24/11/2025",
    ],
)
def test_an_edits_label_in_more_languages(line: str) -> None:
    # the date is read, and known as an edit's: never the publication's
    assert labelled_dates(line, day_first=True) == (None, {EDIT})
    assert dateline_date(f"{line}\nThe council met on Tuesday.", day_first=True) is None


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("sv", "<span>Publicerad 19 november 2025 kl. 14.03</span>"),
        ("cs", "<span>19. listopadu 2025 14:03</span>"),
        ("ro", "<span>Data publicării: 19 noiembrie 2025, 14:03</span>"),
        ("el", "<span>19 Νοεμβρίου 2025, 14:03</span>"),
        ("hu", "<span>2025. november 19., szerda 14:03</span>"),
        ("vi", "<span>Thứ tư, ngày 19 tháng 11 năm 2025</span>"),
        ("hi", "<span>प्रकाशित: 19 नवंबर 2025, 14:03</span>"),
        ("ko", "<span>입력 2025.11.19 14:03 수정 2025.11.20 09:12</span>"),
    ],
)
def test_a_page_dated_only_in_its_byline(tmp_path: Path, lang: str, byline: str) -> None:
    assert published(tmp_path, a_page(lang, byline)) == D


def test_a_generic_meta_date_yields_to_a_byline_in_another_language(tmp_path: Path) -> None:
    # <meta name="date"> is the day the page was generated; the byline says when it was published
    page = a_page(
        "cs",
        "<p>Publikováno 19. listopadu 2025</p>",
        head='<meta name="date" content="2025-11-26">',
    )
    assert published(tmp_path, page) == D


def test_the_byline_gives_the_local_day_of_a_utc_timestamp(tmp_path: Path) -> None:
    # 23:30 UTC on the 18th is 08:30 on the 19th in Seoul, as the byline prints
    head = '<meta property="article:published_time" content="2025-11-18T23:30:00Z">'
    assert published(tmp_path, a_page("ko", "<span>입력 2025.11.19 08:30</span>", head=head)) == D


# --- other calendars ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jalali", "gregorian"),
    [
        ((1404, 8, 28), D),
        ((1404, 1, 1), date(2025, 3, 21)),
        ((1403, 1, 1), date(2024, 3, 20)),
        ((1403, 12, 30), date(2025, 3, 20)),  # 1403 is a leap year
        ((1399, 12, 30), date(2021, 3, 20)),
        ((1400, 1, 1), date(2021, 3, 21)),
        ((1404, 12, 30), None),  # 1404 is not
        ((1404, 7, 31), None),  # the second half's months have 30 days
        ((1368, 12, 29), None),  # before 1990
    ],
)
def test_jalali_to_gregorian(jalali: tuple[int, int, int], gregorian: date | None) -> None:
    assert jalali_to_gregorian(*jalali) == gregorian


def test_jalali_leap_years() -> None:
    leaps = [y for y in range(1395, 1417) if jalali_leap(y)]
    assert leaps == [1395, 1399, 1403, 1408, 1412, 1416]


@pytest.mark.parametrize(
    "text", ["۲۸ آبان ۱۴۰۴", "چهارشنبه ۲۸ آبان ۱۴۰۴ - ۱۴:۰۳", "۱۴۰۴/۰۸/۲۸", "28 آبان 1404"]
)
def test_a_solar_hijri_date_is_converted(text: str) -> None:
    parsed = parse_date_at(text)
    assert parsed is not None and parsed[0] == D


def test_a_persian_page_dated_in_the_solar_hijri_calendar(tmp_path: Path) -> None:
    assert published(tmp_path, a_page("fa", "<span>تاریخ انتشار: ۱۴۰۴/۰۸/۲۸ - ۱۴:۰۳</span>")) == D
    # 21:00 UTC on the 18th is 00:30 on the 19th in Tehran, as the byline prints
    head = '<meta property="article:published_time" content="2025-11-18T21:00:00Z">'
    assert published(tmp_path, a_page("fa", "<span>۲۸ آبان ۱۴۰۴ - ۰۰:۳۰</span>", head=head)) == D


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("الأربعاء 28 جمادى الأولى 1447 هـ - 19 نوفمبر 2025", D),
        ("19 نوفمبر 2025 م - 28 جمادى الأولى 1447 هـ", D),
        ("تاريخ النشر: 28 جمادى الأولى 1447 هـ - 19 نوفمبر 2025", D),
        # a lunar Hijri date alone is one of two Gregorian days: unknown beats a guess
        ("الأربعاء 28 جمادى الأولى 1447 هـ", None),
    ],
)
def test_a_lunar_hijri_date_is_passed_over(line: str, expected: date | None) -> None:
    assert dateline_date(f"{line}\nعقد المجلس اجتماعه يوم الثلاثاء.") == expected


def test_a_page_printing_both_calendars(tmp_path: Path) -> None:
    byline = "<span>الأربعاء 28 جمادى الأولى 1447 هـ - 19 نوفمبر 2025</span>"
    assert published(tmp_path, a_page("ar", byline)) == D


# --- terms and values, notes, releases ----------------------------------------------------------


def test_a_label_alone_on_its_line_labels_the_next() -> None:
    stamps = "Last updated\n24 November 2025\nPublished\n19 November 2025"
    assert labelled_dates(stamps) == (D, {EDIT})
    assert dateline_date(stamps + "\nThe council met on Tuesday.") == D


@pytest.mark.parametrize(
    ("lang", "terms"),
    [
        ("en", "<dt>Last updated</dt><dd>24 November 2025</dd><dt>Published</dt><dd>19 November 2025</dd>"),
        ("sv", "<dt>Uppdaterad</dt><dd>2025-11-24</dd><dt>Publicerad</dt><dd>2025-11-19</dd>"),
    ],
)  # fmt: skip
def test_a_list_of_terms_that_dates_an_edit_first(tmp_path: Path, lang: str, terms: str) -> None:
    # htmldate takes the byline box's first date, the edit's
    assert published(tmp_path, a_page(lang, f"<dl>{terms}</dl>")) == D


def test_an_original_publication_in_a_list_of_terms(tmp_path: Path) -> None:
    # a ReliefWeb-like page: "Posted" is the day it was reposted, the source published it first.
    # (Where htmldate takes "Posted" from the list into the metadata, the note is not looked for:
    # html.py passes on the lines under the headline only when the metadata has no date.)
    terms = (
        "<dt>Source</dt><dd>Humanitarian Office</dd><dt>Posted</dt><dd>19 Nov 2025</dd>"
        "<dt>Originally published</dt><dd>18 Nov 2025</dd>"
    )
    page = a_page("en", "").replace('<div class="byline"></div>', f'<dl class="meta">{terms}</dl>')
    assert published(tmp_path, page) == date(2025, 11, 18)
    assert original_date("Originally published\n18 Nov 2025\nThe council met.") == date(
        2025, 11, 18
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Comunicato stampa n. 112 del 19 novembre 2025", D),
        ("Pressemitteilung Nr. 112/2025 vom 19.11.2025", D),
        ("Press release No. 12 of 19 November 2025", D),
        ("Communiqué de presse du 19 novembre 2025", D),
        ("Tisková zpráva ze dne 19. listopadu 2025", D),
        ("Komunikat z dnia 19.11.2025", D),
        ("Comunicat de presă din data de 19 noiembrie 2025", D),
        # the date of an event the release is about
        ("Press release on the floods of 2 October 2025", None),
        ("Comunicato stampa sulle alluvioni del 2 ottobre 2025 in Liguria", None),
    ],
)
def test_the_heading_of_a_numbered_release(line: str, expected: date | None) -> None:
    assert dateline_date(f"{line}\nThe council met on Tuesday.", day_first=True) == expected


def test_a_ministrys_release_page(tmp_path: Path) -> None:
    page = a_page("it", "<p>Comunicato stampa n. 112 del 19 novembre 2025</p>")
    assert published(tmp_path, page) == D


# --- plain-text copies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Apa pentru nord\nData publicării: 19.11.2025 14:03\n\nConsiliul s-a întrunit marți.",
        "Vatten i norr\nPublicerad: 19 november 2025\n\nFullmäktige sammanträdde på tisdagen.",
        "Vettä pohjoiseen\nJulkaistu: 19.11.2025\n\nValtuusto kokoontui tiistaina.",
        "Víz északra\nKözzétéve: 2025. november 19.\n\nA képviselő-testület kedden ülésezett.",
        "Voda pro sever\nPublikováno: 19. listopadu 2025\n\nRada zasedala v úterý.",
        "Νερό για τον βορρά\nΔημοσίευση: 19 Νοεμβρίου 2025, 14:03\n\nΤο συμβούλιο συνεδρίασε.",
        "물 공급 논의\n입력 2025.11.19 14:03 | 수정 2025.11.20 09:12\n\n시의회는 화요일 회의를 열었다.",
        "تأمین آب شمال\nتاریخ انتشار: ۲۸ آبان ۱۴۰۴\n\nشورای شهر روز سه‌شنبه تشکیل جلسه داد.",
        "Vatten i norr\nUppdaterad 24 november 2025\nPublicerad 19 november 2025\n\nFullmäktige "
        "sammanträdde.",
        "Budapest, 2025. november 19. – A képviselő-testület kedden ülésezett.",
        "Praha, 19. listopadu 2025 - Rada zasedala v úterý.",
        "Water crisis in the north\nSource: Humanitarian Office\nPosted: 19 Nov 2025\n\nThe "
        "council met.",
    ],
    ids=["ro", "sv", "fi", "hu", "cs", "el", "ko", "fa", "sv-edit-first", "hu-dl", "cs-dl", "en"],
)
def test_plain_text_copies(tmp_path: Path, text: str) -> None:
    assert published(tmp_path, text, name="story.txt") == D


def test_a_plain_text_copy_of_a_reposted_report(tmp_path: Path) -> None:
    text = (
        "Water crisis in the north\nSource: Humanitarian Office\nPosted: 19 Nov 2025\n"
        "Originally published: 18 Nov 2025\n\nThe council met on Tuesday."
    )
    assert published(tmp_path, text, name="story.txt") == date(2025, 11, 18)


# --- what stays unknown -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "byline", "after"),
    [
        ("de", "<p>vor 3 Stunden</p>", ""),
        ("pt-BR", "<p>há 3 horas</p>", ""),
        ("he", "<p>כ״ח בחשוון תשפ״ו</p>", ""),  # a Hebrew-calendar date alone
        (
            "sv",
            "<p>Av Anna Berg</p>",
            '<section class="comments"><p>Erik, 25 november 2025 kl. 10:02</p><p>Bra.</p></section>',
        ),
    ],
    ids=["de-relative", "pt-relative", "he-hebrew-calendar", "sv-comments-only"],
)
def test_a_page_with_no_date_of_its_own(tmp_path: Path, lang: str, byline: str, after: str) -> None:
    assert published(tmp_path, a_page(lang, byline, after=after)) is None


def test_find_dates_reads_words_with_combining_marks() -> None:
    # "नवंबर" is one word: its vowel sign does not cut it into two that pass for no date token
    text = "यह लेख मंगलवार, 19 नवंबर 2025 को प्रकाशित हुआ।"
    assert [d for d, _, _ in find_dates(text)] == [D]


# --- relative stamps ------------------------------------------------------------------------------

REPLIES = (
    '<div class="post"><div class="author">bob</div><div class="date">Posted November 25, 2025'
    '</div><div class="msg"><p>I agree, the pipeline is too expensive for a small town like ours '
    "and the council knows it.</p></div></div>"
)


def a_thread(first_stamp: str) -> str:
    """A forum thread: the first post with `first_stamp`, then a dated reply."""
    first = "".join(f"<p>{PARAGRAPH['en']}</p>" for _ in range(2))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Forum</title></head>'
        '<body><main><h1>Water for the north</h1><div class="thread"><div class="post">'
        f'<div class="author">anna</div><div class="date">{first_stamp}</div>'
        f'<div class="msg">{first}</div></div>{REPLIES}</div></main></body></html>'
    )


def test_a_thread_whose_first_post_is_dated_relatively(tmp_path: Path) -> None:
    # htmldate takes the reply's date: the thread's own is "3 days ago", which dates nothing
    assert published(tmp_path, a_thread("3 days ago")) is None
    assert published(tmp_path, a_thread("Posted November 19, 2025")) == D


def test_a_relative_stamp_beside_the_date_keeps_the_date(tmp_path: Path) -> None:
    byline = '<span class="date">19.11.2025</span> <span class="ago">vor 3 Stunden</span>'
    assert published(tmp_path, a_page("de", byline)) == D


@pytest.mark.parametrize(
    ("stamp", "relative"),
    [
        ("3 days ago", True),
        ("vor 3 Stunden", True),
        ("há 3 horas", True),
        ("3 timmar sedan", True),
        ("před 3 hodinami", True),
        ("3 시간 전", True),
        ("לפני 3 שעות", True),
        ("3 ore fa", True),
        ("19 November 2025", False),
        ("6 min read", False),
    ],
)
def test_dated_relatively(stamp: str, relative: bool) -> None:
    html = f"<h1>Water</h1><div><span>{stamp}</span></div><p>The council met 3 days ago.</p>"
    assert dated_relatively(html) is relative
    # a relative phrase inside the prose is no stamp
    assert not dated_relatively(f"<h1>Water</h1><p>The council met {stamp} to vote.</p>")
