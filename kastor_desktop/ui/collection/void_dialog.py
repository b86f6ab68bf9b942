"""Void a wrong payment: it is never deleted, it stops counting and the unit's other payments
settle its debts again. The reason is required and kept with the payment and in the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.payments import PaymentRow
from kastor_desktop.ui.community.master_dialog import show_date
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets.form_dialog import FormDialog


class VoidDialog(FormDialog):
    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        payment: PaymentRow,
        amount_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.payment = ctx, community, payment
        self.setWindowTitle(
            self.tr("Void receipt No. %1").replace("%1", str(payment.receipt_number))
        )
        self.setWindowIcon(icon("x"))
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        summary = QLabel(
            self.tr("Receipt No. %1 of unit %2: %3 received on %4 (%5).")
            .replace("%1", str(payment.receipt_number))
            .replace("%2", payment.unit_number)
            .replace("%3", amount_text)
            .replace("%4", show_date(payment.paid_on))
            .replace("%5", payment.method_label),
            self,
        )
        summary.setWordWrap(True)
        column.addWidget(summary)
        note = QLabel(
            self.tr(
                "The payment is not deleted: it stays listed as voided, stops counting in the "
                "unit's account and the other payments settle its debts again."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        column.addWidget(note)
        self.form = ValidatedForm(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("E.g. recorded twice; the bank rejected it."))
        self.form.add_field("reason", self.tr("&Reason *"), self.reason)
        column.addWidget(self.form)
        buttons = self.add_buttons(column, self.tr("&Void payment"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setIcon(icon("x"))
        self.reason.setFocus()

    def save(self) -> None:
        service, actor, cid = self.ctx.services.payments, self.ctx.actor, self.community.id
        payment_id, reason = self.payment.id, self.reason.text()
        self.submit(lambda _progress: service.void(actor, cid, payment_id, reason))
