"""Publication dates a fourth blind round of saved news pages left open: bylines in Bengali,
Urdu, Thai (Buddhist-era years), Georgian and Kazakh; an Arabic "نُشر:" beside a Hijri date; an edit's
stamp in brackets after the publication's ("(обновлено: ...)", "（1月3日 10:12更新）"); an
"Actualizado" line below a long headline read as a reply's; and the author's name printed right
before the day. Every page and text here is written for the test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import published_of as published
from timeline_app.readers.byline_author import without_author
from timeline_app.readers.dates_text import find_dates, parse_date_at
from timeline_app.readers.published import dateline_date, labelled_dates
from timeline_app.readers.stamp_brackets import unbracket_edit
from timeline_app.readers.stamp_times import stamp_minute_agrees

STORY = [
    "The river rose above the warning mark during the night and water reached the lower "
    "districts of the town before dawn, officials said on the radio.",
    "Rescue teams moved several hundred families to schools and community halls, and the "
    "district office began handing out dry food and drinking water.",
    "Forecasters expect the level to fall slowly over the next two days if no more rain comes "
    "from the hills upstream.",
]


def a_page(*, head: str = "", byline: str = "", lang: str = "en", title: str = "Floods") -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="article">'
        f'<h1>{title}</h1><div class="byline">{byline}</div>'
        f'<div class="body">{body}</div></div>'
        "<footer><p>© 2025 Example Media</p></footer></body></html>"
    )


# --- 1. month names, digits and eras of more languages -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("০৭ মার্চ ২০২৩", date(2023, 3, 7)),  # Bengali digits and month
        ("১২ আগস্ট ২০২১", date(2021, 8, 12)),
        ("१२ अगस्त २०२१", date(2021, 8, 12)),  # Devanagari digits
        ("18 جنوری ، 2018", date(2018, 1, 18)),  # Urdu, with the Arabic comma
        ("9 ธ.ค. 2563", date(2020, 12, 9)),  # Thai, Buddhist era
        ("๙ ธันวาคม ๒๕๖๓", date(2020, 12, 9)),  # Thai digits
        ("21 ოქტომბერი 2021", date(2021, 10, 21)),  # Georgian
        ("21 ოქტომბრის 2021", date(2021, 10, 21)),
        ("17 մարտի 2016", date(2016, 3, 17)),  # Armenian
        ("4 сәуір 2022", date(2022, 4, 4)),  # Kazakh
        ("12 fevral 2019", date(2019, 2, 12)),  # Azerbaijani
        ("8. avgusta 2013.", date(2013, 8, 8)),  # Serbian
        ("29 май 2020", date(2020, 5, 29)),  # Bulgarian
        ("30 септември 2020", date(2020, 9, 30)),
        ("4 Julai 2017", date(2017, 7, 4)),  # Malay
        ("3 Oktoba 2019", date(2019, 10, 3)),  # Swahili
    ],
)
def test_more_languages_dates_are_read(text: str, expected: date) -> None:
    parsed = parse_date_at(text, day_first=True)
    assert parsed is not None and parsed[0] == expected


def test_a_buddhist_year_needs_a_month_name_and_is_not_found_as_a_gregorian_one() -> None:
    assert parse_date_at("2563", day_first=True) is None
    found = find_dates("เผยแพร่ 9 ธันวาคม 2563 และ 10 ธันวาคม 2020", day_first=True)
    assert [d for d, _, _ in found] == [date(2020, 12, 10)]


def test_the_words_of_a_date_with_vowel_signs_keep_the_window_whole() -> None:
    # find_dates looks only around years: a Bengali month's vowel signs are part of its word.
    assert [d for d, _, _ in find_dates("প্রকাশ: 07 মার্চ 2023, 16:35")] == [date(2023, 3, 7)]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("প্রকাশ: ০৭ মার্চ ২০২৩, ১৬: ৩৫\nআপডেট: ০৮ মার্চ ২০২৩, ০৯: ১০", date(2023, 3, 7)),
        ("আপডেট: ০৮ মার্চ ২০২৩, ০৯: ১০\nপ্রকাশ: ০৭ মার্চ ২০২৩, ১৬: ৩৫", date(2023, 3, 7)),
        ("เผยแพร่: 9 ธ.ค. 2563 เวลา 21:05 น. โดย กองบรรณาธิการ", date(2020, 12, 9)),
        ("نُشر: 23:10-23 رمضان 1445 هـ - 02 أبريل 2024 م ـ آخر تحديث: 09:20-24 رمضان 1445 هـ - "
         "03 أبريل 2024 م", date(2024, 4, 2)),
        ("18 جنوری ، 2018", date(2018, 1, 18)),
        ("21 ოქტომბერი 2021 19:05", date(2021, 10, 21)),
        ("Objavljeno: 08.08.2013. 14:20 Ažurirano: 09.08.2013. 08:05", date(2013, 8, 8)),
        ("Обновена: 30 май 2020, 08:30\nПубликувана: 29 май 2020, 23:50", date(2020, 5, 29)),
    ],
)  # fmt: skip
def test_bylines_of_more_languages(byline: str, expected: date) -> None:
    assert dateline_date(f"Headline\n{byline}", day_first=True) == expected


def test_an_edit_label_of_more_languages_is_no_publication() -> None:
    assert dateline_date("Headline\nআপডেট: ০৮ মার্চ ২০২৩, ০৯: ১০", day_first=True) is None
    assert dateline_date("Headline\nDikemas kini Julai 5, 2017", day_first=True) is None


# --- 2. an edit's stamp in brackets after the publication's -------------------------------------


@pytest.mark.parametrize(
    ("line", "published_day", "edits"),
    [
        ("14:25 07.12.2022 (обновлено: 16:40 08.12.2022)", date(2022, 12, 7), {date(2022, 12, 8)}),
        ("19 Nov 2025 (Updated 20 Nov 2025)", date(2025, 11, 19), {date(2025, 11, 20)}),
        ("2024年1月2日 5:30（1月3日 10:12更新）", date(2024, 1, 2), set()),
    ],
)
def test_a_bracketed_edit_is_a_stamp_of_its_own(
    line: str, published_day: date, edits: set[date]
) -> None:
    assert dateline_date(f"Headline\n{line}", day_first=True) == published_day
    assert labelled_dates(line, day_first=True)[1] == edits


def test_a_bracket_without_an_edit_word_stays() -> None:
    assert unbracket_edit("19 Nov 2025 (Kyiv time)") == "19 Nov 2025 (Kyiv time)"
    assert unbracket_edit("19 Nov 2025 (updated)") == "19 Nov 2025 | updated"


def test_metadata_day_edited_is_replaced_by_the_bracketed_publication(tmp_path: Path) -> None:
    page = a_page(
        lang="ru",
        head='<meta property="article:modified_time" content="2022-12-15T16:40:00+03:00">',
        byline="<span>14:25 14.12.2022</span> <span>(обновлено: 16:40 15.12.2022)</span>",
    )
    assert published(tmp_path, page) == date(2022, 12, 14)


@pytest.mark.parametrize(
    ("iso", "byline", "lang", "expected"),
    [
        # 20:30 UTC is 5:30 the next morning in Tokyo, 00:15 in Almaty
        ("2024-01-01T20:30:00Z", "<time>2024年1月2日 5:30</time>（1月3日 10:12更新）", "ja",
         date(2024, 1, 2)),
        ("2022-04-03T18:15:00Z", "<time>4 сәуір 2022 00:15</time>", "kk", date(2022, 4, 4)),
        # the byline's day is the UTC one: nothing moves
        ("2023-05-18T14:41:00Z", "2023/05/18 22:41（5/19 08:10 更新）", "zh-TW", date(2023, 5, 18)),
    ],
)  # fmt: skip
def test_a_utc_time_is_the_bylines_local_day(
    tmp_path: Path, iso: str, byline: str, lang: str, expected: date
) -> None:
    head = f'<meta property="article:published_time" content="{iso}">'
    assert published(tmp_path, a_page(head=head, byline=byline, lang=lang)) == expected


# --- 3. an edit's line below a long headline is the same story's, no reply ----------------------


def test_an_update_line_below_the_stamp_is_no_reply() -> None:
    byline = (
        "Temporal en Buenos Aires: anegamientos y árboles caídos en la zona sur del conurbano\n"
        "14/09/2017 21:37\nRedacción Clarín\nActualizado al 15/09/2017 2:10\n" + "\n".join(STORY)
    )
    assert dateline_date(byline, day_first=True) == date(2017, 9, 14)


def test_a_reply_below_a_first_post_is_still_a_reply() -> None:
    thread = (
        "Does anyone know when the ferry to the island starts running again this spring?\n"
        "19/11/2025 10:02\n" + STORY[0] + "\nanswered 25/11/2025 08:00\n" + STORY[1]
    )
    assert dateline_date(thread, day_first=True) is None


# --- 4. the author's name right before the day ---------------------------------------------------


def test_the_authors_name_is_taken_off_the_stamp() -> None:
    byline = "Greve no porto\nInês Carvalho 2 de junho de 2014, 19:24"
    assert without_author(byline, "Inês Carvalho") == "Greve no porto\n2 de junho de 2014, 19:24"
    # another name, or words before a date that are no author's, stay
    assert without_author(byline, "Ana Lopes") == byline
    assert without_author("Council minutes 19 November 2025", "Jane Roe") == (
        "Council minutes 19 November 2025"
    )


def test_a_byline_with_the_author_before_the_day(tmp_path: Path) -> None:
    page = a_page(
        lang="pt",
        head='<meta name="author" content="Inês Carvalho">',
        byline='<span class="author">Inês Carvalho</span> <time>2 de junho de 2014, 19:24</time> '
        "<span>Actualizado a 3 de junho de 2014, 10:02</span>",
    )
    assert published(tmp_path, page) == date(2014, 6, 2)


@pytest.mark.parametrize("author", ["Aggiornato il", "الأربعاء", "Story by Renee Carter • May 2"])
def test_an_author_field_that_is_no_name_is_left_alone(author: str) -> None:
    byline = f"Headline\n{author} 20/11/2025 - Pubblicato il 19/11/2025"
    assert without_author(byline, author) == byline


# --- 5. a byline's time that no zone makes of the metadata's UTC time ----------------------------


def test_a_later_stand_does_not_move_the_utc_day(tmp_path: Path) -> None:
    # 18:30 UTC on the 13th is 19:30 in Munich; "Stand: 14.02.2021, 06:05 Uhr" is a later edit's
    head = '<meta property="article:published_time" content="2021-02-13T18:30:00Z">'
    page = a_page(lang="de", head=head, byline="<p>Stand: 14.02.2021, 06:05 Uhr</p>")
    assert published(tmp_path, page) == date(2021, 2, 13)


@pytest.mark.parametrize(
    ("byline", "minute", "agrees"),
    [
        ("Headline\n2. Januar 2025, 0:12 Uhr", 12, True),
        ("Headline\n2. Januar 2025, 0:12 Uhr", 30, False),
        ("Headline\n2. Januar 2025, 5:42", 12, True),  # +5:30, India
        ("Headline\n2. Januar 2025, 5:57", 12, True),  # +5:45, Nepal
        ("Headline\n2. Januar 2025", 30, True),  # no time printed: nothing to contradict
        ("Headline\n2024年1月2日 5時30分", 30, True),
        ("Headline\n๒ ม.ค. ๒๕๖๗ ๐๕:๓๐ น.", 31, False),
    ],
)
def test_the_bylines_minutes_against_the_utc_minutes(
    byline: str, minute: int, agrees: bool
) -> None:
    assert (
        stamp_minute_agrees(byline, date(2025 if "2025" in byline else 2024, 1, 2), minute, True)
        is agrees
    )


# --- 6. a Taiwanese year, a Thai hour mark ------------------------------------------------------


def test_a_republic_of_china_year() -> None:
    parsed = parse_date_at("民國113年3月5日", day_first=None)
    assert parsed is not None and parsed[0] == date(2024, 3, 5)
    assert dateline_date("標題\n發布日期：民國113年3月5日\n更新日期：113-03-07") == date(2024, 3, 5)


def test_a_thai_stamp_with_its_hour_mark() -> None:
    assert dateline_date("หัวข้อ\n๑๕ ม.ค. ๒๕๖๕ ๐๘:๓๐ น.", day_first=True) == date(2022, 1, 15)
