"""Boxes the page's own markup names as furniture (captions, credits, related and recommended
links, newsletter and paywall boxes, tag and topic lists, ad slots, players, landmarks, hidden
boxes) are pruned before extraction in any language, while the article itself is never pruned
because of its class names, and the page's metadata is read before anything is pruned.

Every page here is written for the test; each piece of furniture is one trafilatura alone keeps.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.markup_furniture import FURNITURE_ATTR, mark_furniture

REPORT = [
    "Drones struck a fuel depot near the port of Odesa on Tuesday night, the regional governor "
    "said, adding that firefighters contained the blaze by morning.",
    "Officials said two workers were injured and taken to hospital, while rail traffic through "
    "the district was suspended for several hours as a precaution.",
    "The port authority said grain shipments would resume on Thursday once engineers had "
    "inspected the damaged berths and cleared debris from the access roads.",
    "Residents of nearby villages reported hearing at least six explosions shortly after "
    "midnight, and air-raid sirens sounded across the region until dawn.",
]


def a_page(
    box: str = "",
    *,
    closing: str = "",
    article_class: str = "",
    head: str = '<meta property="article:published_time" content="2025-03-12T08:00:00Z">',
    before: str = "",
) -> str:
    """A news page whose article holds `box` between its second and third paragraphs and
    `closing` after the last."""
    first = "".join(f"<p>{p}</p>" for p in REPORT[:2])
    rest = "".join(f"<p>{p}</p>" for p in REPORT[2:])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Depot hit</title>'
        f'{head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>{before}'
        f'<article class="{article_class}"><h1>Depot hit near Odesa</h1>{first}{box}{rest}'
        f"{closing}</article><footer>Example News</footer></body></html>"
    )


def read(tmp_path: Path, page: str) -> str:
    return read_path(write(tmp_path, "page.html", page))[0].text


def assert_report_kept(text: str) -> None:
    for paragraph in REPORT:
        assert paragraph in text


@pytest.mark.parametrize(
    ("box", "furniture"),
    [
        # a photo caption in a camel-cased class, and a credit line
        (
            '<div class="media"><img src="depot.jpg"><p class="imageCaption">Firefighters at '
            "the depot on Wednesday morning, after the overnight strike</p></div>",
            "Firefighters at the depot",
        ),
        ('<p class="photoCredits">Jane Roe / Example Agency</p>', "Jane Roe / Example Agency"),
        # recommendation and "read also" boxes, named in English, German, Italian, Spanish
        (
            '<div class="recommendations"><p>Ten things to know about the grain deal</p>'
            "<p>Why the port matters to Europe</p></div>",
            "Ten things to know",
        ),
        (
            '<div class="lesen-sie-auch"><p>Wie die Häfen am Schwarzen Meer geschützt werden</p>'
            "</div>",
            "Wie die Häfen",
        ),
        (
            '<div class="box-correlati"><p>Il porto di Odessa di nuovo sotto attacco</p></div>',
            "Il porto di Odessa",
        ),
        (
            '<section class="notas-relacionadas"><p>El puerto de Odesa, de nuevo bajo ataque</p>'
            "</section>",
            "El puerto de Odesa",
        ),
        # a topic list, a follow box, an ad unit, a video playlist, live-blog key events
        (
            '<div class="story-topics"><p>Odesa</p><p>Energy security</p><p>Black Sea</p></div>',
            "Energy security",
        ),
        ('<div class="follow-topic"><p>Get alerts on this topic</p></div>', "Get alerts"),
        (
            '<div class="adunit"><p>Sponsored: Best mortgage rates this week</p></div>',
            "mortgage rates",
        ),
        (
            '<div class="video-playlist"><ul><li>The moment the bridge fell</li>'
            "<li>Drone footage over the port</li></ul></div>",
            "Drone footage over the port",
        ),
        (
            '<div class="key-events"><h3>Highlights</h3><ul><li>Governor confirms two injured'
            "</li><li>Rail traffic suspended</li></ul></div>",
            "Governor confirms two injured",
        ),
        # landmarks and hidden boxes
        (
            '<div role="complementary"><p>Kyiv weather: sunny, 12 degrees</p></div>',
            "Kyiv weather",
        ),
        (
            "<div hidden><p>Your session has expired, please reload the page to continue.</p>"
            "</div>",
            "session has expired",
        ),
    ],
)
def test_box_named_as_furniture_is_pruned(tmp_path: Path, box: str, furniture: str) -> None:
    # given a report with a box its markup names as furniture, when read, then only the report
    text = read(tmp_path, a_page(box))
    assert furniture not in text
    assert_report_kept(text)


def test_author_bio_box_closing_the_article_is_pruned(tmp_path: Path) -> None:
    closing = '<div class="bio"><p>Jane Roe has reported from Ukraine since 2014.</p></div>'
    text = read(tmp_path, a_page(closing=closing))
    assert "has reported from Ukraine" not in text
    assert_report_kept(text)


@pytest.mark.parametrize(
    "box",
    [
        # a newsletter box: its heading says nothing, its lines after the first neither
        '<div class="box"><h3>Get our morning briefing</h3><p>Sign up for the Example Daily '
        "newsletter and never miss a story.</p><p>Every morning we send you the five stories you "
        "need, in one short email.</p><p>You can unsubscribe at any time.</p></div>",
        # a paywall box
        '<div class="box"><p>Subscribe to continue reading this story.</p><p>Every morning we '
        "send you the five stories you need, for 1 euro a month.</p></div>",
        # a Ukrainian newsletter box
        '<div class="box"><p>Підпишіться на нашу розсилку.</p><p>Every morning we send you the '
        "five stories you need.</p></div>",
    ],
)
def test_short_newsletter_or_paywall_box_is_pruned_whole(tmp_path: Path, box: str) -> None:
    text = read(tmp_path, a_page(box))
    assert "Every morning we send you" not in text
    assert_report_kept(text)


def test_a_newsletter_mentioned_in_the_report_is_kept(tmp_path: Path) -> None:
    # given a paragraph of reporting about a newsletter, alone in the article text
    line = (
        "The ministry's newsletter, which has 40,000 subscribers, said on Monday that the depot "
        "had been hit twice before."
    )
    text = read(tmp_path, a_page(f"<p>{line}</p>"))
    assert line in text


@pytest.mark.parametrize(
    "article_class",
    ["story share-enabled has-comments", "article-body related-enabled", "promo-layout post"],
)
def test_article_named_with_furniture_words_is_kept(tmp_path: Path, article_class: str) -> None:
    # given an article element whose class names contain furniture words, then it is read whole
    text = read(tmp_path, a_page(article_class=article_class))
    assert_report_kept(text)


def test_inline_link_named_related_keeps_its_sentence(tmp_path: Path) -> None:
    sentence = (
        'As <a class="related-link" href="/earlier">we reported on Monday</a>, the depot had '
        "been struck twice since January, the governor's office said."
    )
    text = read(tmp_path, a_page(f"<p>{sentence}</p>"))
    assert "As we reported on Monday, the depot had been struck twice" in " ".join(text.split())


def test_box_named_by_a_weak_word_but_holding_prose_is_kept(tmp_path: Path) -> None:
    # "topics", "player", "popular" also name explainers and results: a box holding a paragraph
    # of reporting is content
    line = (
        "Social workers from the regional administration visited every damaged house on "
        "Wednesday and registered 43 families for emergency payments, officials said."
    )
    text = read(tmp_path, a_page(f'<section class="explainer topics"><p>{line}</p></section>'))
    assert line in text


@pytest.mark.parametrize("wrapper", ['<div class="read-more-content">', "<div hidden>"])
def test_rest_of_the_story_behind_a_button_is_kept(tmp_path: Path, wrapper: str) -> None:
    # given the last paragraph folded away behind a "Read more" button, then it is read
    line = (
        "Engineers said the depot's second tank had not been damaged and that fuel deliveries "
        "to the city's hospitals would continue as planned."
    )
    text = read(tmp_path, a_page(closing=f"{wrapper}<p>{line}</p></div>"))
    assert line in text
    assert_report_kept(text)


def test_publication_date_inside_a_pruned_box_is_still_read(tmp_path: Path) -> None:
    # given a page whose only date is a <time> in a share bar, then the date is still found
    before = '<div class="article-share"><time datetime="2025-03-11">11 March 2025</time></div>'
    page = a_page(head="", before=before)
    article = read_path(write(tmp_path, "page.html", page))[0]
    assert str(article.published) == "2025-03-11"


def test_names_that_would_prune_most_of_the_report_prune_nothing() -> None:
    # given every paragraph in its own box named "promo", when marked, then nothing is marked
    paragraphs = "".join(f'<div class="promo"><p>{p}</p></div>' for p in REPORT)
    root = lxml_html.document_fromstring(f"<html><body><div>{paragraphs}</div></body></html>")
    assert mark_furniture(root) == 0
    assert not root.xpath(f"//*[@{FURNITURE_ATTR}]")


def test_marked_boxes_are_the_outermost_ones() -> None:
    box = '<div class="related"><ul class="related-list"><li>Other story</li></ul></div>'
    root = lxml_html.document_fromstring(
        f"<html><body><article><h1>Depot hit</h1><p>{REPORT[0]}</p>{box}</article></body></html>"
    )
    assert mark_furniture(root) == 1
    assert [el.get("class") for el in root.xpath(f"//*[@{FURNITURE_ATTR}]")] == ["related"]


# Whole pages in the analysts' languages: reporting with the furniture its sites put between and
# after the paragraphs, in markup and in lines.
PAGES = {
    "uk": (
        [
            "Вночі російські дрони атакували нафтобазу в Одесі, повідомив голова обласної "
            "військової адміністрації.",
            "Двоє працівників отримали поранення, їх госпіталізували до міської лікарні.",
            "Пожежу ліквідували до ранку, рух поїздів через район відновили в середу.",
        ],
        [
            "<p>Читайте також: Удар по Харкову: що відомо</p>",
            "<p>Реклама</p>",
            "<p>Підписуйтесь на наш Telegram-канал</p>",
            '<div class="post-tags">Теги: Одеса, енергетика</div>',
        ],
    ),
    "ru": (
        [
            "Ночью беспилотники атаковали нефтебазу в Одессе, сообщил глава областной "
            "администрации.",
            "Двое рабочих получили ранения и были доставлены в городскую больницу.",
            "Пожар потушили к утру, движение поездов восстановили в среду.",
        ],
        [
            "<p>Читайте также: Удар по Харькову</p>",
            "<p>Подписывайтесь на наш канал в Telegram</p>",
            "<p>Обновлено 12.03.2025 10:04</p>",
            '<div class="article-keywords"><a href="/t/1">Одесса</a> <a href="/t/2">Энергетика</a>'
            "</div>",
        ],
    ),
    "de": (
        [
            "In der Nacht haben Drohnen ein Treibstofflager im Hafen von Odessa getroffen, teilte "
            "der Gouverneur mit.",
            "Zwei Arbeiter wurden verletzt und in ein Krankenhaus gebracht.",
            "Der Bahnverkehr durch den Bezirk wurde für mehrere Stunden eingestellt.",
        ],
        [
            "<p>Lesen Sie auch: Wie die Häfen am Schwarzen Meer geschützt werden</p>",
            "<p>Anzeige</p>",
            "<p>Aktualisiert am 12.03.2025, 10:04 Uhr</p>",
            '<div class="mehr-zum-thema"><p>Angriffe auf Charkiw: Die Lage am Morgen</p></div>',
        ],
    ),
    "fr": (
        [
            "Dans la nuit, des drones ont frappé un dépôt de carburant près du port d'Odessa, a "
            "indiqué le gouverneur.",
            "Deux employés ont été blessés et transportés à l'hôpital de la ville.",
            "Le trafic ferroviaire a été suspendu pendant plusieurs heures par précaution.",
        ],
        [
            "<p>À lire aussi : Les négociations sur le corridor céréalier</p>",
            "<p>Publicité</p>",
            "<p>Il vous reste 64% de cet article à lire.</p>",
            "<p>Mis à jour le 12 mars 2025 à 10h04</p>",
        ],
    ),
    "es": (
        [
            "Durante la noche, varios drones alcanzaron un depósito de combustible cerca del puerto "
            "de Odesa, informó el gobernador.",
            "Dos trabajadores resultaron heridos y fueron trasladados al hospital.",
            "El tráfico ferroviario quedó suspendido durante varias horas como precaución.",
        ],
        [
            "<p>Leer más: El puerto de Odesa, de nuevo bajo ataque</p>",
            "<p>Publicidad</p>",
            "<p>Bomberos en el depósito tras el ataque (EFE/Juan Pérez)</p>",
            '<section class="temas-relacionados"><p>Ucrania</p><p>Energía</p></section>',
        ],
    ),
    "it": (
        [
            "Nella notte alcuni droni hanno colpito un deposito di carburante vicino al porto di "
            "Odessa, ha detto il governatore.",
            "Due operai sono rimasti feriti e sono stati portati in ospedale.",
            "Il traffico ferroviario è stato sospeso per diverse ore per precauzione.",
        ],
        [
            "<p>Leggi anche: Il porto di Odessa di nuovo sotto attacco</p>",
            "<p>Pubblicità</p>",
            "<p>Riproduzione riservata ©</p>",
            '<div class="article-tags"><p>Argomenti</p><p>Ucraina</p></div>',
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_page_in_each_language_keeps_its_report_only(tmp_path: Path, language: str) -> None:
    report, furniture = PAGES[language]
    body = "".join(f"<p>{p}</p>{f}" for p, f in zip(report, furniture, strict=False))
    body += "".join(furniture[len(report) :])
    page = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>Odesa</title>'
        '<meta property="article:published_time" content="2025-03-12T08:00:00Z"></head><body>'
        f"<article><h1>Odesa</h1>{body}</article></body></html>"
    )
    # given the report with its sites' furniture, when read, then the headline and the report
    assert read(tmp_path, page).split("\n") == ["Odesa", *report]
