"""Furniture a blind check of saved news pages found: old table layouts, where the list of other
stories under a regional paper's article is a small table of its own ("Noticias relacionadas"
in its first cell, then one linked headline a row), too short for trafilatura's link-density
test on tables (200 characters), and so read as a data table under the story; the readers'
comments there are a table under a "Comentarios" cell. And the key points above a modern
story, of which only the items long enough to pass for a sentence of the standfirst were kept.

Every page and line here is written for the test, in the shape of a kind of page, never copied
from one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path

STORY = [
    "Tras una sesión de diez horas, la Legislatura provincial aprobó en la madrugada de este "
    "domingo el presupuesto para el corriente año, con cambios de último momento.",
    "El texto final incluye un fondo de emergencia para los municipios afectados por las "
    "inundaciones de marzo y una actualización trimestral de los salarios estatales.",
    "La oposición votó en contra y denunció que los cambios no fueron debatidos en comisión, "
    "mientras los gremios analizarán la propuesta salarial durante la semana.",
]
TEASERS = [
    "Cortes de luz en barrios del norte",
    "El equipo empató y sigue puntero",
    "Vecinos reclaman por la ruta provincial",
]


def table_page(related: str) -> str:
    """A page laid out by one table: menu cell, story cell (story, then `related`), side cell;
    the story cell's class, "content", is where trafilatura looks for the article first."""
    story = "<br><br>\n".join(STORY)
    return (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Presupuesto</title>'
        '</head><body><table width="980"><tbody>'
        '<tr><td colspan="3"><img src="/banner.gif" alt="Diario"></td></tr>'
        '<tr><td width="160"><table><tr><td><a href="/p">Política</a></td></tr>'
        '<tr><td><a href="/e">Economía</a></td></tr></table></td>'
        '<td width="620" valign="top" class="content"><font size="5"><b>La Legislatura aprobó el presupuesto</b></font><br><br>'
        f'<font face="Arial" size="3">{story}</font><br><br>{related}</td>'
        '<td width="200"><div>Publicidad</div></td></tr></tbody></table></body></html>'
    )


def rows(teasers: list[str]) -> str:
    return "".join(
        f'<tr><td><font size="1">&#9658; <a href="/nota/{i}">{t}</a></font></td></tr>'
        for i, t in enumerate(teasers)
    )


def read(tmp_path: Path, page: str) -> str:
    return read_path(write(tmp_path, "page.html", page))[0].text


@pytest.mark.parametrize(
    "heading",
    [
        "<tr><td><b>Noticias relacionadas</b></td></tr>",  # a bold first cell
        "<tbody><tr><td><b>Noticias relacionadas</b></td></tr>",  # the same, <tbody> written out
        '<tr><td class="tit">Noticias relacionadas</td></tr>',  # the cell's own text
        "<tr><th>Noticias relacionadas</th></tr>",  # a header cell
        "<caption>Noticias relacionadas</caption>",  # the table's caption
    ],
)
def test_a_labelled_table_of_other_stories_goes(tmp_path: Path, heading: str) -> None:
    end = "</tbody>" if heading.startswith("<tbody>") else ""
    related = f'<table width="100%" bgcolor="#f0f0f0">{heading}{rows(TEASERS)}{end}</table>'
    text = read(tmp_path, table_page(related))
    for line in STORY:
        assert line in text
    for teaser in TEASERS:
        assert teaser not in text


def test_a_table_of_comments_under_its_label_goes(tmp_path: Path) -> None:
    comments = (
        '<table width="100%" class="c"><tr><td><b>Comentarios</b></td></tr>'
        "<tr><td><b>Juan</b> escribió:</td></tr>"
        "<tr><td>Ojalá esta vez el presupuesto llegue de verdad a los municipios.</td></tr>"
        "</table>"
    )
    text = read(tmp_path, table_page(comments))
    for line in STORY:
        assert line in text
    assert "Ojalá esta vez" not in text


def test_a_table_of_links_alone_goes(tmp_path: Path) -> None:
    """No heading at all: rows that are nothing but links to other pages are a list of them."""
    related = f'<table width="100%">{rows(TEASERS)}</table>'
    text = read(tmp_path, table_page(related))
    for line in STORY:
        assert line in text
    for teaser in TEASERS:
        assert teaser not in text


