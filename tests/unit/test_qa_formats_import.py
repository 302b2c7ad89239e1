"""Found in the acceptance pass of importing every format and every bad input: mixed encodings,
a date line above a text's headline, archive entries that fail beside readable ones, and texts
that another file had stored already."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import STORY, a_zip_bytes, write
from timeline_app.readers import ReaderError, read_path
from timeline_app.readers.encoding import decode_bytes
from timeline_app.readers.text import headline
from timeline_app.services.extract_service import ExtractRequest, extract_file
from timeline_app.services.importer import UNDATED, import_paths, report_line
from timeline_app.store.repositories import Store

# --- mixed encodings -------------------------------------------------------------------------

HEAD = "Drohnenangriff auf Kiew\n\nKiew, 5. Oktober 2025 — Vier Menschen wurden getötet.\n\n"
BODY = (
    "Am Samstag traf der Kanzler den Präsidenten in Berlin.\n\n"
    "Die Kämpfe im Osten dauern an. Über Verluste wurde nichts berichtet.\n"
)


def test_a_utf8_head_over_a_longer_latin1_body_keeps_both_readable() -> None:
    # Two legacy lines outnumber the one UTF-8 line, whose dash and umlaut are still surely UTF-8.
    data = HEAD.encode("utf-8") + BODY.encode("latin-1")
    assert decode_bytes(data) == HEAD + BODY


def test_the_legacy_lines_of_a_mixed_text_are_decoded_by_a_guess_made_from_them_alone() -> None:
    head = "Удар по Харькову — итоги дня\n"
    body = (
        "Une frappe de missiles a tué trois personnes samedi, a annoncé le gouverneur régional.\n"
        "Jeudi, le président a reçu son homologue à l'Élysée; la France s'est engagée à aider.\n"
    )
    assert decode_bytes(head.encode("utf-8") + body.encode("cp1252")) == head + body


def test_a_legacy_text_with_one_lucky_utf8_pair_is_not_decoded_line_by_line() -> None:
    # "Ні" in cp1251 (CD B3) is valid UTF-8 by accident; the other lines are not.
    text = "Ні\nМіністри зустрілися у вівторок у Женеві.\nВони домовилися про нову зустріч.\n"
    assert decode_bytes(text.encode("cp1251")) == text


# --- a date line above the headline ----------------------------------------------------------


@pytest.mark.parametrize(
    "top",
    [
        "Published: 19 November 2025",
        "Publié le 19 novembre 2025",
        "Updated: 20 Nov 2025 10:31\nPublished: 19 November 2025",
        "19 November 2025",
    ],
)
def test_a_date_line_above_the_headline_is_not_the_title(top: str) -> None:
    text = f"{top}\n\nDrone attack on Odesa port injures four\n\n{STORY}\n"
    assert headline(text) == "Drone attack on Odesa port injures four"


def test_a_headline_with_a_year_in_it_is_still_the_title() -> None:
    assert headline(f"2025 budget talks stall in Kyiv\n\n{STORY}\n") == (
        "2025 budget talks stall in Kyiv"
    )


def test_a_date_line_over_a_first_sentence_gives_no_title() -> None:
    text = f"Published: 19 November 2025\n\n{STORY}\n"
    assert headline(text) == ""


# --- archive entries that fail beside readable ones ------------------------------------------

ARCHIVE = {
    "good.txt": "Convoy reaches the east\n\n" + STORY,
    "empty.txt": b"",
    "noise.txt": bytes(range(256)) * 8,
}


def test_read_path_names_each_archive_entry_it_could_not_read(tmp_path: Path) -> None:
    path = write(tmp_path, "bundle.zip", a_zip_bytes(ARCHIVE))
    failures: list[tuple[str, str]] = []
    articles = read_path(path, failures=failures)
    assert [a.source_path for a in articles] == [f"{path}!good.txt"]
    assert [p for p, _ in failures] == [f"{path}!empty.txt", f"{path}!noise.txt"]
    assert failures[0][1] == "empty file"
    assert "binary data" in failures[1][1]


def test_a_nested_archive_reports_its_failed_entries_too(tmp_path: Path) -> None:
    inner = a_zip_bytes(ARCHIVE)
    path = write(tmp_path, "outer.zip", a_zip_bytes({"inner.zip": inner, "top.txt": STORY}))
    failures: list[tuple[str, str]] = []
    assert len(read_path(path, failures=failures)) == 2
    assert [p for p, _ in failures] == [
        f"{path}!inner.zip!empty.txt",
        f"{path}!inner.zip!noise.txt",
    ]


def test_an_archive_with_nothing_readable_fails_whole_and_names_the_first_entry(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "bad.zip", a_zip_bytes({"empty.txt": b"", "noise.txt": b"\x00" * 99}))
    failures: list[tuple[str, str]] = []
    with pytest.raises(ReaderError, match=r"no readable article in the archive \(empty.txt: empty"):
        read_path(path, failures=failures)
    assert failures == []


def test_the_import_reports_the_failed_entries_of_an_archive(tmp_path: Path) -> None:
    path = write(tmp_path / "in", "bundle.zip", a_zip_bytes(ARCHIVE))
    with Store(tmp_path / "store.sqlite") as store:
        steps = list(import_paths(store, [path], workers=1))
    reports = [r for s in steps for r in s.reports]
    assert [(r.path, r.status) for r in reports] == [
        (f"{path}!good.txt", "imported"),
        (f"{path}!empty.txt", "failed"),
        (f"{path}!noise.txt", "failed"),
    ]
    assert report_line(reports[1]) == f"failed     {path}!empty.txt: empty file"


def test_extract_gives_an_error_object_for_each_failed_archive_entry(tmp_path: Path) -> None:
    path = write(tmp_path, "bundle.zip", a_zip_bytes(ARCHIVE))
    objects = extract_file(ExtractRequest(str(path)))
    assert [(o["file"], o["error"] is None) for o in objects] == [
        (f"{path}!good.txt", True),
        (f"{path}!empty.txt", False),
        (f"{path}!noise.txt", False),
    ]


# --- a text stored already from another file -------------------------------------------------


def test_a_text_stored_from_another_file_says_which(tmp_path: Path) -> None:
    first = write(tmp_path / "in", "a.txt", "Convoy reaches the east\n\n" + STORY)
    copy = write(tmp_path / "in", "copy.txt", "Convoy reaches the east\n\n" + STORY + "\n\n")
    with Store(tmp_path / "store.sqlite") as store:
        reports = [r for s in import_paths(store, [first, copy], workers=1) for r in s.reports]
        again = [r for s in import_paths(store, [first, copy], workers=1) for r in s.reports]
    assert [r.status for r in reports] == ["imported", "unchanged"]
    assert reports[1].reason == f"same text as {first}, stored already"
    assert report_line(reports[1]) == (f"unchanged  {copy}: same text as {first}, stored already")
    # Imported again: the first file is plainly unchanged; the copy is still not stored itself.
    assert [(r.status, r.reason) for r in again] == [
        ("unchanged", ""),
        ("unchanged", f"same text as {first}, stored already"),
    ]


def test_a_file_given_twice_is_plainly_unchanged_the_second_time(tmp_path: Path) -> None:
    first = write(tmp_path / "in", "a.txt", "Convoy reaches the east\n\n" + STORY)
    with Store(tmp_path / "store.sqlite") as store:
        reports = [r for s in import_paths(store, [first, first], workers=1) for r in s.reports]
    # (STORY has no publication date: the first report says so)
    assert [(r.status, r.reason) for r in reports] == [("imported", UNDATED), ("unchanged", "")]


# --- office documents and e-books that are zips ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "entries"),
    [
        (
            "report.odt",
            {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"},
        ),
        ("book.epub", {"mimetype": "application/epub+zip", "OEBPS/ch1.xhtml": "<p>x</p>"}),
        ("sheet.xlsx", {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<x/>"}),
    ],
)
def test_an_office_document_or_e_book_is_refused_not_read_as_an_archive(
    tmp_path: Path, name: str, entries: dict[str, bytes | str]
) -> None:
    path = write(tmp_path, name, a_zip_bytes(entries))
    with pytest.raises(ReaderError, match=r"^unsupported document type \(\.\w+\): an office"):
        read_path(path)


def test_a_docx_without_its_document_says_so(tmp_path: Path) -> None:
    entries = {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<x/>"}
    path = write(tmp_path, "memo.docx", a_zip_bytes(entries))
    with pytest.raises(ReaderError, match=r"Word document \(no word/document.xml inside\)"):
        read_path(path)


# --- news-please lines that are broken or without text ---------------------------------------


def test_a_news_please_line_without_text_is_named_beside_the_others(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "Paywalled", "maintext": None}),
        json.dumps({"title": "Open", "maintext": STORY}),
    ]
    path = write(tmp_path, "crawl.jsonl", "\n".join(lines))
    failures: list[tuple[str, str]] = []
    assert [a.title for a in read_path(path, failures=failures)] == ["Open"]
    assert failures == [(f"{path}#line-1", "no article text (no 'maintext' or 'text' field)")]


def test_a_news_please_file_of_white_space_lines_says_so(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="white space"):
        read_path(write(tmp_path, "blank.jsonl", " \n\n \n"))


# --- UTF-16 without a byte-order mark, in a non-Latin script ---------------------------------

CYRILLIC = (
    "Російська ракета влучила в Дніпро\n\n"
    "Російські війська вдарили по Дніпру у вівторок, загинули троє людей.\n"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_cyrillic_utf16_without_bom_is_text(tmp_path: Path, codec: str) -> None:
    article = read_path(write(tmp_path, "uk.txt", CYRILLIC.encode(codec)))[0]
    assert article.text == CYRILLIC
    assert article.language == "uk"


# --- text files that are no article ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("casualties.csv", "date,place,killed\n2025-11-18,Odesa,0\n"),
        ("map.svg", '<svg xmlns="http://www.w3.org/2000/svg"><text>Kharkiv</text></svg>'),
        ("route.kml", '<?xml version="1.0"?><kml><Placemark><name>Kyiv</name></Placemark></kml>'),
        ("settings.yaml", "language: en\n"),
    ],
)
def test_data_and_code_beside_the_articles_are_not_imported_as_articles(
    tmp_path: Path, name: str, content: str
) -> None:
    with pytest.raises(ReaderError, match=r"^unsupported file type \(\.\w+\)$"):
        read_path(write(tmp_path, name, content))


def test_a_saved_page_with_an_odd_suffix_is_still_read_by_its_content(tmp_path: Path) -> None:
    page = f"<!DOCTYPE html><html><body><article><p>{STORY}</p></article></body></html>"
    assert read_path(write(tmp_path, "page.cfm", page))[0].text.startswith("Officials")
