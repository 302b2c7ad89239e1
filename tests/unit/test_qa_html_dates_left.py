"""Publication dates, the cases a round of saved pages left open: a republished story's
"Originally published" note beside a later metadata date, forum threads and Q&A pages (the first
post's day, never a reply's), a date only in the <title>, stamps without their year, Hindi
abbreviated months, and the same in plain-text copies. Every page and text here is written for
the test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import published_of as published
from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.dates_text import find_dates
from timeline_app.readers.published import dateline_date, labelled_dates, original_date
from timeline_app.readers.yearless import url_year_month, yearless_date

STORY = [
    "The port authority said on Tuesday that container traffic had fallen for a third month as "
    "shipping lines rerouted vessels around the strait.",
    "Officials expect the decline to continue into the winter unless insurers lower the "
    "premiums they charge for the crossing.",
    "Dock workers' unions have asked the government for a support package to cover lost shifts.",
]
D = date(2025, 11, 19)
POSTED = '<meta property="article:published_time" content="2025-11-24T10:00:00+00:00">'


def a_page(
    *,
    head: str = "",
    byline: str = "",
    after: str = "",
    lang: str = "en",
    title: str = "Container traffic falls again",
) -> str:
    """A news page: the headline, `byline`, the story, then `after`."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="article">'
        f'<h1>Container traffic falls again</h1><div class="byline">{byline}</div>'
        f'<div class="body">{body}</div></div>{after}'
        "<footer><p>© 2025 Example Media</p></footer></body></html>"
    )


# --- 1. the note on the story's first publication, beside a later metadata date ---------------


@pytest.mark.parametrize(
    ("byline", "after", "lang"),
    [
        ("<dl><dt>Posted</dt><dd>24 Nov 2025</dd><dt>Originally published</dt>"
         "<dd>18 Nov 2025</dd></dl>", "", "en"),
        ("Posted 24 Nov 2025 | Originally published: 18 Nov 2025", "", "en"),
        ("<p>First published: 18 November 2025</p>", "", "en"),
        ("<p>Publié initialement : 18 nov. 2025</p>", "", "fr"),
        ("<p>Erstveröffentlichung: 18.11.2025</p>", "", "de"),
        ("", "<aside><ul><li>Posted 24 Nov 2025</li><li>Originally published 18 Nov 2025</li>"
         "</ul></aside>", "en"),
    ],
)  # fmt: skip
def test_the_original_note_beats_a_later_metadata_date(
    tmp_path: Path, byline: str, after: str, lang: str
) -> None:
    page = a_page(head=POSTED, byline=byline, after=after, lang=lang)
    assert published(tmp_path, page) == date(2025, 11, 18)


def test_a_note_in_a_script_is_not_read(tmp_path: Path) -> None:
    script = '<script>var t = "Originally published 18 Nov 2025";</script>'
    assert published(tmp_path, a_page(head=POSTED + script)) == date(2025, 11, 24)


def test_a_bar_joined_original_note() -> None:
    line = "Posted 24 Nov 2025 | Originally published: 18 Nov 2025"
    assert original_date(line) == date(2025, 11, 18)


# --- 2. forum threads and Q&A pages -------------------------------------------------------------


def a_thread(first_stamp: str, *, replies: tuple[str, ...] = ("Posted November 25, 2025",)) -> str:
    posts = [
        f'<div class="post"><div class="author">anna</div><div class="date">{first_stamp}</div>'
        f"<div class=msg><p>{STORY[0]}</p><p>{STORY[1]}</p></div></div>"
    ]
    for n, stamp in enumerate((*replies, "November 26, 2025")):
        posts.append(
            f'<div class="post"><div class="author">user{n}</div><div class="date">{stamp}</div>'
            f"<div class=msg><p>Reply {n}: I agree with the previous post. {STORY[2]}</p></div></div>"
        )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Water - Forum</title>'
        f'</head><body><main><h1>Water for the north</h1><div class="thread">{"".join(posts)}'
        "</div></main><footer><p>© 2025 Site</p></footer></body></html>"
    )


