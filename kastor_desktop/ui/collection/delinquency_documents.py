"""What the delinquency screen makes or opens: reminder letters for the selected units (one PDF
shown in the viewer; reminder e-mails queued for the portal; a message naming the units without
an e-mail), the delinquency report (this community or the whole office, Excel or PDF, saved
where the user says) — both on the task runner with progress and Cancel — and the payment
agreement and debt certificate forms for the selected unit."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.closing.pdf_viewer import PdfViewer
from kastor_desktop.ui.collection.document_files import documents_folder
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.tasks import Progress

translate = QCoreApplication.translate
MANAGE, ISSUE = "collection.manage", "certificates.issue"


def with_progress(call: Callable[..., Any], progress: Progress, *args: Any, **kwargs: Any) -> Any:
    """Call a service method, handing it ``progress.step`` when it takes one."""
    if "progress" in inspect.signature(call).parameters:
        kwargs["progress"] = progress.step
    return call(*args, **kwargs)


class DelinquencyDocuments:
    """Mixed into DelinquencyPage, which gives the attributes below."""

    ctx: UiContext
    community: CommunityRow
    last_reminders: Any = None

    if TYPE_CHECKING:

        def selected_units(self) -> list[Any]: ...
        def on_date(self) -> date: ...
        def open_pdf(self, path: str | Path) -> PdfViewer: ...
        def notify(self, text: str) -> None: ...
        def failed(self, error: BaseException) -> None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    # -- reminder letters -----------------------------------------------------------------
    def reminders_path(self) -> Path:
        return (
            documents_folder(self.ctx, "cobranza")
            / f"{self.community.code}-cartas-{self.on_date():%Y-%m-%d}.pdf"
        )

    def reminders(self) -> None:
        units = [r.unit_number for r in self.selected_units()]
        if not units or not self.ctx.can(MANAGE, self.community.id):
            return
        service, actor, cid = self.ctx.services.delinquency, self.ctx.actor, self.community.id
        path, on = self.reminders_path(), self.on_date()

        def job(progress: Progress) -> Any:
            return with_progress(
                service.send_reminders, progress, actor, cid, units, path, as_of=on
            )

        self.ctx.runner.run_db(
            job,
            self._reminders_sent,
            self.failed,
            label=translate("DelinquencyPage", "Writing the reminder letters…"),
            parent=self._widget(),
        )

    def _reminders_sent(self, outcome: Any) -> None:
        result = outcome.value
        self.last_reminders = result
        self.ctx.changed(outcome.changes)
        self.open_pdf(result.path)
        parts = [
            translate("DelinquencyPage", "%n letter(s) in the PDF.", "", result.letters),
            translate("DelinquencyPage", "%n reminder e-mail(s) queued for the portal.", "",
                      result.emails_queued),
        ]  # fmt: skip
        if result.without_email:
            parts.append(
                translate("DelinquencyPage", "Without an e-mail (print their letter): %1").replace(
                    "%1", ", ".join(result.without_email)
                )
            )
        self.notify(" ".join(parts[:2]))
        QMessageBox.information(
            self._widget(), translate("DelinquencyPage", "Reminder letters"), "\n\n".join(parts)
        )

    # -- the report -----------------------------------------------------------------------
    def report_menu(self) -> QMenu:
        menu = QMenu(self._widget())
        for text, fmt, office in (
            (translate("DelinquencyPage", "This community — Excel…"), "xlsx", False),
            (translate("DelinquencyPage", "This community — PDF…"), "pdf", False),
            (translate("DelinquencyPage", "Whole office — Excel…"), "xlsx", True),
            (translate("DelinquencyPage", "Whole office — PDF…"), "pdf", True),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, f=fmt, o=office: self.report(f, o))
        return menu

    def ask_report_path(self, name: str, fmt: str) -> str | None:
        """Where the report goes (tests replace this)."""
        kinds = (
            translate("DelinquencyPage", "Excel workbooks (*.xlsx)")
            if fmt == "xlsx"
            else translate("DelinquencyPage", "PDF documents (*.pdf)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self._widget(), translate("DelinquencyPage", "Delinquency report"), name, kinds
        )
        if not path:
            return None
        return path if path.lower().endswith(f".{fmt}") else f"{path}.{fmt}"

    def report(self, fmt: str, office: bool = False) -> None:
        scope = "oficina" if office else self.community.code
        path = self.ask_report_path(f"morosidad-{scope}-{self.on_date():%Y-%m-%d}.{fmt}", fmt)
        if path is not None:
            self.report_to(Path(path), fmt, office)

    def report_to(self, path: Path, fmt: str, office: bool = False) -> None:
        service, actor, on = self.ctx.services.delinquency, self.ctx.actor, self.on_date()
        cid = None if office else self.community.id

        def job(progress: Progress) -> Path:
            return with_progress(service.report, progress, actor, cid, path, fmt=fmt, as_of=on)  # type: ignore[no-any-return]

        def done(saved: Path) -> None:
            if fmt == "pdf":
                self.open_pdf(saved)
            self.notify(
                translate("DelinquencyPage", "Delinquency report saved in %1").replace(
                    "%1", str(saved)
                )
            )

        self.ctx.runner.run_db(
            job,
            done,
            self.failed,
            label=translate("DelinquencyPage", "Writing the delinquency report…"),
            parent=self._widget(),
        )

    # -- shortcuts to the agreement and certificate dialogs ------------------------------
    def _single(self) -> Any:
        chosen = self.selected_units()
        return chosen[0] if len(chosen) == 1 else None

    def agreement_dialog(self) -> Any:
        from kastor_desktop.ui.collection.agreement_dialog import AgreementDialog

        unit = self._single()
        number = unit.unit_number if unit else ""
        return AgreementDialog(self.ctx, self.community, number, self._widget())

    def new_agreement(self) -> None:
        if self._single() is not None and self.ctx.can(MANAGE, self.community.id):
            self.agreement_dialog().exec()

    def certificate_dialog(self) -> Any:
        from kastor_desktop.ui.collection.certificate_dialog import CertificateDialog

        unit = self._single()
        return CertificateDialog(
            self.ctx, self.community, unit.unit_number if unit else "", self.on_date(),
            self._widget(),
        )  # fmt: skip

    def new_certificate(self) -> None:
        if self._single() is None or not self.ctx.can(ISSUE, self.community.id):
            return
        dialog = self.certificate_dialog()
        if dialog.exec() and dialog.pdf_path is not None:
            self.open_pdf(dialog.pdf_path)
