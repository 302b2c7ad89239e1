"""PDF reports laid out in columns, boxes and tables, read in reading order: sitreps in two or
three columns (drawn column by column or row by row), a full-width title and lead above columns,
a "Key figures" sidebar, an incident table, an academic paper with footnotes, a newspaper page of
several stories, a caption inside a column, a right-to-left page. Each expected text was decided
from the page as a reader reads it. The texts are our own invented wording."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import (
    PrintedLine,
    a_column,
    a_printed_pdf_bytes,
    a_qt_pdf_sheet,
    row_by_row,
    write,
)
from timeline_app.domain.model import FileReport
from timeline_app.readers import read_path
from timeline_app.readers.page_columns import in_reading_order
from timeline_app.readers.pages import Line, running_text
from timeline_app.services.importer import import_paths
from timeline_app.store.repositories import Store

LEFT = [
    "Drones struck a fuel depot on the northern edge of Kharkiv on 17 November 2025, the "
    "regional governor said. Fire crews worked through the night to stop the blaze from "
    "reaching the rail yard next to the depot.",
    "Water and power were cut in three districts of the city for most of the following day, "
    "and schools moved their lessons online until the lines were repaired.",
]
RIGHT = [
    "Shelling of the port of Odesa on 19 November 2025 killed two dock workers and damaged a "
    "grain terminal, officials said. The harbour master closed two berths while engineers "
    "checked the quay walls for cracks.",
    "Aid agencies in Mykolaiv reported that a convoy of twelve trucks with winter supplies had "
    "reached the villages along the river after a delay of four days.",
]
THIRD = [
    "In Sumy, the regional council voted on 20 November 2025 to open two more shelters near "
    "the border crossings, where families arrive every evening by bus.",
]


def read_text(tmp_path: Path, data: bytes, name: str = "report.pdf") -> str:
    (article,) = read_path(write(tmp_path, name, data))
    return article.text


def two_columns(left: list[str], right: list[str], top: float = 720) -> list[PrintedLine]:
    return [
        *a_column(left, x=72, top=top, width=42),
        *a_column(right, x=320, top=top, width=42),
    ]


# --- columns --------------------------------------------------------------------------------


def test_two_columns_drawn_row_by_row_are_read_column_by_column(tmp_path: Path) -> None:
    page = row_by_row(two_columns(LEFT, RIGHT))
    assert read_text(tmp_path, a_printed_pdf_bytes([page])) == "\n\n".join(LEFT + RIGHT)


@pytest.mark.parametrize("kerned", [False, True])
def test_two_columns_drawn_row_by_row_in_one_text_object(tmp_path: Path, kerned: bool) -> None:
    page = row_by_row(two_columns(LEFT, RIGHT))
    data = a_printed_pdf_bytes([page], one_text_object=True, kerned=kerned)
    assert read_text(tmp_path, data) == "\n\n".join(LEFT + RIGHT)


def test_two_columns_drawn_column_by_column_keep_their_order(tmp_path: Path) -> None:
    page = two_columns(LEFT, RIGHT)
    assert read_text(tmp_path, a_printed_pdf_bytes([page])) == "\n\n".join(LEFT + RIGHT)


def test_a_sentence_going_on_at_the_top_of_the_next_column_is_whole(tmp_path: Path) -> None:
    # One paragraph wrapped over both columns: the left column ends mid-sentence.
    lines = textwrap.wrap(" ".join(LEFT + RIGHT), 42)
    half = len(lines) // 2
    page: list[PrintedLine] = [(72, 720 - 14 * i, t) for i, t in enumerate(lines[:half])]
    page += [(320, 720 - 14 * i, t) for i, t in enumerate(lines[half:])]
    assert read_text(tmp_path, a_printed_pdf_bytes([row_by_row(page)])) == " ".join(LEFT + RIGHT)


def test_a_full_width_title_and_lead_are_read_before_the_columns(tmp_path: Path) -> None:
    lead = (
        "This weekly report covers attacks on energy sites and ports in the south and east, "
        "and the aid convoys that reached the front-line villages during the week."
    )
    page = [
        *a_column(["# Weekly situation report: eastern and southern regions"], x=72, top=740,
                  width=60),
        *a_column([lead], x=72, top=700, width=90),
        *two_columns(LEFT, RIGHT, top=650),
    ]  # fmt: skip
    text = read_text(tmp_path, a_printed_pdf_bytes([row_by_row(page)]))
    assert text.split("\n\n") == [
        "Weekly situation report: eastern and southern regions",
        lead,
        *LEFT,
        *RIGHT,
    ]


def test_three_columns_drawn_row_by_row(tmp_path: Path) -> None:
    page = [
        *a_column(LEFT, x=50, top=720, width=30, size=9, leading=11),
        *a_column(RIGHT, x=230, top=720, width=30, size=9, leading=11),
        *a_column(THIRD, x=410, top=720, width=30, size=9, leading=11),
    ]
    text = read_text(tmp_path, a_printed_pdf_bytes([row_by_row(page)]))
    assert text == "\n\n".join(LEFT + RIGHT + THIRD)


def test_columns_over_several_pages_with_running_heads(tmp_path: Path) -> None:
    pages = []
    for number, (left, right) in enumerate([(LEFT, RIGHT[:1]), (THIRD, RIGHT[1:])], 1):
        page = [
            (72, 770, "Humanitarian update | Eastern districts", 9),
            *row_by_row(two_columns(left, right)),
            (300, 30, f"Page {number} of 2", 9),
        ]
        pages.append(page)
    text = read_text(tmp_path, a_printed_pdf_bytes(pages))
    assert text == "\n\n".join(LEFT + RIGHT[:1] + THIRD + RIGHT[1:])


# --- boxes, tables, captions, notes ---------------------------------------------------------


def test_a_key_figures_sidebar_stays_together_and_out_of_the_body(tmp_path: Path) -> None:
    figures = ["# Key figures", "41 civilians killed\n118 injured\n2,300 newly displaced"]
    page = [
        *a_column(LEFT + RIGHT, x=72, top=720, width=60),
        *a_column(figures, x=420, top=716, width=24, size=9, leading=12),
    ]
    text = read_text(tmp_path, a_printed_pdf_bytes([row_by_row(page)]))
    assert text.split("\n\n") == [
        *LEFT,
        *RIGHT,
        "Key figures",
        "41 civilians killed",
        "118 injured",
        "2,300 newly displaced",
    ]


INCIDENTS = [
    ("Date", "Place", "Event", "Casualties"),
    ("17 Nov 2025", "Kharkiv", "Drone strike on a fuel depot", "3"),
    ("18 Nov 2025", "Sumy", "Shelling of a border village", "1"),
    ("19 Nov 2025", "Odesa", "Missile strike on the port", "2"),
    ("20 Nov 2025", "Kherson", "Artillery fire on a market", "5"),
]


def test_an_incident_table_drawn_row_by_row_keeps_one_line_per_row(tmp_path: Path) -> None:
    intro = "The table lists the incidents the monitoring team verified this week."
    outro = "Figures are provisional and will be revised as reports are confirmed."
    page: list[PrintedLine] = [(72, 740, intro)]
    for row, cells in enumerate(INCIDENTS):
        page += [
            (x, 710 - 16 * row, cell) for x, cell in zip((72, 150, 220, 430), cells, strict=True)
        ]
    page.append((72, 610, outro))
    text = read_text(tmp_path, a_printed_pdf_bytes([page]))
    assert text.split("\n\n") == [intro, *(" | ".join(r) for r in INCIDENTS), outro]


def test_a_table_cell_wrapped_over_two_lines_stays_in_its_row(tmp_path: Path) -> None:
    rows = [
        [(72, 700, "17 Nov 2025"), (150, 700, "Kharkiv"), (220, 700, "Drone strike on a fuel"),
         (430, 700, "3")],
        [(220, 688, "depot near the rail yard")],
        [(72, 672, "18 Nov 2025"), (150, 672, "Sumy"), (220, 672, "Shelling of a village"),
         (430, 672, "1")],
        [(72, 656, "19 Nov 2025"), (150, 656, "Odesa"), (220, 656, "Strike on the port"),
         (430, 656, "2")],
    ]  # fmt: skip
    page: list[PrintedLine] = [cell for row in rows for cell in row]
    text = read_text(tmp_path, a_printed_pdf_bytes([page]))
    assert text.split("\n\n") == [
        "17 Nov 2025 | Kharkiv | Drone strike on a fuel depot near the rail yard | 3",
        "18 Nov 2025 | Sumy | Shelling of a village | 1",
        "19 Nov 2025 | Odesa | Strike on the port | 2",
    ]


def test_a_caption_in_a_column_does_not_break_the_sentence(tmp_path: Path) -> None:
    left = a_column(LEFT[:1], x=72, top=720, width=42)
    body, rest = left[:2], left[2:]
    caption = (72, 680, "Figure 1: The depot after the strike", 8)
    moved = [(x, y - 40, t, *s) for x, y, t, *s in rest]
    page = [*body, caption, *moved, *a_column(RIGHT[:1], x=320, top=720, width=42)]
    text = read_text(tmp_path, a_printed_pdf_bytes([row_by_row(page)]))
    assert text.split("\n\n") == [LEFT[0], "Figure 1: The depot after the strike", RIGHT[0]]


def test_an_academic_paper_in_two_columns_reads_its_footnotes_last(tmp_path: Path) -> None:
    para = (
        "Attacks on energy infrastructure rose sharply in the autumn of 2025, and the pattern of "
        "strikes suggests a deliberate effort to cut power to the regional capitals before the "
        "winter. Our data set records each strike with its date, place and the operator named "
        "by the regional administration, and we compare the weekly counts with the figures of "
        "the national grid operator over the same period."
    )
    lines = textwrap.wrap(para, 42)
    half = (len(lines) + 1) // 2
    # The left column ends mid-sentence above its footnotes; the right column goes on.
    page: list[PrintedLine] = [(72, 720 - 14 * i, t) for i, t in enumerate(lines[:half])]
    page += [
        (72, 120, "1 Counts from the regional administrations.", 8),
        (72, 110, "2 Grid operator figures, weekly.", 8),
    ]
    page += [(320, 720 - 14 * i, t) for i, t in enumerate(lines[half:])]
    page += a_column([THIRD[0]], x=320, top=720 - 14 * (len(lines) - half) - 10, width=42)
    page.append((300, 40, "3", 9))
    text = read_text(tmp_path, a_printed_pdf_bytes([row_by_row(page)]))
    assert text.split("\n\n") == [
        para,
        THIRD[0],
        "1 Counts from the regional administrations.",
        "2 Grid operator figures, weekly.",
    ]


def test_a_newspaper_page_reads_each_story_as_a_block(tmp_path: Path) -> None:
    story_a = ["# Port reopens after strike", RIGHT[0]]
    story_b = ["# Depot fire put out", LEFT[0]]
    story_c = ["# Convoy reaches villages", RIGHT[1]]
    page = [
        *a_column(story_a, x=72, top=740, width=90),
        *a_column(story_b, x=72, top=640, width=42),
        *a_column(story_c, x=320, top=640, width=42),
    ]
    text = read_text(tmp_path, a_printed_pdf_bytes([row_by_row(page)]))
    assert text.split("\n\n") == [
        "Port reopens after strike",
        RIGHT[0],
        "Depot fire put out",
        LEFT[0],
        "Convoy reaches villages",
        RIGHT[1],
    ]


def test_a_right_to_left_page_reads_its_right_column_first() -> None:
    # Hebrew: the right column's sentence goes on at the top of the left column.
    right = ["שורה ראשונה של הטור הימני", "שורה שנייה של הטור הימני", "והמשפט ממשיך"]
    left = ["בטור השמאלי עד סופו", "שורה שנייה של הטור השמאלי", "סוף הטור השמאלי."]
    lines = []
    for i in range(3):
        lines.append(Line(left[i], 700 - 14 * i, 72, 280, 11))
        lines.append(Line(right[i], 700 - 14 * i, 320, 540, 11))
    ordered = in_reading_order(lines, [[] for _ in lines])
    assert [ln.text for ln in ordered] == right + left
    assert running_text([ordered]).text == " ".join(right + left)


def test_a_page_without_columns_keeps_the_order_it_was_drawn_in() -> None:
    lines = [Line(f"Line {i} of the only column of this page.", 700 - 14 * i, 72, 300, 11)
             for i in range(6)]  # fmt: skip
    lines.insert(0, Line("Footer drawn first", 30, 72, 160, 9))
    assert in_reading_order(lines, [[] for _ in lines]) == lines


def test_words_that_start_at_one_x_on_several_lines_are_no_gutter() -> None:
    texts = textwrap.wrap(" ".join(LEFT), 45)
    lines = [Line(t, 700 - 14 * i, 72, 72 + 5.5 * len(t), 11) for i, t in enumerate(texts)]
    cuts: list[list[tuple[int, float, float, float]]] = [[] for _ in lines]
    for i in (0, 3, 6):  # a word in another font at x=150 on three lines of the paragraph
        at = texts[i].index(" ", 6) + 1
        cuts[i] = [(at, 150.0, 700 - 14 * i, 11.0)]
    ordered = in_reading_order(lines, cuts)
    assert [ln.text for ln in ordered] == texts
    assert running_text([ordered]).text == " ".join(LEFT)


@pytest.mark.parametrize("one_text_object", [False, True])
def test_a_two_page_sitrep_with_lead_columns_box_and_table(
    tmp_path: Path, one_text_object: bool
) -> None:
    lead = "This report covers attacks on energy sites and ports between 17 and 20 November 2025."
    figures = ["# Key figures", "41 civilians killed\n118 injured\n2,300 newly displaced"]
    head = (72, 770, "OCHA | Situation Report No. 12", 9)
    first = [
        head,
        *a_column(["# Escalation of hostilities in the east"], x=72, top=735, width=60),
        *a_column([lead], x=72, top=700, width=90),
        *a_column(LEFT, x=72, top=660, width=42),
        *a_column(RIGHT[:1], x=320, top=660, width=42),
        *a_column(figures, x=320, top=545, width=24, size=9, leading=12),
        (300, 30, "Page 1 of 2", 9),
    ]
    second: list[PrintedLine] = [head, (72, 740, "Incidents verified this week.")]
    for row, cells in enumerate(INCIDENTS):
        second += [
            (x, 715 - 16 * row, cell) for x, cell in zip((72, 150, 220, 430), cells, strict=True)
        ]
    second += [
        *a_column(RIGHT[1:], x=72, top=620, width=42),
        *a_column(THIRD, x=320, top=620, width=42),
        (300, 30, "Page 2 of 2", 9),
    ]
    pages = [row_by_row(first), row_by_row(second)]
    data = a_printed_pdf_bytes(pages, one_text_object=one_text_object)
    assert read_text(tmp_path, data).split("\n\n") == [
        "Escalation of hostilities in the east",
        lead,
        *LEFT,
        RIGHT[0],
        "Key figures",
        "41 civilians killed",
        "118 injured",
        "2,300 newly displaced",
        "Incidents verified this week.",
        *(" | ".join(row) for row in INCIDENTS),
        RIGHT[1],
        THIRD[0],
    ]


def test_a_numbered_list_with_its_numbers_drawn_apart_reads_item_by_item(tmp_path: Path) -> None:
    items = [LEFT[0], RIGHT[0], THIRD[0]]
    page: list[PrintedLine] = [(72, 740, "Main developments this week:")]
    y = 720.0
    for number, item in enumerate(items, 1):
        page.append((72, y, f"{number}."))  # the number, then the text at a tab stop
        for line in textwrap.wrap(item, 70):
            page.append((90, y, line))
            y -= 14
        y -= 6
    text = read_text(tmp_path, a_printed_pdf_bytes([page]))
    assert text.split("\n\n") == [
        "Main developments this week:",
        *(f"{n}. {item}" for n, item in enumerate(items, 1)),
    ]


# --- import: the events' dates and sentences -------------------------------------------------


@pytest.mark.parametrize(
    ("one_text_object", "kerned"), [(False, False), (True, False), (True, True)]
)
def test_events_in_columns_drawn_row_by_row_take_their_own_date_and_sentence(
    tmp_path: Path, one_text_object: bool, kerned: bool
) -> None:
    page = row_by_row(two_columns(LEFT, RIGHT))
    data = a_printed_pdf_bytes([page], one_text_object=one_text_object, kerned=kerned)
    path = write(tmp_path / "in", "sitrep.pdf", data)
    with Store(tmp_path / "store.sqlite") as store:
        reports: list[FileReport] = [
            r for step in import_paths(store, [path], workers=1) for r in step.reports
        ]
        article_id = reports[0].article_id or 0
        text = store.get_article(article_id).text
        events = store.events_for_article(article_id)
    depot = LEFT[0].split(". ")[0] + "."
    port = RIGHT[0].split(", officials said.")[0] + ", officials said."
    found = {s.sentence: e for e in events for s in e.sources}
    for sentence, day in ((depot, date(2025, 11, 17)), (port, date(2025, 11, 19))):
        assert sentence in found, sorted(found)
        event = found[sentence]
        assert event.span is not None and event.span.start == day
        (source,) = [s for s in event.sources if s.sentence == sentence]
        assert text[source.sentence_start : source.sentence_end] == sentence


# --- a PDF typeset with real fonts (Qt's PDF writer: measured widths, text drawn per run) -----


def a_qt_pdf(html: str) -> bytes:
    """`html` typeset by QTextDocument on one A4 page (columns as a table's cells)."""
    qt_core, document, writer, buffer, painter = a_qt_pdf_sheet(html)
    document.setPageSize(qt_core.QSizeF(writer.width() - 144, writer.height() - 160))
    painter.translate(72, 80)
    document.drawContents(painter)
    painter.end()
    return bytes(buffer.data().data())


def columns_html(*columns: list[str]) -> str:
    cells = "".join(
        f"<td width='{100 // len(columns)}%' valign='top'>{''.join(f'<p>{p}</p>' for p in c)}</td>"
        for c in columns
    )
    return f"<table width='100%' cellspacing='18'><tr>{cells}</tr></table>"


def test_columns_typeset_with_real_fonts(tmp_path: Path) -> None:
    html = "<h1>Weekly report</h1>" + columns_html(LEFT, RIGHT, THIRD)
    text = read_text(tmp_path, a_qt_pdf(html))
    assert text.split("\n\n") == ["Weekly report", *LEFT, *RIGHT, *THIRD]


def test_a_table_typeset_with_real_fonts_keeps_its_rows_and_numbers(tmp_path: Path) -> None:
    rows = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in INCIDENTS
    )
    html = (
        "<p>Incidents verified this week.</p>"
        f"<table border='1' cellpadding='3'>{rows}</table><p>Figures are provisional.</p>"
    )
    text = read_text(tmp_path, a_qt_pdf(html))
    assert text.split("\n\n") == [
        "Incidents verified this week.",
        *(" | ".join(row) for row in INCIDENTS),
        "Figures are provisional.",
    ]


