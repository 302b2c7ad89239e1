"""Keyboard focus that shows: a clear ring on the focused control and a frame on the current row.

Analysts work from the keyboard, and Fusion's focus cues were a faint dotted cell in the events
table and a hairline around a checkbox label in the filter panel, near invisible in the dark
palette, and a flat button ("All") showed none. `FocusStyle` draws every focus rectangle as a
2 px ring in the highlight colour and rings a focused line edit, combo box, date field or button;
`FocusTableView` outlines a focused table and its current row (whole, not just the cell Qt
marks), in a colour that shows on a selected row too. The price: every style call passes through
Python, about 2 ms more for a repaint of the whole window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QTableView,
)

RING_PX = 2


class FocusStyle(QProxyStyle):
    """Fusion with focus rings an analyst can find at a glance, in light and dark palettes."""

    def drawPrimitive(  # noqa: N802 - Qt override
        self, element: QStyle.PrimitiveElement, option: Any, painter: QPainter, widget: Any = None
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            if not isinstance(widget, FocusTableView):  # that view rings its current row itself
                _ring_option(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _RINGED_PRIMITIVES and _has_focus(option) and not _inside_control(widget):
            _ring_option(painter, option)

    def drawControl(  # noqa: N802 - Qt override
        self, element: QStyle.ControlElement, option: Any, painter: QPainter, widget: Any = None
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and _has_focus(option):
            _ring_option(painter, option)  # flat buttons ("All") showed no focus at all

    def drawComplexControl(  # noqa: N802 - Qt override
        self, control: QStyle.ComplexControl, option: Any, painter: QPainter, widget: Any = None
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _RINGED_CONTROLS and _has_focus(option):
            _ring_option(painter, option)


_RINGED_PRIMITIVES = (QStyle.PrimitiveElement.PE_PanelLineEdit,)
_RINGED_CONTROLS = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)


def _inside_control(widget: Any) -> bool:
    """A date field's or an editable combo box's own line edit: the control around it is ringed
    whole, and a second ring round the text alone ran into the drop-down arrow."""
    parent = widget.parentWidget() if isinstance(widget, QLineEdit) else None
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def _has_focus(option: Any) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def _ring_option(painter: QPainter, option: Any) -> None:
    _ring(painter, QRectF(option.rect).adjusted(1, 1, -1, -1), focus_colour(option.palette))


def focus_colour(palette: QPalette) -> QColor:
    """The palette's highlight, lightened on a dark window so the ring stands off it."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        colour = colour.lighter(150)
    return colour


def _ring(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, RING_PX))
    painter.drawRoundedRect(rect, 2, 2)
    painter.restore()


def install_focus_style() -> None:
    """Wrap the application's style once (the window does it when it applies its theme)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), FocusStyle):
        return
    app.setStyle(FocusStyle(app.style().name() or "Fusion"))


def current_row_rect(view: QAbstractItemView) -> QRect | None:
    """The current row across the whole viewport, or None without a visible current row."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    cell = view.visualRect(index)
    if not cell.isValid() or not cell.intersects(view.viewport().rect()):
        return None
    return QRect(0, cell.top(), view.viewport().width(), cell.height())


def paint_focus_frame(view: QAbstractItemView) -> None:
    """While `view` has the focus: a ring inside its edge and around its current row (the row
    in the selection's text colour when selected, so it shows on the highlight)."""
    if not view.hasFocus():
        return
    palette = view.palette()
    painter = QPainter(view.viewport())
    try:
        _ring(painter, QRectF(view.viewport().rect()).adjusted(1, 1, -1, -1), focus_colour(palette))
        row = current_row_rect(view)
        if row is not None:
            selected = view.selectionModel().isSelected(view.currentIndex())
            colour = palette.color(QPalette.ColorRole.Text) if selected else focus_colour(palette)
            _ring(painter, QRectF(row).adjusted(2, 1, -2, -1), colour)
    finally:
        painter.end()


class FocusTableView(QTableView):
    """A table whose focus shows: a ring inside its edge and around its whole current row."""

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        paint_focus_frame(self)

    def currentChanged(self, current: Any, previous: Any) -> None:  # noqa: N802 - Qt override
        super().currentChanged(current, previous)
        self.viewport().update()  # the row's frame spans every cell of the old and new rows

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.viewport().update()
