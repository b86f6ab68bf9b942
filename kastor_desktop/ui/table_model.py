"""Table screens as a QAbstractTableModel over plain rows, fast at 100,000 rows.

Sorting and filtering happen here, in Python, on per-column keys (never through a
QSortFilterProxyModel, which calls data() millions of times on large tables). Nothing is
computed per cell up front: data() formats only the cells being painted, a column's sort keys
are computed the first time that column is sorted, and the search text the first time the user
filters; all three are cached until the rows change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from kastor_desktop.domain.text import fold

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[Any, ...]:
    """'Depto 101' < 'Depto 1001'; numbers compare as numbers, text without case or accents."""
    if text.isdigit():
        return ((0, int(text)),)
    parts = _DIGITS.split(fold(text))
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None
    align_right: bool = False
    icon: Callable[[R], QIcon | None] | None = None
    natural: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: Any = None,
        search: Callable[[R], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.search = search
        self._all: list[R] = []
        self._visible: list[int] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, list[Any]] = {}
        self._haystack: list[str] | None = None

    # -- data in -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._all = rows if isinstance(rows, list) else list(rows)
        self._keys.clear()
        self._haystack = None
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

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            spec = self.columns[column]
            if spec.key is not None:
                keys = [spec.key(r) for r in self._all]
            elif spec.natural:
                keys = [natural_key(spec.text(r)) for r in self._all]
            else:
                keys = [fold(spec.text(r)) for r in self._all]
            self._keys[column] = keys
        return keys

    def _search_texts(self) -> list[str]:
        if self._haystack is None:
            if self.search is not None:
                self._haystack = [fold(self.search(r)) for r in self._all]
            else:
                texts = [c.text for c in self.columns]
                self._haystack = [fold(" ".join(t(r) for t in texts)) for r in self._all]
        return self._haystack

    def _apply(self) -> None:
        needle = self._filter
        if needle:
            indices = [i for i, h in enumerate(self._search_texts()) if needle in h]
        else:
            indices = list(range(len(self._all)))
        if self._sort is not None:
            column, order = self._sort
            keys = self._column_keys(column)
            indices.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(self._all[self._visible[index.row()]])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole:
            spec = self.columns[index.column()]
            if spec.icon is not None:
                return spec.icon(self._all[self._visible[index.row()]])
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None