def test_labels_and_values_set_in_two_columns_read_as_label_and_value(tmp_path: Path) -> None:
    fields = [
        ("Published:", "19 November 2025"),
        ("Location:", "Kharkiv region"),
        ("Source:", "Regional administration"),
    ]
    page: list[PrintedLine] = [(72, 740, "Situation report 12", 16)]
    for row, (label, value) in enumerate(fields):
        page += [(72, 710 - 14 * row, label), (160, 710 - 14 * row, value)]
    page += a_column(LEFT[:1], x=72, top=650, width=90)
    (article,) = read_path(write(tmp_path, "sitrep.pdf", a_printed_pdf_bytes([page])))
    assert article.text.split("\n\n") == [
        "Situation report 12",
        *(f"{label} {value}" for label, value in fields),
        LEFT[0],
    ]
    assert (article.published, article.published_source) == (date(2025, 11, 19), "dateline")


def test_a_page_number_beside_a_footer_is_furniture_and_a_table_s_last_number_is_not() -> None:
    body = [Line("Drones struck a fuel depot in Kharkiv on Tuesday.", 700, 72, 330, 11)]
    # A producer that draws the footer's name first and its page number last.
    footer = [Line("Eastern desk", 30, 72, 140, 9), Line("3", 30, 540, 546, 9)]
    text = running_text([[footer[0], *body, footer[1]]]).text
    assert text == "Eastern desk\n\nDrones struck a fuel depot in Kharkiv on Tuesday."
    row = [(72, "20 Nov 2025"), (200, "Kherson"), (400, "5")]
    table = [Line(cell, 600, x, x + 50, 11) for x, cell in row]
    text = running_text([[*body, *table]]).text
    assert text.endswith("\n\n20 Nov 2025 | Kherson | 5")
