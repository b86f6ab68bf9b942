"""«Subir Logo»: choose a JPG/JPEG (≤ 2 MB), place a dashed square over it, preview, save.

The square is kept in image pixel coordinates; the service cuts it and scales it to ≤ 600 px.
Mouse: drag the square, click elsewhere to centre it there, wheel to resize.
Keyboard: arrows move (Shift: faster), + / - resize.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
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

MIN_SIDE = 16
PREVIEW = 160


class CropView(QWidget):
    """The image scaled to fit, with a movable, resizable square crop frame."""

    crop_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.rect_ = QRect()
        self._scaled: QPixmap | None = None
        self._drag: QPointF | None = None
        self.placeholder = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(440, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- state ---------------------------------------------------------------------------
    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self._scaled = None
        if image is None:
            self.rect_ = QRect()
        else:
            side = min(image.width(), image.height())
            self.rect_ = QRect(
                (image.width() - side) // 2, (image.height() - side) // 2, side, side
            )
        self.setCursor(
            Qt.CursorShape.OpenHandCursor if image is not None else Qt.CursorShape.ArrowCursor
        )
        self.update()
        self.crop_changed.emit()

    def crop_rect(self) -> QRect:
        return QRect(self.rect_)

    def set_crop(self, x: int, y: int, side: int) -> None:
        if self.image is None:
            return
        limit = min(self.image.width(), self.image.height())
        side = max(min(MIN_SIDE, limit), min(int(side), limit))
        x = max(0, min(int(x), self.image.width() - side))
        y = max(0, min(int(y), self.image.height() - side))
        if QRect(x, y, side, side) != self.rect_:
            self.rect_ = QRect(x, y, side, side)
            self.update()
            self.crop_changed.emit()

    def move_by(self, dx: int, dy: int) -> None:
        self.set_crop(self.rect_.x() + dx, self.rect_.y() + dy, self.rect_.width())

    def resize_by(self, factor: float) -> None:
        if self.image is None:
            return
        side = self.rect_.width()
        new_side = round(side * factor)
        if new_side == side:
            new_side = side + (1 if factor > 1 else -1)
        centre = self.rect_.center()
        self.set_crop(centre.x() - new_side // 2, centre.y() - new_side // 2, new_side)

    # -- geometry ------------------------------------------------------------------------
    def _placement(self) -> tuple[float, QPointF]:
        assert self.image is not None
        area = self.rect().adjusted(8, 8, -8, -8)
        scale = min(area.width() / self.image.width(), area.height() / self.image.height())
        offset = QPointF(
            area.x() + (area.width() - self.image.width() * scale) / 2,
            area.y() + (area.height() - self.image.height() * scale) / 2,
        )
        return scale, offset

    def _on_screen(self, rect: QRect) -> QRectF:
        scale, offset = self._placement()
        return QRectF(
            offset.x() + rect.x() * scale,
            offset.y() + rect.y() * scale,
            rect.width() * scale,
            rect.height() * scale,
        )

    def _to_image(self, point: QPointF) -> QPointF:
        scale, offset = self._placement()
        return QPointF((point.x() - offset.x()) / scale, (point.y() - offset.y()) / scale)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#eef2f5"))
        if self.image is None:
            painter.setPen(QColor("#7f8c8d"))
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            painter.end()
            return
        whole = self._on_screen(self.image.rect())
        if self._scaled is None or self._scaled.size() != whole.size().toSize():
            self._scaled = QPixmap.fromImage(
                self.image.scaled(
                    whole.size().toSize(),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        painter.drawPixmap(whole.topLeft(), self._scaled)
        frame = self._on_screen(self.rect_)
        outside = QPainterPath()
        outside.addRect(whole)
        outside.addRect(frame)  # odd-even fill: everything but the square is shaded
        painter.fillPath(outside, QColor(0, 0, 0, 110))
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawRect(frame)
        painter.setPen(QPen(QColor("#1f4e79"), 2, Qt.PenStyle.DashLine))
        painter.drawRect(frame)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1f4e79"), 1, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        self._scaled = None
        super().resizeEvent(event)

    # -- mouse and keyboard --------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.image is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        point = self._to_image(event.position())
        if not QRectF(self.rect_).contains(point):
            side = self.rect_.width()
            self.set_crop(round(point.x() - side / 2), round(point.y() - side / 2), side)
        self._drag = point
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return super().mouseMoveEvent(event)
        point = self._to_image(event.position())
        dx, dy = round(point.x() - self._drag.x()), round(point.y() - self._drag.y())
        if dx or dy:
            before = self.rect_.topLeft()
            self.move_by(dx, dy)
            moved = self.rect_.topLeft() - before
            self._drag = QPointF(self._drag.x() + moved.x(), self._drag.y() + moved.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        if self.image is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.image is None:
            return super().wheelEvent(event)
        steps = event.angleDelta().y() / 120
        if steps:
            self.resize_by(1.05**steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.image is None:
            return super().keyPressEvent(event)
        fine = max(1, min(self.image.width(), self.image.height()) // 100)
        step = fine * 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else fine
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if key in moves:
            self.move_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.resize_by(1.05)
        elif key == Qt.Key.Key_Minus:
            self.resize_by(1 / 1.05)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802
        self.update()  # the focus frame
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)


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
