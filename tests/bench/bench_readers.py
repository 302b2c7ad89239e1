"""Benchmark: per-format read times (`read_path`, one process, warm). Prints figures; asserts
nothing. Run: `.venv/bin/python tests/bench/bench_readers.py [--n 300]`.

Files are generated in a temporary folder; the devset's HTML pages are timed too when present.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.fixtures.reader_builders import (  # noqa: E402
    a_docx_bytes,
    a_pdf_bytes,
    a_zip_bytes,
    an_eml_bytes,
    an_html_page,
    an_rss_feed,
)
from timeline_app.readers import read_path  # noqa: E402
from timeline_app.readers.language import detect_language  # noqa: E402

WORDS = [
    "officials",
    "said",
    "the",
    "convoy",
    "reached",
    "district",
    "on",
    "tuesday",
    "talks",
    "ministers",
    "agreed",
    "drones",
    "struck",
    "depot",
    "overnight",
    "shelling",
    "continued",
    "near",
    "front",
    "line",
    "aid",
    "deliveries",
    "resumed",
    "after",
    "delays",
]


def article_text(rng: random.Random, size: int = 5000) -> str:
    """About `size` characters of plausible news-like English with a headline."""
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < size:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
        sentences.append(" ".join(words).capitalize() + ".")
    return "Convoy reaches the eastern districts\n\n" + " ".join(sentences)


def builders(rng: random.Random) -> dict[str, Callable[[int], tuple[str, bytes]]]:
    return {
        "txt 5 KB": lambda i: (f"a{i}.txt", article_text(rng).encode()),
        "html (generated)": lambda i: (f"p{i}.html", an_html_page(body=article_text(rng)).encode()),
        "eml": lambda i: (f"m{i}.eml", an_eml_bytes(plain=article_text(rng))),
        "pdf (2 pages)": lambda i: (f"d{i}.pdf", a_pdf_bytes([article_text(rng, 900)] * 2)),
        "docx": lambda i: (f"w{i}.docx", a_docx_bytes("Report", article_text(rng).split(". "))),
        "rss (20 items)": lambda i: (f"f{i}.xml", _feed(rng).encode()),
        "zip (5 txt)": lambda i: (f"z{i}.zip", a_zip_bytes({f"{n}.txt": article_text(rng) for n in range(5)})),
    }  # fmt: skip


def _feed(rng: random.Random) -> str:
    items = [
        (f"Item {n}", f"https://w.example/{n}", "Tue, 18 Nov 2025 10:00:00 GMT", article_text(rng, 600))
        for n in range(20)
    ]  # fmt: skip
    return an_rss_feed(items)


def time_files(paths: list[Path]) -> tuple[float, int]:
    """Seconds per file (median of the per-file times) and articles read."""
    times: list[float] = []
    articles = 0
    for path in paths:
        started = time.perf_counter()
        articles += len(read_path(path))
        times.append(time.perf_counter() - started)
    return statistics.median(times), articles


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200, help="files per format")
    parser.add_argument("--devset", type=Path, default=REPO.parent / "shared/devset/html")
    args = parser.parse_args(argv)
    rng = random.Random(7)
    started = time.perf_counter()
    detect_language("warm up the language model once, as the import does")
    print(
        f"language model load          {1000 * (time.perf_counter() - started):8.1f} ms (once per process)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for label, build in builders(rng).items():
            paths = []
            for i in range(args.n):
                name, data = build(i)
                paths.append(Path(tmp) / name)
                paths[-1].write_bytes(data)
            median, articles = time_files(paths)
            print(
                f"{label:28s} {1000 * median:8.2f} ms/file  {1 / median:8.0f} files/s  ({articles} articles)"
            )
    pages = sorted(args.devset.glob("*.html")) if args.devset.is_dir() else []
    if pages:
        median, _ = time_files(pages)
        total = sum(p.stat().st_size for p in pages) // len(pages) // 1024
        print(
            f"{'html (devset, ~' + str(total) + ' KB)':28s} {1000 * median:8.2f} ms/file  {1 / median:8.0f} files/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
