"""Sign-in dialog shown on every start once the office exists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.context import Actor
from kastor_desktop.services.errors import AuthenticationFailed
from kastor_desktop.services.suite import Services
from kastor_desktop.ui.forms import ERROR_STYLE
from kastor_desktop.ui.icons import icon


class SignInDialog(QDialog):
    def __init__(
        self,
        services: Services,
        username: str = "",
        parent: QWidget | None = None,
        error: str = "",
    ) -> None:
        """``error``: shown from the start (e.g. the automatic sign-in failed)."""
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — Kastor Desktop"))
        self.setWindowIcon(icon("building-2", "#1f4e79"))
        self.setMinimumWidth(380)
        column = QVBoxLayout(self)
        office = services.office.profile()
        heading = QLabel(f"<h2>{office.name}</h2>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(heading)
        column.addWidget(QLabel(self.tr("Sign in to continue."), self))
        form = QFormLayout()
        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        user_label = QLabel(self.tr("&User"), self)
        user_label.setBuddy(self.username)
        pass_label = QLabel(self.tr("&Password"), self)
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)
        column.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setText(error)
        self.error.setVisible(bool(error))
        column.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def try_sign_in(self) -> None:
        try:
            self.actor = self.services.auth.sign_in(self.username.text(), self.password.text())
        except AuthenticationFailed as error:
            self.error.setText(error.message)
            self.error.setVisible(True)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
