"""Pick a JPG/JPEG (≤ 2 MB) with a thumbnail preview; the file is checked as soon as chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.services import media
from kastor_desktop.ui.icons import icon

THUMB = 96


class ImagePicker(QWidget):
    """``new_file`` is the chosen path (None: keep current); ``removed`` asks to drop the current."""

    error = Signal(str)

    def __init__(
        self, field: str, current: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.current = current if current and current.exists() else None
        self.new_file: str | None = None
        self.removed = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(self)
        self.preview.setFixedSize(THUMB, THUMB)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setObjectName("imagePreview")
        row.addWidget(self.preview)
        buttons = QVBoxLayout()
        self.choose = QPushButton(icon("image"), self.tr("Choose…"), self)
        self.choose.clicked.connect(self._browse)
        self.remove = QPushButton(icon("x"), self.tr("Remove"), self)
        self.remove.clicked.connect(self._remove)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        self._show(self.current)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose image"), "", self.tr("JPG images (*.jpg *.jpeg)")
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> bool:
        """Check the file at once; on error keep the previous choice and emit the message."""
        try:
            media.read_jpeg(path, self.field)
        except FieldError as problem:
            self.error.emit(problem.message)
            return False
        self.new_file, self.removed = path, False
        self.error.emit("")
        self._show(Path(path))
        return True

    def _remove(self) -> None:
        self.new_file, self.removed = None, self.current is not None
        self._show(None)

    def _show(self, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No image"))
            self.remove.setEnabled(False)
            return
        self.preview.setPixmap(
            pixmap.scaled(
                THUMB,
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.remove.setEnabled(True)
