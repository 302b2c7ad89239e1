"""Store benchmark: generate 10k/100k/1M-event stores, print query times and import throughput.

Run: .venv/bin/python tests/bench/bench_store.py [--sizes 10000 100000 1000000] [--articles 1000]
Prints figures only; nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from timeline_app.domain.model import (
    Actor,
    DateBasis,
    DateSpan,
    EventFilter,
    EventStatus,
    EventType,
    ExtractedEvent,
    Extraction,
    Place,
    RawArticle,
)
from timeline_app.store.repositories import Store
from timeline_app.store.synthetic import FIRST_DAY, LAST_DAY, generate_store


def timed(fn: Callable[[], object], repeat: int = 20) -> tuple[float, float, float, object]:
    """(median wall ms, p95 wall ms, median CPU ms, last result). CPU time is printed too
    because the shared 2-core machine is often busy: wall times then say more about the load."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    walls.sort()
    return (
        statistics.median(walls),
        walls[int(0.95 * (len(walls) - 1))],
        statistics.median(cpus),
        result,
    )


def cold(store: Store, first: int, last: int, **kw: int) -> object:
    store._counts.clear()  # what the first frame after a write pays
    return store.day_counts(first, last, **kw)


def bench_queries(store: Store, rng: random.Random) -> None:
    def window(days: int) -> Callable[[], object]:
        def run() -> object:
            first = rng.randint(FIRST_DAY, LAST_DAY - days)
            return store.event_marks(first, first + days - 1)

        return run

    strikes = EventFilter(types=frozenset({EventType.DRONE_ATTACK, EventType.MISSILE_STRIKE}))
    cases: list[tuple[str, Callable[[], object]]] = [
        ("event_marks day", window(1)),
        ("event_marks week", window(7)),
        ("event_marks month", window(30)),
        (
            "event_marks month, 2 types",
            lambda: store.event_marks(FIRST_DAY + 400, FIRST_DAY + 429, strikes),
        ),
        (
            "event_marks month, limit 2000",
            lambda: store.event_marks(FIRST_DAY + 400, FIRST_DAY + 429, None, 2000),
        ),
        ("day_counts full range, cold", lambda: cold(store, FIRST_DAY - 400, LAST_DAY)),
        ("day_counts full range, cached", lambda: store.day_counts(FIRST_DAY - 400, LAST_DAY)),
        (
            "day_counts full range, 7-day bins, cold",
            lambda: cold(store, FIRST_DAY - 400, LAST_DAY, bin_days=7),
        ),
        (
            "day_counts full range, 2 types",
            lambda: store.day_counts(FIRST_DAY - 400, LAST_DAY, strikes),
        ),
        (
            "day_counts month, place filter (GROUP BY)",
            lambda: store.day_counts(
                FIRST_DAY + 400, FIRST_DAY + 429, EventFilter(places=frozenset({"Kharkiv"}))
            ),
        ),
        ("extent", lambda: store.extent()),
        ("count_events", lambda: store.count_events()),
        (
            "events text 'kharkiv', limit 200",
            lambda: store.events(EventFilter(text="kharkiv"), limit=200),
        ),
        (
            "count_events text 'drone kharkiv'",
            lambda: store.count_events(EventFilter(text="drone kharkiv")),
        ),
    ]
    for name, fn in cases:
        median, p95, cpu, result = timed(fn, repeat=10 if "count_events" in name else 20)
        size = len(result) if isinstance(result, list) else result
        print(
            f"  {name:42s} median {median:7.2f} ms  p95 {p95:7.2f} ms  cpu {cpu:7.2f} ms  ({size})"
        )


PLACES = [
    "Kharkiv",
    "Odesa",
    "Kyiv",
    "Sumy",
    "Dnipro",
    "Lviv",
    "Kherson",
    "Pokrovsk",
    "Zaporizhzhia",
    "Belgorod",
    "Kursk",
    "Voronezh",
    "Bryansk",
    "Mykolaiv",
    "Chernihiv",
]
TEMPLATES = [
    (EventType.DRONE_ATTACK, "Russian drones attacked {place} overnight, damaging {n} buildings."),
    (EventType.MISSILE_STRIKE, "A missile strike hit {place}, killing {n} people, officials said."),
    (EventType.SHELLING, "Artillery shelled the outskirts of {place} for {n} hours."),
    (EventType.GROUND_FIGHTING, "Fighting continued near {place}; {n} assaults were repelled."),
    (EventType.MEETING, "Officials met in {place} to discuss {n} prisoner exchanges."),
    (EventType.STATEMENT, "The governor of {place} said {n} shelters had been opened."),
]


def an_article(i: int, rng: random.Random) -> tuple[RawArticle, Extraction]:
    """A small article with three events; like a real feed, some report the same happening."""
    published = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
    sentences, events = [], []
    offset = 0
    for k in range(3):
        place = rng.choice(PLACES)
        type_, template = rng.choice(TEMPLATES)
        sentence = template.format(place=place, n=rng.randint(2, 40))
        events.append(
            ExtractedEvent(
                type=type_,
                title=f"{type_.value.replace('_', ' ').capitalize()} in {place}",
                span=DateSpan.day(published - timedelta(days=k)),
                basis=DateBasis.RELATIVE,
                status=EventStatus.HAPPENED,
                sentence=sentence,
                start=offset,
                end=offset + len(sentence),
                time_expression=None,
                actors=(Actor("Russia", "country"),),
                places=(Place(place, "UA"),),
            )
        )
        sentences.append(sentence)
        offset += len(sentence) + 1
    body = " ".join(sentences) + f" Background paragraph {i} with more words. " * 10
    raw = RawArticle(
        text=body,
        title=f"Report {i}",
        site=f"site{i % 7}.example",
        published=published,
        source_path=f"bench/{i}.txt",
    )
    return raw, Extraction((), tuple(events))


def bench_import(n_articles: int) -> None:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "import.sqlite")
        items = [an_article(i, rng) for i in range(n_articles)]
        t0, c0 = time.perf_counter(), time.process_time()
        for raw, extraction in items:
            store.save_article(raw, extraction)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        events = store.count_events()
        t1 = time.perf_counter()
        for raw, extraction in items[:200]:
            store.save_article(raw, extraction)
        again = time.perf_counter() - t1
        store.close()
    print(
        f"import: {n_articles} articles (3 events each) in {elapsed:.2f} s = "
        f"{n_articles / elapsed:.0f} articles/s ({n_articles / cpu:.0f}/s of CPU time), "
        f"{events} events stored after dedup"
    )
    print(f"re-import unchanged: {200 / again:.0f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-fts", action="store_true", help="skip the event search index")
    args = parser.parse_args()
    bench_import(args.articles)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"bench-{n}.sqlite"
            t0, c0 = time.perf_counter(), time.process_time()
            generate_store(path, n, seed=1, fts=not args.no_fts)
            made, made_cpu = time.perf_counter() - t0, time.process_time() - c0
            size_mb = path.stat().st_size / 1e6
            print(
                f"{n:,} events: generated in {made:.1f} s ({made_cpu:.1f} s CPU), {size_mb:.0f} MB"
            )
            with Store(path) as store:
                bench_queries(store, rng)


if __name__ == "__main__":
    main()
