"""A community's suppliers: search, sort, create, edit, delete and export."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.domain.contact_info import format_phone
from kastor_desktop.domain.country import profile
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.suppliers import SupplierRow
from kastor_desktop.ui.community.master_page import MasterPage
from kastor_desktop.ui.community.supplier_dialog import SupplierDialog
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column


class SuppliersPage(MasterPage):
    areas = ("suppliers",)
    service_name = "suppliers"
    permission = "suppliers.manage"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "suppliers",
        parent: QWidget | None = None,
    ) -> None:
        building = icon("building")
        columns: list[Column[SupplierRow]] = [
            Column(profile(community.country).tax_id_label, lambda s: s.tax_id, natural=True),
            Column(self.tr("Name"), lambda s: s.name, icon=lambda s: building),
            Column(self.tr("Business line"), lambda s: s.business_line),
            Column(self.tr("Contact"), lambda s: s.contact_name),
            Column(self.tr("E-mail"), lambda s: s.email),
            Column(self.tr("Phone"), lambda s: format_phone(s.phone)),
            Column(self.tr("Bank"), lambda s: s.bank_name),
            Column(self.tr("Account"), lambda s: s.bank_account),
        ]
        self.export_name = self.tr("suppliers.xlsx")
        super().__init__(ctx, community, key, self.tr("Suppliers"), columns, parent)
        self.add_edit_buttons(self.tr("&New supplier"))
        self.add_export()
        self.set_empty_hint(
            self.tr(
                "No suppliers yet. Use «New supplier» (Ctrl+N) or import them from a spreadsheet."
            )
        )
        self.table.sortByColumn(1, self.table.horizontalHeader().sortIndicatorOrder())
        for column, width in enumerate((110, 230, 200, 130, 190, 130, 120)):
            self.table.setColumnWidth(column, width)

    def dialog(self, row: SupplierRow | None) -> QDialog:
        return SupplierDialog(self.ctx, self.community, row, self)

    def delete_question(self, row: SupplierRow) -> str:
        return self.tr("Delete the supplier «%1»?").replace("%1", row.name)
