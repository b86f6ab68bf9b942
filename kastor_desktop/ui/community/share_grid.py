"""The editable grid of one share table: a unit per row, its percentage typed with up to 6
decimals (es-CL: «12,345678»), checked as it is typed, and the running sum kept up to date."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from kastor_desktop.domain.errors import FieldError
from kastor_desktop.domain.money import format_amount
from kastor_desktop.domain.shares import FULL, format_percent, parse_percent
from kastor_desktop.services.shares import ShareLine
from kastor_desktop.services.unit_listing import format_area

Index = QModelIndex | QPersistentModelIndex
NUMBER, KIND, AREA, VALUATION, SHARE = range(5)
WRONG = QBrush(QColor("#fdecea"))
EDITED = QBrush(QColor("#fff8e1"))
GREY = QBrush(QColor("#95a5a6"))


class ShareGridModel(QAbstractTableModel):
    """Holds the saved percentages and the ones being typed; ``totals_changed`` after each."""

    totals_changed = Signal()

    def __init__(self, titles: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.titles = list(titles)
        self.lines: list[ShareLine] = []
        self.saved: list[int | None] = []
        self.values: list[int | None] = []
        self.wrong: dict[int, tuple[str, str]] = {}  # line -> (text typed, Spanish message)
        self.shown: list[int] = []  # the lines listed, after the filter
        self.exponent = 0
        self.total = 0

    def set_lines(self, lines: Sequence[ShareLine], exponent: int = 0) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.saved = [line.micro for line in self.lines]
        self.values = list(self.saved)
        self.wrong.clear()
        self.shown = list(range(len(self.lines)))
        self.exponent = exponent
        self.total = sum(v for v in self.values if v is not None)
        self.endResetModel()
        self.totals_changed.emit()

    def set_filter(self, text: str = "", only_in_table: bool = False) -> None:
        """List the units whose number contains ``text``; only those in the table if asked."""
        needle = text.strip().lower()
        self.beginResetModel()
        self.shown = [
            i
            for i, line in enumerate(self.lines)
            if (not needle or needle in line.number.lower())
            and (not only_in_table or self.values[i] is not None or i in self.wrong)
        ]
        self.endResetModel()

    def line_at(self, row: int) -> int:
        return self.shown[row]

    # -- what the page asks --------------------------------------------------------------
    @property
    def difference(self) -> int:
        return FULL - self.total

    def dirty(self) -> bool:
        return bool(self.wrong) or self.values != self.saved

    def changes(self) -> dict[int, int | None]:
        """unit id -> new percentage (None: out of the table), only for rows that changed."""
        return {
            line.unit_id: value
            for line, value, saved in zip(self.lines, self.values, self.saved, strict=True)
            if value != saved
        }

    def units_in_table(self) -> list[int]:
        return [
            line.unit_id for line, v in zip(self.lines, self.values, strict=True) if v is not None
        ]

    def export_rows(self) -> list[list[Any]]:
        """The listed rows as shown, for a spreadsheet."""
        return [
            [self.data(self.index(r, c)) for c in range(len(self.titles))]
            for r in range(len(self.shown))
        ]

    def first_problem(self) -> str:
        if not self.wrong:
            return ""
        line = min(self.wrong)
        return f"{self.lines[line].number}: {self.wrong[line][1]}"

    def apply(self, values: Mapping[int, int | None], clear_others: bool = False) -> None:
        """Put computed percentages in the grid (not saved yet)."""
        for row, line in enumerate(self.lines):
            if line.unit_id in values:
                self.values[row] = values[line.unit_id]
                self.wrong.pop(row, None)
            elif clear_others:
                self.values[row] = None
                self.wrong.pop(row, None)
        self._recount()
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.shown) - 1, SHARE))

    def set_text(self, row: int, text: str) -> bool:
        """What the user typed in the % cell of a listed row: checked at once; a wrong value
        stays, in red, with its message."""
        line = self.shown[row]
        clean = text.strip()
        try:
            value = parse_percent(clean) if clean else None
        except FieldError as error:
            self.wrong[line] = (text, error.message)
        else:
            self.wrong.pop(line, None)
            self.values[line] = value
        self._recount()
        self.dataChanged.emit(self.index(row, 0), self.index(row, SHARE))
        return True

    def _recount(self) -> None:
        self.total = sum(v for v in self.values if v is not None)
        self.totals_changed.emit()

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == SHARE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.shown[index.row()], index.column()
        line = self.lines[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SHARE:
                if row in self.wrong:
                    return self.wrong[row][0]
                return format_percent(self.values[row])
            return self._cell(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AREA, VALUATION, SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == SHARE:
            if row in self.wrong:
                return WRONG
            if self.values[row] != self.saved[row]:
                return EDITED
        if role == Qt.ItemDataRole.ToolTipRole and column == SHARE and row in self.wrong:
            return self.wrong[row][1]
        if role == Qt.ItemDataRole.ForegroundRole and not line.active:
            return GREY
        return None

    def _cell(self, line: ShareLine, column: int) -> str:
        if column == NUMBER:
            return line.number
        if column == KIND:
            return line.kind[:1].upper() + line.kind[1:]
        if column == AREA:
            return format_area(line.area_x100)
        if line.fiscal_valuation is None:
            return ""
        return format_amount(line.fiscal_valuation, self.exponent, "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != SHARE:
            return False
        return self.set_text(index.row(), str(value if value is not None else ""))


class ShareGridView(QTableView):
    """Type a percentage and press Enter: saved in the grid, and the next unit is ready."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().closeEditor(editor, hint)
