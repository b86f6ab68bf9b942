"""«Issue certificate»: the unit and the date, and beside them what the certificate will state
(``certificates.preview``, worked out again as they change): that the unit is up to date, or
what it owes by age and by unpaid charge. For an Argentine community (libre deuda) also the
pending claims and the building's insurance (insurer, policy, valid until); those rows are
hidden for Chile. Issuing takes the next folio; the PDF is written for the viewer."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.ledger import BUCKET_LABELS, BUCKETS
from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.ui.closing.entry_dialog import EntryDialog, combo_value
from kastor_desktop.ui.collection.document_files import documents_folder, office_today
from kastor_desktop.ui.collection.tinted_rows import GREEN, RED, date_of, day_text, exponent_of
from kastor_desktop.ui.context import UiContext

translate = QCoreApplication.translate
PREVIEW_FIELDS = ("unit", "as_of")
CHARGES_SHOWN = 8


class CertificateDialog(EntryDialog):
    """``outcome.value`` is the CertificateRow issued; ``pdf_path`` its PDF."""

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        unit_number: str = "",
        on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx, community, None, translate("CertificateDialog", "Issue debt certificate"),
            "file-text", parent,
        )  # fmt: skip
        self.setMinimumWidth(860)
        self.exponent = exponent_of(community.country)
        self.argentina = community.country == "AR"
        self.preview: Any = None
        self.pdf_path: Path | None = None
        self._asked = 0
        listing = ctx.services.units.listing(ctx.actor, community.id).rows
        items = [
            (f"{u.number} — {u.owner_name}" if u.owner_name else u.number, u.number)
            for u in listing
        ]
        self.unit = self.typed_combo("unit", translate("CertificateDialog", "&Unit *"), items)
        self.select(self.unit, unit_number)
        today = office_today(ctx)
        self.as_of = self.date_edit(
            "as_of",
            translate("CertificateDialog", "&As of *"),
            min(on or today, today),
            translate("CertificateDialog", "The certificate states the debt on this day."),
        )
        self.as_of.setMaximumDate(QDate(today))  # the service refuses a later one anyway
        self.claims = QPlainTextEdit(self)
        self.claims.setObjectName("claims")
        self.claims.setTabChangesFocus(True)
        self.claims.setFixedHeight(64)
        self.claims.setPlaceholderText(translate("CertificateDialog", "None"))
        self.form.add_field(
            "claims",
            translate("CertificateDialog", "Pending &claims"),
            self.claims,
            translate("CertificateDialog", "Lawsuits or claims against the building, if any."),
        )
        self.insurer = self.text_field("insurer", translate("CertificateDialog", "&Insurer"))
        self.policy = self.text_field("policy", translate("CertificateDialog", "&Policy"))
        self.insurance_until = self.date_field(
            "insurance_until",
            translate("CertificateDialog", "&Valid until"),
            "Vigencia del seguro",
            None,
            translate("CertificateDialog", "Empty: the insurance of the last certificate."),
        )
        for widget in (self.claims, self.insurer, self.policy, self.insurance_until):
            self.show_row(widget, self.argentina)
        self._side_by_side()
        self.finish(translate("CertificateDialog", "Issu&e"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        self.unit.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.unit.editTextChanged.connect(lambda _t: self._timer.start())
        self.as_of.dateChanged.connect(lambda _d: self._timer.start())
        self.update_preview()

    def _side_by_side(self) -> None:
        self.column.removeWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.form, 1)
        box = QGroupBox(translate("CertificateDialog", "The certificate will state"), self)
        inside = QVBoxLayout(box)
        self.statement = QLabel(box)
        self.statement.setObjectName("statement")
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.RichText)
        self.statement.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.statement)
        scroll.setMinimumHeight(260)
        inside.addWidget(scroll, 1)
        row.addWidget(box, 1)
        self.column.insertLayout(self.column.count(), row)

    # -- the live preview -----------------------------------------------------------------
    def unit_number(self) -> str:
        return combo_value(self.unit)

    def on_date(self) -> date:
        return date_of(self.as_of)

    def update_preview(self) -> None:
        self._timer.stop()
        number = self.unit_number()
        if not number:
            self.statement.setText(translate("CertificateDialog", "Choose the unit."))
            return
        service, actor, cid, on = (
            self.ctx.services.certificates, self.ctx.actor, self.community.id, self.on_date()
        )  # fmt: skip
        self._asked += 1
        asked = self._asked

        def shown(data: Any) -> None:
            if asked == self._asked:  # an older answer is dropped
                self._show_preview(data)

        def failed(error: BaseException) -> None:
            if asked == self._asked:
                self._preview_failed(error)

        self.ctx.runner.run_db(lambda _p: service.preview(actor, cid, number, on), shown, failed)

    def money(self, minor: int) -> str:
        return format_amount(minor, self.exponent)

    def _show_preview(self, data: Any) -> None:
        self.preview = data
        for key in PREVIEW_FIELDS:
            self.form.slots[key].show("", fit=False)
        self.statement.setText(self.statement_html(data))

    def statement_html(self, data: Any) -> str:
        """The preview as the dialog shows it (rich text)."""
        who = escape(data.unit_number + (f" — {data.owner_name}" if data.owner_name else ""))
        parts = [f"<p><b>{escape(data.title)}</b><br>{who}</p>"]
        on = day_text(data.as_of)
        if not data.debt:
            text = translate("CertificateDialog", "Up to date: the unit owes nothing as of %1.")
            parts.append(f"<p style='color:{GREEN}'><b>{escape(text.replace('%1', on))}</b></p>")
            if data.credit:
                credit = translate("CertificateDialog", "Credit in its favour: %1")
                parts.append(f"<p>{escape(credit.replace('%1', self.money(data.credit)))}</p>")
        else:
            text = (
                translate("CertificateDialog", "The unit owes %1 as of %2 (%3 overdue).")
                .replace("%1", self.money(data.debt))
                .replace("%2", on)
                .replace("%3", self.money(data.overdue))
            )
            parts.append(f"<p style='color:{RED}'><b>{escape(text)}</b></p>")
            rows = "".join(
                f"<tr><td>{escape(BUCKET_LABELS[name])}</td>"
                f"<td align='right'>{self.money(data.buckets.get(name, 0))}</td></tr>"
                for name in BUCKETS
                if data.buckets.get(name)
            )
            parts.append(f"<table cellspacing='0' cellpadding='3'>{rows}</table>")
            charges = list(data.charges)
            lines = "".join(
                f"<tr><td>{escape(c.label)}</td><td>{day_text(c.due)}</td>"
                f"<td align='right'>{self.money(c.amount)}</td></tr>"
                for c in charges[:CHARGES_SHOWN]
            )
            heading = translate("CertificateDialog", "Unpaid charges")
            parts.append(
                f"<p><b>{escape(heading)}</b></p>"
                f"<table width='100%' cellspacing='0' cellpadding='3'>{lines}</table>"
            )
            if len(charges) > CHARGES_SHOWN:
                more = translate(
                    "CertificateDialog", "… and %n more", "", len(charges) - CHARGES_SHOWN
                )
                parts.append(f"<p>{escape(more)}</p>")
        return "".join(parts)

    def _preview_failed(self, error: BaseException) -> None:
        self.preview = None
        if isinstance(error, ValidationFailed):
            for key in PREVIEW_FIELDS:
                self.form.slots[key].show(error.errors.get(key, ""), fit=False)
            rest = [v for k, v in error.errors.items() if k not in PREVIEW_FIELDS]
        else:
            rest = [getattr(error, "message", str(error))]
        self.statement.setText(
            "".join(f"<p style='color:{RED}'>{escape(text)}</p>" for text in rest)
        )

    # -- issuing --------------------------------------------------------------------------
    def insurance(self) -> Any:
        from kastor_desktop.domain.values import day
        from kastor_desktop.services.certificates import Insurance

        if not self.argentina:
            return None
        until_text = self.insurance_until.text().strip()
        until = day(until_text, "insurance_until", "Vigencia del seguro") if until_text else None
        return Insurance(self.insurer.text().strip(), self.policy.text().strip(), until)

    def save(self) -> None:
        from kastor_desktop.domain.errors import FieldError

        self.form.clear_errors()
        try:
            insurance = self.insurance()
        except FieldError as error:
            self.form.show_errors({error.field: error.message})
            return
        service, actor, cid = self.ctx.services.certificates, self.ctx.actor, self.community.id
        number, on = self.unit_number(), self.on_date()
        claims = self.claims.toPlainText().strip() if self.argentina else ""
        folder = documents_folder(self.ctx, "certificados")
        code = self.community.code

        def job(_progress: Any) -> tuple[Any, Path]:
            outcome = service.issue(actor, cid, number, on, claims, insurance)
            row = outcome.value
            name = f"{code}-certificado-{row.folio}-{row.unit_number}.pdf"
            return outcome, service.pdf(actor, cid, row.id, folder / name)

        self.buttons.setEnabled(False)
        self.ctx.runner.run_db(job, self._issued, self._failed, parent=self)

    def _issued(self, result: tuple[Any, Path]) -> None:
        outcome, self.pdf_path = result
        self._saved(outcome)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationFailed) and "insurance" in error.errors:
            errors = dict(error.errors)  # «no insurance at all» shows beside the insurer
            errors.setdefault("insurer", errors.pop("insurance"))
            self.buttons.setEnabled(True)
            if self.form.show_errors(errors):
                return
        super()._failed(error)
