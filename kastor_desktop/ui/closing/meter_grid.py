"""The editable readings of one metered service: a unit per row, its previous and current
reading typed as offices write them («1.240»), the consumption worked out as they are typed (a
meter past 99…9 rolls over), and a problem column (a wrong number, or what the service refused
on saving). An empty current reading means the unit has no reading this month."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kastor_desktop.services.meter_values import (
    MEASURE,
    ReadingRow,
    capital,
    consumption_of,
    parse_reading,
)

Index = QModelIndex | QPersistentModelIndex
UNIT, PREVIOUS, CURRENT, CONSUMPTION, PROBLEM = range(5)
WRONG = QBrush(QColor("#fdecea"))
EDITED = QBrush(QColor("#fff8e1"))
RED = QBrush(QColor("#c0392b"))
GREY = QBrush(QColor("#95a5a6"))


def reading_text(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


class MeterGridModel(QAbstractTableModel):
    """``totals_changed`` after every edit; ``changes()`` is what «Save readings» sends."""

    totals_changed = Signal()

    def __init__(self, titles: Sequence[str], rolled_text: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.titles = list(titles)
        self.rolled_text = rolled_text  # «dio la vuelta»
        self.rows: list[ReadingRow] = []
        self.texts: list[list[str]] = []  # [previous, current] as typed
        self.saved: list[tuple[str, str]] = []
        self.results: list[tuple[int | None, str, bool]] = []  # consumption, problem, rolled
        self.refused: dict[int, str] = {}  # unit id -> the service's message
        self.digits: int | None = None
        self.shown: list[int] = []  # the lines listed, after the filter

    def set_rows(self, rows: Sequence[ReadingRow], digits: int | None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.digits = digits
        self.texts = [[reading_text(r.previous), reading_text(r.current)] for r in self.rows]
        self.saved = [(p, c) for p, c in self.texts]
        self.refused.clear()
        self.results = [self._work_out(i) for i in range(len(self.rows))]
        self.shown = list(range(len(self.rows)))
        self.endResetModel()
        self.totals_changed.emit()

    def set_filter(self, text: str) -> None:
        """List the units whose number contains ``text``."""
        needle = text.strip().lower()
        self.beginResetModel()
        self.shown = [i for i, r in enumerate(self.rows) if needle in r.number.lower()]
        self.endResetModel()

    def line_of(self, unit_id: int) -> int | None:
        """The listed row of a unit (None when filtered out)."""
        return next((n for n, i in enumerate(self.shown) if self.rows[i].unit_id == unit_id), None)

    # -- what the page asks --------------------------------------------------------------
    def dirty(self) -> bool:
        return any((p, c) != s for (p, c), s in zip(self.texts, self.saved, strict=True))

    def wrong(self) -> list[str]:
        """«A-101: la lectura actual «x» no es un número.» for each row with a problem."""
        return [
            f"{self.rows[i].number}: {problem}"
            for i, (_c, problem, _r) in enumerate(self.results)
            if problem
        ]

    def changes(self) -> dict[int, tuple[str, str] | None]:
        """unit id -> (previous, current) as typed, or None to remove the unit's reading."""
        found: dict[int, tuple[str, str] | None] = {}
        for row, (previous, current), saved in zip(self.rows, self.texts, self.saved, strict=True):
            if (previous, current) == saved:
                continue
            found[row.unit_id] = (previous, current) if current.strip() else None
        return found

    def total(self) -> int:
        return sum(c for c, problem, _r in self.results if c is not None and not problem)

    def rolled_over(self) -> int:
        return sum(1 for _c, problem, rolled in self.results if rolled and not problem)

    def refuse(self, errors: dict[str, str]) -> list[str]:
        """Show what the service refused («unit:ID» keys); returns the messages listed."""
        self.refused = {
            int(key.split(":", 1)[1]): message
            for key, message in errors.items()
            if key.startswith("unit:") and key.split(":", 1)[1].isdigit()
        }
        self._recompute_all()
        return [m for k, m in errors.items() if k.startswith("unit:")] or list(errors.values())

    def accept_saved(self) -> None:
        self.saved = [(p, c) for p, c in self.texts]
        self.refused.clear()
        self._recompute_all()

    # -- editing ---------------------------------------------------------------------------
    def set_text(self, row: int, column: int, text: str) -> None:
        """What the user typed in a listed row's previous or current reading."""
        line = self.shown[row]
        self.texts[line][column - PREVIOUS] = text.strip()
        self.refused.pop(self.rows[line].unit_id, None)
        self.results[line] = self._work_out(line)
        self.dataChanged.emit(self.index(row, 0), self.index(row, PROBLEM))
        self.totals_changed.emit()

    def _recompute_all(self) -> None:
        self.results = [self._work_out(i) for i in range(len(self.rows))]
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.shown) - 1, PROBLEM))
        self.totals_changed.emit()

    def _work_out(self, row: int) -> tuple[int | None, str, bool]:
        """(consumption, problem, rolled over) of a row as it stands."""
        refused = self.refused.get(self.rows[row].unit_id, "")
        previous_text, current_text = self.texts[row]
        try:
            current = parse_reading(current_text, "la lectura actual")
            previous = parse_reading(previous_text, "la lectura anterior")
            if current is None:
                return None, refused, False
            if previous is None:
                return None, refused or "Indique la lectura anterior.", False
            consumption = consumption_of(previous, current, self.digits)
        except ValueError as error:
            return None, refused or capital(str(error)), False
        return consumption, refused, current < previous

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
        if index.column() in (PREVIOUS, CURRENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.shown[index.row()], index.column()
        consumption, problem, rolled = self.results[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == UNIT:
                return self.rows[row].number
            if column in (PREVIOUS, CURRENT):
                return self.texts[row][column - PREVIOUS]
            if column == CONSUMPTION:
                if consumption is None:
                    return ""
                shown = f"{reading_text(consumption)} {MEASURE}"
                return f"{shown} ↻ {self.rolled_text}" if rolled else shown
            return problem
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PREVIOUS, CURRENT, CONSUMPTION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column in (PREVIOUS, CURRENT):
            if problem:
                return WRONG
            if tuple(self.texts[row]) != self.saved[row]:
                return EDITED
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == PROBLEM:
                return RED
            if column == PREVIOUS and not self.rows[row].saved and self.texts[row][1] == "":
                return GREY  # carried over from the last closed month, not read yet
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return problem
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in (PREVIOUS, CURRENT):
            return False
        self.set_text(index.row(), index.column(), str(value if value is not None else ""))
        return True
