"""The dialog that sets (or clears) an article's publication date.

Kept apart from `desk` (which opens it) so each module stays small.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
)

from timeline_app.ui.event_editor import from_qdate, to_qdate


class ArticleDateDialog(QDialog):
    """Ask for an article's publication date, or "unknown".

    Setting the missing date of an article is one step: the date field has the focus and is
    never disabled, and changing it unticks "Unknown" (the dialog used to open with the field
    disabled behind a ticked "Unknown", so the analyst had to untick it before typing).
    """

    def __init__(self, title: str, published: date | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Publication date")
        layout = QVBoxLayout(self)
        label = QLabel(f"When was “{title or 'this article'}” published?")
        label.setWordWrap(True)
        self.edit = QDateEdit(to_qdate(published) if published else QDate.currentDate())
        self.edit.setCalendarPopup(True)
        # The day first, as in the event editor: typed digits go to it (a leading weekday name
        # took the focus and swallowed them).
        self.edit.setDisplayFormat("d MMM yyyy")
        self.unknown = QCheckBox("Unknown (relative dates stay unresolved)")
        self.unknown.setChecked(published is None)
        self.edit.dateChanged.connect(lambda _day: self.unknown.setChecked(False))
        note = QLabel("Its machine-found events are re-resolved; your edited events are kept.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (label, self.edit, self.unknown, note, buttons):
            layout.addWidget(w)
        self.edit.setFocus()

    def value(self) -> date | None:
        return None if self.unknown.isChecked() else from_qdate(self.edit.date())
