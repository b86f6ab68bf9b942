"""The community's delinquency month by month: one bar of overdue debt per month, drawn with
QPainter (QtCharts is not part of PySide6-Essentials).

The value axis starts at zero and is marked at round amounts (1, 2, 2,5 or 5 × 10ⁿ) in es-CL
money; the months below read «nov 2026» (only every second or third one when they are many).
The newest month is drawn darker. Hovering a bar shows the month's overdue and total debt and
how many units were overdue; ``values()`` and ``labels()`` are what the bars show."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kastor_desktop.domain.money import format_amount
from kastor_desktop.ui.i18n import locale

translate = QCoreApplication.translate

BAR, LATEST, AXIS, GRID, TEXT = "#5d8aa8", "#1f4e79", "#95a5a6", "#e5e8eb", "#566573"


@dataclass(frozen=True)
class Bar:
    """One month as the chart shows it (amounts in minor units)."""

    year: int
    month: int
    overdue: int
    owed: int
    units_overdue: int


def month_label(year: int, month: int) -> str:
    """«nov 2026»: the es-CL short month name and the year."""
    name = locale().monthName(month, locale().FormatType.ShortFormat).rstrip(".")
    return f"{name} {year}"


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2,5 or 5 × 10ⁿ) giving about ``ticks`` marks up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def compact(major: float) -> str:
    """A short es-CL amount for the top of a bar: «1,2 M», «850 mil», «900»."""
    if major >= 1_000_000:
        text = f"{major / 1_000_000:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{text} M"
    if major >= 1_000:
        return f"{round(major / 1_000)} mil"
    return str(round(major))


class DelinquencyChart(QWidget):
    """``set_history(months, exponent)`` with ``services.delinquency.history`` rows."""

    MARGIN = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.exponent = 0
        self.setMouseTracking(True)
        self.setMinimumSize(320, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("DelinquencyChart", "Overdue debt by month"))

    # -- data -----------------------------------------------------------------------------
    def set_history(self, months: Sequence[object], exponent: int = 0) -> None:
        self.bars = [
            Bar(m.year, m.month, m.overdue, m.owed, m.units_overdue)  # type: ignore[attr-defined]
            for m in months
        ]
        self.exponent = exponent
        last = self.bars[-1] if self.bars else None
        self.setAccessibleDescription(
            translate("DelinquencyChart", "%1: overdue %2")
            .replace("%1", month_label(last.year, last.month))
            .replace("%2", self.money(last.overdue))
            if last
            else ""
        )
        self.update()

    def values(self) -> list[int]:
        return [b.overdue for b in self.bars]

    def labels(self) -> list[str]:
        return [month_label(b.year, b.month) for b in self.bars]

    def money(self, minor: int) -> str:
        return format_amount(minor, self.exponent)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 230)

    # -- geometry -------------------------------------------------------------------------
    def _scale(self) -> tuple[float, float]:
        """(step, top) of the value axis in major units."""
        peak = max((b.overdue for b in self.bars), default=0) / 10**self.exponent
        step = nice_step(peak)
        return step, max(step * math.ceil(peak / step), step)

    def _plot(self) -> QRectF:
        metrics = self.fontMetrics()
        step, top = self._scale()
        widest = max(
            metrics.horizontalAdvance(format_amount(round(step * i), 0))
            for i in range(int(round(top / step)) + 1)
        )
        left = self.MARGIN + widest + 8
        top_room = self.MARGIN + metrics.height() + 2  # the value over the tallest bar
        bottom = self.MARGIN + metrics.height() + 6
        return QRectF(
            left, top_room, self.width() - left - self.MARGIN, self.height() - top_room - bottom
        )

    def bar_rects(self) -> list[QRectF]:
        if not self.bars:
            return []
        plot = self._plot()
        _step, top = self._scale()
        slot = plot.width() / len(self.bars)
        width = max(min(slot * 0.64, 56.0), 2.0)
        rects = []
        for number, bar in enumerate(self.bars):
            height = plot.height() * (bar.overdue / 10**self.exponent) / top if top else 0.0
            x = plot.left() + slot * number + (slot - width) / 2
            rects.append(QRectF(x, plot.bottom() - height, width, height))
        return rects

    def bar_at(self, x: float) -> int | None:
        """The month under horizontal position ``x`` (its whole column counts)."""
        if not self.bars:
            return None
        plot = self._plot()
        if not plot.left() <= x < plot.right():
            return None
        return min(int((x - plot.left()) / (plot.width() / len(self.bars))), len(self.bars) - 1)

    def tip(self, index: int) -> str:
        bar = self.bars[index]
        return (
            translate("DelinquencyChart", "%1\nOverdue: %2\nTotal owed: %3\nUnits overdue: %4")
            .replace("%1", month_label(bar.year, bar.month))
            .replace("%2", self.money(bar.overdue))
            .replace("%3", self.money(bar.owed))
            .replace("%4", str(bar.units_overdue))
        )

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#dde3e9")))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if not self.bars:
            painter.setPen(QColor(TEXT))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("DelinquencyChart", "No months with charges yet."),
            )
            painter.end()
            return
        plot = self._plot()
        self._paint_axis(painter, plot)
        self._paint_bars(painter, plot)
        painter.end()

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        metrics = self.fontMetrics()
        step, top = self._scale()
        marks = int(round(top / step))
        for i in range(marks + 1):
            y = plot.bottom() - plot.height() * i / marks
            painter.setPen(QPen(QColor(GRID if i else AXIS), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            text = format_amount(round(step * i), 0)
            painter.setPen(QColor(TEXT))
            box = QRectF(
                self.MARGIN,
                y - metrics.height() / 2,
                plot.left() - self.MARGIN - 6,
                metrics.height(),
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        slot = plot.width() / len(self.bars)
        widest = max(metrics.horizontalAdvance(label) for label in self.labels())
        every = max(1, math.ceil((widest + 8) / slot))
        for number, label in enumerate(self.labels()):
            if (len(self.bars) - 1 - number) % every:
                continue  # the newest month always has its label
            width = metrics.horizontalAdvance(label) + 2
            centre = plot.left() + slot * (number + 0.5)
            left = min(max(centre - width / 2, self.MARGIN), self.width() - self.MARGIN - width)
            box = QRectF(left, plot.bottom() + 4, width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)

    def _paint_bars(self, painter: QPainter, plot: QRectF) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6.0))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        last = len(self.bars) - 1
        for number, (bar, rect) in enumerate(zip(self.bars, self.bar_rects(), strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LATEST if number == last else BAR))
            painter.drawRect(rect)
            if not bar.overdue:
                continue
            text = compact(bar.overdue / 10**self.exponent)
            if metrics.horizontalAdvance(text) > plot.width() / len(self.bars):
                continue
            painter.setPen(QColor(TEXT))
            box = QRectF(
                rect.center().x() - 40, rect.top() - metrics.height() - 1, 80, metrics.height()
            )
            painter.drawText(
                box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text
            )

    # -- hover ----------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.bar_at(event.position().x())
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tip(index), self)
        super().mouseMoveEvent(event)

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos().x())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.tip(index), self)
                return True
        return super().event(event)  # type: ignore[arg-type]