def test_a_replys_date_is_not_the_threads(tmp_path: Path) -> None:
    assert published(tmp_path, a_thread("")) is None


def test_the_first_posts_date_is_the_threads(tmp_path: Path) -> None:
    assert published(tmp_path, a_thread("November 19, 2025")) == D


def test_the_question_stamp_is_a_qa_pages(tmp_path: Path) -> None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Q&amp;A</title></head>'
        f"<body><main><h1>How is the water supply financed?</h1><div><p>{STORY[0]}</p>"
        f"<p>{STORY[1]}</p><div>asked Nov 19, 2025 at 14:03</div></div><div><p>{STORY[2]} "
        "The budget line is in the annual plan.</p><div>answered Nov 25, 2025 at 10:00</div>"
        "</div></main></body></html>"
    )
    assert published(tmp_path, page) == D


def test_a_single_date_after_a_standfirst_is_kept(tmp_path: Path) -> None:
    """One dated stamp between prose paragraphs is a byline under a standfirst, not a reply."""
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Water</title></head>'
        f"<body><main><h1>Water for the north</h1><p>{STORY[0]}</p><div>By Jane Roe</div>"
        f"<div>November 19, 2025</div><p>{STORY[1]}</p><p>{STORY[2]}</p></main></body></html>"
    )
    assert published(tmp_path, page) == D


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Water for the north\nanna\n3 days ago\n" + STORY[0] + "\nbob\n"
         "Posted November 25, 2025\nI agree, too expensive.\n", None),
        ("How is the water supply financed?\n" + STORY[0] + "\nasked Nov 19, 2025 at 14:03\n"
         + STORY[1] + "\nanswered Nov 25, 2025 at 10:00\n", D),
    ],
)  # fmt: skip
def test_threads_in_text_copies(tmp_path: Path, text: str, expected: date | None) -> None:
    assert read_path(write(tmp_path, "thread.txt", text))[0].published == expected


def test_an_answers_stamp_is_no_publication() -> None:
    assert dateline_date("answered Nov 25, 2025 at 10:00") is None
    assert dateline_date("asked Nov 19, 2025 at 14:03") == D
    assert (
        dateline_date("Asked on November 19, 2025 whether the council would act, he said no.")
        is None
    )


# --- 4. a date only in the <title> --------------------------------------------------------------


def test_a_date_only_in_the_title_is_the_meetings(tmp_path: Path) -> None:
    """Minutes, agendas and reports name the meeting's day: published days or weeks later."""
    assert published(tmp_path, a_page(title="Council minutes 19 November 2025")) is None


def test_a_live_pages_title_gives_its_day(tmp_path: Path) -> None:
    """A live blog is written on the day its title names; its entries carry only times."""
    page = a_page(title="Water crisis live: council votes – 19 November 2025")
    assert published(tmp_path, page) == D


def test_a_title_date_that_the_byline_repeats_is_kept(tmp_path: Path) -> None:
    page = a_page(title="Council minutes 19 November 2025", byline="November 19, 2025")
    assert published(tmp_path, page) == D


# --- 3. stamps without their year ---------------------------------------------------------------


def canonical(path: str) -> str:
    return f'<link rel="canonical" href="https://news.example.com{path}/container-traffic">'


@pytest.mark.parametrize(
    ("byline", "lang"),
    [
        ("Julkaistu 19.11. 14:03 | Päivitetty 20.11. 09:12", "fi"),
        ("19 Nov, 14:03", "en"),
        ("19. November, 14:03 Uhr", "de"),
    ],
)
def test_a_yearless_stamp_takes_the_addresss_year(tmp_path: Path, byline: str, lang: str) -> None:
    page = a_page(head=canonical("/2025/11"), byline=byline, lang=lang)
    assert published(tmp_path, page) == D


def test_a_yearless_stamp_without_another_source_is_unknown(tmp_path: Path) -> None:
    """The copyright line's year is no source: it dates the footer, not the story."""
    page = a_page(byline="Julkaistu 19.11. 14:03", lang="fi")
    assert published(tmp_path, page) is None


