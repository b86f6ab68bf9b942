"""Dialogs whose Save runs one service call through the task runner."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages


class FormDialog(QDialog):
    """Save is off while the call runs; on success the outcome is kept, open screens are told
    and the dialog closes; field errors stay beside their fields, other errors in a message.

    Subclasses set ``ctx``, ``form`` and ``buttons`` (``add_buttons`` makes Save/Cancel) and
    implement ``save()`` by calling ``submit(job)``."""

    ctx: UiContext
    form: ValidatedForm
    buttons: QDialogButtonBox
    outcome: Any = None

    def add_buttons(self, column: QVBoxLayout, save_text: str | None = None) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save_text:
            save.setText(save_text)
        save.setIcon(icon("save"))
        save.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        return self.buttons

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, job: Any) -> None:
        self.form.clear_errors()
        self.buttons.setEnabled(False)
        self.ctx.runner.run_db(job, self._saved, self._failed, parent=self)

    def _saved(self, outcome: Any) -> None:
        self.buttons.setEnabled(True)
        self.outcome = outcome
        self.ctx.changed(outcome.changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationFailed) and self.form.show_errors(error.errors):
            return
        messages.show_error(self, error)
