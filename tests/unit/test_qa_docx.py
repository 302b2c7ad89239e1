"""Word files as colleagues send them: tracked changes, text boxes, content controls, headers and
footers, footnotes and comments, lists and tables of dated events. The stored text is what the
page shows, one paragraph or table row per line. The texts are our own invented wording."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml

from tests.fixtures.reader_builders import write
from timeline_app.readers import read_path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_text(tmp_path: Path, document: docx.document.Document) -> str:
    (article,) = read_path(write(tmp_path, "sitrep.docx", saved(document)))
    return article.text


def a_document(title: str = "Situation report 12") -> docx.document.Document:
    document = docx.Document()
    document.add_heading(title, level=0)
    return document


def test_tracked_insertions_are_read_and_tracked_deletions_are_not(tmp_path: Path) -> None:
    document = a_document()
    paragraph = document.add_paragraph("Shelling hit ")
    paragraph._p.append(
        parse_xml(
            f'<w:del {W} w:id="1" w:author="A" w:date="2025-11-19T09:00:00Z">'
            "<w:r><w:delText>Kharkiv </w:delText></w:r></w:del>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:ins {W} w:id="2" w:author="A" w:date="2025-11-19T09:00:00Z">'
            '<w:r><w:t xml:space="preserve">Sumy </w:t></w:r></w:ins>'
        )
    )
    paragraph.add_run("on 18 November.")
    text = read_text(tmp_path, document)
    assert text == "Situation report 12\nShelling hit Sumy on 18 November."


def _text_box(text: str) -> str:
    """A run holding a text box as Word writes it: a DrawingML shape, and a VML copy of it for
    older readers (mc:Fallback)."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        f"<w:r {W} {MC} {WPS} {A} {V}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    document = a_document()
    paragraph = document.add_paragraph("Drones struck a fuel depot in Kharkiv on Tuesday.")
    paragraph._p.append(parse_xml(_text_box("Key figure: 14 drones were launched.")))
    document.add_paragraph("Engineers repaired the power line on Wednesday.")
    assert read_text(tmp_path, document).split("\n") == [
        "Situation report 12",
        "Drones struck a fuel depot in Kharkiv on Tuesday.",
        "Key figure: 14 drones were launched.",
        "Engineers repaired the power line on Wednesday.",
    ]


def test_a_content_control_on_the_cover_page_is_read(tmp_path: Path) -> None:
    document = a_document()
    body = document.element.body
    control = parse_xml(
        f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>19 November 2025</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(1, control)  # after the title
    document.add_paragraph("Drones struck a fuel depot in Kharkiv on Tuesday.")
    text = read_text(tmp_path, document)
    assert text.split("\n")[1] == "19 November 2025"


def test_headers_footers_footnotes_and_comments_are_not_the_article(tmp_path: Path) -> None:
    document = a_document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL - FOR INTERNAL USE"
    section.footer.paragraphs[0].text = "Page 1 of 3"
    paragraph = document.add_paragraph("Drones struck a fuel depot in Kharkiv on Tuesday.")
    document.add_comment(paragraph.runs, text="Check the date with the desk", author="Anna")
    assert read_text(tmp_path, document) == (
        "Situation report 12\nDrones struck a fuel depot in Kharkiv on Tuesday."
    )


def test_a_table_of_dated_events_keeps_one_row_per_line(tmp_path: Path) -> None:
    document = a_document()
    table = document.add_table(rows=4, cols=2)
    rows = [("Date", "Event"), ("17 Nov", "Strike on the fuel depot"), ("18 Nov", "Talks resumed")]
    for r, (day, event) in enumerate(rows):
        table.cell(r, 0).text = day
        table.cell(r, 1).text = event
    table.cell(2, 1).add_paragraph("in Geneva")  # a cell of two paragraphs
    table.cell(2, 0).merge(table.cell(3, 0))  # one date for two events
    table.cell(3, 1).text = "Prisoner exchange"
    assert read_text(tmp_path, document).split("\n") == [
        "Situation report 12",
        "Date | Event",
        "17 Nov | Strike on the fuel depot",
        "18 Nov | Talks resumed in Geneva",
        "18 Nov | Prisoner exchange",
    ]


def test_list_items_are_lines_of_their_own(tmp_path: Path) -> None:
    document = a_document()
    document.add_paragraph("Key events:")
    document.add_paragraph("Shelling of the port on 17 November", style="List Bullet")
    document.add_paragraph("Talks resumed on 18 November", style="List Number")
    assert read_text(tmp_path, document).split("\n")[1:] == [
        "Key events:",
        "Shelling of the port on 17 November",
        "Talks resumed on 18 November",
    ]


def test_a_placeholder_core_title_is_no_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Weekly situation report for the east")
    document.add_paragraph("Drones struck a fuel depot in Kharkiv on Tuesday.")
    document.core_properties.title = "Document1"
    (article,) = read_path(write(tmp_path, "brief.docx", saved(document)))
    assert article.title == "Weekly situation report for the east"


def test_the_title_style_is_the_title(tmp_path: Path) -> None:
    document = a_document("Weekly report: eastern districts")
    document.add_paragraph("Drones struck a fuel depot in Kharkiv on Tuesday.")
    document.core_properties.title = "Template for reports"
    (article,) = read_path(write(tmp_path, "brief.docx", saved(document)))
    assert article.title == "Weekly report: eastern districts"
