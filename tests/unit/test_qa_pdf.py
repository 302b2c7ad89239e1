"""PDFs as analysts get them: wrapped paragraphs, running headers and footers, a browser's print
header and footer, hyphenated words, two columns, footnotes, scanned pages. The stored text must
be running text (one line per paragraph) and an event's sentence must be exactly the sentence,
also when it runs across a page break. The texts are our own invented wording."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import (
    a_paged_pdf_bytes,
    a_pdf_bytes,
    a_printed_pdf_bytes,
    a_qt_pdf_sheet,
    write,
)
from timeline_app.domain.model import FileReport
from timeline_app.readers import read_path
from timeline_app.readers.pages import Line, running_text
from timeline_app.services.importer import import_paths
from timeline_app.store.repositories import Store

TOWNS = ["Kharkiv", "Sumy", "Odesa", "Dnipro", "Kherson", "Mykolaiv", "Poltava"]
PARAGRAPHS = [
    f"Officials in {town} said on Tuesday that convoy number {n} carrying medical aid had reached "
    f"the districts around {town} after {n + 2} delays. Engineers in {town} repaired a damaged "
    f"bridge, allowing {n * 3 + 4} trucks to cross before the first snow. The mayor of {town} "
    "thanked the volunteers."
    for n, town in enumerate(TOWNS)
]


def read_text(tmp_path: Path, data: bytes, name: str = "report.pdf") -> str:
    (article,) = read_path(write(tmp_path, name, data))
    return article.text


# --- paragraphs -----------------------------------------------------------------------------


def test_the_lines_of_a_paragraph_are_one_line_and_paragraphs_stay_apart(tmp_path: Path) -> None:
    text = read_text(tmp_path, a_paged_pdf_bytes(PARAGRAPHS[:3]))
    assert text == "\n\n".join(PARAGRAPHS[:3])


def test_a_heading_is_a_line_of_its_own(tmp_path: Path) -> None:
    blocks = ["# Situation report for the eastern districts", *PARAGRAPHS[:2]]
    text = read_text(tmp_path, a_paged_pdf_bytes(blocks))
    assert text.split("\n\n") == ["Situation report for the eastern districts", *PARAGRAPHS[:2]]


def test_an_indented_first_line_starts_a_paragraph(tmp_path: Path) -> None:
    lines = [
        "Drones struck the fuel depot in Kharkiv on Tuesday night, the regional governor said.",
        "The fire burned until morning and the depot was destroyed, officials said on Wednesday.",
        "Engineers repaired the power line later that week, and trains ran again on Friday.",
    ]
    page = [(72, 700, lines[0]), (72, 686, lines[1]), (90, 672, lines[2])]
    text = read_text(tmp_path, a_printed_pdf_bytes([page]))
    assert text == f"{lines[0]} {lines[1]}\n\n{lines[2]}"


def test_bullets_and_table_rows_stay_one_per_line(tmp_path: Path) -> None:
    page = [
        (72, 700, "Key events this week:"),
        (72, 686, "- Shelling of the port on 17 November."),
        (72, 672, "- Talks resumed in Geneva on 18 November."),
        (72, 640, "17 Nov"),
        (160, 640, "Strike on the fuel depot"),
        (72, 626, "18 Nov"),
        (160, 626, "Talks resume in Geneva"),
    ]
    text = read_text(tmp_path, a_printed_pdf_bytes([page]))
    # (pypdf gives the cells of a row as one line when the file draws them as one: their gap
    # is a space. Cells it reports apart on one baseline are joined by " | ".)
    assert text.split("\n\n") == [
        "Key events this week:",
        "- Shelling of the port on 17 November.",
        "- Talks resumed in Geneva on 18 November.",
        "17 Nov Strike on the fuel depot",
        "18 Nov Talks resume in Geneva",
    ]


def test_cells_reported_apart_on_one_baseline_are_one_row() -> None:
    lines = [
        Line("Date", 700, 72, 95, 11),
        Line("Event", 700, 160, 190, 11),
        Line("17 Nov", 686, 72, 105, 11),
        Line("Strike on the fuel depot", 686, 160, 290, 11),
    ]
    assert running_text([lines]).text == "Date | Event\n\n17 Nov | Strike on the fuel depot"


def test_pages_that_end_a_paragraph_stay_apart(tmp_path: Path) -> None:
    pages = ["Published: 19 November 2025", "Drones struck a fuel depot on Tuesday night."]
    text = read_text(tmp_path, a_pdf_bytes(pages))
    assert text == "Published: 19 November 2025\n\nDrones struck a fuel depot on Tuesday night."


# --- hyphens, ligatures, spaces -------------------------------------------------------------


def test_a_word_hyphenated_at_a_line_end_is_joined_and_a_compound_keeps_its_hyphen(
    tmp_path: Path,
) -> None:
    block = (
        "Engineers said the road to the city of Zapo-\n"
        "rizhzhia was open again, that Russian-\n"
        "backed officials had left and that self-\n"
        "declared leaders of the 2024-\n"
        "25 council had fled to the south."
    )
    text = read_text(tmp_path, a_paged_pdf_bytes([block]))
    assert text == (
        "Engineers said the road to the city of Zaporizhzhia was open again, that Russian-backed "
        "officials had left and that self-declared leaders of the 2024-25 council had fled to "
        "the south."
    )


def test_the_document_spells_a_broken_word_as_it_spells_it_elsewhere() -> None:
    lines = [
        Line("Pro-Kremlin media called the move a pro-", 700, 72, 300, 11),
        Line("vocation, and the Kremlin-backed governor re-", 686, 72, 300, 11),
        Line("peated it: a provocation by Kremlin-", 672, 72, 300, 11),
        Line("backed forces.", 658, 72, 150, 11),
    ]
    assert running_text([lines]).text == (
        "Pro-Kremlin media called the move a provocation, and the Kremlin-backed governor "
        "repeated it: a provocation by Kremlin-backed forces."
    )


def test_ligatures_soft_hyphens_and_tabs_become_plain_text() -> None:
    lines = [
        Line("The\tﬁrst\tofﬁcial   ﬁgures for Zapo\xad", 700, 72, 300, 11),
        Line("rizhzhia were pub\xadlished on Tuesday.", 686, 72, 200, 11),
    ]
    assert running_text([lines]).text == (
        "The first official figures for Zaporizhzhia were published on Tuesday."
    )


# --- running headers and footers ------------------------------------------------------------


@pytest.mark.parametrize(
    "footer", ["Page {page} of {pages}", "- {page} -", "{page}", "Eastern desk | {page}/{pages}"]
)
def test_running_headers_footers_and_page_numbers_are_not_text(tmp_path: Path, footer: str) -> None:
    data = a_paged_pdf_bytes(
        PARAGRAPHS, header="Situation Report No. 12 - Eastern Districts", footer=footer,
        lines_per_page=15,
    )  # fmt: skip
    text = read_text(tmp_path, data)
    assert text == "\n\n".join(PARAGRAPHS)  # the sentences broken by page breaks whole again


def test_a_browser_print_header_dates_the_printing_not_the_article(tmp_path: Path) -> None:
    data = a_paged_pdf_bytes(
        PARAGRAPHS[:4],
        header="19/11/2025, 14:03    Aid convoy reaches the eastern districts - Example News",
        footer="https://news.example.com/world/2025/11/18/aid-convoy    {page}/{pages}",
        lines_per_page=15,
        title="Aid convoy reaches the eastern districts - Example News",  # as browsers set it
    )
    (article,) = read_path(write(tmp_path, "Aid convoy.pdf", data))
    assert article.text == "\n\n".join(PARAGRAPHS[:4])
    assert article.url == "https://news.example.com/world/2025/11/18/aid-convoy"
    assert (article.title, article.site) == (
        "Aid convoy reaches the eastern districts",
        "Example News",
    )
    assert (article.published, article.published_source) == (date(2025, 11, 18), "url")


def test_the_print_date_on_a_line_of_its_own_is_not_the_publication_date(tmp_path: Path) -> None:
    body = textwrap.wrap(" ".join(PARAGRAPHS[:2]), 90)
    pages = [
        [
            (36, 775, "19/11/2025, 14:03", 9),
            (200, 762, "Aid convoy reaches the east - Example News", 9),
            *[(72, 730 - 14 * i, line) for i, line in enumerate(chunk)],
            (36, 30, "https://news.example.com/2025/11/18/aid-convoy", 9),
            (540, 18, f"{number}/2", 9),
        ]
        for number, chunk in enumerate([body[:6], body[6:]], 1)
    ]
    (article,) = read_path(write(tmp_path, "print.pdf", a_printed_pdf_bytes(pages)))
    assert article.text == " ".join(PARAGRAPHS[:2])
    assert (article.title, article.site) == ("Aid convoy reaches the east", "Example News")
    assert (article.published, article.published_source) == (date(2025, 11, 18), "url")


def test_a_single_printed_page_loses_its_print_lines_too(tmp_path: Path) -> None:
    data = a_paged_pdf_bytes(
        PARAGRAPHS[:1],
        header="11/19/25, 2:03 PM    Aid convoy reaches the eastern districts",
        footer="https://news.example.com/aid-convoy    1/1",
    )
    (article,) = read_path(write(tmp_path, "convoy.pdf", data))
    assert article.text == PARAGRAPHS[0]
    assert article.published is None  # the day it was printed is no publication date


def test_a_title_page_s_title_is_the_title_when_the_metadata_has_none(tmp_path: Path) -> None:
    cover = [
        (150, 600, "Humanitarian Situation Report", 24),
        (150, 570, "Eastern districts, week 46", 16),
        (150, 520, "Regional coordination office"),
        (150, 505, "19 November 2025"),
    ]
    body = [(72, 740, "Highlights", 16)]
    body += [(72, 712 - 14 * i, t) for i, t in enumerate(textwrap.wrap(PARAGRAPHS[0], 90))]
    data = a_printed_pdf_bytes([cover, [*body, (300, 30, "2", 9)]], title="untitled")
    (article,) = read_path(write(tmp_path, "sitrep.pdf", data))
    assert article.title == "Humanitarian Situation Report"
    assert article.text.split("\n\n") == [
        "Humanitarian Situation Report",
        "Eastern districts, week 46",
        "Regional coordination office",
        "19 November 2025",
        "Highlights",
        PARAGRAPHS[0],
    ]
    assert (article.published, article.published_source) == (date(2025, 11, 19), "dateline")


def test_a_live_report_s_time_stamp_is_text_not_a_print_header() -> None:
    lines = [
        Line(
            "19/11/2025, 14:03 Russian forces struck the port of Odesa overnight.", 760, 72, 400, 11
        ),
        Line("Rescue teams were still at work in the morning.", 746, 72, 330, 11),
    ]
    assert running_text([lines]).text == (
        "19/11/2025, 14:03 Russian forces struck the port of Odesa overnight. Rescue teams were "
        "still at work in the morning."
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Microsoft Word - draft3.docx", ""),
        ("untitled", ""),
        ("sitrep_12_final.pdf", ""),
        ("Situation report 12: eastern districts", "Situation report 12: eastern districts"),
    ],
)
def test_a_producer_s_placeholder_title_is_no_title(
    tmp_path: Path, title: str, expected: str
) -> None:
    (article,) = read_path(write(tmp_path, "r.pdf", a_paged_pdf_bytes(PARAGRAPHS[:1], title=title)))
    assert article.title == expected


# --- layout ---------------------------------------------------------------------------------


def test_two_columns_are_read_column_by_column_and_a_sentence_goes_on(tmp_path: Path) -> None:
    data = a_paged_pdf_bytes(PARAGRAPHS, columns=2, lines_per_page=18, footer="Page {page}")
    assert read_text(tmp_path, data) == "\n\n".join(PARAGRAPHS)


def test_a_footnote_does_not_break_the_sentence_it_interrupts(tmp_path: Path) -> None:
    pages = [
        [
            (72, 700, "Drones struck the fuel depot in Kharkiv on Tuesday night, the"),
            (375, 704, "1", 7),
            (381, 700, " regional"),
            (72, 686, "governor said, and the fire burned until"),
            (72, 60, "1 Figures from the regional administration.", 8),
        ],
        [(72, 700, "morning. Engineers repaired the power line later that week.")],
    ]
    assert read_text(tmp_path, a_printed_pdf_bytes(pages)) == (
        "Drones struck the fuel depot in Kharkiv on Tuesday night, the regional governor said, "
        "and the fire burned until morning. Engineers repaired the power line later that week."
        "\n\n1 Figures from the regional administration."
    )


def test_a_caption_inside_a_paragraph_follows_the_sentence_it_interrupts(tmp_path: Path) -> None:
    page = [
        (72, 700, "Drones struck the fuel depot in Kharkiv on Tuesday night, and the fire"),
        (72, 500, "Figure 2: The depot after the strike, seen from the north gate", 8),
        (72, 470, "burned until morning, the governor said. Engineers repaired the line."),
        (72, 456, "A second convoy left for the district on Thursday."),
    ]
    assert read_text(tmp_path, a_printed_pdf_bytes([page])).split("\n\n") == [
        "Drones struck the fuel depot in Kharkiv on Tuesday night, and the fire burned until "
        "morning, the governor said. Engineers repaired the line.",
        "Figure 2: The depot after the strike, seen from the north gate",
        "A second convoy left for the district on Thursday.",
    ]


def test_a_scanned_page_between_text_pages_joins_nothing_across_it(tmp_path: Path) -> None:
    pages = [
        [(72, 700, "The report opens with the shelling of the port and")],
        [],  # a scanned page: no text layer
        [(72, 700, "casualty figures collected by the regional administration.")],
    ]
    text = read_text(tmp_path, a_printed_pdf_bytes(pages))
    assert text == (
        "The report opens with the shelling of the port and\n\n"
        "casualty figures collected by the regional administration."
    )


# --- provenance -----------------------------------------------------------------------------


def test_an_event_s_sentence_across_a_page_break_is_exactly_the_sentence(tmp_path: Path) -> None:
    sentence = (
        "Russian drones struck a fuel depot in the city of Kharkiv on 18 November 2025, the "
        "regional governor said."
    )
    lead = "The regional administration published its weekly report on Wednesday."
    block = f"{lead} {sentence} Engineers restored power to the district."
    data = a_paged_pdf_bytes(
        ["# Weekly report", block], header="Weekly report - Eastern desk", footer="Page {page}",
        lines_per_page=4, width=70,
    )  # fmt: skip
    path = write(tmp_path / "in", "weekly.pdf", data)
    with Store(tmp_path / "store.sqlite") as store:
        reports: list[FileReport] = [
            r for step in import_paths(store, [path], workers=1) for r in step.reports
        ]
        article_id = reports[0].article_id or 0
        text = store.get_article(article_id).text
        events = store.events_for_article(article_id)
    assert "Page" not in text and text.count("Weekly report") == 1
    sources = [s for e in events for s in e.sources if "drones" in s.sentence]
    assert sources, [e.sources for e in events]
    for source in sources:
        assert source.sentence == sentence
        assert text[source.sentence_start : source.sentence_end] == sentence


# --- a PDF printed with real fonts (Qt's PDF writer: tabs between words, ligatures) ----------


def a_qt_printed_pdf(blocks: list[str], header: str, footer: str) -> bytes:
    """`blocks` (the first a heading) typeset by QTextDocument on A4 pages with a running header
    and footer drawn on each page ("{page}", "{pages}" filled in), as a browser prints a page."""
    html = f"<h1>{blocks[0]}</h1>" + "".join(f"<p>{b}</p>" for b in blocks[1:])
    qt_core, document, writer, buffer, painter = a_qt_pdf_sheet(html)
    width, height = writer.width(), writer.height()
    body = qt_core.QSizeF(width - 144, height - 160)
    document.setPageSize(body)
    pages = document.pageCount()
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.drawText(36, 30, header)
        painter.drawText(36, height - 20, footer.format(page=page + 1, pages=pages))
        painter.translate(72, 80 - page * body.height())
        document.drawContents(
            painter, qt_core.QRectF(0, page * body.height(), body.width(), body.height())
        )
        painter.restore()
    painter.end()
    return bytes(buffer.data().data())


def test_a_page_printed_with_real_fonts_reads_as_running_text(tmp_path: Path) -> None:
    # (soft hyphens where a browser may break a long word; Qt shapes "ffi" and "fi" as ligatures)
    soft = [p.replace("in", "in the ad\xadmin\xadis\xadtra\xadtion of", 1) for p in PARAGRAPHS]
    data = a_qt_printed_pdf(
        ["Aid convoys reach the eastern districts", *soft * 2],
        header="19/11/2025, 14:03   Aid convoys reach the east - Example News",
        footer="https://news.example.com/2025/11/18/aid-convoys    {page}/{pages}",
    )
    (article,) = read_path(write(tmp_path, "print.pdf", data))
    text = article.text
    assert "\t" not in text and "\xad" not in text and "ﬁ" not in text and "ﬃ" not in text
    assert "14:03" not in text and "https://" not in text and "/2" not in text
    assert text.startswith("Aid convoys reach the eastern districts\n\n")
    for paragraph in soft:
        assert paragraph.replace("\xad", "") in text  # whole, across lines and page breaks
    assert (article.title, article.site) == ("Aid convoys reach the east", "Example News")
    assert (article.published, article.published_source) == (date(2025, 11, 18), "url")
