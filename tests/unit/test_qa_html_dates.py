"""The publication date of saved news pages unlike the devset: the dates of related-story teasers
and readers' comments below the story are never the article's, a byline "Published" date beats a
metadata date that is the page's last edit, Russian and Ukrainian bylines write "г."/"р."
after the year, and the JSON-LD article's date beats the first "datePublished" of the page's
JSON-LD (a WebPage's, a related story's). Every page here is written for the test.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import published_of as published
from timeline_app.readers.published import dateline_date, jsonld_dates, labelled_dates

STORY = [
    "The regional council approved the new flood defence plan on Tuesday after a debate that "
    "lasted almost nine hours, officials said.",
    "The plan foresees raising the river embankments along twelve kilometres and building two "
    "retention basins north of the city.",
    "Work on the first section is expected to begin in the spring, once the tender procedure "
    "has been completed.",
]


def a_page(*, head: str = "", byline: str = "", after: str = "", lang: str = "en") -> str:
    """A news page: the headline, `byline`, the story, then `after` (teasers, comments)."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Council approves flood plan</title>{head}</head><body>"
        '<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav><main><article>'
        f'<h1>Council approves flood plan</h1>{byline}<div class="body">{story}</div>'
        f"</article>{after}</main><footer>© 2025 Example News</footer></body></html>"
    )


TEASERS = (
    '<section class="more"><h2>More news</h2><ul>'
    '<li><a href="/a"><time datetime="2024-03-20">20 March 2024</time> Bridge closed</a></li>'
    '<li><a href="/b">Mayor resigns</a> <span class="post-date">25 March 2024</span></li>'
    "</ul></section>"
)
COMMENTS = (
    '<section id="comments"><h3>2 comments</h3><div class="c"><b>mike77</b>'
    '<time datetime="2024-04-01T09:00">1 April 2024</time>'
    "<p>This is money thrown away, the embankments were raised before.</p></div></section>"
)


@pytest.mark.parametrize("after", [TEASERS, COMMENTS], ids=["teasers", "comments"])
def test_dates_below_the_story_are_not_its_publication_date(tmp_path: Path, after: str) -> None:
    # given a page whose only dates are those of teasers or comments after the story
    assert published(tmp_path, a_page(after=after)) is None


@pytest.mark.parametrize("after", [TEASERS, COMMENTS], ids=["teasers", "comments"])
def test_the_bylines_date_still_wins_over_teasers_and_comments(tmp_path: Path, after: str) -> None:
    byline = '<p class="meta">By Jane Roe, <time datetime="2024-03-12">12 March 2024</time></p>'
    assert published(tmp_path, a_page(byline=byline, after=after)) == date(2024, 3, 12)


def test_a_dated_line_closing_the_story_is_still_read(tmp_path: Path) -> None:
    # given a date after the story that no teaser or comment holds, then it is the page's date
    after = '<p class="date">Published <time datetime="2024-03-12">12 March 2024</time></p>'
    assert published(tmp_path, a_page(after=after)) == date(2024, 3, 12)


@pytest.mark.parametrize(
    ("lang", "head", "byline"),
    [
        # an "Updated" line before the "Published" one: htmldate reads the first
        (
            "fr",
            "",
            '<p class="meta">Mis à jour le 14 mars 2020 à 18h40</p>'
            '<p class="meta">Publié le 12 mars 2020 à 10h05</p>',
        ),
        (
            "es",
            "",
            '<p class="meta">Actualizado 14/03/2020 18:40</p>'
            '<p class="meta">Publicado: 12 de marzo de 2020, 10:05</p>',
        ),
        # the metadata gives only the modification time; the byline prints the publication
        (
            "en",
            '<meta property="article:modified_time" content="2020-03-14T10:00:00Z">',
            "<p>Published 12 March 2020</p>",
        ),
    ],
    ids=["fr-updated-first", "es-updated-first", "en-modified-meta"],
)
def test_the_bylines_published_date_beats_an_update(
    tmp_path: Path, lang: str, head: str, byline: str
) -> None:
    page = a_page(lang=lang, head=head, byline=byline)
    assert published(tmp_path, page) == date(2020, 3, 12)


def test_a_published_metadata_date_is_kept_whatever_the_byline_says(tmp_path: Path) -> None:
    # given datePublished in the metadata, an earlier "Published" line does not replace it
    head = '<meta property="article:published_time" content="2020-03-14T10:00:00Z">'
    page = a_page(head=head, byline="<p>Published 12 March 2020</p>")
    assert published(tmp_path, page) == date(2020, 3, 14)


def test_labelled_dates_tell_published_from_updated() -> None:
    text = "Updated: 14 March 2020\nPublished: 12 March 2020\nUpdated 15 March 2020"
    assert labelled_dates(text) == (date(2020, 3, 12), {date(2020, 3, 14), date(2020, 3, 15)})


@pytest.mark.parametrize(
    "line",
    ["12 марта 2020 г., 10:05", "12 березня 2020 р., 10:05", "Опубликовано: 12 марта 2020 года"],
)
def test_russian_and_ukrainian_year_word(line: str) -> None:
    assert dateline_date(f"{line}\nОбластной совет утвердил план.") == date(2020, 3, 12)


