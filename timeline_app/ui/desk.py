"""The analyst's desk: Edit-menu actions, the filter dock, the event editor and the undo wiring.

`install_desk(window)` adds them to the main window. Every correction becomes one command from
`ui/commands.py` pushed on `window.undo_stack`; the timeline and table call the `*_selected`
methods so their edits are undoable too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDockWidget,
    QInputDialog,
    QLineEdit,
    QMenu,
    QUndoView,
)

from timeline_app.domain.model import StoredEvent
from timeline_app.store.repositories import StoreError
from timeline_app.ui.article_date_dialog import ArticleDateDialog
from timeline_app.ui.commands import (
    CreateEventCommand,
    DeleteEventsCommand,
    EditEventCommand,
    IdMap,
    MergeEventsCommand,
    NewEvent,
    RestoreEventsCommand,
    SetArticleDateCommand,
    SplitEventCommand,
    StarEventsCommand,
    StoreCommand,
    TagEventsCommand,
)
from timeline_app.ui.event_editor import EventEditor, draft_from_selection
from timeline_app.ui.filter_panel import FilterPanel
from timeline_app.ui.merge_check import ask_then_merge
from timeline_app.ui.publication_hint import newest_named_day
from timeline_app.ui.window_actions import banner_words


class Desk(QObject):
    """Owns the desk's actions and dialogs; one per main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = window.undo_stack
        self.ids = IdMap()
        self.editor: EventEditor | None = None
        self.dialog: QDialog | None = None  # the last small dialog opened (tag, article date)
        self._store = window.store
        self._shown_reason: str | None = None  # the read-only note the filter panel was given
        self.filter_panel = FilterPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_panel)
        self._make_actions()
        self._install_context_menus()
        self._open_editor_on_double_click()
        window.article_pane.publication_date_requested.connect(self.ask_article_date)
        window.store_changed.connect(self._on_window_store_changed)
        if hasattr(window, "events_changed"):  # a tag or a name may be new: relist on next use
            window.events_changed.connect(lambda _ids: self.filter_panel.choices.invalidate())
        window.selection_changed.connect(self._on_window_selection_changed)
        window.filter_changed.connect(self.filter_panel.show_filter)
        self.filter_panel.refresh_choices()
        self._on_window_selection_changed(window.selected_event_ids())

    # actions
    def _make_actions(self) -> None:
        w = self.window
        self.act_edit = self._action("&Edit event…", "Ctrl+E", self.edit_selected)
        self.act_new = self._action(
            "&New event from selected text…", "Ctrl+Shift+N", self.create_event_from_selection
        )
        self.act_delete = self._action("&Delete event", QKeySequence.StandardKey.Delete,
                                       self.delete_selected)  # fmt: skip
        self.act_restore = self._action("&Restore deleted event", "Ctrl+Shift+R",
                                        self.restore_selected)  # fmt: skip
        # Ctrl+M asks first when the events differ in type or date (merge_check)
        self.act_merge = self._action("&Merge events", "Ctrl+M", lambda: ask_then_merge(self))
        self.act_split = self._action("S&plit event", "Ctrl+Shift+M", self.split_selected)
        self.act_tag = self._action("&Tag selection…", "Ctrl+T", lambda: self.tag_selected())
        self.act_untag = self._action("&Untag selection…", "Ctrl+Shift+T",
                                      lambda: self.untag_selected())  # fmt: skip
        self.act_star = self._action("&Star / unstar", "S", self.toggle_star_selected)
        self.act_article_date = self._action(
            "Set &publication date…", "Ctrl+Shift+D", self.ask_article_date
        )
        self.act_find = self._action("&Find…", QKeySequence.StandardKey.Find,
                                     self.filter_panel.focus_search)  # fmt: skip
        menu = w.menu_edit
        menu.addSeparator()
        for act in (self.act_edit, self.act_new, self.act_delete, self.act_restore):
            menu.addAction(act)
        menu.addSeparator()
        for act in (self.act_merge, self.act_split, self.act_tag, self.act_untag, self.act_star):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.act_article_date)
        menu.addAction(self.act_find)
        w.menu_view.addAction(self.filter_panel.toggleViewAction())
        w.menu_view.addAction(self._history_dock().toggleViewAction())

    def _history_dock(self) -> QDockWidget:
        """Every correction of this session, newest last; clicking one undoes back to it."""
        dock = QDockWidget("Edit history", self.window)
        dock.setObjectName("history_dock")
        self.history = QUndoView(self.undo_stack)
        self.history.setEmptyLabel("Opened")
        dock.setWidget(self.history)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        return dock

    def _install_context_menus(self) -> None:
        """Right-click on the table or the timeline offers the same undoable corrections."""
        panes = [getattr(self.window.event_table, "view", None), self.window.timeline]
        for pane in panes:
            if (
                pane is not None
                and pane.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu
            ):
                pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                pane.customContextMenuRequested.connect(
                    lambda pos, p=pane: self.context_menu().popup(p.mapToGlobal(pos))
                )

    def _open_editor_on_double_click(self) -> None:
        """A double-click on an event (or Enter on the timeline) opens its editor.

        A click already selects the event and opens its article, so the double-click did
        nothing new. The table's `doubleClicked` rather than `activated`, which some desktops
        emit on a single click.
        """
        self.window.timeline.event_activated.connect(lambda _id: self.edit_selected())
        view = getattr(self.window.event_table, "view", None)
        if view is not None:
            view.doubleClicked.connect(lambda _index: self.edit_selected())

    def context_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy = getattr(self.window.event_table, "copy_action", None)
        groups = (
            (self.act_edit, self.act_star, self.act_tag, self.act_untag),
            (copy,) if copy is not None else (),
            (self.act_merge, self.act_split),
            (self.act_delete, self.act_restore),
        )
        for group in groups:
            menu.addActions(list(group))
            menu.addSeparator()
        menu.setToolTipsVisible(True)  # a disabled verb says why (a read-only store)
        return menu

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        act = QAction(text, self.window)
        act.setShortcut(QKeySequence(shortcut))
        self._take_shortcut(act)
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(act)  # shortcuts work even while the menu bar is hidden
        return act

    def _take_shortcut(self, mine: QAction) -> None:
        """The desk's keys are the analyst's daily ones; an older window action moves to Ctrl+Alt.

        An ambiguous shortcut fires neither action in Qt, so a clash must be resolved here.
        """
        keys = mine.shortcut()
        for other in self.window.findChildren(QAction):
            if other is not mine and other.shortcut() == keys and not keys.isEmpty():
                moved = QKeySequence(keys.toString().replace("Ctrl+", "Ctrl+Alt+", 1))
                other.setShortcut(moved if moved != keys else QKeySequence())

    # helpers
    def _push(self, command: StoreCommand) -> bool:
        if self._refused():  # a verb reached by another way than its disabled action
            return False
        self.undo_stack.push(command)
        return not command.failed

    def _selected_events(
        self, include_deleted: bool = False, fresh: bool = False
    ) -> list[StoredEvent]:
        """The selected events as the store has them now (the snapshot undo restores).

        Bulk verbs (tag, star, delete) read the table's rows when its last load is complete,
        since reading each event back costs the store ~15 ms at 100,000 events; merge, split
        and edit ask the store itself (`fresh`) because they snapshot sources an import may
        have just added.
        """
        store = self.window.store
        if store is None:
            return []
        events = []
        for event_id in self.window.selected_event_ids():
            event = None if fresh else self._table_row(event_id)
            try:
                event = event or store.get_event(event_id)
            except (StoreError, LookupError):
                continue
            if include_deleted or not event.deleted:
                events.append(event)
        return events

    def selected_events_now(self) -> list[StoredEvent]:
        """The selected events as the store has them at this moment."""
        return self._selected_events(fresh=True)

    def _table_row(self, event_id: int) -> StoredEvent | None:
        table = getattr(self.window, "event_table", None)
        if table is None or getattr(table, "is_loading", lambda: True)():
            return None
        return table.event_by_id(event_id)

    def _tell(self, message: str) -> None:
        self.window.status.showMessage(message, 5000)

    # the public verbs (the timeline and the table call these too)
    def edit_selected(self) -> EventEditor | None:
        """Open the editor on the first selected event; OK pushes one undoable command."""
        if self._refused():
            return None
        events = self._selected_events(fresh=True)
        if not events:
            self._tell("Select an event to edit.")
            return None
        editor = EventEditor(events[0], self.filter_panel.choices, self.window)
        editor.accepted.connect(lambda: self._on_editor_accepted(editor))
        return self._show_editor(editor)

    def _show_editor(self, editor: EventEditor) -> EventEditor:
        if self.editor is not None:
            self.editor.close()
        self.editor = editor
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        editor.open()
        return editor

    def _on_editor_accepted(self, editor: EventEditor) -> None:
        changes = editor.changes()
        if changes:
            self._push(EditEventCommand(self.window, self.ids, editor.original, changes))

    def edit_event(self, event_id: int, **changes: Any) -> bool:
        """Apply `changes` to one event as one undoable command (used by inline edits)."""
        if self.window.store is None or self._refused():
            return False
        try:
            event = self.window.store.get_event(self.ids.resolve(event_id))
        except (StoreError, LookupError) as exc:
            self.window.show_error("Cannot edit this event", str(exc))
            return False
        return self._push(EditEventCommand(self.window, self.ids, event, changes))

    def delete_selected(self) -> None:
        events = self._selected_events()
        if events:
            self._push(DeleteEventsCommand(self.window, self.ids, events))
            self._tell(f"Deleted {len(events)} event(s). Ctrl+Z brings them back.")

    def restore_selected(self) -> None:
        events = [e for e in self._selected_events(include_deleted=True) if e.deleted]
        if events:
            self._push(RestoreEventsCommand(self.window, self.ids, events))
        else:
            self._tell("Tick “Show deleted events” in the filters and select the ones to restore.")

    def merge_selected(self) -> int | None:
        events = self._selected_events(fresh=True)
        if len(events) < 2:
            self._tell("Select two or more events reporting the same happening to merge them.")
            return None
        command = MergeEventsCommand(self.window, self.ids, events)
        if not self._push(command):
            return None
        # Said, as a deletion is: a merge changes the table only by a row, easily missed.
        self._tell(f"Merged {len(events)} events into one. Ctrl+Z undoes it.")
        return command.kept

    def split_selected(self) -> list[int]:
        pieces: list[int] = []
        merged = [e for e in self._selected_events(fresh=True) if e.source_count > 1]
        if not merged:
            self._tell("Only an event reported by several sources can be split.")
        if len(merged) > 1:
            self.undo_stack.beginMacro(f"Split {len(merged)} events")
        for event in merged:
            command = SplitEventCommand(self.window, self.ids, event)
            if self._push(command):
                pieces.extend(command.pieces)
        if len(merged) > 1:
            self.undo_stack.endMacro()
            self.window.select_events(pieces)
        return pieces

    def tag_selected(self, tag: str | None = None, remove: bool = False) -> None:
        events = self._selected_events()
        if not events:
            self._tell("Select the events to tag.")
            return
        if tag is None:
            self._ask_tag(remove)
            return
        tag = " ".join(tag.split())
        if not tag:
            return
        if all((tag in e.tags) != remove for e in events):
            self._tell(f"Already {'without' if remove else 'tagged'} “{tag}”.")
            return
        self._push(TagEventsCommand(self.window, self.ids, events, tag, remove))

    def untag_selected(self, tag: str | None = None) -> None:
        self.tag_selected(tag, remove=True)

    def _ask_tag(self, remove: bool) -> None:
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle("Untag selection" if remove else "Tag selection")
        dialog.setLabelText("Tag to remove:" if remove else "Tag for the selected events:")
        dialog.textValueSelected.connect(lambda t: self.tag_selected(t, remove))
        self._show_dialog(dialog)
        line = dialog.findChild(QLineEdit)
        if line is not None:
            completer = QCompleter(self.filter_panel.choices.get("tags"), dialog)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            line.setCompleter(completer)

    def toggle_star_selected(self) -> None:
        events = self._selected_events()
        if events:
            starred = not all(e.starred for e in events)
            self._push(StarEventsCommand(self.window, self.ids, events, starred))

    def set_article_date(self, article_id: int, published: date | None) -> bool:
        """Correct an article's publication date; its machine events re-resolve (undoable)."""
        if self.window.store is None:
            return False
        try:
            command = SetArticleDateCommand(self.window, self.ids, article_id, published)
        except (StoreError, LookupError) as exc:
            self.window.show_error("Cannot set the publication date", str(exc))
            return False
        return self._push(command)

    def ask_article_date(self, article_id: int | None = None) -> None:
        if self._refused():
            return
        article_id = article_id or self.window.article_pane.current_article_id()
        if article_id is None or self.window.store is None:
            self._tell("Open an article first to set its publication date.")
            return
        try:
            article = self.window.store.get_article(article_id)
        except (StoreError, LookupError) as exc:
            self.window.show_error("Cannot open this article", str(exc))
            return
        start = None if article.published else newest_named_day(article.text, article.language)
        dialog = ArticleDateDialog(article.title, article.published, self.window, start)
        dialog.accepted.connect(lambda: self.set_article_date(article_id, dialog.value()))
        self._show_dialog(dialog)

    def create_event_from_selection(self) -> EventEditor | None:
        """Open the editor on a new event made from the text selected in the article pane."""
        if self._refused():
            return None
        store = self.window.store
        selected = self.window.article_pane.selected_text_range()
        if store is None or selected is None:
            self._tell("Select the sentence in the article that reports the event.")
            return None
        article_id, start, end = selected
        draft = draft_from_selection(store.get_article(article_id), start, end)
        editor = EventEditor(draft, self.filter_panel.choices, self.window, creating=True)
        editor.accepted.connect(lambda: self._on_new_event_accepted(editor, article_id, draft))
        return self._show_editor(editor)

    def _on_new_event_accepted(self, editor: EventEditor, article_id: int, draft: Any) -> None:
        values = editor.values()
        source = draft.sources[0]
        # Only what the analyst set beyond the defaults; create_event already wrote the rest.
        extra = {k: v for k, v in values.items() if k not in ("type", "span", "title") and v}
        extra["status"] = values["status"]
        new = NewEvent(article_id, source.sentence_start, source.sentence_end, values["type"],
                       values["span"], values["title"], extra)  # fmt: skip
        self._push(CreateEventCommand(self.window, self.ids, new))

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.open()

    # reacting to the window
    def _on_window_store_changed(self) -> None:
        if self.window.store is not self._store:
            # Commands hold the store they were made with; another store starts a fresh history.
            self._store = self.window.store
            self.undo_stack.clear()
            self.ids = IdMap()
        self.filter_panel.refresh_choices()
        self._on_window_selection_changed(self.window.selected_event_ids())

    def _on_window_selection_changed(self, ids: list[int]) -> None:
        n = len(ids)
        for act in (self.act_edit, self.act_delete, self.act_tag, self.act_untag, self.act_star,
                    self.act_restore):  # fmt: skip
            act.setEnabled(n > 0)
        self.act_merge.setEnabled(n > 1)
        self.act_split.setEnabled(n > 0 and self._any_merged(ids))
        self._show_store_access()

    def _writing_actions(self) -> tuple[QAction, ...]:
        return (self.act_edit, self.act_new, self.act_delete, self.act_restore, self.act_merge,
                self.act_split, self.act_tag, self.act_untag, self.act_star,
                self.act_article_date)  # fmt: skip

    def _show_store_access(self) -> None:
        """On a read-only store every correction is disabled, its tooltip saying why; reading,
        filtering, searching, copying and exporting stay."""
        reason = self._read_only()
        for act in self._writing_actions():
            if reason:
                act.setEnabled(False)
            elif act is self.act_new or act is self.act_article_date:
                act.setEnabled(True)  # they say themselves what they need
            act.setToolTip(reason or act.text().replace("&", ""))
        if reason != self._shown_reason:  # not on every selection: it re-reads the views
            self._shown_reason = reason
            self.filter_panel.set_read_only(reason)

    def _read_only(self) -> str:
        """The read-only note (without "Nothing was changed."), "" for a writable store."""
        return banner_words(getattr(self.window, "read_only_reason", lambda: "")())

    def _refused(self) -> bool:
        """A correction asked for on a read-only store (a double-click, a header link): say why
        in the status bar instead of failing in a dialog."""
        reason = self._read_only()
        if reason:
            self._tell(reason)
        return bool(reason)

    def _any_merged(self, ids: list[int]) -> bool:
        """Whether a selected event has several sources; unknown rows leave Split enabled."""
        if len(ids) > 50:
            return True
        rows = [self._table_row(i) for i in ids]
        return any(r is None or r.source_count > 1 for r in rows)


def install_desk(window: Any) -> Desk:
    """Add the desk to `window` (called at the end of MainWindow.__init__); also `window.desk`."""
    desk = Desk(window)
    window.desk = desk
    return desk
