"""«Pagos»: the community's payments with their receipt number, unit and owner, how and when
they were paid, and whether they still count (valid, voided, already shown in a notice); those
imported from a bank statement are marked. Search, a date range and «show voided» filter the
rows in the model; the totals add up what is shown. Record a payment, void one with its reason,
see its receipt, export the payments received in the range and the unallocated credits report,
and jump to the unit's account."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from kastor_desktop.services.banks import BankAccountRow
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.payments import PaymentRow
from kastor_desktop.ui.closing.entry_dialog import DATE_DISPLAY
from kastor_desktop.ui.closing.pdf_viewer import ViewerHolder
from kastor_desktop.ui.collection.document_files import (
    ask_save_path,
    documents_folder,
    office_today,
    safe_name,
)
from kastor_desktop.ui.collection.page_links import ACCOUNT, open_page
from kastor_desktop.ui.collection.payment_dialog import PaymentDialog
from kastor_desktop.ui.collection.payments_model import PaymentLine, PaymentsModel
from kastor_desktop.ui.collection.void_dialog import VoidDialog
from kastor_desktop.ui.community.master_page import MasterPage, date_column
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.widgets import messages

NO_LIMIT = QDate(2000, 1, 1)  # the date edits' minimum, shown as «any»
TOTALS_STYLE = (
    "QLabel { background: #f4f6f8; border: 1px solid #dde3e9; border-radius: 4px; "
    "padding: 5px 8px; color: #1f2d3d; }"
)


class PaymentsPage(ViewerHolder, MasterPage):
    areas = ("payments", "ledger", "units", "people", "banks")
    permission = "payments.record"
    model_class = PaymentsModel
    export_name = "pagos.xlsx"

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "payments",
        parent: QWidget | None = None,
    ) -> None:
        self.lines: list[PaymentLine] = []
        self.units: list[tuple[str, str]] = []  # (number, owner) in natural order
        self.banks: list[BankAccountRow] = []
        self.last_message = ""
        bank = icon("banknote")
        columns: list[Column[PaymentLine]] = [
            Column(self.tr("Receipt No."), lambda r: str(r.payment.receipt_number),
                   key=lambda r: r.payment.receipt_number, align_right=True,
                   icon=lambda r: bank if r.payment.imported else None),
            date_column(self.tr("Date"), lambda r: r.payment.paid_on),
            Column(self.tr("Unit"), lambda r: r.payment.unit_number, natural=True),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Method"), lambda r: r.payment.method_label),
            Column(self.tr("Reference"), lambda r: r.payment.reference),
            Column(self.tr("Paid by"), lambda r: r.payment.payer),
            self.money_column(self.tr("Amount"), lambda r: r.payment.amount),
            Column(self.tr("Status"), self.state_text),
            Column(self.tr("Source"), self.source_text),
        ]  # fmt: skip
        super().__init__(ctx, community, key, self.tr("Payments"), columns, parent)
        self.search.setPlaceholderText(self.tr("Receipt, unit, owner, reference… (Ctrl+F)"))
        self.add_intro(
            self.tr(
                "Each payment settles the unit's oldest debt first. A wrong payment is voided "
                "with its reason, never deleted. The bank icon marks payments imported from a "
                "bank statement."
            )
        )
        self._build_filters()
        self._build_buttons()
        self.set_empty_hint(
            self.tr(
                "No payments yet. Record one with «Record payment» (Ctrl+N) or import a bank "
                "statement."
            )
        )
        for number, width in enumerate((96, 90, 70, 180, 104, 110, 104, 100, 96)):
            self.table.setColumnWidth(number, width)
        # the newest receipts first
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)

    # -- layout ---------------------------------------------------------------------------
    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_DISPLAY)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_LIMIT)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_LIMIT)
        edit.dateChanged.connect(lambda _d: self._apply_range())
        return edit

    def _build_filters(self) -> None:
        row = QHBoxLayout()
        self.since = self._date_edit("since")
        self.until = self._date_edit("until")
        for text, edit in ((self.tr("&From"), self.since), (self.tr("&To"), self.until)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)
        self.show_voided = QCheckBox(self.tr("Show vo&ided"), self)
        self.show_voided.setChecked(True)
        self.show_voided.toggled.connect(lambda _c: self._apply_range())
        row.addSpacing(12)
        row.addWidget(self.show_voided)
        row.addSpacing(12)
        self.totals = QLabel(self)
        self.totals.setObjectName("paymentTotals")
        self.totals.setStyleSheet(TOTALS_STYLE)
        row.addWidget(self.totals, 1)
        self.column().insertLayout(2, row)

    def _build_buttons(self) -> None:
        self.new_button = self.add_button(
            self.tr("&Record payment"), "plus", self.add_new, "Ctrl+N"
        )
        self.new_button.setVisible(self.can_write)
        self.receipt_button = self.add_button(
            self.tr("Re&ceipt"), "receipt", self.view_receipt, None, needs_row=True
        )
        self.receipt_button.setToolTip(self.tr("See and print the selected receipt (Enter)"))
        self.void_button = self.add_button(self.tr("&Void…"), "x", self.void, "Del", needs_row=True)
        self.void_button.setVisible(self.ctx.can("payments.void", self.community.id))
        self.account_button = self.to_bar(
            self.add_button(
                self.tr("Unit &account"), "scroll-text", self.open_account, "Ctrl+U", True
            )
        )
        self.export_button = self.to_bar(
            self.add_button(
                self.tr("E&xport…"), "file-spreadsheet", self.payments_report, "Ctrl+Shift+E"
            )
        )
        self.export_button.setToolTip(
            self.tr("The payments received between the dates shown, as Excel or PDF")
        )
        self.credits_button = self.to_bar(
            self.add_button(self.tr("Unallocated cr&edits…"), "wallet", self.credits)
        )
        self.credits_button.setToolTip(
            self.tr("The units holding payments not yet used by any charge, as Excel or PDF")
        )
        for key, slot in (("Ins", self.add_new), ("F5", self.refresh)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)

    # -- cells ----------------------------------------------------------------------------
    def state_text(self, line: PaymentLine) -> str:
        if line.payment.voided:
            return self.tr("Voided")
        if line.payment.counted:
            return self.tr("In a notice")
        return self.tr("Valid")

    def source_text(self, line: PaymentLine) -> str:
        return self.tr("Bank statement") if line.payment.imported else self.tr("Recorded")

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Payments, units (with owners) and bank accounts on the database thread."""
        services, actor, cid = self.ctx.services, self.ctx.actor, self.community.id

        def job(_progress: Any) -> tuple[Any, ...]:
            units = [(r.number, r.owner_name) for r in services.units.listing(actor, cid).rows]
            return services.payments.list(actor, cid), units, services.banks.list(actor, cid)

        self.ctx.runner.run_db(job, self._loaded, self.failed)

    def _loaded(self, loaded: tuple[Any, ...]) -> None:
        payments, self.units, self.banks = loaded
        owners = dict(self.units)
        self.lines = [PaymentLine(p, owners.get(p.unit_number, "")) for p in payments]
        MasterPage.refresh(self)  # TablePage.refresh: keeps the selection, sorts, counts

    def load(self) -> Sequence[PaymentLine]:
        return self.lines

    def failed(self, error: BaseException) -> None:
        messages.show_error(self, error)

    def _apply_range(self) -> None:
        model = self.model
        assert isinstance(model, PaymentsModel)
        model.set_range(*self.date_range(), self.show_voided.isChecked())
        self._update_counter()
        self._update_buttons()

    def date_range(self) -> tuple[date | None, date | None]:
        since, until = self.since.date(), self.until.date()
        return (
            None if since == NO_LIMIT else since.toPython(),  # type: ignore[return-value]
            None if until == NO_LIMIT else until.toPython(),
        )

    def set_range(self, since: date | None, until: date | None, show_voided: bool = True) -> None:
        """Filter by dates (None: no limit) and voided (tests and other screens call it)."""
        self.since.setDate(QDate(since) if since else NO_LIMIT)
        self.until.setDate(QDate(until) if until else NO_LIMIT)
        self.show_voided.setChecked(show_voided)
        self._apply_range()

    def _update_counter(self) -> None:
        super()._update_counter()
        shown = [r.payment for r in self.model.rows()]
        valid = [p for p in shown if not p.voided]
        text = self.tr("%n payment(s): %1", "", len(valid)).replace(
            "%1", self.money(sum(p.amount for p in valid))
        )
        voided = len(shown) - len(valid)
        if voided:
            text += "  ·  " + self.tr("%n voided (not added)", "", voided)
        self.totals.setText(text)

    def selected_payment(self) -> PaymentRow | None:
        line = self.selected()
        return line.payment if line is not None else None

    def _update_buttons(self) -> None:
        super()._update_buttons()
        payment = self.selected_payment()
        self.account_button.setEnabled(payment is not None)  # on the intro line
        self.void_button.setEnabled(
            payment is not None
            and not payment.voided
            and self.ctx.can("payments.void", self.community.id)
        )

    # -- actions --------------------------------------------------------------------------
    def activated(self) -> None:
        self.view_receipt()

    def payment_dialog(self, unit_number: str = "") -> PaymentDialog:
        return PaymentDialog(
            self.ctx,
            self.community,
            self.units,
            self.banks,
            office_today(self.ctx),
            unit_number,
            self,
        )

    def add_new(self) -> None:
        if not self.can_write:
            return
        dialog = self.payment_dialog()
        if dialog.exec() and dialog.outcome is not None:
            self.recorded(dialog.outcome.value)

    def recorded(self, payment: PaymentRow) -> None:
        """After a payment was recorded: select it and offer its receipt."""
        self.select_where(lambda r: r.id == payment.id)
        text = (
            self.tr("Payment recorded with receipt No. %1.")
            .replace("%1", str(payment.receipt_number))
        )  # fmt: skip
        self.message(text)
        if messages.confirm(self, self.tr("Payment recorded"), text + " " + self.tr("Open it?")):
            self.receipt_of(payment)

    def void_dialog(self, payment: PaymentRow) -> VoidDialog:
        return VoidDialog(self.ctx, self.community, payment, self.money(payment.amount), self)

    def void(self) -> None:
        payment = self.selected_payment()
        if payment is None or not self.void_button.isEnabled():
            return
        dialog = self.void_dialog(payment)
        if dialog.exec() and dialog.outcome is not None:
            self.message(
                self.tr("Receipt No. %1 voided.").replace("%1", str(payment.receipt_number))
            )

    def view_receipt(self) -> None:
        payment = self.selected_payment()
        if payment is not None:
            self.receipt_of(payment)

    def receipt_of(self, payment: PaymentRow) -> None:
        """Render the receipt into the documents folder and show it."""
        documents, actor, cid = (
            self.ctx.services.payment_documents,
            self.ctx.actor,
            self.community.id,
        )
        name = f"{safe_name(self.community.code)}-recibo-{payment.receipt_number}.pdf"
        path = documents_folder(self.ctx, "recibos") / name
        self.ctx.runner.run_db(
            lambda _p: documents.receipt_pdf(actor, cid, payment.id, path),
            self.show_pdf,
            self.failed,
            label=self.tr("Preparing the receipt…"),
            parent=self,
        )

    def open_account(self) -> None:
        """The selected payment's unit in «Unit accounts»."""
        payment = self.selected_payment()
        page = open_page(self, ACCOUNT) if payment is not None else None
        if payment is not None and page is not None and hasattr(page, "show_unit"):
            page.show_unit(payment.unit_number)

    def payments_report(self) -> None:
        since, until = self.report_range()
        name = f"{safe_name(self.community.code)}-pagos-{since:%Y%m%d}-{until:%Y%m%d}.xlsx"
        chosen = ask_save_path(self, self.tr("Payments received"), name)
        if chosen is not None:
            self.report_to(*chosen)

    def report_range(self) -> tuple[date, date]:
        """The filter's dates; where open, the first and last payment (or today)."""
        since, until = self.date_range()
        dates = [line.payment.paid_on for line in self.lines]
        today = office_today(self.ctx)
        return since or min(dates, default=today), until or max(dates, default=today)

    def report_to(self, path: Path, fmt: str = "xlsx") -> None:
        documents, actor, cid = (
            self.ctx.services.payment_documents,
            self.ctx.actor,
            self.community.id,
        )
        since, until = self.report_range()
        self.ctx.runner.run_db(
            lambda _p: documents.payments_report(actor, cid, since, until, path, fmt),
            self._written,
            self.failed,
            label=self.tr("Writing the payments report…"),
            parent=self,
        )

    def credits(self) -> None:
        name = f"{safe_name(self.community.code)}-creditos.xlsx"
        chosen = ask_save_path(self, self.tr("Unallocated credits"), name)
        if chosen is not None:
            self.credits_to(*chosen)

    def credits_to(self, path: Path, fmt: str = "xlsx") -> None:
        documents, actor, cid = (
            self.ctx.services.payment_documents,
            self.ctx.actor,
            self.community.id,
        )
        self.ctx.runner.run_db(
            lambda _p: documents.credits_report(actor, cid, path, fmt),
            self._written,
            self.failed,
            label=self.tr("Writing the unallocated credits report…"),
            parent=self,
        )

    def _written(self, path: Path) -> None:
        self.message(self.tr("Saved in %1").replace("%1", str(path)))
        if Path(path).suffix.lower() == ".pdf":
            self.open_pdf(path)

    def message(self, text: str) -> None:
        self.last_message = text
        self.status(text)
