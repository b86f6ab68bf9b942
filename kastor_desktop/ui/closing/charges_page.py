"""Individual charges of the open month: a fine, a reservation fee, a repair one unit caused,
charged whole to that unit through a surcharge account, in pesos or in UF."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.individual_charges import IndividualChargeRow
from kastor_desktop.ui.closing.charge_dialog import ChargeDialog
from kastor_desktop.ui.closing.entry_page import EntryPage
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.table_model import Column


class ChargesPage(EntryPage):
    areas = ("expenses", "accounts", "units")
    service_name = "charges"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "charges",
        parent: QWidget | None = None,
    ) -> None:
        columns: list[Column[IndividualChargeRow]] = [
            Column(self.tr("Unit"), lambda c: c.unit_number, natural=True),
            Column(
                self.tr("Account"), lambda c: f"{c.account_code} {c.account_name}", natural=True
            ),
            Column(self.tr("Description"), lambda c: c.description),
            self.money_column(self.tr("Amount"), lambda c: c.amount),
            Column(self.tr("In UF"), lambda c: c.uf_text, key=lambda c: c.uf_x10000 or 0),
        ]
        self.title_template = self.tr("Individual charges of %1 (open month)")
        self.export_name = self.tr("individual-charges.xlsx")
        self.last_message = ""
        super().__init__(ctx, community, key, self.tr("Individual charges"), columns, parent)
        self.add_intro(
            self.tr(
                "Charged whole to one unit (never prorated): fines, reservation fees, repairs. "
                "In Chile the amount may be in UF, converted with the UF's value at a date."
            )
        )
        self.add_edit_buttons(self.tr("&New charge"))
        self.add_export()
        self.set_empty_hint(
            self.tr("No individual charges in the month. Use «New charge» (Ctrl+N).")
        )
        for column, width in enumerate((90, 200, 260, 120)):
            self.table.setColumnWidth(column, width)

    def _update_counter(self) -> None:
        super()._update_counter()
        total = sum(c.amount for c in self.model.rows())
        self.counter.setText(
            self.counter.text() + "  ·  " + self.tr("Total: %1").replace("%1", self.money(total))
        )

    def dialog(self, row: IndividualChargeRow | None) -> QDialog:
        actor, cid = self.ctx.actor, self.community.id
        period = self.period or self.ctx.services.periods.current(actor, cid)
        units = self.ctx.services.expenses.choices(actor, cid).units
        accounts = [
            (a.code, a.name) for a in self.ctx.services.chart.list(actor, cid) if a.is_surcharge
        ]
        return ChargeDialog(self.ctx, self.community, row, period, units, accounts, self)

    def delete_question(self, row: IndividualChargeRow) -> str:
        return (
            self.tr("Delete the charge «%1» of %2 to unit %3?")
            .replace("%1", row.description)
            .replace("%2", row.amount_text)
            .replace("%3", row.unit_number)
        )
