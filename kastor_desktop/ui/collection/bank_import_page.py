"""«Cartolas bancarias»: import a bank statement (XLSX or CSV) in four steps on one page.

1. The file, the community's bank account it belongs to and the bank's layout (a preset, or
   «Detect automatically»). 2. When the columns are not recognised: map them once on the
   file's own headers and sample rows, and save the mapping as a preset. 3. The review: every
   credit with the unit it matched (by RUT, unit number, reference or amount due), ambiguous
   rows with their candidates, unmatched rows, duplicates of movements already imported and the
   rows that could not be read; the user picks or skips units in the table. 4. Confirm: all
   chosen payments in one transaction, with consecutive receipts, and a summary.

Reading, matching and confirming run on the database thread with progress and Cancel. Nothing
is written before «Confirm import»; a cancelled confirm writes nothing (the service commits
once, at the end)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain.money import format_amount
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.context import Changes
from kastor_desktop.services.errors import ValidationFailed
from kastor_desktop.ui.closing.pdf_viewer import ViewerHolder
from kastor_desktop.ui.collection.bank_done_step import DoneStep
from kastor_desktop.ui.collection.bank_file_step import FileStep
from kastor_desktop.ui.collection.bank_mapping_panel import MappingPanel
from kastor_desktop.ui.collection.bank_review_model import UnitChoice
from kastor_desktop.ui.collection.bank_review_panel import ReviewPanel
from kastor_desktop.ui.collection.document_files import documents_folder, safe_name
from kastor_desktop.ui.collection.page_links import PAYMENTS, open_page
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.tasks import Cancelled, Progress
from kastor_desktop.ui.widgets import messages

FILE, MAPPING, REVIEW, DONE = range(4)
PERMISSION = "bank.import"
CANCELLED = object()  # what a job returns when the user pressed Cancel


def cancellable(job: Any) -> Any:
    """A runner job that returns CANCELLED instead of raising, so the page always hears back."""

    def run(progress: Progress) -> Any:
        try:
            return job(progress)
        except Cancelled:
            return CANCELLED

    return run


class BankImportPage(ViewerHolder, QWidget):
    areas = ("banks", "units", "people", "payers", "bank_presets")

    def __init__(
        self,
        ctx: UiContext,
        community: CommunityRow,
        key: str = "bank_import",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.community, self.key = ctx, community, key
        self.path: Path | None = None
        self.sniffed: Any = None
        self.review: Any = None
        self.result: Any = None
        self.units: list[UnitChoice] = []
        self.last_message = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Import a bank statement"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.steps = QLabel(self)
        self.steps.setObjectName("steps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.steps)
        self.stack = QStackedWidget(self)
        self.file_step = FileStep(self)
        self.file_step.choose.connect(self.choose_file)
        self.file_step.delete_requested.connect(self.delete_preset)
        self.stack.addWidget(self.file_step)
        self.mapping = MappingPanel(self)
        self.mapping.changed.connect(self._update_buttons)
        self.mapping.save_requested.connect(self.save_preset)
        self.stack.addWidget(self.mapping)
        self.review_panel = ReviewPanel(self)
        self.review_panel.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.stack.addWidget(self.review_panel)
        self.done_text = DoneStep(self)
        self.stack.addWidget(self.done_text)
        outer.addWidget(self.stack, 1)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        outer.addLayout(self._buttons())
        self.go(FILE)

    # -- layout ---------------------------------------------------------------------------
    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.restart_button = QPushButton(icon("refresh-cw"), self.tr("&Start over"), self)
        self.restart_button.clicked.connect(self.restart)
        row.addWidget(self.restart_button)
        row.addStretch(1)
        self.back_button = QPushButton(icon("arrow-left"), self.tr("&Back"), self)
        self.back_button.clicked.connect(self.back)
        self.map_button = QPushButton(icon("list"), self.tr("&Map columns…"), self)
        self.map_button.setToolTip(self.tr("Assign the file's columns by hand"))
        self.map_button.clicked.connect(self.map_columns)
        self.next_button = QPushButton(icon("check"), self.tr("&Review"), self)
        self.next_button.setToolTip(self.tr("Read and match the statement (Ctrl+Return)"))
        self.next_button.clicked.connect(self.next_step)
        self.confirm_button = QPushButton(icon("check"), self.tr("&Confirm import"), self)
        self.confirm_button.setToolTip(self.tr("Record the chosen payments (Ctrl+Return)"))
        self.confirm_button.clicked.connect(self.confirm)
        self.payments_button = QPushButton(icon("wallet"), self.tr("Open &payments"), self)
        self.payments_button.clicked.connect(self.open_payments)
        self.receipts_button = QPushButton(icon("receipt"), self.tr("&Receipts (PDF)"), self)
        self.receipts_button.setToolTip(self.tr("The receipts of the imported payments, to print"))
        self.receipts_button.clicked.connect(self.receipts)
        for button in (
            self.back_button,
            self.map_button,
            self.next_button,
            self.confirm_button,
            self.receipts_button,
            self.payments_button,
        ):
            row.addWidget(button)
        for key, slot in (("Ctrl+O", self.choose_file), ("Ctrl+Return", self.forward)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
        return row

    # -- the page protocol ----------------------------------------------------------------
    def refresh(self) -> None:
        """Bank accounts, presets and units on the database thread."""
        services, actor, cid = self.ctx.services, self.ctx.actor, self.community.id

        def job(_progress: Any) -> tuple[Any, ...]:
            units = [
                UnitChoice(r.id, r.number, r.owner_name)
                for r in services.units.listing(actor, cid).rows
            ]
            return services.banks.list(actor, cid), services.bank_presets.list(actor), units

        self.ctx.runner.run_db(job, self._lists_loaded, self.failed)

    def has_unsaved_changes(self) -> bool:
        """A reviewed statement not confirmed yet (the workspace asks before leaving it)."""
        return self.step() == REVIEW and self.review_panel.rows_to_import() > 0

    def on_changes(self, changes: Changes) -> None:
        if any(changes.touches(area) for area in self.areas):
            self.refresh()

    def _lists_loaded(self, loaded: tuple[Any, ...]) -> None:
        banks, presets, self.units = loaded
        self.file_step.show_lists(banks, presets)
        self._update_buttons()

    # -- steps ----------------------------------------------------------------------------
    def go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = (
            self.tr("1. File"),
            self.tr("2. Columns"),
            self.tr("3. Review"),
            self.tr("4. Done"),
        )
        self.steps.setText(
            "  ›  ".join(
                f"<b style='color:#1f4e79'>{name}</b>" if number == step else
                f"<span style='color:#7f8c8d'>{name}</span>"
                for number, name in enumerate(names)
            )
        )  # fmt: skip
        self._update_buttons()

    def step(self) -> int:
        return self.stack.currentIndex()

    def _update_buttons(self) -> None:
        step, allowed = self.step(), self.ctx.can(PERMISSION, self.community.id)
        self.file_step.choose_button.setEnabled(allowed)
        self.back_button.setVisible(step in (MAPPING, REVIEW))
        self.map_button.setVisible(step == FILE)
        self.map_button.setEnabled(allowed and self.path is not None)
        self.next_button.setVisible(step in (FILE, MAPPING))
        usable = step != MAPPING or self.mapping.is_usable()
        self.next_button.setEnabled(allowed and self.path is not None and usable)
        self.confirm_button.setVisible(step == REVIEW)
        self.confirm_button.setEnabled(
            allowed and step == REVIEW and self.review_panel.rows_to_import() > 0
        )
        self.payments_button.setVisible(step == DONE)
        self.receipts_button.setVisible(
            step == DONE and self.result is not None and self.result.first_receipt is not None
        )
        self.restart_button.setVisible(step != FILE)

    def forward(self) -> None:
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.next_step()
        elif self.confirm_button.isVisible() and self.confirm_button.isEnabled():
            self.confirm()

    def back(self) -> None:
        if (
            self.step() == REVIEW
            and self.sniffed is not None
            and self.file_step.preset_name() is None
        ):
            self.go(MAPPING)
        else:
            self.go(FILE)

    def restart(self) -> None:
        self.review = self.result = self.sniffed = None
        self.go(FILE)
        self.set_status("")

    # -- step 1: the file -------------------------------------------------------------------
    def choose_file(self) -> None:
        if not self.ctx.can(PERMISSION, self.community.id):
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the bank statement"),
            str(self.path.parent) if self.path else "",
            self.tr("Statements (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.load_file(chosen)

    def load_file(self, path: str | Path) -> None:
        """A statement chosen (tests and the screenshots call this): back to step 1."""
        self.path = Path(path)
        self.file_step.show_file(str(self.path))
        self.sniffed = self.review = self.result = None
        self.go(FILE)
        self.set_status(self.tr("Choose the bank's layout, or let Kastor detect it, and review."))

    def next_step(self) -> None:
        """From the file: review with the preset, or detect the columns (mapping them by hand
        when they are not recognised). From the mapping: review with it."""
        if self.path is None or not self.next_button.isEnabled():
            return
        if self.step() == MAPPING:
            self.run_review(None, self.mapping.mapping())
        elif self.file_step.preset_name() is not None:
            self.run_review(str(self.file_step.preset_name()), None)
        else:
            self.sniff(then_review=True)

    def map_columns(self) -> None:
        if self.path is not None:
            self.sniff(then_review=False)

    def sniff(self, then_review: bool) -> None:
        service, actor, path = self.ctx.services.bank_import, self.ctx.actor, self.path
        assert path is not None
        preset = self.file_step.preset_name()

        def sniffed(found: Any) -> None:
            self.sniffed = found
            if then_review and found.guess is not None:
                self.run_review(None, None)
                return
            mapping = self.file_step.preset_mapping(preset) if preset else None
            self.mapping.show_sniffed(found, mapping)
            self.go(MAPPING)
            self.set_status(
                self.tr("Kastor did not recognise the columns: assign them below.")
                if found.guess is None
                else self.tr("Check the columns, then review.")
            )

        self.ctx.runner.run_db(
            lambda _p: service.sniff(actor, path), sniffed, self.failed, parent=self
        )

    def save_preset(self, name: str, mapping: Any) -> None:
        service, actor = self.ctx.services.bank_presets, self.ctx.actor

        def saved(outcome: Any) -> None:
            self.set_status(self.tr("Preset «%1» saved.").replace("%1", outcome.value.name))
            self.ctx.changed(outcome.changes)
            self.file_step.set_preset(outcome.value.name)

        def refused(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                self.mapping.show_problem(error.message)
                return
            self.failed(error)

        self.ctx.runner.run_db(
            lambda _p: service.save(actor, name, mapping), saved, refused, parent=self
        )

    def delete_preset(self, name: str) -> None:
        question = self.tr("Delete the bank layout «%1»?").replace("%1", name)
        if not messages.confirm(self, self.tr("Delete layout"), question):
            return
        service, actor = self.ctx.services.bank_presets, self.ctx.actor
        self.ctx.runner.run_db(
            lambda _p: service.delete(actor, name),
            lambda outcome: self.ctx.changed(outcome.changes),
            self.failed,
            parent=self,
        )

    # -- step 3: the review -----------------------------------------------------------------
    def run_review(self, preset: str | None, mapping: Any) -> None:
        service, actor, cid, path = (
            self.ctx.services.bank_import, self.ctx.actor, self.community.id, self.path,
        )  # fmt: skip
        assert path is not None
        self.set_status(self.tr("Reading «%1»…").replace("%1", path.name))
        self.ctx.runner.run_db(
            cancellable(
                lambda p: service.review(actor, cid, path, preset, mapping, progress=p.step)
            ),
            self._reviewed,
            self.failed,
            label=self.tr("Reading and matching the statement…"),
            parent=self,
        )

    def _reviewed(self, review: Any) -> None:
        if review is CANCELLED:
            self.set_status(self.tr("Cancelled: nothing was saved."))
            return
        self.review = review
        self.review_panel.show_review(review, self.units)
        self.go(REVIEW)
        self.set_status(
            self.tr(
                "Choose the unit of each ambiguous or unmatched row (double-click or F2 on its "
                "unit), or leave it skipped; then confirm."
            )
        )

    # -- step 4: confirm ----------------------------------------------------------------------
    def confirm(self) -> None:
        if self.review is None or not self.confirm_button.isEnabled():
            return
        panel = self.review_panel
        rows = panel.model.to_import()
        total = format_amount(sum(r.amount for r in rows), self.review.exponent)
        question = self.tr("Record %n payment(s) for %1 from «%2»?", "", len(rows))
        question = question.replace("%1", total).replace("%2", self.review.file_name)
        if not messages.confirm(self, self.tr("Confirm import"), question):
            return
        service, actor, cid, review = (
            self.ctx.services.bank_import, self.ctx.actor, self.community.id, self.review,
        )  # fmt: skip
        choices, bank = panel.model.choices_for_confirm(), self.file_step.bank_account_id()
        self.confirm_button.setEnabled(False)
        self.ctx.runner.run_db(
            cancellable(lambda p: service.confirm(
                actor, cid, review, choices=choices, bank_account_id=bank, progress=p.step
            )),
            self._confirmed,
            self._confirm_failed,
            label=self.tr("Recording the payments…"),
            parent=self,
        )  # fmt: skip

    def _confirmed(self, outcome: Any) -> None:
        if outcome is CANCELLED:
            self._update_buttons()
            self.set_status(self.tr("Cancelled: nothing was saved."))
            return
        self.result = outcome.value
        review = self.review
        self.done_text.show_result(
            review.file_name if review else "", self.result, review.exponent if review else 0
        )
        self.go(DONE)
        self.set_status(
            self.tr("The payments are in the units' accounts and their receipts are ready.")
        )
        self.ctx.changed(outcome.changes)

    def _confirm_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.failed(error)

    def receipts(self) -> None:
        """The imported payments' receipts in one PDF, in the viewer."""
        result = self.result
        if result is None or result.first_receipt is None:
            return
        services, actor, cid = self.ctx.services, self.ctx.actor, self.community.id
        first, last = result.first_receipt, result.last_receipt
        name = f"{safe_name(self.community.code)}-recibos-{first}-{last}.pdf"
        path = documents_folder(self.ctx, "recibos") / name

        def job(_progress: Any) -> Path:
            ids = [
                p.id
                for p in services.payments.list(actor, cid)
                if first <= p.receipt_number <= last
            ]
            return services.payment_documents.receipts_pdf(actor, cid, ids, path)

        self.ctx.runner.run_db(
            job, self.show_pdf, self.failed, label=self.tr("Preparing the receipts…"), parent=self
        )

    def open_payments(self) -> None:
        open_page(self, PAYMENTS)

    # -- messages ---------------------------------------------------------------------------
    def set_status(self, text: str) -> None:
        self.last_message = text
        self.status.setText(text)

    def failed(self, error: BaseException) -> None:
        self._update_buttons()
        messages.show_error(self, error)
