"""Furniture and losses a second blind check of saved news pages found, on messier markup than
hand templates: a story written as text runs between <br> tags whose first paragraph follows a
photo box (trafilatura discarded the box with that paragraph, its tail); a page's view counter
("Просмотров: 3 512", "Переглядів: 12 044") under the story; and "Read more"-style labels in
their own <strong> glued onto the linked title after them ("Read moreUkraine says ...").

Every page and line here is written for the test, in the shape of a kind of page, never copied
from one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.boilerplate import drop_furniture

STORY = [
    "Armed men attacked a police post near the river crossing before dawn on Monday, the "
    "district governor said, and two officers were wounded in the exchange of fire.",
    "The attackers withdrew towards the hills after about an hour, according to residents who "
    "said they heard heavy machine-gun fire and at least three explosions.",
    "The governor said reinforcements had been sent from the provincial capital and that the "
    "road to the border would stay closed until further notice.",
]


def read(tmp_path: Path, page: str) -> str:
    return read_path(write(tmp_path, "page.html", page))[0].text


def br_body_page(photo: str) -> str:
    """A portal's article: header with section, title, subtitle and byline, then a body of text
    runs between <br> tags opening with `photo`, then related and most-viewed lists."""
    body = "<br><br>\n".join(STORY)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Police post attacked'
        '</title></head><body><div id="wrap"><div id="header"><a href="/">Daily Post</a>'
        '<ul class="gnb"><li><a href="/p">Politics</a></li><li><a href="/w">World</a></li></ul>'
        '</div><div id="container"><div id="content"><div class="article-head">'
        '<p class="section">National</p><h2 class="title">Police post attacked near crossing</h2>'
        '<p class="subtitle">Two officers wounded, border road closed</p>'
        '<div class="info"><span class="writer">Staff reporter</span></div></div>'
        f'<div id="articleBody" class="article-body" itemprop="articleBody">{photo}\n{body}'
        '<br><br></div><div class="related-news"><h3>Related</h3><ul>'
        '<li><a href="/1">Floods close mountain pass</a></li></ul></div>'
        '<div class="most-viewed"><h3>Most viewed</h3><ol><li><a href="/2">Fuel prices rise '
        "again</a></li></ol></div></div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    "photo",
    [
        '<div class="photo"><figure><img src="/a.jpg" alt="Police post"><noscript>'
        '<img src="/a.jpg"></noscript></figure></div>',
        '<div class="photo"><img src="/a.jpg" alt="Police post"></div>',
        '<div class="ad-slot"></div>',
    ],
    ids=["figure", "image", "empty-box"],
)
def test_first_paragraph_after_a_box_in_a_br_body_is_kept(tmp_path: Path, photo: str) -> None:
    text = read(tmp_path, br_body_page(photo))
    for paragraph in STORY:
        assert paragraph in text
    assert text.index(STORY[0]) < text.index(STORY[1])


def test_a_tail_keeps_the_inline_words_that_continue_its_sentence(tmp_path: Path) -> None:
    photo = '<div class="photo"><img src="/a.jpg" alt=""></div>'
    page = br_body_page(photo).replace(
        "two officers were wounded", 'two <a href="/officers">officers</a> were <b>wounded</b>'
    )
    text = read(tmp_path, page)
    assert STORY[0] in text
    assert "Floods close mountain pass" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Просмотров: 3 512",
        "Переглядів: 12 044",
        "Hits: 904",
        "1.234 Aufrufe",
        "Odsłony: 1874",
        "Vues : 12 300",
        "조회수 1,024",
        "Views: 12k",
    ],
)
def test_a_view_counter_line_is_furniture(line: str) -> None:
    assert drop_furniture(f"{STORY[0]}\n{line}") == STORY[0]


@pytest.mark.parametrize(
    "line",
    ["Views differ on 3 points of the plan.", "Hits on 12 targets were confirmed by the army."],
)
def test_a_sentence_opening_with_a_counter_word_stays(line: str) -> None:
    assert drop_furniture(line) == line


def test_a_view_counter_under_a_bitrix_story_is_dropped(tmp_path: Path) -> None:
    body = "<br />\n<br />\n".join(STORY)
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Attack</title></head>'
        '<body><div class="workarea"><h1>Police post attacked</h1><div class="news-detail">'
        f'<span class="news-date-time">22.08.2024</span>{body}<div style="clear:both"></div>'
        '<div class="news-views">Views: 3 512</div></div></div></body></html>'
    )
    text = read(tmp_path, page)
    assert STORY[2] in text
    assert "3 512" not in text


GLUED = [
    "Read moreUkraine says drones hit the port overnight",
    "READ MORE:Ukraine says drones hit the port overnight",
    "Lesen Sie auchKiew meldet neue Angriffe auf Charkiw",
    "Lire aussiLe Tchad ferme temporairement sa frontière",
    "Lee tambiénQuiénes son los nuevos comandantes",
    "Leggi ancheChi sono i caschi blu italiani a Shama",
    "Leia tambémGreve dos professores marcada para junho",
    "Lees ookBoeren protesteren opnieuw in Den Haag",
    "Czytaj teżRemont drogi wojewódzkiej opóźniony",
    "Читайте такжеЧто известно о переговорах в Алма-Ате",
    "Читайте такожЯк працюють FPV-екіпажі на Донеччині",
]


@pytest.mark.parametrize("line", GLUED)
def test_a_teaser_label_glued_to_its_title_is_furniture(line: str) -> None:
    assert drop_furniture(f"{STORY[0]}\n{line}") == STORY[0]


@pytest.mark.parametrize(
    "line", ["Readmore is a brand of reading lamps.", "Read moreover the notes."]
)
def test_words_that_only_start_like_a_label_stay(line: str) -> None:
    assert drop_furniture(line) == line


def test_a_glued_teaser_inside_the_body_is_dropped(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2])
    page = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Angriff</title></head>'
        '<body><main><article><h1>Polizeiposten angegriffen</h1><div class="entry-content">'
        f"{paragraphs}"
        '<p class="inline-link"><strong>Lesen Sie auch</strong><a href="/x">Kiew meldet neue '
        "Angriffe auf Charkiw</a></p>"
        f"<p>{STORY[2]}</p></div></article></main></body></html>"
    )
    text = read(tmp_path, page)
    assert STORY[2] in text
    assert "Kiew meldet" not in text


KO_STORY = [
    "군 당국은 3일 새벽 접경지역 상공에서 정체불명의 무인기 여러 대가 포착돼 대응 출격했다고 밝혔다.",
    "무인기들은 약 두 시간 동안 비행한 뒤 북쪽으로 사라졌으며, 피해는 확인되지 않았다고 군은 설명했다.",
    "합동참모본부는 주변 지역 주민들에게 낯선 물체를 발견하면 즉시 신고해 달라고 당부했다.",
]


def portal_page(label: str = "") -> str:
    """A news portal re-serving an agency's story: the story is text runs between <br> tags
    straight inside an <article>, a teaser's label in its <strong> glued to the linked title."""
    photo = (
        '<span class="photo"><img src="/p.jpg" alt=""><em class="desc">상공의 무인기</em></span>'
    )
    runs = [photo, *KO_STORY]
    if label:
        runs.insert(
            3, f'<strong class="link_label">{label}</strong><a href="/r">유엔 피란민 급증</a>'
        )
    return (
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>무인기 포착</title>'
        '</head><body><div id="ct" class="newsct"><div class="head"><div class="info">'
        '<span class="stamp">입력<span data-date-time="2024-02-03 14:22:01">2024.02.03. 오후 '
        '2:22</span></span><span class="stamp">수정<span data-modify-date-time="2024-02-04 '
        '09:10:00">2024.02.04. 오전 9:10</span></span></div></div>'
        '<div id="newsct_article"><article id="dic_area" class="_article_content">'
        f"{'<br><br>'.join(runs)}</article></div></div></body></html>"
    )


def test_text_runs_straight_in_an_article_are_read(tmp_path: Path) -> None:
    text = read(tmp_path, portal_page())
    for run in KO_STORY:
        assert run in text


def test_a_label_glued_to_its_link_in_a_script_without_capitals_is_dropped(
    tmp_path: Path,
) -> None:
    text = read(tmp_path, portal_page("관련 기사"))
    assert KO_STORY[2] in text
    assert "유엔 피란민 급증" not in text


@pytest.mark.parametrize(
    "line", ["Claves", "Key points", "Das Wichtigste in Kürze", "Ключові події"]
)
def test_a_live_page_heading_over_its_key_points_is_furniture(line: str) -> None:
    assert drop_furniture(f"{line}\n{STORY[0]}") == STORY[0]


def test_a_sentence_on_key_points_stays() -> None:
    line = "Claves del acuerdo: el alto el fuego empezará el lunes a las seis."
    assert drop_furniture(line) == line
