"""Each unit's opening balance at the migration date (debt or credit), with the community's total
of debts and credits. Every unit is listed; those without a balance show it empty."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from kastor_desktop.services.balances import BalanceRow, totals
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.community.balance_dialog import BalanceDialog
from kastor_desktop.ui.community.master_page import MasterPage, date_column
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.table_model import Column

ALL, WITH, DEBTS, CREDITS = "all", "with", "debts", "credits"
DEBT_COLOUR, CREDIT_COLOUR = "#c0392b", "#1e8449"


class BalancesPage(MasterPage):
    areas = ("balances", "units", "people")
    service_name = "balances"
    permission = "accounts.manage"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "balances",
        parent: QWidget | None = None,
    ) -> None:
        debt, credit = self.tr("Debt"), self.tr("Credit")
        kinds = {
            "apartment": self.tr("Apartment"),
            "parking": self.tr("Parking"),
            "storage": self.tr("Storage room"),
            "shop": self.tr("Shop"),
            "house": self.tr("House"),
            "office": self.tr("Office"),
        }
        columns: list[Column[BalanceRow]] = [
            Column(self.tr("Unit"), lambda r: r.unit_number, natural=True),
            Column(self.tr("Kind"), lambda r: kinds.get(r.unit_kind, r.unit_kind)),
            Column(self.tr("Owner"), lambda r: r.owner_name),
            self.money_column(self.tr("Opening balance"), lambda r: r.amount),
            Column(
                self.tr("Debt or credit"),
                lambda r: "" if not r.amount else (debt if r.amount > 0 else credit),
            ),
            date_column(self.tr("As of"), lambda r: r.as_of),
        ]
        self.export_name = self.tr("opening-balances.xlsx")
        self._all: list[BalanceRow] = []
        super().__init__(ctx, community, key, self.tr("Opening balances"), columns, parent)
        self.add_intro(
            self.tr(
                "What each unit owed (positive) or had in its favour (negative) at the migration "
                "date. Units without a balance start at zero."
            )
        )
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("All units"), ALL)
        self.filter.addItem(self.tr("With a balance"), WITH)
        self.filter.addItem(self.tr("Debts"), DEBTS)
        self.filter.addItem(self.tr("Credits"), CREDITS)
        self.filter.setToolTip(self.tr("List only the units with a balance, a debt or a credit"))
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.bar.addWidget(self.filter)
        if self.can_write:
            self.set_button = self.add_button(
                self.tr("&Set balance…"), "pencil", self.edit, "Ctrl+N", needs_row=True
            )
            self.set_button.setToolTip(self.tr("Set the selected unit's balance (Enter)"))
            self.delete_button = self.add_button(
                self.tr("&Remove balance"), "trash-2", self.delete, "Del", needs_row=True
            )
        self.add_export()
        self.totals = QLabel(self)
        self.totals.setObjectName("totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.column().insertWidget(self.column().indexOf(self.counter), self.totals)
        self.set_empty_hint(
            self.tr(
                "This community has no units yet. Create them in «Units» or import them from a "
                "spreadsheet."
            )
        )
        for column, width in enumerate((110, 130, 260, 150, 120)):
            self.table.setColumnWidth(column, width)

    def load(self) -> Sequence[BalanceRow]:
        self._all = self.ctx.services.balances.list(self.ctx.actor, self.community.id)
        self._show_totals()
        mode = self.filter.currentData()
        if mode == WITH:
            return [r for r in self._all if r.amount]
        if mode == DEBTS:
            return [r for r in self._all if r.amount and r.amount > 0]
        if mode == CREDITS:
            return [r for r in self._all if r.amount and r.amount < 0]
        return self._all

    def _show_totals(self) -> None:
        summary = totals(self._all)
        debts = self.tr("Debts: %1 (%n unit(s))", "", summary.owing).replace(
            "%1", self.money(summary.debt)
        )
        credits = self.tr("Credits: %1 (%n unit(s))", "", summary.in_credit).replace(
            "%1", self.money(summary.credit)
        )
        net = self.tr("Net: %1").replace("%1", self.money(summary.net))
        self.totals.setText(
            f"<span style='color:{DEBT_COLOUR}'>{debts}</span> &nbsp;·&nbsp; "
            f"<span style='color:{CREDIT_COLOUR}'>{credits}</span> &nbsp;·&nbsp; <b>{net}</b>"
        )

    def usual_date(self) -> date:
        """The date most balances already have, or the last day of the previous month."""
        dates = Counter(r.as_of for r in self._all if r.as_of)
        if dates:
            return dates.most_common(1)[0][0]
        return date.today().replace(day=1) - timedelta(days=1)

    def dialog(self, row: BalanceRow | None) -> QDialog:
        row = row or self.selected()
        return BalanceDialog(self.ctx, self.community, row, self.usual_date(), self)

    def delete(self) -> None:
        row = self.selected()
        if row is None or not row.amount:
            return
        super().delete()

    def delete_question(self, row: BalanceRow) -> str:
        return (
            self.tr("Remove the opening balance of unit %1 (%2)?")
            .replace("%1", row.unit_number)
            .replace("%2", self.money(row.amount))
        )
