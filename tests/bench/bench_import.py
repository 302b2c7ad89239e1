"""Benchmark: articles per second through the whole import (read, extract on all cores, store).

Run: `.venv/bin/python tests/bench/bench_import.py [--text 1000] [--html 200] [--workers N]`.
Prints figures; asserts nothing (issue 5 targets: >= 300 text articles/s, >= 20 HTML pages/s).
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CITIES = [
    "Kharkiv", "Odesa", "Sumy", "Dnipro", "Kherson", "Zaporizhzhia", "Mykolaiv", "Kyiv", "Lviv",
    "Poltava", "Chernihiv", "Izium", "Kramatorsk", "Sloviansk", "Pokrovsk", "Kupiansk", "Nikopol",
    "Kryvyi Rih", "Vinnytsia", "Zhytomyr", "Rivne", "Lutsk", "Uzhhorod", "Ternopil", "Cherkasy",
    "Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov-on-Don", "Krasnodar", "Novorossiysk",
]  # fmt: skip
RELATIVE = ["on Monday", "on Tuesday", "earlier this week", "last month", "yesterday",
            "at the end of August", "in the spring", "on Friday night", "last week"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
WHAT = [
    "Russian drones struck energy facilities in {city} {when}, the governor said.",
    "Ukrainian forces shelled positions near {city} {when}, according to the military.",
    "A missile hit a residential building in {city} {when}, killing two people.",
    "Officials from both sides met in {city} {when} to discuss a prisoner exchange.",
    "Residents protested in {city} {when} against the closure of the local hospital.",
    "Heavy fighting continued around {city} {when}, a spokesman told reporters.",
    "The European Union announced new sanctions {when} targeting shipping firms.",
    "Aid convoys reached {city} {when} with food and medical supplies.",
]
FILLER = [
    "Analysts said the situation remained fluid and independent verification was not possible.",
    "Local authorities urged residents to stay in shelters during air raid alerts.",
    "The ministry did not respond to a request for comment.",
    "Prices for bread and fuel have risen sharply in the region, traders say.",
    "Schools in the district have moved classes online for the rest of the term.",
    "Volunteers have organised shelters in metro stations and basements.",
    "The claims could not be independently confirmed by reporters.",
    "Officials declined to give details about the number of casualties.",
]  # fmt: skip


def _when(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(RELATIVE)
    return f"on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.choice((2023, 2024, 2025))}"


def a_text(rng: random.Random, n: int, size: int = 5000) -> str:
    """A ~`size`-character news-like article: a dated event in about one sentence in four."""
    parts = [f"Situation report {n}\n\nKYIV, November {n % 28 + 1} —"]
    length = len(parts[0])
    while length < size:
        if rng.random() < 0.25:
            sentence = rng.choice(WHAT).format(city=rng.choice(CITIES), when=_when(rng))
        else:
            sentence = rng.choice(FILLER)
        parts.append(sentence + ("\n\n" if rng.random() < 0.2 else ""))
        length += len(sentence) + 1
    parts.append(f"\n\nReference {n}.\n")
    return " ".join(parts)


HTML_PAGE = """<!doctype html><html><head><title>{title}</title>
<meta property="article:published_time" content="2025-11-{day:02d}T08:00:00Z">
<meta property="og:site_name" content="Bench News"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>{title}</h1><p class="byline">By Staff, November {day}, 2025</p>{paras}</article>
<aside>Advertisement. Most read: ten things you missed.</aside>
<footer>© Bench News. All rights reserved. Cookie settings.</footer></body></html>"""


def generate_text(folder: Path, count: int) -> Path:
    rng = random.Random(5)
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"report-{n:05d}.txt").write_text(a_text(rng, n), encoding="utf-8")
    return folder


def generate_html(folder: Path, count: int) -> Path:
    rng = random.Random(7)
    folder.mkdir(parents=True)
    for n in range(count):
        body = a_text(rng, n, 3000).split("\n\n")
        paras = "".join(f"<p>{p.strip()}</p>" for p in body if p.strip())
        page = HTML_PAGE.format(title=f"Front line report {n}", day=n % 28 + 1, paras=paras)
        (folder / f"page-{n:04d}.html").write_text(page, encoding="utf-8")
    return folder


def copy_devset(folder: Path, count: int) -> Path | None:
    """The devset's real pages, each copy made unique in its first paragraph (else 'unchanged')."""
    pages = sorted((SHARED / "devset" / "html").glob("*.html"))
    if not pages:
        return None
    folder.mkdir(parents=True)
    for n in range(count):
        html = pages[n % len(pages)].read_text(encoding="utf-8", errors="replace")
        html = re.sub(r"<p([ >])", rf"<p\1Bench copy {n}. ", html, count=1)
        (folder / f"dev-{n:04d}.html").write_text(html, encoding="utf-8")
    return folder