def test_a_short_storys_byline_ends_with_the_story(tmp_path: Path) -> None:
    # given a short story followed by a comment dated in plain text (no markup says "date"),
    # then the comment's date is not read as the byline's
    after = '<div class="talk"><b>anna</b><p>1 April 2024</p><p>Finally, after ten years!</p></div>'
    assert published(tmp_path, a_page(after=after)) is None


# JSON-LD: htmldate takes the first "datePublished" of the page's JSON-LD, whichever item holds it.
ARTICLE = {"@type": "NewsArticle", "headline": "Council approves flood plan",
           "datePublished": "2024-03-12T08:00:00+01:00", "dateModified": "2024-03-14T10:00:00Z"}  # fmt: skip
WEB_PAGE = {"@type": "WebPage", "@id": "https://example.org/flood",
            "datePublished": "2019-05-02T00:00:00Z", "dateModified": "2024-03-14T10:00:00Z"}  # fmt: skip
CRUMBS = {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1}]}
RELATED = {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1, "item": {
    "@type": "NewsArticle", "headline": "Bridge closed", "datePublished": "2024-02-01"}}]}  # fmt: skip


def ld_json(*blocks: dict | str) -> str:
    return "".join(
        '<script type="application/ld+json">'
        f"{b if isinstance(b, str) else json.dumps({'@context': 'https://schema.org', **b})}"
        "</script>"
        for b in blocks
    )


@pytest.mark.parametrize(
    "head",
    [
        ld_json({"@graph": [WEB_PAGE, CRUMBS, ARTICLE]}),
        ld_json({"@graph": [RELATED, ARTICLE]}),
        ld_json(WEB_PAGE, ARTICLE),
        ld_json({"@type": "NewsArticle", "isPartOf": WEB_PAGE, "datePublished": "2024-03-12"}),
        ld_json({**WEB_PAGE, "mainEntity": ARTICLE}),
        ld_json(
            {
                "@graph": [
                    WEB_PAGE,
                    {"@type": ["BlogPosting", "Thing"], "datePublished": "2024-03-12"},
                ]
            }
        ),
        ld_json({"@graph": [WEB_PAGE, {"@type": "Report", "dateCreated": "2024-03-12"}]}),
    ],
    ids=[
        "webpage-first",
        "related-first",
        "two-blocks",
        "is-part-of",
        "main-entity",
        "posting",
        "report-created",
    ],
)
def test_the_json_ld_articles_date_beats_another_items(tmp_path: Path, head: str) -> None:
    assert published(tmp_path, a_page(head=head)) == date(2024, 3, 12)


def test_json_ld_without_an_article_leaves_htmldates_date(tmp_path: Path) -> None:
    # given only a WebPage and a list of related stories, then no item is the article
    head = ld_json({"@graph": [WEB_PAGE, RELATED]})
    assert published(tmp_path, a_page(head=head)) == date(2019, 5, 2)


def test_a_published_meta_tag_is_not_overruled_by_json_ld(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2024-03-10T08:00:00Z">' + ld_json(
        {"@graph": [WEB_PAGE, ARTICLE]}
    )
    assert published(tmp_path, a_page(head=head)) == date(2024, 3, 10)


@pytest.mark.parametrize(
    "block",
    [
        "{'@type': 'NewsArticle', 'datePublished': '2024-03-12'}",
        '{"@type": "NewsArticle", "datePublished": ',
        "[1, 2, ",
        "<!-- nothing here -->",
        "",
        "[" * 100_000,
    ],
    ids=["single-quotes", "cut-short", "cut-list", "comment", "empty", "deep"],
)
def test_bad_json_ld_is_skipped(block: str) -> None:
    html = f'<html><head><script type="application/ld+json">{block}</script></head></html>'
    assert jsonld_dates(html) == (None, set())


def test_json_ld_with_trailing_commas_is_read(tmp_path: Path) -> None:
    head = ld_json(
        '{"@graph": [{"@type": "WebPage", "datePublished": "2019-05-02"}, '
        '{"@type": "NewsArticle", "datePublished": "2024-03-12",},]}'
    )
    assert published(tmp_path, a_page(head=head)) == date(2024, 3, 12)


def test_json_ld_reading() -> None:
    # only ld+json scripts count; a block in comment markers is read; dateModified never is
    html = (
        '<script type="application/json">{"@type": "NewsArticle", "datePublished": "2020-01-01"}'
        '</script><script type="application/ld+json"><!--'
        '{"@type": "NewsArticle", "dateModified": "2024-03-14", "dateCreated": "2024-03-12"}'
        f"--></script>{ld_json(WEB_PAGE)}"
    )
    assert jsonld_dates(html) == (date(2024, 3, 12), {date(2019, 5, 2)})


def test_two_top_level_articles_with_different_dates_name_no_article() -> None:
    html = ld_json({"@graph": [ARTICLE, {**ARTICLE, "datePublished": "2024-02-01"}]})
    assert jsonld_dates(html)[0] is None