def test_a_data_table_in_the_story_stays(tmp_path: Path) -> None:
    """A table of figures, one of its cells linked to a source, is the story's data."""
    table = (
        "<table><tr><th>Partido</th><th>Votos</th></tr>"
        '<tr><td><a href="/frente">Frente Cívico</a></td><td>412.880</td></tr>'
        "<tr><td>Unión Provincial</td><td>298.114</td></tr>"
        "<tr><td>Otros</td><td>77.020</td></tr></table>"
    )
    text = read(tmp_path, table_page(table))
    for line in STORY:
        assert line in text
    assert "412.880" in text
    assert "Unión Provincial" in text


def test_a_table_of_documents_under_a_story_heading_stays(tmp_path: Path) -> None:
    """Links with words around them (a table of the court's documents, described) are data."""
    table = (
        '<table><tr><td><a href="/doc/1">Sentencia</a></td><td>Texto completo del fallo de la '
        "Cámara, 48 páginas, firmado por los tres jueces</td></tr>"
        '<tr><td><a href="/doc/2">Anexo</a></td><td>Planillas del presupuesto aprobado por la '
        "Legislatura, con las partidas por ministerio</td></tr></table>"
    )
    text = read(tmp_path, table_page(table))
    assert "Texto completo del fallo de la Cámara" in text


# --- key points above the story ---

BODY = [
    "The Government has unveiled a budget package worth 8.3 billion, including two further "
    "energy credits for every household and a cut in childcare costs.",
    "The finance minister told parliament that the once-off measures were affordable because "
    "of exceptional corporation tax receipts in recent years.",
    "Permanent spending will rise by 6.9 per cent, above the Government's own rule, which "
    "opposition parties described as a breach of its fiscal commitments.",
]
POINTS = [
    "Two energy credits for every household",
    "Childcare fees cut by a further 1,000 a year",
    "Corporation tax windfall of 13bn set aside in two new long-term funds",
]


def key_points_page(points: str) -> str:
    """A modern article: headline, a key-points box, then the body's own box."""
    body = "".join(f'<p class="article__paragraph">{line}</p>' for line in BODY)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Budget: energy credits at heart of package | The Chronicle</title></head><body>"
        '<header><a href="/">The Chronicle</a></header><main><article class="article">'
        '<div class="article__header"><h1>Budget: energy credits at heart of package</h1>'
        '<div class="article__byline">By Jane Roe</div></div>'
        f'{points}<div class="article__body">{body}</div></article></main>'
        "<footer>The Chronicle</footer></body></html>"
    )


def test_key_points_above_the_story_are_kept_whole(tmp_path: Path) -> None:
    """Only the longest point passed for a sentence of the standfirst: a third of the list."""
    items = "".join(f"<li>{point}</li>" for point in POINTS)
    page = key_points_page(f'<div class="key-points"><h2>Key points</h2><ul>{items}</ul></div>')
    lines = read(tmp_path, page).split("\n")
    assert lines[: len(POINTS)] == POINTS
    for line in BODY:
        assert line in lines


def test_a_list_of_links_above_the_story_stays_out(tmp_path: Path) -> None:
    """Topic links between the headline and the body are not key points."""
    items = "".join(f'<li><a href="/topic/{i}">{point}</a></li>' for i, point in enumerate(POINTS))
    page = key_points_page(f'<ul class="topics">{items}</ul>')
    text = read(tmp_path, page)
    for point in POINTS:
        assert point not in text
    for line in BODY:
        assert line in text


def test_short_points_alone_stay_out(tmp_path: Path) -> None:
    """A list none of whose items reads as a sentence (a menu of words) adds nothing."""
    items = "".join(f"<li>{word}</li>" for word in ["Budget 2025", "Energy", "Childcare"])
    text = read(tmp_path, key_points_page(f"<ul>{items}</ul>"))
    assert "Budget 2025" not in text
    assert text.split("\n")[0] == BODY[0]
