"""«Debt certificates»: the certificates the community issued (newest folio first) — folio,
unit, date, what it states, the debt, when and by whom — «Issue certificate…» (the form with
its live preview) and «Reprint» (Enter or double-click), which shows the certificate as issued."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.ui.closing.month_screen import MonthScreen
from kastor_desktop.ui.collection.certificate_dialog import CertificateDialog
from kastor_desktop.ui.collection.document_files import documents_folder
from kastor_desktop.ui.collection.tinted_rows import (
    GREEN,
    RED,
    TintedRows,
    date_column,
    exponent_of,
    money_column,
)
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.table_model import Column
from kastor_desktop.ui.tasks import Progress

translate = QCoreApplication.translate
ISSUE = "certificates.issue"
TITLE_COLUMN = 3


class CertificatesPage(MonthScreen):
    areas = ("certificates", "communities")

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "certificates",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, community, key, parent)
        self.exponent = exponent_of(community.country)
        self.dialog: CertificateDialog | None = None
        self.model: TintedRows[Any] = TintedRows(
            self._columns(),
            self,
            lambda r, c: (GREEN if r.debt <= 0 else RED) if c == TITLE_COLUMN else None,
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        row = QHBoxLayout()
        title = QLabel(translate("CertificatesPage", "Debt certificates"), self)
        title.setObjectName("pageTitle")
        row.addWidget(title)
        row.addStretch(1)
        self.refresh_button = self.button(
            translate("CertificatesPage", "&Refresh"), "refresh-cw", self.refresh, "F5"
        )
        self.issue_button = self.button(
            translate("CertificatesPage", "&Issue certificate…"), "plus", self.issue, "Ctrl+N",
            translate("CertificatesPage", "A signed certificate with the next folio"),
        )  # fmt: skip
        self.reprint_button = self.button(
            translate("CertificatesPage", "Re&print"), "printer", self.reprint, "",
            translate("CertificatesPage", "The selected certificate as issued (Enter)"),
        )  # fmt: skip
        for button in (self.refresh_button, self.issue_button, self.reprint_button):
            row.addWidget(button)
        outer.addLayout(row)
        law = (
            translate("CertificatesPage", "A «libre deuda» states the debt, the pending claims "
                      "and the building's insurance (CCyC arts. 2048 and 2067 l).")
            if community.country == "AR"
            else translate("CertificatesPage", "A certificate states that the unit is up to date "
                           "or what it owes as of its date. Folios never repeat or skip.")
        )  # fmt: skip
        hint = QLabel(law, self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        finder = QHBoxLayout()
        self.search = self.search_box(self.model)
        finder.addWidget(self.search)
        finder.addStretch(1)
        outer.addLayout(finder)
        self.table = self.table_view(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.reprint())
        self.table.installEventFilter(self)
        outer.addWidget(self.table, 1)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        outer.addWidget(self.counter)
        self._update_buttons()

    def _columns(self) -> list[Column[Any]]:
        return [
            Column(translate("CertificatesPage", "Folio"), lambda r: str(r.folio),
                   key=lambda r: r.folio, align_right=True),
            Column(translate("CertificatesPage", "Unit"), lambda r: r.unit_number, natural=True),
            date_column(translate("CertificatesPage", "As of"), lambda r: r.as_of),
            Column(translate("CertificatesPage", "Certificate"), lambda r: r.title.capitalize()),
            money_column(translate("CertificatesPage", "Debt"), lambda r: r.debt,
                         lambda: self.exponent),
            date_column(translate("CertificatesPage", "Issued"), lambda r: r.issued_at),
            Column(translate("CertificatesPage", "Issued by"), lambda r: r.issued_by),
        ]  # fmt: skip

    # -- loading --------------------------------------------------------------------------
    @property
    def can_issue(self) -> bool:
        return self.ctx.can(ISSUE, self.community.id)

    def refresh(self) -> None:
        service, actor, cid = self.ctx.services.certificates, self.ctx.actor, self.community.id
        self.ctx.runner.run_db(lambda _p: service.list(actor, cid), self.show_rows, self.failed)

    def show_rows(self, rows: list[Any]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.fit_columns(self.table, TITLE_COLUMN)
        if keep is not None:
            self.select_folio(keep.folio)
        self.counter.setText(translate("CertificatesPage", "%n certificate(s)", "", len(rows)))
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_folio(self, folio: int) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.folio == folio:
                self.table.selectRow(number)
                return True
        return False

    def _update_buttons(self) -> None:
        self.issue_button.setVisible(self.can_issue)
        self.reprint_button.setEnabled(self.selected() is not None)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.selected() is not None
        ):
            self.reprint()
            return True
        return super().eventFilter(watched, event)

    # -- actions --------------------------------------------------------------------------
    def issue_dialog(self, unit_number: str = "") -> CertificateDialog:
        return CertificateDialog(self.ctx, self.community, unit_number, None, self)

    def issue(self) -> None:
        if not self.can_issue:
            return
        self.dialog = dialog = self.issue_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.issued(dialog)

    def issued(self, dialog: CertificateDialog) -> None:
        """After the dialog issued a certificate: select it and show its PDF."""
        if dialog.outcome is None:
            return
        row = dialog.outcome.value
        self.select_folio(row.folio)
        self.notify(
            translate("CertificatesPage", "Certificate folio %1 issued for unit %2.")
            .replace("%1", str(row.folio))
            .replace("%2", row.unit_number)
        )
        if dialog.pdf_path is not None:
            self.open_pdf(dialog.pdf_path)

    def reprint(self) -> None:
        row = self.selected()
        if row is None:
            return
        service, actor, cid = self.ctx.services.certificates, self.ctx.actor, self.community.id
        path = documents_folder(self.ctx, "certificados") / (
            f"{self.community.code}-certificado-{row.folio}-{row.unit_number}.pdf"
        )

        def job(_progress: Progress) -> Path:
            return service.pdf(actor, cid, row.id, path)

        def done(written: Path) -> None:
            self.open_pdf(written)

        self.ctx.runner.run_db(
            job,
            done,
            self.failed,
            label=translate("CertificatesPage", "Writing the certificate…"),
            parent=self,
        )
