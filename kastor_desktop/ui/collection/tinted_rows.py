"""What the collection screens' tables add to RowTableModel: text and row colours (a broken
agreement, debt over 90 days), a filter beyond the search text and a «first N rows» limit, all
applied to the Python rows inside the model (never through a proxy model); plus the es-CL money
and date helpers those screens share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from kastor_desktop.domain.country import profile
from kastor_desktop.domain.money import format_amount
from kastor_desktop.ui.closing.lines_model import SortedRows
from kastor_desktop.ui.table_model import Column, Index, R

RED, GREEN, AMBER, GREY = "#c0392b", "#1e8449", "#b9770e", "#7f8c8d"
BROKEN_BACKGROUND = "#fdecea"


@cache
def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def exponent_of(country: str) -> int:
    return profile(country).minor_exponent


def money_text(minor: int | None, exponent: int) -> str:
    return "" if minor is None else format_amount(minor, exponent)


def day_text(value: date | datetime | None) -> str:
    """dd-mm-aaaa (with the time for a moment)."""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return ""


def date_of(edit: Any) -> date:
    """The day a QDateEdit shows, as a ``datetime.date``."""
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def money_column(
    title: str, value: Callable[[Any], int | None], exponent: Callable[[], int]
) -> Column[Any]:
    return Column(
        title,
        lambda r: money_text(value(r), exponent()),
        key=lambda r: value(r) or 0,
        align_right=True,
    )


def date_column(title: str, value: Callable[[Any], date | datetime | None]) -> Column[Any]:
    return Column(
        title,
        lambda r: day_text(value(r)),
        key=lambda r: (value(r) is not None, str(value(r) or "")),
    )


class TintedRows(SortedRows[R]):
    """``foreground(row, column)`` and ``background(row)`` give colours ("#rrggbb" or None);
    ``keep(row)`` filters after the search text; ``limit`` keeps the first rows as sorted;
    the columns in ``tips`` show their whole text as a tooltip (for narrow columns)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: Any = None,
        foreground: Callable[[R, int], str | None] | None = None,
        background: Callable[[R], str | None] | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self.foreground = foreground
        self.background = background
        self.keep: Callable[[R], bool] | None = None
        self.limit: int | None = None
        self.tips: frozenset[int] = frozenset()  # columns whose whole text is their tooltip

    def set_keep(self, keep: Callable[[R], bool] | None, limit: int | None = None) -> None:
        self.layoutAboutToBeChanged.emit()
        self.keep, self.limit = keep, limit
        self._apply()
        self.layoutChanged.emit()

    def _apply(self) -> None:
        super()._apply()
        if self.keep is not None:
            keep, rows = self.keep, self._all
            self._visible = [i for i in self._visible if keep(rows[i])]
        if self.limit is not None:
            self._visible = self._visible[: self.limit]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.foreground is not None:
            colour = self.foreground(self._all[self._visible[index.row()]], index.column())
            return _brush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in self.tips:
            row = self._all[self._visible[index.row()]]
            return self.columns[index.column()].text(row) or None
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            colour = self.background(self._all[self._visible[index.row()]])
            return _brush(colour) if colour else None
        return super().data(index, role)
