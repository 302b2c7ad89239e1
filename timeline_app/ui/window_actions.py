"""The main window's menus, file dialogs, themes and remembered layout.

Kept apart from `main_window` so the window class is only about linking panes and running imports;
every function here takes the window and uses its public API.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStatusBar,
    QToolButton,
)

from timeline_app import __version__
from timeline_app.domain.model import EventSource, StoredEvent
from timeline_app.domain.palette import theme_named
from timeline_app.paths import resources_dir, samples_dir
from timeline_app.ui.canvas_data import only_types_and_dates
from timeline_app.ui.event_stepping import add_step_actions
from timeline_app.ui.focus_style import install_focus_style

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

IMAGE_FILTERS = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
DATA_FILTERS = (
    "CSV, ACLED-like (*.csv);;JSON, complete (*.json);;iCalendar (*.ics);;"
    "TimelineJS (*.timelinejs.json)"
)
DEFAULT_TITLE = "Conflict timeline"  # the image's title when none is given (export_layout)
# The events table's header, saved only once the analyst sized its columns; a new key, as the
# old one ("table/header") held the fixed 1,230 px widths even when no one had chosen them.
HEADER_KEY = "table/columns"
STORE_FILTER = "Timeline store (*.sqlite *.db);;All files (*)"
_SUFFIX_OF_FILTER = {"PNG": ".png", "SVG": ".svg", "PDF": ".pdf", "CSV": ".csv", "JSON": ".json",
                     "iCalendar": ".ics", "TimelineJS": ".timelinejs.json"}  # fmt: skip


def local_paths(mime: Any) -> list[Path]:
    """The local files and folders a drag carries (remote URLs are never fetched)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def events_dated_by(
    events: Iterable[StoredEvent], article_id: int, start: int, end: int
) -> list[tuple[int, EventSource]]:
    """The events (and their source) whose time expression in this article overlaps [start, end)."""
    out = []
    for event in events:
        for s in event.sources:
            if s.article_id != article_id or s.time_start is None:
                continue
            if s.time_start < end and start < (s.time_end or s.time_start + 1):
                out.append((event.id, s))
                break
    return out


def refresh_events(window: MainWindow, ids: list[int], dates_changed: bool) -> bool:
    """Show the new state of a few edited events in every pane; False if a full refresh is due.

    The table swaps those rows in place, the timeline re-reads only the marks in view (or its
    counts too when a date or type moved), the article pane re-reads only an affected article.
    """
    store = window.store
    if store is None or not ids:
        return False
    try:
        fresh = store.events_by_ids(ids)
        passing = store.matching_ids(window.current_filter(), ids)
    except Exception:  # noqa: BLE001 - a store gone away: the full refresh reports it
        return False
    table = window.event_table
    capped = table.total > table.model.rowCount()
    if dates_changed and capped:
        return False  # which events make the first page may have changed
    shown = [e for e in fresh if e.id in passing]
    gone = [i for i in ids if i not in passing]
    if not table.update_events(shown, gone):
        return False
    if dates_changed or not only_types_and_dates(window.current_filter()):
        window.timeline.refresh()  # counts under a filter on stars, tags... may move too
    else:
        window.timeline.refresh_marks()
    article_id = window.article_pane.current_article_id()
    if dates_changed and any(s.article_id == article_id for e in fresh for s in e.sources):
        window.article_pane.reload()  # its underlined expressions name the events' dates
    window.timeline.select_events(window.selected_event_ids())
    window.events_changed.emit(list(ids))
    return True


def build_status_bar(window: MainWindow) -> None:
    """Import progress (label, bar, cancel; shown only while importing) and the counts."""
    window.status = QStatusBar(window)
    window.setStatusBar(window.status)
    window.import_label = QLabel(window)
    window.import_progress = QProgressBar(window)
    window.import_progress.setMaximumWidth(220)
    window.import_progress.setTextVisible(False)
    window.cancel_button = QToolButton(window)
    window.cancel_button.setText("Cancel")
    window.cancel_button.setToolTip("Stop the import after the current file; what is in stays")
    window.cancel_button.clicked.connect(window.cancel_import)
    window.counts_label = QLabel(window)
    for widget in (window.import_label, window.import_progress, window.cancel_button):
        window.status.addWidget(widget)
        widget.hide()
    window.read_only_label = QLabel("Read-only store", window)
    window.read_only_label.setObjectName("read_only_label")
    window.read_only_label.hide()
    window.status.addPermanentWidget(window.read_only_label)
    window.status.addPermanentWidget(window.counts_label)


