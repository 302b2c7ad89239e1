"""Publication-date sources (dateline, URL, file name), their order, and the date convention."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.domain.model import PublishedSource
from timeline_app.readers.convention import infer_day_first
from timeline_app.readers.published import (
    choose_published,
    dateline_date,
    filename_date,
    url_date,
)

BODY = "\nTroops pulled back from the river on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Published: 19 November 2025", date(2025, 11, 19)),
        ("Published on Nov. 19, 2025 at 10:30 a.m.", date(2025, 11, 19)),
        ("Published 19 November 2025 | Updated 20 November 2025", date(2025, 11, 19)),
        ("First published on Wed 19 Nov 2025 07.00 GMT", date(2025, 11, 19)),
        ("Veröffentlicht am 19. November 2025", date(2025, 11, 19)),
        ("Publié le 19 novembre 2025", date(2025, 11, 19)),
        ("Опубликовано: 19 ноября 2025", date(2025, 11, 19)),
        ("Posted: 2025-11-19", date(2025, 11, 19)),
        ("Date: Wed, 19 Nov 2025 07:30", date(2025, 11, 19)),
        ("Dated reports say little", None),
        ("KYIV, March 14, 2025 (Reuters) - Drones struck a depot.", date(2025, 3, 14)),
        ("BRUSSELS, 19 November 2025 /PRNewswire/ - The council met.", date(2025, 11, 19)),
        ("Wednesday, November 19, 2025 10:30 AM EST", date(2025, 11, 19)),
        ("19 November 2025", date(2025, 11, 19)),
        ("Updated: 20 November 2025", None),
        ("Last updated 20 November 2025", None),
        ("Brussels – Washington: Europe and the Arabs", None),
        ("On 3 March 2024 the talks collapsed after a long night.", None),
        ("Published: 02/10/2020", None),  # day or month first? nothing says
        ("Published: 31/10/2020", date(2020, 10, 31)),
    ],
)
def test_dateline_at_the_head(head: str, expected: date | None) -> None:
    assert dateline_date("Headline of the story\n" + head + BODY) == expected


def test_dateline_without_year_takes_another_sources_year() -> None:
    text = "KYIV, March 14 (Reuters) - Drones struck a fuel depot overnight."
    assert dateline_date(text, years=[2024]) == date(2024, 3, 14)


def test_dateline_without_year_takes_the_texts_latest_full_date() -> None:
    text = "KYIV, March 14 (Reuters) - Talks that began on 2 March 2025 resumed, after 1 May 2024."
    assert dateline_date(text) == date(2025, 3, 14)


def test_dateline_without_any_year_is_not_a_date() -> None:
    assert dateline_date("KYIV, March 14 (Reuters) - Drones struck a depot.") is None


def test_numeric_dateline_with_known_convention() -> None:
    assert dateline_date("Published: 02/10/2020" + BODY, day_first=True) == date(2020, 10, 2)
    assert dateline_date("Published: 02/10/2020" + BODY, day_first=False) == date(2020, 2, 10)


def test_dateline_far_below_the_head_is_ignored() -> None:
    text = "Headline\n" + "Paragraph of text.\n" * 30 + "Published: 19 November 2025\n"
    assert dateline_date(text) is None


def test_future_date_is_not_a_publication_date() -> None:
    assert dateline_date("Published: 19 November 2999" + BODY) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/2025/11/19/strike-on-depot", date(2025, 11, 19)),
        ("https://news.example.com/world/2025-11-19-strike", date(2025, 11, 19)),
        ("https://www.example.se/20200428/story", date(2020, 4, 28)),
        ("https://www.example.co.uk/world/2020/oct/02/story", date(2020, 10, 2)),
        ("https://news.example.com/2025/11/strike", None),  # month only: no day to claim
        ("https://news.example.com/article/12345678", None),
        ("https://news.example.com/2025/13/45/bad", None),
        ("", None),
    ],
)
def test_url_date(url: str, expected: date | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2025-11-19-convoy.txt", date(2025, 11, 19)),
        ("report_20251119.pdf", date(2025, 11, 19)),
        ("brief 2025.11.19.docx", date(2025, 11, 19)),
        ("AEN20190820002300325.html", None),  # a date inside a longer number is an id
        ("notes-2025.txt", None),
        ("2025-19-11.txt", None),
    ],
)
def test_filename_date(name: str, expected: date | None) -> None:
    assert filename_date(name) == expected


def test_sources_win_in_the_stated_order() -> None:
    d = [date(2025, 11, n) for n in range(10, 17)]
    everything = {
        PublishedSource.HEADER: d[5],
        PublishedSource.FILENAME: d[4],
        PublishedSource.URL: d[3],
        PublishedSource.DATELINE: d[2],
        PublishedSource.METADATA: d[1],
        PublishedSource.OPTION: d[0],
    }
    order = list(everything)[::-1]
    for source in order:
        assert choose_published(everything) == (everything[source], source)
        del everything[source]
    assert choose_published(everything) == (None, PublishedSource.UNKNOWN)


def test_implausible_candidate_falls_through() -> None:
    found = choose_published(
        {PublishedSource.METADATA: date(1970, 1, 1), PublishedSource.URL: date(2025, 11, 19)}
    )
    assert found == (date(2025, 11, 19), PublishedSource.URL)


@pytest.mark.parametrize(
    ("language", "url", "locale", "text", "expected"),
    [
        ("en", "https://www.example.co.uk/a", "", "", True),
        ("en", "https://www.example.com/a", "en-GB", "", True),
        ("en", "https://www.example.com/a", "en-US", "", False),
        ("en", "https://www.example.com/a", "", "", False),
        ("en", "https://www.example.ca/a", "", "", None),
        ("en", "https://en.example.co.kr/a", "", "", None),
        ("en", "", "", "", None),
        ("en", "", "", "On 19 November 2025 and 20 November 2025 they met.", True),
        ("en", "", "", "On November 19, 2025 and November 20, 2025 they met.", False),
        ("de", "https://www.example.de/a", "de-DE", "", True),
        ("fr", "", "", "", True),
        ("ko", "", "", "", None),
    ],
)
def test_day_first_convention(
    language: str, url: str, locale: str, text: str, expected: bool | None
) -> None:
    assert infer_day_first(language, url=url, locale=locale, text=text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a time before the date: its minutes end there, and a month name is no time zone
        ("09:31 August 20, 2019", date(2019, 8, 20)),
        ("10:04 NOVEMBER 19, 2025", date(2025, 11, 19)),
        ("10:04 EST November 19, 2025", date(2025, 11, 19)),
        # a numeric date is no time: "19.11" of "19.11.2025" is not 19:11
        ("19.11.2025", date(2025, 11, 19)),
        ("19.11.2025, 10:31", date(2025, 11, 19)),
        ("08:30 19.11.2025", date(2025, 11, 19)),
        ("05.10.2025 08:30", None),  # day or month first: unknown without the site's convention
    ],
)
def test_byline_date_with_a_time(line: str, expected: date | None) -> None:
    assert dateline_date(f"{line}\nThe council met on Tuesday.") == expected


def test_a_table_of_dated_rows_is_no_byline() -> None:
    # A report's incident log, read from a PDF one row per line: its first date is an event's.
    log = (
        "Escalation of hostilities in the east\n\n"
        "Incidents verified this week.\n\n"
        "17 Nov 2025 | Kharkiv | Drone strike on a fuel depot | 3\n\n"
        "18 Nov 2025 | Odesa | Shelling of the port | 2\n\n"
        "Figures are provisional.\n"
    )
    assert dateline_date(log) is None
    two_columns = "Incidents\n17 Nov 2025 | Kharkiv\n18 Nov 2025 | Odesa\n"
    assert dateline_date(two_columns) is None
    # A byline's stamps stay stamps, also above a line with as many parts and no date.
    assert dateline_date("Jane Roe | 19 Nov 2025\nNews | Europe\n") == date(2025, 11, 19)
    assert dateline_date("Headline\nBy Jane Roe | 19 Nov 2025 | 14:03\n") == date(2025, 11, 19)


@pytest.mark.parametrize(
    "stamp", ["January 30, 2024 — 6.15am", "6.15am — January 30, 2024", "30.01.2024 — 06:15"]
)
def test_an_em_dash_may_join_a_byline_s_date_and_time(stamp: str) -> None:
    assert dateline_date(f"Headline\nBy Tom Whitlock\n{stamp}\n{BODY}") == date(2024, 1, 30)


WORDPRESS_EDITED = """<html><head><title>Aid convoy reaches Kherson</title>
<meta property="article:modified_time" content="2024-03-02T10:00:00+00:00"></head><body>
<div class="sidebar"><time class="published" datetime="2023-01-05T10:00:00+00:00">5 Jan</time></div>
<article><h1 class="entry-title">Aid convoy reaches Kherson</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" \
datetime="2024-02-27T16:20:00+00:00">February 27, 2024</time><time class="updated" \
datetime="2024-03-02T10:00:00+00:00">March 2, 2024</time></span> <span class="byline">Ana Roe</span></div>
<div class="entry-content"><p>A convoy of twelve trucks with winter supplies reached the villages along the
river on Tuesday after a delay of four days, the regional administration said.</p>
<p>Volunteers unloaded blankets, generators and medicine at the school, which now serves as a
shelter for families from the villages on the left bank.</p></div></article></body></html>"""


def test_an_edited_wordpress_post_keeps_its_published_day(tmp_path: Path) -> None:
    from timeline_app.readers import read_path

    page = tmp_path / "post.html"
    page.write_text(WORDPRESS_EDITED, encoding="utf-8")
    (article,) = read_path(page)
    assert article.published == date(2024, 2, 27)  # not the edit (2 March), not the sidebar's
