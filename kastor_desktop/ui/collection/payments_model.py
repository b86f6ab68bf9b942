"""The payments list as a table model: each payment with its unit's owner; besides the search
of RowTableModel, a date range and whether voided payments show, applied to the rows in Python;
voided payments are greyed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from kastor_desktop.services.payments import PaymentRow
from kastor_desktop.ui.table_model import Column, Index, RowTableModel

GREY = QColor("#95a5a6")


@dataclass(frozen=True)
class PaymentLine:
    """A payment as the list shows it: the service's row and the unit's owner."""

    payment: PaymentRow
    owner: str

    @property
    def id(self) -> int:
        return self.payment.id


class PaymentsModel(RowTableModel[PaymentLine]):
    """The search of RowTableModel plus a date range and whether voided payments show; voided
    ones are greyed."""

    def __init__(self, columns: Sequence[Column[PaymentLine]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.since: date | None = None
        self.until: date | None = None
        self.show_voided = True

    def set_range(self, since: date | None, until: date | None, show_voided: bool) -> None:
        self.layoutAboutToBeChanged.emit()
        self.since, self.until, self.show_voided = since, until, show_voided
        self._apply()
        self.layoutChanged.emit()

    def _apply(self) -> None:
        super()._apply()
        since, until, voided = self.since, self.until, self.show_voided
        if since is None and until is None and voided:
            return
        rows = self._all
        self._visible = [
            i
            for i in self._visible
            if (voided or not rows[i].payment.voided)
            and (since is None or rows[i].payment.paid_on >= since)
            and (until is None or rows[i].payment.paid_on <= until)
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            line = self.row_at(index.row())
            return QBrush(GREY) if line is not None and line.payment.voided else None
        return super().data(index, role)