def timed_import(
    folder: Path, db: Path, workers: int | None
) -> tuple[float, float, int, int, int, float]:
    """(seconds, seconds to the first file, files, events, failed, this process's CPU seconds)
    importing `folder` anew. This process is the writer (and the reader too with `--workers 1`):
    its CPU time is steadier than the wall time when other programs share the cores."""
    # Imported here, not at the top: each pool worker imports the main module (this script) when
    # it starts, and the store's SQLAlchemy would add a fifth of a second to every worker's start.
    # The app's and the command line's main modules are as light.
    from timeline_app.services.importer import import_paths
    from timeline_app.store.repositories import Store

    with Store(db) as store:
        started = time.perf_counter()
        cpu = time.process_time()
        first = 0.0
        last = None
        failed = 0
        for step in import_paths(store, [folder], workers=workers):
            first = first or time.perf_counter() - started
            last = step
            failed += sum(r.status == "failed" for r in step.reports)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
    assert last is not None
    return seconds, first, last.files_done, last.events_found, failed, cpu


def cli_import(folder: Path, db: Path, workers: int | None) -> float:
    """Seconds a user waits for `timeline-app import FOLDER` (interpreter start-up included)."""
    command = [sys.executable, "-m", "timeline_app", "import", str(folder), "--db", str(db)]
    if workers:
        command += ["--jobs", str(workers)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def report(label: str, run: Callable[[], tuple[float, float, int, int, int, float]]) -> None:
    seconds, first, files, events, failed, cpu = run()
    steady = (files - 1) / (seconds - first) if seconds > first and files > 1 else 0.0
    print(
        f"{label:<28} {files:5d} files {seconds:7.2f} s {files / seconds:7.1f} files/s "
        f"(first file after {first:4.1f} s, then {steady:6.1f}/s) {events:6d} events "
        f"{failed} failed; main process CPU {cpu / files * 1000:.2f} ms/file",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--text", type=int, default=1000)
    parser.add_argument("--html", type=int, default=200)
    parser.add_argument("--workers", type=int, default=None, help="default: all cores")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        text = generate_text(root / "text", args.text)
        html = generate_html(root / "html", args.html)
        devset = copy_devset(root / "devset", args.html)
        print(f"python {sys.version.split()[0]}, workers={args.workers or 'all cores'}")
        if args.text:  # an empty folder has nothing to time
            report(
                "text articles (~5 KB)", lambda: timed_import(text, root / "t.sqlite", args.workers)
            )
            # The app starts the workers' forkserver when it opens (parallel.prestart): an
            # analyst's drop meets warm workers, as this second import does.
            report(
                "the same, forkserver warm",
                lambda: timed_import(text, root / "t2.sqlite", args.workers),
            )
            seconds = cli_import(text, root / "cli.sqlite", args.workers)
            print(
                f"{'the same, timeline-app import':<28} {args.text:5d} files {seconds:7.2f} s "
                f"{args.text / seconds:7.1f} files/s (the whole command, Python's start included)",
                flush=True,
            )
        if args.html:
            report(
                "HTML pages (generated)",
                lambda: timed_import(html, root / "h.sqlite", args.workers),
            )
        if args.html and devset is not None:
            report("HTML pages (devset copies)",
                   lambda: timed_import(devset, root / "d.sqlite", args.workers))  # fmt: skip
        elif args.html:
            print("HTML pages (devset copies): ../shared/devset not found, skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
