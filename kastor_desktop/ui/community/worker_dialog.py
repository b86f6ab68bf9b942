"""Create or edit a worker's ficha: RUT and name required; role, hire date, salary basis (typed
as offices write it, «650.000») and social-security data (AFP, health insurance...) as text."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.workers import NAMES, WorkerDraft, WorkerRow
from kastor_desktop.ui.community.master_dialog import MasterDialog
from kastor_desktop.ui.context import UiContext


class WorkerDialog(MasterDialog):
    service_name = "workers"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: WorkerRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit worker") if row else self.tr("New worker")
        super().__init__(
            ctx, community, row, title, "user-cog", parent, self.tr("Fields marked * are required.")
        )
        label = self.country.tax_id_label
        self.tax_id = self.tax_id_field("tax_id", f"&{label} *", row.tax_id if row else "")
        self.full_name = self.text_field(
            "full_name", self.tr("Full &name *"), row.full_name if row else ""
        )
        self.role = self.text_field(
            "role", self.tr("&Role"), row.role if row else "", self.tr("E.g. concierge, cleaner.")
        )
        self.hire_date = self.date_field(
            "hire_date", self.tr("&Hire date"), NAMES["hire_date"], row.hire_date if row else None
        )
        self.salary_basis = self.amount_field(
            "salary_basis",
            self.tr("&Salary basis"),
            NAMES["salary_basis"],
            row.salary_basis if row else None,
            self.tr("Monthly gross salary in %1.").replace("%1", community.currency),
        )
        self.social_security = QPlainTextEdit(row.social_security if row else "", self)
        self.social_security.setObjectName("social_security")
        self.social_security.setTabChangesFocus(True)
        self.social_security.setFixedHeight(72)
        self.form.add_field(
            "social_security",
            self.tr("Social se&curity"),
            self.social_security,
            self.tr("Pension fund, health insurance, safety mutual…"),
        )
        self.finish()
        self.tax_id.setFocus()

    def draft(self) -> WorkerDraft:
        return WorkerDraft(
            tax_id=self.tax_id.text(),
            full_name=self.full_name.text(),
            role=self.role.text(),
            hire_date=self.hire_date.text(),
            salary_basis=self.salary_basis.text(),
            social_security=self.social_security.toPlainText(),
        )
