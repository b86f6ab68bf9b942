"""The community's bank accounts; exactly one is the default (printed on notices)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.domain.country import profile
from kastor_desktop.services.banks import BankAccountRow
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.community.bank_account_dialog import BankAccountDialog
from kastor_desktop.ui.community.master_page import MasterPage
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column


class BankAccountsPage(MasterPage):
    areas = ("banks",)
    service_name = "banks"
    permission = "accounts.manage"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "banks",
        parent: QWidget | None = None,
    ) -> None:
        types = {
            "checking": self.tr("Checking account"),
            "sight": self.tr("Sight account"),
            "savings": self.tr("Savings account"),
        }
        check, default = icon("check"), self.tr("Default")
        label = profile(community.country).tax_id_label
        columns: list[Column[BankAccountRow]] = [
            Column(
                self.tr("Default"),
                lambda b: default if b.is_default else "",
                key=lambda b: not b.is_default,
                icon=lambda b: check if b.is_default else None,
            ),
            Column(self.tr("Bank"), lambda b: b.bank, icon=lambda b: icon("wallet")),
            Column(self.tr("Type"), lambda b: types.get(b.account_type, b.account_type)),
            Column(self.tr("Number"), lambda b: b.number, natural=True),
            Column(self.tr("Holder's %1").replace("%1", label), lambda b: b.holder_tax_id),
        ]
        self.export_name = self.tr("bank-accounts.xlsx")
        super().__init__(ctx, community, key, self.tr("Bank accounts"), columns, parent)
        self.add_intro(
            self.tr(
                "The community's own accounts. The default one is printed on notices of charge "
                "with the payment instructions."
            )
        )
        self.add_edit_buttons(self.tr("&New account"))
        if self.can_write:
            self.default_button = self.to_bar(
                self.add_button(self.tr("&Make default"), "check", self.make_default, "Ctrl+D")
            )
        self.add_export()
        self.set_empty_hint(
            self.tr("No bank accounts yet. Use «New account» (Ctrl+N) to add the community's.")
        )
        for column, width in enumerate((130, 240, 180, 200)):
            self.table.setColumnWidth(column, width)

    def selection_changed(self) -> None:
        row = self.selected()
        if hasattr(self, "default_button"):
            self.default_button.setEnabled(row is not None and not row.is_default)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.selection_changed()

    def dialog(self, row: BankAccountRow | None) -> QDialog:
        return BankAccountDialog(self.ctx, self.community, row, self)

    def delete_question(self, row: BankAccountRow) -> str:
        question = self.tr("Delete the account %1 of %2?").replace("%1", row.number)
        question = question.replace("%2", row.bank)
        if row.is_default:
            question += "\n\n" + self.tr(
                "It is the default account: the oldest remaining account becomes the default."
            )
        return question

    def make_default(self) -> None:
        row = self.selected()
        if row is None or row.is_default or not self.can_write:
            return
        service, actor, community_id = self.ctx.services.banks, self.ctx.actor, self.community.id
        self.run(lambda: service.set_default(actor, community_id, row.id))
