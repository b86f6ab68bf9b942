"""Create or edit a recurring expense (a salary, a fixed contract): account, supplier or worker,
document type, description, amount, how it is split and whether it is still proposed each
month. Proposed expenses are dated the 1st and wait to be confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.expenses import ExpenseChoices
from kastor_desktop.services.recurring import ALLOWED, RecurringDraft, RecurringRow
from kastor_desktop.ui.closing.entry_dialog import EntryDialog, combo_value
from kastor_desktop.ui.context import UiContext


class RecurringDialog(EntryDialog):
    service_name = "recurring"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        row: RecurringRow | None,
        choices: ExpenseChoices,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit recurring expense") if row else self.tr("New recurring expense")
        super().__init__(
            ctx, community, row, title, "list", parent,
            self.tr("Proposed every month as an expense dated the 1st, to review and confirm. "
                    "Fields marked * are required."),
        )  # fmt: skip
        self.setMinimumWidth(580)
        draft = row.draft() if row else None
        self.account = self.account_combo(choices, draft.account if draft else None)
        self.supplier = self.supplier_combo(choices, draft.supplier if draft else "")
        self.worker = self.typed_combo(
            "worker",
            self.tr("&Worker"),
            [(f"{name} ({tax_id})", tax_id) for tax_id, name in choices.workers],
            draft.worker if draft else "",
            self.tr("For salaries: the worker paid."),
        )
        self.document_type = self.document_type_combo(choices, draft.document_type if draft else "")
        self.description = self.text_field(
            "description", self.tr("D&escription *"), draft.description if draft else ""
        )
        self.amount = self.amount_field(
            "amount", self.tr("A&mount *"), "Monto", row.amount if row else None
        )
        methods = [(code, label) for code, label in choices.methods if code in ALLOWED]
        current = {
            "method": draft.method if draft else "table",
            "table": draft.table if draft else "",
            "unit": draft.unit if draft else "",
        }
        self.add_split(methods, choices.tables, choices.units, current)
        self.nature = self.combo_field(
            "nature",
            self.tr("Natu&re"),
            [(label, code) for code, label in choices.natures],
            draft.nature if draft else self.natures.get(str(self.account.currentData())),
        )
        self.active = QCheckBox(self.tr("Propose it every month"), self)
        self.active.setObjectName("active")
        self.active.setChecked(row.active if row else True)
        self.form.add_field("active", self.tr("Ac&tive"), self.active)
        self.finish()
        self.account.currentIndexChanged.connect(lambda _i: self._account_changed())
        self.description.setFocus()

    def _account_changed(self) -> None:
        nature = self.natures.get(str(self.account.currentData()))
        if nature:
            self.select(self.nature, nature)

    def draft(self) -> RecurringDraft:
        split = self.split_values()
        return RecurringDraft(
            account=str(self.account.currentData() or ""),
            description=self.description.text(),
            amount=self.amount.text(),
            method=split["method"],
            table=split["table"],
            unit=split["unit"],
            nature=str(self.nature.currentData() or ""),
            supplier=combo_value(self.supplier),
            worker=combo_value(self.worker),
            document_type=combo_value(self.document_type),
            active=self.active.isChecked(),
        )
