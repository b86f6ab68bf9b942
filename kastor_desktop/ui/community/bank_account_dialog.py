"""Create or edit one of the community's bank accounts: bank, type, number and the holder's
RUT/CUIT (the community's own, filled in for a new account)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from kastor_desktop.services.banks import BankAccountDraft, BankAccountRow
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.community.master_dialog import MasterDialog
from kastor_desktop.ui.context import UiContext

BANKS = {
    "CL": (
        "Banco de Chile", "BancoEstado", "Banco Santander", "Banco BCI", "Scotiabank",
        "Banco Itaú", "Banco Security", "Banco BICE", "Banco Falabella", "Banco Internacional",
        "Banco Ripley", "Banco Consorcio",
    ),
    "AR": (
        "Banco de la Nación Argentina", "Banco Galicia", "Banco Santander Argentina",
        "BBVA Argentina", "Banco Macro", "Banco Provincia", "Banco Ciudad", "Banco Credicoop",
        "HSBC Argentina", "Banco Patagonia",
    ),
}  # fmt: skip


class BankAccountDialog(MasterDialog):
    service_name = "banks"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: BankAccountRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit bank account") if row else self.tr("New bank account")
        super().__init__(
            ctx,
            community,
            row,
            title,
            "wallet",
            parent,
            self.tr(
                "The community's own account, printed on notices with the payment instructions."
            ),
        )
        self.bank = QComboBox(self)
        self.bank.setObjectName("bank")
        self.bank.setEditable(True)
        self.bank.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bank.addItems(BANKS.get(community.country, ()))
        self.bank.setCurrentText(row.bank if row else "")
        self.form.add_field("bank", self.tr("&Bank *"), self.bank, self.tr("Choose or type it."))
        self.account_type = self.combo_field(
            "account_type",
            self.tr("&Type"),
            [
                (self.tr("Checking account"), "checking"),
                (self.tr("Sight account"), "sight"),
                (self.tr("Savings account"), "savings"),
            ],
            row.account_type if row else "checking",
        )
        self.number = self.text_field("number", self.tr("&Number *"), row.number if row else "")
        label = self.country.tax_id_label
        self.holder_tax_id = self.tax_id_field(
            "holder_tax_id",
            self.tr("&Holder's %1 *").replace("%1", label),
            row.holder_tax_id if row else community.tax_id,
            self.tr("Normally the community's own %1.").replace("%1", label),
        )
        if row is None:
            self.add_note(
                self.tr(
                    "The first account becomes the default one; use «Make default» on the list "
                    "to choose another."
                )
            )
        self.finish()
        self.bank.setFocus()

    def draft(self) -> BankAccountDraft:
        return BankAccountDraft(
            bank=self.bank.currentText(),
            account_type=self.account_type.currentData(),
            number=self.number.text(),
            holder_tax_id=self.holder_tax_id.text(),
        )
