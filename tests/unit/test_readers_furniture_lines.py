"""Furniture lines that reach the extracted text, by class and in the languages analysts read
(en, de, fr, es, it, uk, ru), are dropped; reporting that opens with the same words is kept.

The lines are written for the test, not taken from any page.
"""

from __future__ import annotations

import pytest

from timeline_app.readers.boilerplate import drop_furniture

REPORT = "Drones struck a fuel depot near the port on Tuesday, the regional governor said."


def with_report(*lines: str) -> str:
    return "\n".join([REPORT, *lines, REPORT])


FURNITURE = {
    "teaser label": [
        "READ MORE: Strikes on Kharkiv leave the city without power",
        "Lesen Sie auch: Wie die Häfen geschützt werden",
        "À lire aussi : Les négociations sur le corridor céréalier",
        "Leer más: El puerto de Odesa, de nuevo bajo ataque",
        "Leggi anche: Il porto di Odessa di nuovo sotto attacco",
        "Читайте також: Удар по Одесі: що відомо",
        "Читайте также: Удар по Одессе",
        "Related: Grain corridor talks stall",
        "Up next: The weekly briefing",
        "Pour approfondir : la guerre en Ukraine",
    ],
    "tag list": [
        "Tags: Ukraine, Energy, Black Sea",
        "Schlagwörter: Ukraine, Energie",
        "Mots-clés : Ukraine, énergie",
        "Etiquetas: Ucrania, Energía",
        "Argomenti",
        "Теги: Україна, енергетика",
        "Темы: Украина, энергетика",
        "Filed under: World",
    ],
    "update stamp": [
        "Updated: 12 March 2025, 10:04 GMT",
        "Aktualisiert am 12.03.2025, 10:04 Uhr",
        "Mis à jour le 12 mars 2025 à 10h04",
        "Actualizado: 12/03/2025 10:04",
        "Ultima modifica 12 marzo 2025",
        "Оновлено: 12 березня 2025, 10:04",
        "Обновлено 12.03.2025 10:04",
    ],
    "live blog": [
        "18:28",
        "10:04 AM GMT",
        "5 minutes ago",
        "vor 5 Minuten",
        "il y a 2 heures",
        "2 години тому",
        "Key events",
        "Show more updates",
        "En direct",
    ],
    "comment count": ["12 comments", "Kommentare (3)", "View comments", "Коментарі"],
    "share row": [
        "Facebook Twitter WhatsApp E-Mail",
        "Поделиться",
        "Home | World | Business | Sport | Video",
    ],
    "caption and credit": [
        "Rescue workers at the site on Monday (REUTERS/Jane Roe)",
        "Die Feuerwehr im Einsatz (Foto: dpa)",
        "Firefighters at the depot (Photo by Jane Roe/Getty Images)",
        "Фото: УНІАН",
        "Image caption, Rescue workers at the site",
        "Getty Images",
        "3 / 12",
    ],
    "paywall": [
        "Subscribe to continue reading",
        "Il vous reste 64% de cet article à lire.",
        "¿Ya eres suscriptor? Inicia sesión",
        "Sei già abbonato? Accedi",
        "Оформите подписку, чтобы прочитать статью полностью",
        "Already a subscriber? Log in",
    ],
    "newsletter": [
        "Abonnieren Sie unseren Newsletter",
        "Inscrivez-vous à notre newsletter",
        "Підпишіться на нашу розсилку",
        "Подпишитесь на нашу рассылку",
    ],
    "advertisement": [
        "Advertisement - scroll to continue",
        "Story continues below advertisement",
        "Weiter nach der Anzeige",
        "Реклама",
        "Contenuto sponsorizzato",
    ],
    "copyright and cookies": [
        "Alle Rechte vorbehalten.",
        "Tous droits réservés",
        "Усі права захищені.",
        "Wir verwenden Cookies, um unsere Website zu verbessern.",
    ],
    # the notes saying what was wrong are kept (test_qa_html_families); their labels and bare
    # edit stamps are not
    "correction label and edit stamp": [
        "Correction",
        "Corrections and Clarifications",
        "Berichtigung:",
        "This article was amended on 12 March 2025 to correct a name.",
    ],
    "byline": [
        "By Jane Roe and John Doe, Reuters",
        "By Jane Roe | Example News",
        "Von Max Muster, Berlin",
        "Par Jean Dupont et Marie Curie",
        "Автор: Іван Петренко",
    ],
    "author and follow": [
        "About the author",
        "Follow Jane Roe on Twitter @jroe",
        "Підписуйтесь на наш Telegram-канал",
    ],
    "embeds, app and breadcrumbs": [
        "— Jane Roe (@jroe) March 12, 2025",
        "View this post on Instagram",
        "Download the Example News app for breaking news alerts",
        "Home > World > Europe",
        "Today's most popular stories",
        "Sponsored by Example Bank",
        "0:00 / 3:45",
        "Click to enlarge",
    ],
}


@pytest.mark.parametrize(
    "line", [line for lines in FURNITURE.values() for line in lines], ids=lambda s: s[:40]
)
def test_furniture_line_is_dropped(line: str) -> None:
    # given reporting around one line of furniture, when filtered, then only the reporting stays
    assert drop_furniture(with_report(line)) == with_report()


@pytest.mark.parametrize(
    "line",
    [
        "Up next is the vote in the Senate, the speaker said.",
        "He had already registered as a candidate in March.",
        "El acuerdo fue suscrito por ambos gobiernos y publicado en el Boletín Oficial.",
        "Der Minister kündigte weitere Gespräche an. (dpa)",
        "Updated figures show 400 people were displaced.",
        "Modified crops were banned in 2020.",
        "By Monday, the troops had left the town.",
        "By Friday, Kyiv had restored power to most districts.",
        "By 2030 the plant will close, the operator said.",
        "De Gaulle said no to the plan in 1963.",
        "Contact Group on Ukraine met at the ministry on Tuesday.",
        "Tags were found on the debris, investigators said.",
        "Live broadcasts resumed on Tuesday evening.",
        "More than 40 people were killed in the strike.",
        "Related talks will take place in Geneva next week.",
        "Correction facilities near the front were shelled overnight.",
        "Home guards were deployed along the border on Friday.",
        "Key events of the week included the talks in Istanbul.",
        "The ministry's newsletter, which has 40,000 subscribers, described the damage.",
        "Президент подписал указ о мобилизации в понедельник.",
        "Пожарные работали на месте удара до утра, сообщили в ГСЧС.",
    ],
)
def test_reporting_that_opens_like_furniture_is_kept(line: str) -> None:
    text = with_report(line)
    assert drop_furniture(text) == text


def test_a_sign_up_word_next_to_a_promotion_in_reporting_is_kept() -> None:
    # given a newsletter promotion after a sentence saying "signed" (подписал), then the
    # sentence stays: only the calls of a promotion are its neighbours' furniture words
    signed = "Президент подписал указ о мобилизации в понедельник."
    text = "\n".join([REPORT, signed, "Подпишитесь на нашу рассылку", REPORT])
    assert drop_furniture(text) == "\n".join([REPORT, signed, REPORT])