def show_store_access(window: MainWindow) -> None:
    """Say once, in the banner, the title and the status bar, that the store cannot be changed,
    and disable the imports with the reason as their tooltip (the desk does its verbs)."""
    reason = window.read_only_reason()
    window.read_only_banner.setText(f"<b>Read-only.</b> {html.escape(banner_words(reason))}")
    window.read_only_banner.setVisible(bool(reason))
    window.read_only_label.setVisible(bool(reason))
    window.read_only_label.setToolTip(banner_words(reason))
    for action in window.write_actions:
        action.setEnabled(not reason)
        action.setToolTip(banner_words(reason) if reason else action.text().replace("&", ""))


def banner_words(reason: str) -> str:
    """The store's read-only reason as a standing note: "Nothing was changed." belongs to a
    refused write, not to a window that is only being read."""
    return reason.replace("Nothing was changed.", "").strip()


def build_menus(window: MainWindow) -> tuple[QMenu, QMenu, QMenu]:
    bar = window.menuBar()
    menu_file = bar.addMenu("&File")
    menu_edit = bar.addMenu("&Edit")
    menu_view = bar.addMenu("&View")
    menu_help = bar.addMenu("&Help")
    _file_actions(window, menu_file)
    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
    menu_edit.setToolTipsVisible(True)
    menu_edit.addActions([undo, redo])
    menu_edit.addSeparator()
    menu_edit.addAction(window.event_table.copy_action)
    window.timeline.addAction(window.event_table.copy_action)  # Ctrl+C there too: same selection
    _view_actions(window, menu_view)
    _add(window, menu_help, "&About Conflict Timeline", lambda: show_about(window))
    return menu_file, menu_edit, menu_view


def _add(window: MainWindow, menu: QMenu, text: str, slot: object, shortcut: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _file_actions(window: MainWindow, menu: QMenu) -> None:
    _add(window, menu, "&New store…", lambda: new_store(window), "Ctrl+N")
    _add(window, menu, "&Open store…", lambda: open_store(window), "Ctrl+O")
    menu.addSeparator()
    window.write_actions = [
        _add(window, menu, "&Import files…", lambda: import_files(window), "Ctrl+I"),
        _add(window, menu, "Import &folder…", lambda: import_folder(window), "Ctrl+Shift+I"),
        _add(window, menu, "Load &sample articles", lambda: load_samples(window)),
    ]
    menu.setToolTipsVisible(True)  # a disabled import says why (a read-only store)
    menu.addSeparator()
    _add(window, menu, "Export &image…", lambda: export_image_dialog(window), "Ctrl+Alt+E")
    _add(window, menu, "Export &data…", lambda: export_data_dialog(window), "Ctrl+Shift+E")
    _add(window, menu, "&Copy image to clipboard", lambda: copy_image(window), "Ctrl+Shift+C")
    menu.addSeparator()
    quit_action = _add(window, menu, "&Quit", window.close)
    quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))


def _view_actions(window: MainWindow, menu: QMenu) -> None:
    fit = _add(window, menu, "&Fit all", window.timeline.fit_all, "Home")
    # Home only while the timeline has the focus: in the table or a text it goes to the start.
    fit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.timeline.addAction(fit)
    add_step_actions(window, menu)  # ] and [ step through the events in time
    menu.addSeparator()
    group = QActionGroup(window)
    for name in ("light", "dark"):
        action = QAction(f"{name.capitalize()} theme", window, checkable=True)
        action.triggered.connect(lambda _=False, n=name: apply_theme(window, n))
        group.addAction(action)
        menu.addAction(action)
        window.theme_actions[name] = action
    menu.addSeparator()
    menu.addAction(window.articles_dock.toggleViewAction())
    _add(window, menu, "Last import &report…", lambda: show_last_report(window))


