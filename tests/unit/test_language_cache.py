"""The language model's cache (readers/langid_cache.py): the same answers as the packaged model on
every text, and a missing, stale, damaged or unwritable cache only costs the packaged model's load.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from timeline_app.readers import langid_cache, language
from timeline_app.readers.language import LANGUAGES

# Short texts in several of the languages and scripts (and a few that are none).
SHORT = [
    "Russian drones struck Kharkiv overnight.",
    "Російські дрони вдарили по Харкову вночі, повідомила обласна влада.",
    "Российские беспилотники атаковали Харьков ночью.",
    "Rosyjskie drony uderzyły w Charków w nocy.",
    "Ruské drony v noci zasáhly Charkov.",
    "Les drones russes ont frappé Kharkiv pendant la nuit.",
    "Russische Drohnen griffen in der Nacht Charkiw an.",
    "Los drones rusos atacaron Járkov durante la noche.",
    "Ρωσικά drones χτύπησαν το Χάρκοβο τη νύχτα.",
    "הרחפנים הרוסיים תקפו את חרקוב בלילה.",
    "هاجمت طائرات مسيرة روسية خاركيف ليلا.",
    "پهپادهای روسی شب گذشته به خارکیف حمله کردند.",
    "俄罗斯无人机夜间袭击了哈尔科夫。",
    "ロシアの無人機が夜間にハルキウを攻撃した。",
    "러시아 드론이 밤사이 하르키우를 공격했다.",
    "Rus insansız hava araçları gece Harkov'u vurdu.",
    "Venäläiset droonit iskivät Harkovaan yöllä.",
    "Kyiv 2024-03-04 12:00",
    "12345 67890 !!! ???",
    "",
    "a",
]


def random_texts(count: int) -> list[str]:
    """Letters (and spaces) drawn from one script each: Latin, Cyrillic, Greek, Arabic, Hebrew,
    CJK, Hangul, kana, and anything below U+3000."""
    rng = random.Random(5)
    ranges = [(0x41, 0x7A), (0x400, 0x4FF), (0x370, 0x3FF), (0x600, 0x6FF), (0x5D0, 0x5EA),
              (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x3040, 0x30FF), (0x20, 0x2FFF)]  # fmt: skip
    texts = []
    for _ in range(count):
        low, high = rng.choice(ranges)
        length = rng.choice([5, 30, 120, 600, 2000])
        texts.append(
            "".join(
                chr(rng.randint(low, high)) if rng.random() < 0.85 else " " for _ in range(length)
            )
        )
    return texts


def mixed_texts() -> list[str]:
    """Sentences of one language quoting another (an English report quoting Ukrainian, ...)."""
    sentences = [s for s in SHORT if len(s) > 30]
    rng = random.Random(9)
    return [" ".join(rng.choice(sentences) for _ in range(rng.randint(2, 40))) for _ in range(60)]


@pytest.fixture(scope="module")
def packaged() -> Any:
    return langid_cache.packaged(LANGUAGES)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TIMELINE_APP_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def cached_file(tmp_path_factory: pytest.TempPathFactory, packaged: Any) -> Path:
    """A valid cache file, written once for this module's tests."""
    from py3langid import langid

    key = langid_cache.cache_key(LANGUAGES, langid.MODEL_DIR / langid.MODEL_FILE)
    path = tmp_path_factory.mktemp("langid") / "model.bin"
    langid_cache.save(path, key, packaged)
    assert path.is_file()
    return path


def the_key() -> dict[str, Any]:
    from py3langid import langid

    return langid_cache.cache_key(LANGUAGES, langid.MODEL_DIR / langid.MODEL_FILE)


def a_copy(cached_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.bin"
    shutil.copyfile(cached_file, path)
    return path


def test_the_cached_model_is_mapped_not_copied(cached_file: Path) -> None:
    identifier = langid_cache.load(cached_file, the_key())
    assert identifier is not None
    assert isinstance(identifier.tk_nextmove, memoryview)
    assert not identifier.nb_ptc.flags.owndata  # a view of the mapping


def test_the_cached_model_scores_every_text_exactly_as_the_packaged_one(
    cached_file: Path, packaged: Any
) -> None:
    cached = langid_cache.load(cached_file, the_key())
    texts = SHORT + random_texts(150) + mixed_texts()
    for text in texts:
        for sample in (text, text[:1500]):
            assert cached.rank(sample) == packaged.rank(sample), sample[:80]
            assert cached.classify(sample) == packaged.classify(sample)


def test_the_cached_model_agrees_on_real_articles(
    cached_file: Path, packaged: Any, devset_dir: Path, repo_dir: Path
) -> None:
    from timeline_app.eval.timeml import parse_document
    from timeline_app.readers.base import ReadContext
    from timeline_app.readers.registry import READERS, detect_format

    cached = langid_cache.load(cached_file, the_key())
    texts = []
    for path in sorted((devset_dir / "html").glob("*.html")) + sorted(
        p for p in (repo_dir / "data" / "samples").iterdir() if p.is_file()
    ):
        data = path.read_bytes()
        texts += [
            d.text for d in READERS[detect_format(path.name, data)](data, ReadContext(path.name))
        ]
    for path in sorted((devset_dir / "timeml").glob("*.tml")):
        texts.append(parse_document(path).text)
    assert len(texts) > 20
    for text in texts:
        sample = text[: language._SAMPLE_CHARS]
        assert cached.rank(sample) == packaged.rank(sample)


def test_the_first_load_writes_the_cache_and_the_next_maps_it(
    cache_dir: Path, packaged: Any
) -> None:
    first = langid_cache.load_identifier(LANGUAGES)
    files = list(cache_dir.glob("langid-*.bin"))
    assert len(files) == 1
    assert not list(cache_dir.glob(".tmp-*"))  # written through a temporary file, renamed
    second = langid_cache.load_identifier(LANGUAGES)
    assert isinstance(first.tk_nextmove, memoryview)
    assert isinstance(second.tk_nextmove, memoryview)
    assert second.rank(SHORT[1]) == packaged.rank(SHORT[1])


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:-1], id="last byte missing"),
        pytest.param(lambda data: data + b"\0", id="padded"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: bytes(len(data)), id="zeroed"),
        pytest.param(lambda data: b"garbage" * 1000, id="garbage"),
        pytest.param(
            lambda data: data[:8] + (10**9).to_bytes(8, "little") + data[16:], id="header size"
        ),
        pytest.param(lambda data: data[:16] + b"[" + data[17:], id="header"),
    ],
)
def test_a_damaged_cache_is_refused(cached_file: Path, tmp_path: Path, damage: Any) -> None:
    path = tmp_path / "damaged.bin"
    path.write_bytes(damage(cached_file.read_bytes()))
    assert langid_cache.load(path, the_key()) is None


