"""The community's funds (the reserve fund first) with their opening balances."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.funds import FundRow
from kastor_desktop.ui.community.fund_dialog import FundDialog
from kastor_desktop.ui.community.master_page import MasterPage, date_column
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column


class FundsPage(MasterPage):
    areas = ("funds",)
    service_name = "funds"
    permission = "accounts.manage"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "funds",
        parent: QWidget | None = None,
    ) -> None:
        kinds = {"reserve": self.tr("Reserve fund"), "other": self.tr("Other fund")}
        shield, fund = icon("shield-check"), icon("database-backup")
        columns: list[Column[FundRow]] = [
            Column(
                self.tr("Name"),
                lambda f: f.name,
                icon=lambda f: shield if f.is_reserve else fund,
            ),
            Column(
                self.tr("Kind"), lambda f: kinds.get(f.kind, f.kind), key=lambda f: not f.is_reserve
            ),
            self.money_column(self.tr("Opening balance"), lambda f: f.opening_balance),
            date_column(self.tr("Balance date"), lambda f: f.opening_date),
        ]
        self.export_name = self.tr("funds.xlsx")
        super().__init__(ctx, community, key, self.tr("Funds"), columns, parent)
        self.add_intro(
            self.tr(
                "The reserve fund and any other funds, with what each held at the migration date."
            )
        )
        self.add_edit_buttons(self.tr("&New fund"))
        self.add_export()
        self.set_empty_hint(
            self.tr("No funds yet. Use «New fund» (Ctrl+N) to add the reserve fund first.")
        )
        self.table.sortByColumn(1, self.table.horizontalHeader().sortIndicatorOrder())
        for column, width in enumerate((300, 160, 160)):
            self.table.setColumnWidth(column, width)

    def _update_counter(self) -> None:
        super()._update_counter()
        total = sum(f.opening_balance for f in self.model.rows())
        self.counter.setText(
            self.counter.text() + "  ·  " + self.tr("Total: %1").replace("%1", self.money(total))
        )

    def dialog(self, row: FundRow | None) -> QDialog:
        return FundDialog(self.ctx, self.community, row, self)

    def delete_question(self, row: FundRow) -> str:
        return self.tr("Delete the fund «%1»?").replace("%1", row.name)
