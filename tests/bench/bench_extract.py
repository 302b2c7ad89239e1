"""Benchmark of full extraction (dates, events, actors, places) on a 5,000-character article: the
median over many runs on one core (wall and CPU time, and each stage alone), plus the first call in
a fresh interpreter, which loads the gazetteer and lexicons.

Run: `.venv/bin/python tests/bench/bench_extract.py [--runs 200] [--chars 5000]`. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared"))
PUBLISHED = date(2025, 11, 19)

_FALLBACK = (
    "Russian forces launched 43 drones and two missiles at Kharkiv overnight, officials said on "
    "Tuesday. The Ukrainian military said earlier this week that it had struck a depot in Voronezh. "
    "Talks between the delegations are due to resume in Geneva next Monday, according to a "
    "statement. President Zelensky is currently visiting Spain, where he met the prime minister. "
    "Shelling killed two civilians in Kherson yesterday, the regional governor wrote on Telegram.\n\n"
)


def article_text(chars: int) -> str:
    """The seed article (repeated) when ../shared is there, else built-in news sentences."""
    seed = SHARED / "seed-article.txt"
    base = seed.read_text(encoding="utf-8") if seed.is_file() else _FALLBACK
    text = base
    while len(text) < chars:
        text += "\n\n" + base
    cut = text.rfind(". ", 0, chars)
    return text[: cut + 1 if cut > 0 else chars]


def timed(function: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and median CPU milliseconds of `function` over `runs` calls."""
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def first_call_ms(chars: int) -> float:
    """Import and first extraction in a fresh interpreter (gazetteer and lexicons cold)."""
    here = str(Path(__file__).parent)
    code = (
        "import time; t=time.perf_counter();"
        "from datetime import date;"
        "from timeline_app.domain.model import RawArticle;"
        "from timeline_app.extraction.pipeline import extract;"
        f"import sys; sys.path.insert(0, {here!r}); from bench_extract import article_text;"
        f"extract(RawArticle(text=article_text({chars}), published=date(2025, 11, 19)));"
        "print((time.perf_counter()-t)*1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--chars", type=int, default=5000)
    args = parser.parse_args()

    from timeline_app.domain.model import RawArticle
    from timeline_app.extraction.actors import find_actors
    from timeline_app.extraction.dates import find_time_expressions
    from timeline_app.extraction.events import find_events
    from timeline_app.extraction.pipeline import extract
    from timeline_app.extraction.places import find_places

    text = article_text(args.chars)
    article = RawArticle(text=text, published=PUBLISHED)
    cold = first_call_ms(args.chars)
    extraction = extract(article)  # warm every cache before timing
    expressions = list(extraction.time_expressions)

    stages: dict[str, Callable[[], object]] = {
        "full extraction (pipeline.extract)": lambda: extract(article),
        "  dates (find_time_expressions)": lambda: find_time_expressions(text, PUBLISHED),
        "  events incl. actors, places": lambda: find_events(text, expressions, PUBLISHED),
        "    actors alone": lambda: find_actors(text),
        "    places alone": lambda: find_places(text),
    }
    print(
        f"article: {len(text)} characters, {len(extraction.events)} events, "
        f"{len(extraction.time_expressions)} time expressions; {args.runs} runs each"
    )
    print(f"{'stage':<38}{'median wall ms':>15}{'median CPU ms':>15}")
    for name, function in stages.items():
        wall, cpu = timed(function, args.runs)
        print(f"{name:<38}{wall:>15.2f}{cpu:>15.2f}")
    print(f"{'first call, fresh interpreter':<38}{cold:>15.0f}")
    print(f"load average (other processes share the 2 cores): {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
