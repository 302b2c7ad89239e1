"""Composition root: builds the QApplication, opens the store, shows the main window, runs Qt.

A store that cannot be opened (newer schema, corrupt, busy) is explained in a dialog, never a
traceback; the user may then pick another store or go on without one.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from timeline_app import APP_NAME, __version__
from timeline_app.paths import default_store_path, samples_dir
from timeline_app.store.repositories import Store, StoreError
from timeline_app.ui.formatting import store_error_text

ORGANIZATION = "ConflictTimeline"


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Conflict Timeline")
    app.setStyle("Fusion")  # the same look on every platform, and a readable dark palette
    return app


def start_warm_up() -> threading.Thread | None:
    """Load the date parser's data in the background so the first import does not wait for it,
    and start the import workers' forkserver so that a first bulk import starts warm too."""
    with contextlib.suppress(Exception):  # an optimisation only
        from timeline_app.services.parallel import prestart

        prestart()
    try:
        from timeline_app.extraction import dates
    except ImportError:
        return None
    warm_up = getattr(dates, "warm_up", None)
    if warm_up is None:
        return None
    thread = threading.Thread(target=_quietly(warm_up), name="warm-up", daemon=True)
    thread.start()
    return thread


def _quietly(fn: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        # Warming up is an optimisation: a failure only costs speed.
        with contextlib.suppress(Exception):
            fn()

    return run


def open_first_store(db: Path | None, settings: QSettings, smoke: bool) -> Store | None:
    """The store to start with: --db, else the last one used, else the default file."""
    last = settings.value("store/last")
    # A last store that was deleted or moved is not silently re-created empty where it was.
    remembered = [Path(str(last))] if last and Path(str(last)).exists() else []
    candidates = [db] if db is not None else remembered
    candidates.append(default_store_path())
    for path in dict.fromkeys(candidates):
        try:
            return Store(path)
        except StoreError as exc:
            if smoke:
                print(f"timeline-app: cannot open store {path}: {exc}", file=sys.stderr)
            else:
                _explain_store_error(path, exc)
            if db is not None and path == db:
                break  # an explicit --db that fails: do not silently switch to another file
    return _ask_for_store() if not smoke else None


def _explain_store_error(path: Path, exc: StoreError) -> None:
    QMessageBox.warning(None, "Cannot open the store", store_error_text(path, str(exc)))


def _ask_for_store() -> Store | None:
    """Let the user choose or create another store; Cancel goes on with none."""
    while True:
        path, _ = QFileDialog.getSaveFileName(
            None,
            "Choose or create a store",
            str(Path.home() / "timeline.sqlite"),
            "Timeline store (*.sqlite *.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        try:
            return Store(Path(path))
        except StoreError as exc:
            _explain_store_error(Path(path), exc)


def offer_samples(window: object, settings: QSettings) -> None:
    """On the very first run with an empty store, offer to load the sample articles once."""
    from timeline_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if settings.value("first_run/samples_offered", False, type=bool):
        return
    settings.setValue("first_run/samples_offered", True)
    if window.store is None or window.store.count_events() > 0:
        return
    folder = samples_dir()
    if not folder.is_dir() or not any(folder.iterdir()):
        return
    answer = QMessageBox.question(
        window,
        "Load the sample articles?",
        "The store is empty. Load a few sample articles to see how the timeline works?\n"
        "(Later: File → Load sample articles. Or drop your own files on the window.)",
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.import_paths([folder])


def run_gui(db: Path | None = None, smoke: bool = False, settings: QSettings | None = None) -> int:
    """Run the app; `settings` lets tests use a temporary file instead of the user's."""
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.workers import GuiThreadCollector

    app = _application()
    collector = GuiThreadCollector(app)  # garbage is collected on the GUI thread only
    settings = settings if settings is not None else QSettings()
    store = open_first_store(db, settings, smoke)
    window = MainWindow(store, settings)
    start_warm_up()
    window.show()
    if smoke:
        app.processEvents()
        window.close()
        code = 0 if store is not None else 1  # the store could not be opened: say so to CI
    else:
        QTimer.singleShot(300, lambda: offer_samples(window, settings))
        code = app.exec()
    _dispose(window)
    collector.stop()
    shiboken6.delete(collector)
    return code


def _dispose(window: object) -> None:
    """Destroy the window (and every pane timer with it) before closing its store."""
    from timeline_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    store = window.store
    shiboken6.delete(window)
    if store is not None:
        store.close()