# --- stores and imports ----------------------------------------------------------------------
def _start_dir(window: MainWindow) -> str:
    return str(window.settings.value("dialogs/last_dir", str(Path.home())))


def _remember_dir(window: MainWindow, path: str) -> None:
    window.settings.setValue("dialogs/last_dir", str(Path(path).parent if path else ""))


def new_store(window: MainWindow) -> None:
    # No "replace it?" question: an existing file is never replaced, it is refused below.
    path, _ = QFileDialog.getSaveFileName(
        window, "New store", _start_dir(window), STORE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )  # fmt: skip
    if path:
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".sqlite")
        if target.exists():
            window.show_error("Store exists", f"{target} already exists; use Open store… instead.")
            return
        window.open_store(target)


def open_store(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Open store", _start_dir(window), STORE_FILTER)
    if path:
        _remember_dir(window, path)
        window.open_store(Path(path))


def import_files(window: MainWindow) -> None:
    paths, _ = QFileDialog.getOpenFileNames(window, "Import articles", _start_dir(window))
    if paths:
        _remember_dir(window, paths[0])
        window.import_paths([Path(p) for p in paths])


def import_folder(window: MainWindow) -> None:
    path = QFileDialog.getExistingDirectory(window, "Import a folder", _start_dir(window))
    if path:
        window.settings.setValue("dialogs/last_dir", path)
        window.import_paths([Path(path)])


def load_samples(window: MainWindow) -> None:
    folder = samples_dir()
    if not folder.is_dir() or not any(folder.iterdir()):
        window.show_error("No sample articles", f"The sample folder {folder} is missing or empty.")
        return
    window.import_paths([folder])


# --- exports ---------------------------------------------------------------------------------
def _ask_save(window: MainWindow, title: str, filters: str, default: str) -> Path | None:
    start = str(Path(_start_dir(window)) / default)
    path, chosen = QFileDialog.getSaveFileName(window, title, start, filters)
    if not path:
        return None
    _remember_dir(window, path)
    out = Path(path)
    offered = [s for s in _SUFFIX_OF_FILTER.values() if f"*{s})" in filters]
    if any(out.name.lower().endswith(s) for s in offered):
        return out  # "briefing.pdf" typed under the PNG filter is a PDF, not briefing.pdf.png
    suffix = next((s for k, s in _SUFFIX_OF_FILTER.items() if chosen.startswith(k)), "")
    if suffix:
        out = out.with_name(out.name + suffix)
    return out


def show_last_report(window: MainWindow) -> None:
    """The last import's per-file report again (it opens by itself only when something needs
    attention, and the status bar's summary goes after a few seconds)."""
    if window.last_import is None:
        window.status.showMessage("No import yet in this session.", 5000)
        return
    window.show_report(window.last_import)


def export_image_dialog(window: MainWindow) -> None:
    out = _ask_save(window, "Export image", IMAGE_FILTERS, "timeline.png")
    if out is None:
        return
    # A briefing picture needs its own title (every one said "Conflict timeline"); the last
    # one is offered again, so the usual export stays one Enter longer.
    title = ask_title(window, str(window.settings.value("export/title", DEFAULT_TITLE)))
    if title is not None:
        window.settings.setValue("export/title", title)
        write_image(window, out, title=title)


def ask_title(window: MainWindow, last: str) -> str | None:
    """The title to print on an exported image (None: the export was cancelled)."""
    dialog = QInputDialog(window)
    dialog.setWindowTitle("Export image")
    dialog.setLabelText("Title on the image:")
    dialog.setTextValue(last)
    dialog.resize(480, dialog.sizeHint().height())  # a headline's width, not a word's
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue().strip()


def write_image(window: MainWindow, out: Path, width: int = 2400, title: str = "") -> bool:
    """The timeline as the analyst sees it (current filter, visible range and lanes), light.

    Light whatever the window's theme, as from the command line: a briefing picture is
    printed or pasted into documents, where a dark one wastes ink and clashes.
    """
    from timeline_app.ui.image_export import export_image

    try:
        export_image(
            window.store,
            out,
            window.current_filter(),
            width=width,
            date_range=window.timeline.visible_range(),
            theme="light",
            grouping=window.timeline.grouping(),
            title=title,
        )
    except Exception as exc:  # shown, not raised: an export must never crash the window
        window.show_error("Image export failed", f"{out}\n\n{exc}")
        return False
    window.status.showMessage(f"Image written to {out}", 8000)
    return True


def export_data_dialog(window: MainWindow) -> None:
    out = _ask_save(window, "Export data", DATA_FILTERS, "events.csv")
    if out is not None:
        write_data(window, out)


def write_data(window: MainWindow, out: Path) -> bool:
    from timeline_app.services.data_export import export_data

    if window.store is None:
        window.show_error("No store open", "Open or create a store first (File menu).")
        return False
    try:
        count = export_data(window.store, out, window.current_filter())
    except Exception as exc:  # shown, not raised (unknown suffix, disk full, ...)
        window.show_error("Data export failed", f"{out}\n\n{exc}")
        return False
    window.status.showMessage(f"{count} events written to {out}", 8000)
    return True


def copy_image(window: MainWindow) -> bool:
    """The visible timeline (range, filter, lanes) as a finished light image on the clipboard."""
    from timeline_app.ui.image_export import copy_image_to_clipboard

    try:
        copy_image_to_clipboard(window.timeline)
    except Exception as exc:  # shown, not raised
        window.show_error("Copy image failed", str(exc))
        return False
    window.status.showMessage("Timeline image copied to the clipboard", 5000)
    return True


def show_about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        "About Conflict Timeline",
        f"<b>Conflict Timeline</b> {__version__}<br>Dated events from news articles, on a "
        "zoomable timeline, each leading back to the sentence that reports it.",
    )


