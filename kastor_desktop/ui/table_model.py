"""Table screens as a QAbstractTableModel over plain rows.

Sorting and filtering happen here on precomputed strings and keys (never through a
QSortFilterProxyModel, which calls data() millions of times on large tables); data() only
indexes lists.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching («Ñuñoa» matches «nunoa»)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None
    align_right: bool = False
    icon: Callable[[R], QIcon | None] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[R] = []
        self._texts: list[list[str]] = []
        self._haystack: list[str] = []
        self._visible: list[int] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- data in -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._texts = [[c.text(r) for c in self.columns] for r in self._all]
        self._haystack = [fold(" ".join(t)) for t in self._texts]
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.layoutAboutToBeChanged.emit()
        self._filter = fold(text.strip())
        self._apply()
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    def _apply(self) -> None:
        needle = self._filter
        indices = (
            [i for i, h in enumerate(self._haystack) if needle in h]
            if needle
            else list(range(len(self._all)))
        )
        if self._sort is not None:
            column, order = self._sort
            spec = self.columns[column]
            if spec.key is not None:
                keyf = spec.key
                indices.sort(key=lambda i: keyf(self._all[i]))
            else:
                texts = self._texts
                indices.sort(key=lambda i: fold(texts[i][column]))
            if order == Qt.SortOrder.DescendingOrder:
                indices.reverse()
        self._visible = indices

    # -- data out ------------------------------------------------------------------------
    def row_at(self, row: int) -> R | None:
        if 0 <= row < len(self._visible):
            return self._all[self._visible[row]]
        return None

    def rows(self) -> list[R]:
        return [self._all[i] for i in self._visible]

    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[self._visible[index.row()]][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole:
            spec = self.columns[index.column()]
            if spec.icon is not None:
                return spec.icon(self._all[self._visible[index.row()]])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None
