"""Composition root: builds the store and the main window and runs the Qt event loop.

STUB: owned by the main-window work.
"""

from __future__ import annotations

from pathlib import Path


def run_gui(db: Path | None = None, smoke: bool = False) -> int:
    return 0
