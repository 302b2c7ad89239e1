"""How the window shares its height between the timeline and the table + article below.

The timeline is what the analyst came for: by default it takes about three fifths of the height
(it had ~330 px of a 1440x900 window), and it gets most of any height the window gains. Where
the analyst drags a splitter is remembered at once (not only at a clean exit) in the user's
settings, and comes back the next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

TIMELINE_SHARE = 0.6  # of the main splitter's height, when the user has not chosen
# Of the bottom splitter's width, the rest for the article: at 0.58 the table had 384-625 px
# at 1024-1440 px wide windows, too little for the date, its origin, title, status and sources.
TABLE_SHARE = 0.62


def restore_splitters(window: MainWindow) -> None:
    """Called once the window has its final size, so the saved pixel sizes come back exactly;
    without saved sizes, the default shares of that size."""
    window.main_splitter.setStretchFactor(0, 3)  # a taller window grows the timeline most
    window.main_splitter.setStretchFactor(1, 2)
    for key, splitter, share in (
        ("main", window.main_splitter, TIMELINE_SHARE),
        ("bottom", window.bottom_splitter, TABLE_SHARE),
    ):
        value = window.settings.value(f"window/splitter_{key}")
        if not value or not splitter.restoreState(value):
            set_share(splitter, share)
        splitter.splitterMoved.connect(
            lambda _pos, _index, k=key, s=splitter: remember(window, k, s)
        )


def set_share(splitter: QSplitter, share: float) -> None:
    """Give the first pane `share` of the splitter's length, the second the rest."""
    sizes = splitter.sizes()
    total = sum(sizes) if sum(sizes) > 0 else 1000
    first = round(total * share)
    splitter.setSizes([first, total - first])


def remember(window: MainWindow, key: str, splitter: QSplitter) -> None:
    window.settings.setValue(f"window/splitter_{key}", splitter.saveState())
