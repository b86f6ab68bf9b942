"""The office profile: name (editable), RUT (read-only, set at creation) and logo («Subir Logo»)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.services.context import Changes
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.office import OfficeProfile
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.office.logo_crop_dialog import LogoCropDialog
from kastor_desktop.ui.widgets import messages

LOGO_SIDE = 200


class ProfilePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: OfficeProfile | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Office profile"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "The office's name and logo appear on notices and on the e-mails sent to co-owners."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)

        details = QGroupBox(self.tr("Details"), self)
        details_column = QVBoxLayout(details)
        self.form = ValidatedForm(details)
        self.name = QLineEdit(details)
        self.name.setMaxLength(200)
        self.name.setMinimumWidth(360)
        self.form.add_field("name", self.tr("Office &name"), self.name)
        self.tax_id = QLineEdit(details)
        self.tax_id.setReadOnly(True)
        self.tax_id.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.form.add_field(
            "tax_id",
            self.tr("RUT"),
            self.tax_id,
            self.tr("Set when the office was created; it cannot be changed here."),
        )
        details_column.addWidget(self.form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.saved_label = QLabel(details)
        self.saved_label.setObjectName("hint")
        save_row.addWidget(self.saved_label)
        self.save_button = QPushButton(icon("save"), self.tr("&Save"), details)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save the office name (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_name)
        save_row.addWidget(self.save_button)
        details_column.addLayout(save_row)
        self.name.returnPressed.connect(self.save_name)
        self.name.textEdited.connect(lambda _t: self.saved_label.setText(""))

        logo_box = QGroupBox(self.tr("Logo"), self)
        logo_row = QHBoxLayout(logo_box)
        self.logo = QLabel(logo_box)
        self.logo.setObjectName("imagePreview")
        self.logo.setFixedSize(LOGO_SIDE, LOGO_SIDE)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setWordWrap(True)
        logo_row.addWidget(self.logo)
        logo_side = QVBoxLayout()
        self.upload_button = QPushButton(icon("image"), self.tr("&Upload logo…"), logo_box)
        self.upload_button.setShortcut("Ctrl+U")
        self.upload_button.setToolTip(
            self.tr("Choose a JPG image and crop the square to keep (Ctrl+U)")
        )
        self.upload_button.clicked.connect(self.upload_logo)
        logo_side.addWidget(self.upload_button, 0, Qt.AlignmentFlag.AlignLeft)
        rules = QLabel(
            self.tr(
                "JPG or JPEG only, at most 2 MB.\nRecommended 600 x 600 px.\n"
                "You choose the square to keep before saving."
            ),
            logo_box,
        )
        rules.setObjectName("hint")
        rules.setWordWrap(True)
        logo_side.addWidget(rules)
        logo_side.addStretch(1)
        logo_row.addLayout(logo_side, 1)

        columns = QHBoxLayout()
        columns.addWidget(details, 1)
        columns.addWidget(logo_box, 1)
        outer.addLayout(columns)
        outer.addStretch(1)

    # -- page protocol -------------------------------------------------------------------
    def refresh(self) -> None:
        typed = self.name.text() if self.has_unsaved_changes() else None  # keep what is typed
        self.current = self.ctx.services.office.profile()
        self.name.setText(typed if typed is not None else self.current.name)
        self.tax_id.setText(self.current.tax_id)
        self.form.clear_errors()
        self._show_logo(self.current)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("office"):
            self.refresh()

    def has_unsaved_changes(self) -> bool:
        """A name typed but not saved (the main window asks before signing out or closing)."""
        return self.current is not None and self.name.text().strip() != self.current.name

    def _show_logo(self, profile: OfficeProfile) -> None:
        pixmap = QPixmap(str(profile.logo)) if profile.logo and profile.logo.exists() else QPixmap()
        if pixmap.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("No logo yet"))
        else:
            self.logo.setPixmap(
                pixmap.scaled(
                    LOGO_SIDE - 4,
                    LOGO_SIDE - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    # -- actions -------------------------------------------------------------------------
    def save_name(self) -> None:
        self.form.clear_errors()
        self.saved_label.setText("")
        service, actor, name = self.ctx.services.office, self.ctx.actor, self.name.text()
        self.save_button.setEnabled(False)
        self.ctx.runner.run_db(
            lambda _p: service.rename(actor, name), self._renamed, self._failed, parent=self
        )

    def _renamed(self, outcome: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.changed(outcome.changes)
        self.saved_label.setText(self.tr("Saved."))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed) and self.form.show_errors(error.errors):
            return
        messages.show_error(self, error)

    def upload_logo(self) -> None:
        LogoCropDialog(self.ctx, self).exec()