def test_a_cache_whose_tables_changed_is_refused(cached_file: Path, tmp_path: Path) -> None:
    # Same layout, size and end marker, but the feature table zeroed: the probes' rankings differ.
    data = bytearray(cached_file.read_bytes())
    view = memoryview(data)
    header_size = int.from_bytes(view[8:16], "little")
    import json

    header = json.loads(bytes(view[16 : 16 + header_size]))
    start = -(-(16 + header_size) // 64) * 64
    spec = header["tables"]["ptc"]
    data[start + spec["offset"] : start + spec["offset"] + spec["size"]] = bytes(spec["size"])
    path = tmp_path / "changed.bin"
    path.write_bytes(bytes(data))
    assert langid_cache.load(path, the_key()) is None


def test_a_cache_for_another_version_or_languages_is_neither_used_nor_overwritten(
    cached_file: Path,
) -> None:
    key = the_key()
    assert langid_cache.load(cached_file, {**key, "py3langid": "0.0.1"}) is None
    assert langid_cache.load(cached_file, {**key, "languages": ["en", "de"]}) is None
    assert langid_cache.load(cached_file, {**key, "model": [*key["model"][:2], 0]}) is None
    # a different key is a different file name
    assert langid_cache.cache_path(key) != langid_cache.cache_path({**key, "py3langid": "0.0.1"})
    assert langid_cache.cache_path(key) != langid_cache.cache_path({**key, "languages": ["en"]})


def test_a_damaged_cache_is_replaced_and_stale_ones_are_dropped(
    cache_dir: Path, cached_file: Path
) -> None:
    path = langid_cache.cache_path(the_key())
    cache_dir.mkdir()
    path.write_bytes(cached_file.read_bytes()[:1000])
    stale = langid_cache.cache_path({**the_key(), "py3langid": "0.0.1"})
    stale.write_bytes(b"old")
    another_install = langid_cache.cache_path({**the_key(), "model": ["/elsewhere", 1, 2]})
    another_install.write_bytes(b"theirs")
    identifier = langid_cache.load_identifier(LANGUAGES)
    assert identifier.classify(SHORT[1])[0] == "uk"
    assert langid_cache.load(path, the_key()) is not None  # rewritten whole
    assert not stale.exists()
    assert another_install.read_bytes() == b"theirs"


def test_an_unwritable_cache_folder_falls_back_to_the_packaged_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, packaged: Any
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TIMELINE_APP_CACHE_DIR", str(blocker / "cache"))
    identifier = langid_cache.load_identifier(LANGUAGES)
    assert identifier.rank(SHORT[2]) == packaged.rank(SHORT[2])
    assert blocker.read_text() == "not a folder"


def test_detect_language_answers_from_the_cache(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "_identifier", None)
    assert language.detect_language(SHORT[1]) == "uk"
    assert language.detect_language(SHORT[0] * 2) == "en"
    assert language.detect_language("12") == language.FALLBACK
    assert list(cache_dir.glob("langid-*.bin"))


def test_reading_text_imports_neither_numpy_nor_the_heavy_readers_until_needed(
    repo_dir: Path, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Kharkiv\n\nRussian drones struck Kharkiv on 3 March 2024, the governor said."
    )
    code = (
        "import sys\n"
        "import timeline_app.readers as r\n"
        "print(sorted(m for m in ('numpy', 'py3langid', 'trafilatura', 'lxml', 'pypdf', 'docx')"
        " if m in sys.modules))\n"
        f"r.read_path(__import__('pathlib').Path({str(article)!r}))\n"
        "print(sorted(m for m in ('numpy', 'trafilatura', 'lxml', 'pypdf', 'docx')"
        " if m in sys.modules))\n"
    )
    env = {"PYTHONPATH": str(repo_dir), "TIMELINE_APP_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert proc.stdout.splitlines() == ["[]", "['numpy']"]
