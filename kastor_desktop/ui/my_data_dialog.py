"""«Mis datos» from the user menu: name and e-mail, and changing one's own password."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.contact_info import normalize_email
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.passwords import MIN_LENGTH
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages


def _password(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class MyDataDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("My data"))
        self.setWindowIcon(icon("user"))
        self.setMinimumWidth(500)
        column = QVBoxLayout(self)

        data_box = QGroupBox(self.tr("My data"), self)
        data_column = QVBoxLayout(data_box)
        self.form = ValidatedForm(data_box)
        self.username = QLineEdit(data_box)
        self.username.setReadOnly(True)
        self.username.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.full_name = QLineEdit(data_box)
        self.email = QLineEdit(data_box)
        self.email.setPlaceholderText("nombre@dominio.cl")
        self.form.add_field(
            "username",
            self.tr("Username"),
            self.username,
            self.tr("Used to sign in; it cannot be changed."),
        )
        self.form.add_field("full_name", self.tr("&Full name"), self.full_name)
        self.form.add_field("email", self.tr("&E-mail"), self.email)
        data_column.addWidget(self.form)
        self.save_button, self.data_status = self._action_row(
            data_box, data_column, self.tr("&Save"), "save", self.save_data
        )
        column.addWidget(data_box)

        password_box = QGroupBox(self.tr("Change password"), self)
        password_column = QVBoxLayout(password_box)
        self.password_form = ValidatedForm(password_box)
        self.current = _password(password_box)
        self.new = _password(password_box)
        self.repeat = _password(password_box)
        self.password_form.add_field("current_password", self.tr("C&urrent password"), self.current)
        self.password_form.add_field(
            "new_password",
            self.tr("&New password"),
            self.new,
            self.tr("At least %1 characters.").replace("%1", str(MIN_LENGTH)),
        )
        self.password_form.add_field(
            "password_repeat", self.tr("&Repeat new password"), self.repeat
        )
        password_column.addWidget(self.password_form)
        self.password_button, self.password_status = self._action_row(
            password_box,
            password_column,
            self.tr("&Change password"),
            "key-round",
            self.change_password,
        )
        column.addWidget(password_box)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        column.addWidget(close)
        self.password_box = password_box
        self.email.editingFinished.connect(
            lambda: self.form.check_live(
                "email", lambda: normalize_email(self.email.text(), "email", False)
            )
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.finished.connect(self._disconnect)
        self._load()
        self.full_name.setFocus()

    def _action_row(
        self, box: QWidget, column: QVBoxLayout, text: str, icon_name: str, slot: Any
    ) -> tuple[QPushButton, QLabel]:
        row = QHBoxLayout()
        row.addStretch(1)
        status = QLabel(box)
        status.setObjectName("hint")
        row.addWidget(status)
        button = QPushButton(icon(icon_name), text, box)
        button.clicked.connect(slot)
        row.addWidget(button)
        column.addLayout(row)
        return button, status

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Enter saves the section being edited: the default button follows the focus."""
        in_password = new is not None and self.password_box.isAncestorOf(new)
        self.password_button.setDefault(in_password)
        self.save_button.setDefault(not in_password)

    def _disconnect(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_changed)

    def _load(self) -> None:
        data = self.ctx.services.auth.my_data(self.ctx.actor)
        self.username.setText(data.username)
        self.full_name.setText(data.full_name)
        self.email.setText(data.email)

    # -- my data -------------------------------------------------------------------------
    def save_data(self) -> None:
        self.form.clear_errors()
        self.data_status.setText("")
        service, actor = self.ctx.services.auth, self.ctx.actor
        name, mail = self.full_name.text(), self.email.text()
        self.save_button.setEnabled(False)
        self.ctx.runner.run_db(
            lambda _p: service.update_my_data(actor, name, mail),
            self._data_saved,
            lambda error: self._failed(error, self.form, self.save_button),
            parent=self,
        )

    def _data_saved(self, outcome: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.actor = outcome.value  # the header shows the new name
        self.ctx.changed(outcome.changes)
        self.data_status.setText(self.tr("Saved."))

    # -- password ------------------------------------------------------------------------
    def change_password(self) -> None:
        self.password_form.clear_errors()
        self.password_status.setText("")
        if self.new.text() != self.repeat.text():
            self.password_form.show_errors(
                {"password_repeat": self.tr("The passwords do not match.")}
            )
            return
        service, actor = self.ctx.services.auth, self.ctx.actor
        current, new, repeat = self.current.text(), self.new.text(), self.repeat.text()
        self.password_button.setEnabled(False)
        self.ctx.runner.run_db(
            lambda _p: service.change_password(actor, current, new, repeat),
            self._password_changed,
            lambda error: self._failed(error, self.password_form, self.password_button),
            parent=self,
        )

    def _password_changed(self, outcome: Any) -> None:
        self.password_button.setEnabled(True)
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.ctx.changed(outcome.changes)
        self.password_status.setText(self.tr("Password changed."))

    def _failed(self, error: BaseException, form: ValidatedForm, button: QPushButton) -> None:
        button.setEnabled(True)
        if isinstance(error, ValidationFailed) and form.show_errors(error.errors):
            return
        messages.show_error(self, error)
