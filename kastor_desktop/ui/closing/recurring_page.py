"""Recurring expenses (salaries, fixed contracts): the list, the form, and proposing the active
ones in the open month as expenses to confirm (never twice in the same month)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.recurring import RecurringRow
from kastor_desktop.ui.closing.entry_page import EntryPage
from kastor_desktop.ui.closing.recurring_dialog import RecurringDialog
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column


class RecurringPage(EntryPage):
    areas = ("expenses", "accounts", "suppliers", "workers", "shares", "units")
    service_name = "recurring"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "recurring",
        parent: QWidget | None = None,
    ) -> None:
        paused = icon("x", "#95a5a6")
        columns: list[Column[RecurringRow]] = [
            Column(self.tr("Description"), lambda r: r.description),
            Column(
                self.tr("Account"), lambda r: f"{r.account_code} {r.account_name}", natural=True
            ),
            Column(self.tr("Supplier or worker"), lambda r: r.supplier_name or r.worker_name),
            Column(self.tr("Document"), lambda r: r.document_type),
            Column(self.tr("Prorating"), lambda r: r.method_label),
            Column(self.tr("Nature"), lambda r: r.nature_label),
            self.money_column(self.tr("Amount"), lambda r: r.amount),
            Column(
                self.tr("Active"),
                lambda r: self.tr("Yes") if r.active else self.tr("No"),
                key=lambda r: not r.active,
                icon=lambda r: None if r.active else paused,
            ),
        ]
        self.export_name = self.tr("recurring-expenses.xlsx")
        self.last_message = ""
        super().__init__(ctx, community, key, self.tr("Recurring expenses"), columns, parent)
        self.add_intro(
            self.tr(
                "Expenses that repeat every month. «Propose in the open month» adds the active "
                "ones as expenses dated the 1st, to review and confirm in «Expenses of the month»."
            )
        )
        self.add_edit_buttons(self.tr("&New recurring expense"))
        if self.can_write:
            self.propose_button = self.to_bar(
                self.add_button(self.tr("&Propose in the open month"), "refresh-cw", self.propose)
            )
        self.add_export()
        self.set_empty_hint(
            self.tr("No recurring expenses yet. Use «New recurring expense» (Ctrl+N).")
        )
        for column, width in enumerate((210, 160, 180, 100, 170, 100, 110)):
            self.table.setColumnWidth(column, width)

    def refresh(self) -> None:
        super().refresh()
        if self.period is not None and hasattr(self, "propose_button"):
            self.propose_button.setToolTip(
                self.tr("Add the active recurring expenses to %1, to confirm.").replace(
                    "%1", self.period.label
                )
            )

    def dialog(self, row: RecurringRow | None) -> QDialog:
        choices = self.ctx.services.expenses.choices(self.ctx.actor, self.community.id)
        return RecurringDialog(self.ctx, self.community, row, choices, self)

    def delete_question(self, row: RecurringRow) -> str:
        return self.tr(
            "Delete the recurring expense «%1»? Expenses already proposed stay in their month."
        ).replace("%1", row.description)

    def propose(self) -> None:
        if not self.can_write:
            return
        service, actor, cid = self.ctx.services.recurring, self.ctx.actor, self.community.id

        def proposed(count: int) -> None:
            month = self.period.label if self.period else ""
            if count:
                text = self.tr("%n expense(s) proposed in %1: confirm them in «Expenses of the "
                               "month».", "", count)  # fmt: skip
            else:
                text = self.tr("Every active recurring expense is already in %1.")
            self.message(text.replace("%1", month))

        self.run(lambda: service.propose(actor, cid), proposed)
