"""Forms with inline validation: each field has its error line right below it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kastor_desktop.domain.errors import FieldError

ERROR_STYLE = "color: #c0392b; font-size: 11px;"


class FieldSlot:
    def __init__(self, widget: QWidget, error: QLabel) -> None:
        self.widget = widget
        self.error = error

    def show(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.widget.setProperty("invalid", bool(message))
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)


class ValidatedForm(QWidget):
    """A QFormLayout whose fields are keyed by the service's field names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.slots: dict[str, FieldSlot] = {}

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint, box)
            note.setStyleSheet("color: #7f8c8d; font-size: 11px;")
            note.setWordWrap(True)
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
            slot.show(message)
            if message and first is None:
                first = slot.widget
        if first is not None:
            first.setFocus()
        return first is not None

    def clear_errors(self) -> None:
        for slot in self.slots.values():
            slot.show("")

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
