"""Every format an analyst collects goes in by drag-and-drop on the real window, in one drop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.fixtures.reader_builders import (
    a_docx_bytes,
    a_pdf_bytes,
    a_zip_bytes,
    an_atom_feed,
    an_eml_bytes,
    an_html_page,
    an_mhtml_bytes,
    an_rss_feed,
    write,
)

from .conftest import drop_on, wait_for_import

STRIKE = "Russian drones attacked energy facilities in the Odesa region on Tuesday, officials said."
TALKS = "Ukrainian and American officials met in Geneva on Sunday to discuss the peace plan."


def _one_file_per_format(folder: Path) -> list[Path]:
    story = f"{STRIKE}\n\n{TALKS}"
    news_please = {
        "title": "Envoys meet in Geneva",
        "maintext": f"{TALKS} Filed from Geneva by the wire desk.",
        "date_publish": "2025-11-19 08:00:00",
        "url": "https://news.example.org/2025/11/19/geneva",
    }
    return [
        write(folder, "2025-11-19-wire.txt", f"Drones hit Odesa region\n\n{story}\n"),
        write(folder, "notes.md", f"# Talks in Geneva\n\nPublished: 19 November 2025\n\n{TALKS}\n"),
        write(folder, "page.html", an_html_page(body=story)),
        write(folder, "saved.mhtml", an_mhtml_bytes(an_html_page(title="Saved page", body=story))),
        write(folder, "brief.eml", an_eml_bytes(subject="Morning brief", plain=story)),
        write(folder, "report.pdf", a_pdf_bytes([STRIKE, TALKS, "Situation report number seven."])),
        write(folder, "memo.docx", a_docx_bytes("Situation memo", [STRIKE, TALKS])),
        write(
            folder,
            "wire.rss",
            an_rss_feed(
                [
                    (
                        "Odesa strike",
                        "https://w.example.org/1",
                        "Wed, 19 Nov 2025 08:00:00 GMT",
                        STRIKE,
                    )
                ]
            ),
        ),
        write(
            folder,
            "wire.atom",
            an_atom_feed(
                [
                    (
                        "Geneva talks",
                        "https://w.example.org/2",
                        "2025-11-19T08:00:00Z",
                        "2025-11-19T09:00:00Z",
                        TALKS,
                    )
                ]
            ),
        ),
        write(folder, "export.jsonl", json.dumps(news_please) + "\n"),
        write(
            folder,
            "bundle.zip",
            a_zip_bytes({"inner/2025-11-18-a.txt": f"Zip story\n\n{STRIKE}\n"}),
        ),
    ]


def test_every_format_dropped_at_once_is_imported(qtbot: Any, window: Any, tmp_path: Path) -> None:
    # given one file of every supported format
    files = _one_file_per_format(tmp_path / "in")
    # when the analyst drops them all on the window
    assert drop_on(window, files)
    summary = wait_for_import(qtbot, window)
    # then none failed (texts differ, so none is a duplicate), each gave an article, and their events are in the table
    assert {(Path(r.path).name, r.status) for r in summary.reports} == {
        (f.name, "imported") for f in files
    }
    sources = {
        Path(a.source_path.split("!")[0].split("#")[0]).name for a in window.store.articles()
    }
    assert sources == {f.name for f in files}
    # every article reports events; the same strike and talks from eleven files are merged
    articles = window.store.articles()
    assert all(window.store.events_for_article(a.id) for a in articles)
    qtbot.waitUntil(lambda: window.event_table.row_count() >= 2, timeout=10_000)
    most_sourced = max(e.source_count for e in window.store.events())
    assert most_sourced >= 5
