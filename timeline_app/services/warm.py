"""Imported once by the pool's forkserver: builds the readers' and extraction's lazy tables (language
model, gazetteer, lexicons) before any worker forks, so every worker starts warm and shares them.

Never raises: a failed warm-up only means workers build the tables themselves.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SAMPLE = (
    b"Kharkiv under fire\n\nKYIV, March 4 - Russian drones struck Kharkiv on 3 March 2024, the "
    b"governor said. Envoys met in Geneva earlier this week to discuss a ceasefire.\n"
)


def warm_up() -> None:
    try:
        from timeline_app.extraction.pipeline import extract
        from timeline_app.readers import read_bytes
        from timeline_app.readers.base import ReadContext

        for article in read_bytes(SAMPLE, ReadContext("warm-up.txt")):
            extract(article)
    except Exception:  # warm-up is an optimisation only
        log.debug("warm-up failed", exc_info=True)


warm_up()
