"""Fund contributions of the open month: one row per fund (the reserve fund first) with what
the units pay into it, the month's own setting or the community's default."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.fund_contributions import FIXED, PERCENTAGE, FundContributionRow
from kastor_desktop.ui.closing.entry_page import EntryPage
from kastor_desktop.ui.closing.fund_contribution_dialog import FundContributionDialog
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column


class FundContributionsPage(EntryPage):
    areas = ("expenses", "closing", "funds", "shares")
    service_name = "fund_contributions"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "fund_contributions",
        parent: QWidget | None = None,
    ) -> None:
        shield, fund = icon("shield-check"), icon("database-backup")
        columns: list[Column[FundContributionRow]] = [
            Column(
                self.tr("Fund"),
                lambda r: r.fund_name,
                key=lambda r: (not r.is_reserve, r.fund_name),
                icon=lambda r: shield if r.is_reserve else fund,
            ),
            Column(self.tr("Contribution"), lambda r: r.method_label),
            Column(
                self.tr("Percentage"),
                lambda r: f"{r.rate} %" if r.method == PERCENTAGE else "",
                key=lambda r: r.rate_micro,
                align_right=True,
            ),
            Column(
                self.tr("Amount"),
                lambda r: self.money(r.amount) if r.method == FIXED else "",
                key=lambda r: r.amount,
                align_right=True,
            ),
            Column(self.tr("Share table"), lambda r: r.table_name),
            Column(
                self.tr("Setting"),
                lambda r: self.tr("Community default") if r.is_default else self.tr("This month"),
            ),
            Column(self.tr("Detail"), lambda r: r.description),
        ]
        self.title_template = self.tr("Fund contributions of %1 (open month)")
        self.export_name = self.tr("fund-contributions.xlsx")
        self.last_message = ""
        super().__init__(ctx, community, key, self.tr("Fund contributions"), columns, parent)
        self.add_intro(
            self.tr(
                "What the units pay into each fund this month. The reserve fund takes the "
                "closing settings' default unless the month says otherwise."
            )
        )
        if self.can_write:
            self.edit_button = self.add_button(
                self.tr("&Edit"), "pencil", self.edit, None, needs_row=True
            )
            self.edit_button.setToolTip(self.tr("Edit the selected fund's contribution (Enter)"))
        self.add_export()
        self.set_empty_hint(self.tr("The community has no funds. Create them in «Funds»."))
        for column, width in enumerate((230, 230, 100, 120, 130, 160)):
            self.table.setColumnWidth(column, width)

    def load(self) -> Sequence[FundContributionRow]:
        return self.ctx.services.fund_contributions.list(self.ctx.actor, self.community.id)

    def add_new(self) -> None:
        """Funds are created in «Funds»; here they are only edited."""

    def dialog(self, row: FundContributionRow) -> QDialog:
        actor, cid = self.ctx.actor, self.community.id
        period = self.period or self.ctx.services.periods.current(actor, cid)
        tables = [t.name for t in self.ctx.services.shares.tables(actor, cid)]
        return FundContributionDialog(self.ctx, self.community, row, period, tables, self)

    def edit(self) -> None:
        row = self.selected()
        if row is not None and self.can_write:
            fund_id = row.fund_id
            self.dialog(row).exec()
            self.select_where(lambda r: r.fund_id == fund_id)
