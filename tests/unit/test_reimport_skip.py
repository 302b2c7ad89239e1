"""Re-importing what the store holds already: the files are read, their unchanged articles are not
extracted again, and the reports and the store are what a full re-import gives."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.unit.test_importer import articles_in
from tests.unit.test_store_import_caches import dump
from timeline_app.domain.model import Extraction, RawArticle, content_hash
from timeline_app.services import worker
from timeline_app.services.importer import import_paths, store_outcomes
from timeline_app.services.worker import ArticleResult, FileOutcome, ReadRequest, read_and_extract
from timeline_app.store.repositories import Store


def reports_of(store: Store, folder: Path) -> list[tuple[str, str, int]]:
    steps = import_paths(store, [folder], workers=1)  # in this process: extraction is watched
    return [(Path(r.path).name, r.status, r.events) for s in steps for r in s.reports]


def no_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make extraction record what it is asked to extract (and still do it)."""
    extracted: list[str] = []
    real = worker.extract

    def watched(article: RawArticle):  # noqa: ANN202
        extracted.append(Path(article.source_path).name)
        return real(article)

    monkeypatch.setattr(worker, "extract", watched)
    return extracted


def test_an_unchanged_folder_is_read_but_not_extracted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a folder imported once
    articles_in(tmp_path / "in", 4)
    with Store(tmp_path / "s.sqlite") as store:
        first = reports_of(store, tmp_path / "in")
        before = dump(tmp_path / "s.sqlite")
        # when it is imported again, one file changed and one added
        (tmp_path / "in" / "002.txt").write_text("Shelling hit Sumy on 4 March 2024.\n")
        (tmp_path / "in" / "009.txt").write_text("Aid reached Kherson on 6 March 2024.\n")
        extracted = no_extraction(monkeypatch)
        again = reports_of(store, tmp_path / "in")
    # then only the changed and the new file were extracted
    assert sorted(extracted) == ["002.txt", "009.txt"]
    # and the unchanged ones are reported as ever, with their event counts
    assert [r for r in again if r[0] not in ("002.txt", "009.txt")] == [
        (name, "unchanged", events) for name, _, events in first if name != "002.txt"
    ]
    assert again[2][:2] == ("002.txt", "updated") and again[4][:2] == ("009.txt", "imported")
    assert before["article"] != dump(tmp_path / "s.sqlite")["article"]  # the update landed


def test_an_unchanged_reimport_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles_in(tmp_path / "in", 6)
    with Store(tmp_path / "s.sqlite") as store:
        reports_of(store, tmp_path / "in")
        before = dump(tmp_path / "s.sqlite")
        extracted = no_extraction(monkeypatch)
        assert {status for _, status, _ in reports_of(store, tmp_path / "in")} == {"unchanged"}
    assert extracted == []
    assert dump(tmp_path / "s.sqlite") == before


def test_the_articles_of_an_archive_are_known_by_the_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "Drones struck Odesa on 3 March 2024, officials said.\n")
        archive.writestr("b.txt", "Talks were held in Geneva on 5 March 2024.\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bundle.zip").write_bytes(buffer.getvalue())
    with Store(tmp_path / "s.sqlite") as store:
        assert {s for _, s, _ in reports_of(store, tmp_path / "in")} == {"imported"}
        extracted = no_extraction(monkeypatch)
        assert {s for _, s, _ in reports_of(store, tmp_path / "in")} == {"unchanged"}
    assert extracted == []


def test_the_worker_skips_only_a_text_the_store_holds(tmp_path: Path) -> None:
    path = articles_in(tmp_path / "in", 1)[0]
    text = path.read_text()
    skipped = read_and_extract(ReadRequest(str(path), stored=frozenset({content_hash(text)})))
    assert skipped.articles[0].stored and skipped.articles[0].extraction is None
    other = read_and_extract(ReadRequest(str(path), stored=frozenset({content_hash("other")})))
    assert not other.articles[0].stored and other.articles[0].extraction is not None


def test_a_text_removed_from_the_store_meanwhile_fails_with_a_reason(tmp_path: Path) -> None:
    # given an outcome whose worker found its text stored, which has gone since (another window)
    article = RawArticle("Drones struck Odesa on 3 March 2024.", source_path="a.txt")
    outcome = FileOutcome("a.txt", (ArticleResult(article, None, stored=True),))
    talks = RawArticle("Talks were held in Geneva.", source_path="b.txt")
    fresh = FileOutcome("b.txt", (ArticleResult(talks, Extraction((), ())),))
    with Store(tmp_path / "s.sqlite") as store:
        reports = store_outcomes(store, [outcome, fresh])
        # then that article fails with a reason, nothing of it is stored, and the others go on
        assert reports[0][0].status == "failed"
        assert "import the file again" in reports[0][0].reason
        assert reports[1][0].status == "imported"
        assert [a.title or a.source_path for a in store.articles()] == ["b.txt"]