def test_a_yearless_stamp_must_agree_with_the_address(tmp_path: Path) -> None:
    page = a_page(head=canonical("/2025/10"), byline="19 Nov, 14:03")
    assert published(tmp_path, page) is None


def test_yearless_date_agrees_with_the_other_dates() -> None:
    assert yearless_date("Julkaistu 19.11. 14:03", year=2025, day_first=True) == D
    assert yearless_date("19 Nov, 14:03", year=2025, latest=date(2025, 11, 18)) is None
    assert yearless_date("Päivitetty 20.11. 09:12", year=2025, day_first=True) is None
    assert yearless_date("19.11.2025 14:03", year=2025, day_first=True) is None  # has its year
    assert url_year_month("https://x.example/2025/11/slug") == (2025, 11)
    assert url_year_month("https://x.example/news/2025/slug") == (2025, None)


def test_a_yearless_stamp_in_a_text_copy_takes_the_file_names_year(tmp_path: Path) -> None:
    text = "Container traffic falls again\n19 Nov, 14:03\n" + "\n".join(STORY) + "\n"
    assert read_path(write(tmp_path, "2025-11-20-port.txt", text))[0].published == D


# --- 4. Hindi abbreviated months ---------------------------------------------------------------


def test_hindi_abbreviated_month() -> None:
    assert dateline_date("प्रकाशित: 19 नव॰ 2025, 14:03") == D
    assert find_dates("नव वर्ष 2025") == []  # "नव" alone is "new", no month


# --- the bar-joined table row is no byline ------------------------------------------------------


def test_a_table_row_is_no_byline_in_a_text_copy(tmp_path: Path) -> None:
    text = (
        "Incident log\n17 Nov 2025 | Kharkiv | Drone strike | 3\n"
        "18 Nov 2025 | Odesa | Missile strike | 5\n" + "\n".join(STORY) + "\n"
    )
    assert read_path(write(tmp_path, "log.txt", text))[0].published is None


def test_a_table_row_is_no_yearless_stamp() -> None:
    text = (
        "Incident log\n17 Nov | Kharkiv | Drone strike | 3\n18 Nov | Odesa | Missile strike | 5\n"
    )
    assert yearless_date(text, year=2025) is None


def test_a_table_row_beside_an_edits_stamp_is_no_publication() -> None:
    byline = (
        "Updated: 20 Nov 2025\n17 Nov 2025 | Kharkiv | Drone strike | 3\n"
        "18 Nov 2025 | Odesa | Missile strike | 5\n"
    )
    assert labelled_dates(byline) == (None, {date(2025, 11, 20)})


# --- 4. two-digit years, a site's name before the day ------------------------------------------


@pytest.mark.parametrize(
    ("line", "day_first", "expected"),
    [
        ("19.11.25", None, D),
        ("Julkaistu 19.11.25 14:03", None, D),
        ("19/11/25", None, D),
        ("11/19/25 2:03 pm", None, D),
        ("05/11/25", True, date(2025, 11, 5)),
        ("05/11/25", False, date(2025, 5, 11)),
        ("05/11/25", None, None),  # month or day first: the page's convention decides
        ("1.2.10", None, None),  # a section's number
        ("Kompas.com - 19/11/2025, 14:03 WIB", None, D),
        ("KOMPAS.com - 19/11/2025, 14:03 WIB", None, D),
    ],
)
def test_two_digit_years_and_site_leads(
    line: str, day_first: bool | None, expected: date | None
) -> None:
    assert dateline_date(line, day_first=day_first) == expected


def test_a_two_digit_year_in_prose_is_not_read() -> None:
    assert dateline_date("The rule 19.11.25 of the code was amended by the council today.") is None
    assert find_dates("see 19.11.25") == []


def test_a_kompas_byline_in_a_page_and_a_text(tmp_path: Path) -> None:
    page = a_page(byline="Kompas.com - 19/11/2025, 14:03 WIB", lang="id")
    assert published(tmp_path, page) == D
    text = "Container traffic falls again\nKompas.com - 19/11/2025, 14:03 WIB\n" + "\n".join(STORY)
    assert read_path(write(tmp_path, "kompas.txt", text))[0].published == D
