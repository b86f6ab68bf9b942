"""Create or edit a supplier: RUT/CUIT and name required; business line, contact, e-mail, phone
and the bank account their invoices are paid to are optional."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.suppliers import SupplierDraft, SupplierRow
from kastor_desktop.ui.community.master_dialog import MasterDialog
from kastor_desktop.ui.context import UiContext


class SupplierDialog(MasterDialog):
    service_name = "suppliers"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: SupplierRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit supplier") if row else self.tr("New supplier")
        super().__init__(
            ctx, community, row, title, "building", parent, self.tr("Fields marked * are required.")
        )
        label = self.country.tax_id_label
        self.tax_id = self.tax_id_field("tax_id", f"&{label} *", row.tax_id if row else "")
        self.name = self.text_field("name", self.tr("&Name *"), row.name if row else "")
        self.business_line = self.text_field(
            "business_line",
            self.tr("&Business line"),
            row.business_line if row else "",
            self.tr("What the supplier does, e.g. lift maintenance."),
        )
        self.contact_name = self.text_field(
            "contact_name", self.tr("&Contact person"), row.contact_name if row else ""
        )
        self.email = self.email_field("email", self.tr("E-&mail"), row.email if row else "")
        self.phone = self.phone_field(
            "phone",
            self.tr("&Phone"),
            row.phone if row else "",
            self.tr("Example: +56 9 8765 4321"),
        )
        self.bank_name = self.text_field(
            "bank_name", self.tr("B&ank"), row.bank_name if row else ""
        )
        self.bank_account = self.text_field(
            "bank_account",
            self.tr("Bank acc&ount"),
            row.bank_account if row else "",
            self.tr("Where the supplier's invoices are paid."),
        )
        self.finish()
        self.tax_id.setFocus()

    def draft(self) -> SupplierDraft:
        return SupplierDraft(
            tax_id=self.tax_id.text(),
            name=self.name.text(),
            business_line=self.business_line.text(),
            contact_name=self.contact_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            bank_name=self.bank_name.text(),
            bank_account=self.bank_account.text(),
        )
