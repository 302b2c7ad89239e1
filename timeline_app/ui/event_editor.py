"""The event editor dialog: dates with a precision picker, type, title, actors, places, status, tags.

It only collects what the analyst changed (`changes()`); the desk turns that into one undoable
command. Choosing a precision snaps the interval to whole units (a month, a season, a decade...).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.domain.model import (
    DateBasis,
    DateSpan,
    EventSource,
    EventStatus,
    EventType,
    Precision,
    RawArticle,
    StoredArticle,
    StoredEvent,
)
from timeline_app.domain.palette import TYPE_LABEL, type_colour
from timeline_app.extraction.pipeline import extract
from timeline_app.ui.commands import field_values
from timeline_app.ui.formatting import date_reason

PRECISION_LABEL: dict[Precision, str] = {
    Precision.DAY: "Day",
    Precision.WEEK: "Week",
    Precision.MONTH: "Month",
    Precision.SEASON: "Season",
    Precision.QUARTER: "Quarter",
    Precision.HALF_YEAR: "Half-year",
    Precision.YEAR: "Year",
    Precision.DECADE: "Decade",
    Precision.CENTURY: "Century",
}


# --- snapping a span to whole units (pure) -----------------------------------------------------
def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _unit_bounds(d: date, precision: Precision) -> tuple[date, date]:
    """The whole unit of `precision` that contains day `d` (seasons are meteorological)."""
    y, m = d.year, d.month
    if precision is Precision.WEEK:
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    if precision is Precision.MONTH:
        return date(y, m, 1), _month_end(y, m)
    if precision is Precision.SEASON:
        # Winter runs Dec-Feb: January belongs to the winter that began the December before.
        first = 12 if m in (12, 1, 2) else (m // 3) * 3
        first_year = y - 1 if m in (1, 2) else y
        last_month, last_year = (first + 2 - 1) % 12 + 1, first_year + (first + 2 > 12)
        return date(first_year, first, 1), _month_end(last_year, last_month)
    if precision in (Precision.QUARTER, Precision.HALF_YEAR):
        size = 3 if precision is Precision.QUARTER else 6
        first = (m - 1) // size * size + 1
        return date(y, first, 1), _month_end(y, first + size - 1)
    if precision is Precision.YEAR:
        return date(y, 1, 1), date(y, 12, 31)
    if precision is Precision.DECADE:
        return date(y // 10 * 10 or 1, 1, 1), date(min(y // 10 * 10 + 9, 9999), 12, 31)
    if precision is Precision.CENTURY:
        first = (y - 1) // 100 * 100 + 1  # the 21st century is 2001-2100
        return date(first, 1, 1), date(min(first + 99, 9999), 12, 31)
    return d, d


def snap_span(start: date, end: date, precision: Precision) -> DateSpan:
    """Widen [start, end] to whole units of `precision`; a day-precision range is kept as typed."""
    start, end, precision = min(start, end), max(start, end), Precision(precision)
    if precision is Precision.DAY:
        return DateSpan(start, end, precision)
    return DateSpan(_unit_bounds(start, precision)[0], _unit_bounds(end, precision)[1], precision)


# --- small widgets shared with the filter dock -------------------------------------------------
def colour_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def type_icon(event_type: EventType) -> QIcon:
    return colour_icon(type_colour(event_type))


def split_tokens(text: str) -> list[str]:
    """ "Kyiv, Odesa ,, Kyiv" -> ["Kyiv", "Odesa"]: trimmed, no empties, first spelling kept."""
    seen: dict[str, str] = {}
    for token in text.split(","):
        token = " ".join(token.split())
        if token and token.casefold() not in seen:
            seen[token.casefold()] = token
    return list(seen.values())


class TokenCompleter(QCompleter):
    """Completes the last comma-separated token only, so a line can hold several names."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        line = self.widget()
        text = line.text() if isinstance(line, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + str(index.data())


class ChoiceCache:
    """The names the store knows per kind ("actors", "places", "sites", "tags").

    Loaded on first use after a change, not after every edit: listing the places of 100,000
    events takes a few hundred milliseconds, which the analyst should only wait for when a
    picker actually needs it.
    """

    LOADERS = {"actors": "all_actors", "places": "all_places", "sites": "all_sites",
               "tags": "all_tags"}  # fmt: skip

    def __init__(self, store_of: Callable[[], Any]) -> None:
        self._store_of = store_of
        self._lists: dict[str, list[str]] = {}

    def invalidate(self) -> None:
        self._lists.clear()

    def get(self, kind: str) -> list[str]:
        if kind not in self._lists:
            store = self._store_of()
            self._lists[kind] = list(getattr(store, self.LOADERS[kind])()) if store else []
        return self._lists[kind]


class TokenEdit(QLineEdit):
    """A multi-select picker: comma-separated names, completed from `choices` on focus."""

    def __init__(
        self,
        placeholder: str = "",
        choices: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._provider = choices
        self._choices = QStringListModel(self)
        completer = TokenCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.load_choices()
        super().focusInEvent(event)

    def load_choices(self) -> list[str]:
        if self._provider is not None:
            names = self._provider()
            if self._choices.stringList() != names:
                self._choices.setStringList(names)
        return self._choices.stringList()

    def tokens(self) -> list[str]:
        return split_tokens(self.text())

    def set_tokens(self, names: list[str] | tuple[str, ...] | frozenset[str]) -> None:
        text = ", ".join(sorted(names) if isinstance(names, frozenset) else names)
        if split_tokens(self.text()) != split_tokens(text):
            self.setText(text)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


# --- the dialog --------------------------------------------------------------------------------
class EventEditor(QDialog):
    """Edit one event (or a new one). `changes()` holds only the fields that differ from before."""

    def __init__(
        self,
        event: StoredEvent,
        choices: ChoiceCache | None = None,
        parent: QWidget | None = None,
        *,
        creating: bool = False,
    ) -> None:
        super().__init__(parent)
        self.original = event  # not `self.event`: that would shadow QObject.event()
        self.creating = creating
        self.setWindowTitle("New event" if creating else "Edit event")
        self.setMinimumWidth(520)
        self._snapping = False
        self._build(choices or ChoiceCache(lambda: None))
        self._load(event)

    # building
    def _build(self, choices: ChoiceCache) -> None:
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.type_combo = QComboBox()
        for t in EventType:
            self.type_combo.addItem(type_icon(t), TYPE_LABEL[t], t)
        self.status_combo = QComboBox()
        for s in EventStatus:
            self.status_combo.addItem(s.value.capitalize(), s)
        form.addRow("&Title", self.title_edit)
        form.addRow("T&ype", self.type_combo)
        form.addRow("&Status", self.status_combo)
        form.addRow("&Date", self._build_dates())
        # Where the date came from, next to the fields that correct it (it was only in the
        # timeline's tooltip): "overnight → 17–18 Nov: the night before publication".
        self.dating_label = QLabel()
        self.dating_label.setWordWrap(True)
        self.dating_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.dating_label)
        self.actors_edit = TokenEdit("Russia, Ukraine, Zelensky …", lambda: choices.get("actors"))
        self.places_edit = TokenEdit("Kyiv, Voronezh …", lambda: choices.get("places"))
        self.tags_edit = TokenEdit("frontline, verify …", lambda: choices.get("tags"))
        form.addRow("&Actors", self.actors_edit)
        form.addRow("&Places", self.places_edit)
        form.addRow("Ta&gs", self.tags_edit)
        self.star_box = QCheckBox("Starred")
        form.addRow("", self.star_box)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText("Your note on this event")
        self.note_edit.setFixedHeight(70)
        form.addRow("&Note", self.note_edit)
        self._finish_layout(form)

    def _build_dates(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.date_known = QCheckBox("Known")
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMinimumDate(QDate(1, 1, 1))
            edit.dateChanged.connect(self._on_dates_changed)
        self.precision_combo = QComboBox()
        for p in Precision:
            self.precision_combo.addItem(PRECISION_LABEL[p], p)
        self._precision = Precision.DAY
        self._shown_start = self.start_edit.date()  # the start before the analyst moves it
        self.precision_combo.currentIndexChanged.connect(self._on_precision_changed)
        self.date_known.toggled.connect(self._on_date_known_toggled)
        for w in (self.date_known, self.start_edit, QLabel("to"), self.end_edit):
            row.addWidget(w)
        row.addWidget(self.precision_combo)
        return box

    def _finish_layout(self, form: QFormLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.sources_label = QLabel()
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.sources_label)
        self.message = QLabel()
        self.message.setStyleSheet("color: #B00020;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # loading and reading back
    def _load(self, e: StoredEvent) -> None:
        self.title_edit.setText(e.title)
        self.type_combo.setCurrentIndex(self.type_combo.findData(e.type))
        self.status_combo.setCurrentIndex(self.status_combo.findData(e.status))
        self._snapping = True  # loading must not snap a stored span
        span = e.span or DateSpan.day(date.today())
        self.start_edit.setDate(to_qdate(span.start))
        self.end_edit.setDate(to_qdate(span.end))
        self.precision_combo.setCurrentIndex(self.precision_combo.findData(span.precision))
        self._snapping = False
        self._remember_shown()
        self.date_known.setChecked(e.span is not None)
        self._on_date_known_toggled(e.span is not None)
        self.actors_edit.set_tokens([a.name for a in e.actors])
        self.places_edit.set_tokens([p.name for p in e.places])
        self.tags_edit.set_tokens(list(e.tags))
        self.star_box.setChecked(e.starred)
        self.note_edit.setPlainText(e.note)
        self.sources_label.setText(sources_text(e))
        why = date_reason(e.explanation, e.basis)
        self.dating_label.setText(f"How it was dated: {why}" if why else "")
        self.dating_label.setVisible(bool(e.explanation))

    def set_span(self, span: DateSpan) -> None:
        self._snapping = True
        self.start_edit.setDate(to_qdate(span.start))
        self.end_edit.setDate(to_qdate(span.end))
        self.precision_combo.setCurrentIndex(self.precision_combo.findData(span.precision))
        self._snapping = False
        self._remember_shown()
        self.date_known.setChecked(True)

    def span(self) -> DateSpan | None:
        if not self.date_known.isChecked():
            return None
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        return snap_span(start, end, self.precision_combo.currentData())

    def values(self) -> dict[str, Any]:
        """Every editable field as the dialog now shows it, in `Store.update_event` shape."""
        return {
            "span": self.span(),
            "type": EventType(self.type_combo.currentData()),  # Qt hands enums back as str
            "title": " ".join(self.title_edit.text().split()),
            "status": EventStatus(self.status_combo.currentData()),
            "actors": self.actors_edit.tokens(),
            "places": self.places_edit.tokens(),
            "tags": self.tags_edit.tokens(),
            "starred": self.star_box.isChecked(),
            "note": self.note_edit.toPlainText().strip(),
        }

    def changes(self) -> dict[str, Any]:
        before = field_values(self.original)
        return {k: v for k, v in self.values().items() if v != before[k]}

    # reacting
    def _on_date_known_toggled(self, known: bool) -> None:
        for w in (self.start_edit, self.end_edit, self.precision_combo):
            w.setEnabled(known)

    def _on_precision_changed(self, *_: object) -> None:
        """Coarser keeps what was covered (widened to whole units); finer narrows to the unit
        holding the start, since "week" after "November" means one week, not five."""
        new = Precision(self.precision_combo.currentData())
        order = list(Precision)
        finer = order.index(new) < order.index(self._precision)
        self._precision = new
        if finer and not self._snapping:
            self._snapping = True
            self.end_edit.setDate(self.start_edit.date())
            self._snapping = False
        self._on_dates_changed()

    def _on_dates_changed(self, *_: object) -> None:
        """Keep the shown interval whole units of the chosen precision (and end after start)."""
        if self._snapping:
            return
        self._snapping = True
        try:
            # Moving one bound past the other drags the other along (a later start moves the end).
            start, end = self.start_edit.date(), self.end_edit.date()
            if self.sender() is self.start_edit and self._was_one_unit(end):
                # A new start for a single day (week, month...) corrects the date: the whole
                # unit moves, rather than becoming a range from the new day to the old one.
                self.end_edit.setDate(start)
            elif start > end:
                other = self.start_edit if self.sender() is self.end_edit else self.end_edit
                other.setDate(end if other is self.start_edit else start)
            span = self.span() or DateSpan.day(from_qdate(self.start_edit.date()))
            self.start_edit.setDate(to_qdate(span.start))
            self.end_edit.setDate(to_qdate(span.end))
        finally:
            self._snapping = False
        self._remember_shown()

    def _remember_shown(self) -> None:
        self._shown_start = self.start_edit.date()

    def _was_one_unit(self, end: QDate) -> bool:
        """Whether the interval shown before the start moved, ending at `end`, was one unit."""
        before = from_qdate(self._shown_start)
        whole = snap_span(before, before, self.precision_combo.currentData())
        return whole.start == before and whole.end == from_qdate(end)

    def accept(self) -> None:
        values = self.values()
        if not values["title"]:
            self.message.setText("An event needs a title.")
            return
        super().accept()


def sources_text(event: StoredEvent) -> str:
    """The sentences the event comes from, so the analyst edits with the evidence in view."""
    if not event.sources:
        return ""
    lines = [f"Sources ({len(event.sources)}):"]
    for s in event.sources[:4]:
        sentence = " ".join(s.sentence.split())
        if len(sentence) > 220:
            sentence = sentence[:219].rstrip() + "…"
        lines.append(f"• {s.article_title or s.site}: {sentence}")
    if len(event.sources) > 4:
        lines.append(f"… and {len(event.sources) - 4} more")
    return "\n".join(lines)


# --- a new event from selected article text ----------------------------------------------------
def trimmed_range(text: str, start: int, end: int) -> tuple[int, int]:
    """The selection without the blanks around it, so provenance points at words."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def draft_from_selection(article: StoredArticle, start: int, end: int) -> StoredEvent:
    """A proposal (id 0) for the event the analyst selected: the machine's reading when it has one.

    Type, actors, places and status come from an extracted event inside the selection; the date
    from a time expression inside it, else that event's date; otherwise no date, because a guess
    is worse than none and the analyst sets it in the editor.
    """
    start, end = trimmed_range(article.text, start, end)
    raw = RawArticle(text=article.text, language=article.language, published=article.published)
    extraction = extract(raw)
    inside = [e for e in extraction.events if e.start < end and start < e.end]
    times = [t for t in extraction.time_expressions if start <= t.start and t.end <= end and t.span]
    guess = inside[0] if inside else None
    span = times[0].span if times else (guess.span if guess else None)
    sentence = " ".join(article.text[start:end].split())
    source = EventSource(article.id, article.title, article.text[start:end], start, end,
                         site=article.site)  # fmt: skip
    return StoredEvent(
        id=0,
        type=guess.type if guess else EventType.OTHER,
        title=guess.title if guess and guess.title else sentence[:80],
        span=span,
        status=guess.status if guess else EventStatus.HAPPENED,
        basis=DateBasis.EXPLICIT if times else (guess.basis if guess else None),
        confidence=1.0,
        edited=True,
        actors=guess.actors if guess else (),
        places=guess.places if guess else (),
        sources=(source,),
    )
