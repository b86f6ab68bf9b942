"""«Subir Logo»: choose a JPG/JPEG (≤ 2 MB), place a dashed square over it, preview, save.

The square is kept in image pixel coordinates; the service cuts it and scales it to ≤ 600 px.
Mouse: drag the square, click elsewhere to centre it there, wheel to resize.
Keyboard: arrows move (Shift: faster), + / - resize.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QImage,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.services import media
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.services.office import Crop
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ERROR_STYLE
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets import messages
from kastor_desktop.ui.widgets.crop_view import CropView

PREVIEW = 160


def _label(parent: QWidget, text: str, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setMaximumWidth(PREVIEW + 40)
    return label


class LogoCropDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: str | None = None
        self.outcome: Any = None
        self.setWindowTitle(self.tr("Upload logo"))
        self.setWindowIcon(icon("image"))
        self.resize(820, 560)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose = QPushButton(icon("image"), self.tr("&Choose image…"), self)
        self.choose.setShortcut("Ctrl+O")
        self.choose.setToolTip(self.tr("Choose a JPG or JPEG image from this computer (Ctrl+O)"))
        self.choose.clicked.connect(self.browse)
        top.addWidget(self.choose)
        self.file_label = QLabel(self.tr("JPG or JPEG, at most 2 MB."), self)
        self.file_label.setObjectName("hint")
        top.addWidget(self.file_label, 1)
        column.addLayout(top)
        self.error = QLabel(self)
        self.error.setObjectName("error_logo")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        body = QHBoxLayout()
        self.view = CropView(self)
        self.view.placeholder = self.tr(
            "No image chosen yet.\nUse «Choose image…» to pick the logo from this computer."
        )
        self.view.crop_changed.connect(self._crop_changed)
        body.addWidget(self.view, 1)
        side = QVBoxLayout()
        side.addWidget(_label(self, self.tr("Preview"), "caption"))
        self.preview = _label(self, "", "imagePreview")
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.preview)
        self.size_label = _label(self, "")
        side.addWidget(self.size_label)
        side.addWidget(_label(self, self.tr("Recommended 600 x 600 px"), "hint"))
        help_text = self.tr(
            "Only what is inside the dashed square is kept. Drag it with the mouse or "
            "move it with the arrow keys; resize it with the mouse wheel or the + and - keys."
        )
        side.addWidget(_label(self, help_text, "hint"))
        side.addStretch(1)
        body.addLayout(side)
        column.addLayout(body, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self._crop_changed()
        self.choose.setFocus()

    # -- choosing the file ---------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("JPG images (*.jpg *.jpeg)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Check the file (JPG/JPEG, ≤ 2 MB, decodable) and show it; False with a message if refused."""
        try:
            jpeg = media.read_jpeg(path, "logo")
        except FieldError as problem:
            self._refuse(problem.message)
            return False
        image = QImage.fromData(jpeg.data, "JPG")
        if image.isNull():
            self._refuse(self.tr("The image could not be shown."))
            return False
        self.path = str(path)
        self.show_error("")
        self.file_label.setText(f"{path}  ({jpeg.width} x {jpeg.height} px)")
        self.view.set_image(image)
        self.save_button.setEnabled(True)
        self.view.setFocus()
        return True

    def _refuse(self, message: str) -> None:
        self.path = None
        self.view.set_image(None)
        self.save_button.setEnabled(False)
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    # -- crop ----------------------------------------------------------------------------
    def crop(self) -> Crop:
        rect = self.view.crop_rect()
        return Crop(rect.x(), rect.y(), rect.width())

    def set_crop(self, x: int, y: int, side: int) -> None:
        self.view.set_crop(x, y, side)

    def _crop_changed(self) -> None:
        image, rect = self.view.image, self.view.crop_rect()
        if image is None or rect.isEmpty():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No image"))
            self.size_label.setText("")
            return
        square = image.copy(rect).scaled(
            QSize(PREVIEW, PREVIEW),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(QPixmap.fromImage(square))
        text = self.tr("Square: %1 x %1 px").replace("%1", str(rect.width()))
        if rect.width() < media.RECOMMENDED_SIDE:
            text += "\n" + self.tr(
                "Smaller than recommended: the logo may look blurred when printed."
            )
        elif rect.width() > media.RECOMMENDED_SIDE:
            text += "\n" + self.tr("It will be scaled down to 600 x 600 px.")
        self.size_label.setText(text)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        if self.path is None:
            self.show_error(self.tr("Choose an image first."))
            return
        service, actor, path, crop = (
            self.ctx.services.office,
            self.ctx.actor,
            self.path,
            self.crop(),
        )
        self.buttons.setEnabled(False)
        self.ctx.runner.run_db(
            lambda _p: service.set_logo(actor, path, crop),
            self._saved,
            self._failed,
            label=self.tr("Saving the logo…"),
            parent=self,
        )

    def _saved(self, outcome: Any) -> None:
        self.buttons.setEnabled(True)
        self.outcome = outcome
        self.ctx.changed(outcome.changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.show_error(" ".join(error.errors.values()))
            return
        messages.show_error(self, error)
