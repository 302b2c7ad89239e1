"""Every bad input gives a ReaderError with a clear one-line reason (never another exception)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fixtures.reader_builders import (
    a_scanned_pdf_bytes,
    a_zip_bytes,
    an_encrypted_pdf_bytes,
    write,
)
from timeline_app.readers import ReaderError, read_path


def _reason(path: Path, **kwargs: object) -> str:
    with pytest.raises(ReaderError) as caught:
        read_path(path, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_empty_file(tmp_path: Path) -> None:
    assert _reason(write(tmp_path, "empty.txt", b"")) == "empty file"


def test_white_space_only_text(tmp_path: Path) -> None:
    assert "no text" in _reason(write(tmp_path, "blank.txt", "  \n\t\n"))


def test_binary_data_named_txt(tmp_path: Path) -> None:
    noise = bytes(range(256)) * 40
    assert (
        _reason(write(tmp_path, "photo.txt", noise)) == "binary data, not text (named 'photo.txt')"
    )


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "word " * 1000)
    assert _reason(path, max_bytes=1000) == "file too large: 5000 bytes (the limit is 1000 bytes)"


def test_size_limit_in_megabytes(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"a" * (3 * 2**20))
    assert _reason(path, max_bytes=2**20) == "file too large: 3.0 MB (the limit is 1.0 MB)"


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.pdf", an_encrypted_pdf_bytes("Troops withdrew on Monday."))
    assert _reason(path).startswith("password-protected PDF")


def test_scanned_pdf_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", a_scanned_pdf_bytes())
    assert _reason(path).startswith("scanned PDF without a text layer")


def test_truncated_pdf(tmp_path: Path) -> None:
    assert "PDF" in _reason(write(tmp_path, "cut.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type"))


def test_corrupt_zip(tmp_path: Path) -> None:
    good = a_zip_bytes({"a.txt": "Some text about a meeting on Monday."})
    assert _reason(write(tmp_path, "broken.zip", good[:30])).startswith("corrupt zip archive")


def test_not_a_zip_at_all(tmp_path: Path) -> None:
    assert _reason(write(tmp_path, "fake.zip", b"this is not an archive")).startswith(
        "corrupt zip archive"
    )


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    bomb = a_zip_bytes({"zeros.txt": b"0" * (20 * 2**20)})
    assert _reason(write(tmp_path, "bomb.zip", bomb)).startswith("zip bomb refused:")


def test_zip_bomb_by_total_size(tmp_path: Path) -> None:
    entries = {f"part{i}.txt": os.urandom(1000).hex() * 100 for i in range(5)}  # 100:1 each
    path = write(tmp_path, "many.zip", a_zip_bytes(entries))
    reason = _reason(path, max_bytes=200_000)
    assert reason == "zip bomb refused: 1000000 bytes uncompressed (limit 800000 bytes)"


@pytest.mark.parametrize(
    "name", ["../escape.txt", "/etc/passwd.txt", "a/../../up.txt", "C:/win.txt"]
)
def test_zip_with_unsafe_entry_path_is_refused(tmp_path: Path, name: str) -> None:
    archive = a_zip_bytes({"good.txt": "A meeting took place on Monday in the capital.", name: "x"})
    reason = _reason(write(tmp_path, "evil.zip", archive))
    assert reason == f"unsafe path in zip archive refused: {name!r}"


def test_zip_with_nothing_readable(tmp_path: Path) -> None:
    archive = a_zip_bytes({"empty.txt": b"", "noise.txt": bytes(range(256)) * 8})
    assert _reason(write(tmp_path, "junk.zip", archive)).startswith(
        "no readable article in the archive"
    )


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", "Talks resumed on Friday.")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert _reason(path) == "permission denied (the file is not readable)"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", "Talks resumed on Friday.")
    path.chmod(0)
    assert _reason(path) == "permission denied (the file is not readable)"


def test_missing_file(tmp_path: Path) -> None:
    assert _reason(tmp_path / "gone.txt").startswith("file not found")


def test_file_deleted_between_listing_and_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "vanishing.txt", "Talks resumed on Friday.")

    def vanish(self: Path, *args: object, **kwargs: object) -> None:
        raise FileNotFoundError(2, "No such file or directory", str(self))

    monkeypatch.setattr(Path, "open", vanish)
    assert _reason(path) == "file not found (deleted or moved before it could be read)"


def test_folder_given_as_file(tmp_path: Path) -> None:
    assert _reason(tmp_path) == "is a folder, not a file"


def test_malformed_feed(tmp_path: Path) -> None:
    assert _reason(
        write(tmp_path, "feed.xml", "<?xml version='1.0'?><rss><channel><item>")
    ).startswith("malformed XML")


def test_feed_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        "<rss><channel><item><title>&b;</title></item></channel></rss>"
    )
    assert _reason(write(tmp_path, "lol.xml", bomb)).startswith("unsafe XML refused")


def test_json_that_is_not_news_please(tmp_path: Path) -> None:
    path = write(tmp_path, "config.json", '{"colour": "blue", "size": 3}')
    assert _reason(path).startswith("JSON without news-please articles")


def test_broken_json_lines(tmp_path: Path) -> None:
    # A broken line (an interrupted crawl's last) fails alone, with its reason; the others are read.
    path = write(tmp_path, "items.jsonl", '{"maintext": "A strike hit the depot."}\n{"maintext": ')
    failures: list[tuple[str, str]] = []
    assert [a.text for a in read_path(path, failures=failures)] == ["A strike hit the depot."]
    assert failures == [(f"{path}#line-2", "not valid JSON (line 2: Expecting value)")]
    # With no line readable the file fails with the first line's reason.
    path = write(tmp_path, "broken.jsonl", '{"maintext": \n{"maintext": ')
    assert _reason(path) == "not valid JSON (line 1: Expecting value)"


def test_corrupt_docx(tmp_path: Path) -> None:
    archive = a_zip_bytes({"word/document.xml": "<not-really-word/>"})
    assert "Word document" in _reason(write(tmp_path, "report.docx", archive))


def test_unsupported_binary_type(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert _reason(write(tmp_path, "map.png", png)) == "unsupported file type (.png)"
