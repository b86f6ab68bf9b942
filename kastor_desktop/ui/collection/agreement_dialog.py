"""«New payment agreement»: the unit, the instalments (up to the community's maximum), the first
instalment (prefilled with the community's minimum), the first due date, who approved it and
when, a note — and beside the form the schedule it gives, worked out by the service
(``agreements.propose``) as the fields change, with the community's rules and the service's
messages beside the fields. «Cancel agreement» asks for the reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Outcome
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.ui.closing.entry_dialog import EntryDialog, combo_value
from kastor_desktop.ui.collection.document_files import office_today
from kastor_desktop.ui.collection.tinted_rows import (
    RED,
    TintedRows,
    date_column,
    date_of,
    exponent_of,
    money_column,
)
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.widgets.form_dialog import FormDialog

translate = QCoreApplication.translate
PREVIEW_FIELDS = ("unit", "instalments", "first_amount", "start")


def instalment_columns(exponent: int) -> list[Column[Any]]:
    return [
        Column(translate("AgreementDialog", "No."), lambda i: str(i.number),
               key=lambda i: i.number, align_right=True),
        date_column(translate("AgreementDialog", "Due"), lambda i: i.due_on),
        money_column(translate("AgreementDialog", "Amount"), lambda i: i.amount, lambda: exponent),
    ]  # fmt: skip


class AgreementDialog(EntryDialog):
    """``AgreementDialog(ctx, community, unit_number)``; ``outcome.value`` is the AgreementRow."""

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        unit_number: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx, community, None, translate("AgreementDialog", "New payment agreement"),
            "calendar-days", parent,
        )  # fmt: skip
        self.setMinimumWidth(900)
        self.exponent = exponent_of(community.country)
        self.proposal: Any = None
        self._asked = 0  # the newest preview asked for; older answers are dropped
        self._first_typed = False
        settings = ctx.services.collection_settings.get(ctx.actor, community.id)
        owing = ctx.services.delinquency.units(ctx.actor, community.id)
        items = [
            (f"{u.unit_number} — {u.owner_name} ({format_amount(u.aging.balance, self.exponent)})"
             if u.owner_name else u.unit_number, u.unit_number)
            for u in owing
        ]  # fmt: skip
        self.unit = self.typed_combo("unit", translate("AgreementDialog", "&Unit *"), items)
        self.select(self.unit, unit_number)
        today = office_today(ctx)
        self.signed_on = self.date_edit(
            "signed_on", translate("AgreementDialog", "&Signed on *"), today
        )
        self.instalments = QSpinBox(self)
        self.instalments.setObjectName("instalments")
        self.instalments.setRange(1, max(settings.agreement_max_instalments, 1))
        self.instalments.setValue(min(6, settings.agreement_max_instalments))
        self.instalments.setMaximumWidth(100)
        self.form.add_field(
            "instalments",
            translate("AgreementDialog", "&Instalments *"),
            self.instalments,
            translate("AgreementDialog", "Monthly; at most %1.").replace(
                "%1", str(settings.agreement_max_instalments)
            ),
        )
        self.first_amount = self.amount_field(
            "first_amount",
            translate("AgreementDialog", "&First instalment"),
            "Primera cuota",
            None,
            translate(
                "AgreementDialog", "Prefilled with the community's minimum; you may raise it."
            ),
        )
        self.start = self.date_edit(
            "start", translate("AgreementDialog", "First &due date *"), today
        )
        self.approved_by = self.text_field(
            "approved_by",
            translate("AgreementDialog", "Approved &by *"),
            "",
            translate("AgreementDialog", "The committee and its minutes, e.g. Comité, acta N° 12"),
        )
        self.approved_on = self.date_edit(
            "approved_on", translate("AgreementDialog", "Appro&val date *"), today
        )
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.form.add_field("note", translate("AgreementDialog", "N&ote"), self.note)
        self._side_by_side()
        self.finish(translate("AgreementDialog", "Si&gn agreement"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        self.unit.currentIndexChanged.connect(lambda _i: self._changed(reset_first=True))
        self.unit.editTextChanged.connect(lambda _t: self._changed(reset_first=True))
        self.instalments.valueChanged.connect(lambda _v: self._changed())
        self.first_amount.textEdited.connect(lambda _t: self._first_edited())
        self.start.dateChanged.connect(lambda _d: self._changed())
        self.update_preview()

    def _side_by_side(self) -> None:
        """The form on the left, the schedule it gives on the right."""
        self.column.removeWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.form, 3)
        box = QGroupBox(translate("AgreementDialog", "Schedule"), self)
        inside = QVBoxLayout(box)
        self.debt_label = QLabel(box)
        self.debt_label.setObjectName("period")
        inside.addWidget(self.debt_label)
        self.schedule = TintedRows(instalment_columns(self.exponent), self)
        table = QTableView(box)
        table.setModel(self.schedule)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(200)
        self.schedule_table = table
        inside.addWidget(table, 1)
        self.total_label = QLabel(box)
        inside.addWidget(self.total_label)
        self.rules = QLabel(box)
        self.rules.setObjectName("hint")
        self.rules.setWordWrap(True)
        inside.addWidget(self.rules)
        self.problem = QLabel(box)
        self.problem.setStyleSheet(f"color: {RED};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        inside.addWidget(self.problem)
        row.addWidget(box, 2)
        self.column.insertLayout(self.column.count(), row)

    # -- the live preview -----------------------------------------------------------------
    def _first_edited(self) -> None:
        self._first_typed = bool(self.first_amount.text().strip())
        self._changed()

    def _changed(self, reset_first: bool = False) -> None:
        if reset_first:
            self._first_typed = False
        self._timer.start()

    def unit_number(self) -> str:
        return combo_value(self.unit)

    def first_value(self) -> str | None:
        return self.first_amount.text().strip() if self._first_typed else None

    def update_preview(self) -> None:
        """Ask the service for the schedule of what the form says now."""
        self._timer.stop()
        number = self.unit_number()
        if not number:
            self._show_proposal(None)
            return
        service, actor, cid = self.ctx.services.agreements, self.ctx.actor, self.community.id
        count, first = self.instalments.value(), self.first_value()
        start = date_of(self.start)
        self._asked += 1
        asked = self._asked

        def job(_progress: Any) -> Any:
            return service.propose(actor, cid, number, count, first, start)

        def shown(proposal: Any) -> None:
            if asked == self._asked:
                self._show_proposal(proposal)

        def failed(error: BaseException) -> None:
            if asked == self._asked:
                self._preview_failed(error)

        self.ctx.runner.run_db(job, shown, failed)

    def _show_proposal(self, proposal: Any) -> None:
        self.proposal = proposal
        for key in PREVIEW_FIELDS:
            self.form.slots[key].show("", fit=False)
        self.problem.hide()
        if proposal is None:
            self.schedule.set_rows([])
            self.debt_label.setText(translate("AgreementDialog", "Choose the unit."))
            self.total_label.setText("")
            self.rules.setText("")
            return
        self.schedule.set_rows(proposal.schedule)
        self.debt_label.setText(
            translate("AgreementDialog", "Debt today: %1").replace("%1", self.money(proposal.debt))
        )
        total = sum(i.amount for i in proposal.schedule)
        self.total_label.setText(
            translate("AgreementDialog", "%n instalment(s), total %1", "", len(proposal.schedule))
            .replace("%1", self.money(total))
        )  # fmt: skip
        self.rules.setText(proposal.rules_text)
        if proposal.schedule and not self._first_typed:
            self.first_amount.setText(format_amount(proposal.schedule[0].amount, self.exponent, ""))

    def _preview_failed(self, error: BaseException) -> None:
        self.proposal = None
        self.schedule.set_rows([])
        self.total_label.setText("")
        if not isinstance(error, ValidationFailed):
            self.problem.setText(getattr(error, "message", str(error)))
            self.problem.show()
            return
        shown = {k: v for k, v in error.errors.items() if k in PREVIEW_FIELDS}
        for key in PREVIEW_FIELDS:  # beside their fields; the dialog grows to show them
            self.form.slots[key].show(shown.get(key, ""))
        rest = [v for k, v in error.errors.items() if k not in PREVIEW_FIELDS]
        self.problem.setText("\n".join(rest))
        self.problem.setVisible(bool(rest))
        if "unit" in shown:
            self.debt_label.setText("")

    def money(self, minor: int) -> str:
        return format_amount(minor, self.exponent)

    # -- saving ---------------------------------------------------------------------------
    def draft(self) -> Any:
        from kastor_desktop.services.agreements import AgreementDraft

        return AgreementDraft(
            signed_on=date_of(self.signed_on),
            instalments=self.instalments.value(),
            first_amount=self.first_value(),
            start=date_of(self.start),
            approved_by=self.approved_by.text().strip(),
            approved_on=date_of(self.approved_on),
            note=self.note.toPlainText().strip(),
        )

    def call(self) -> Callable[[], Outcome[Any]]:
        draft, service = self.draft(), self.ctx.services.agreements
        actor, cid, number = self.ctx.actor, self.community.id, self.unit_number()
        return lambda: service.create(actor, cid, number, draft)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed) and "debt" in error.errors:
            self.problem.setText(error.errors["debt"])  # under the schedule, not in a box
            self.problem.show()
            if not any(key in self.form.slots for key in error.errors):
                self.buttons.setEnabled(True)
                return
        super()._failed(error)


class CancelAgreementDialog(FormDialog):
    """The reason (required; kept with the agreement and in the audit log)."""

    def __init__(
        self, ctx: UiContext, community: CommunityRow, row: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.row = ctx, community, row
        self.setWindowTitle(translate("CancelAgreementDialog", "Cancel payment agreement"))
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        heading = QLabel(
            translate("CancelAgreementDialog", "Cancel agreement No. %1 of unit %2?")
            .replace("%1", str(row.id))
            .replace("%2", row.unit_number),
            self,
        )
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        column.addWidget(heading)
        note = QLabel(
            translate(
                "CancelAgreementDialog",
                "The agreement is kept, marked cancelled; its debt counts again as plain debt.",
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        column.addWidget(note)
        self.form = ValidatedForm(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        self.reason.setPlaceholderText(
            translate("CancelAgreementDialog", "e.g. the owner sold the unit and paid in full")
        )
        self.form.add_field("reason", translate("CancelAgreementDialog", "&Reason *"), self.reason)
        column.addWidget(self.form)
        self.add_buttons(column, translate("CancelAgreementDialog", "Cancel &agreement"))

    def save(self) -> None:
        service, actor, cid = self.ctx.services.agreements, self.ctx.actor, self.community.id
        agreement_id, why = self.row.id, self.reason.toPlainText().strip()
        self.submit(lambda _p: service.cancel(actor, cid, agreement_id, why))
