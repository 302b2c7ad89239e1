"""Page furniture that main-text extraction lets through (media labels, rules, bare links,
comment and cookie prompts, social calls, contact tables, closing author bios) is dropped, while
reporting that merely mentions the same words stays; a syndication note is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.boilerplate import drop_furniture

REPORT = "Drones struck a fuel depot near the port on Tuesday, the regional governor said."


def with_report(*lines: str) -> str:
    return "\n".join([REPORT, *lines])


@pytest.mark.parametrize(
    "line",
    [
        "Video: Rescue teams search the rubble after the strike (Example TV)",
        "Watch: The moment the bridge collapsed",
        "Galerie: Die Schäden nach dem Angriff",
        "Galería: Los daños tras el bombardeo",
        "More on the war in Ukraine:",
        "Mehr zum Krieg in der Ukraine:",
        "____________________________________________________",
        "* * *",
        "https://www.facebook.com/examplecafe/posts/123456789",
        "Share",
        "Kommentare",
        "Condividi",
        "You must be logged in to leave a comment.",
        "Comments are closed.",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Wir verwenden Cookies. Mit der Nutzung der Seite sind Sie einverstanden.",
        "Follow us on Twitter and Instagram for the latest updates",
        "Suivez-nous sur Facebook et Twitter",
        "Trending Stories",
        "You may also like",
        "Most read in World",
        "More stories from Example News",
        "Das könnte Sie auch interessieren",
        "Te puede interesar",
        "Potrebbe interessarti",
        "Les plus lus",
        "Listen to this article",
        "Lesezeit: 4 Min.",
        "5 min read",
        "This article is more than 2 years old",
        "Cet article est réservé aux abonnés.",
        "You can contact Example News on Facebook, Twitter, Instagram, or email desk@example.org",
    ],
)
def test_furniture_line_is_dropped(line: str) -> None:
    # given a report followed by one line of furniture, when filtered, then only the report stays
    assert drop_furniture(with_report(line)) == REPORT


@pytest.mark.parametrize(
    "line",
    [
        "Videos of the strike circulated on Telegram and Twitter within minutes, residents said.",
        "The minister said more on the ceasefire talks would follow on Friday.",
        "Officials said cookies and other food aid reached the shelters on Monday.",
        "The army said it would share the findings with the monitors next week.",
        "Most of the recommended evacuation routes were shelled overnight, the mayor said.",
        "Trending upward since Monday, the number of displaced people reached 40,000 on Friday.",
        "Latest news from the front: shelling hit the rail station in Kupiansk on Monday.",
        "Les habitants ont partagé des vidéos sur Facebook et Twitter après l'attaque de mardi.",
    ],
)
def test_reporting_with_furniture_words_is_kept(line: str) -> None:
    text = with_report(line)
    assert drop_furniture(text) == text


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe is a senior correspondent for Example News.",
        "Max Muster ist Korrespondent in Kiew.",
        "Marie Dupont est journaliste au service international.",
        "Ana Pérez es periodista de la sección internacional.",
    ],
)
def test_author_bio_closing_the_page_is_dropped(bio: str) -> None:
    assert drop_furniture(with_report(bio)) == REPORT


@pytest.mark.parametrize(
    "line",
    [
        "The governor, 61, is a former reporter for the state broadcaster.",
        "The deputy mayor is a former editor of the city paper.",
    ],
)
def test_closing_sentence_about_a_person_in_the_story_is_kept(line: str) -> None:
    text = with_report(line)
    assert drop_furniture(text) == text


def test_reporter_named_mid_story_is_kept() -> None:
    # given a sentence shaped like a bio, but followed by more reporting
    text = "\n".join(
        [REPORT, "Jane Roe is a reporter for Example News.", REPORT, REPORT, "The port reopened."]
    )
    assert drop_furniture(text) == text


def test_contact_table_is_dropped_and_data_table_kept() -> None:
    contacts = [
        "| Constituency | Member | Email address |",
        "|---|---|---|",
        "| North Town | A. Member | a.member@parliament.example |",
        "| South Town | B. Member | b.member@parliament.example |",
        "| East Town | C. Member | https://example.org/c-member |",
    ]
    figures = [
        "| Region | Killed | Injured |",
        "|---|---|---|",
        "| North | 4 | 12 |",
        "| South | 1 | 3 |",
    ]
    text = "\n".join([REPORT, *contacts, REPORT, *figures])
    assert drop_furniture(text) == "\n".join([REPORT, REPORT, *figures])


def a_syndicated_page(note: str, script: str = "") -> str:
    paragraphs = "".join(
        f"<p>{REPORT} Paragraph {i} adds more detail on the damage.</p>" for i in range(6)
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Depot hit</title>'
        f"<script>{script}</script></head><body><nav><a href='/'>Home</a></nav>"
        f'<section class="writer"><h5>Jane Roe</h5></section>'
        f'<section class="source"><p class="editors_note">{note}</p></section>'
        f"<article><h1>Depot hit</h1>{paragraphs}</article><footer>Example News</footer></body></html>"
    )


@pytest.mark.parametrize(
    "note",
    [
        "This post originally appeared on Example Wire.",
        "This article was first published by The Example Review.",
        "Dieser Artikel erschien zuerst bei Beispiel Zeitung.",
        "Cet article a d’abord paru dans Le Journal Exemple.",
    ],
)
def test_syndication_note_outside_the_article_is_kept(tmp_path: Path, note: str) -> None:
    article = read_path(write(tmp_path, "page.html", a_syndicated_page(note)))[0]
    assert article.text.endswith(note)
    assert article.text.count(note) == 1


def test_sentence_about_another_report_is_not_a_syndication_note(tmp_path: Path) -> None:
    page = a_syndicated_page("The figures were first published by the ministry in March.")
    article = read_path(write(tmp_path, "page.html", page))[0]
    assert "first published" not in article.text


def test_syndication_phrase_in_a_script_is_not_text(tmp_path: Path) -> None:
    page = a_syndicated_page("Photo desk", script='var note = "This story first appeared on X";')
    article = read_path(write(tmp_path, "page.html", page))[0]
    assert "first appeared" not in article.text
