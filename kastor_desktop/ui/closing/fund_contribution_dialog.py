"""What the units pay into one fund in the open month: a percentage of the month's ordinary
expenses, a fixed amount split by a share table, or nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Outcome
from kastor_desktop.services.fund_contributions import (
    FIXED,
    METHODS,
    PERCENTAGE,
    FundContributionDraft,
    FundContributionRow,
)
from kastor_desktop.services.periods import PeriodRow
from kastor_desktop.ui.closing.entry_dialog import EntryDialog
from kastor_desktop.ui.context import UiContext


class FundContributionDialog(EntryDialog):
    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: FundContributionRow,
        period: PeriodRow,
        tables: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Contribution to «%1»").replace("%1", row.fund_name)
        intro = self.tr("What the units pay into the fund in %1.").replace("%1", period.label)
        if row.is_default:
            intro += " " + self.tr("Now the community's default applies.")
        super().__init__(ctx, community, row, title, "database-backup", parent, intro)
        self.period = period
        draft = row.draft(self.country.minor_exponent)
        self.method = self.combo_field(
            "method",
            self.tr("&Contribution"),
            [(label, code) for code, label in METHODS.items()],
            draft.method,
        )
        self.rate = self.text_field(
            "rate",
            self.tr("&Percentage *"),
            draft.rate or "",
            self.tr("Of the month's ordinary expenses, e.g. 5 or 2,5."),
        )
        self.rate.setMaximumWidth(120)
        self.amount = self.amount_field(
            "amount",
            self.tr("Monthly a&mount *"),
            "Monto",
            row.amount if row.method == FIXED else None,
        )
        self.table = self.combo_field(
            "table",
            self.tr("Share &table *"),
            [(name, name) for name in tables],
            draft.table or None,
            self.tr("How the fixed amount is split among the units."),
        )
        self.finish()
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self._method_changed(fit=False)
        self.method.setFocus()

    def _method_changed(self, fit: bool = True) -> None:
        method = self.method.currentData()
        self.show_row(self.rate, method == PERCENTAGE)
        self.show_row(self.amount, method == FIXED)
        self.show_row(self.table, method == FIXED)
        if fit:
            self.refit()

    def draft(self) -> FundContributionDraft:
        method = str(self.method.currentData())
        return FundContributionDraft(
            method,
            self.rate.text() if method == PERCENTAGE else "",
            self.amount.text() if method == FIXED else "",
            str(self.table.currentData() or "") if method == FIXED else "",
        )

    def call(self) -> Callable[[], Outcome[Any]]:
        draft, service = self.draft(), self.ctx.services.fund_contributions
        actor, cid, fund, period = (
            self.ctx.actor,
            self.community.id,
            self.row.fund_id,
            self.period.id,
        )
        return lambda: service.set(actor, cid, fund, draft, period)
