"""Imported once by the pool's forkserver: builds the readers' and extraction's lazy tables (language
model, gazetteer, lexicons) before any worker forks, so every worker starts warm and shares them.

When the forkserver preloaded the markup readers too (parallel.prestart), a small page is read as
well: trafilatura and htmldate build their own tables on their first page (a tenth of a second),
which each worker would otherwise pay for on its first HTML file.

Never raises: a failed warm-up only means workers build the tables themselves.

The garbage collector is paused while the tables are built, and what exists afterwards is frozen
(`_warm_frozen`): see there.
"""

from __future__ import annotations

import gc
import logging
import sys

log = logging.getLogger(__name__)

SAMPLE = (
    b"Kharkiv under fire\n\nKYIV, March 4 - Russian drones struck Kharkiv on 3 March 2024, the "
    b"governor said. Envoys met in Geneva earlier this week to discuss a ceasefire.\n"
)
PAGE = (
    b"<!doctype html><html><head><title>Kharkiv under fire</title>"
    b'<meta property="article:published_time" content="2024-03-04T08:00:00Z"></head><body>'
    b"<nav><a href='/'>Home</a></nav><article><h1>Kharkiv under fire</h1><p>" + SAMPLE + b"</p>"
    b"</article><footer>All rights reserved.</footer></body></html>"
)
HTML_READER = "timeline_app.readers.html"


def warm_up() -> None:
    try:
        from timeline_app.extraction.pipeline import extract
        from timeline_app.readers import read_bytes
        from timeline_app.readers.base import ReadContext

        samples = [(SAMPLE, "warm-up.txt")]
        if HTML_READER in sys.modules:  # preloaded: the pool expects pages
            samples.append((PAGE, "warm-up.html"))
        for data, name in samples:
            for article in read_bytes(data, ReadContext(name)):
                extract(article)
    except Exception:  # warm-up is an optimisation only
        log.debug("warm-up failed", exc_info=True)


def _warm_frozen() -> None:
    """`warm_up` without the cyclic garbage collector, then everything frozen and the collector
    on (the forkserver paused it for the imports before this one too: gc_pause.py).

    Why: building the tables allocates a few hundred thousand objects and no cyclic garbage, yet
    the collector ran ~150 times meanwhile: 25-35 ms of the forkserver's ~0.3 s start-up, which
    the first file waits for. Frozen (`gc.freeze`), the tables are never scanned again, here or
    in the workers forked from here: no worker spends its collections on them, nor copies their
    memory pages by touching them in a scan (Python's advice for a process that forks).
    """
    gc.disable()
    try:
        warm_up()
    finally:
        gc.freeze()
        gc.enable()


_warm_frozen()
