"""Publication dates where a page's signals conflict, the cases a blind round of saved pages
left open: a wire story a site posted days after the agency filed it, a date bar or a rail of
other stories above the headline, a date only in the page's address (an event's day), a German
"Stand:" beside the print edition's day, an aggregator's "Source: <outlet> — <date>" line, and a
Japanese era's year printed beside the Gregorian date. Every page and text here is written for
the test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import published_of as published
from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.headline_dates import before_headline, headline_stamp, url_only
from timeline_app.readers.published import dateline_date
from timeline_app.readers.wire_dates import earlier_dateline

STORY = [
    "Police searched the garden of the building on Thursday as part of the investigation, two "
    "security sources said, speaking on condition of anonymity.",
    "The search lasted several hours and investigators took soil samples from the flower beds "
    "and from a well near the back wall.",
    "Officials have said the man left the building shortly after arriving, but have not "
    "provided footage to support that account.",
]


def a_page(
    *,
    head: str = "",
    top: str = "",
    byline: str = "",
    lead: str = "",
    lang: str = "en",
) -> str:
    """A news page: `top` above the headline, the headline, `byline`, `lead`, then the story."""
    body = "".join(f"<p>{p}</p>" for p in ([lead] if lead else []) + STORY)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Search goes on</title>{head}</head><body>{top}"
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="article">'
        f'<h1>Search goes on</h1><div class="byline">{byline}</div>'
        f'<div class="body">{body}</div></div>'
        "<footer><p>© 2025 Example Media</p></footer></body></html>"
    )


def meta(iso: str) -> str:
    return f'<meta property="article:published_time" content="{iso}">'


# --- 1. a wire story posted days after the agency filed it -------------------------------------


@pytest.mark.parametrize(
    ("posted", "lead", "lang", "expected"),
    [
        ("2018-10-05T06:15:00-05:00", "ANKARA, Oct 4 (Reuters) - Police searched a garden.", "en",
         date(2018, 10, 4)),
        ("2015-11-20T08:40:00+06:00", "Москва. 19 ноября. INTERFAX.RU - Банк России отозвал "
         "лицензию.", "ru", date(2015, 11, 19)),
        ("2016-01-14T08:00:00+01:00", "PARIS, 12 janvier 2016 (AFP) - Au moins dix personnes.",
         "fr", date(2016, 1, 12)),
        # the dateline on the metadata's day, or after it, or a month before: the metadata's
        ("2018-10-04T06:15:00-05:00", "ANKARA, Oct 4 (Reuters) - Police searched a garden.", "en",
         date(2018, 10, 4)),
        ("2018-10-04T06:15:00-05:00", "ANKARA, Oct 6 (Reuters) - Police searched a garden.", "en",
         date(2018, 10, 4)),
        ("2018-11-20T06:15:00-05:00", "ANKARA, Oct 4 (Reuters) - Police searched a garden.", "en",
         date(2018, 11, 20)),
    ],
)  # fmt: skip
def test_a_wire_storys_dateline_beats_the_later_posting_day(
    tmp_path: Path, posted: str, lead: str, lang: str, expected: date
) -> None:
    page = a_page(head=meta(posted), lead=lead, lang=lang)
    assert published(tmp_path, page) == expected


def test_only_a_dateline_opening_the_text_counts() -> None:
    text = "\n".join(["Search goes on", "By Jane Roe", *STORY, "ANKARA, Oct 4 (Reuters) - x"])
    assert earlier_dateline(text, date(2018, 10, 5), day_first=False) is None
    text = "Search goes on\nANKARA, Oct 4 (Reuters) - Police searched the garden."
    assert earlier_dateline(text, date(2018, 10, 5), day_first=False) == date(2018, 10, 4)


# --- 2. a date bar or a rail above the headline --------------------------------------------------


def test_a_date_bar_above_the_headline_is_not_the_articles(tmp_path: Path) -> None:
    top = '<div class="date-bar"><time datetime="2018-01-12">Friday, 12 January 2018</time></div>'
    byline = '<time class="published" datetime="2018-01-10T08:15:00+00:00">10 January 2018</time>'
    assert published(tmp_path, a_page(top=top, byline=byline)) == date(2018, 1, 10)


def test_a_rail_of_stories_above_the_headline_is_not_the_articles(tmp_path: Path) -> None:
    item = (
        '<div itemscope itemtype="https://schema.org/NewsArticle"><a itemprop="headline" '
        'href="/t">Storm warning</a><meta itemprop="datePublished" content="{}"></div>'
    )
    top = item.format("2016-03-04T07:00:00-05:00")
    byline = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<meta itemprop="datePublished" content="2016-03-03T15:30:00-05:00">March 3, 2016</div>'
    )
    assert published(tmp_path, a_page(top=top, byline=byline)) == date(2016, 3, 3)


def test_a_date_above_the_headline_without_a_stamp_below_stays() -> None:
    page = a_page(top='<time datetime="2018-01-12">12 January 2018</time>')
    assert before_headline(date(2018, 1, 12), page)
    assert headline_stamp(page) is None
    assert not before_headline(date(2018, 1, 12), a_page(head=meta("2018-01-12T08:00:00Z")))


# --- 3. a date only in the page's address --------------------------------------------------------

EXPLAINER = "https://www.example.com/explainers/2017-09-19-puebla-earthquake/"


def test_an_address_date_yields_to_the_bylines(tmp_path: Path) -> None:
    head = (
        f'<link rel="canonical" href="{EXPLAINER}"><meta property="og:url" content="{EXPLAINER}">'
    )
    page = a_page(head=head, byline="By Marta Quintero · Published September 19, 2018")
    assert url_only(date(2017, 9, 19), page)
    assert published(tmp_path, page) == date(2018, 9, 19)


def test_an_address_date_stays_without_a_byline_date(tmp_path: Path) -> None:
    head = f'<link rel="canonical" href="{EXPLAINER}">'
    assert published(tmp_path, a_page(head=head, byline="By Marta Quintero")) == date(2017, 9, 19)


def test_a_date_in_the_metadata_and_the_address_is_not_the_addresss_only() -> None:
    page = a_page(head=f'<link rel="canonical" href="{EXPLAINER}">' + meta("2017-09-19"))
    assert not url_only(date(2017, 9, 19), page)


# --- 4. labels: "Stand:", an aggregator's source line, a Japanese era ----------------------------


def test_stand_beside_a_print_editions_day(tmp_path: Path) -> None:
    page = a_page(
        head='<meta name="date" content="2019-10-15">',
        byline="Ausgabe vom 15.10.2019 · Stand: 14.10.2019, 19:30 Uhr",
        lang="de",
    )
    assert published(tmp_path, page) == date(2019, 10, 14)
    assert dateline_date("Stand: 14.10.2019, 19:30 Uhr", day_first=True) == date(2019, 10, 14)


def test_an_aggregators_source_line_gives_the_outlets_day(tmp_path: Path) -> None:
    line = "Source: The Hill Times — Fri, 6 December 2013"
    assert dateline_date(line, day_first=True) == date(2013, 12, 6)
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Budget passes", "datePublished": "2013-12-07T03:10:00Z"}'
        "</script>"
    )
    assert published(tmp_path, a_page(head=ld, byline=line)) == date(2013, 12, 6)


@pytest.mark.parametrize(
    "line",
    [
        "2019年5月1日 18時20分（令和元年5月1日）",
        "2019年（令和元年）5月1日 18時20分",
        "2019年5月1日(令和元年)",
    ],
)
def test_a_japanese_eras_year_beside_the_gregorian_date(line: str) -> None:
    assert dateline_date(f"{line}\n最終更新：2019年5月2日 9時05分") == date(2019, 5, 1)


def test_a_japanese_page_with_only_its_edit_in_the_metadata(tmp_path: Path) -> None:
    page = a_page(
        head='<meta property="article:modified_time" content="2019-05-02T09:05:00+09:00">',
        byline="<p>2019年5月1日 18時20分（令和元年5月1日）</p><p>最終更新：2019年5月2日 9時05分</p>",
        lang="ja",
    )
    assert published(tmp_path, page) == date(2019, 5, 1)


# --- 5. plain-text copies (select all, copy): the menu first, the site's stamp above the wire's -


MENU = "Lakeshore Tribune\nHome\nWorld\nPolitics\nBusiness\nSport\nMost read\n"


def test_a_copied_pages_menu_does_not_push_the_byline_out_of_reach(tmp_path: Path) -> None:
    toolbar = "Wayback Machine\n14 captures\n11 Mar 2019 - 22 Nov 2023\n2021\n06\n"
    text = (
        f"{toolbar}{MENU}Dockworkers end strike\nBy Dana Whitfield\nPublished March 11, 2019\n"
        + "\n".join(STORY)
    )
    assert dateline_date(text) == date(2019, 3, 11)
    path = write(tmp_path, "copy.txt", text)
    assert read_path(path)[0].published == date(2019, 3, 11)


def test_a_label_alone_is_no_menu_item() -> None:
    text = f"{MENU}Search goes on\nPublished\n19 Nov 2025\n" + "\n".join(STORY)
    assert dateline_date(text) == date(2025, 11, 19)


@pytest.mark.parametrize(
    ("stamp", "lead", "expected"),
    [
        ("Reuters Posted Oct 5, 2018", "ANKARA, Oct 4 (Reuters) - Police searched a garden.",
         date(2018, 10, 4)),
        ("20.11.2015 08:40", "Москва. 19 ноября. INTERFAX.RU - Банк России отозвал лицензию.",
         date(2015, 11, 19)),
        ("20.11.2015 08:40", "Москва. 20 ноября. INTERFAX.RU - Банк России отозвал лицензию.",
         date(2015, 11, 20)),
    ],
)  # fmt: skip
def test_a_copied_wire_story_is_dated_by_its_dateline(
    tmp_path: Path, stamp: str, lead: str, expected: date
) -> None:
    text = f"{MENU}Search goes on\n{stamp}\n{lead}\n" + "\n".join(STORY)
    assert read_path(write(tmp_path, "wire.txt", text))[0].published == expected
