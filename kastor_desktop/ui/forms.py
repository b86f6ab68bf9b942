"""Forms with inline validation: each field has its error line right below it.

When messages appear the dialog holding the form grows to fit them (it never shrinks), so the
fields keep their height and no message is clipped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.errors import FieldError

ERROR_STYLE = "color: #c0392b; font-size: 11px;"
WRAP_CHARACTERS = 40  # a wrapped note is never narrower than this many characters (or its text)


def keep_readable(label: QLabel) -> None:
    """A word-wrapped note may shrink to its longest word and grow tall and thin: give it a
    minimum width of its whole text, or about WRAP_CHARACTERS characters if that is less."""
    label.ensurePolished()  # the style sheet's font size decides the metrics
    metrics = label.fontMetrics()
    text = label.text()
    width = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
    limit = metrics.horizontalAdvance("x") * WRAP_CHARACTERS
    label.setMinimumWidth(min(width, limit) + 2 * label.margin() + 2)


def fit_dialog(widget: QWidget) -> None:
    """Let the visible dialog holding ``widget`` grow to its size hint after its content grew:
    never smaller than it is, the width kept unless the hint is wider, within the screen.

    Wrapped messages know their height only once laid out at their real width, so the size is
    worked out again after the first resize (at most three passes)."""
    window = widget.window()
    if not isinstance(window, QDialog) or not window.isVisible():
        return  # a dialog not shown yet takes its size hint when shown
    for _ in range(3):
        for inner in window.findChildren(QLayout):  # every cached size hint is stale now
            inner.invalidate()
        layout = window.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        hint = window.sizeHint().expandedTo(window.minimumSizeHint())
        width = max(window.width(), hint.width())
        height = max(window.height(), hint.height(), window.heightForWidth(width))
        screen = window.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = max(window.width(), min(width, room.width()))
            height = max(window.height(), min(height, room.height()))
        if (width, height) == (window.width(), window.height()):
            return
        window.resize(width, height)


class FieldSlot:
    def __init__(self, widget: QWidget, error: QLabel) -> None:
        self.widget = widget
        self.error = error

    def show(self, message: str, fit: bool = True) -> None:
        """Show (or clear, with "") the field's message; ``fit`` grows the dialog if needed."""
        if message == self.error.text() and bool(message) == self.error.isVisibleTo(
            self.error.parentWidget()
        ):
            return
        self.error.setText(message)
        if message:
            keep_readable(self.error)
        self.error.setVisible(bool(message))
        self.widget.setProperty("invalid", bool(message))
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)
        if fit and message:
            fit_dialog(self.widget)


class ValidatedForm(QWidget):
    """A QFormLayout whose fields are keyed by the service's field names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.slots: dict[str, FieldSlot] = {}

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        box = QWidget(self)
        policy = box.sizePolicy()
        policy.setHeightForWidth(True)  # wrapped hints and messages take the height they need
        box.setSizePolicy(policy)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if widget.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed:
            # a one-line input is never squashed when wrapped messages make the form taller
            widget.setMinimumHeight(widget.sizeHint().height())
        if hint:
            note = QLabel(hint, box)
            note.setStyleSheet("color: #7f8c8d; font-size: 11px;")
            note.setWordWrap(True)
            keep_readable(note)
            column.addWidget(note)
        error = QLabel(box)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.layout_.addRow(caption, box)
        self.slots[key] = FieldSlot(widget, error)
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        self.layout_.addRow(label, widget)

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Show each message beside its field; focus the first. Returns True if any shown."""
        first: QWidget | None = None
        for key, slot in self.slots.items():
            message = errors.get(key, "")
            slot.show(message, fit=False)
            if message and first is None:
                first = slot.widget
        if first is not None:
            fit_dialog(self)
            first.setFocus()
        return first is not None

    def clear_errors(self) -> None:
        for slot in self.slots.values():
            slot.show("")

    def clear_error(self, key: str) -> None:
        """Hide a field's message (the user is changing the field)."""
        self.slots[key].show("")

    def error_text(self, key: str) -> str:
        slot = self.slots.get(key)
        return slot.error.text() if slot and slot.error.isVisibleTo(self) else ""

    def check_live(self, key: str, check: Callable[[], object]) -> bool:
        """Run a pure check as the user leaves a field; show or clear its message."""
        try:
            check()
        except FieldError as error:
            self.slots[key].show(error.message)
            return False
        self.slots[key].show("")
        return True
