"""The dialog that sets (or clears) an article's publication date.

Kept apart from `desk` (which opens it) so each module stays small.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
)

from timeline_app.ui.event_editor import from_qdate, to_qdate
from timeline_app.ui.formatting import format_day


class ArticleDateDialog(QDialog):
    """Ask for an article's publication date, or "unknown".

    Setting the missing date of an article is one step: the date field has the focus and is
    never disabled, and changing it unticks "Unknown" (the dialog used to open with the field
    disabled behind a ticked "Unknown", so the analyst had to untick it before typing).

    With the date unknown the field starts at `suggested` (the newest day the article names,
    `publication_hint`), not at today, which looked like an answer; while "Unknown" is ticked
    its text is greyed like a placeholder and a line under it says where the start comes from.
    """

    def __init__(
        self,
        title: str,
        published: date | None,
        parent: Any = None,
        suggested: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Publication date")
        layout = QVBoxLayout(self)
        label = QLabel(f"When was “{title or 'this article'}” published?")
        label.setWordWrap(True)
        start = published or suggested
        self.edit = QDateEdit(to_qdate(start) if start else QDate.currentDate())
        self.edit.setCalendarPopup(True)
        # The day first, as in the event editor: typed digits go to it (a leading weekday name
        # took the focus and swallowed them).
        self.edit.setDisplayFormat("d MMM yyyy")
        self.hint = QLabel(_start_hint(suggested) if published is None else "")
        self.hint.setWordWrap(True)
        self.hint.setVisible(published is None)
        self.unknown = QCheckBox("Unknown (relative dates stay unresolved)")
        self.unknown.toggled.connect(self._show_state)
        self.unknown.setChecked(published is None)
        # Typing or picking a day unticks "Unknown". Qt also emits dateChanged for an unchanged
        # day when Enter is pressed: that OK must not set the day the field merely started at.
        self._shown = self.edit.date()
        self.edit.dateChanged.connect(self._on_date_changed)
        self.edit.lineEdit().textEdited.connect(lambda _text: self.unknown.setChecked(False))
        note = QLabel("Its machine-found events are re-resolved; your edited events are kept.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (label, self.edit, self.hint, self.unknown, note, buttons):
            layout.addWidget(w)
        self.edit.setFocus()

    def _on_date_changed(self, day: QDate) -> None:
        if day != self._shown:
            self._shown = day
            self.unknown.setChecked(False)

    def _show_state(self, unknown: bool) -> None:
        """Grey the field's day while "Unknown" is ticked: it is a start, not an answer."""
        palette = self.palette()
        if unknown:
            palette.setColor(
                QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.PlaceholderText)
            )
        self.edit.setPalette(palette)
        self.edit.lineEdit().setPalette(palette)
        self.hint.setVisible(unknown)

    def value(self) -> date | None:
        return None if self.unknown.isChecked() else from_qdate(self.edit.date())


def _start_hint(suggested: date | None) -> str:
    if suggested is None:
        return "The article names no full date: type the day it was published."
    return (
        f"Starts at {format_day(suggested)}, the latest day the article names (it was "
        "published then or later): type the day, or untick Unknown to take this one."
    )
