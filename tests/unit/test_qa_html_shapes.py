"""Boilerplate inside the story known by its shape (boilerplate_shapes.py, markup_boxes.py), in
wordings no phrase rule lists: lines that speak of the page itself (its publication's name,
"this article"), the publication addressing the reader ("our" beside "you" or a question),
calls whose every sentence opens on its verb, captions
closing on a parenthesised credit, and embedded posts signed "— Name (@handle)" whose link
address the saved page lost. And what must stay: short paragraphs of the story, quotations,
agency datelines, source lines, syndication notes.

Every page and line here is written for the test, never copied from a page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path
from timeline_app.readers.boilerplate_shapes import drop_shaped, is_shaped

SITE = "Riverside Gazette"
STORY = [
    "Flood water rose above the old stone bridge in the town centre on Sunday night, forcing "
    "the evacuation of about three hundred homes along the river, the fire service said.",
    "The council opened two emergency shelters in school halls and asked residents of the low "
    "streets to move cars to higher ground before the next high tide on Monday morning.",
    "Forecasters expect the river to peak on Tuesday, when more rain is due to fall on the "
    "hills upstream, and warned that the defences built in 2009 could be overtopped again.",
    "Engineers will inspect the bridge once the water falls; it carries the main road to the "
    "hospital, and an alternative route adds about twenty minutes to every journey.",
]


def a_page(inside: str, *, after: int = 1) -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    paras.insert(after + 1, inside)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>River floods town'
        f'</title><meta property="og:site_name" content="{SITE}">'
        '<meta property="article:published_time" content="2025-02-02T07:00:00+00:00"></head>'
        '<body><header><nav><a href="/">Home</a></nav></header><main><article>'
        "<h1>River bursts its banks, hundreds of homes evacuated</h1>"
        f'<div class="body">{"".join(paras)}</div></article></main>'
        "<footer><p>Contact</p></footer></body></html>"
    )


def read(tmp_path: Path, page: str) -> str:
    return read_path(write(tmp_path, "page.html", page))[0].text


@pytest.mark.parametrize(
    "line",
    [
        # the publication's own name in a short line: rights notices, calls to its app
        f"No part of this content may be copied or republished without permission of the {SITE}.",
        f"Get every flood alert first: turn on notifications in the {SITE} app.",
        f"Words and pictures copyright {SITE}. Licensed reuse only.",
        # "this article" in a notice
        "This article may be updated as the flood warnings change.",
        "Los comentarios de este artículo se han cerrado por mantenimiento.",
        "Questo articolo è stato aggiornato alle 9 con il bollettino della protezione civile.",
        "Эта статья обновлена в полдень после заявления мэрии.",
        "Комментарии к этой статье закрыты.",
        # the publication addresses the reader
        "Like what you read? Keep our reporters on the river with a monthly gift.",
        "Möchten Sie unsere Hochwasser-Meldungen direkt aufs Handy bekommen?",
        "Recevez nos alertes crues sur votre téléphone en temps réel.",
        # every sentence opens on its verb
        "Support trusted local news. Join the supporters from two pounds a month.",
        "Download the weather app and never miss a warning.",
        # a caption closing on a parenthesised credit
        "Sandbags stacked against a shop door on Mill Street (Photograph by Rhian Price)",
        "Il ponte vecchio sommerso dalla piena (foto Marta Bassi)",
    ],
)
def test_shaped_lines_are_notices(line: str) -> None:
    assert is_shaped(line, (SITE,))


@pytest.mark.parametrize(
    "line",
    [
        # short story paragraphs: a fact box line, a timeline entry, a subheading, a short quote
        "The river reached 5.2 metres at the town gauge, its highest level since 1998.",
        "2009: new flood walls completed along the east bank.",
        "Homes at risk",
        '"We lost everything downstairs," said Jean Howell, 74.',
        # "our" and "you" inside someone's words
        '"Our crews cannot reach you if you stay in the car," the fire chief said.',
        "«Nous ferons tout pour protéger vos maisons», a promis le maire.",
        # a quotation running on over lines opens on its mark
        '"Thank you to all our volunteers for the long nights since Friday.',
        # the publication as the dateline's source, or credited as the story's source
        "LONDON (Riverside Gazette) - Rivers across the region rose again on Monday.",
        "YORK, 2 Feb — Riverside Gazette. Rivers across the region rose again on Monday.",
        f"Source: {SITE}, PA",
        # the publication as the subject of a sentence of reporting
        f"{SITE} could not independently verify the footage filmed on the bridge.",
        # a correction gives the right facts
        "Correction: a previous version of this article put the peak at 4.8 metres; it was 5.2.",
        "Une version précédente de cet article indiquait 200 foyers évacués, et non 300.",
        # the reporting done for the piece
        "Residents who spoke for this article asked that only their first names be used.",
        "Tom Hale in Leeds contributed to this report.",
        # a syndication note the reader keeps on purpose
        f"This article was originally published by the {SITE}.",
        # questions in reporting with no address to the reader
        "Who pays for the repairs is still disputed between the council and the railway.",
        # a parenthesis in reporting that is no credit
        "The defences were built by the Environment Agency (then part of the ministry).",
        # "Nos" as a name
        "Het water steeg verder, meldt de NOS op zondag.",
    ],
)
def test_story_lines_are_kept(line: str) -> None:
    assert not is_shaped(line, (SITE,))


def test_drop_shaped_keeps_the_story_and_drops_notices() -> None:
    notice = f"Reproduction of this page is reserved to the {SITE} and its partners."
    text = "\n".join([STORY[0], notice, STORY[1]])
    assert drop_shaped(text, SITE) == "\n".join([STORY[0], STORY[1]])


def test_host_name_is_not_a_site_name() -> None:
    line = "Flood defences at gazette.example were mentioned in the report on Monday afternoon."
    assert drop_shaped(line, "gazette.example") == line


@pytest.mark.parametrize(
    "inside",
    [
        f"<p><em>All material on this page belongs to the {SITE} and may not be reused.</em></p>",
        "<p>Curious what happens next? Keep our reporters on the river with a gift.</p>",
        "<p>Support flood reporting. Become a friend of the newsroom today.</p>",
        "<p>The flooded car park behind the market hall (Photograph by Rhian Price)</p>",
    ],
)
def test_notices_inside_the_article_are_dropped(tmp_path: Path, inside: str) -> None:
    text = read(tmp_path, a_page(inside))
    assert STORY[0][:60] in text and STORY[3][:60] in text
    assert "Keep our reporters" not in text
    assert "Become a friend" not in text
    assert "may not be reused" not in text
    assert "Rhian Price" not in text


def test_embedded_post_signed_with_a_handle_is_dropped(tmp_path: Path) -> None:
    post = (
        "<blockquote><p>Water is over the bridge parapet now, stay away from Mill Street "
        "tonight.</p>— Mill Street Residents (@millstreetres) <a href='/p/1'>February 2, "
        "2025</a></blockquote>"
    )
    text = read(tmp_path, a_page(post))
    assert "stay away from Mill Street" not in text
    assert STORY[2][:60] in text


def test_blockquote_of_a_speaker_is_kept(tmp_path: Path) -> None:
    quote = (
        "<blockquote><p>We have never seen the water this high in forty years of records, and "
        "we expect it to rise again before Tuesday.</p></blockquote>"
    )
    text = read(tmp_path, a_page(quote))
    assert "never seen the water this high in forty years" in text


@pytest.mark.parametrize(
    "line",
    [
        "Ukraine's air force told Reuters that three drones were shot down over Odesa overnight.",
        "Russia's defence ministry did not respond to a Reuters request for comment.",
        "Reuters' correspondent in Kharkiv heard at least five explosions on Tuesday.",
        "Two officials said in an interview with Reuters on Monday that talks would resume.",
        "Der Bürgermeister sagte dem Reuters am Dienstag, die Stadt sei ohne Strom.",
        "The UN published its report on Monday. This report says 40 civilians were killed.",
    ],
)
def test_reporting_that_names_the_paper_or_a_report_is_the_story(line: str) -> None:
    assert not is_shaped(line, ("Reuters",))
