"""A square crop frame over an image: drag, arrows (Shift for bigger steps), wheel or +/- to resize."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
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
    QSizePolicy,
    QWidget,
)

MIN_SIDE = 16


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
