"""The timeline's background reads: on a large store, a filter the per-day summary cannot answer is
counted in a worker while the last picture stays on screen (a mixin of `TimelineView`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline_app.domain.model import EventFilter
from timeline_app.ui.canvas_data import CanvasData, only_types_and_dates

if TYPE_CHECKING:
    from timeline_app.ui.workers import BackgroundQuery


class FilterLoading:
    """Needs from its host (a QWidget): `_store`, `_data`, `_pending`, `_warmer`, `sync_limit`,
    `overview` and `update()`."""

    _store: Any
    _data: CanvasData
    _pending: EventFilter | None
    _warmer: BackgroundQuery
    sync_limit: int
    overview: Any

    def is_loading(self) -> bool:
        """Whether a filter's counts are still being read off the GUI thread."""
        return self._pending is not None

    def wait_loaded(self, msecs: int = 30_000) -> bool:
        """Block until the background read ends (tests, quitting); its answer comes as an event."""
        return self._warmer.wait(msecs)

    def _reads_in_background(self, flt: EventFilter) -> bool:
        if self._store is None or only_types_and_dates(flt):
            return False
        try:  # answered from the per-day summary (and cached): no scan
            total = int(self._store.count_events(None))  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - the frame reports a broken store
            return False
        return total > self.sync_limit

    def _warm(self, flt: EventFilter) -> None:
        """Read the filter's extent, types and counts in a worker; `_on_warmed` shows them."""
        self._pending = flt
        store = self._store
        self._warmer.submit(lambda: CanvasData(store, flt).warm())
        self.update()  # type: ignore[attr-defined]  # QWidget.update, from the host

    def _stop_warming(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._warmer.cancel()

    def _on_warmed(self, warmed: CanvasData) -> None:
        flt = self._pending
        if flt is None or warmed.store is not self._store or warmed.filter != flt:
            return  # a store or filter changed since: a newer read is due or done
        self._pending = None
        self._data.set_filter(flt)
        self._data.adopt(warmed)
        self.overview.invalidate()
        self.update()  # type: ignore[attr-defined]  # QWidget.update, from the host

    def _on_warm_failed(self, message: str) -> None:
        # Apply the filter anyway: the frame then reports the error (a malformed search) in
        # place of the timeline, as it does when the filter was applied at once.
        flt = self._pending
        self._pending = None
        if flt is not None:
            self._data.set_filter(flt)
            self.overview.invalidate()
            self.update()  # type: ignore[attr-defined]
