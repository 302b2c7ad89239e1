"""The filter dock: types, actors, places, sites, dates, status, tags, stars and search as you type.

It builds an `EventFilter` from its widgets and hands it to `window.apply_filter`, so timeline,
table and export narrow alike; a malformed search is reported under the box and the last good
view stays. Named views (filter + visible range) are kept in the store as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.model import EventFilter, EventStatus, EventType
from timeline_app.domain.palette import TYPE_LABEL
from timeline_app.store.repositories import QueryError, StoreError
from timeline_app.ui.event_editor import ChoiceCache, TokenEdit, from_qdate, to_qdate, type_icon
from timeline_app.ui.search_box import SearchBox

SEARCH_DEBOUNCE_MS = 150
ERROR_STYLE = "color: #B00020;"
NOTE_STYLE = "color: palette(mid);"
NO_DATE = QDate(100, 1, 1)  # an unticked date bound sits here and reads "any date"


# --- saved views as JSON (pure) -----------------------------------------------------------------
def filter_to_json(flt: EventFilter, visible: tuple[date, date] | None = None) -> str:
    data: dict[str, Any] = {
        "date_from": flt.date_from.isoformat() if flt.date_from else None,
        "date_to": flt.date_to.isoformat() if flt.date_to else None,
        "types": sorted(t.value for t in flt.types),
        "statuses": sorted(s.value for s in flt.statuses),
        "actors": sorted(flt.actors),
        "places": sorted(flt.places),
        "sites": sorted(flt.sites),
        "tags": sorted(flt.tags),
        "text": flt.text,
        "starred_only": flt.starred_only,
        "include_deleted": flt.include_deleted,
    }
    if visible:
        data["visible"] = [visible[0].isoformat(), visible[1].isoformat()]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def filter_from_json(text: str) -> tuple[EventFilter, tuple[date, date] | None]:
    """The filter and visible range of a saved view; unknown values are skipped, not fatal."""
    data = json.loads(text)
    types, statuses = {t.value for t in EventType}, {s.value for s in EventStatus}

    def day(key: str) -> date | None:
        return date.fromisoformat(data[key]) if data.get(key) else None

    flt = EventFilter(
        date_from=day("date_from"),
        date_to=day("date_to"),
        types=frozenset(EventType(t) for t in data.get("types", []) if t in types),
        statuses=frozenset(EventStatus(s) for s in data.get("statuses", []) if s in statuses),
        actors=frozenset(data.get("actors", [])),
        places=frozenset(data.get("places", [])),
        sites=frozenset(data.get("sites", [])),
        tags=frozenset(data.get("tags", [])),
        text=data.get("text", ""),
        starred_only=bool(data.get("starred_only", False)),
        include_deleted=bool(data.get("include_deleted", False)),
    )
    visible = data.get("visible")
    rng = (date.fromisoformat(visible[0]), date.fromisoformat(visible[1])) if visible else None
    return flt, rng


# --- widgets ------------------------------------------------------------------------------------
class CheckGroup(QWidget):
    """A grid of checkboxes for enum values; all checked means "no restriction"."""

    changed = Signal()

    def __init__(self, values: list[Any], labels: dict[Any, str], columns: int = 2) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[Any, QCheckBox] = {}
        for i, value in enumerate(values):
            box = QCheckBox(labels[value])
            box.setChecked(True)
            box.toggled.connect(self._on_box_toggled)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[value] = box

    def _on_box_toggled(self, checked: bool) -> None:
        # An empty set would mean "everything" to the store, so the last box stays checked.
        if not checked and not self.selected_any():
            box = self.sender()
            if isinstance(box, QCheckBox):
                with QSignalBlocker(box):
                    box.setChecked(True)
            return
        self.changed.emit()

    def selected_any(self) -> bool:
        return any(b.isChecked() for b in self.boxes.values())

    def selection(self) -> frozenset[Any]:
        chosen = frozenset(v for v, b in self.boxes.items() if b.isChecked())
        return frozenset() if len(chosen) == len(self.boxes) else chosen

    def set_selection(self, values: frozenset[Any]) -> None:
        for value, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(not values or value in values)

    def set_all(self, checked: bool = True) -> None:
        self.set_selection(frozenset())
        self.changed.emit()


class OptionalDate(QWidget):
    """A date bound that can be switched off ("from any date").

    Off, its field reads "any date": it used to show today, greyed, which read as a bound in
    force (and today is no date an analyst means). Ticked, it starts at `default`.
    """

    changed = Signal()

    def __init__(self, label: str, default: Callable[[], date] | None = None) -> None:
        super().__init__()
        self._default = default  # e.g. the timeline's visible start, offered when ticked
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText("any date")  # shown at the minimum, i.e. while off
        self._show_off()
        self.box.toggled.connect(self._on_box_toggled)
        self.edit.dateChanged.connect(self._on_edit_changed)
        row.addWidget(self.box)
        row.addWidget(self.edit, 1)

    def _show_off(self) -> None:
        self.edit.setEnabled(False)
        with QSignalBlocker(self.edit):
            self.edit.setDate(NO_DATE)

    def _on_box_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked:
            with QSignalBlocker(self.edit):
                start = self._default() if self._default is not None else date.today()
                self.edit.setDate(to_qdate(start))
        else:
            self._show_off()
        self.changed.emit()

    def _on_edit_changed(self) -> None:
        if self.box.isChecked():
            self.changed.emit()

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.box.isChecked() else None

    def set_value(self, d: date | None) -> None:
        with QSignalBlocker(self.box), QSignalBlocker(self.edit):
            self.box.setChecked(d is not None)
            self.edit.setEnabled(d is not None)
            self.edit.setDate(to_qdate(d) if d is not None else NO_DATE)


class FilterPanel(QDockWidget):
    """The dock. `window` is the MainWindow (store, apply_filter, current_filter, timeline...)."""

    def __init__(self, window: Any) -> None:
        super().__init__("Filters", window)
        self.setObjectName("filter_dock")
        self.window_ = window
        self.choices = ChoiceCache(lambda: self.window_.store)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._build_search()
        self._build_views()
        self._build_form()
        self._layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        # Wide enough for two columns of type boxes without a horizontal scroll bar.
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(body.minimumSizeHint().width() + scrollbar + 4)
        self._say("", NOTE_STYLE)

    # building
    def _build_search(self) -> None:
        self.search = SearchBox()
        self.search.setObjectName("search_box")
        self.search.setPlaceholderText("Search articles and events  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply)
        self.search.cleared.connect(self._on_search_cleared)
        self.message = QLabel()
        self.message.setObjectName("search_message")
        self.message.setWordWrap(True)
        self._layout.addWidget(self.search)
        self._layout.addWidget(self.message)

    def _on_search_cleared(self) -> None:
        self._debounce.stop()
        self.apply()

    def _build_views(self) -> None:
        row = QHBoxLayout()
        self.views_combo = QComboBox()
        self.views_combo.setPlaceholderText("Saved views…")
        self.views_combo.textActivated.connect(self.recall_view)
        save, delete = QPushButton("Save…"), QPushButton("Delete")
        save.setToolTip("Save these filters and the visible range under a name")
        save.clicked.connect(self._on_save_clicked)
        delete.clicked.connect(self._on_delete_clicked)
        self.save_view_button = save
        self.delete_view_button = delete
        self._read_only = ""
        row.addWidget(self.views_combo, 1)
        row.addWidget(save)
        row.addWidget(delete)
        self._layout.addLayout(row)

    def _build_form(self) -> None:
        self.types = CheckGroup(list(EventType), TYPE_LABEL)
        for t, box in self.types.boxes.items():
            box.setIcon(type_icon(t))
        self.statuses = CheckGroup(
            list(EventStatus), {s: s.value.capitalize() for s in EventStatus}
        )
        self.actors = TokenEdit("any actor", lambda: self.choices.get("actors"))
        self.places = TokenEdit("any place", lambda: self.choices.get("places"))
        self.sites = TokenEdit("any source", lambda: self.choices.get("sites"))
        self.tags = TokenEdit("any tag", lambda: self.choices.get("tags"))
        self.date_from = OptionalDate("From", lambda: self._visible()[0])
        self.date_to = OptionalDate("To", lambda: self._visible()[1])
        self.starred_only = QCheckBox("Starred only")
        self.include_deleted = QCheckBox("Show deleted events")
        self._layout.addLayout(self._section_header("Types", "type", self.types))
        self._layout.addWidget(self.types)
        self._layout.addLayout(self._section_header("Status", "status", self.statuses))
        self._layout.addWidget(self.statuses)
        form = QFormLayout()
        for label, edit in (
            ("Actors", self.actors),
            ("Places", self.places),
            ("Sources", self.sites),
            ("Tags", self.tags),
        ):
            edit.editingFinished.connect(self.apply)
            edit.completer().activated.connect(lambda _t: self.apply())
            form.addRow(label, edit)
        form.addRow("Dates", self.date_from)
        form.addRow("", self.date_to)
        form.addRow("", self.starred_only)
        form.addRow("", self.include_deleted)
        for signal in (self.types.changed, self.statuses.changed, self.date_from.changed,
                       self.date_to.changed, self.starred_only.toggled,
                       self.include_deleted.toggled):  # fmt: skip
            signal.connect(self.apply)
        self._layout.addLayout(form)
        reset = QPushButton("Clear all filters")
        reset.clicked.connect(self.clear)
        self._layout.addWidget(reset)

    def _section_header(self, title: str, noun: str, group: CheckGroup) -> QHBoxLayout:
        """The section's name and its "All" button; `noun` is one of the boxes ("type")."""
        row = QHBoxLayout()
        label = QLabel(f"<b>{title}</b>")
        everything = QPushButton("All")
        everything.setObjectName(f"all_{noun}_button")
        everything.setToolTip(f"Tick every {noun} again")
        everything.setFlat(True)
        everything.clicked.connect(lambda: group.set_all())
        row.addWidget(label)
        row.addStretch(1)
        row.addWidget(everything)
        return row

    def _visible(self) -> tuple[date, date]:
        return self.window_.timeline.visible_range()

    # filter <-> widgets
    def build_filter(self) -> EventFilter:
        """The window's current filter with this panel's fields replaced (keeps e.g. article_id)."""
        return replace(
            self.window_.current_filter(),
            types=self.types.selection(),
            statuses=self.statuses.selection(),
            actors=frozenset(self.actors.tokens()),
            places=frozenset(self.places.tokens()),
            sites=frozenset(self.sites.tokens()),
            tags=frozenset(self.tags.tokens()),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.search.text().strip(),
            starred_only=self.starred_only.isChecked(),
            include_deleted=self.include_deleted.isChecked(),
        )

    def show_filter(self, flt: EventFilter) -> None:
        """Mirror a filter set elsewhere (a saved view, a table column) without re-applying it."""
        self.types.set_selection(flt.types)
        self.statuses.set_selection(flt.statuses)
        for edit, names in ((self.actors, flt.actors), (self.places, flt.places),
                            (self.sites, flt.sites), (self.tags, flt.tags)):  # fmt: skip
            with QSignalBlocker(edit):
                edit.set_tokens(names)
        self.date_from.set_value(flt.date_from)
        self.date_to.set_value(flt.date_to)
        for box, on in ((self.starred_only, flt.starred_only),
                        (self.include_deleted, flt.include_deleted)):  # fmt: skip
            with QSignalBlocker(box):
                box.setChecked(on)
        if self.search.text().strip() != flt.text:
            with QSignalBlocker(self.search):
                self.search.setText(flt.text)

    def apply(self) -> bool:
        """Check the filter against the store, then hand it to the window; False if malformed.

        Only a search needs checking (and its match count is worth showing); other filters are
        well-formed by construction, so they skip the extra query.
        """
        self._debounce.stop()
        flt = self.build_filter()
        if flt.text and not self._check_search(flt):
            return False
        if not flt.text:
            self._say("", NOTE_STYLE)
        if flt != self.window_.current_filter():
            self.window_.apply_filter(flt)
        return True

    def _check_search(self, flt: EventFilter) -> bool:
        store = self.window_.store
        if store is None:
            return True
        try:
            count = store.count_events(flt)
        except QueryError as exc:
            # The store's message is written for the analyst ("a quotation mark is not closed").
            text = str(exc) if str(exc).lower().startswith("search") else f"Search: {exc}"
            self._say(text, ERROR_STYLE)
            return False
        except StoreError as exc:
            self._say(str(exc), ERROR_STYLE)
            return False
        self._say(f"{count:,} events match" if count != 1 else "1 event matches", NOTE_STYLE)
        return True

    def clear(self) -> None:
        self.show_filter(EventFilter(article_id=self.window_.current_filter().article_id))
        self.apply()

    def _say(self, text: str, style: str) -> None:
        self.has_error = style == ERROR_STYLE
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def focus_search(self) -> None:
        self.show()
        self.raise_()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # choices and views from the store
    def refresh_choices(self) -> None:
        """Forget the completion lists (reloaded when a picker is next used) and reload views."""
        self.choices.invalidate()
        self._reload_views()

    def _reload_views(self) -> None:
        names = sorted(self.window_.store.views()) if self.window_.store else []
        current = [self.views_combo.itemText(i) for i in range(self.views_combo.count())]
        if names != current:
            with QSignalBlocker(self.views_combo):
                self.views_combo.clear()
                self.views_combo.addItems(names)
                self.views_combo.setCurrentIndex(-1)
        self.delete_view_button.setEnabled(bool(names) and not self._read_only)

    def set_read_only(self, reason: str) -> None:
        """Views are kept in the store: on a read-only one they can be recalled, not saved or
        deleted (`reason`, "" for a writable store, is the buttons' tooltip)."""
        self._read_only = reason
        self.save_view_button.setEnabled(not reason)
        self.save_view_button.setToolTip(
            reason or "Save these filters and the visible range under a name"
        )
        self.delete_view_button.setToolTip(reason or "Delete the chosen saved view")
        self._reload_views()

    def save_view(self, name: str) -> None:
        store = self.window_.store
        if store is None or not name.strip():
            return
        flt = self.build_filter()
        store.save_view(name.strip(), filter_to_json(flt, self.window_.timeline.visible_range()))
        self._reload_views()
        self.views_combo.setCurrentText(name.strip())

    def recall_view(self, name: str) -> None:
        store = self.window_.store
        text = store.views().get(name) if store else None
        if text is None:
            return
        flt, visible = filter_from_json(text)
        flt = replace(flt, article_id=self.window_.current_filter().article_id)
        self.show_filter(flt)
        if self.apply() and visible:
            self.window_.timeline.set_visible_range(*visible)

    def delete_view(self, name: str) -> None:
        if self.window_.store is not None and name:
            self.window_.store.delete_view(name)
            self._reload_views()

    def _on_save_clicked(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Save view")
        dialog.setLabelText("Name of this view (filters and visible dates):")
        dialog.setTextValue(self.views_combo.currentText())
        dialog.textValueSelected.connect(self.save_view)
        dialog.open()

    def _on_delete_clicked(self) -> None:
        self.delete_view(self.views_combo.currentText())
