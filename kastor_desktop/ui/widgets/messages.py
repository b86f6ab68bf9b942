"""How errors reach the user: service messages as they are (Spanish), the unexpected logged."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kastor_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    if isinstance(error, ServiceError):
        QMessageBox.warning(
            parent,
            title or QCoreApplication.translate("Messages", "Could not complete the action"),
            error.message,
        )
        return
    log.error("Error inesperado", exc_info=error)
    QMessageBox.critical(
        parent,
        title or QCoreApplication.translate("Messages", "Unexpected error"),
        QCoreApplication.translate(
            "Messages",
            "Something unexpected went wrong and nothing was saved. The details are in the log.",
        )
        + f"\n\n{type(error).__name__}: {error}",
    )


def confirm(parent: QWidget | None, title: str, text: str, danger: bool = False) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