# --- theme and remembered layout -------------------------------------------------------------
def apply_theme(window: MainWindow, name: str) -> None:
    theme = theme_named(name)
    window.theme = theme.name
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_focus_style()
        app.setPalette(_palette(theme.name))
        app.setStyleSheet(_style_sheet(theme.name))
    window.timeline.set_theme(theme.name)
    window.event_table.set_theme(theme.name)
    window.article_pane.set_theme(theme.name)
    window.theme_actions[theme.name].setChecked(True)
    window.settings.setValue("view/theme", theme.name)


def _palette(name: str) -> QPalette:
    if name != "dark":
        return QApplication.style().standardPalette()
    theme = theme_named("dark")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.lane_header), (roles.WindowText, theme.foreground),
        (roles.Base, theme.background), (roles.AlternateBase, theme.lane_band),
        (roles.Text, theme.foreground), (roles.Button, theme.lane_header),
        (roles.ButtonText, theme.foreground), (roles.Highlight, theme.selection),
        (roles.HighlightedText, "#FFFFFF"), (roles.ToolTipBase, theme.lane_header),
        (roles.ToolTipText, theme.foreground), (roles.PlaceholderText, theme.muted),
        (roles.Link, theme.selection),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    # Set for every group above, so a disabled button or date looked as live as an enabled one.
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(theme.muted))
    return palette


def _style_sheet(name: str) -> str:
    path = resources_dir() / f"style-{name}.qss"
    if not path.is_file():
        path = resources_dir() / "style.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def restore_settings(window: MainWindow) -> None:
    s = window.settings
    geometry = s.value("window/geometry")
    if geometry:
        window.restoreGeometry(geometry)
    state = s.value("window/state")
    if state:
        window.restoreState(state)
    window.event_table.columns.restore(s.value(HEADER_KEY))
    apply_theme(window, str(s.value("view/theme", "light")))


def restore_splitters(window: MainWindow) -> None:
    """Called once the window has its final size (see splitter_layout)."""
    from timeline_app.ui.splitter_layout import restore_splitters as restore

    restore(window)


def save_settings(window: MainWindow) -> None:
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    for key, state in window.splitter_states().items():
        s.setValue(f"window/splitter_{key}", state)
    header = window.event_table.columns.state()  # only widths the analyst chose
    if header is None:
        s.remove(HEADER_KEY)
    else:
        s.setValue(HEADER_KEY, header)
    if window.store is not None:
        s.setValue("store/last", str(window.store.location))
    s.sync()
