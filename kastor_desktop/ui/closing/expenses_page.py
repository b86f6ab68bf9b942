"""The open month's expenses: the totals (ordinary, extraordinary, how many, recurring ones still
to confirm), the list with its split and scan, the form, the recurring expenses proposed and
confirmed, and the «gastos» spreadsheet checked before it is imported."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QDialog, QFileDialog, QLabel, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.expenses import ExpenseChoices, ExpenseImport, ExpenseRow
from kastor_desktop.ui.closing.entry_page import EntryPage
from kastor_desktop.ui.closing.expense_dialog import ExpenseDialog
from kastor_desktop.ui.closing.expense_import_dialog import ExpenseImportDialog
from kastor_desktop.ui.community.master_page import date_column
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column

AMBER = "#b9770e"
TOTALS_STYLE = (
    "QLabel { background: #f4f6f8; border: 1px solid #dde3e9; border-radius: 4px; "
    "padding: 5px 8px; color: #1f2d3d; }"
)


class ExpensesPage(EntryPage):
    areas = ("expenses", "accounts", "suppliers", "shares", "units")
    service_name = "expenses"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "expenses",
        parent: QWidget | None = None,
    ) -> None:
        scan, pending = icon("file-text"), icon("triangle-alert", AMBER)
        columns: list[Column[ExpenseRow]] = [
            replace(  # a recurring one still to confirm shows it from the first column
                date_column(self.tr("Date"), lambda e: e.spent_on),
                icon=lambda e: None if e.confirmed else pending,
            ),
            Column(
                self.tr("Account"), lambda e: f"{e.account_code} {e.account_name}", natural=True
            ),
            Column(self.tr("Supplier"), lambda e: e.supplier_name),
            Column(self.tr("Document"), lambda e: f"{e.document_type} {e.document_number}".strip()),
            Column(self.tr("Description"), lambda e: e.description),
            Column(self.tr("Prorating"), lambda e: e.method_label),
            Column(self.tr("Nature"), lambda e: e.nature_label),
            self.money_column(self.tr("Amount"), lambda e: e.total),
            Column(
                self.tr("Scan"),
                lambda e: self.tr("Yes") if e.attachment else "",
                key=lambda e: e.attachment is None,
                icon=lambda e: scan if e.attachment else None,
            ),
            Column(
                self.tr("Status"),
                lambda e: "" if e.confirmed else self.tr("To confirm"),
                key=lambda e: e.confirmed,
                icon=lambda e: None if e.confirmed else pending,
            ),
        ]
        self.title_template = self.tr("Expenses of %1 (open month)")
        self.export_name = self.tr("expenses.xlsx")
        self.all_rows: list[ExpenseRow] = []
        self.last_message = ""
        super().__init__(ctx, community, key, self.tr("Expenses of the month"), columns, parent)
        self.add_intro("")  # an empty line holding the month's own actions on the right
        self.totals = QLabel(self)
        self.totals.setObjectName("expenseTotals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet(TOTALS_STYLE)
        self.column().insertWidget(2, self.totals)
        self.add_edit_buttons(self.tr("&New expense"))
        if self.can_write:
            self.propose_button = self.to_bar(
                self.add_button(self.tr("&Propose recurring"), "refresh-cw", self.propose)
            )
            self.propose_button.setToolTip(
                self.tr("Add the active recurring expenses not yet in the month, to confirm.")
            )
            self.confirm_button = self.to_bar(
                self.add_button(self.tr("Con&firm selected"), "check", self.confirm_selected)
            )
            self.confirm_button.setEnabled(False)
            self.import_button = self.to_bar(
                self.add_button(
                    self.tr("&Import spreadsheet…"), "file-spreadsheet", self.choose_import
                )
            )
        self.add_export()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.set_empty_hint(
            self.tr(
                "No expenses in the month yet. Use «New expense» (Ctrl+N), propose the recurring "
                "ones or import the «gastos» spreadsheet."
            )
        )
        for column, width in enumerate((104, 150, 140, 100, 190, 150, 95, 105, 78)):
            self.table.setColumnWidth(column, width)

    # -- loading --------------------------------------------------------------------------
    def load(self) -> Sequence[ExpenseRow]:
        self.all_rows = self.ctx.services.expenses.list(self.ctx.actor, self.community.id)
        return self.all_rows

    def refresh(self) -> None:
        super().refresh()
        self._show_totals()

    def _show_totals(self) -> None:
        """What the month adds up to (every expense, whatever the search shows)."""
        ordinary = sum(r.total for r in self.all_rows if r.nature == "ordinary")
        extraordinary = sum(r.total for r in self.all_rows if r.nature != "ordinary")
        pending = [r for r in self.all_rows if not r.confirmed]
        parts = [
            self.tr("Ordinary: %1").replace("%1", self.money(ordinary)),
            self.tr("Extraordinary: %1").replace("%1", self.money(extraordinary)),
            self.tr("Total: %1").replace("%1", self.money(ordinary + extraordinary)),
            self.tr("%n expense(s)", "", len(self.all_rows)),
        ]
        text = "  ·  ".join(parts)
        if pending:
            waiting = self.tr("%n recurring expense(s) to confirm (%1)", "", len(pending))
            amount = self.money(sum(r.total for r in pending))
            text += f"  ·  <span style='color:{AMBER}'>{waiting.replace('%1', amount)}</span>"
        self.totals.setText(text)

    def selected_rows(self) -> list[ExpenseRow]:
        model = self.table.selectionModel()
        indexes = model.selectedRows() if model else []
        return [r for i in indexes if (r := self.model.row_at(i.row())) is not None]

    def selection_changed(self) -> None:
        if hasattr(self, "confirm_button"):
            self.confirm_button.setEnabled(any(not r.confirmed for r in self.selected_rows()))

    # -- the form ---------------------------------------------------------------------------
    def choices(self) -> ExpenseChoices:
        return self.ctx.services.expenses.choices(self.ctx.actor, self.community.id)

    def dialog(self, row: ExpenseRow | None) -> QDialog:
        return ExpenseDialog(self.ctx, self.community, row, self.choices(), self)

    def delete_question(self, row: ExpenseRow) -> str:
        return (
            self.tr("Delete the expense «%1» of %2?")
            .replace("%1", row.description)
            .replace("%2", self.money(row.total))
        )

    # -- recurring ------------------------------------------------------------------------
    def propose(self) -> None:
        if not self.can_write:
            return
        service, actor, cid = self.ctx.services.recurring, self.ctx.actor, self.community.id

        def proposed(count: int) -> None:
            if count:
                self.message(
                    self.tr("%n recurring expense(s) proposed: review and confirm them.", "", count)
                )
            else:
                self.message(self.tr("Every active recurring expense is already in the month."))

        self.run(lambda: service.propose(actor, cid), proposed)

    def confirm_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if not r.confirmed]
        if not ids or not self.can_write:
            return
        service, actor, cid = self.ctx.services.expenses, self.ctx.actor, self.community.id
        self.run(
            lambda: service.confirm(actor, cid, ids),
            lambda count: self.message(self.tr("%n expense(s) confirmed.", "", count)),
        )

    # -- the spreadsheet --------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the expenses spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
        )
        if path:
            self.check_import(Path(path))

    def check_import(self, path: Path) -> None:
        """Check the file (a dry run writes nothing) and show what it would do."""
        if not self.can_write:
            return
        service, actor, cid = self.ctx.services.expenses, self.ctx.actor, self.community.id
        period = self.period or self.ctx.services.periods.current(actor, cid)
        year, month = period.year, period.month

        def checked(outcome: Any) -> None:
            self.open_import(path, outcome.value, year, month)

        self.ctx.runner.run_db(
            lambda p: service.import_file(actor, cid, path, year, month, True, p),
            checked,
            self._import_failed,
            label=self.tr("Checking the spreadsheet…"),
            parent=self,
        )

    def open_import(self, path: Path, checked: ExpenseImport, year: int, month: int) -> None:
        self.import_dialog = ExpenseImportDialog(
            self.ctx, self.community, path, checked, year, month, self
        )
        if self.import_dialog.exec() and self.import_dialog.imported is not None:
            self.message(
                self.tr("%n expense(s) imported from «%1».", "", self.import_dialog.imported.added)
                .replace("%1", path.name)
            )  # fmt: skip

    def _import_failed(self, error: BaseException) -> None:
        from kastor_desktop.ui.widgets import messages

        messages.show_error(self, error)
