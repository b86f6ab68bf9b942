"""A month's per-unit lines (units × concepts) as a table, with a totals row pinned at the bottom.

The same model serves the open month's preview and a closed month's stored lines (with the
notice's folio). Concept columns that are zero for every unit are left out. Sorting and the
search filter act on the unit rows (RowTableModel); the totals row stays last and sums the rows
shown, so a filtered table shows the subtotal of what is listed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kastor_desktop.domain.money import format_amount
from kastor_desktop.reports.notice_data import AR_CONCEPT_LABELS, CONCEPT_ORDER
from kastor_desktop.services.closing_views import UnitLines
from kastor_desktop.ui.table_model import Column, Index, R, RowTableModel

TOTALS_BACKGROUND = "#eef2f5"


def concept_titles(country: str = "CL") -> dict[str, str]:
    """Short column titles of the concepts (Argentina names some of them otherwise)."""
    titles = {
        "ordinary": QCoreApplication.translate("ClosingLines", "Ordinary common expenses"),
        "extraordinary": QCoreApplication.translate("ClosingLines", "Extraordinary"),
        "reserve": QCoreApplication.translate("ClosingLines", "Reserve fund"),
        "funds": QCoreApplication.translate("ClosingLines", "Other funds"),
        "consumption": QCoreApplication.translate("ClosingLines", "Consumption"),
        "individual": QCoreApplication.translate("ClosingLines", "Individual charges"),
        "interest": QCoreApplication.translate("ClosingLines", "Interest"),
    }
    if country == "AR":
        titles.update({c: AR_CONCEPT_LABELS[c] for c in ("ordinary", "extraordinary", "interest")})
    return titles


class SortedRows(RowTableModel[R]):
    """Rows whose sort by column -1 (or a column gone) goes back to the order given."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            super().sort(column, order)
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = None
        self._apply()
        self.layoutChanged.emit()


class LinesModel(SortedRows[UnitLines]):
    """``set_lines(units, exponent)``; the columns follow the concepts present."""

    def __init__(self, parent: Any = None, folio: bool = False, country: str = "CL") -> None:
        super().__init__([], parent)
        self.folio = folio
        self.country = country
        self.exponent = 0
        self.concepts: list[str] = []
        self._sums: dict[str, int] | None = None
        self.columns = self._columns()

    # -- data in --------------------------------------------------------------------------
    def set_lines(self, units: Sequence[UnitLines], exponent: int) -> None:
        self.exponent = exponent
        self.concepts = [c for c in CONCEPT_ORDER if any(u.lines.get(c) for u in units)]
        columns = self._columns()
        if len(columns) != len(self.columns):
            self._sort = None  # the sorted column may be gone
        self.columns = columns
        self.set_rows(list(units))

    def _columns(self) -> list[Column[UnitLines]]:
        columns: list[Column[UnitLines]] = []
        if self.folio:
            columns.append(
                Column(
                    QCoreApplication.translate("ClosingLines", "Folio"),
                    lambda u: str(u.folio or ""),
                    key=lambda u: u.folio or 0,
                    align_right=True,
                )
            )
        columns.append(
            Column(
                QCoreApplication.translate("ClosingLines", "Unit"), lambda u: u.number, natural=True
            )
        )
        columns.append(
            Column(QCoreApplication.translate("ClosingLines", "Owner"), lambda u: u.owner_name)
        )
        titles = concept_titles(self.country)
        for concept in self.concepts:
            columns.append(self._money(titles[concept], lambda u, c=concept: u.lines.get(c, 0)))
        columns.append(
            self._money(
                QCoreApplication.translate("ClosingLines", "Month total"), lambda u: u.month_total
            )
        )
        columns.append(
            self._money(
                QCoreApplication.translate("ClosingLines", "Previous balance"),
                lambda u: u.previous_balance,
            )
        )
        columns.append(
            self._money(
                QCoreApplication.translate("ClosingLines", "Total to pay"), lambda u: u.total
            )
        )
        return columns

    def _money(self, title: str, value: Any) -> Column[UnitLines]:
        return Column(title, lambda u: self.money(value(u)), key=value, align_right=True)

    def money(self, minor: int) -> str:
        return format_amount(minor, self.exponent)

    # -- totals ---------------------------------------------------------------------------
    def filtered(self) -> bool:
        return len(self._visible) != len(self._all)

    def _apply(self) -> None:
        super()._apply()
        self._sums = None

    def sums(self) -> dict[str, int]:
        """The shown rows' totals: each concept, month_total, previous_balance, total."""
        if self._sums is None:
            rows = self.rows()
            sums = {c: sum(u.lines.get(c, 0) for u in rows) for c in self.concepts}
            sums["month_total"] = sum(u.month_total for u in rows)
            sums["previous_balance"] = sum(u.previous_balance for u in rows)
            sums["total"] = sum(u.total for u in rows)
            self._sums = sums
        return self._sums

    def _totals_text(self, column: int) -> str:
        offset = 1 if self.folio else 0
        if column == offset:
            return (
                QCoreApplication.translate("ClosingLines", "Subtotal")
                if self.filtered()
                else QCoreApplication.translate("ClosingLines", "Total")
            )
        if column == offset + 1:
            return QCoreApplication.translate("ClosingLines", "%n unit(s)", "", len(self._visible))
        keys = [*self.concepts, "month_total", "previous_balance", "total"]
        position = column - offset - 2
        if 0 <= position < len(keys):
            return self.money(self.sums()[keys[position]])
        return ""

    def is_totals_row(self, row: int) -> bool:
        return bool(self._all) and row == len(self._visible)

    # -- data out -------------------------------------------------------------------------
    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802
        if parent is not None and parent.isValid():
            return 0
        return len(self._visible) + (1 if self._all else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.is_totals_row(index.row()):
            return super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._totals_text(index.column())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(TOTALS_BACKGROUND))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
