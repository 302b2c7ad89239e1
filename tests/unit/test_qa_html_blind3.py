"""Furniture a third blind check of saved news pages found INSIDE the article's box, between or
after its paragraphs: embedded social posts, a factbox about other stories, the author's bio
in more shapes and languages (a compound "Osteuropa-Redakteur", Swedish "är", "The Meridian's
... correspondent", a bio opening on the byline's own name), and lines the vocabularies lacked:
reproduction notices, ad labels, sign-in-to-comment prompts, a piece's edit stamp, NYT-style
credits, print-edition and licensing lines, Serbian and Hungarian teaser labels, WeChat calls.

Every page and line here is written for the test, in the shape of a kind of page, never copied
from one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.boilerplate import drop_author_bio, drop_furniture

STORY = [
    "Rescue teams reached the flooded villages along the lower river on Thursday, two days after "
    "the dam upstream released water without warning, the regional governor said.",
    "About 4,000 residents spent the night in schools and sports halls, and the army brought "
    "drinking water and blankets by helicopter to the villages the roads no longer reach.",
    "Engineers said the dam itself was not damaged, but the operator would face an inquiry into "
    "why the sirens in three villages stayed silent while the water rose.",
    "The governor said compensation for destroyed homes would be paid from next month and that "
    "the river would be monitored around the clock until the level falls.",
]


def a_page(
    inside: str = "", *, after: int = 1, tail: str = "", author: str = "Jan Petersen"
) -> str:
    """A news page: header and menu, headline and byline, the story's paragraphs with `inside`
    after paragraph `after` and `tail` after the last, then a most-read list and the footer."""
    paras = [f"<p>{p}</p>" for p in STORY]
    paras.insert(after + 1, inside)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rescue teams reach '
        'flooded villages</title><meta property="article:published_time" '
        'content="2024-05-16T09:00:00+00:00"></head><body><header><a href="/">River Post</a><nav>'
        '<ul><li><a href="/w">World</a></li><li><a href="/p">Politics</a></li></ul></nav></header>'
        '<main><article><h1>Rescue teams reach flooded villages</h1><div class="meta">'
        f'<span class="author">By <a rel="author" href="/a/jp">{author}</a></span></div>'
        f'<div class="article-body">{"".join(paras)}{tail}</div></article>'
        '<section class="most-read"><h2>Most read</h2><ol><li><a href="/1">Fuel prices rise '
        "again</a></li></ol></section></main><footer><p>River Post</p></footer></body></html>"
    )


def read(tmp_path: Path, page: str) -> str:
    return read_path(write(tmp_path, "page.html", page))[0].text


def assert_story_kept(text: str) -> None:
    for paragraph in STORY:
        assert paragraph in text


# --- embedded social posts ---


@pytest.mark.parametrize(
    "post",
    [
        '<blockquote class="twitter-tweet"><p lang="en">Water is still rising near the bridge. '
        "Stay away from the riverbank tonight.</p>&mdash; County Police (@countypolice) "
        '<a href="https://twitter.com/countypolice/status/1790000000">May 16, 2024</a>'
        "</blockquote>",
        # the class gone with the script, only the link to the post is left
        "<blockquote><p>Water is still rising near the bridge. Stay away from the riverbank "
        'tonight.</p><a href="https://x.com/countypolice/status/1790000000">May 16, 2024</a>'
        "</blockquote>",
        '<blockquote class="instagram-media"><p>Water is still rising near the bridge. Stay away '
        "from the riverbank tonight.</p><p>A post shared by County Police</p></blockquote>",
    ],
)
def test_an_embedded_social_post_between_paragraphs_is_pruned(tmp_path: Path, post: str) -> None:
    text = read(tmp_path, a_page(post))
    assert "Stay away from the riverbank tonight" not in text
    assert_story_kept(text)


def test_a_quotation_that_links_to_a_report_is_kept(tmp_path: Path) -> None:
    quote = (
        "<blockquote><p>The operator must explain why the warning system failed in three "
        'villages, the regional ombudsman wrote in a <a href="/report.pdf">report</a>.</p>'
        "</blockquote>"
    )
    text = read(tmp_path, a_page(quote))
    assert "why the warning system failed in three villages" in text


# --- factboxes ---


def test_a_factbox_about_other_stories_is_pruned(tmp_path: Path) -> None:
    box = (
        '<aside class="infobox"><h3>Today in brief</h3><ul><li>Stock exchange closes higher on '
        "technology shares</li><li>Football cup final moved to Sunday evening</li><li>Airline "
        "pilots announce a strike for next Tuesday</li></ul></aside>"
    )
    text = read(tmp_path, a_page(box))
    assert "Football cup final" not in text
    assert "pilots announce a strike" not in text
    assert_story_kept(text)


def test_a_factbox_about_the_story_is_kept(tmp_path: Path) -> None:
    box = (
        '<aside class="infobox"><h3>What we know</h3><ul><li>About 4,000 residents left their '
        "homes in the villages.</li><li>The dam operator faces an inquiry.</li><li>Compensation "
        "will be paid from next month.</li></ul></aside>"
    )
    text = read(tmp_path, a_page(box))
    assert "The dam operator faces an inquiry." in text
    assert_story_kept(text)


# --- the author's bio ---


@pytest.mark.parametrize(
    ("bio", "gone"),
    [
        (
            "<p><em>Jan Petersen ist Osteuropa-Redakteur bei der River Post und war zuvor "
            "Korrespondent in Kiew.</em></p>",
            "Osteuropa-Redakteur",
        ),
        ("<p><em>Erik Lind är politisk reporter på River Post.</em></p>", "politisk reporter"),
        (
            '<div class="css-x1"><p>Amara Okafor is The River Post\u2019s East Africa '
            "correspondent, based in Nairobi.</p></div>",
            "East Africa correspondent",
        ),
    ],
)
def test_a_closing_bio_in_more_shapes_is_dropped(tmp_path: Path, bio: str, gone: str) -> None:
    text = read(tmp_path, a_page(tail=bio, author="Staff"))
    assert gone not in text
    assert_story_kept(text)


def test_a_closing_line_opening_on_the_bylines_name_is_a_bio(tmp_path: Path) -> None:
    bio = "<p><em>Marco Bellini, giornalista, scrive di cronaca e ambiente dal 2015.</em></p>"
    text = read(tmp_path, a_page(tail=bio, author="Marco Bellini"))
    assert "scrive di cronaca" not in text
    assert_story_kept(text)


def test_a_closing_line_on_another_person_stays() -> None:
    text = "\n".join([*STORY, "Maria Rossi, a reporter for the local radio, was also rescued."])
    assert drop_author_bio(text, "Marco Bellini") == text
    assert drop_author_bio(text, "") == text


# --- lines the vocabularies lacked ---


@pytest.mark.parametrize(
    "line",
    [
        "Reproduction interdite sans autorisation préalable de la rédaction.",
        "Prohibida su reproducción total o parcial sin autorización escrita de su titular.",
        "Bu haberin tüm hakları saklıdır. İzinsiz kopyalanamaz, yayınlanamaz.",
        "Publikování nebo další šíření obsahu je bez písemného souhlasu zakázáno.",
        "Continua após a publicidade",
        "Reklam",
        "Hirdetés",
        "広告",
        "Die Kommentare geben nicht die Meinung der Redaktion wieder. Zum Kommentieren bitte anmelden.",
        "Sign in to comment",
        "Материал обновлен 24.03.2024 в 10:15",
        "Displaced families at a camp near the river. Credit...Jane Roe for The River Post",
        "A version of this article appears in print on May 17, 2024, Section A, Page 9.",
        "This article is republished under a Creative Commons licence. Republish this article",
        "License this article",
        "Our Standards: The River Post Trust Principles.",
        "Pročitajte još: Šta se zna o istrazi o padu nadstrešnice",
        "Kapcsolódó:",
        "Címkék: NATO, Svédország, Országgyűlés",
        "Etiketler: Seçim 2023, YSK",
        "扫码关注本报微信公众号，获取更多国际新闻。",
        "Vous devez être connecté pour commenter.",
        "Te puede interesar: Quién es la nueva presidenta del Congreso",
        "Masz informacje w tej sprawie? Napisz do nas: kontakt@example.org",
        "Siga o Jornal do Vale no Google Notícias e no WhatsApp",
        "VİDEO | Kurtarma çalışmalarından görüntüler",
        "Tilaa uutiskirje – saat tärkeimmät uutiset joka aamu sähköpostiisi.",
    ],
)
def test_in_article_furniture_lines_are_dropped(line: str) -> None:
    text = "\n".join([STORY[0], line, STORY[1]])
    assert drop_furniture(text) == "\n".join([STORY[0], STORY[1]])


@pytest.mark.parametrize(
    "line",
    [
        "The court ruled that any reproduction of the leaked documents would be prosecuted.",
        "Reklam yasağı, seçimden önceki son hafta boyunca tüm kanallarda uygulandı.",
        "Kapcsolódó ügyben a rendőrség két férfit őrizetbe vett kedden.",
        "The photo… showed the bridge still standing, the governor said on Thursday evening.",
        "“Why did nobody contact us before the water came?” one resident asked.",
        "Video footage shared online showed the bridge collapsing into the river.",
        "Konular arasında bütçe ve göç vardı, dedi bakan salı günü yaptığı açıklamada.",
        "The ministry's newsletter, sent to 4,000 farmers, warned of flooding on Tuesday.",
    ],
)
def test_reporting_with_the_same_words_stays(line: str) -> None:
    text = "\n".join([STORY[0], line, STORY[1]])
    assert drop_furniture(text) == text


def test_a_poll_with_a_long_question_is_pruned(tmp_path: Path) -> None:
    poll = (
        '<div class="sondage"><p>Sondage : les autorités en font-elles assez pour les villages '
        'inondés de la vallée ?</p><label><input type="radio" name="v">Oui</label><label>'
        '<input type="radio" name="v">Non</label></div>'
    )
    text = read(tmp_path, a_page(poll))
    assert "en font-elles assez" not in text
    assert_story_kept(text)


def test_a_related_box_under_a_bare_hungarian_label_is_pruned(tmp_path: Path) -> None:
    box = (
        '<div class="article__box"><h4>Kapcsolódó</h4><p>Lemondott a köztársasági elnök – a '
        "kegyelmi ügy idővonala</p></div>"
    )
    text = read(tmp_path, a_page(box))
    assert "kegyelmi ügy" not in text
    assert_story_kept(text)
