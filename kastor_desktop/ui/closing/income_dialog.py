"""Create or edit an income of the open month (rent of an antenna, bank interest, a refund):
date within the month, description, amount and, optionally, the fund it is credited to."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.income import OtherIncomeDraft, OtherIncomeRow
from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.closing.entry_dialog import EntryDialog
from kastor_desktop.ui.context import UiContext


class IncomeDialog(EntryDialog):
    service_name = "income"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: OtherIncomeRow | None,
        period: PeriodRow,
        funds: list[str],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit income") if row else self.tr("New income")
        intro = self.tr("Income of %1, the open month. Fields marked * are required.").replace(
            "%1", period.label
        )
        super().__init__(ctx, community, row, title, "wallet", parent, intro)
        self.received_on = self.date_in_month(
            "received_on", self.tr("&Date *"), period, row.received_on if row else None
        )
        self.description = self.text_field(
            "description",
            self.tr("D&escription *"),
            row.description if row else "",
            self.tr("E.g. rent of the rooftop antenna."),
        )
        self.amount = self.amount_field(
            "amount", self.tr("A&mount *"), "Monto", row.amount if row else None
        )
        self.fund = self.combo_field(
            "fund",
            self.tr("&Fund"),
            [(self.tr("(none)"), ""), *((name, name) for name in funds)],
            row.fund_name if row else "",
            self.tr("The fund this income is credited to, if any."),
        )
        self.finish()
        self.description.setFocus()

    def draft(self) -> OtherIncomeDraft:
        return OtherIncomeDraft(
            received_on=self.received_on.date().toPython(),  # type: ignore[arg-type]
            description=self.description.text(),
            amount=self.amount.text(),
            fund=str(self.fund.currentData() or ""),
        )
