"""Benchmark of the time-expression finder: throughput on a few MB of news text, against
`dateparser.search.search_dates` on the same text (a sample of it: search_dates is slow), and
the latency of the first extraction in a fresh interpreter.

Run: `.venv/bin/python tests/bench/bench_dates.py [--mb 3] [--sample-kb 150]`. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("TIMELINE_SHARED", REPO.parent / "shared"))
PUBLISHED = date(2025, 11, 19)

_SENTENCES = [
    "Russian forces launched 43 drones and two missiles at Kharkiv overnight, officials said on Tuesday.",
    "The Ukrainian military said earlier this week that it had struck a depot in Voronezh.",
    "Talks between the delegations are due to resume in Geneva next Monday, according to a statement.",
    "In late August the government approved a €300 million package of air-defence aid.",
    "Prices rose 4.5% in the third quarter of 2025, compared with 3.1% a year earlier.",
    "The ceasefire agreed on 18 March 2025 collapsed within three days.",
    "Fighting near Pokrovsk has continued for months, and the front line barely moved last week.",
    "The president is currently visiting Spain, where he met the prime minister on Wednesday.",
    "Shelling killed two civilians in Kherson yesterday, the regional governor wrote on Telegram.",
    "Sometime in the spring, the United States paused deliveries of the 300-kilometre ATACMS missile.",
]


def news_text(megabytes: float) -> tuple[list[tuple[str, date]], str]:
    """Articles (text, publication date) totalling about `megabytes`, and where they came from."""
    articles: list[tuple[str, date]] = []
    timeml = SHARED / "devset" / "timeml"
    if timeml.is_dir():
        from timeline_app.eval.timeml import parse_document

        articles = [(d.text, d.dct) for d in map(parse_document, sorted(timeml.glob("*.tml")))]
        source = f"the {len(articles)} devset TimeML texts, repeated"
    else:
        paragraph = " ".join(_SENTENCES)
        articles = [("\n\n".join([paragraph] * 6), PUBLISHED)]
        source = "generated news sentences, repeated"
    target = int(megabytes * 1_000_000)
    corpus: list[tuple[str, date]] = []
    size = 0
    while size < target:
        for text, published in articles:
            corpus.append((text, published))
            size += len(text)
            if size >= target:
                break
    return corpus, source


def time_ours(corpus: list[tuple[str, date]]) -> tuple[float, int]:
    from timeline_app.extraction.dates import find_time_expressions, warm_up

    warm_up(("en",))
    best = float("inf")
    found = 0
    for _ in range(3):
        started = time.perf_counter()
        found = sum(len(find_time_expressions(text, published)) for text, published in corpus)
        best = min(best, time.perf_counter() - started)
    return best, found


def time_search_dates(corpus: list[tuple[str, date]], sample_chars: int) -> tuple[float, int, int]:
    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    sample: list[tuple[str, date]] = []
    size = 0
    for text, published in corpus:
        if size >= sample_chars:
            break
        sample.append((text, published))
        size += len(text)
    search_dates("warm up on 18 November 2025", languages=["en"])
    started = time.perf_counter()
    found = 0
    for text, published in sample:
        base = datetime(published.year, published.month, published.day)
        result = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
        found += len(result or [])
    return time.perf_counter() - started, size, found


def first_call_latency() -> str:
    code = (
        "import time; t0 = time.perf_counter()\n"
        "from datetime import date\n"
        "from timeline_app.extraction.dates import find_time_expressions, warm_up\n"
        "t1 = time.perf_counter()\n"
        "find_time_expressions('Russia struck Kharkiv on Tuesday, officials said.', date(2025, 11, 19))\n"
        "t2 = time.perf_counter()\n"
        "find_time_expressions('Talks resume next week.', date(2025, 11, 19))\n"
        "t3 = time.perf_counter()\n"
        "print(f'{(t1-t0)*1000:.0f} {(t2-t1)*1000:.0f} {(t3-t2)*1000:.1f}')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.split()
    return (
        f"import {out[0]} ms; first extraction (builds the English rules) {out[1]} ms; "
        f"second {out[2]} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=3.0, help="size of the text for our finder")
    parser.add_argument("--sample-kb", type=int, default=150, help="sample for search_dates")
    args = parser.parse_args()
    corpus, source = news_text(args.mb)
    chars = sum(len(text) for text, _ in corpus)
    print(f"text: {chars:,} characters in {len(corpus)} articles ({source})")
    seconds, found = time_ours(corpus)
    ours = chars / seconds
    print(
        f"ours:         {ours:>12,.0f} chars/s  ({seconds:.2f} s best of 3, {found:,} expressions)"
    )
    theirs_seconds, sample, theirs_found = time_search_dates(corpus, args.sample_kb * 1000)
    theirs = sample / theirs_seconds
    print(
        f"search_dates: {theirs:>12,.0f} chars/s  ({theirs_seconds:.2f} s on the first "
        f"{sample:,} characters of the same text, {theirs_found:,} dates)"
    )
    print(f"ratio:        {ours / theirs:,.1f}x")
    print(f"latency (fresh interpreter): {first_call_latency()}")


if __name__ == "__main__":
    main()
