"""One consistent icon set: Lucide line icons (ISC), tinted to the palette and cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kastor_desktop.paths import resources_dir

DEFAULT_COLOR = "#34495e"
SIZES = (16, 20, 24, 32)


@cache
def icon(name: str, color: str = DEFAULT_COLOR) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    result = QIcon()
    if not path.exists():
        return result
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    for size in SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result
