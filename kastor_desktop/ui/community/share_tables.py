"""The list of a community's share tables: name, units, sum and difference to 100 % (in red
while the table does not sum exactly 100 %)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from kastor_desktop.services.shares import ShareTableRow
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex
RED, GREEN = "#c0392b", "#1e8449"
DIFFERENCE = 3


class TablesModel(RowTableModel[ShareTableRow]):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == DIFFERENCE:
            row = self.row_at(index.row())
            return QBrush(QColor(GREEN if row and row.ok else RED))
        return super().data(index, role)


class TablesView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ok, wrong = icon("check", GREEN), icon("triangle-alert", RED)
        self.tables_model = TablesModel(
            [
                Column(self.tr("Table"), lambda t: t.name, icon=lambda t: ok if t.ok else wrong),
                Column(
                    self.tr("Units"),
                    lambda t: str(t.units),
                    key=lambda t: t.units,
                    align_right=True,
                ),
                Column(
                    self.tr("Sum %"),
                    lambda t: t.total,
                    key=lambda t: t.total_micro,
                    align_right=True,
                ),
                Column(
                    self.tr("Difference %"),
                    lambda t: t.difference,
                    key=lambda t: t.difference_micro,
                    align_right=True,
                ),
            ],
            self,
        )
        self.setModel(self.tables_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        for number, width in enumerate((112, 44, 86)):
            self.setColumnWidth(number, width)

    def show_rows(self, rows: list[ShareTableRow], keep: int | None) -> ShareTableRow | None:
        """List the tables and select the one with id ``keep`` (else the first), quietly."""
        self.selectionModel().blockSignals(True)
        self.tables_model.set_rows(rows)
        chosen = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
        if chosen >= 0:
            self.selectRow(chosen)
        self.selectionModel().blockSignals(False)
        return rows[chosen] if chosen >= 0 else None

    def chosen(self) -> ShareTableRow | None:
        rows = self.selectionModel().selectedRows()
        return self.tables_model.row_at(rows[0].row()) if rows else None
