"""Other income of the open month: what the community received that is not charged to the
units (rent of an antenna, bank interest), optionally credited to a fund."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.income import OtherIncomeRow
from kastor_desktop.ui.closing.entry_page import EntryPage
from kastor_desktop.ui.closing.income_dialog import IncomeDialog
from kastor_desktop.ui.community.master_page import date_column
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.table_model import Column


class IncomePage(EntryPage):
    areas = ("expenses", "funds")
    service_name = "income"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "income",
        parent: QWidget | None = None,
    ) -> None:
        columns: list[Column[OtherIncomeRow]] = [
            date_column(self.tr("Date"), lambda r: r.received_on),
            Column(self.tr("Description"), lambda r: r.description),
            Column(self.tr("Fund"), lambda r: r.fund_name),
            self.money_column(self.tr("Amount"), lambda r: r.amount),
        ]
        self.title_template = self.tr("Other income of %1 (open month)")
        self.export_name = self.tr("other-income.xlsx")
        self.last_message = ""
        super().__init__(ctx, community, key, self.tr("Other income"), columns, parent)
        self.add_intro(
            self.tr(
                "Income not charged to the units: rent of an antenna, bank interest, a refund. "
                "The notice shows the month's total."
            )
        )
        self.add_edit_buttons(self.tr("&New income"))
        self.add_export()
        self.set_empty_hint(self.tr("No other income in the month. Use «New income» (Ctrl+N)."))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the description takes the room, not the amount
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((100, 360, 220, 140)):
            self.table.setColumnWidth(column, width)

    def _update_counter(self) -> None:
        super()._update_counter()
        total = sum(r.amount for r in self.model.rows())
        self.counter.setText(
            self.counter.text() + "  ·  " + self.tr("Total: %1").replace("%1", self.money(total))
        )

    def dialog(self, row: OtherIncomeRow | None) -> QDialog:
        actor, cid = self.ctx.actor, self.community.id
        period = self.period or self.ctx.services.periods.current(actor, cid)
        funds = [f.name for f in self.ctx.services.funds.list(actor, cid)]
        return IncomeDialog(self.ctx, self.community, row, period, funds, self)

    def delete_question(self, row: OtherIncomeRow) -> str:
        return (
            self.tr("Delete the income «%1» of %2?")
            .replace("%1", row.description)
            .replace("%2", self.money(row.amount))
        )
