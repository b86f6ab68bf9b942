"""Set a unit's opening balance: the amount it owed (positive) or had in its favour (negative) at
the migration date. Zero removes the balance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from kastor_desktop.services.balances import NAMES, BalanceRow
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Outcome
from kastor_desktop.ui.community.master_dialog import MasterDialog
from kastor_desktop.ui.context import UiContext


class BalanceDialog(MasterDialog):
    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: BalanceRow,
        as_of: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Opening balance of unit %1").replace("%1", row.unit_number)
        super().__init__(ctx, community, row, title, "receipt", parent)
        owner = row.owner_name or self.tr("(no owner)")
        self.form.add_row(self.tr("Unit"), QLabel(f"<b>{row.unit_number}</b> · {owner}", self))
        self.amount = self.amount_field(
            "amount",
            self.tr("&Amount *"),
            NAMES["amount"],
            row.amount,
            self.tr(
                "Positive: what the unit owes. Negative (-35.500): a credit in its favour. "
                "Zero removes the balance."
            ),
        )
        self.as_of = self.date_field(
            "as_of", self.tr("&Date *"), NAMES["as_of"], row.as_of or as_of
        )
        self.finish()
        self.amount.setFocus()
        self.amount.selectAll()

    def call(self) -> Callable[[], Outcome[Any]]:
        service, actor, community_id = self.ctx.services.balances, self.ctx.actor, self.community.id
        unit_id, amount, as_of = self.row.id, self.amount.text(), self.as_of.text()
        return lambda: service.set(actor, community_id, unit_id, amount, as_of)
