"""A community's workers (fichas): search, sort, create, edit, delete and export."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.domain.country import profile
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.workers import WorkerRow
from kastor_desktop.ui.community.master_page import MasterPage, date_column
from kastor_desktop.ui.community.worker_dialog import WorkerDialog
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column


class WorkersPage(MasterPage):
    areas = ("workers",)
    service_name = "workers"
    permission = "suppliers.manage"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "workers",
        parent: QWidget | None = None,
    ) -> None:
        person = icon("user")
        columns: list[Column[WorkerRow]] = [
            Column(profile(community.country).tax_id_label, lambda w: w.tax_id, natural=True),
            Column(self.tr("Name"), lambda w: w.full_name, icon=lambda w: person),
            Column(self.tr("Role"), lambda w: w.role),
            date_column(self.tr("Hire date"), lambda w: w.hire_date),
            self.money_column(self.tr("Salary basis"), lambda w: w.salary_basis),
            Column(self.tr("Social security"), lambda w: " ".join(w.social_security.split())),
        ]
        self.export_name = self.tr("workers.xlsx")
        super().__init__(ctx, community, key, self.tr("Workers"), columns, parent)
        self.add_edit_buttons(self.tr("&New worker"))
        self.add_export()
        self.set_empty_hint(
            self.tr("No workers yet. Use «New worker» (Ctrl+N) or import them from a spreadsheet.")
        )
        self.table.sortByColumn(1, self.table.horizontalHeader().sortIndicatorOrder())
        for column, width in enumerate((120, 240, 160, 110, 130)):
            self.table.setColumnWidth(column, width)

    def dialog(self, row: WorkerRow | None) -> QDialog:
        return WorkerDialog(self.ctx, self.community, row, self)

    def delete_question(self, row: WorkerRow) -> str:
        return self.tr("Delete the worker «%1»?").replace("%1", row.full_name)
