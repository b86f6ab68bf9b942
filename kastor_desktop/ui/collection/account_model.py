"""The pieces of «Cuenta corriente»: the statement's lines as a table (in the order they happened,
a running balance that says «a favor» when negative, voided payments and their reversals greyed)
and the aging strip (not yet due, 0–30, 31–60, 61–90, over 90 days, credit, balance)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kastor_desktop.domain.ledger import Aging, Line
from kastor_desktop.domain.money import format_amount
from kastor_desktop.ui.community.master_dialog import show_date
from kastor_desktop.ui.table_model import Column, Index, RowTableModel

GREY, GREEN, RED = QColor("#95a5a6"), QColor("#1e8449"), QColor("#c0392b")
STRIP_STYLE = """
QFrame#agingCard { background: #f4f6f8; border: 1px solid #dde3e9; border-radius: 6px; }
QFrame#agingCard[late="true"] { background: #fdf2f0; border-color: #f1c4bd; }
QLabel#cardCaption { color: #566573; }
QLabel#cardValue { font-size: 15px; font-weight: 600; color: #1f2d3d; }
"""


translate = QCoreApplication.translate


def balance_text(minor: int, exponent: int) -> str:
    """«$ 12.000» owed, «$ 3.000 a favor» in the unit's favour, «$ 0» settled."""
    if minor < 0:
        return translate("AccountModel", "%1 in favour").replace(
            "%1", format_amount(-minor, exponent)
        )
    return format_amount(minor, exponent)


@dataclass(frozen=True)
class AccountLine:
    """A statement line, its position in the account and whether a void cancels it."""

    seq: int
    line: Line
    voided: bool


def account_lines(lines: Sequence[Line], as_of: date | None = None) -> list[AccountLine]:
    """The lines up to ``as_of`` (all when None), numbered; a voided payment's credit and its
    reversal are marked."""
    reversed_refs = {line.ref for line in lines if line.kind == "void"}
    return [
        AccountLine(
            seq,
            line,
            line.kind == "void"
            or (line.kind in ("payment", "credit_note") and line.ref in reversed_refs),
        )
        for seq, line in enumerate(lines)
        if as_of is None or line.on <= as_of
    ]


class AccountLinesModel(RowTableModel[AccountLine]):
    """Date, concept, due date, debit, credit, balance; sorting by a column is allowed, sorting
    by column -1 goes back to the order of the account."""

    def __init__(self, parent: Any = None) -> None:
        self.exponent = 0

        def money(value: int) -> str:
            return format_amount(value, self.exponent) if value else ""

        columns: list[Column[AccountLine]] = [
            Column(translate("AccountModel", "Date"), lambda r: show_date(r.line.on),
                   key=lambda r: (r.line.on, r.seq)),
            Column(translate("AccountModel", "Concept"), lambda r: r.line.label),
            Column(translate("AccountModel", "Due"), lambda r: show_date(r.line.due),
                   key=lambda r: (r.line.due or date.min, r.seq)),
            Column(translate("AccountModel", "Debit"), lambda r: money(r.line.debit),
                   key=lambda r: (r.line.debit, r.seq), align_right=True),
            Column(translate("AccountModel", "Credit"), lambda r: money(r.line.credit),
                   key=lambda r: (r.line.credit, r.seq), align_right=True),
            Column(translate("AccountModel", "Balance"), lambda r: balance_text(r.line.balance, self.exponent),
                   key=lambda r: (r.line.balance, r.seq), align_right=True),
        ]  # fmt: skip
        super().__init__(columns, parent)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_lines(self, lines: Sequence[AccountLine], exponent: int) -> None:
        self.exponent = exponent
        self.set_rows(list(lines))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            super().sort(column, order)
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = None
        self._apply()
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index.row())
            if row is None:
                return None
            if row.voided:
                return QBrush(GREY)
            if index.column() == 5 and row.line.balance < 0:
                return QBrush(GREEN)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            row = self.row_at(index.row())
            return row.line.label if row is not None else None
        if role == Qt.ItemDataRole.FontRole:
            row = self.row_at(index.row())
            return self._italic if row is not None and row.voided else None
        return super().data(index, role)


class AgingStrip(QWidget):
    """Seven cards: what is not yet due, each overdue bucket, the credit and the balance."""

    KEYS = ("current", "d0_30", "d31_60", "d61_90", "d90", "credit", "balance")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STRIP_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        captions = {
            "current": self.tr("Not yet due"),
            "d0_30": self.tr("0–30 days"),
            "d31_60": self.tr("31–60 days"),
            "d61_90": self.tr("61–90 days"),
            "d90": self.tr("Over 90 days"),
            "credit": self.tr("Credit"),
            "balance": self.tr("Balance"),
        }
        self.cards: dict[str, QFrame] = {}
        self.values: dict[str, QLabel] = {}
        for key in self.KEYS:
            card = QFrame(self)
            card.setObjectName("agingCard")
            inside = QVBoxLayout(card)
            inside.setContentsMargins(10, 6, 10, 6)
            inside.setSpacing(1)
            caption = QLabel(captions[key], card)
            caption.setObjectName("cardCaption")
            value = QLabel("—", card)
            value.setObjectName("cardValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            inside.addWidget(caption)
            inside.addWidget(value)
            row.addWidget(card, 1)
            self.cards[key], self.values[key] = card, value

    def show_aging(self, aging: Aging | None, exponent: int) -> None:
        for key in self.KEYS:
            if aging is None:
                self.values[key].setText("—")
                amount = 0
            elif key == "balance":
                amount = aging.balance
                self.values[key].setText(balance_text(amount, exponent))
            else:
                amount = getattr(aging, key)
                self.values[key].setText(format_amount(amount, exponent))
            late = key in ("d31_60", "d61_90", "d90") and amount > 0
            card = self.cards[key]
            if bool(card.property("late")) != late:
                card.setProperty("late", late)
                card.style().unpolish(card)
                card.style().polish(card)

    def text(self, key: str) -> str:
        return self.values[key].text()
